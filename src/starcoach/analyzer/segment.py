"""Assign every sentence to one STAR step by what it says, keeping the steps in order."""

from __future__ import annotations

import re
from collections.abc import Sequence

from starcoach.analyzer.lexicon import I_ACTOR, NUMBER, WE_ACTOR, compile_words, phrases
from starcoach.analyzer.scan import Scanner
from starcoach.analyzer.text import Sentence, SentenceIndex
from starcoach.content.models import STEPS, Step

_CUES = {
    "situation": compile_words(
        *phrases(
            r"""
        when I (?:was|joined) | I was (?:an?|the|on|working|one of) | I joined | I work(?:ed)? on | we had
        there (?:was|were) | at the time | (?:last|that) (?:year|quarter|summer)
        (?:years?|months?) (?:ago|earlier|into) | back (?:in|when) | had been | was (?:taking|running)
        started (?:seeing|taking|failing|climbing|growing) | (?:to give (?:some )?|some )background | so this was
        this was (?:at|when|during|about) | at my (?:previous|last|first)
        """
        )
    ),
    "task": compile_words(
        *phrases(
            r"""
        my (?:job|goal|task|role|responsibility|remit|problem|call) | was mine | were mine | I own(?:ed)?
        responsible for | I (?:needed|had) to | the goal was | I decided (?:to|that)
        (?:take|took) (?:it|this|that) on | nobody (?:had )?(?:asked|owned|claimed|was)
        no one (?:had )?(?:asked|owned) | no (?:ticket|alert|owner) | wasn't (?:my|our|anyone)
        not (?:my|our) (?:team|service|sprint|code|problem) | outside (?:my|our) | I committed to | on[- ]call
        part of my (?:role|job) | measured on | the (?:challenge|question|risk) was | asked me to | assigned me
        I was asked | my (?:manager|lead) (?:asked|assigned|gave) | set myself | gave myself | set out to
        I decided (?:not )?to | made (?:\w+ )?(?:things )?mine | I wanted (?:evidence|to know|to find|to understand)
        the plan was
        """
        )
    ),
    "action": compile_words(
        *phrases(
            r"""
        first,? | second,? | third,? | then | next | so I | I also | to test | I (?:paired|worked) with
        """
        )
    ),
    "result": compile_words(
        *phrases(
            r"""
        went (?:from|down|up|back) | dropped | fell | rose | reduced | saved | results? | in the end | by the end
        after (?:the (?:fix|change|launch|rollout|migration)|rollout|launch|that) | from \S+ (?:\S+ )?to
        (?:since|ever since) | renewed | adopted | outcome | impact | improved | happy | pleased | was back
        in the (?:first|next) (?:month|quarter|year) | over the (?:next|following) | no longer
        has (?:run|stayed|held)
        """
        )
    ),
    "reflection": compile_words(
        *phrases(
            r"""
        I learned | learned (?:that|from) | lessons? | takeaways? | take ?away | looking back | in hindsight
        next time | now,? (?:I|whenever|when|before|for any|in any|if) | I now | taught me | stuck with me
        what I(?:'d| would)? (?:took|take|keep|kept|repeat|carry) | the thing I'd
        if I (?:did|were to do) it again | I'd do differently | what I'd take | I try to
        I (?:always|usually) (?:try|make sure) | I make (?:a point|sure) to | learning experience
        (?:showed|taught|reminded) me | made me realize | I realized that | root cause was
        the real (?:\w+ )?(?:lesson|problem|issue|cause|fix|risk) | was never (?:really )?about
        (?:is|was) (?:a|an) (?:people|process|ownership|incentive|organizational) problem
        the lasting (?:fix|lesson|change) | what mattered
        (?:the )?(?:systemic|organizational|deeper) (?:cause|problem|issue|gap)
            at the end of the day | (?:took|take|taking) away | I took from | (?:what|thing) I do differently | differently now
    I(?:'ve| have) learned | what I've learned
    root cause (?:was|wasn't|is|isn't) | at root | the real (?:\w+ )?(?:gap|issue|problem|cause|lesson|risk) (?:was|is)
    turned out to be (?:a|an) \w+ problem | (?:nobody|no one) owned
"""
        )
    ),
}
_GENERAL = compile_words(r"is", r"are", r"isn't", r"aren't", r"means", r"makes", r"proves", r"lives")
_WEIGHTS = (1.0, 1.4, 0.8, 1.1, 2.2)
_CENTERS = (0.1, 0.24, 0.52, 0.84, 0.96)
_WIDTH = 0.3
_NO_LESSON = 0.8  # a sentence is a lesson only when its words say so
_DEED, _UNDEED, _COUNTED = 0.9, 0.6, 0.6
_START_SKIP, _ADVANCE, _SKIP = 1.2, 0.15, 0.6


def task_cue(text: str) -> bool:
    """Return whether the text says what the candidate set out to do or why it was theirs."""
    return bool(_CUES["task"].search(text.lower()))


def segment(scan: Scanner, sentences: Sequence[Sentence]) -> list[Step]:
    """Return one step per sentence, in STAR order, choosing the likeliest ordered assignment."""
    if not sentences:
        return []
    index = SentenceIndex(list(sentences))
    n = len(sentences)
    hits = [[0] * len(STEPS) for _ in range(n)]
    for k, step in enumerate(STEPS):
        for i in _bin(_CUES[step], scan, index):
            hits[i][k] += 1
    deeds = [0] * n
    for pattern in (I_ACTOR, WE_ACTOR):
        for i in _bin(pattern, scan, index):
            deeds[i] += 1
    counted = set(_bin(NUMBER, scan, index))
    for i in set(_bin(_GENERAL, scan, index)) - counted:
        if not deeds[i]:  # a general statement, neither a deed nor a measure: how lessons are told
            hits[i][4] += 1
    scores = [_score(hits[i], deeds[i], i in counted, (i + 0.5) / n) for i in range(n)]
    return [STEPS[k] for k in _best_path(scores)]


def _bin(pattern: re.Pattern[str], scan: Scanner, index: SentenceIndex) -> list[int]:
    return [index.at(start) for start, _ in scan.whole(pattern)]


def _score(hits: list[int], deeds: int, counted: bool, position: float) -> list[float]:
    row = [_WEIGHTS[k] * min(hits[k], 3) - ((position - _CENTERS[k]) / _WIDTH) ** 2 for k in range(len(STEPS))]
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
    moves = [[0.0 if j == k else -(_ADVANCE + _SKIP * (k - j - 1)) for j in range(k + 1)] for k in range(m)]
    best = [scores[0][k] - _START_SKIP * k for k in range(m)]
    back: list[list[int]] = []
    for row in scores[1:]:
        choices = []
        nxt = []
        for k in range(m):
            move = moves[k]
            j_best, v_best = 0, best[0] + move[0]
            for j in range(1, k + 1):
                v = best[j] + move[j]
                if v > v_best:
                    j_best, v_best = j, v
            nxt.append(v_best + row[k])
            choices.append(j_best)
        best = nxt
        back.append(choices)
    k = max(range(m), key=best.__getitem__)
    path = [k]
    for choices in reversed(back):
        k = choices[k]
        path.append(k)
    path.reverse()
    return path
