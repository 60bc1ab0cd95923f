"""What every request handler needs: the library, the database sessions and the profile."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

from fastapi import Request
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from starcoach.content.loader import Library
from starcoach.web.settings import Settings


@dataclass(frozen=True)
class AppContext:
    """The app's long-lived parts, built once by create_app."""

    settings: Settings
    library: Library
    engine: Engine
    sessions: sessionmaker[Session]
    profile_id: int
    secret: str

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """Open a session that commits when the block ends without error."""
        with self.sessions.begin() as session:
            yield session


def app_context(request: Request) -> AppContext:
    """Return the context of the app serving this request."""
    ctx: AppContext = request.app.state.ctx
    return ctx
