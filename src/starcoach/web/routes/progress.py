"""Progress: scores over time per principle, recent tests, and the flags that keep coming back."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from starcoach.practice.overview import progress_overview
from starcoach.web.charts import score_chart
from starcoach.web.context import app_context
from starcoach.web.lookup import principle_name
from starcoach.web.templating import render

router = APIRouter()


@router.get("/progress", response_class=HTMLResponse)
def progress(request: Request) -> HTMLResponse:
    """Chart the user's scores per principle and list their most frequent flags."""
    ctx = app_context(request)
    with ctx.transaction() as session:
        overview = progress_overview(session, library=ctx.library, profile_id=ctx.profile_id)
    context = {
        "nav": "progress",
        "overview": overview,
        "chart": score_chart(overview.series),
        "names": {slug: principle_name(ctx.library, slug or None) for slug in overview.principles},
        "library": ctx.library,
    }
    return render(request, "progress/index.html", context)
