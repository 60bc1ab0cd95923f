"""Shared fixtures: a fresh database per test (SQLite, or PostgreSQL when asked), the app and a client."""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import create_engine, make_url, text
from sqlalchemy.orm import Session

from starcoach.content.loader import Library, load_library
from starcoach.content.models import Walkthrough
from starcoach.store import ensure_profile, make_engine, make_session_factory, upgrade
from starcoach.web.app import create_app
from starcoach.web.settings import Settings

PG_ENV = "STARCOACH_TEST_DATABASE_URL"
TOKEN = re.compile(r'"X-CSRF-Token": "([^"]+)"')


@pytest.fixture
def database_url(tmp_path: Path) -> Iterator[str]:
    """Yield the URL of an empty database: SQLite in a temp folder, or a fresh PostgreSQL schema."""
    base = os.environ.get(PG_ENV)
    if not base:
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    schema = f"t_{uuid.uuid4().hex[:16]}"
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    try:
        yield make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db(database_url: str) -> Iterator[Session]:
    """Yield a session on a freshly migrated database."""
    engine = make_engine(database_url)
    upgrade(engine)
    with make_session_factory(engine)() as session:
        yield session
    engine.dispose()


@pytest.fixture
def profile_id(db: Session) -> int:
    return ensure_profile(db)


@pytest.fixture(scope="session")
def library() -> Library:
    """The shipped content library, loaded once."""
    return load_library()


@pytest.fixture(scope="session")
def walkthrough(library: Library) -> Walkthrough:
    """The first walkthrough of the shipped library, whatever its size."""
    assert library.walkthroughs, "the shipped pack has no walkthroughs"
    return library.walkthroughs[sorted(library.walkthroughs)[0]]


@pytest.fixture(scope="session")
def quiz_principle(library: Library) -> str:
    """The first principle with enough quiz items for a full test."""
    for slug in sorted(library.principles):
        if len(library.quiz_for(slug)) >= 10:
            return slug
    pytest.fail("no principle of the shipped pack has 10 quiz items")


@pytest.fixture
def settings(database_url: str) -> Settings:
    return Settings(database_url=database_url, secret_key="test-secret", max_body_bytes=64 * 1024)


@pytest.fixture
def app(settings: Settings, library: Library) -> Iterator[FastAPI]:
    application = create_app(settings, library=library)
    yield application
    application.state.ctx.engine.dispose()


class Client(TestClient):
    """A test client that knows the page's CSRF token and sends it with every form."""

    def token(self) -> str:
        found = TOKEN.search(self.get("/progress").text)
        assert found, "no CSRF token on the page"
        return found.group(1)

    def submit(self, url: str, data: dict[str, Any], **kwargs: Any) -> Any:
        """POST a form with the CSRF token filled in."""
        return self.post(url, data={"csrf_token": self.token(), **data}, **kwargs)


@pytest.fixture
def client(app: FastAPI) -> Iterator[Client]:
    with Client(app, raise_server_exceptions=False) as test_client:
        yield test_client
