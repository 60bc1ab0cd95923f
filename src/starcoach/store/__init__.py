"""Persistence: tables, keyword-only queries and Alembic migrations over any SQLAlchemy database."""

from starcoach.store.attempts import (
    AttemptPoint,
    add_attempt,
    attempt_history,
    attempts_for_question,
    get_attempt,
    latest_attempt,
    recent_attempts,
)
from starcoach.store.engine import (
    default_database_url,
    make_engine,
    make_session_factory,
    resolve_database_url,
)
from starcoach.store.migrate import current_revision, head_revision, upgrade
from starcoach.store.mocks import TurnPlan, create_mock, finish_mock, get_mock, recent_mocks, record_reply
from starcoach.store.profiles import LOCAL_PROFILE, ensure_profile
from starcoach.store.quiz import Review, create_run, get_run, recent_runs, record_answer, reviews, save_review
from starcoach.store.secrets import app_secret

__all__ = [
    "LOCAL_PROFILE",
    "AttemptPoint",
    "Review",
    "TurnPlan",
    "add_attempt",
    "app_secret",
    "attempt_history",
    "attempts_for_question",
    "create_mock",
    "create_run",
    "current_revision",
    "default_database_url",
    "ensure_profile",
    "finish_mock",
    "get_attempt",
    "get_mock",
    "get_run",
    "head_revision",
    "latest_attempt",
    "make_engine",
    "make_session_factory",
    "recent_attempts",
    "recent_mocks",
    "recent_runs",
    "record_answer",
    "record_reply",
    "resolve_database_url",
    "reviews",
    "save_review",
    "upgrade",
]
