"""Turn findings into a score, a verdict, the bar raiser's note and the fixes that matter most."""

from __future__ import annotations

from dataclasses import dataclass

from starcoach.analyzer.principles import PRINCIPLES
from starcoach.analyzer.report import Flag, Severity
from starcoach.analyzer.rules import BY_CODE
from starcoach.content.models import Level, Verdict

STRONG_HIRE_BOTTOM, HIRE_BOTTOM, LEANING_BOTTOM = 85.0, 65.0, 40.0
LEANING_TOP, NO_HIRE_TOP = 64.0, 39.0
WEIGHTS: dict[Severity, float] = {"disqualifier": 30.0, "major": 15.0, "minor": 5.0}
# What a question's principle weighs most: Ownership listens hardest for scope and self-initiation.
EMPHASIS: dict[str, dict[str, float]] = {
    "ownership": {"manager_assigned": 1.5, "no_scope_boundary": 1.5, "handoff": 1.3},
    "bias-for-action": {"manager_assigned": 1.3, "handoff": 1.3},
    "deliver-results": {"unquantified_result": 1.4, "no_business_impact": 1.6, "missing_result": 1.4},
    "dive-deep": {"no_verification": 1.4, "hedging": 2.0, "thin_action": 1.6},
    "customer-obsession": {"no_business_impact": 1.6},
    "earn-trust": {"blame": 1.5, "hedging": 1.4},
    "are-right-a-lot": {"hedging": 1.6, "no_verification": 1.3},
    "insist-on-the-highest-standards": {"no_second_order": 1.6, "no_verification": 1.3},
    "think-big": {"no_second_order": 1.6},
    "invent-and-simplify": {"no_second_order": 1.3},
    "frugality": {"no_business_impact": 1.6},
    "hire-and-develop-the-best": {"we_language": 0.8},
}
LEVEL_EMPHASIS: dict[Level, dict[str, float]] = {
    "sde1": {"no_business_impact": 0.6, "no_second_order": 0.6},
    "sde2": {},
    "senior": {"generic_reflection": 1.2, "no_systemic_reflection": 1.6, "no_second_order": 1.4},
}
LABELS: dict[Verdict, str] = {
    "strong_hire": "Strong Hire",
    "hire": "Hire",
    "leaning_no_hire": "Leaning No Hire",
    "no_hire": "No Hire",
}


def severity_for(code: str, level: Level) -> Severity:
    """Return a rule's severity at this level: a senior without a reflection misses a bar, not a nicety."""
    if code == "no_reflection" and level == "senior":
        return "major"
    return BY_CODE[code].severity


def penalty(flag: Flag, level: Level, lp: str | None) -> float:
    factor = LEVEL_EMPHASIS[level].get(flag.code, 1.0) * EMPHASIS.get(lp or "", {}).get(flag.code, 1.0)
    return WEIGHTS[flag.severity] * factor


@dataclass(frozen=True)
class Judgment:
    verdict: Verdict
    score: int
    summary: str
    fixes: list[str]


def judge(flags: list[Flag], *, level: Level, lp: str | None, fragment: bool) -> Judgment:
    """Score the findings and name the verdict; any disqualifier or major gap keeps it below Hire."""
    costs = {f.code: penalty(f, level, lp) for f in flags}
    raw = max(0.0, 100.0 - sum(costs.values()))
    disqualifiers = sum(f.severity == "disqualifier" for f in flags)
    majors = sum(f.severity == "major" for f in flags)
    # A disqualifier or a major gap keeps the verdict below Hire whatever else is good; within the band the
    # raw score still orders answers, so the question's emphasis shows.
    if disqualifiers >= 2 or (disqualifiers and majors >= 2):
        score = NO_HIRE_TOP * raw / 100.0
    elif disqualifiers or majors:
        score = min(raw, LEANING_BOTTOM + (LEANING_TOP - LEANING_BOTTOM) * raw / 100.0)
    else:
        score = raw
    verdict = _band(score)
    ranked = sorted(flags, key=lambda f: -costs[f.code])
    fixes = [BY_CODE[f.code].fix for f in ranked[:3]]
    return Judgment(verdict, round(score), _summary(verdict, ranked, lp, fragment), fixes)


def _band(score: float) -> Verdict:
    if score >= STRONG_HIRE_BOTTOM:
        return "strong_hire"
    if score >= HIRE_BOTTOM:
        return "hire"
    if score >= LEANING_BOTTOM:
        return "leaning_no_hire"
    return "no_hire"


def _summary(verdict: Verdict, ranked: list[Flag], lp: str | None, fragment: bool) -> str:
    where = f" for {PRINCIPLES[lp]}" if lp else ""
    head = f"{LABELS[verdict]}{where}."
    serious = [f for f in ranked if f.severity != "minor"]
    if serious:
        reasons = " ".join(f.message for f in serious[:2])
        return f"{head} {reasons}"
    if fragment:
        return f"{head} The reply answers the probe in your own voice with nothing that raises a concern."
    body = (
        "The story says why it was yours, keeps you as the actor, measures the result and ends on a lesson "
        "specific to it."
    )
    if ranked:
        body += f" To raise it further: {ranked[0].message[0].lower()}{ranked[0].message[1:]}"
    return f"{head} {body}"
