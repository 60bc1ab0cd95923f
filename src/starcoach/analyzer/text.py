"""Split an answer into sentences with character spans, and count its words."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
# A sentence ends at . ! ? (and closing quotes) before whitespace, or at a line break.
_BOUNDARY = re.compile(r"[.!?\u2026][\"'\u201d\u2019)\]]*\s+|\s*\n\s*")
_ABBREVIATIONS = frozenset({"a.m.", "p.m.", "e.g.", "i.e.", "etc.", "vs.", "mr.", "mrs.", "ms.", "dr.", "approx."})


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the answer: its span in the original text and the text itself."""

    index: int
    start: int
    end: int
    text: str


def count_words(text: str) -> int:
    """Count spoken words: whitespace-separated tokens (fast, and 'on-call' is one word as it is said)."""
    return len(text.split())


def split_sentences(text: str, offset: int = 0) -> list[Sentence]:
    """Split text into sentences whose spans index into the original string."""
    pieces: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.start()
        if text[end] in ".!?\u2026":
            end += 1  # the sentence keeps its own full stop
        if "\n" not in match.group() and _ends_with_abbreviation(text, start, end):
            continue
        pieces.append((start, end))
        start = match.end()
    pieces.append((start, len(text)))
    sentences: list[Sentence] = []
    for s, e in pieces:
        s, e = _strip(text, s, e)
        if e > s and WORD.search(text, s, e):
            sentences.append(Sentence(len(sentences), s + offset, e + offset, text[s:e]))
    return sentences


def _ends_with_abbreviation(text: str, start: int, end: int) -> bool:
    last = text[max(start, end - 8) : end].rsplit(None, 1)
    return bool(last) and last[-1].lower() in _ABBREVIATIONS


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


class SentenceIndex:
    """Map character offsets to the sentence that holds them."""

    def __init__(self, sentences: list[Sentence]) -> None:
        self._starts = [s.start for s in sentences]

    def at(self, offset: int) -> int:
        """Return the index of the sentence containing `offset` (or the one before a gap)."""
        return max(0, bisect_right(self._starts, offset) - 1)
