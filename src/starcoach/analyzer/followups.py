"""Choose the questions an interviewer would ask next, from the gaps in the answer."""

from __future__ import annotations

from starcoach.analyzer.lexicon import compile_words, phrases
from starcoach.analyzer.report import Flag
from starcoach.analyzer.rules import BY_CODE

_VERIFIED = compile_words(
    *phrases(
        r"""
    tested | load[- ]test\w* | canary | verif\w+ | confirm\w* | compared | replay\w* | A/B | benchmark\w* | measured
    monitor\w* | watched | reproduc\w+ | diff(?:ed|ing) | matched
    """
    )
)
_BY_PRINCIPLE: dict[str, str] = {
    "customer-obsession": "How did you know what the customer actually needed?",
    "ownership": "What did you do after the fix to make sure it stayed fixed?",
    "invent-and-simplify": "What simpler options did you rule out, and why?",
    "are-right-a-lot": "What would have changed your mind?",
    "learn-and-be-curious": "How did you get up to speed on what you didn't know?",
    "hire-and-develop-the-best": "How did you know your help was working?",
    "insist-on-the-highest-standards": "How did you keep the bar from slipping after you moved on?",
    "think-big": "How did you get others to buy into the bigger idea?",
    "bias-for-action": "What risk did you accept by moving fast, and how did you limit it?",
    "frugality": "What did you decide not to spend on, and what did that cost you?",
    "earn-trust": "How did the other side react, and what did you do with that?",
    "dive-deep": "What did the data show that the dashboards did not?",
    "have-backbone-disagree-and-commit": "What did you do once the decision went the other way, or yours?",
    "deliver-results": "What was the biggest obstacle, and how did you get past it?",
    "strive-to-be-earths-best-employer": "How did the people on the team feel the difference?",
    "success-and-scale-bring-broad-responsibility": "Who outside your team did this affect, and how did you weigh it?",
}
_GENERAL = (
    "What was the hardest trade-off you made?",
    "If you did it again, what would you change?",
)
MOST = 4
_SEVERITY_RANK = {"disqualifier": 0, "major": 1, "minor": 2}


def follow_ups(flags: list[Flag], lower: str, lp: str | None) -> list[str]:
    """Return two to four probes: the gaps first (the most serious first), then verification, the principle,
    and general ones."""
    chosen: list[str] = []
    for flag in sorted(flags, key=lambda f: _SEVERITY_RANK[f.severity]):
        probe = BY_CODE[flag.code].probe
        if probe and probe not in chosen:
            chosen.append(probe)
    if not _VERIFIED.search(lower):
        chosen.append("How did you confirm the fix worked?")
    if lp in _BY_PRINCIPLE:
        chosen.append(_BY_PRINCIPLE[lp])
    chosen.extend(_GENERAL)
    unique = list(dict.fromkeys(chosen))
    return unique[:MOST]
