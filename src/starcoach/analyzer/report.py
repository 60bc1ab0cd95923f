"""The typed report the analyzer returns; its JSON form is a public contract."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from starcoach.content.models import Level, Step, Verdict

Severity = Literal["disqualifier", "major", "minor"]


class Evidence(BaseModel):
    """A span of the user's own text that a flag points at."""

    start: int
    end: int
    text: str


class Flag(BaseModel):
    """One problem found in the answer, with the words that caused it."""

    code: str
    severity: Severity
    title: str
    message: str
    evidence: list[Evidence] = Field(default_factory=list)


class Section(BaseModel):
    """One STAR step as found in the answer, with its speaking time against the target."""

    step: Step
    start: int
    end: int
    words: int
    seconds: float
    target_seconds: int
    max_seconds: int
    measured: bool = False
    sentences: int = 0


class Report(BaseModel):
    """The bar raiser's judgment of one answer; evidence spans index into `text`."""

    text: str
    verdict: Verdict
    score: int = Field(ge=0, le=100)
    summary: str
    fixes: list[str]
    flags: list[Flag]
    sections: list[Section]
    principles: dict[str, float]
    follow_ups: list[str]
    level: Level
    lp: str | None = None
    words: int
    seconds: float
    budget_seconds: tuple[int, int]

    def has(self, code: str) -> bool:
        """Return whether the report raised the flag `code`."""
        return any(flag.code == code for flag in self.flags)

    def codes(self) -> list[str]:
        return [flag.code for flag in self.flags]
