"""Check that a content pack agrees with the analyzer, and count what it holds."""

from __future__ import annotations

from starcoach.analyzer import PRINCIPLES, Report, analyze
from starcoach.analyzer.rules import BY_CODE
from starcoach.content.loader import Library
from starcoach.content.models import DIFFICULTIES, Walkthrough

HIRE = ("strong_hire", "hire")
NO_HIRE = ("leaning_no_hire", "no_hire")


def check_library(library: Library) -> list[str]:
    """Return every disagreement between the pack and the analyzer, one line each (empty when all agree)."""
    problems: list[str] = []
    for walkthrough in library.walkthroughs.values():
        problems.extend(check_walkthrough(walkthrough))
    return problems


def _principle(walkthrough: Walkthrough) -> str | None:
    slug = walkthrough.question.principle
    return slug if slug in PRINCIPLES else None


def strong_report(walkthrough: Walkthrough) -> Report:
    """Analyze the walkthrough's model answer as the practice screen sends it: step by step."""
    return analyze(walkthrough.strong_answer(), lp=_principle(walkthrough), level=walkthrough.level)


def weak_report(walkthrough: Walkthrough) -> Report:
    return analyze(walkthrough.weak_answer.text, lp=_principle(walkthrough), level=walkthrough.level)


def check_walkthrough(walkthrough: Walkthrough) -> list[str]:
    """Return the ways this walkthrough's strong and weak answers disagree with the analyzer."""
    where = f"walkthroughs/{walkthrough.id}.yaml"
    problems: list[str] = []
    strong = strong_report(walkthrough)
    disqualifiers = [f.code for f in strong.flags if f.severity == "disqualifier"]
    if strong.verdict not in HIRE or disqualifiers:
        problems.append(f"{where}: the strong answer gets {strong.verdict} ({strong.score}) with {strong.codes()}")
    weak = weak_report(walkthrough)
    if weak.verdict not in NO_HIRE:
        problems.append(f"{where}: the weak answer gets {weak.verdict} ({weak.score}) with {weak.codes()}")
    for i, flaw in enumerate(walkthrough.weak_answer.flaws):
        if flaw.flag is None:
            continue
        if flaw.flag not in BY_CODE:
            problems.append(f"{where}: weak_answer.flaws.{i}.flag: unknown analyzer code {flaw.flag!r}")
        elif not weak.has(flaw.flag):
            problems.append(f"{where}: weak_answer.flaws.{i}: the analyzer does not raise {flaw.flag} ({weak.codes()})")
    return problems


def stats(library: Library) -> dict[str, object]:
    """Count principles, questions, walkthroughs and quiz items (also by difficulty)."""
    quiz = list(library.quiz.values())
    return {
        "pack": library.pack.slug,
        "principles": len(library.principles),
        "questions": len(library.questions),
        "walkthroughs": len(library.walkthroughs),
        "quiz_items": len(quiz),
        "quiz_by_difficulty": {d: sum(q.difficulty == d for q in quiz) for d in DIFFICULTIES},
    }
