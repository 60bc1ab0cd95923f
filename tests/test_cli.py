"""The `starcoach` command line: analyze, batch, listings, content commands, and plain errors."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from starcoach.analyzer import PRINCIPLES
from starcoach.analyzer.catalog import rules_markdown
from starcoach.cli import app
from tests.analyzer import stories as s

runner = CliRunner()


def test_analyze_prints_a_readable_report(tmp_path: Path) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(s.story(action=s.WE_ACTIONS))
    result = runner.invoke(app, ["analyze", str(answer), "--lp", "ownership", "--level", "senior"])
    assert result.exit_code == 0, result.output
    assert "No Hire" in result.output
    assert "'We' hides your part" in result.output


def test_analyze_json_from_stdin() -> None:
    result = runner.invoke(app, ["analyze", "-", "--json"], input=s.story())
    assert result.exit_code == 0
    data = json.loads(result.output)
    assert data["verdict"] in ("hire", "strong_hire")
    assert {"verdict", "score", "summary", "fixes", "flags", "sections", "principles", "follow_ups"} <= set(data)


def test_empty_input_exits_2_with_a_message() -> None:
    result = runner.invoke(app, ["analyze", "-"], input="  \n")
    assert result.exit_code == 2
    assert "empty" in result.output


def test_unknown_principle_exits_2() -> None:
    result = runner.invoke(app, ["analyze", "-", "--lp", "bravery"], input=s.story())
    assert result.exit_code == 2
    assert "unknown principle" in result.output


def test_missing_file_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["analyze", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2


def test_list_principles_prints_the_sixteen_slugs() -> None:
    result = runner.invoke(app, ["analyze", "--list-principles"])
    slugs = [line.split("\t")[0] for line in result.output.splitlines()]
    assert slugs == list(PRINCIPLES)


def test_rules_reference_in_docs_is_generated_from_the_declarations() -> None:
    result = runner.invoke(app, ["analyze", "--list-rules", "--markdown"])
    assert result.output == rules_markdown()
    docs = Path(__file__).resolve().parents[1] / "docs" / "analyzer.md"
    assert docs.read_text() == rules_markdown(), (
        "regenerate: starcoach analyze --list-rules --markdown > docs/analyzer.md"
    )


def test_batch_writes_one_line_per_input_and_survives_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a", "text": s.story(), "lp": "dive-deep", "level": "sde2"}),
        "{not json",
        json.dumps({"id": "c"}),
        json.dumps({"id": "d", "text": s.story(), "lp": "courage"}),
        json.dumps({"id": "e", "text": "   "}),
        json.dumps({"id": "f", "text": s.story(action=s.WE_ACTIONS), "question": "Tell me about a time..."}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["analyze", "--batch", str(path)])
    assert result.exit_code == 0
    out = [json.loads(line) for line in result.output.splitlines()]
    assert [row["id"] for row in out] == ["a", None, "c", "d", "e", "f"]
    assert out[0]["verdict"] in ("hire", "strong_hire")
    assert "invalid JSON" in out[1]["error"]
    assert "text" in out[2]["error"]
    assert "unknown principle" in out[3]["error"]
    assert "empty" in out[4]["error"]
    assert any(flag["code"] == "we_language" for flag in out[5]["flags"])


def test_content_commands() -> None:
    listed = runner.invoke(app, ["content", "list", "--principle", "ownership"])
    assert listed.exit_code == 0 and "ownership-problem-not-yours" in listed.output
    shown = runner.invoke(app, ["content", "show", "ownership-problem-not-yours"])
    assert shown.exit_code == 0 and "Situation" in shown.output
    stats = json.loads(runner.invoke(app, ["content", "stats", "--json"]).output)
    assert stats["principles"] == 16
    missing = runner.invoke(app, ["content", "show", "no-such-question"])
    assert missing.exit_code == 2 and "unknown question" in missing.output
