"""Hand-built content and reports for the practice tests, independent of the shipped pack."""

from __future__ import annotations

from starcoach.analyzer.report import Evidence, Flag, Report, Severity
from starcoach.content.models import Difficulty, FollowUp, QuizItem, Verdict


def item(item_id: str, difficulty: Difficulty, principle: str = "ownership", answer: int = 1) -> QuizItem:
    return QuizItem(
        id=item_id,
        principle=principle,
        difficulty=difficulty,
        kind="which_principle",
        stem=f"Stem of {item_id}?",
        options=["first", "second", "third", "fourth"],
        answer=answer,
        solution=["Look at the actor.", "Pick the principle."],
        hint="Who acted?",
        mistakes=["Choosing by topic."],
    )


def flag(code: str, severity: Severity = "major", title: str | None = None) -> Flag:
    return Flag(
        code=code,
        severity=severity,
        title=title or code.replace("_", " ").title(),
        message=f"{code} found",
        evidence=[Evidence(start=0, end=2, text="We")],
    )


def report(
    flags: list[Flag] | None = None,
    *,
    verdict: Verdict = "hire",
    score: int = 70,
    follow_ups: list[str] | None = None,
    principles: dict[str, float] | None = None,
) -> Report:
    return Report(
        text="We fixed it.",
        verdict=verdict,
        score=score,
        summary="summary",
        fixes=[],
        flags=flags or [],
        sections=[],
        principles=principles if principles is not None else {"ownership": 0.8, "dive-deep": 0.4},
        follow_ups=follow_ups if follow_ups is not None else ["What did you do yourself?", "How did you measure it?"],
        level="sde2",
        lp="ownership",
        words=3,
        seconds=1.2,
        budget_seconds=(130, 160),
    )


def follow_up(question: str, probes: str) -> FollowUp:
    return FollowUp(
        question=question,
        probes=probes,
        weak_reply="weak",
        weak_why="why",
        strong_reply="strong",
        message="message",
    )
