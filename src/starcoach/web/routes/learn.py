"""Learn: a walkthrough laid out for reading, with level and angle switches and quick checks."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from starcoach.content.models import Level, Walkthrough
from starcoach.web.context import app_context
from starcoach.web.learnview import level_view, pick_angle
from starcoach.web.lookup import principle_name, walkthrough_or_404
from starcoach.web.templating import render

router = APIRouter(prefix="/learn")
Choice = Annotated[int | None, Query(ge=0, le=9)]


def _context(request: Request, walkthrough: Walkthrough, level: Level, angle: str | None) -> dict[str, object]:
    library = app_context(request).library
    return {
        "nav": "library",
        "w": walkthrough,
        "principle_name": principle_name(library, walkthrough.question.principle),
        "names": {a.principle: principle_name(library, a.principle) for a in walkthrough.angles},
        "lv": level_view(walkthrough, level),
        "angle": pick_angle(walkthrough, angle),
        "answered": {},
    }


@router.get("/{question_id}", response_class=HTMLResponse)
def learn(
    request: Request,
    question_id: str,
    level: Level = "sde2",
    angle: str | None = None,
    check: Annotated[int | None, Query(ge=0, le=9)] = None,
    choice: Choice = None,
) -> HTMLResponse:
    """Show every section of a walkthrough; a checked quick check shows its explanation in place."""
    walkthrough = walkthrough_or_404(app_context(request).library, question_id)
    context = _context(request, walkthrough, level, angle)
    if check is not None and choice is not None:
        context["answered"] = {check: choice}
    return render(request, "learn/show.html", context)


@router.get("/{question_id}/level", response_class=HTMLResponse)
def level_switch(request: Request, question_id: str, level: Level = "sde2", angle: str | None = None) -> HTMLResponse:
    """Return the parts that change with the level: reflection, bar and time budget."""
    walkthrough = walkthrough_or_404(app_context(request).library, question_id)
    context = _context(request, walkthrough, level, angle)
    return render(request, "learn/show.html", context, fragment="learn/_level.html")


@router.get("/{question_id}/angle", response_class=HTMLResponse)
def angle_switch(request: Request, question_id: str, level: Level = "sde2", angle: str | None = None) -> HTMLResponse:
    """Return the story angled for another principle."""
    walkthrough = walkthrough_or_404(app_context(request).library, question_id)
    context = _context(request, walkthrough, level, angle)
    return render(request, "learn/show.html", context, fragment="learn/_angle.html")


@router.get("/{question_id}/check/{number}", response_class=HTMLResponse)
def quick_check(
    request: Request,
    question_id: str,
    number: int,
    choice: Choice = None,
    level: Level = "sde2",
    angle: str | None = None,
) -> HTMLResponse:
    """Answer one quick check in place and explain it."""
    walkthrough = walkthrough_or_404(app_context(request).library, question_id)
    if not 0 <= number < len(walkthrough.quick_checks):
        raise HTTPException(404, "There is no such quick check on this page.")
    context = _context(request, walkthrough, level, angle)
    context |= {"number": number, "qc": walkthrough.quick_checks[number]}
    context["answered"] = {number: choice} if choice is not None else {}
    return render(request, "learn/show.html", context, fragment="learn/_check.html")
