"""Each rule fires on the words it listens for and stays quiet on the near misses."""

from __future__ import annotations

import pytest

from starcoach.analyzer import analyze
from starcoach.analyzer.rules import RULES
from tests.analyzer import stories as s

CASES = [
    # code, answer, expected, analyze keyword arguments
    ("we_language", s.story(action=s.WE_ACTIONS), True, {}),
    ("we_language", s.story(action=s.COLLECTIVE), True, {}),
    ("we_language", s.story(situation="We had an outage on search. " + s.STRONG["situation"]), False, {}),
    ("we_language", s.story(action=s.PAIRED), False, {}),
    ("we_language", s.story(), False, {}),
    (
        "we_language",
        s.story(
            action="Our squad shipped a cache for the synonym table after a load test at twice our "
            "peak, and as a group we settled on a three-day rollout behind a flag."
        ),
        True,
        {},
    ),
    ("manager_assigned", s.story(task=s.ASSIGNED_TASK), True, {}),
    ("manager_assigned", s.story(task=s.ASKED_TASK), True, {}),
    ("manager_assigned", s.story(task=s.UNASKED_TASK), False, {}),
    ("manager_assigned", "My manager asked me to pick it up since I had some spare bandwidth.", True, {}),
    ("manager_assigned", s.story(task="I got voluntold to take it on when the search lead went on leave."), True, {}),
    ("manager_assigned", s.story(task="The PM wanted someone to own the latency work, so I picked it up."), True, {}),
    (
        "manager_assigned",
        s.story(task="My manager asked me about the outage, and I said it was already mine."),
        False,
        {},
    ),
    ("handoff", s.story(action=s.HANDOFF_ACTIONS), True, {}),
    (
        "handoff",
        s.story(
            action="I traced the slow path to the catalog service. I looped in their SRE team and they took "
            "care of it within a week."
        ),
        True,
        {},
    ),
    ("handoff", s.story(action=s.WAITED_ACTIONS), True, {}),
    ("handoff", s.story(action=s.VISIBILITY_ACTIONS), False, {}),
    ("handoff", s.story(), False, {}),
    ("no_scope_boundary", s.story(situation=s.NO_SCOPE_SITUATION, task=""), True, {}),
    ("no_scope_boundary", s.story(situation=s.NO_SCOPE_SITUATION, task=s.UNASKED_TASK), False, {}),
    ("no_scope_boundary", s.story(situation=s.NO_SCOPE_SITUATION, task=s.ASSIGNED_TASK), False, {}),
    (
        "no_scope_boundary",
        s.story(situation=s.NO_SCOPE_SITUATION, task="As the DRI for search latency, I took it."),
        False,
        {},
    ),
    ("unquantified_result", s.story(result=s.VAGUE_RESULT), True, {}),
    ("unquantified_result", s.story(result=""), True, {}),
    ("unquantified_result", s.story(), False, {}),
    ("unquantified_result", "Honestly it improved things a lot and the team was much happier.", True, {}),
    ("unquantified_result", "Build time went from 40 minutes to 9, and flaky reruns stopped.", False, {}),
    ("vague_result", s.story(result=s.VAGUE_RESULT), True, {}),
    ("vague_result", s.story(), False, {}),
    ("no_business_impact", s.story(result=s.TECH_ONLY_RESULT), True, {}),
    ("no_business_impact", s.story(), False, {}),
    ("no_second_order", s.story(action=s.PAIRED, result=s.TECH_ONLY_RESULT), True, {}),
    ("no_second_order", s.story(), False, {}),
    ("generic_reflection", s.story(reflection=s.GENERIC_LESSON), True, {}),
    ("generic_reflection", s.story(reflection=s.SPECIFIC_COMMUNICATION), False, {}),
    ("generic_reflection", s.story(), False, {}),
    ("generic_reflection", "Next time I'd communicate more and involve stakeholders earlier.", True, {}),
    ("no_reflection", s.story(reflection=""), True, {}),
    ("no_reflection", s.story(), False, {}),
    ("no_systemic_reflection", s.story(reflection=s.TECHNICAL_LESSON), True, {"level": "senior"}),
    ("no_systemic_reflection", s.story(reflection=s.TECHNICAL_LESSON), False, {"level": "sde2"}),
    ("blame", s.story(action=s.BLAME_ACTIONS), True, {}),
    ("blame", s.story(), False, {}),
    ("hedging", s.story(action=s.HEDGED_ACTIONS), True, {}),
    ("hedging", s.story(), False, {}),
    ("no_verification", s.story(action=s.UNVERIFIED_ACTIONS), True, {}),
    ("no_verification", s.story(), False, {}),
    ("no_example", s.DODGE, True, {}),
    ("no_example", s.story(), False, {}),
    ("missing_situation", {"action": s.STRONG["action"], "result": s.STRONG["result"]}, True, {}),
    ("missing_situation", s.story(), False, {}),
    ("missing_task", {"situation": s.NO_SCOPE_SITUATION, "action": s.STRONG["action"]}, True, {}),
    ("missing_task", s.story(), False, {}),
    (
        "missing_action",
        {"situation": s.STRONG["situation"], "task": s.STRONG["task"], "result": s.STRONG["result"]},
        True,
        {},
    ),
    ("missing_action", s.story(), False, {}),
    ("missing_result", s.story(result=""), True, {}),
    ("missing_result", s.story(), False, {}),
    ("situation_too_long", s.story(situation=s.LONG_SITUATION), True, {}),
    ("situation_too_long", s.story(), False, {}),
    ("thin_action", s.story(action="I added a cache."), True, {}),
    ("thin_action", s.story(), False, {}),
    ("over_time", " ".join([s.story()] * 3), True, {}),
    ("over_time", s.story(), False, {}),
]


def _id(case: tuple[object, ...]) -> str:
    return f"{case[0]}-{'fires' if case[2] else 'quiet'}"


IDS = [f"{_id(c)}-{i}" for i, c in enumerate(CASES)]


@pytest.mark.parametrize(("code", "answer", "expected", "kwargs"), CASES, ids=IDS)
def test_rule(code: str, answer: str | dict[str, str], expected: bool, kwargs: dict[str, str]) -> None:
    report = analyze(answer, **kwargs)  # type: ignore[arg-type]
    assert report.has(code) is expected, report.codes()


@pytest.mark.parametrize(
    ("code", "answer", "expected", "kwargs"),
    [c for c in CASES if c[2]],
    ids=[i for i, c in zip(IDS, CASES, strict=True) if c[2]],
)
def test_evidence_points_at_the_users_words(
    code: str, answer: str | dict[str, str], expected: bool, kwargs: dict[str, str]
) -> None:
    report = analyze(answer, **kwargs)  # type: ignore[arg-type]
    flag = next(f for f in report.flags if f.code == code)
    for item in flag.evidence:
        assert report.text[item.start : item.end] == item.text
        assert item.text.strip()


def test_every_rule_is_declared_with_a_docstring_and_covered() -> None:
    covered = {code for code, *_ in CASES}
    for rule in RULES:
        assert rule.doc, rule.code
        assert rule.title and rule.fix
    assert {r.code for r in RULES} <= covered


def test_missing_steps_are_flagged_for_a_story_of_only_actions() -> None:
    actions = " ".join([s.STRONG["action"], s.PAIRED])
    report = analyze({"action": actions})
    assert {"missing_situation", "missing_task", "missing_result"} <= set(report.codes())
    assert not report.has("missing_action")
