"""Run the web app with uvicorn: `starcoach serve`."""

from __future__ import annotations

import threading
import webbrowser

import uvicorn

from starcoach.store import resolve_database_url
from starcoach.web.app import create_app
from starcoach.web.settings import Settings


def serve(*, host: str, port: int, database_url: str | None, open_browser: bool) -> None:
    """Build the app for this database (migrating it), then serve it until interrupted."""
    settings = Settings(database_url=resolve_database_url(database_url))
    app = create_app(settings)
    shown = "localhost" if host in ("127.0.0.1", "0.0.0.0", "::") else host
    url = f"http://{shown}:{port}/"
    print(f"starcoach is running at {url} (database: {_safe(settings.database_url)}); Ctrl+C stops it.")
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    uvicorn.run(app, host=host, port=port, log_level="warning", ws="none")


def _safe(url: str) -> str:
    """Hide a password in a database URL before printing it."""
    from sqlalchemy import make_url

    return make_url(url).render_as_string(hide_password=True)
