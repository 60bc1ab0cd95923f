"""No text crashes the analyzer, and every span it reports is a real slice of that text."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from starcoach.analyzer import AnalyzerInputError, analyze

FRAGMENTS = st.sampled_from(
    [
        "I",
        "we",
        "decided",
        "my manager asked me",
        "<script>alert(1)</script>",
        "🚀",
        "İstanbul",
        "ß",
        "\n\n",
        "went from 3 to 4",
        "I learned",
        "communication is important",
        ".",
        "?",
        "—",
        "नमस्ते",
        "日本語",
        "0.3%",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(st.one_of(FRAGMENTS, st.text(max_size=8)), max_size=40).map(" ".join))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_any_text_is_analyzed_or_refused_cleanly(text: str) -> None:
    try:
        report = analyze(text)
    except AnalyzerInputError:
        return
    assert 0 <= report.score <= 100
    for flag in report.flags:
        for item in flag.evidence:
            assert 0 <= item.start <= item.end <= len(report.text)
            assert report.text[item.start : item.end] == item.text
    for section in report.sections:
        assert 0 <= section.start <= section.end <= len(report.text)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["situation", "task", "action", "result", "reflection"]), TEXTS))
def test_any_step_mapping_is_analyzed_or_refused_cleanly(parts: dict[str, str]) -> None:
    try:
        report = analyze(parts)
    except AnalyzerInputError:
        return
    assert {sec.step for sec in report.sections} <= set(parts)
