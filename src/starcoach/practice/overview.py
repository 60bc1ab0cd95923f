"""The progress overview: what the library and progress pages show about the user's practice."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from starcoach.analyzer import PRINCIPLES
from starcoach.content.loader import Library
from starcoach.practice.progress import (
    FlagCount,
    PrincipleProgress,
    Series,
    by_principle,
    frequent_flags,
    series,
)
from starcoach.store.attempts import AttemptPoint, attempt_history
from starcoach.store.quiz import recent_runs
from starcoach.store.tables import QuizRun

# Short names for the flags that read well in "'we' in 6 of your last 10 answers".
SHORT_LABELS = {
    "we_language": "'we'",
    "manager_assigned": "'someone asked me'",
    "handoff": "handing the problem off",
    "no_scope_boundary": "no scope boundary",
    "unquantified_result": "a result without numbers",
    "no_business_impact": "no business impact",
    "no_second_order": "no second-order effect",
    "vague_result": "a vague result",
    "generic_reflection": "a generic lesson",
    "no_verification": "an unverified claim",
    "hedging": "hedging",
    "blame": "blame",
    "missing_result": "no result",
    "no_reflection": "no reflection",
    "situation_too_long": "a long situation",
    "thin_action": "thin actions",
}


@dataclass(frozen=True)
class Overview:
    """Everything known about the user's progress."""

    history: list[AttemptPoint]
    series: list[Series]
    flags: list[FlagCount]
    principles: dict[str, PrincipleProgress]
    runs: list[QuizRun]

    @property
    def empty(self) -> bool:
        return not self.history and not self.runs


def progress_overview(session: Session, *, library: Library, profile_id: int) -> Overview:
    """Gather attempts, test runs and recurring flags for one profile."""
    history = attempt_history(session, profile_id=profile_id)
    runs = recent_runs(session, profile_id=profile_id, limit=200)
    best: dict[str, int] = {}
    for run in runs:
        if run.principle is not None:
            best[run.principle] = max(best.get(run.principle, 0), sum(a.correct for a in run.answers))
    names = {**PRINCIPLES, **{slug: p.name for slug, p in library.principles.items()}}
    return Overview(
        history=history,
        series=series(history, names),
        flags=frequent_flags(history[::-1], SHORT_LABELS),
        principles=by_principle(history, best),
        runs=runs[:10],
    )
