"""The test engine: pick ten items across difficulties, grade them, and schedule spaced review."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from starcoach.content.models import DIFFICULTIES, Difficulty, QuizItem
from starcoach.store.quiz import Review

TEST_SIZE = 10
MIX: dict[Difficulty, int] = {"easy": 3, "medium": 4, "hard": 3}
INTERVALS = (timedelta(days=1), timedelta(days=3), timedelta(days=7), timedelta(days=21))
STRONG_AT = 0.8


@dataclass(frozen=True)
class QuizPlan:
    """The items of a test in the order shown; `review_ids` are the missed ones brought back first."""

    item_ids: list[str]
    review_ids: list[str]


@dataclass(frozen=True)
class QuizResult:
    """The score of a finished test and whether the pattern is strong."""

    correct: int
    total: int
    by_difficulty: dict[Difficulty, tuple[int, int]]
    missed: list[str]

    @property
    def ratio(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def strong(self) -> bool:
        return self.total > 0 and self.ratio >= STRONG_AT

    @property
    def label(self) -> str:
        if self.strong:
            return "Strong: this pattern is solid"
        return "Getting there: review the misses" if self.ratio >= 0.5 else "Not yet: learn the pattern first"


def _rank(item: QuizItem) -> int:
    return DIFFICULTIES.index(item.difficulty)


def plan_quiz(
    items: Sequence[QuizItem], *, reviews: Mapping[str, Review], now: datetime, size: int = TEST_SIZE
) -> QuizPlan:
    """Choose up to `size` items: missed ones first, then a mix of easy, medium and hard, easy to hard."""
    missed = sorted((i for i in items if _was_missed(reviews.get(i.id))), key=lambda i: (_rank(i), i.id))[:size]
    taken = {i.id for i in missed}
    rest = _by_priority([i for i in items if i.id not in taken], reviews, now)
    chosen: list[QuizItem] = []
    for difficulty, quota in _quotas(missed, size).items():
        chosen += [i for i in rest if i.difficulty == difficulty][:quota]
    leftover = [i for i in rest if i not in chosen]
    chosen += leftover[: size - len(missed) - len(chosen)]
    fresh = sorted(chosen, key=lambda i: (_rank(i), rest.index(i)))
    return QuizPlan(item_ids=[i.id for i in missed + fresh], review_ids=[i.id for i in missed])


def _was_missed(review: Review | None) -> bool:
    return review is not None and review.box == 0


def _quotas(missed: Sequence[QuizItem], size: int) -> dict[Difficulty, int]:
    scale = size / TEST_SIZE
    return {d: max(0, round(n * scale) - sum(1 for i in missed if i.difficulty == d)) for d, n in MIX.items()}


def _by_priority(items: Sequence[QuizItem], reviews: Mapping[str, Review], now: datetime) -> list[QuizItem]:
    """Order items: due for review, then never seen, then the rest by due time; principles interleaved."""
    per_principle: dict[str, int] = {}
    turn: dict[str, int] = {}
    for item in sorted(items, key=lambda i: i.id):
        turn[item.id] = per_principle.get(item.principle, 0)
        per_principle[item.principle] = turn[item.id] + 1

    def key(item: QuizItem) -> tuple[int, datetime, int, str]:
        review = reviews.get(item.id)
        if review is None:
            return (1, now, turn[item.id], item.id)
        return (0 if review.due_at <= now else 2, review.due_at, turn[item.id], item.id)

    return sorted(items, key=key)


def schedule(previous: Review | None, *, item_id: str, correct: bool, now: datetime) -> Review:
    """Move an item between Leitner boxes: a miss goes back to box 0, due at once; a hit waits longer."""
    box = previous.box if previous else 0
    misses = previous.misses if previous else 0
    if not correct:
        return Review(item_id, 0, misses + 1, now, now)
    box = min(box + 1, len(INTERVALS))
    return Review(item_id, box, misses, now + INTERVALS[box - 1], now)


def score_quiz(items: Sequence[QuizItem], chosen: Sequence[int]) -> QuizResult:
    """Score answers given in the order of `items` (a shorter `chosen` scores an unfinished test)."""
    by_difficulty: dict[Difficulty, tuple[int, int]] = {d: (0, 0) for d in DIFFICULTIES}
    missed: list[str] = []
    for item, choice in zip(items, chosen, strict=False):
        right, seen = by_difficulty[item.difficulty]
        hit = choice == item.answer
        by_difficulty[item.difficulty] = (right + hit, seen + 1)
        if not hit:
            missed.append(item.id)
    correct = sum(right for right, _ in by_difficulty.values())
    return QuizResult(correct, min(len(items), len(chosen)), by_difficulty, missed)
