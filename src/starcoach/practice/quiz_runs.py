"""Tests of ten questions: start one, answer it item by item, and keep the review schedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from starcoach.content.loader import Library
from starcoach.content.models import QuizItem
from starcoach.practice.quiz import QuizResult, plan_quiz, schedule, score_quiz
from starcoach.store.quiz import create_run, get_run, record_answer, reviews, save_review
from starcoach.store.tables import QuizAnswer, QuizRun, utcnow


class QuizError(LookupError):
    """The test does not exist, has no items, or was answered out of turn."""


@dataclass(frozen=True)
class RunState:
    """A test as the page shows it: its items, how far it got, and the score once finished."""

    run: QuizRun
    items: list[QuizItem]
    answers: list[QuizAnswer]

    @property
    def position(self) -> int:
        return len(self.answers)

    @property
    def finished(self) -> bool:
        return self.position >= len(self.items)

    @property
    def current(self) -> QuizItem | None:
        return None if self.finished else self.items[self.position]

    @property
    def last(self) -> tuple[QuizItem, QuizAnswer] | None:
        return (self.items[self.position - 1], self.answers[-1]) if self.answers else None

    @property
    def result(self) -> QuizResult:
        return score_quiz(self.items, [a.chosen for a in self.answers])


def quiz_items(library: Library, principle: str | None) -> list[QuizItem]:
    """Return the items a test draws from: one principle's, or all of them for a mixed test."""
    return library.quiz_for(principle) if principle else list(library.quiz.values())


def start_quiz(
    session: Session, *, library: Library, profile_id: int, principle: str | None, now: datetime | None = None
) -> QuizRun:
    """Plan a test for a principle (or mixed) with missed items first, and save it."""
    items = quiz_items(library, principle)
    if not items:
        raise QuizError("there are no test questions for this principle yet")
    seen = reviews(session, profile_id=profile_id, item_ids=[i.id for i in items])
    plan = plan_quiz(items, reviews=seen, now=now or utcnow())
    return create_run(
        session,
        profile_id=profile_id,
        principle=principle,
        item_ids=plan.item_ids,
        review_ids=plan.review_ids,
    )


def run_state(session: Session, *, library: Library, profile_id: int, run_id: int) -> RunState:
    """Return a test with its items resolved; items no longer in the library are skipped."""
    run = get_run(session, profile_id=profile_id, run_id=run_id)
    if run is None:
        raise QuizError(f"no test {run_id}")
    items = [library.quiz[i] for i in run.item_ids if i in library.quiz]
    return RunState(run, items, list(run.answers))


def answer_quiz(
    session: Session,
    *,
    library: Library,
    profile_id: int,
    run_id: int,
    item_id: str,
    chosen: int,
    hinted: bool = False,
    now: datetime | None = None,
) -> RunState:
    """Grade the answer to the test's current item and move the item in the review schedule."""
    state = run_state(session, library=library, profile_id=profile_id, run_id=run_id)
    item = state.current
    if item is None or item.id != item_id:
        raise QuizError("that question is not the current one; the test has moved on")
    if not 0 <= chosen < len(item.options):
        raise QuizError("choose one of the options")
    correct = chosen == item.answer
    record_answer(session, run=state.run, item_id=item.id, chosen=chosen, correct=correct, hinted=hinted)
    previous = reviews(session, profile_id=profile_id, item_ids=[item.id]).get(item.id)
    review = schedule(previous, item_id=item.id, correct=correct, now=now or utcnow())
    save_review(session, profile_id=profile_id, review=review)
    return RunState(state.run, state.items, list(state.run.answers))
