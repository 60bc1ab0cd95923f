"""Queries on tests: runs of ten questions, the answers given, and the spaced-review schedule."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from starcoach.store.tables import QuizAnswer, QuizRun, ReviewState, utcnow


@dataclass(frozen=True)
class Review:
    """Where one item stands in the review schedule."""

    item_id: str
    box: int
    misses: int
    due_at: datetime
    last_seen_at: datetime


def create_run(
    session: Session,
    *,
    profile_id: int,
    principle: str | None,
    item_ids: Sequence[str],
    review_ids: Sequence[str] = (),
) -> QuizRun:
    """Start a test over these items, in this order."""
    run = QuizRun(profile_id=profile_id, principle=principle, item_ids=list(item_ids), review_ids=list(review_ids))
    session.add(run)
    session.flush()
    return run


def get_run(session: Session, *, profile_id: int, run_id: int) -> QuizRun | None:
    """Return one test run of the profile with its answers, or None."""
    query = select(QuizRun).options(selectinload(QuizRun.answers)).where(QuizRun.id == run_id)
    run = session.scalar(query)
    return run if run is not None and run.profile_id == profile_id else None


def record_answer(
    session: Session, *, run: QuizRun, item_id: str, chosen: int, correct: bool, hinted: bool
) -> QuizAnswer:
    """Save the answer to the run's current item; close the run after its last item."""
    answer = QuizAnswer(position=len(run.answers), item_id=item_id, chosen=chosen, correct=correct, hinted=hinted)
    run.answers.append(answer)
    if len(run.answers) >= len(run.item_ids):
        run.finished_at = utcnow()
    session.flush()
    return answer


def recent_runs(session: Session, *, profile_id: int, principle: str | None = None, limit: int = 20) -> list[QuizRun]:
    """Return the profile's latest finished runs (optionally for one principle), newest first."""
    query = select(QuizRun).options(selectinload(QuizRun.answers))
    query = query.where(QuizRun.profile_id == profile_id, QuizRun.finished_at.is_not(None))
    if principle is not None:
        query = query.where(QuizRun.principle == principle)
    return list(session.scalars(query.order_by(QuizRun.finished_at.desc(), QuizRun.id.desc()).limit(limit)))


def reviews(session: Session, *, profile_id: int, item_ids: Iterable[str] | None = None) -> dict[str, Review]:
    """Return the review state of the profile's items seen so far (optionally only these)."""
    query = select(ReviewState).where(ReviewState.profile_id == profile_id)
    if item_ids is not None:
        query = query.where(ReviewState.item_id.in_(list(item_ids)))
    return {r.item_id: Review(r.item_id, r.box, r.misses, r.due_at, r.last_seen_at) for r in session.scalars(query)}


def save_review(session: Session, *, profile_id: int, review: Review) -> None:
    """Insert or update one item's place in the review schedule."""
    query = select(ReviewState).where(ReviewState.profile_id == profile_id, ReviewState.item_id == review.item_id)
    state = session.scalar(query)
    if state is None:
        state = ReviewState(profile_id=profile_id, item_id=review.item_id)
        session.add(state)
    state.box = review.box
    state.misses = review.misses
    state.due_at = review.due_at
    state.last_seen_at = review.last_seen_at
    session.flush()
