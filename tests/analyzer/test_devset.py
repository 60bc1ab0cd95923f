"""The analyzer agrees with labelled answers: the shared dev set and our own six sets, holdout.jsonl to
holdout6.jsonl, each written apart from the rules. A regression floor; bench/analyzer.py prints the figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from starcoach.analyzer.evaluation import LABELLED_FLAGS, Tally, load_labelled, tally

DATA = Path(__file__).resolve().parents[1] / "data"
SETS = ["dev.jsonl", *(f"holdout{n}.jsonl" for n in ("", 2, 3, 4, 5, 6))]
TALLIES: dict[str, Tally] = {}


def _tally(name: str) -> Tally:
    if name not in TALLIES:
        TALLIES[name] = tally(load_labelled(DATA / name))
    return TALLIES[name]


@pytest.mark.parametrize("name", SETS)
@pytest.mark.parametrize("flag", LABELLED_FLAGS)
def test_flag_f1_is_at_least_point_nine(name: str, flag: str) -> None:
    result = _tally(name)
    assert sum(result.counts[flag][::2]) > 0, "the set labels this flag true at least once"
    assert result.f1(flag) >= 0.9, result.errors


@pytest.mark.parametrize("name", SETS)
def test_verdict_accuracy_is_at_least_ninety_percent(name: str) -> None:
    result = _tally(name)
    assert result.judged >= 20
    assert result.right / result.judged >= 0.9, result.errors


def test_every_set_is_there() -> None:
    assert all((DATA / name).is_file() for name in SETS)
