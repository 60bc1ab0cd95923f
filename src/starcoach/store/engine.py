"""Engines and sessions from a database URL; the default URL points at the user data folder."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs
import pydantic_core
from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

ENV_VAR = "STARCOACH_DATABASE_URL"
APP_NAME = "starcoach"


def default_database_url() -> str:
    """Return the SQLite URL in the platform's user data folder (~/.local/share/starcoach on Linux)."""
    folder = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    return f"sqlite:///{folder / 'starcoach.db'}"


def resolve_database_url(url: str | None, environ: Mapping[str, str] | None = None) -> str:
    """Pick the database URL: the explicit one, else $STARCOACH_DATABASE_URL, else the default."""
    env = os.environ if environ is None else environ
    return url or env.get(ENV_VAR) or default_database_url()


def make_engine(url: str) -> Engine:
    """Build an engine for any SQLAlchemy URL; SQLite gets its folder, foreign keys and WAL."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(parsed, pool_pre_ping=True, json_serializer=_to_json)
    database = parsed.database or ""
    in_memory = database in ("", ":memory:") or database.startswith("file::memory:")
    if not in_memory:
        Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(parsed, connect_args={"check_same_thread": False}, json_serializer=_to_json)
    event.listen(engine, "connect", _sqlite_pragmas(wal=not in_memory))
    return engine


def _to_json(value: Any) -> str:
    """Serialize JSON columns with pydantic-core (compiled): reports are large and saved on every answer."""
    return pydantic_core.to_json(value).decode()


def _sqlite_pragmas(*, wal: bool) -> Any:
    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        if wal:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return on_connect


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    """Return a session factory bound to the engine; objects stay readable after commit."""
    return sessionmaker(bind=engine, expire_on_commit=False)
