"""The application factory: build the whole app from its settings, and nothing at import time."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources

from fastapi import Depends, FastAPI
from fastapi.staticfiles import StaticFiles

from starcoach.content.loader import Library, load_library
from starcoach.store import app_secret, ensure_profile, make_engine, make_session_factory, upgrade
from starcoach.web.context import AppContext
from starcoach.web.errors import install_error_pages, too_large
from starcoach.web.routes import ROUTERS
from starcoach.web.security import (
    BodyLimitMiddleware,
    CSRFCookieMiddleware,
    SecurityHeadersMiddleware,
    check_csrf,
)
from starcoach.web.settings import Settings
from starcoach.web.templating import make_templates

CSRF_SECRET = "csrf"


def build_context(settings: Settings, library: Library | None = None) -> AppContext:
    """Load the library (unless given), migrate the database to head and make sure the profile exists."""
    library = library or load_library(settings.pack, settings.content_root)
    engine = make_engine(settings.database_url)
    upgrade(engine)
    sessions = make_session_factory(engine)
    with sessions.begin() as session:
        profile_id = ensure_profile(session, name=settings.profile)
        secret = settings.secret_key or app_secret(session, name=CSRF_SECRET)
    return AppContext(settings, library, engine, sessions, profile_id, secret)


def create_app(settings: Settings, *, library: Library | None = None) -> FastAPI:
    """Build the web app: pages, static files, guards and friendly errors; `library` skips loading."""
    ctx = build_context(settings, library)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        ctx.engine.dispose()

    app = FastAPI(
        title="starcoach",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
        dependencies=[Depends(check_csrf)],
    )
    app.state.ctx = ctx
    app.state.templates = make_templates()
    static = resources.files("starcoach.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    for router in ROUTERS:
        app.include_router(router)
    install_error_pages(app)
    app.add_middleware(BodyLimitMiddleware, limit=settings.max_body_bytes, reject=too_large(settings.max_body_bytes))
    app.add_middleware(CSRFCookieMiddleware, secret=ctx.secret)
    app.add_middleware(SecurityHeadersMiddleware)
    return app
