"""Mock interviews: follow-ups aimed at the answer's gaps, and the bar raiser's scorecard."""

from __future__ import annotations

from starcoach.practice.mock import Reply, Scorecard, plan_follow_ups, score_mock
from tests.practice.practice_helpers import flag, follow_up, report

PROBES = [
    follow_up("What would you do differently next time?", "self-awareness and learning"),
    follow_up("What did you personally do, as opposed to the team?", "individual contribution"),
    follow_up("How did you verify the fix worked?", "rigor and testing"),
    follow_up("How did you handle the rollout with the owning team?", "cross-team follow-through"),
]
NAMES = {"ownership": "Ownership", "dive-deep": "Dive Deep"}


def test_a_gap_with_a_matching_probe_gets_the_walkthrough_question() -> None:
    plans = plan_follow_ups(report([flag("we_language", "disqualifier")]), PROBES)
    assert plans[0].prompt == PROBES[1].question
    assert plans[0].source == "walkthrough" and plans[0].gap == "we_language"
    assert len(plans) == 2


def test_two_serious_gaps_ask_three_follow_ups_without_repeats() -> None:
    flags = [flag("we_language", "disqualifier"), flag("no_verification", "major"), flag("handoff", "major")]
    plans = plan_follow_ups(report(flags), PROBES)
    assert [p.prompt for p in plans] == [PROBES[1].question, PROBES[2].question, PROBES[3].question]
    assert [p.gap for p in plans] == ["we_language", "no_verification", "handoff"]


def test_a_gap_without_a_probe_falls_back_to_the_analyzer() -> None:
    flags = [flag("situation_too_long", "major"), flag("over_time", "major")]
    plans = plan_follow_ups(report(flags, follow_ups=["Can you say it in 30 seconds?"]), PROBES)
    assert plans[0].source == "analyzer"
    assert plans[0].prompt == "Can you say it in 30 seconds?"
    assert len(plans) == 3


def test_a_clean_answer_still_gets_two_probes() -> None:
    plans = plan_follow_ups(report([], follow_ups=[]), PROBES)
    assert [p.prompt for p in plans] == [PROBES[0].question, PROBES[1].question]


def test_weak_replies_cost_a_step() -> None:
    replies = [
        Reply("Q1", "We did it together as a team.", ["we_language"]),
        Reply("Q2", "I measured the error rate before and after, from 2% to 0.1%, on the dashboard for a week."),
    ]
    card = score_mock(report([flag("we_language")], verdict="hire"), replies, names=NAMES)
    assert card.answer_verdict == "hire"
    assert card.verdict == "leaning_no_hire"
    assert card.score == 60
    assert "Leaning No Hire for Ownership." in card.debrief
    assert "1 of 2 follow-up replies were weak (we language)" in card.debrief


def test_strong_replies_keep_the_verdict_and_name_the_signals() -> None:
    detailed = "I wrote the fix, added a canary and watched the dashboard for a full week before closing it."
    card = score_mock(report(verdict="strong_hire"), [Reply("Q", detailed)] * 2, names=NAMES)
    assert card.verdict == "strong_hire"
    assert card.signals[0] == ("Ownership", 0.8)
    assert "stayed specific" in card.debrief
    assert Scorecard.from_dict(card.to_dict()) == card


def test_signals_on_a_percent_scale_are_normalized() -> None:
    card = score_mock(report(principles={"ownership": 80.0}), [], names=NAMES)
    assert card.signals == [("Ownership", 0.8)]
    assert "No follow-ups" in card.debrief
