"""Keyword-only queries over attempts, mock interviews, test runs and the review schedule."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.orm import Session

from starcoach.store import (
    Review,
    TurnPlan,
    add_attempt,
    attempt_history,
    attempts_for_question,
    create_mock,
    create_run,
    ensure_profile,
    finish_mock,
    get_attempt,
    get_mock,
    get_run,
    latest_attempt,
    recent_attempts,
    recent_runs,
    record_answer,
    record_reply,
    reviews,
    save_review,
)

T0 = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


def _attempt(db: Session, profile_id: int, question: str, score: int, minutes: int, codes: list[str]) -> int:
    attempt = add_attempt(
        db,
        profile_id=profile_id,
        question_id=question,
        principle="ownership",
        level="sde2",
        verdict="hire" if score >= 60 else "no_hire",
        score=score,
        flag_codes=codes,
        report={"verdict": "hire", "flags": []},
        steps={"situation": "S text", "action": "A text"},
        created_at=T0 + timedelta(minutes=minutes),
    )
    return attempt.id


def test_ensure_profile_is_idempotent(db: Session) -> None:
    first = ensure_profile(db)
    assert ensure_profile(db) == first
    assert ensure_profile(db, name="someone-else") != first


def test_attempt_round_trip_keeps_steps_flags_and_aware_times(db: Session, profile_id: int) -> None:
    attempt_id = _attempt(db, profile_id, "q1", 72, 0, ["we_language"])
    db.commit()
    db.expire_all()
    attempt = get_attempt(db, profile_id=profile_id, attempt_id=attempt_id)
    assert attempt is not None
    assert (attempt.situation, attempt.task, attempt.action) == ("S text", None, "A text")
    assert attempt.flag_codes == ["we_language"]
    assert attempt.report["verdict"] == "hire"
    assert attempt.created_at == T0
    assert attempt.created_at.tzinfo is not None


def test_attempts_are_private_to_their_profile(db: Session, profile_id: int) -> None:
    other = ensure_profile(db, name="other")
    attempt_id = _attempt(db, profile_id, "q1", 50, 0, [])
    assert get_attempt(db, profile_id=other, attempt_id=attempt_id) is None
    assert recent_attempts(db, profile_id=other) == []


def test_history_orders(db: Session, profile_id: int) -> None:
    for minutes, score in ((0, 30), (5, 50), (10, 80)):
        _attempt(db, profile_id, "q1", score, minutes, [])
    _attempt(db, profile_id, "q2", 99, 15, [])
    assert [p.score for p in attempts_for_question(db, profile_id=profile_id, question_id="q1")] == [
        80,
        50,
        30,
    ]
    assert [p.score for p in recent_attempts(db, profile_id=profile_id, limit=2)] == [99, 80]
    assert [p.score for p in attempt_history(db, profile_id=profile_id)] == [30, 50, 80, 99]
    latest = latest_attempt(db, profile_id=profile_id, question_id="q1")
    assert latest is not None and latest.score == 80


def test_mock_session_turns_and_scorecard(db: Session, profile_id: int) -> None:
    plans = [
        TurnPlan("Why you?", "walkthrough", "ownership", "no_scope_boundary"),
        TurnPlan("How?", "analyzer"),
    ]
    mock = create_mock(
        db,
        profile_id=profile_id,
        question_id="q1",
        principle="ownership",
        level="sde2",
        attempt_id=None,
        turns=plans,
    )
    record_reply(db, turn=mock.turns[0], reply="I owned it.", flags=["we_language"])
    finish_mock(db, mock=mock, verdict="hire", scorecard={"verdict": "hire"})
    db.commit()
    db.expire_all()
    loaded = get_mock(db, profile_id=profile_id, mock_id=mock.id)
    assert loaded is not None
    assert [t.prompt for t in loaded.turns] == ["Why you?", "How?"]
    assert loaded.turns[0].reply_flags == ["we_language"]
    assert loaded.turns[1].reply is None
    assert loaded.verdict == "hire" and loaded.finished_at is not None
    assert get_mock(db, profile_id=ensure_profile(db, name="x"), mock_id=mock.id) is None


def test_run_closes_after_its_last_answer(db: Session, profile_id: int) -> None:
    run = create_run(db, profile_id=profile_id, principle="ownership", item_ids=["a", "b"], review_ids=["a"])
    record_answer(db, run=run, item_id="a", chosen=1, correct=True, hinted=False)
    assert run.finished_at is None
    assert recent_runs(db, profile_id=profile_id) == []
    record_answer(db, run=run, item_id="b", chosen=0, correct=False, hinted=True)
    db.commit()
    db.expire_all()
    loaded = get_run(db, profile_id=profile_id, run_id=run.id)
    assert loaded is not None and loaded.finished_at is not None
    assert [(a.position, a.correct, a.hinted) for a in loaded.answers] == [(0, True, False), (1, False, True)]
    assert [r.id for r in recent_runs(db, profile_id=profile_id, principle="ownership")] == [run.id]
    assert recent_runs(db, profile_id=profile_id, principle="dive-deep") == []


def test_review_state_upserts(db: Session, profile_id: int) -> None:
    save_review(db, profile_id=profile_id, review=Review("a", 0, 1, T0, T0))
    save_review(db, profile_id=profile_id, review=Review("a", 1, 1, T0 + timedelta(days=1), T0))
    save_review(db, profile_id=profile_id, review=Review("b", 0, 2, T0, T0))
    found = reviews(db, profile_id=profile_id)
    assert found["a"] == Review("a", 1, 1, T0 + timedelta(days=1), T0)
    assert set(reviews(db, profile_id=profile_id, item_ids=["b"])) == {"b"}
