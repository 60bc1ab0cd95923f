"""Rules on the shape of the answer: every step present, in proportion, within the level's time."""

from __future__ import annotations

from starcoach.analyzer.context import Context
from starcoach.analyzer.rules.base import Finding, rule
from starcoach.analyzer.rules.result import measured_outcome
from starcoach.analyzer.segment import task_cue
from starcoach.analyzer.timing import OVER_TIME_FACTOR

THIN_ACTION_SHARE = 0.3
THIN_ACTION_OF_TARGET = 0.45


def _missing(step: str) -> str:
    return f"No sentence reads as the {step}."


@rule(
    "missing_situation",
    "No situation",
    "minor",
    "Open with one or two sentences of context: where you were, what was wrong, and why it mattered.",
    full_only=True,
)
def missing_situation(ctx: Context) -> Finding | None:
    """Listens for a situation: the context and its impact before the candidate acts."""
    return None if ctx.first_action_index > 0 else Finding("The answer starts with actions, with no context.")


@rule(
    "missing_task",
    "No task",
    "minor",
    "Add a sentence on what you set out to do and why it fell to you.",
    full_only=True,
)
def missing_task(ctx: Context) -> Finding | None:
    """Listens for a task: what the candidate set out to do and why it was theirs, before the actions."""
    if ctx.has_step("task") or any(task_cue(s.text) for s in ctx.sentences[: ctx.first_action_index]):
        return None
    return Finding(_missing("task"))


@rule(
    "missing_action",
    "No actions",
    "disqualifier",
    "Tell what you did, step by step, each sentence with 'I' and a concrete verb.",
    "Walk me through what you did, step by step.",
    full_only=True,
)
def missing_action(ctx: Context) -> Finding | None:
    """Listens for actions: sentences where the candidate does something."""
    return None if ctx.has_step("action") else Finding(_missing("action"))


@rule(
    "missing_result",
    "No result",
    "major",
    "Say how it ended: the metric before and after, and what it meant for the business.",
    "How did it turn out?",
    full_only=True,
)
def missing_result(ctx: Context) -> Finding | None:
    """Listens for a result: how the story ended (a measured outcome told among the actions counts)."""
    if ctx.has_step("result") or measured_outcome(ctx):
        return None
    return Finding(_missing("result"))


@rule(
    "situation_too_long",
    "Situation runs long",
    "minor",
    "Cut the situation to about 30 seconds: the problem and its impact, no tour of the architecture.",
    full_only=True,
)
def situation_too_long(ctx: Context) -> Finding | None:
    """Listens for a situation past 45 seconds, time taken from the actions."""
    section = ctx.sections.get("situation")
    if section is None or section.seconds <= section.max_seconds:
        return None
    return Finding(
        f"The situation takes about {section.seconds:.0f} s (target {section.target_seconds} s, "
        f"at most {section.max_seconds} s).",
        [ctx.evidence(section.start, section.end)],
    )


@rule(
    "thin_action",
    "Thin actions",
    "minor",
    "Spend about half the answer on what you did: the steps, the decisions and the trade-offs.",
    "What were the hardest decisions you made along the way?",
    full_only=True,
)
def thin_action(ctx: Context) -> Finding | None:
    """Listens for actions well under half the answer's time, or under half their own target."""
    section = ctx.sections.get("action")
    if section is None or ctx.seconds <= 0:
        return None
    share = section.seconds / ctx.seconds
    if share < THIN_ACTION_SHARE:
        message = f"Only {share:.0%} of the answer is about what you did."
    elif section.seconds < section.target_seconds * THIN_ACTION_OF_TARGET:
        message = f"The actions take about {section.seconds:.0f} s against a target of {section.target_seconds} s."
    else:
        return None
    return Finding(message, [ctx.evidence(section.start, section.end)])


@rule(
    "over_time",
    "Over time",
    "minor",
    "Trim to the level's budget: shorten the situation first, then merge small actions.",
    full_only=True,
)
def over_time(ctx: Context) -> Finding | None:
    """Listens for an answer clearly past the level's time budget."""
    low, high = ctx.budget
    if ctx.seconds <= high * OVER_TIME_FACTOR:
        return None
    return Finding(f"The answer runs about {ctx.seconds:.0f} s against a budget of {low}-{high} s.")


RULES = (
    missing_situation,
    missing_task,
    missing_action,
    missing_result,
    situation_too_long,
    thin_action,
    over_time,
)
