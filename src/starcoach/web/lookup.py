"""Find content by id for a route, or answer 404 with a plain message."""

from __future__ import annotations

from fastapi import HTTPException

from starcoach.content.loader import Library
from starcoach.content.models import Principle, Walkthrough


def walkthrough_or_404(library: Library, question_id: str) -> Walkthrough:
    """Return the walkthrough of a question, or raise 404."""
    walkthrough = library.walkthroughs.get(question_id)
    if walkthrough is None:
        raise HTTPException(404, "There is no such question. Search the library for another one.")
    return walkthrough


def principle_or_404(library: Library, slug: str) -> Principle:
    """Return a principle, or raise 404."""
    principle = library.principles.get(slug)
    if principle is None:
        raise HTTPException(404, "There is no such principle. The library lists every one.")
    return principle


def principle_name(library: Library, slug: str | None) -> str:
    """Return a principle's display name, even for one without a page."""
    if slug is None:
        return "Mixed"
    principle = library.principles.get(slug)
    return principle.name if principle else slug.replace("-", " ").title()
