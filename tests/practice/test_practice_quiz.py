"""The test engine: ten items easy to hard, missed items first, Leitner scheduling and scoring."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from starcoach.content.models import DIFFICULTIES, QuizItem
from starcoach.practice.quiz import INTERVALS, plan_quiz, schedule, score_quiz
from starcoach.store.quiz import Review
from tests.practice.practice_helpers import item

NOW = datetime(2026, 3, 1, tzinfo=UTC)


def bank(easy: int = 5, medium: int = 5, hard: int = 5, principle: str = "ownership") -> list[QuizItem]:
    counts = {"easy": easy, "medium": medium, "hard": hard}
    return [item(f"{principle}-{d}-{i}", d, principle) for d in DIFFICULTIES for i in range(counts[d])]


def _rank(items: dict[str, QuizItem], ids: list[str]) -> list[int]:
    return [DIFFICULTIES.index(items[i].difficulty) for i in ids]


def test_a_fresh_test_has_ten_items_mixed_and_ordered_easy_to_hard() -> None:
    items = bank()
    plan = plan_quiz(items, reviews={}, now=NOW)
    by_id = {i.id: i for i in items}
    assert len(plan.item_ids) == len(set(plan.item_ids)) == 10
    assert plan.review_ids == []
    ranks = _rank(by_id, plan.item_ids)
    assert ranks == sorted(ranks)
    assert {by_id[i].difficulty for i in plan.item_ids} == set(DIFFICULTIES)
    assert [ranks.count(r) for r in range(3)] == [3, 4, 3]


def test_missed_items_come_back_first() -> None:
    items = bank()
    missed = ["ownership-hard-4", "ownership-easy-3"]
    seen = {i: Review(i, 0, 1, NOW, NOW) for i in missed}
    plan = plan_quiz(items, reviews=seen, now=NOW + timedelta(days=1))
    assert plan.item_ids[:2] == ["ownership-easy-3", "ownership-hard-4"]
    assert plan.review_ids == ["ownership-easy-3", "ownership-hard-4"]
    assert len(plan.item_ids) == 10


def test_items_answered_right_wait_until_due() -> None:
    items = bank(easy=4, medium=4, hard=4)
    waiting = {i.id for i in items if i.id.endswith(("-0", "-1"))} - {"ownership-hard-1"}
    later = {i: Review(i, 1, 0, NOW + timedelta(days=3), NOW) for i in waiting}
    plan = plan_quiz(items, reviews=later, now=NOW)
    assert {i.id for i in items} - waiting <= set(plan.item_ids)
    assert len(set(plan.item_ids) & waiting) == 3


def test_a_small_bank_gives_a_shorter_test() -> None:
    items = bank(easy=2, medium=1, hard=1)
    plan = plan_quiz(items, reviews={}, now=NOW)
    assert sorted(plan.item_ids) == sorted(i.id for i in items)


def test_a_lopsided_bank_still_fills_ten() -> None:
    items = bank(easy=10, medium=0, hard=1)
    plan = plan_quiz(items, reviews={}, now=NOW)
    assert len(plan.item_ids) == 10
    assert plan.item_ids[-1] == "ownership-hard-0"


def test_mixed_tests_interleave_principles() -> None:
    items = bank(principle="ownership") + bank(principle="dive-deep")
    plan = plan_quiz(items, reviews={}, now=NOW)
    principles = {i.split("-")[0] for i in plan.item_ids}
    assert principles == {"ownership", "dive"}


@pytest.mark.parametrize(
    ("box", "correct", "new_box", "due_in"),
    [
        (None, True, 1, INTERVALS[0]),
        (1, True, 2, INTERVALS[1]),
        (4, True, 4, INTERVALS[3]),
        (3, False, 0, None),
    ],
)
def test_schedule_moves_items_between_boxes(
    box: int | None, correct: bool, new_box: int, due_in: timedelta | None
) -> None:
    previous = None if box is None else Review("a", box, 2, NOW - timedelta(days=9), NOW - timedelta(days=9))
    review = schedule(previous, item_id="a", correct=correct, now=NOW)
    assert review.box == new_box
    assert review.due_at == NOW + (due_in or timedelta(0))
    assert review.misses == (0 if previous is None else 2) + (0 if correct else 1)
    assert review.last_seen_at == NOW


def test_score_counts_by_difficulty_and_calls_eight_of_ten_strong() -> None:
    items = [item(f"i{n}", DIFFICULTIES[min(n // 4, 2)]) for n in range(10)]
    chosen = [1] * 8 + [0, 0]
    result = score_quiz(items, chosen)
    assert (result.correct, result.total) == (8, 10)
    assert result.strong
    assert result.missed == ["i8", "i9"]
    assert result.by_difficulty["hard"] == (0, 2)
    weaker = score_quiz(items, [1] * 7 + [0] * 3)
    assert not weaker.strong
    assert "Getting there" in weaker.label


def test_an_unfinished_test_scores_what_was_answered() -> None:
    items = [item(f"i{n}", "easy") for n in range(10)]
    result = score_quiz(items, [1, 0])
    assert (result.correct, result.total) == (1, 2)
