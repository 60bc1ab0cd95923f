"""Analyze a JSON-lines file: one JSON report out per line in; a bad line becomes an error line."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, TextIO

from starcoach.analyzer import AnalyzerInputError, analyze
from starcoach.content.models import LEVELS


def run(path: Path, out: TextIO) -> int:
    """Write one JSON line per input line to `out`; return how many lines failed."""
    failed = 0
    with path.open(encoding="utf-8", errors="replace") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            result = analyze_line(line, number)
            failed += "error" in result
            out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return failed


def analyze_line(line: str, number: int) -> dict[str, Any]:
    """Analyze one JSON line, or describe why it cannot be analyzed."""
    try:
        row = json.loads(line)
    except json.JSONDecodeError as exc:
        return {"id": None, "line": number, "error": f"invalid JSON: {exc.msg}"}
    if not isinstance(row, dict):
        return {"id": None, "line": number, "error": "expected a JSON object"}
    ident = row.get("id")
    text, level = row.get("text"), row.get("level") or "sde2"
    if not isinstance(text, str):
        return {"id": ident, "line": number, "error": "missing 'text' (a string)"}
    if level not in LEVELS:
        return {
            "id": ident,
            "line": number,
            "error": f"unknown level {level!r}; use one of {', '.join(LEVELS)}",
        }
    question, lp = row.get("question"), row.get("lp")
    try:
        report = analyze(
            text,
            question=question if isinstance(question, str) else None,
            lp=lp if isinstance(lp, str) or lp is None else str(lp),
            level=level,
        )
    except AnalyzerInputError as exc:
        return {"id": ident, "line": number, "error": str(exc)}
    return {"id": ident, **report.model_dump(mode="json")}
