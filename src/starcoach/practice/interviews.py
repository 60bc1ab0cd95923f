"""Mock interviews: the answer, the follow-ups aimed at its gaps, and the scorecard at the end."""

from __future__ import annotations

from sqlalchemy.orm import Session

from starcoach.analyzer import PRINCIPLES, AnalyzerInputError, Report, analyze
from starcoach.content.loader import Library
from starcoach.content.models import LEVELS, Level
from starcoach.practice.answers import Answer, submit_answer
from starcoach.practice.mock import REPLY_CODES, Reply, Scorecard, plan_follow_ups, score_mock
from starcoach.store.attempts import get_attempt
from starcoach.store.mocks import create_mock, finish_mock, get_mock, record_reply
from starcoach.store.tables import MockSession


class MockError(LookupError):
    """The mock interview does not exist or has no follow-up left to answer."""


def start_mock(
    session: Session, *, library: Library, profile_id: int, question_id: str, answer: Answer, level: Level
) -> MockSession:
    """Analyze the main answer, save it, and plan the follow-ups its gaps call for."""
    submission = submit_answer(
        session,
        library=library,
        profile_id=profile_id,
        question_id=question_id,
        answer=answer,
        level=level,
        mode="mock",
    )
    walkthrough = library.walkthrough(question_id)
    return create_mock(
        session,
        profile_id=profile_id,
        question_id=question_id,
        principle=walkthrough.question.principle,
        level=level,
        attempt_id=submission.attempt_id,
        turns=plan_follow_ups(submission.report, walkthrough.follow_ups),
    )


def load_mock(session: Session, *, profile_id: int, mock_id: int) -> MockSession:
    """Return a mock interview of the profile; raise MockError when there is none."""
    mock = get_mock(session, profile_id=profile_id, mock_id=mock_id)
    if mock is None:
        raise MockError(f"no mock interview {mock_id}")
    return mock


def answer_follow_up(session: Session, *, profile_id: int, mock_id: int, reply: str) -> MockSession:
    """Save the reply to the next open follow-up; score the interview after the last one."""
    mock = load_mock(session, profile_id=profile_id, mock_id=mock_id)
    turn = next((t for t in mock.turns if t.reply is None), None)
    if turn is None:
        raise MockError("this interview has no open follow-up")
    record_reply(session, turn=turn, reply=reply, flags=_reply_flags(reply, mock))
    if all(t.reply is not None for t in mock.turns):
        card = scorecard(session, mock=mock)
        finish_mock(session, mock=mock, verdict=card.verdict, scorecard=card.to_dict())
    return mock


def main_report(session: Session, *, mock: MockSession) -> Report | None:
    """Return the report of the interview's main answer."""
    if mock.attempt_id is None:
        return None
    attempt = get_attempt(session, profile_id=mock.profile_id, attempt_id=mock.attempt_id)
    return None if attempt is None else Report.model_validate(attempt.report)


def scorecard(session: Session, *, mock: MockSession) -> Scorecard:
    """Judge the interview from its main answer and the replies given so far."""
    report = main_report(session, mock=mock)
    if report is None:
        raise MockError("the interview's answer is missing")
    replies = [Reply(t.prompt, t.reply, list(t.reply_flags)) for t in mock.turns if t.reply is not None]
    return score_mock(report, replies, names=PRINCIPLES)


def _reply_flags(reply: str, mock: MockSession) -> list[str]:
    try:
        report = analyze(reply, lp=mock.principle, level=as_level(mock.level))
    except AnalyzerInputError:
        return []
    return sorted({code for code in report.codes() if code in REPLY_CODES})


def as_level(value: str) -> Level:
    """Return a saved level as the Level type, defaulting to sde2."""
    for level in LEVELS:
        if level == value:
            return level
    return "sde2"
