"""Literal anchors of a pattern: words every match must contain, so a text without any skips the regex."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

_MIN = 3
_QUANTIFIERS = "?*{"
_REGISTRY: dict[int, tuple[str, ...]] = {}


def register(pattern: re.Pattern[str], source: str | None = None) -> re.Pattern[str]:
    """Remember the pattern's anchors (when every alternative has one) and return the pattern.

    `source` is the pattern as written, before any rewriting for speed, which keeps whole words visible.
    """
    found = anchors_of(source or pattern.pattern)
    if found:
        _REGISTRY[id(pattern)] = found
    return pattern


def absent(pattern: re.Pattern[str], text: str) -> bool:
    """Return True when the pattern cannot match `text` because none of its anchors occurs in it."""
    found = _REGISTRY.get(id(pattern))
    return found is not None and not any(anchor in text for anchor in found)


def anchors_of(source: str) -> tuple[str, ...] | None:
    """Return one required literal per top-level alternative, or None if some alternative has none."""
    body = _unwrap(source)
    out: list[str] = []
    for alternative in split_alternatives(body):
        literals = _longest_literal(alternative)
        if literals is None:
            return None
        out.extend(literals)
    return tuple(dict.fromkeys(out))


def _unwrap(source: str) -> str:
    """Strip a `\\b(?:...)\\b` wrapper so the alternatives inside are seen as top level."""
    inner = source
    for prefix in (r"\b", r"(?<!\w)"):
        if inner.startswith(prefix):
            inner = inner[len(prefix) :]
    if inner.endswith(r"\b"):
        inner = inner[:-2]
    if inner.startswith("(?:") and closing_paren(inner, 0) == len(inner) - 1:
        return inner[3:-1]
    return source


def _walk(text: str, start: int = 0) -> Iterator[tuple[int, str, int]]:
    """Yield (index, character, depth) for the structural characters of a regex source.

    Escapes and character classes are skipped whole; `depth` counts the groups open after the character.
    """
    depth = 0
    i = start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            i = _class_end(text, i) + 1
            continue
        depth += (ch == "(") - (ch == ")")
        yield i, ch, depth
        i += 1


def closing_paren(text: str, start: int) -> int:
    """Return the index of the parenthesis closing the group that opens at `start` (-1 if none)."""
    return next((i for i, ch, depth in _walk(text, start) if ch == ")" and depth == 0), -1)


def _class_end(text: str, start: int) -> int:
    i = start + 1
    while i < len(text) and text[i] != "]":
        i += 2 if text[i] == "\\" else 1
    return i


def split_alternatives(body: str) -> list[str]:
    """Split a regex source at its top-level `|`."""
    cuts = [i for i, ch, depth in _walk(body) if ch == "|" and depth == 0]
    bounds = [-1, *cuts, len(body)]
    return [body[a + 1 : b] for a, b in pairwise(bounds)]


def _longest_literal(alternative: str) -> tuple[str, ...] | None:
    """Return words one of which every match of this alternative contains.

    The longest plain run outside groups wins; failing that, a group that must match contributes its own
    alternatives' anchors.
    """
    runs: list[str] = []
    groups: list[tuple[str, ...]] = []
    run = ""
    i = 0
    while i < len(alternative):
        ch = alternative[i]
        nxt = alternative[i + 1] if i + 1 < len(alternative) else ""
        if ch == "(":
            runs.append(run)
            run = ""
            end = closing_paren(alternative, i)
            inner = _group_body(alternative[i + 1 : end])
            after = alternative[end + 1 : end + 3]
            if inner is not None and not after.startswith(("?", "*", "{0")):
                found = anchors_of(inner)
                if found:
                    groups.append(found)
            i = end + 1
            continue
        if ch == "[" or ch == "\\" or ch in ".^$+*?{}|":
            runs.append(run)
            run = ""
            if ch == "[":
                i = _class_end(alternative, i) + 1
            elif ch == "{":  # a counted repeat: skip its bounds
                i = alternative.index("}", i) + 1 if "}" in alternative[i:] else len(alternative)
            else:
                i += 2 if ch == "\\" else 1
            continue
        if nxt and nxt in _QUANTIFIERS:  # this character is optional or repeated: not a fixed literal
            runs.append(run)
            run = ""
        else:
            run += ch
        i += 1
    runs.append(run)
    best = max((r.strip() for r in runs), key=len, default="")
    if len(best) >= _MIN:
        return (best,)
    # The group whose shortest word is longest is the rarest in ordinary text: the best filter.
    return max(groups, key=lambda found: min(map(len, found))) if groups else None


def _group_body(group: str) -> str | None:
    """Return what a group matches, or None for a lookaround (which consumes nothing)."""
    if group.startswith(("?=", "?!", "?<=", "?<!")):
        return None
    if group.startswith("?:"):
        return group[2:]
    if group.startswith("?P<"):
        return group[group.index(">") + 1 :]
    return group
