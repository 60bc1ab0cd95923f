"""The sixteen Amazon Leadership Principles, by slug, as the analyzer knows them."""

from __future__ import annotations

from starcoach.analyzer.errors import UnknownPrincipleError

PRINCIPLES: dict[str, str] = {
    "customer-obsession": "Customer Obsession",
    "ownership": "Ownership",
    "invent-and-simplify": "Invent and Simplify",
    "are-right-a-lot": "Are Right, A Lot",
    "learn-and-be-curious": "Learn and Be Curious",
    "hire-and-develop-the-best": "Hire and Develop the Best",
    "insist-on-the-highest-standards": "Insist on the Highest Standards",
    "think-big": "Think Big",
    "bias-for-action": "Bias for Action",
    "frugality": "Frugality",
    "earn-trust": "Earn Trust",
    "dive-deep": "Dive Deep",
    "have-backbone-disagree-and-commit": "Have Backbone; Disagree and Commit",
    "deliver-results": "Deliver Results",
    "strive-to-be-earths-best-employer": "Strive to be Earth's Best Employer",
    "success-and-scale-bring-broad-responsibility": "Success and Scale Bring Broad Responsibility",
}


def check_principle(slug: str | None) -> str | None:
    """Return the slug if it names one of the sixteen principles; raise otherwise."""
    if slug is None or slug in PRINCIPLES:
        return slug
    raise UnknownPrincipleError(
        f"unknown principle {slug!r}; run `starcoach analyze --list-principles` for the sixteen slugs"
    )
