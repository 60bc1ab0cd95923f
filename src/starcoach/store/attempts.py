"""Queries on attempts: saving analyzed answers and reading them back for history and progress."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from starcoach.store.tables import Attempt, utcnow

STEP_COLUMNS = ("situation", "task", "action", "result", "reflection")


@dataclass(frozen=True)
class AttemptPoint:
    """The light part of an attempt: enough to chart scores and count flags."""

    id: int
    question_id: str
    principle: str | None
    verdict: str
    score: int
    flag_codes: list[str]
    created_at: datetime


def add_attempt(
    session: Session,
    *,
    profile_id: int,
    question_id: str,
    principle: str | None,
    level: str,
    verdict: str,
    score: int,
    flag_codes: Sequence[str],
    report: Mapping[str, Any],
    steps: Mapping[str, str] | None = None,
    free_text: str | None = None,
    mode: str = "practice",
    created_at: datetime | None = None,
) -> Attempt:
    """Save one analyzed answer, given per step or as free text, with its report."""
    per_step = {step: (steps or {}).get(step) or None for step in STEP_COLUMNS}
    attempt = Attempt(
        profile_id=profile_id,
        question_id=question_id,
        principle=principle,
        level=level,
        mode=mode,
        free_text=free_text,
        verdict=verdict,
        score=score,
        flag_codes=list(flag_codes),
        report=dict(report),
        created_at=created_at or utcnow(),
        **per_step,
    )
    session.add(attempt)
    session.flush()
    return attempt


def get_attempt(session: Session, *, profile_id: int, attempt_id: int) -> Attempt | None:
    """Return one attempt of the profile, or None."""
    attempt = session.get(Attempt, attempt_id)
    return attempt if attempt is not None and attempt.profile_id == profile_id else None


def attempts_for_question(
    session: Session, *, profile_id: int, question_id: str, limit: int = 20
) -> list[AttemptPoint]:
    """Return the profile's latest attempts at one question, newest first."""
    query = _points().where(Attempt.profile_id == profile_id, Attempt.question_id == question_id)
    return _fetch(session, query.order_by(Attempt.created_at.desc(), Attempt.id.desc()).limit(limit))


def recent_attempts(session: Session, *, profile_id: int, limit: int = 10) -> list[AttemptPoint]:
    """Return the profile's latest attempts at any question, newest first."""
    query = _points().where(Attempt.profile_id == profile_id)
    return _fetch(session, query.order_by(Attempt.created_at.desc(), Attempt.id.desc()).limit(limit))


def attempt_history(session: Session, *, profile_id: int, limit: int = 1000) -> list[AttemptPoint]:
    """Return up to `limit` of the profile's latest attempts, oldest first, for charts."""
    newest = recent_attempts(session, profile_id=profile_id, limit=limit)
    return newest[::-1]


def latest_attempt(session: Session, *, profile_id: int, question_id: str) -> Attempt | None:
    """Return the profile's newest full attempt at a question, report included."""
    query = (
        select(Attempt)
        .where(Attempt.profile_id == profile_id, Attempt.question_id == question_id)
        .order_by(Attempt.created_at.desc(), Attempt.id.desc())
        .limit(1)
    )
    return session.scalar(query)


def _points() -> Any:
    return select(
        Attempt.id,
        Attempt.question_id,
        Attempt.principle,
        Attempt.verdict,
        Attempt.score,
        Attempt.flag_codes,
        Attempt.created_at,
    )


def _fetch(session: Session, query: Any) -> list[AttemptPoint]:
    return [AttemptPoint(*row) for row in session.execute(query)]
