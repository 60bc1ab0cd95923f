"""The shapes of the forms the pages post, validated apart from the content and the store."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from starcoach.content.models import STEPS, Level, Step
from starcoach.practice.answers import Answer

Mode = Literal["steps", "free"]


class _Form(BaseModel):
    model_config = ConfigDict(extra="ignore")

    csrf_token: str = ""


class AnswerForm(_Form):
    """An answer typed in five step boxes or one free-text box, with optional spoken times."""

    mode: Mode = "steps"
    level: Level = "sde2"
    situation: str = ""
    task: str = ""
    action: str = ""
    result: str = ""
    reflection: str = ""
    free_text: str = ""
    use_times: bool = False
    time_situation: float = Field(0.0, ge=0, le=3600)
    time_task: float = Field(0.0, ge=0, le=3600)
    time_action: float = Field(0.0, ge=0, le=3600)
    time_result: float = Field(0.0, ge=0, le=3600)
    time_reflection: float = Field(0.0, ge=0, le=3600)

    def answer(self) -> Answer:
        """Return the answer in the shape the practice layer takes."""
        if self.mode == "free":
            return Answer(free_text=self.free_text)
        return Answer(steps={step: self.text_for(step) for step in STEPS})

    def text_for(self, step: Step) -> str:
        text: str = getattr(self, step)
        return text

    def measured(self) -> dict[str, float] | None:
        """Return the spoken seconds per step, when the user timed each step aloud."""
        if not self.use_times or self.mode == "free":
            return None
        times = {step: float(getattr(self, f"time_{step}")) for step in STEPS}
        return {step: seconds for step, seconds in times.items() if seconds > 0 and self.text_for(step).strip()}


class ReplyForm(_Form):
    """A reply to a mock interview's follow-up."""

    reply: str = ""


class QuizAnswerForm(_Form):
    """The option chosen for a test's current item."""

    item_id: str = Field(max_length=120)
    choice: int = Field(ge=0, le=9)
    hinted: bool = False
