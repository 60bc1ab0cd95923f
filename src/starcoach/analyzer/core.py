"""The analyzer's entry point: segment, time, apply the rules, judge."""

from __future__ import annotations

from collections.abc import Mapping

from starcoach.analyzer.context import FRAGMENT_WORDS, Context
from starcoach.analyzer.errors import AnalyzerInputError, AnswerTooLongError, EmptyAnswerError
from starcoach.analyzer.followups import follow_ups
from starcoach.analyzer.principles import check_principle
from starcoach.analyzer.report import Flag, Report
from starcoach.analyzer.rules import RULES
from starcoach.analyzer.scan import Scanner
from starcoach.analyzer.segment import segment
from starcoach.analyzer.signals import principle_signals
from starcoach.analyzer.text import Sentence, count_words, split_sentences
from starcoach.analyzer.timing import BUDGETS, DEFAULT_WPM, sections
from starcoach.analyzer.verdict import judge, severity_for
from starcoach.content.models import LEVELS, STEPS, Level, Step

MAX_WORDS = 20_000
STEP_SEPARATOR = "\n\n"


def analyze(
    answer: str | Mapping[str, str],
    *,
    question: str | None = None,
    lp: str | None = None,
    level: Level = "sde2",
    measured_seconds: Mapping[str, float] | None = None,
    wpm: float = DEFAULT_WPM,
) -> Report:
    """Score an answer against the STAR rubric and explain the verdict.

    `answer` is the spoken answer as one text, or a mapping step -> text when the user wrote it step by step;
    evidence spans index into `Report.text` (the steps joined by blank lines in STAR order).
    """
    check_principle(lp)
    if level not in LEVELS:
        raise AnalyzerInputError(f"unknown level {level!r}; use one of {', '.join(LEVELS)}")
    ctx = _context(answer, question=question, lp=lp, level=level, measured=measured_seconds, wpm=wpm)
    text, found, words, seconds = ctx.text, list(ctx.sections.values()), ctx.words, ctx.seconds
    flags = _apply_rules(ctx)
    judgment = judge(flags, level=level, lp=lp, fragment=ctx.fragment)
    codes = {f.code for f in flags}
    return Report(
        text=text,
        verdict=judgment.verdict,
        score=judgment.score,
        summary=judgment.summary,
        fixes=judgment.fixes,
        flags=flags,
        sections=found,
        principles=principle_signals(
            ctx.lower,
            owned=not codes & {"manager_assigned", "handoff", "we_language"},
            measured="unquantified_result" not in codes,
        ),
        follow_ups=follow_ups(flags, ctx.lower, lp),
        level=level,
        lp=lp,
        words=words,
        seconds=seconds,
        budget_seconds=BUDGETS[level],
    )


def _context(
    answer: str | Mapping[str, str],
    *,
    question: str | None,
    lp: str | None,
    level: Level,
    measured: Mapping[str, float] | None,
    wpm: float,
) -> Context:
    """Split, segment and time the answer: everything the rules read."""
    text, sentences, steps, scan = _prepare(answer)
    if not sentences:
        raise EmptyAnswerError("the answer is empty: write or say at least one sentence")
    found = sections(text, sentences, steps, wpm=wpm, measured=measured)
    words = sum(s.words for s in found)
    return Context(
        scan=scan,
        sentences=sentences,
        steps=steps,
        sections={s.step: s for s in found},
        level=level,
        lp=lp,
        question=question,
        words=words,
        seconds=round(sum(s.seconds for s in found), 1),
        budget=BUDGETS[level],
        fragment=words < FRAGMENT_WORDS and not isinstance(answer, Mapping),
    )


def _check_length(text: str) -> None:
    # A cheap upper bound first: only a text that might be too long is counted properly.
    if len(text) > MAX_WORDS * 2 and count_words(text) > MAX_WORDS:
        raise AnswerTooLongError(f"the answer has {count_words(text):,} words; the limit is {MAX_WORDS:,}")


def _prepare(answer: str | Mapping[str, str]) -> tuple[str, list[Sentence], list[Step], Scanner]:
    """Return the text, its sentences and their steps (segmented by content, or as the user split them)."""
    _check_length(answer if isinstance(answer, str) else " ".join(str(v) for v in answer.values()))
    if not isinstance(answer, Mapping):
        scan = Scanner(answer)
        sentences = split_sentences(answer)
        return answer, sentences, segment(scan, sentences), scan
    return _split_by_steps(answer)


def _split_by_steps(answer: Mapping[str, str]) -> tuple[str, list[Sentence], list[Step], Scanner]:
    """Keep the user's own split: each step's sentences belong to that step, in STAR order."""
    unknown = set(answer) - set(STEPS)
    if unknown:
        raise AnalyzerInputError(f"unknown step(s) {', '.join(sorted(unknown))}; use {', '.join(STEPS)}")
    parts: list[str] = []
    sentences: list[Sentence] = []
    steps: list[Step] = []
    offset = 0
    for step in STEPS:
        chunk = (answer.get(step) or "").strip()
        if not chunk:
            continue
        if parts:
            offset += len(STEP_SEPARATOR)
        for s in split_sentences(chunk, offset):
            sentences.append(Sentence(len(sentences), s.start, s.end, s.text))
            steps.append(step)
        parts.append(chunk)
        offset += len(chunk)
    text = STEP_SEPARATOR.join(parts)
    return text, sentences, steps, Scanner(text)


def _apply_rules(ctx: Context) -> list[Flag]:
    flags: list[Flag] = []
    for rule in RULES:
        finding = rule.run(ctx)
        if finding is None:
            continue
        flags.append(
            Flag(
                code=rule.code,
                severity=severity_for(rule.code, ctx.level),
                title=rule.title,
                message=finding.message,
                evidence=finding.evidence,
            )
        )
    return flags
