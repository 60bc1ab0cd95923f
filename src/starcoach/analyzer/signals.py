"""How strongly the answer shows each of the sixteen principles, from 0 to 1."""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

from starcoach.analyzer.lexicon import by_first_letter, phrases

# Cue words and short phrases per principle, matched on whole lower-case words in one pass over the text.
_CUES: dict[str, list[str]] = {
    "customer-obsession": phrases(
        """
        customer | customers | user | users | merchant | merchants | client | clients | complaint | complaints
        accessibility | screen reader | churn | renewed | renewal | support tickets | support contacts
        customer experience | on behalf of
        """
    ),
    "ownership": phrases(
        """
        i own | i owned | was mine | nobody asked | nobody had asked | no ticket | not my team | took it on | myself
        long-term | on-call | on call | responsible | owner | end to end
        """
    ),
    "invent-and-simplify": phrases(
        """
        simpler | simplify | simplified | automated | automate | automation | prototype | invented | generator
        replaced | removed | reuse | reused | one command | new approach | redesigned
        """
    ),
    "are-right-a-lot": phrases(
        """
        judgment | judgement | data | evidence | hypothesis | trade-off | tradeoff | trade-offs | alternatives
        options | recommended | analysis | experiment | suspected | was wrong
        """
    ),
    "learn-and-be-curious": phrases(
        """
        learn | learned | learning | curious | curiosity | docs | studied | taught myself | conference | course
        explored | read the | didn't understand | new to me
        """
    ),
    "hire-and-develop-the-best": phrases(
        """
        mentor | mentored | mentoring | coached | coaching | hiring | hired | interview | interviewers | onboarding
        promoted | promotion | intern | new hire | new hires | calibration | bar raiser
        """
    ),
    "insist-on-the-highest-standards": phrases(
        """
        standard | standards | quality | bar | flaky | tests | ci | lint | review | regression | regressions
        defects | enforce | enforced | root cause | wasn't acceptable
        """
    ),
    "think-big": phrases(
        """
        vision | platform | roadmap | long-term | every team | proposal | bold | scale | company-wide | org-wide
        across teams | across the org | multi-year | three-year
        """
    ),
    "bias-for-action": phrases(
        """
        quickly | reversible | revert | rollback | rolled back | feature flag | right away | that night
        that afternoon | didn't wait | calculated risk | undo | immediately | within minutes
        """
    ),
    "frugality": phrases(
        """
        cost | costs | $ | bill | saved | savings | budget | cheaper | spend | idle | spot | headcount
        without hiring | reused | resources
        """
    ),
    "earn-trust": phrases(
        """
        trust | apologized | apology | my mistake | my change | admitted | transparent | honest | honestly
        postmortem | post-mortem | correction | listened | candid | relationship
        """
    ),
    "dive-deep": phrases(
        """
        logs | traced | trace | root cause | profiled | profiling | metrics | dashboard | reproduced | stack trace
        queries | sample | sampled | investigated | dug | distribution | anomaly
        """
    ),
    "have-backbone-disagree-and-commit": phrases(
        """
        disagreed | disagree | pushed back | push back | objected | challenged | committed | concern | concerns
        argued | compromise | respectfully | disagree and commit
        """
    ),
    "deliver-results": phrases(
        """
        deadline | on time | delivered | shipped | launch | launched | date | ahead of | obstacle | obstacles
        milestone | milestones | scope | despite
        """
    ),
    "strive-to-be-earths-best-employer": phrases(
        """
        burnout | burned out | on-call load | on-call rotation | wellbeing | well-being | inclusive
        psychological safety | blameless | work-life | morale | onboarding | sustainable | team health
        """
    ),
    "success-and-scale-bring-broad-responsibility": phrases(
        """
        privacy | security | accessibility | community | energy | carbon | environmental | fairness | bias
        compliance | data minimization | open-source | open source | society | responsibly
        """
    ),
}
_SATURATION = 3.0
_MONEY = [slug for slug, cues in _CUES.items() if "$" in cues]


@cache
def _index() -> tuple[dict[str, tuple[str, ...]], re.Pattern[str]]:
    """Map each cue to the principles it signals, and compile every cue into one pattern.

    The pattern captures the cue itself and allows a plural or past-tense ending after it, so that
    'traces' counts as 'trace' and 'mentored' as 'mentor'.
    """
    by_cue: dict[str, list[str]] = {}
    for slug, cues in _CUES.items():
        for cue in cues:
            if cue != "$":
                by_cue.setdefault(cue, []).append(slug)
    longest_first = sorted(by_cue, key=len, reverse=True)
    alternatives = by_first_letter([re.escape(cue) for cue in longest_first])
    pattern = re.compile(r"(?<!\w)(" + alternatives + r")(?:e?s|e?d)?(?!\w)")
    return {cue: tuple(slugs) for cue, slugs in by_cue.items()}, pattern


def principle_signals(lower: str, *, owned: bool, measured: bool) -> dict[str, float]:
    """Return a 0..1 signal per principle from the cues in the lower-cased text, nudged by what the rules
    established."""
    by_cue, pattern = _index()
    low = lower.replace("\u2019", "'")
    hits = dict.fromkeys(_CUES, 0)
    for cue, count in Counter(pattern.findall(low)).items():
        for slug in by_cue[cue]:
            hits[slug] += count
    money = low.count("$")
    for slug in _MONEY:
        hits[slug] += money
    signals = {slug: 1.0 - math.exp(-count / _SATURATION) for slug, count in hits.items()}
    if not owned:
        signals["ownership"] *= 0.5
    if measured:
        signals["deliver-results"] = min(1.0, signals["deliver-results"] + 0.2)
    return {slug: round(value, 2) for slug, value in signals.items()}
