"""Mark spans of user or content text with <mark>, escaping everything else."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from starcoach.analyzer.report import Report

_UNSAFE_CLASS = re.compile(r"[^a-z0-9-]")


@dataclass(frozen=True)
class Span:
    """A range of text to mark, with the label shown on hover and a CSS kind."""

    start: int
    end: int
    label: str
    kind: str
    number: int | None = None


def highlight_spans(text: str, spans: Iterable[Span]) -> Markup:
    """Return `text` escaped, with each span wrapped in <mark>; overlapping spans are clipped."""
    out: list[Markup] = []
    pos = 0
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        start, end = max(span.start, pos), min(span.end, len(text))
        if start >= end:
            continue
        out.append(escape(text[pos:start]))
        out.append(_mark(text[start:end], span))
        pos = end
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def _mark(words: str, span: Span) -> Markup:
    kind = _UNSAFE_CLASS.sub("", span.kind)
    number = "" if span.number is None else f' data-n="{int(span.number)}"'
    return Markup(f'<mark class="hl hl-{kind}" title="{escape(span.label)}"{number}>{escape(words)}</mark>')


def highlight_phrases(text: str, phrases: Sequence[str], kind: str = "key") -> Markup:
    """Mark every verbatim occurrence of the key phrases in `text`."""
    spans = [
        Span(m.start(), m.end(), "Key phrase", kind)
        for phrase in phrases
        if phrase
        for m in re.finditer(re.escape(phrase), text)
    ]
    return highlight_spans(text, spans)


def flag_spans(report: Report) -> list[Span]:
    """Return a span per evidence of every flag, numbered like the flag list."""
    return [
        Span(ev.start, ev.end, flag.title, flag.severity, number)
        for number, flag in enumerate(report.flags, start=1)
        for ev in flag.evidence
    ]
