"""Speaking-time targets per step and per level, and the sections report built from them."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from starcoach.analyzer.report import Section
from starcoach.analyzer.text import Sentence, count_words
from starcoach.content.models import STEPS, Level, Step

DEFAULT_WPM = 150.0
# Target seconds and the most a step should take before it hurts the answer.
TARGETS: dict[Step, tuple[int, int]] = {
    "situation": (30, 45),
    "task": (20, 35),
    "action": (90, 120),
    "result": (20, 35),
    "reflection": (15, 25),
}
# The whole answer's budget per level: (ideal from, ideal to) in seconds.
BUDGETS: dict[Level, tuple[int, int]] = {"sde1": (100, 130), "sde2": (130, 160), "senior": (150, 180)}
OVER_TIME_FACTOR = 1.2


def sections(
    text: str,
    sentences: Sequence[Sentence],
    steps: Sequence[Step],
    *,
    wpm: float = DEFAULT_WPM,
    measured: Mapping[str, float] | None = None,
) -> list[Section]:
    """Group consecutive sentences by step and time each group."""
    out: list[Section] = []
    for step in STEPS:
        members = [s for s, st in zip(sentences, steps, strict=True) if st == step]
        if not members:
            continue
        start, end = members[0].start, members[-1].end
        words = count_words(text[start:end])
        target, most = TARGETS[step]
        seconds = measured.get(step) if measured else None
        out.append(
            Section(
                step=step,
                start=start,
                end=end,
                words=words,
                seconds=round(seconds if seconds is not None else words * 60.0 / wpm, 1),
                target_seconds=target,
                max_seconds=most,
                measured=seconds is not None,
                sentences=len(members),
            )
        )
    return out
