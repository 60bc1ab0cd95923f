"""Progress over time: scores per principle and the flags that keep coming back."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from starcoach.store.attempts import AttemptPoint

RECENT = 10


@dataclass(frozen=True)
class Series:
    """One principle's attempts, oldest first, as (attempt number overall, score, verdict)."""

    principle: str
    name: str
    points: list[tuple[int, int, str]]


@dataclass(frozen=True)
class FlagCount:
    """How many of the last answers raised one flag."""

    code: str
    label: str
    count: int
    of: int

    @property
    def sentence(self) -> str:
        return f"{self.label} in {self.count} of your last {self.of} answers"


@dataclass(frozen=True)
class PrincipleProgress:
    """A principle's practice so far: attempts, last and best score, and the best test score."""

    attempts: int = 0
    last_score: int | None = None
    best_score: int | None = None
    last_verdict: str | None = None
    best_test: int | None = None


def series(points: Sequence[AttemptPoint], names: Mapping[str, str]) -> list[Series]:
    """Group attempts (oldest first) by principle, numbering them in overall order."""
    groups: dict[str, list[tuple[int, int, str]]] = {}
    for number, point in enumerate(points, start=1):
        groups.setdefault(point.principle or "", []).append((number, point.score, point.verdict))
    return [Series(slug, names.get(slug, slug or "Other"), pts) for slug, pts in sorted(groups.items())]


def frequent_flags(
    newest_first: Sequence[AttemptPoint], labels: Mapping[str, str], *, last: int = RECENT, top: int = 5
) -> list[FlagCount]:
    """Count, across the last answers, how many raised each flag; most frequent first."""
    window = newest_first[:last]
    counts = Counter(code for point in window for code in set(point.flag_codes))
    ranked = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:top]
    return [FlagCount(code, labels.get(code, code.replace("_", " ")), n, len(window)) for code, n in ranked]


def by_principle(points: Sequence[AttemptPoint], best_tests: Mapping[str, int]) -> dict[str, PrincipleProgress]:
    """Summarize attempts (oldest first) and best test scores per principle."""
    out: dict[str, PrincipleProgress] = {}
    for point in points:
        seen = out.get(point.principle or "", PrincipleProgress())
        best = max(seen.best_score or 0, point.score)
        out[point.principle or ""] = PrincipleProgress(
            seen.attempts + 1, point.score, best, point.verdict, best_tests.get(point.principle or "")
        )
    for slug, score in best_tests.items():
        if slug not in out:
            out[slug] = PrincipleProgress(best_test=score)
    return out
