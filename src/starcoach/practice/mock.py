"""The mock interview: follow-ups chosen from an answer's gaps, and the bar raiser's scorecard."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

from starcoach.analyzer.report import Report
from starcoach.content.models import VERDICTS, FollowUp, Verdict
from starcoach.store.mocks import TurnPlan

# Words a walkthrough probe uses when it digs into the gap an analyzer flag names.
GAP_WORDS: dict[str, tuple[str, ...]] = {
    "we_language": (
        "you personally",
        "your role",
        "your part",
        "you specifically",
        "yourself",
        "own contribution",
    ),
    "manager_assigned": ("why you", "asked", "initiative", "permission", "on your own", "ownership"),
    "no_scope_boundary": ("your team", "not your", "scope", "outside", "responsib", "ownership"),
    "handoff": ("follow", "after you", "owning team", "hand", "rollout", "collaborat", "push back"),
    "unquantified_result": ("measure", "metric", "number", "quantif", "impact", "know it worked"),
    "no_business_impact": ("business", "customer", "cost", "impact", "revenue"),
    "no_second_order": ("long term", "long-term", "prevent", "again", "standard", "adopt", "recur"),
    "vague_result": ("measure", "impact", "result", "know it worked", "success"),
    "no_verification": ("verify", "validat", "test", "confirm", "sure", "prove", "know it worked"),
    "generic_reflection": ("differently", "learn", "lesson", "again", "change"),
    "no_reflection": ("differently", "learn", "lesson", "again"),
    "thin_action": ("how did you", "technical", "root cause", "trade-off", "tradeoff", "approach", "debug"),
    "hedging": ("sure", "confiden", "evidence", "data", "root cause"),
    "blame": ("other team", "relationship", "conflict", "disagree", "trust"),
    "missing_result": ("result", "outcome", "impact", "measure"),
}
SEVERITY_ORDER = {"disqualifier": 0, "major": 1, "minor": 2}
# Habits that count against a follow-up reply as much as against the main answer.
REPLY_CODES = frozenset({"we_language", "manager_assigned", "handoff", "blame", "hedging", "no_verification"})
THIN_REPLY_WORDS = 15


def plan_follow_ups(report: Report, follow_ups: Sequence[FollowUp]) -> list[TurnPlan]:
    """Pick two or three follow-ups aimed at the answer's gaps, preferring the walkthrough's own probes."""
    flags = sorted(report.flags, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))
    gaps = list(dict.fromkeys(f.code for f in flags))
    serious = {f.code for f in flags if f.severity in ("disqualifier", "major")}
    count = 3 if len(serious) >= 2 else 2
    unused = list(follow_ups)
    asked = list(report.follow_ups)
    plans: list[TurnPlan] = []
    for gap in gaps:
        if len(plans) == count:
            break
        probe = _matching(unused, gap)
        if probe is not None:
            unused.remove(probe)
            plans.append(TurnPlan(probe.question, "walkthrough", probe.probes, gap))
        elif asked:
            plans.append(TurnPlan(asked.pop(0), "analyzer", None, gap))
    plans += [TurnPlan(f.question, "walkthrough", f.probes, None) for f in unused]
    plans += [TurnPlan(q, "analyzer", None, None) for q in asked]
    return _unique(plans)[:count]


def _matching(follow_ups: Sequence[FollowUp], gap: str) -> FollowUp | None:
    words = GAP_WORDS.get(gap, ())
    scored = [(sum(w in f"{f.question} {f.probes}".lower() for w in words), i) for i, f in enumerate(follow_ups)]
    best = max(scored, default=(0, -1))
    return follow_ups[best[1]] if best[0] > 0 else None


def _unique(plans: Sequence[TurnPlan]) -> list[TurnPlan]:
    seen: set[str] = set()
    out: list[TurnPlan] = []
    for plan in plans:
        if plan.prompt.lower() not in seen:
            seen.add(plan.prompt.lower())
            out.append(plan)
    return out


@dataclass(frozen=True)
class Reply:
    """A follow-up as asked and answered, with the habits found in the reply."""

    prompt: str
    text: str
    flags: list[str] = field(default_factory=list)

    @property
    def thin(self) -> bool:
        return len(self.text.split()) < THIN_REPLY_WORDS

    @property
    def weak(self) -> bool:
        return self.thin or bool(self.flags)


@dataclass(frozen=True)
class Scorecard:
    """The end of a mock interview: verdict, principle signals and the debrief note."""

    verdict: Verdict
    answer_verdict: Verdict
    score: int
    signals: list[tuple[str, float]]
    concerns: list[str]
    debrief: str

    def to_dict(self) -> dict[str, Any]:
        """Return the JSON form saved with the interview."""
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Scorecard:
        """Rebuild a scorecard from its saved JSON form."""
        signals = [(str(name), float(value)) for name, value in data["signals"]]
        return cls(
            data["verdict"],
            data["answer_verdict"],
            int(data["score"]),
            signals,
            list(data["concerns"]),
            str(data["debrief"]),
        )


VERDICT_LABELS: dict[Verdict, str] = {
    "strong_hire": "Strong Hire",
    "hire": "Hire",
    "leaning_no_hire": "Leaning No Hire",
    "no_hire": "No Hire",
}


def score_mock(report: Report, replies: Sequence[Reply], *, names: dict[str, str]) -> Scorecard:
    """Judge the interview: the answer's verdict, one step lower when follow-up replies were weak."""
    weak = [r for r in replies if r.weak]
    drop = 1 if weak and len(weak) * 2 >= len(replies) else 0
    verdict = VERDICTS[min(VERDICTS.index(report.verdict) + drop, len(VERDICTS) - 1)]
    signals = _signals(report, names)
    concerns = [f.title for f in sorted(report.flags, key=lambda f: SEVERITY_ORDER.get(f.severity, 3))][:3]
    debrief = _debrief(verdict, report, signals, concerns, replies, names)
    return Scorecard(verdict, report.verdict, max(0, report.score - 10 * drop), signals, concerns, debrief)


def _signals(report: Report, names: dict[str, str]) -> list[tuple[str, float]]:
    scale = 100.0 if any(v > 1 for v in report.principles.values()) else 1.0
    ranked = sorted(report.principles.items(), key=lambda kv: (-kv[1], kv[0]))
    return [(names.get(slug, slug), max(0.0, min(1.0, value / scale))) for slug, value in ranked[:5]]


def _debrief(
    verdict: Verdict,
    report: Report,
    signals: Sequence[tuple[str, float]],
    concerns: Sequence[str],
    replies: Sequence[Reply],
    names: dict[str, str],
) -> str:
    target = names.get(report.lp or "", "the principle")
    parts = [f"{VERDICT_LABELS[verdict]} for {target}."]
    if signals and signals[0][1] > 0:
        parts.append(f"Strongest signal: {signals[0][0]}.")
    parts.append(f"Concerns: {'; '.join(concerns).lower()}." if concerns else "No concerns raised in the answer.")
    parts.append(_reply_note(replies))
    return " ".join(parts)


def _reply_note(replies: Sequence[Reply]) -> str:
    if not replies:
        return "No follow-ups were asked."
    weak = [r for r in replies if r.weak]
    if not weak:
        return f"Under {len(replies)} follow-ups the candidate stayed specific and owned the actions."
    habits = sorted({code.replace("_", " ") for r in weak for code in r.flags})
    why = f" ({', '.join(habits)})" if habits else " (short, general replies)"
    return f"{len(weak)} of {len(replies)} follow-up replies were weak{why}."
