"""The schema comes from the shipped Alembic migrations, applied on start, idempotently."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import inspect

from starcoach.store import (
    current_revision,
    default_database_url,
    head_revision,
    make_engine,
    resolve_database_url,
    upgrade,
)
from starcoach.store.migrate import migrations_dir
from starcoach.store.tables import Base

TABLES = {
    "app_secrets",
    "profiles",
    "attempts",
    "mock_sessions",
    "mock_turns",
    "quiz_runs",
    "quiz_answers",
    "review_states",
}


def test_upgrade_creates_every_table_and_reaches_head(database_url: str) -> None:
    engine = make_engine(database_url)
    assert current_revision(engine) is None
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    names = set(inspect(engine).get_table_names())
    assert names >= TABLES
    assert "alembic_version" in names
    engine.dispose()


def test_upgrade_twice_is_harmless(database_url: str) -> None:
    engine = make_engine(database_url)
    upgrade(engine)
    upgrade(engine)
    assert current_revision(engine) == head_revision()
    engine.dispose()


def test_migrations_match_the_tables(database_url: str) -> None:
    """Autogenerate finds nothing to add: the migrations and the models agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    engine = make_engine(database_url)
    upgrade(engine)
    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    engine.dispose()
    assert diff == []


def test_migrations_ship_inside_the_package() -> None:
    folder = migrations_dir()
    assert (folder / "env.py").is_file()
    assert (folder / "script.py.mako").is_file()
    assert list((folder / "versions").glob("0001_*.py"))


def test_make_engine_creates_the_sqlite_folder(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "er" / "app.db"
    engine = make_engine(f"sqlite:///{target}")
    upgrade(engine)
    engine.dispose()
    assert target.is_file()


@pytest.mark.parametrize(
    ("given", "env", "expected"),
    [
        ("sqlite:///a.db", {"STARCOACH_DATABASE_URL": "sqlite:///b.db"}, "sqlite:///a.db"),
        (None, {"STARCOACH_DATABASE_URL": "sqlite:///b.db"}, "sqlite:///b.db"),
    ],
)
def test_explicit_url_wins_over_the_environment(given: str | None, env: dict[str, str], expected: str) -> None:
    assert resolve_database_url(given, env) == expected


def test_default_url_is_sqlite_in_the_user_data_folder() -> None:
    url = resolve_database_url(None, {})
    assert url == default_database_url()
    assert url.startswith("sqlite:///")
    assert url.endswith("starcoach/starcoach.db")
