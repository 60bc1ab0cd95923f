"""Practice answers: analyze one answer to a question, save it, and read the question's history."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from sqlalchemy.orm import Session

from starcoach.analyzer import Report, analyze
from starcoach.content.loader import Library
from starcoach.content.models import STEPS, Level
from starcoach.store.attempts import AttemptPoint, add_attempt, attempts_for_question, latest_attempt
from starcoach.store.tables import Attempt


@dataclass(frozen=True)
class Answer:
    """An answer as typed: five step boxes, or one free-text box."""

    steps: dict[str, str] | None = None
    free_text: str | None = None

    @classmethod
    def from_attempt(cls, attempt: Attempt) -> Answer:
        """Rebuild the answer a saved attempt was made of."""
        if attempt.free_text is not None:
            return cls(free_text=attempt.free_text)
        return cls(steps={step: getattr(attempt, step) or "" for step in STEPS})

    def text_for(self, step: str) -> str:
        return (self.steps or {}).get(step, "")

    def to_analyzer(self) -> str | dict[str, str]:
        """Return what the analyzer takes: the free text, or the non-empty steps."""
        if self.steps is None:
            return self.free_text or ""
        return {step: text for step, text in self.steps.items() if text.strip()}


@dataclass(frozen=True)
class Submission:
    """A saved attempt and the report that judged it."""

    attempt_id: int
    report: Report


def submit_answer(
    session: Session,
    *,
    library: Library,
    profile_id: int,
    question_id: str,
    answer: Answer,
    level: Level = "sde2",
    measured_seconds: Mapping[str, float] | None = None,
    mode: str = "practice",
) -> Submission:
    """Analyze an answer to one question of the library and save it as an attempt."""
    question = library.walkthrough(question_id).question
    report = analyze(
        answer.to_analyzer(),
        question=question.text,
        lp=question.principle,
        level=level,
        measured_seconds=measured_seconds or None,
    )
    attempt = add_attempt(
        session,
        profile_id=profile_id,
        question_id=question_id,
        principle=question.principle,
        level=level,
        mode=mode,
        verdict=report.verdict,
        score=report.score,
        flag_codes=report.codes(),
        report=report.model_dump(mode="json"),
        steps=answer.steps,
        free_text=answer.free_text if answer.steps is None else None,
    )
    return Submission(attempt.id, report)


def question_history(session: Session, *, profile_id: int, question_id: str, limit: int = 10) -> list[AttemptPoint]:
    """Return the verdicts of the profile's latest attempts at a question, oldest first."""
    return attempts_for_question(session, profile_id=profile_id, question_id=question_id, limit=limit)[::-1]


def last_answer(session: Session, *, profile_id: int, question_id: str) -> tuple[Answer, Report] | None:
    """Return the profile's latest answer to a question and its report, if any."""
    attempt = latest_attempt(session, profile_id=profile_id, question_id=question_id)
    if attempt is None or attempt.mode != "practice":
        return None
    return Answer.from_attempt(attempt), Report.model_validate(attempt.report)
