"""The analyzer's public contract: input handling, the report's shape, and what level and principle change."""

from __future__ import annotations

import json

import pytest

from starcoach.analyzer import (
    MAX_WORDS,
    PRINCIPLES,
    AnswerTooLongError,
    EmptyAnswerError,
    UnknownPrincipleError,
    analyze,
)
from tests.analyzer import stories as s

CONTRACT_KEYS = {"verdict", "score", "summary", "fixes", "flags", "sections", "principles", "follow_ups"}


def test_a_strong_story_is_a_hire_with_every_step_found() -> None:
    report = analyze(s.story(), lp="dive-deep")
    assert report.verdict in ("hire", "strong_hire")
    assert [sec.step for sec in report.sections] == ["situation", "task", "action", "result", "reflection"]
    assert not [f for f in report.flags if f.severity != "minor"]


def test_a_weak_story_is_below_the_bar_and_explains_why() -> None:
    report = analyze(s.story(action=s.WE_ACTIONS, result=s.VAGUE_RESULT, reflection=s.GENERIC_LESSON))
    assert report.verdict == "no_hire"
    assert report.score < 40
    assert "'we'" in report.summary.lower() or "we" in report.summary
    assert 1 <= len(report.fixes) <= 3
    assert len(set(report.fixes)) == len(report.fixes)


def test_json_report_keeps_the_contract_keys() -> None:
    data = json.loads(analyze(s.story()).model_dump_json())
    assert set(data) >= CONTRACT_KEYS
    assert set(data["sections"][0]) >= {"step", "start", "end", "words", "seconds", "target_seconds"}
    assert set(data["principles"]) == set(PRINCIPLES)
    assert all(0.0 <= v <= 1.0 for v in data["principles"].values())
    assert 2 <= len(data["follow_ups"]) <= 4


def test_sections_cover_the_text_in_order_and_time_at_the_given_pace() -> None:
    text = s.story()
    slow, fast = analyze(text, wpm=100), analyze(text, wpm=200)
    starts = [sec.start for sec in slow.sections]
    assert starts == sorted(starts)
    assert slow.sections[0].start == 0 and slow.sections[-1].end == len(text.rstrip())
    assert slow.seconds == pytest.approx(2 * fast.seconds, rel=0.05)


def test_measured_seconds_replace_the_estimate() -> None:
    report = analyze(s.STRONG, measured_seconds={"action": 140.0})
    action = next(sec for sec in report.sections if sec.step == "action")
    assert action.measured and action.seconds == 140.0
    assert not next(sec for sec in report.sections if sec.step == "task").measured


def test_an_answer_split_by_step_keeps_the_users_split_and_spans() -> None:
    parts = dict(s.STRONG, action=s.WE_ACTIONS)
    report = analyze(parts)
    assert [sec.step for sec in report.sections] == list(parts)
    action = next(sec for sec in report.sections if sec.step == "action")
    assert report.text[action.start : action.end] == s.WE_ACTIONS
    flag = next(f for f in report.flags if f.code == "we_language")
    assert all(action.start <= e.start < action.end for e in flag.evidence)


def test_same_answer_same_report() -> None:
    text = s.story(result=s.VAGUE_RESULT)
    assert analyze(text, lp="ownership").model_dump() == analyze(text, lp="ownership").model_dump()


def test_the_senior_bar_wants_a_systemic_lesson() -> None:
    answer = s.story(reflection=s.TECHNICAL_LESSON)
    assert analyze(answer, level="senior").score < analyze(answer, level="sde2").score


def test_an_ownership_question_weighs_scope_most() -> None:
    answer = s.story(situation=s.NO_SCOPE_SITUATION, task="")
    assert analyze(answer, lp="ownership").score < analyze(answer, lp="frugality").score
    assert analyze(answer, lp="ownership").summary.startswith("Leaning No Hire for Ownership")


def test_level_budgets_grow_with_seniority() -> None:
    budgets = [analyze(s.story(), level=lvl).budget_seconds for lvl in ("sde1", "sde2", "senior")]  # type: ignore[arg-type]
    assert budgets == sorted(budgets)
    assert budgets[0][1] <= 135 and budgets[2] == (150, 180)


def test_follow_ups_come_from_the_gaps() -> None:
    report = analyze(s.story(action=s.UNVERIFIED_ACTIONS))
    assert report.follow_ups[0] == "How did you confirm the fix worked?"


@pytest.mark.parametrize("text", ["", "   \n\t ", "... !!! ---"])
def test_empty_answers_are_refused(text: str) -> None:
    with pytest.raises(EmptyAnswerError):
        analyze(text)


def test_an_empty_step_mapping_is_refused() -> None:
    with pytest.raises(EmptyAnswerError):
        analyze({"situation": " ", "action": ""})


def test_too_long_answers_are_refused() -> None:
    with pytest.raises(AnswerTooLongError):
        analyze("word " * (MAX_WORDS + 1))


def test_unknown_principle_is_a_clear_error() -> None:
    with pytest.raises(UnknownPrincipleError, match="list-principles"):
        analyze(s.story(), lp="customer-obession")


def test_principle_signals_follow_the_story() -> None:
    report = analyze(s.story())
    assert report.principles["dive-deep"] > report.principles["hire-and-develop-the-best"]
