"""Jinja2 templates with the filters the pages share; autoescaping is always on."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

from starcoach.web import present
from starcoach.web.highlight import highlight_phrases, highlight_spans
from starcoach.web.security import csrf_token

HTMX_VERSION = "2.0.11"


def make_templates() -> Jinja2Templates:
    """Build the template environment: package templates, strict undefined, escaping everywhere."""
    env = Environment(
        loader=PackageLoader("starcoach.web", "templates"),
        autoescape=select_autoescape(default=True, default_for_string=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        auto_reload=False,  # templates ship inside the package: no need to stat them on every render
    )
    env.filters.update(
        clock=present.clock,
        verdict_label=present.verdict_label,
        step_label=present.step_label,
        level_label=present.level_label,
        percent=present.percent,
        when=present.when,
        highlight_phrases=highlight_phrases,
        highlight_spans=highlight_spans,
    )
    env.globals.update(htmx_version=HTMX_VERSION, steps=present.STEP_LABELS, levels=present.LEVEL_LABELS)
    return Jinja2Templates(env=env)


def is_htmx(request: Request) -> bool:
    """Return whether the request came from HTMX and wants a fragment."""
    return request.headers.get("hx-request") == "true" and request.headers.get("hx-history-restore-request") is None


def render(
    request: Request,
    template: str,
    context: Mapping[str, Any] | None = None,
    *,
    fragment: str | None = None,
    status_code: int = 200,
) -> HTMLResponse:
    """Render the full page, or only `fragment` when HTMX asked for it."""
    templates: Jinja2Templates = request.app.state.templates
    name = fragment if fragment is not None and is_htmx(request) else template
    values = {"csrf_token": csrf_token(request), "nav": "", **(context or {})}
    response = templates.TemplateResponse(request, name, values, status_code=status_code)
    response.headers["Vary"] = "HX-Request"
    return response
