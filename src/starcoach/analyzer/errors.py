"""Exceptions for input the analyzer refuses."""


class AnalyzerInputError(ValueError):
    """The input cannot be analyzed; the message says why in plain words."""


class EmptyAnswerError(AnalyzerInputError):
    """The answer has no words."""


class AnswerTooLongError(AnalyzerInputError):
    """The answer is past the word limit."""


class UnknownPrincipleError(AnalyzerInputError):
    """A principle slug is not one of the sixteen."""
