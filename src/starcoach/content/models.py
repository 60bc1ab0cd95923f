"""Pydantic models of the content library: the shapes a YAML pack must have."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Level = Literal["sde1", "sde2", "senior"]
Step = Literal["situation", "task", "action", "result", "reflection"]
Verdict = Literal["strong_hire", "hire", "leaning_no_hire", "no_hire"]
Difficulty = Literal["easy", "medium", "hard"]
QuizKind = Literal["which_principle", "primary_weakness", "phrase_signal", "disqualifier", "meets_bar"]

STEPS: tuple[Step, ...] = ("situation", "task", "action", "result", "reflection")
LEVELS: tuple[Level, ...] = ("sde1", "sde2", "senior")
DIFFICULTIES: tuple[Difficulty, ...] = ("easy", "medium", "hard")
VERDICTS: tuple[Verdict, ...] = ("strong_hire", "hire", "leaning_no_hire", "no_hire")
SLUG = r"^[a-z0-9]+(-[a-z0-9]+)*$"


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Pack(_Model):
    """A pack's `pack.yaml`: which framework of values it teaches."""

    slug: str = Field(pattern=SLUG)
    name: str
    description: str


class Principle(_Model):
    """One principle page: what it means and what interviewers listen for."""

    slug: str = Field(pattern=SLUG)
    name: str
    meaning: str
    summary: str
    signals: list[str] = Field(min_length=3)
    red_flags: list[str] = Field(min_length=3)
    related: list[str] = Field(default_factory=list)


class Question(_Model):
    """A behavioral question, filed under one primary principle."""

    id: str = Field(pattern=SLUG)
    text: str
    principle: str
    secondary: list[str] = Field(default_factory=list)
    levels: list[Level] = Field(min_length=1)


class StepCard(_Model):
    """One STAR step of a model answer, with its coaching."""

    step: Step
    target_seconds: int = Field(gt=0, le=120)
    example: str
    key_phrases: list[str] = Field(min_length=3, max_length=7)
    coaching: str
    mistake: str

    @model_validator(mode="after")
    def _phrases_are_quoted(self) -> StepCard:
        missing = [p for p in self.key_phrases if p not in self.example]
        if missing:
            raise ValueError(f"key phrases not found verbatim in the {self.step} example: {missing}")
        return self


class Reflections(_Model):
    """The closing lesson told at each level."""

    sde1: str
    sde2: str
    senior: str


class FollowUp(_Model):
    """A probe an interviewer asks next, with a weak and a strong reply."""

    question: str
    probes: str
    weak_reply: str
    weak_why: str
    strong_reply: str
    message: str


class Flaw(_Model):
    """One thing wrong with a weak answer; `flag` names the analyzer code that should catch it."""

    text: str
    flag: str | None = None


class WeakAnswer(_Model):
    """A whole weak answer, what is wrong with it, and the bar raiser's verdict."""

    text: str
    flaws: list[Flaw] = Field(min_length=2)
    verdict: Verdict
    note: str


class QuickCheck(_Model):
    """A multiple-choice check on the pattern, answered in place."""

    stem: str
    options: list[str] = Field(min_length=3, max_length=4)
    answer: int = Field(ge=0)
    explanation: str

    @model_validator(mode="after")
    def _answer_in_range(self) -> QuickCheck:
        if self.answer >= len(self.options):
            raise ValueError(f"answer {self.answer} is past the {len(self.options)} options")
        if len(set(self.options)) != len(self.options):
            raise ValueError("options must be distinct")
        return self


class Angle(_Model):
    """The same story angled for another principle."""

    principle: str
    lead_with: str
    emphasize: str
    downplay: str


class LevelVariant(_Model):
    """How the story changes for a junior or a senior candidate."""

    level: Level
    focus: str
    reflection: str
    bar: str
    budget_seconds: int = Field(ge=60, le=240)


class Walkthrough(_Model):
    """A question with a model answer walked through step by step."""

    question: Question
    level: Level = "sde2"
    hook: str
    overview: str
    takeaways: list[str] = Field(min_length=2)
    steps: list[StepCard] = Field(min_length=5, max_length=5)
    reflections: Reflections
    follow_ups: list[FollowUp] = Field(min_length=3, max_length=6)
    weak_answer: WeakAnswer
    quick_checks: list[QuickCheck] = Field(min_length=2, max_length=5)
    angles: list[Angle] = Field(min_length=3)
    levels: list[LevelVariant] = Field(min_length=2)

    @field_validator("steps")
    @classmethod
    def _steps_in_order(cls, steps: list[StepCard]) -> list[StepCard]:
        order = tuple(card.step for card in steps)
        if order != STEPS:
            raise ValueError(f"steps must be {', '.join(STEPS)} in that order, got {', '.join(order)}")
        return steps

    @property
    def id(self) -> str:
        return self.question.id

    def strong_answer(self) -> dict[str, str]:
        """Return the model answer as a mapping step -> text."""
        return {card.step: card.example for card in self.steps}

    def strong_text(self) -> str:
        """Return the model answer as one spoken paragraph."""
        return " ".join(card.example for card in self.steps)


class QuizItem(_Model):
    """One multiple-choice question on a principle's pattern."""

    id: str = Field(pattern=SLUG)
    principle: str
    difficulty: Difficulty
    kind: QuizKind
    stem: str
    passage: str | None = None
    options: list[str] = Field(min_length=4, max_length=4)
    answer: int = Field(ge=0, le=3)
    solution: list[str] = Field(min_length=2)
    hint: str
    mistakes: list[str] = Field(min_length=1)

    @field_validator("options")
    @classmethod
    def _distinct(cls, options: list[str]) -> list[str]:
        if len({o.strip().lower() for o in options}) != len(options):
            raise ValueError("options must be distinct")
        return options
