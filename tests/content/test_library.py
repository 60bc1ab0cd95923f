"""The shipped pack: volume, integrity, and agreement with the analyzer."""

from __future__ import annotations

from collections import Counter

import pytest

from starcoach.analyzer import PRINCIPLES
from starcoach.content import load_library
from starcoach.content.loader import Library
from starcoach.contentcheck import check_walkthrough, stats

LIBRARY: Library = load_library()
EXAMPLE_STORY = [
    "ownership-problem-not-yours",
    "dive-deep-critical-issue-missed",
    "deliver-results-despite-obstacles",
    "customer-obsession-decision-on-customer-impact",
]


def test_all_sixteen_principles_have_pages() -> None:
    assert set(LIBRARY.principles) == set(PRINCIPLES)
    for slug, principle in LIBRARY.principles.items():
        assert principle.name == PRINCIPLES[slug]


@pytest.mark.parametrize("slug", list(PRINCIPLES))
def test_each_principle_has_three_walkthroughs_and_ten_quiz_items(slug: str) -> None:
    assert len(LIBRARY.walkthroughs_for(slug)) >= 3
    items = LIBRARY.quiz_for(slug)
    assert len(items) >= 10
    by_difficulty = Counter(item.difficulty for item in items)
    assert all(by_difficulty[d] >= 3 for d in ("easy", "medium", "hard"))


def test_the_example_story_is_told_for_its_questions() -> None:
    for qid in EXAMPLE_STORY:
        text = LIBRARY.walkthrough(qid).strong_text()
        assert "0.3%" in text and ("$8K" in text or "8,000" in text or "$8,000" in text), qid


def test_volume() -> None:
    counts = stats(LIBRARY)
    assert counts["walkthroughs"] >= 48
    assert counts["quiz_items"] >= 160


def test_quiz_answers_point_at_distinct_options() -> None:
    for item in LIBRARY.quiz.values():
        assert 0 <= item.answer < len(item.options)
        assert len({o.lower() for o in item.options}) == 4
    positions = Counter(item.answer for item in LIBRARY.quiz.values())
    assert len(positions) == 4 and min(positions.values()) >= len(LIBRARY.quiz) // 8


@pytest.mark.parametrize("qid", sorted(LIBRARY.walkthroughs))
def test_walkthrough_agrees_with_the_analyzer(qid: str) -> None:
    assert check_walkthrough(LIBRARY.walkthrough(qid)) == []


@pytest.mark.parametrize("qid", sorted(LIBRARY.walkthroughs))
def test_walkthrough_is_complete(qid: str) -> None:
    w = LIBRARY.walkthrough(qid)
    assert len(w.follow_ups) >= 3 and len(w.quick_checks) >= 2 and len(w.angles) >= 3
    assert {v.level for v in w.levels} >= {"sde1", "senior"}
    assert w.question.principle in {a.principle for a in w.angles}
    for card in w.steps:
        assert all(p in card.example for p in card.key_phrases)
