"""The library: principles with the user's progress, search over questions, and principle pages."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from starcoach.practice.catalog import questions_for, search_questions
from starcoach.practice.overview import progress_overview
from starcoach.practice.quiz_runs import quiz_items
from starcoach.web.context import app_context
from starcoach.web.lookup import principle_or_404
from starcoach.web.templating import render

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def index(request: Request, q: str = "") -> HTMLResponse:
    """Show every principle with progress, and the questions matching a search."""
    ctx = app_context(request)
    with ctx.transaction() as session:
        overview = progress_overview(session, library=ctx.library, profile_id=ctx.profile_id)
    context = {
        "nav": "library",
        "library": ctx.library,
        "overview": overview,
        "q": q[:200],
        "hits": search_questions(ctx.library, q[:200]),
    }
    return render(request, "library/index.html", context, fragment="library/_results.html")


@router.get("/principles/{slug}", response_class=HTMLResponse)
def principle(request: Request, slug: str) -> HTMLResponse:
    """Show what a principle means, what interviewers listen for, and its questions."""
    ctx = app_context(request)
    found = principle_or_404(ctx.library, slug)
    own, also = questions_for(ctx.library, slug)
    with ctx.transaction() as session:
        overview = progress_overview(session, library=ctx.library, profile_id=ctx.profile_id)
    context = {
        "nav": "library",
        "library": ctx.library,
        "principle": found,
        "own": own,
        "also": also,
        "quiz_count": len(quiz_items(ctx.library, slug)),
        "progress": overview.principles.get(slug),
    }
    return render(request, "principles/show.html", context)
