"""What every rule sees: the text, its sentences and their steps, and who is answering."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from starcoach.analyzer.report import Evidence, Section
from starcoach.analyzer.scan import Scanner
from starcoach.analyzer.text import Sentence
from starcoach.content.models import STEPS, Level, Step

# Below this many words an answer is a reply to a follow-up, not a whole STAR story.
FRAGMENT_WORDS = 70


@dataclass(frozen=True)
class Context:
    """The analyzed answer as rules read it.

    Patterns run over `lower`, a lower-cased copy of `text` of the same length, so that matching is
    case-blind and fast while every span still indexes the user's own words.
    """

    scan: Scanner
    sentences: list[Sentence]
    steps: list[Step]
    sections: dict[Step, Section]
    level: Level
    lp: str | None
    question: str | None
    words: int
    seconds: float
    budget: tuple[int, int]
    fragment: bool
    _cache: dict[object, object] = field(default_factory=dict, repr=False, compare=False)

    def sentences_in(self, *steps: Step) -> list[Sentence]:
        """Return the sentences assigned to any of `steps` (all sentences when none are named)."""
        if not steps:
            return self.sentences
        return [s for s, st in zip(self.sentences, self.steps, strict=True) if st in steps]

    def text_in(self, *steps: Step) -> str:
        return " ".join(self.lower_of(s) for s in self.sentences_in(*steps))

    def lower_of(self, sentence: Sentence) -> str:
        return self.lower[sentence.start : sentence.end]

    def find(self, pattern: re.Pattern[str], *steps: Step) -> list[Evidence]:
        """Return evidence for every match of `pattern` inside `steps` (the whole text for a fragment)."""
        return [self.evidence(start, end) for start, end in self.spans(pattern, *steps)]

    def spans(self, pattern: re.Pattern[str], *steps: Step) -> list[tuple[int, int]]:
        """Return the (start, end) of every match inside the named steps' sections (the whole text for none)."""
        if not steps or self.fragment:
            return self.scan.whole(pattern)
        ranges = [(self.sections[s].start, self.sections[s].end) for s in STEPS if s in steps and s in self.sections]
        return self.scan.within(pattern, ranges)

    @property
    def text(self) -> str:
        return self.scan.text

    @property
    def lower(self) -> str:
        return self.scan.lower

    def evidence(self, start: int, end: int) -> Evidence:
        return Evidence(start=start, end=end, text=self.text[start:end])

    def whole(self, sentence: Sentence) -> Evidence:
        return self.evidence(sentence.start, sentence.end)

    def has_step(self, step: Step) -> bool:
        return step in self.sections

    @property
    def first_action_index(self) -> int:
        """Return the index of the first sentence told as action (or the count when there is none)."""
        return next((i for i, st in enumerate(self.steps) if st == "action"), len(self.steps))
