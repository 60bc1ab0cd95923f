"""The `starcoach` command line: one short function per command."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from starcoach.analyzer import PRINCIPLES, AnalyzerInputError, analyze
from starcoach.content.loader import DEFAULT_PACK, ContentError, load_library
from starcoach.content.models import Level

app = typer.Typer(help="An offline, explainable coach for behavioral interviews in STAR form.", no_args_is_help=True)
content_app = typer.Typer(help="Browse and check the content library.", no_args_is_help=True)
app.add_typer(content_app, name="content")


def _fail(message: str) -> typer.Exit:
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code=2)


@app.command("analyze")
def analyze_cmd(
    path: Annotated[str, typer.Argument(help="A file holding the answer, or - for standard input.")] = "-",
    question: Annotated[str | None, typer.Option(help="The question the answer replies to.")] = None,
    lp: Annotated[str | None, typer.Option(help="The principle slug the question targets.")] = None,
    level: Annotated[Level, typer.Option(help="The candidate's level: sde1, sde2 or senior.")] = "sde2",
    as_json: Annotated[bool, typer.Option("--json", help="Print the JSON report.")] = False,
    batch: Annotated[
        Path | None, typer.Option(help="Analyze a JSON-lines file; one JSON line out per line in.")
    ] = None,
    list_principles: Annotated[bool, typer.Option("--list-principles", help="List the principle slugs.")] = False,
    list_rules: Annotated[bool, typer.Option("--list-rules", help="List the rules the analyzer applies.")] = False,
    markdown: Annotated[
        bool, typer.Option("--markdown", help="With --list-rules: the full Markdown reference.")
    ] = False,
) -> None:
    """Score an answer against the STAR rubric and explain the verdict."""
    from starcoach import batch as batch_mod
    from starcoach.render import print_report

    if list_principles:
        for slug, name in PRINCIPLES.items():
            typer.echo(f"{slug}\t{name}")
        return
    if list_rules:
        from starcoach.analyzer.catalog import rules_markdown, rules_table

        typer.echo(
            rules_markdown() if markdown else "\n".join("\t".join(row) for row in rules_table()),
            nl=not markdown,
        )
        return
    if batch is not None:
        if not batch.is_file():
            raise _fail(f"cannot read {batch}: no such file")
        batch_mod.run(batch, sys.stdout)
        return
    text = sys.stdin.read() if path == "-" else _read(Path(path))
    try:
        report = analyze(text, question=question, lp=lp, level=level)
    except AnalyzerInputError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(report.model_dump_json(indent=2))
    else:
        print_report(report)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except OSError as exc:
        raise _fail(f"cannot read {path}: {exc.strerror}") from None


@content_app.command("list")
def content_list(
    principle: Annotated[str | None, typer.Option(help="Only this principle's questions.")] = None,
    pack: Annotated[str, typer.Option(help="The content pack.")] = DEFAULT_PACK,
) -> None:
    """List the questions with walkthroughs."""
    from starcoach.render import print_question_list

    try:
        library = load_library(pack)
        if principle is not None:
            library.principle(principle)
    except ContentError as exc:
        raise _fail(str(exc)) from None
    print_question_list(library, principle)


@content_app.command("show")
def content_show(
    question_id: Annotated[str, typer.Argument(help="The question id (see `starcoach content list`).")],
    pack: Annotated[str, typer.Option(help="The content pack.")] = DEFAULT_PACK,
) -> None:
    """Render a walkthrough for the terminal."""
    from starcoach.render import print_walkthrough

    try:
        walkthrough = load_library(pack).walkthrough(question_id)
    except ContentError as exc:
        raise _fail(str(exc)) from None
    print_walkthrough(walkthrough)


@content_app.command("check")
def content_check(pack: Annotated[str, typer.Option(help="The content pack.")] = DEFAULT_PACK) -> None:
    """Check the pack: schema, references, and agreement with the analyzer."""
    from starcoach.contentcheck import check_library

    try:
        problems = check_library(load_library(pack))
    except ContentError as exc:
        raise _fail(str(exc)) from None
    for problem in problems:
        typer.echo(problem)
    if problems:
        raise _fail(f"{len(problems)} problem(s) found")
    typer.echo("content OK")


@content_app.command("stats")
def content_stats(
    as_json: Annotated[bool, typer.Option("--json", help="Print one JSON object.")] = False,
    pack: Annotated[str, typer.Option(help="The content pack.")] = DEFAULT_PACK,
) -> None:
    """Count principles, questions, walkthroughs and quiz items."""
    import json

    from starcoach.contentcheck import stats

    try:
        counts = stats(load_library(pack))
    except ContentError as exc:
        raise _fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(counts))
    else:
        for key, value in counts.items():
            typer.echo(f"{key}: {value}")


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    db: Annotated[
        str | None, typer.Option(help="SQLAlchemy database URL (default: SQLite in the user data folder).")
    ] = None,
    open_browser: Annotated[bool, typer.Option("--open", help="Open the app in a browser.")] = False,
) -> None:
    """Run the web app."""
    from starcoach.web.server import serve

    serve(host=host, port=port, database_url=db, open_browser=open_browser)


def main() -> None:
    app()
