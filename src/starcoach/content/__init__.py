"""The content library: principles, question walkthroughs and quiz items, loaded from YAML packs."""

from starcoach.content.loader import ContentError, Library, load_library
from starcoach.content.models import (
    Difficulty,
    Level,
    Principle,
    Question,
    QuizItem,
    Step,
    Verdict,
    Walkthrough,
)

__all__ = [
    "ContentError",
    "Difficulty",
    "Level",
    "Library",
    "Principle",
    "Question",
    "QuizItem",
    "Step",
    "Verdict",
    "Walkthrough",
    "load_library",
]
