"""The STAR answer analyzer: pure functions from an answer's text to an explained verdict."""

from starcoach.analyzer.core import MAX_WORDS, analyze
from starcoach.analyzer.errors import (
    AnalyzerInputError,
    AnswerTooLongError,
    EmptyAnswerError,
    UnknownPrincipleError,
)
from starcoach.analyzer.principles import PRINCIPLES
from starcoach.analyzer.report import Evidence, Flag, Report, Section

__all__ = [
    "MAX_WORDS",
    "PRINCIPLES",
    "AnalyzerInputError",
    "AnswerTooLongError",
    "EmptyAnswerError",
    "Evidence",
    "Flag",
    "Report",
    "Section",
    "UnknownPrincipleError",
    "analyze",
]
