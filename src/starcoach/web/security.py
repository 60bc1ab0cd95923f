"""Request guards: a size limit on bodies and a CSRF token in a signed cookie, checked on every POST."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Callable
from http.cookies import CookieError, SimpleCookie

from fastapi import HTTPException, Request
from itsdangerous import BadSignature, URLSafeSerializer
from starlette.datastructures import Headers, MutableHeaders
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "starcoach_csrf"
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})


class CSRFError(HTTPException):
    """A state-changing request came without the page's CSRF token."""

    def __init__(self) -> None:
        super().__init__(status_code=403, detail="This form has expired. Reload the page and try again.")


class BodyLimitMiddleware:
    """Refuse bodies past `limit` bytes, by Content-Length or while streaming."""

    def __init__(self, app: ASGIApp, *, limit: int, reject: Callable[[Scope], ASGIApp]) -> None:
        self.app = app
        self.limit = limit
        self.reject = reject

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await self.reject(scope)(scope, receive, send)
            return
        seen = 0
        state = {"started": False, "exceeded": False}

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.limit and not state["started"]:
                # End the body here; the app's response is dropped and replaced by the 413 below.
                state["exceeded"] = True
                return {"type": "http.request", "body": b"", "more_body": False}
            return message

        async def guarded_send(message: Message) -> None:
            if state["exceeded"]:
                return
            state["started"] = state["started"] or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counting_receive, guarded_send)
        if state["exceeded"]:
            await self.reject(scope)(scope, receive, send)


class CSRFCookieMiddleware:
    """Give each browser a random token in a signed cookie and expose it as scope['state']['csrf_token']."""

    def __init__(self, app: ASGIApp, *, secret: str) -> None:
        self.app = app
        self.signer = URLSafeSerializer(secret, salt="csrf")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        token = self._read(Headers(scope=scope).get("cookie", ""))
        fresh = token is None
        token = token or secrets.token_urlsafe(32)
        scope.setdefault("state", {})["csrf_token"] = token

        async def send_with_cookie(message: Message) -> None:
            if fresh and message["type"] == "http.response.start":
                cookie = f"{CSRF_COOKIE}={self.signer.dumps(token)}; Path=/; HttpOnly; SameSite=Strict"
                MutableHeaders(scope=message).append("set-cookie", cookie)
            await send(message)

        await self.app(scope, receive, send_with_cookie)

    def _read(self, header: str) -> str | None:
        cookie = SimpleCookie()
        try:
            cookie.load(header)
        except CookieError:
            return None
        morsel = cookie.get(CSRF_COOKIE)
        if morsel is None:
            return None
        try:
            value = self.signer.loads(morsel.value)
        except BadSignature:
            return None
        return value if isinstance(value, str) else None


def csrf_token(request: Request) -> str:
    """Return the token the page must send back with its forms."""
    return str(request.state.csrf_token)


async def check_csrf(request: Request) -> None:
    """Reject a state-changing request whose token (form field or header) does not match the cookie."""
    if request.method in SAFE_METHODS:
        return
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and _is_form(request):
        value = (await request.form()).get(CSRF_FIELD)
        sent = value if isinstance(value, str) else None
    if not sent or not hmac.compare_digest(sent, csrf_token(request)):
        raise CSRFError()


def _is_form(request: Request) -> bool:
    kind = request.headers.get("content-type", "")
    return kind.startswith(("application/x-www-form-urlencoded", "multipart/form-data"))


CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"
)


class SecurityHeadersMiddleware:
    """Add a strict content security policy and related headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                headers.setdefault("content-security-policy", CSP)
                headers.setdefault("x-content-type-options", "nosniff")
                headers.setdefault("referrer-policy", "same-origin")
            await send(message)

        await self.app(scope, receive, send_with_headers)
