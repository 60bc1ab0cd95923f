"""Every rubric rule, declared once; docs, CLI help and the report are derived from these."""

from starcoach.analyzer.rules import ownership, reflection, result, structure, voice
from starcoach.analyzer.rules.base import Finding, Rule

RULES: tuple[Rule, ...] = (
    *ownership.RULES,
    *voice.RULES,
    *result.RULES,
    *reflection.RULES,
    *structure.RULES,
)
BY_CODE: dict[str, Rule] = {r.code: r for r in RULES}

__all__ = ["BY_CODE", "RULES", "Finding", "Rule"]
