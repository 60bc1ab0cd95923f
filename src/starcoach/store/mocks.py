"""Queries on mock interviews: the session, its follow-up turns and the final scorecard."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from starcoach.store.tables import MockSession, MockTurn, utcnow


@dataclass(frozen=True)
class TurnPlan:
    """A follow-up to ask: its wording, what it probes, where it came from and which gap it targets."""

    prompt: str
    source: str
    probes: str | None = None
    gap: str | None = None


def create_mock(
    session: Session,
    *,
    profile_id: int,
    question_id: str,
    principle: str | None,
    level: str,
    attempt_id: int | None,
    turns: Sequence[TurnPlan],
) -> MockSession:
    """Open a mock interview whose main answer is saved and whose follow-ups are planned."""
    mock = MockSession(
        profile_id=profile_id,
        question_id=question_id,
        principle=principle,
        level=level,
        attempt_id=attempt_id,
    )
    mock.turns = [
        MockTurn(position=i, prompt=t.prompt, source=t.source, probes=t.probes, gap=t.gap, reply_flags=[])
        for i, t in enumerate(turns)
    ]
    session.add(mock)
    session.flush()
    return mock


def get_mock(session: Session, *, profile_id: int, mock_id: int) -> MockSession | None:
    """Return one mock interview of the profile with its turns, or None."""
    query = select(MockSession).options(selectinload(MockSession.turns)).where(MockSession.id == mock_id)
    mock = session.scalar(query)
    return mock if mock is not None and mock.profile_id == profile_id else None


def record_reply(session: Session, *, turn: MockTurn, reply: str, flags: Sequence[str]) -> None:
    """Save the reply to one follow-up."""
    turn.reply = reply
    turn.reply_flags = list(flags)
    turn.answered_at = utcnow()
    session.flush()


def finish_mock(session: Session, *, mock: MockSession, verdict: str, scorecard: Mapping[str, Any]) -> None:
    """Close a mock interview with its verdict and scorecard."""
    mock.verdict = verdict
    mock.scorecard = dict(scorecard)
    mock.finished_at = utcnow()
    session.flush()


def recent_mocks(session: Session, *, profile_id: int, limit: int = 10) -> list[MockSession]:
    """Return the profile's latest mock interviews, newest first."""
    query = (
        select(MockSession)
        .where(MockSession.profile_id == profile_id)
        .order_by(MockSession.created_at.desc(), MockSession.id.desc())
        .limit(limit)
    )
    return list(session.scalars(query))
