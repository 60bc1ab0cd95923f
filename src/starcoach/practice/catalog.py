"""Browse the library: search questions and list a principle's questions."""

from __future__ import annotations

import re
from dataclasses import dataclass

from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough

MAX_RESULTS = 30


@dataclass(frozen=True)
class Hit:
    """A question found by a search, with the principle it is filed under."""

    walkthrough: Walkthrough
    principle_name: str


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def search_questions(library: Library, query: str, *, limit: int = MAX_RESULTS) -> list[Hit]:
    """Return the questions whose text, principle or story hook holds every word of the query."""
    terms = _words(query)
    if not terms:
        return []
    hits: list[tuple[int, str, Hit]] = []
    for w in library.walkthroughs.values():
        names = [_name(library, slug) for slug in (w.question.principle, *w.question.secondary)]
        question = w.question.text.lower()
        haystack = " ".join([question, w.hook.lower(), *(n.lower() for n in names)])
        if all(term in haystack for term in terms):
            rank = -sum(term in question for term in terms)
            hits.append((rank, w.question.text, Hit(w, names[0])))
    return [hit for _, _, hit in sorted(hits, key=lambda h: (h[0], h[1]))][:limit]


def _name(library: Library, slug: str) -> str:
    principle = library.principles.get(slug)
    return principle.name if principle else slug.replace("-", " ").title()


def questions_for(library: Library, slug: str) -> tuple[list[Walkthrough], list[Walkthrough]]:
    """Return a principle's own questions and those that also touch it as a secondary principle."""
    own = library.walkthroughs_for(slug)
    also = [w for w in library.walkthroughs.values() if slug in w.question.secondary and w not in own]
    return own, also
