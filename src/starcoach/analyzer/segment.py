"""Assign every sentence to one STAR step by what it says, keeping the steps in order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starcoach.analyzer.lexicon import I_ACTOR, NUMBER, WE_ACTOR, compile_words, lower_text
from starcoach.analyzer.text import Sentence, SentenceIndex
from starcoach.content.models import STEPS, Step

_CUES = {
    "situation": compile_words(
        r"when I (?:was|joined)", r"I was (?:an?|the|on|working|one of)", r"I joined", r"I work(?:ed)? on",
        r"we had", r"there (?:was|were)", r"at the time", r"(?:last|that) (?:year|quarter|summer)",
        r"(?:years?|months?) (?:ago|earlier|into)", r"back (?:in|when)", r"had been", r"was (?:taking|running)",
        r"started (?:seeing|taking|failing|climbing|growing)", r"(?:to give (?:some )?|some )background",
        r"so this was", r"this was (?:at|when|during|about)", r"at my (?:previous|last|first)",
    ),
    "task": compile_words(
        r"my (?:job|goal|task|role|responsibility|remit|problem|call)", r"was mine", r"were mine",
        r"I own(?:ed)?", r"responsible for", r"I (?:needed|had) to", r"the goal was", r"I decided (?:to|that)",
        r"(?:take|took) (?:it|this|that) on", r"nobody (?:had )?(?:asked|owned|claimed|was)",
        r"no one (?:had )?(?:asked|owned)", r"no (?:ticket|alert|owner)", r"wasn't (?:my|our|anyone)",
        r"not (?:my|our) (?:team|service|sprint|code|problem)", r"outside (?:my|our)", r"I committed to",
        r"on[- ]call", r"part of my (?:role|job)", r"measured on", r"the (?:challenge|question|risk) was",
        r"asked me to", r"assigned me", r"I was asked", r"my (?:manager|lead) (?:asked|assigned|gave)",
    ),
    "action": compile_words(
        r"first,?", r"second,?", r"third,?", r"then", r"next", r"so I", r"I also", r"to test",
        r"I (?:paired|worked) with",
    ),
    "result": compile_words(
        r"went (?:from|down|up|back)", r"dropped", r"fell", r"rose", r"reduced", r"saved", r"results?",
        r"in the end", r"by the end", r"after (?:the (?:fix|change|launch|rollout|migration)|rollout|launch|that)",
        r"from \S+ (?:\S+ )?to", r"(?:since|ever since)", r"renewed", r"adopted", r"outcome", r"impact",
        r"improved", r"happy", r"pleased", r"was back", r"in the (?:first|next) (?:month|quarter|year)",
        r"over the (?:next|following)", r"no longer", r"has (?:run|stayed|held)",
    ),
    "reflection": compile_words(
        r"I learned", r"learned (?:that|from)", r"lessons?", r"takeaways?", r"take ?away", r"looking back",
        r"in hindsight", r"next time", r"now,? (?:I|whenever|when|before|for any|in any|if)", r"I now",
        r"taught me", r"stuck with me", r"what I (?:took|take|keep|kept|'d keep|would keep|'d take|'d repeat)",
        r"the thing I'd", r"if I (?:did|were to do) it again", r"I'd do differently", r"what I'd take",
        r"I try to", r"I (?:always|usually) (?:try|make sure)", r"I make (?:a point|sure) to",
        r"learning experience", r"(?:showed|taught|reminded) me", r"made me realize", r"I realized that",
    ),
}
_WEIGHTS = (1.0, 1.4, 0.8, 1.1, 2.2)
_CENTERS = (0.07, 0.2, 0.5, 0.84, 0.96)
_WIDTH = 0.3
_NO_LESSON = 0.8  # a sentence is a lesson only when its words say so
_DEED, _UNDEED, _COUNTED = 0.9, 0.6, 0.6
_START_SKIP, _ADVANCE, _SKIP = 1.2, 0.15, 0.6


def task_cue(text: str) -> bool:
    """Return whether the text says what the candidate set out to do or why it was theirs."""
    return bool(_CUES["task"].search(text.lower()))


def segment(text: str, sentences: Sequence[Sentence]) -> list[Step]:
    """Return one step per sentence, in STAR order, choosing the likeliest ordered assignment."""
    if not sentences:
        return []
    text = lower_text(text)
    index = SentenceIndex(list(sentences))
    n = len(sentences)
    hits = [[0] * len(STEPS) for _ in range(n)]
    for k, step in enumerate(STEPS):
        for i in _bin(_CUES[step], text, index):
            hits[i][k] += 1
    deeds = [0] * n
    for pattern in (I_ACTOR, WE_ACTOR):
        for i in _bin(pattern, text, index):
            deeds[i] += 1
    counted = set(_bin(NUMBER, text, index))
    scores = [_score(hits[i], deeds[i], i in counted, (i + 0.5) / n) for i in range(n)]
    return [STEPS[k] for k in _best_path(scores)]


def _bin(pattern: re.Pattern[str], text: str, index: SentenceIndex) -> list[int]:
    return [index.at(m.start()) for m in pattern.finditer(text)]


def _score(hits: list[int], deeds: int, counted: bool, position: float) -> list[float]:
    row = [
        _WEIGHTS[k] * min(hits[k], 3) - ((position - _CENTERS[k]) / _WIDTH) ** 2 for k in range(len(STEPS))
    ]
    if not hits[4]:
        row[4] -= _NO_LESSON
    row[2] += _DEED * min(deeds, 3)
    row[3] -= _UNDEED * min(deeds, 3)
    if counted:
        row[3] += _COUNTED
    return row


def _best_path(scores: list[list[float]]) -> list[int]:
    """Viterbi over steps that never go backwards; skipping a step costs a little."""
    m = len(STEPS)
    best = [scores[0][k] - _START_SKIP * k for k in range(m)]
    back: list[list[int]] = []
    for row in scores[1:]:
        prev, choices, best = best, [], []
        for k in range(m):
            value, j = max((prev[j] - (0.0 if j == k else _ADVANCE + _SKIP * (k - j - 1)), j) for j in range(k + 1))
            best.append(value + row[k])
            choices.append(j)
        back.append(choices)
    k = max(range(m), key=lambda s: best[s])
    path = [k]
    for choices in reversed(back):
        k = choices[k]
        path.append(k)
    path.reverse()
    return path
