"""Friendly error pages: a plain message and a way back, never a stack trace."""

from __future__ import annotations

import logging
from collections.abc import Callable

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, Response
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Scope

from starcoach.web.templating import render

log = logging.getLogger("starcoach.web")

TITLES = {
    400: "That request was incomplete",
    403: "That form has expired",
    404: "Page not found",
    405: "That action is not allowed here",
    413: "That was too much text",
    500: "Something went wrong",
}


def error_page(request: Request, status: int, message: str) -> HTMLResponse:
    """Render the error page (or its fragment for HTMX) with a plain message."""
    context = {"status": status, "title": TITLES.get(status, "Something went wrong"), "message": message}
    return render(request, "errors/error.html", context, fragment="errors/_message.html", status_code=status)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = str(exc.detail)
    if message in ("Not Found", "Method Not Allowed"):
        message = "There is nothing at this address. The library lists every principle and question."
    return error_page(request, exc.status_code, message)


async def _invalid(request: Request, exc: Exception) -> Response:
    return error_page(request, 400, "Some fields of the form were missing or not valid. Go back and try again.")


async def _crash(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_page(request, 500, "The page failed to load. Your saved work is safe; try again in a moment.")


def too_large(limit: int) -> Callable[[Scope], ASGIApp]:
    """Return a factory of responses refusing a body past `limit` bytes, with a plain message."""
    message = f"A request may hold at most {limit // 1024} KB. Shorten your answer and submit it again."

    def reject(scope: Scope) -> ASGIApp:
        return error_page(Request(scope), 413, message)

    return reject


def install_error_pages(app: FastAPI) -> None:
    """Register the friendly handlers for HTTP errors, invalid forms and crashes."""
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(Exception, _crash)
