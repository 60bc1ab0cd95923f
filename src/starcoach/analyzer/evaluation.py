"""Score the analyzer against labelled answers (the format of the shared eval set): flags and verdicts."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starcoach.analyzer.core import analyze
from starcoach.analyzer.report import Report

# The flags the labelled sets judge, in the order reports list them.
LABELLED_FLAGS = (
    "we_language",
    "manager_assigned",
    "handoff",
    "unquantified_result",
    "generic_reflection",
    "no_scope_boundary",
)
HIRE = ("strong_hire", "hire")


def load_labelled(path: Path) -> list[dict[str, Any]]:
    """Read a JSON-lines file of labelled answers."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def report_for(row: dict[str, Any]) -> Report:
    """Analyze one labelled answer with its question, principle and level."""
    return analyze(str(row["text"]), question=row.get("question"), lp=row.get("lp"), level=row.get("level", "sde2"))


@dataclass
class Tally:
    """Agreement between the analyzer and the labels, with every disagreement listed."""

    counts: dict[str, list[int]] = field(default_factory=lambda: {f: [0, 0, 0] for f in LABELLED_FLAGS})
    right: int = 0
    judged: int = 0
    errors: list[str] = field(default_factory=list)

    def f1(self, flag: str) -> float:
        tp, fp, fn = self.counts[flag]
        return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0

    def add(self, row: dict[str, Any], report: Report) -> None:
        codes = set(report.codes())
        for flag, truth in row["flags"].items():
            got = flag in codes
            tp_fp_fn = self.counts[flag]
            if got and truth:
                tp_fp_fn[0] += 1
            elif got:
                tp_fp_fn[1] += 1
            elif truth:
                tp_fp_fn[2] += 1
            if got != truth:
                self.errors.append(f"{row['id']} {flag}: expected {truth}, got {got}")
        if row["verdict"] in ("strong", "weak"):
            self.judged += 1
            hired = report.verdict in HIRE
            self.right += hired == (row["verdict"] == "strong")
            if hired != (row["verdict"] == "strong"):
                self.errors.append(
                    f"{row['id']} verdict: expected {row['verdict']}, got {report.verdict} {report.codes()}"
                )


def tally(rows: list[dict[str, Any]]) -> Tally:
    """Analyze every labelled answer and count agreements."""
    result = Tally()
    for row in rows:
        result.add(row, report_for(row))
    return result
