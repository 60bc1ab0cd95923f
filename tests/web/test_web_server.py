"""`starcoach serve` builds the app for the chosen database, migrated, and hands it to uvicorn."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import uvicorn

from starcoach.store import current_revision, head_revision, make_engine
from starcoach.web import server


def test_serve_migrates_the_database_and_runs_uvicorn(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: calls.append({"app": app, **kwargs}))
    url = f"sqlite:///{tmp_path / 'data' / 'serve.db'}"
    server.serve(host="127.0.0.1", port=8123, database_url=url, open_browser=False)
    assert calls and calls[0]["port"] == 8123 and calls[0]["host"] == "127.0.0.1"
    engine = make_engine(url)
    assert current_revision(engine) == head_revision()
    engine.dispose()
    calls[0]["app"].state.ctx.engine.dispose()
    assert "http://localhost:8123/" in capsys.readouterr().out


def test_serve_reads_the_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    url = f"sqlite:///{tmp_path / 'env.db'}"
    monkeypatch.setenv("STARCOACH_DATABASE_URL", url)
    seen: list[Any] = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kwargs: seen.append(app))
    server.serve(host="127.0.0.1", port=8124, database_url=None, open_browser=False)
    assert seen[0].state.ctx.settings.database_url == url
    seen[0].state.ctx.engine.dispose()


def test_passwords_are_hidden_when_printed() -> None:
    assert "secret" not in server._safe("postgresql+psycopg://me:secret@db/starcoach")
