"""Run patterns over an answer's lower-cased text, each at most once over the whole text."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starcoach.analyzer.anchors import absent
from starcoach.analyzer.lexicon import lower_text

Span = tuple[int, int]


class Scanner:
    """Find pattern matches in `lower`, a lower-cased copy of the text with the same length and offsets.

    A pattern searched over the whole text is remembered, so later searches of parts of the text
    (one STAR step, say) filter those matches instead of scanning again.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.lower = lower_text(text)
        self._whole: dict[int, list[Span]] = {}
        self._parts: dict[tuple[int, tuple[Span, ...]], list[Span]] = {}
        self._missing: dict[int, bool] = {}

    def whole(self, pattern: re.Pattern[str]) -> list[Span]:
        """Return every match over the whole text."""
        found = self._whole.get(id(pattern))
        if found is None:
            found = [] if self._absent(pattern) else [m.span() for m in pattern.finditer(self.lower)]
            self._whole[id(pattern)] = found
        return found

    def _absent(self, pattern: re.Pattern[str]) -> bool:
        """Return whether none of the pattern's anchors occurs anywhere in the text (checked once)."""
        known = self._missing.get(id(pattern))
        if known is None:
            known = self._missing[id(pattern)] = absent(pattern, self.lower)
        return known

    def within(self, pattern: re.Pattern[str], ranges: Sequence[Span]) -> list[Span]:
        """Return the matches that lie inside `ranges` (scanning only those ranges unless already known)."""
        key = (id(pattern), tuple(ranges))
        found = self._parts.get(key)
        if found is not None:
            return found
        whole = self._whole.get(id(pattern))
        if whole is not None:
            found = [(s, e) for s, e in whole if any(a <= s and e <= b for a, b in ranges)]
        elif self._absent(pattern):
            found = []
        else:
            found = [m.span() for a, b in ranges for m in pattern.finditer(self.lower, a, b)]
        self._parts[key] = found
        return found
