"""What the Learn page shows for a chosen level and principle angle."""

from __future__ import annotations

from dataclasses import dataclass

from starcoach.analyzer.timing import BUDGETS
from starcoach.content.models import Angle, Level, Walkthrough
from starcoach.web.present import LEVEL_LABELS, clock

# Used where a walkthrough has no variant for a level (usually its own voice, SDE2).
DEFAULT_FOCUS: dict[Level, tuple[str, str]] = {
    "sde1": (
        "The technical fix in a well-scoped problem, told with clear individual actions.",
        "Owns a bounded problem end to end and names a concrete technical lesson.",
    ),
    "sde2": (
        "Own the problem end to end, across team lines when needed, and measure what changed.",
        "Clear individual ownership, a measured result with its business meaning, and a specific lesson.",
    ),
    "senior": (
        "Organizational thinking, the trade-offs weighed, and the systemic root cause behind the bug.",
        "Changes how teams work, not only the code, and names the root cause beyond the fix.",
    ),
}


@dataclass(frozen=True)
class LevelView:
    """The story told at one level: its focus, reflection, bar and time budget."""

    level: Level
    label: str
    focus: str
    reflection: str
    bar: str
    budget: str


def level_view(walkthrough: Walkthrough, level: Level) -> LevelView:
    """Return the level's variant of the walkthrough, or sensible defaults for its own level."""
    reflection = getattr(walkthrough.reflections, level)
    variant = next((v for v in walkthrough.levels if v.level == level), None)
    if variant is not None:
        budget = clock(variant.budget_seconds)
        return LevelView(level, LEVEL_LABELS[level], variant.focus, reflection, variant.bar, budget)
    low, high = BUDGETS[level]
    focus, bar = DEFAULT_FOCUS[level]
    return LevelView(level, LEVEL_LABELS[level], focus, reflection, bar, f"{clock(low)}\u2013{clock(high)}")


def pick_angle(walkthrough: Walkthrough, principle: str | None) -> Angle:
    """Return the angle for a principle, or the first angle."""
    return next((a for a in walkthrough.angles if a.principle == principle), walkthrough.angles[0])
