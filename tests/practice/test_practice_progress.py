"""Progress: per-principle series, the flags that keep coming back, and the library search."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough
from starcoach.practice.catalog import questions_for, search_questions
from starcoach.practice.progress import by_principle, frequent_flags, series
from starcoach.store.attempts import AttemptPoint

T0 = datetime(2026, 1, 1, tzinfo=UTC)


def point(n: int, principle: str, score: int, codes: list[str]) -> AttemptPoint:
    return AttemptPoint(n, f"q{n}", principle, "hire", score, codes, T0 + timedelta(hours=n))


def test_flags_are_counted_once_per_answer_over_the_last_ten() -> None:
    newest_first = [point(n, "ownership", 50, ["we_language", "we_language"] if n % 2 else []) for n in range(12)]
    counts = frequent_flags(newest_first, {"we_language": "'we'"})
    assert len(counts) == 1
    assert counts[0].sentence == "'we' in 5 of your last 10 answers"


def test_flags_rank_by_frequency_and_fall_back_to_the_code() -> None:
    points = [point(1, "a", 1, ["x_flag", "y"]), point(2, "a", 1, ["y"])]
    counts = frequent_flags(points, {})
    assert [(c.code, c.count, c.of) for c in counts] == [("y", 2, 2), ("x_flag", 1, 2)]
    assert counts[1].label == "x flag"


def test_series_group_by_principle_in_overall_order() -> None:
    points = [point(1, "ownership", 40, []), point(2, "dive-deep", 55, []), point(3, "ownership", 70, [])]
    found = {s.principle: s for s in series(points, {"ownership": "Ownership"})}
    assert found["ownership"].name == "Ownership"
    assert found["ownership"].points == [(1, 40, "hire"), (3, 70, "hire")]
    assert found["dive-deep"].name == "dive-deep"


def test_by_principle_summarizes_attempts_and_tests() -> None:
    points = [point(1, "ownership", 40, []), point(2, "ownership", 70, []), point(3, "ownership", 60, [])]
    summary = by_principle(points, {"ownership": 9, "frugality": 6})
    assert summary["ownership"].attempts == 3
    assert (summary["ownership"].last_score, summary["ownership"].best_score) == (60, 70)
    assert summary["ownership"].best_test == 9
    assert summary["frugality"].attempts == 0 and summary["frugality"].best_test == 6


def test_search_finds_a_question_by_its_own_words(library: Library, walkthrough: Walkthrough) -> None:
    words = " ".join(walkthrough.question.text.split()[-3:])
    hits = search_questions(library, words)
    assert walkthrough.id in [h.walkthrough.id for h in hits]
    assert search_questions(library, "   ") == []
    assert search_questions(library, "zzqxv-no-such-word") == []


def test_a_principle_lists_its_own_questions(library: Library, walkthrough: Walkthrough) -> None:
    own, also = questions_for(library, walkthrough.question.principle)
    assert walkthrough in own
    assert not set(w.id for w in own) & set(w.id for w in also)
