"""Mock interview: the question, the answer, follow-ups aimed at its gaps, then the scorecard."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from starcoach.analyzer import AnalyzerInputError
from starcoach.content.models import Level
from starcoach.practice.interviews import MockError, answer_follow_up, load_mock, main_report, start_mock
from starcoach.practice.mock import Scorecard
from starcoach.web.context import app_context
from starcoach.web.forms import AnswerForm, ReplyForm
from starcoach.web.lookup import principle_name, walkthrough_or_404
from starcoach.web.templating import is_htmx, render

router = APIRouter(prefix="/mock")


@router.get("/{question_id}", response_class=HTMLResponse)
def mock_start_page(request: Request, question_id: str, level: Level = "sde2") -> HTMLResponse:
    """Ask the question and take the answer in one box, as in an interview."""
    ctx = app_context(request)
    walkthrough = walkthrough_or_404(ctx.library, question_id)
    context = {
        "nav": "mock",
        "w": walkthrough,
        "principle_name": principle_name(ctx.library, walkthrough.question.principle),
        "form": AnswerForm(mode="free", level=level),
        "error": None,
    }
    return render(request, "mock/start.html", context)


@router.post("/{question_id}", response_model=None)
def mock_start(request: Request, question_id: str, form: Annotated[AnswerForm, Form()]) -> Response:
    """Analyze the answer, plan the follow-ups, and go to the interview."""
    ctx = app_context(request)
    walkthrough = walkthrough_or_404(ctx.library, question_id)
    try:
        with ctx.transaction() as session:
            mock = start_mock(
                session,
                library=ctx.library,
                profile_id=ctx.profile_id,
                question_id=walkthrough.id,
                answer=form.answer(),
                level=form.level,
            )
    except AnalyzerInputError as exc:
        context = {"nav": "mock", "w": walkthrough, "form": form, "error": str(exc)}
        context["principle_name"] = principle_name(ctx.library, walkthrough.question.principle)
        return render(request, "mock/start.html", context, status_code=422)
    return RedirectResponse(f"/mock/session/{mock.id}", status_code=303)


def _session_context(request: Request, mock_id: int) -> dict[str, Any]:
    ctx = app_context(request)
    try:
        with ctx.transaction() as session:
            mock = load_mock(session, profile_id=ctx.profile_id, mock_id=mock_id)
            report = main_report(session, mock=mock)
    except MockError:
        raise HTTPException(404, "There is no such mock interview. Start a new one from a question.") from None
    walkthrough = walkthrough_or_404(ctx.library, mock.question_id)
    card = Scorecard.from_dict(mock.scorecard) if mock.scorecard else None
    return {
        "nav": "mock",
        "w": walkthrough,
        "principle_name": principle_name(ctx.library, mock.principle),
        "mock": mock,
        "report": report,
        "card": card,
        "current": next((t for t in mock.turns if t.reply is None), None),
        "error": None,
    }


@router.get("/session/{mock_id}", response_class=HTMLResponse)
def mock_session(request: Request, mock_id: int) -> HTMLResponse:
    """Show the interview so far: the answer, the follow-ups answered, the next one or the scorecard."""
    return render(request, "mock/session.html", _session_context(request, mock_id))


@router.post("/session/{mock_id}", response_model=None)
def mock_reply(request: Request, mock_id: int, form: Annotated[ReplyForm, Form()]) -> Response:
    """Save the reply to the open follow-up; after the last one, the scorecard is written."""
    ctx = app_context(request)
    if not form.reply.strip():
        context = _session_context(request, mock_id) | {"error": "Type your reply before sending it."}
        return render(request, "mock/session.html", context, fragment="mock/_conversation.html", status_code=422)
    try:
        with ctx.transaction() as session:
            answer_follow_up(session, profile_id=ctx.profile_id, mock_id=mock_id, reply=form.reply)
    except MockError:
        return RedirectResponse(f"/mock/session/{mock_id}", status_code=303)
    if is_htmx(request):
        return render(
            request,
            "mock/session.html",
            _session_context(request, mock_id),
            fragment="mock/_conversation.html",
        )
    return RedirectResponse(f"/mock/session/{mock_id}", status_code=303)
