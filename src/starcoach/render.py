"""Render reports and walkthroughs for the terminal with Rich."""

from __future__ import annotations

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from starcoach.analyzer import PRINCIPLES, Report
from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough

VERDICT_STYLE = {
    "strong_hire": "bold green",
    "hire": "green",
    "leaning_no_hire": "yellow",
    "no_hire": "bold red",
}
SEVERITY_STYLE = {"disqualifier": "bold red", "major": "yellow", "minor": "cyan"}


def print_report(report: Report, console: Console | None = None) -> None:
    """Print a report: verdict, time per step, flags with the user's words, fixes and follow-ups."""
    console = console or Console()
    label = report.verdict.replace("_", " ").title()
    console.print(Panel(Text(report.summary), title=f"[{VERDICT_STYLE[report.verdict]}]{label}  {report.score}/100"))
    console.print(_sections_table(report))
    for flag in report.flags:
        console.print(Text.assemble((f"[{flag.severity}] ", SEVERITY_STYLE[flag.severity]), (flag.title, "bold")))
        console.print(Text(f"  {flag.message}"))
    if report.fixes:
        console.print(Text("Fixes that raise the verdict most", style="bold"))
        for i, fix in enumerate(report.fixes, 1):
            console.print(f"  {i}. {fix}")
    console.print(Text("What the interviewer may ask next", style="bold"))
    for question in report.follow_ups:
        console.print(f"  - {question}")


def _sections_table(report: Report) -> Table:
    table = Table(title=f"Timing: {report.seconds:.0f} s of {report.budget_seconds[0]}-{report.budget_seconds[1]} s")
    for column in ("step", "words", "seconds", "target"):
        table.add_column(column)
    for s in report.sections:
        style = "red" if s.seconds > s.max_seconds else ("yellow" if s.seconds > s.target_seconds else "")
        table.add_row(s.step, str(s.words), Text(f"{s.seconds:.0f}", style=style), f"{s.target_seconds} s")
    return table


def print_question_list(library: Library, principle: str | None, console: Console | None = None) -> None:
    console = console or Console()
    table = Table(title=library.pack.name)
    table.add_column("question id", no_wrap=True)
    table.add_column("principle")
    table.add_column("level")
    table.add_column("question")
    for w in library.walkthroughs.values():
        if principle is None or w.question.principle == principle:
            table.add_row(w.id, w.question.principle, w.level, w.question.text)
    console.print(table)


def print_walkthrough(walkthrough: Walkthrough, console: Console | None = None) -> None:
    """Print every section of a walkthrough, key phrases highlighted inside the strong examples."""
    console = console or Console()
    q = walkthrough.question
    console.print(
        Panel(
            Text(walkthrough.overview),
            title=f"[bold]{q.text}",
            subtitle=PRINCIPLES.get(q.principle, q.principle),
        )
    )
    console.print(Text(walkthrough.hook, style="italic"))
    for card in walkthrough.steps:
        example = Text(card.example)
        for phrase in card.key_phrases:
            example.highlight_words([phrase], style="bold magenta")
        body = Group(
            example,
            Text(f"Coaching: {card.coaching}", style="green"),
            Text(f"Mistake: {card.mistake}", style="red"),
        )
        console.print(Panel(body, title=f"{card.step.title()} ({card.target_seconds} s)"))
    r = walkthrough.reflections
    console.print(Panel(f"SDE1: {r.sde1}\nSDE2: {r.sde2}\nSenior: {r.senior}", title="Reflections by level"))
    for f in walkthrough.follow_ups:
        console.print(
            Panel(
                f"Probes: {f.probes}\n[red]Weak:[/] {f.weak_reply}\n  {f.weak_why}\n"
                f"[green]Strong:[/] {f.strong_reply}\n  {f.message}",
                title=f.question,
            )
        )
    weak = walkthrough.weak_answer
    flaws = "\n".join(f"- {flaw.text}" for flaw in weak.flaws)
    console.print(
        Panel(
            f"{weak.text}\n\n{flaws}\n\n[bold]{weak.verdict.replace('_', ' ').title()}[/]: {weak.note}",
            title="A weak answer",
        )
    )
    for a in walkthrough.angles:
        console.print(
            f"[bold]{PRINCIPLES.get(a.principle, a.principle)}[/]: lead with {a.lead_with}; "
            f"emphasize {a.emphasize}; downplay {a.downplay}"
        )
