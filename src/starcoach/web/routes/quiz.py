"""Test: ten questions on a principle (or mixed), one at a time, with feedback and spaced review."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from starcoach.practice.quiz_runs import QuizError, RunState, answer_quiz, quiz_items, run_state, start_quiz
from starcoach.store.quiz import recent_runs, reviews
from starcoach.web.context import app_context
from starcoach.web.forms import QuizAnswerForm
from starcoach.web.lookup import principle_name, principle_or_404
from starcoach.web.templating import render

router = APIRouter(prefix="/test")
MIXED = "mixed"


def _scope(request: Request, scope: str) -> str | None:
    if scope == MIXED:
        return None
    return principle_or_404(app_context(request).library, scope).slug


@router.get("/{scope}", response_class=HTMLResponse)
def intro(request: Request, scope: str) -> HTMLResponse:
    """Explain the test, count the items waiting for review, and list past scores."""
    ctx = app_context(request)
    slug = _scope(request, scope)
    items = quiz_items(ctx.library, slug)
    with ctx.transaction() as session:
        seen = reviews(session, profile_id=ctx.profile_id, item_ids=[i.id for i in items])
        runs = recent_runs(session, profile_id=ctx.profile_id, principle=slug, limit=5)
    context = {
        "nav": "test",
        "scope": scope,
        "name": principle_name(ctx.library, slug),
        "count": len(items),
        "missed": sum(1 for r in seen.values() if r.box == 0),
        "runs": runs,
    }
    return render(request, "test/intro.html", context)


@router.post("/{scope}", response_model=None)
def start(request: Request, scope: str) -> Response:
    """Plan a test of ten questions, missed ones first, and open it."""
    ctx = app_context(request)
    slug = _scope(request, scope)
    try:
        with ctx.transaction() as session:
            run = start_quiz(session, library=ctx.library, profile_id=ctx.profile_id, principle=slug)
    except QuizError as exc:
        raise HTTPException(404, str(exc)) from None
    return RedirectResponse(f"/test/run/{run.id}", status_code=303)


def _run_context(state: RunState, request: Request, *, hint: bool = False) -> dict[str, Any]:
    library = app_context(request).library
    return {
        "nav": "test",
        "state": state,
        "name": principle_name(library, state.run.principle),
        "scope": state.run.principle or MIXED,
        "hint": hint,
        "feedback": False,
    }


def _load(request: Request, run_id: int) -> RunState:
    ctx = app_context(request)
    try:
        with ctx.transaction() as session:
            return run_state(session, library=ctx.library, profile_id=ctx.profile_id, run_id=run_id)
    except QuizError:
        raise HTTPException(404, "There is no such test. Start a new one from a principle page.") from None


@router.get("/run/{run_id}", response_class=HTMLResponse)
def question(request: Request, run_id: int, hint: bool = False, after: int | None = None) -> HTMLResponse:
    """Show the current question ("3/10"), the feedback on the last answer, or the final score."""
    state = _load(request, run_id)
    context = _run_context(state, request, hint=hint)
    context["feedback"] = after is not None and after == state.position and state.last is not None
    return render(request, "test/run.html", context, fragment="test/_panel.html")


@router.post("/run/{run_id}", response_model=None)
def answer(request: Request, run_id: int, form: Annotated[QuizAnswerForm, Form()]) -> Response:
    """Grade the answer, then show its feedback with the solution steps."""
    ctx = app_context(request)
    try:
        with ctx.transaction() as session:
            state = answer_quiz(
                session,
                library=ctx.library,
                profile_id=ctx.profile_id,
                run_id=run_id,
                item_id=form.item_id,
                chosen=form.choice,
                hinted=form.hinted,
            )
    except QuizError:
        return RedirectResponse(f"/test/run/{run_id}", status_code=303)
    return RedirectResponse(f"/test/run/{run_id}?after={state.position}", status_code=303)
