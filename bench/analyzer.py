"""Measure the analyzer on the labelled dev set: per-flag precision/recall/F1, verdict accuracy, speed.

Usage: python bench/analyzer.py [--data ../shared/eval/dev.jsonl] [--errors] [--repeat 20]
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from pathlib import Path

from starcoach.analyzer import analyze
from starcoach.analyzer.evaluation import load_labelled, tally

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def accuracy(rows: list[dict[str, object]], show_errors: bool) -> None:
    result = tally(rows)
    if show_errors:
        for line in result.errors:
            print(f"  {line}", file=sys.stderr)
    print(f"{'flag':<22}{'precision':>10}{'recall':>8}{'F1':>7}{'support':>9}")
    for flag, (tp, fp, fn) in result.counts.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        print(f"{flag:<22}{p:>10.3f}{r:>8.3f}{result.f1(flag):>7.3f}{tp + fn:>9}")
    print(f"verdict accuracy (strong vs weak): {result.right}/{result.judged} = {result.right / result.judged:.1%}")


def segmentation() -> None:
    """Sentence-level step accuracy on the content pack's model answers, whose steps are known."""
    from collections import Counter

    from starcoach.analyzer.scan import Scanner
    from starcoach.analyzer.segment import segment
    from starcoach.analyzer.text import split_sentences
    from starcoach.content import load_library

    right = total = 0
    confusions: Counter[tuple[str, str]] = Counter()
    for walkthrough in load_library().walkthroughs.values():
        gold = [card.step for card in walkthrough.steps for _ in split_sentences(card.example)]
        text = walkthrough.strong_text()
        sentences = split_sentences(text)
        for truth, guess in zip(gold, segment(Scanner(text), sentences), strict=True):
            total += 1
            right += truth == guess
            confusions[(truth, guess)] += truth != guess
    worst = ", ".join(f"{t}->{g} {n}" for (t, g), n in confusions.most_common(3) if n)
    print(f"segmentation on model answers: {right}/{total} sentences = {right / total:.1%} (most confused: {worst})")


def speed(rows: list[dict[str, object]], repeat: int) -> None:
    """Time each answer `repeat` times; the ratio compares the best run of each against one tokenizing pass."""
    texts = [str(r["text"]) for r in rows]
    for text in texts:  # warm up caches and lazy compilation
        analyze(text)
    runs: list[float] = []
    ratios: list[float] = []
    for text in texts:
        ours, base = [], []
        for _ in range(repeat):
            t0 = time.perf_counter()
            analyze(text)
            t1 = time.perf_counter()
            re.findall(r"\w+", text)
            t2 = time.perf_counter()
            ours.append((t1 - t0) * 1e6)
            base.append((t2 - t1) * 1e6)
        runs.extend(ours)
        ratios.append(min(ours) / min(base))
    runs.sort()
    median, p99 = statistics.median(runs), runs[max(0, int(len(runs) * 0.99) - 1)]
    print(f"speed over {len(runs)} analyses: median {median:.0f} us, p99 {p99:.0f} us per answer")
    print(f"median ratio to one re.findall(r'\\w+') pass (best of {repeat} each): {statistics.median(ratios):.1f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--errors", action="store_true", help="list every disagreement on stderr")
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    rows = load_labelled(args.data)
    print(f"dev set: {args.data} ({len(rows)} answers)")
    accuracy(rows, args.errors)
    segmentation()
    speed(rows, args.repeat)


if __name__ == "__main__":
    main()
