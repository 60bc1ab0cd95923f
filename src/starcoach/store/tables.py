"""SQLAlchemy 2.0 tables: attempts, mock interviews, test runs and the review schedule."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    DateTime,
    Dialect,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship
from sqlalchemy.types import TypeDecorator

# Named constraints keep Alembic migrations identical on SQLite and PostgreSQL.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """Return the current time, timezone-aware in UTC."""
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """A timestamp stored as naive UTC and read back timezone-aware, the same on SQLite and PostgreSQL."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {dict[str, Any]: JSON, list[str]: JSON, list[int]: JSON}


class Profile(Base):
    """The person practicing; one local profile by default, ready for more."""

    __tablename__ = "profiles"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(80), unique=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)


class AppSecret(Base):
    """A secret the app keeps across restarts, such as the key that signs the CSRF cookie."""

    __tablename__ = "app_secrets"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(String(200))


class Attempt(Base):
    """One analyzed answer to a question, with its text per step and the full report."""

    __tablename__ = "attempts"
    __table_args__ = (Index("ix_attempts_profile_question", "profile_id", "question_id", "created_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    question_id: Mapped[str] = mapped_column(String(120))
    principle: Mapped[str | None] = mapped_column(String(80))
    level: Mapped[str] = mapped_column(String(10))
    mode: Mapped[str] = mapped_column(String(20), default="practice")
    situation: Mapped[str | None] = mapped_column(Text)
    task: Mapped[str | None] = mapped_column(Text)
    action: Mapped[str | None] = mapped_column(Text)
    result: Mapped[str | None] = mapped_column(Text)
    reflection: Mapped[str | None] = mapped_column(Text)
    free_text: Mapped[str | None] = mapped_column(Text)
    verdict: Mapped[str] = mapped_column(String(20))
    score: Mapped[int] = mapped_column(Integer)
    flag_codes: Mapped[list[str]] = mapped_column(default=list)
    report: Mapped[dict[str, Any]] = mapped_column()
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow, index=True)


class MockSession(Base):
    """A mock interview: the question, the answer, its follow-ups and the scorecard."""

    __tablename__ = "mock_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    question_id: Mapped[str] = mapped_column(String(120))
    principle: Mapped[str | None] = mapped_column(String(80))
    level: Mapped[str] = mapped_column(String(10))
    attempt_id: Mapped[int | None] = mapped_column(ForeignKey("attempts.id", ondelete="SET NULL"))
    verdict: Mapped[str | None] = mapped_column(String(20))
    scorecard: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    turns: Mapped[list[MockTurn]] = relationship(
        back_populates="session", order_by="MockTurn.position", cascade="all, delete-orphan"
    )


class MockTurn(Base):
    """One follow-up question of a mock interview and the reply to it."""

    __tablename__ = "mock_turns"
    __table_args__ = (UniqueConstraint("session_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("mock_sessions.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    prompt: Mapped[str] = mapped_column(Text)
    probes: Mapped[str | None] = mapped_column(Text)
    source: Mapped[str] = mapped_column(String(20))
    gap: Mapped[str | None] = mapped_column(String(40))
    reply: Mapped[str | None] = mapped_column(Text)
    reply_flags: Mapped[list[str]] = mapped_column(default=list)
    answered_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    session: Mapped[MockSession] = relationship(back_populates="turns")


class QuizRun(Base):
    """One test of ten questions, for a principle or mixed, answered one at a time."""

    __tablename__ = "quiz_runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"), index=True)
    principle: Mapped[str | None] = mapped_column(String(80))
    item_ids: Mapped[list[str]] = mapped_column()
    review_ids: Mapped[list[str]] = mapped_column(default=list)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(UTCDateTime())

    answers: Mapped[list[QuizAnswer]] = relationship(
        back_populates="run", order_by="QuizAnswer.position", cascade="all, delete-orphan"
    )


class QuizAnswer(Base):
    """The option chosen for one item of a test run."""

    __tablename__ = "quiz_answers"
    __table_args__ = (UniqueConstraint("run_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("quiz_runs.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    item_id: Mapped[str] = mapped_column(String(120))
    chosen: Mapped[int] = mapped_column(Integer)
    correct: Mapped[bool]
    hinted: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime(), default=utcnow)

    run: Mapped[QuizRun] = relationship(back_populates="answers")


class ReviewState(Base):
    """Where a quiz item stands in the profile's spaced review (a Leitner box and a due time)."""

    __tablename__ = "review_states"
    __table_args__ = (UniqueConstraint("profile_id", "item_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    profile_id: Mapped[int] = mapped_column(ForeignKey("profiles.id", ondelete="CASCADE"))
    item_id: Mapped[str] = mapped_column(String(120))
    box: Mapped[int] = mapped_column(Integer, default=0)
    misses: Mapped[int] = mapped_column(Integer, default=0)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime())
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime())
