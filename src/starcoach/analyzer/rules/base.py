"""How a rule is declared: an id, a title, a severity, a fix, a probe, and a check that finds evidence."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from starcoach.analyzer.context import Context
from starcoach.analyzer.report import Evidence, Severity


@dataclass(frozen=True)
class Finding:
    """What a check found: a message in plain words and the spans that caused it."""

    message: str
    evidence: list[Evidence] = field(default_factory=list)


Check = Callable[[Context], Finding | None]


@dataclass(frozen=True)
class Rule:
    """One rubric rule; `check.__doc__` says what it listens for."""

    code: str
    title: str
    severity: Severity
    fix: str
    probe: str | None
    check: Check
    full_only: bool = False

    @property
    def doc(self) -> str:
        return (self.check.__doc__ or "").strip()

    def run(self, ctx: Context) -> Finding | None:
        if self.full_only and ctx.fragment:
            return None
        return self.check(ctx)


def rule(
    code: str, title: str, severity: Severity, fix: str, probe: str | None = None, *, full_only: bool = False
) -> Callable[[Check], Rule]:
    """Declare a rule from its check function."""

    def wrap(check: Check) -> Rule:
        return Rule(code, title, severity, fix, probe, check, full_only)

    return wrap


def quote(evidence: list[Evidence], most: int = 3) -> str:
    """Quote the first few evidence spans for a message: 'we decided', 'we built'."""
    seen: list[str] = []
    for item in evidence:
        words = " ".join(item.text.split()).rstrip(".,;:!?")
        if words.lower() not in (s.lower() for s in seen):
            seen.append(words)
    shown = ", ".join(f"'{s}'" for s in seen[:most])
    return shown + (" ..." if len(seen) > most else "")
