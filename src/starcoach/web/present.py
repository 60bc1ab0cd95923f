"""How values read on the page: clocks, verdict and step names, dates."""

from __future__ import annotations

from datetime import datetime

STEP_LABELS: dict[str, str] = {
    "situation": "Situation",
    "task": "Task",
    "action": "Action",
    "result": "Result",
    "reflection": "Reflection",
}
LEVEL_LABELS: dict[str, str] = {"sde1": "SDE1", "sde2": "SDE2", "senior": "Senior SDE"}
VERDICT_LABELS: dict[str, str] = {
    "strong_hire": "Strong Hire",
    "hire": "Hire",
    "leaning_no_hire": "Leaning No Hire",
    "no_hire": "No Hire",
}


def clock(seconds: float | int | None) -> str:
    """Format seconds as m:ss."""
    total = round(seconds or 0)
    return f"{total // 60}:{total % 60:02d}"


def verdict_label(verdict: str | None) -> str:
    return VERDICT_LABELS.get(verdict or "", verdict or "")


def step_label(step: str) -> str:
    return STEP_LABELS.get(step, step.title())


def level_label(level: str) -> str:
    return LEVEL_LABELS.get(level, level)


def percent(value: float) -> str:
    return f"{round(value * 100)}%"


def when(moment: datetime | None) -> str:
    """Format a timestamp as a short local date and time."""
    return "" if moment is None else moment.astimezone().strftime("%d %b %Y, %H:%M")
