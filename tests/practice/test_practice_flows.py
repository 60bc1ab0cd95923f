"""The practice services over a real database, the shipped library and the real analyzer."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy.orm import Session

from starcoach.analyzer import EmptyAnswerError
from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough
from starcoach.practice.answers import Answer, last_answer, question_history, submit_answer
from starcoach.practice.interviews import MockError, answer_follow_up, load_mock, start_mock
from starcoach.practice.overview import progress_overview
from starcoach.practice.quiz_runs import QuizError, answer_quiz, run_state, start_quiz

NOW = datetime(2026, 5, 1, tzinfo=UTC)


def test_an_answer_is_analyzed_and_saved(
    db: Session, profile_id: int, library: Library, walkthrough: Walkthrough
) -> None:
    answer = Answer(steps=walkthrough.strong_answer())
    sub = submit_answer(db, library=library, profile_id=profile_id, question_id=walkthrough.id, answer=answer)
    assert sub.report.verdict in ("hire", "strong_hire")
    history = question_history(db, profile_id=profile_id, question_id=walkthrough.id)
    assert [h.verdict for h in history] == [sub.report.verdict]
    found = last_answer(db, profile_id=profile_id, question_id=walkthrough.id)
    assert found is not None and found[0].text_for("action") == answer.text_for("action")


def test_an_empty_answer_is_refused(db: Session, profile_id: int, library: Library, walkthrough: Walkthrough) -> None:
    with pytest.raises(EmptyAnswerError):
        submit_answer(
            db,
            library=library,
            profile_id=profile_id,
            question_id=walkthrough.id,
            answer=Answer(free_text=" "),
        )


def test_a_mock_interview_runs_to_its_scorecard(
    db: Session, profile_id: int, library: Library, walkthrough: Walkthrough
) -> None:
    answer = Answer(free_text=walkthrough.weak_answer.text)
    mock = start_mock(
        db, library=library, profile_id=profile_id, question_id=walkthrough.id, answer=answer, level="sde2"
    )
    assert 2 <= len(mock.turns) <= 3
    for n, _ in enumerate(mock.turns):
        assert mock.scorecard is None
        answer_follow_up(db, profile_id=profile_id, mock_id=mock.id, reply=f"We just handled it, reply {n}.")
    done = load_mock(db, profile_id=profile_id, mock_id=mock.id)
    assert done.scorecard is not None and done.verdict in ("leaning_no_hire", "no_hire")
    assert done.scorecard["debrief"]
    with pytest.raises(MockError):
        answer_follow_up(db, profile_id=profile_id, mock_id=mock.id, reply="one more")


def test_missed_test_items_come_back_first(db: Session, profile_id: int, library: Library, quiz_principle: str) -> None:
    run = start_quiz(db, library=library, profile_id=profile_id, principle=quiz_principle, now=NOW)
    state = run_state(db, library=library, profile_id=profile_id, run_id=run.id)
    assert len(state.items) == 10
    missed: list[str] = []
    while (current := state.current) is not None:
        wrong = (current.answer + 1) % len(current.options)
        miss = len(missed) < 2
        choice = wrong if miss else current.answer
        missed += [current.id] if miss else []
        state = answer_quiz(
            db,
            library=library,
            profile_id=profile_id,
            run_id=run.id,
            item_id=current.id,
            chosen=choice,
            now=NOW,
        )
    assert state.finished and state.result.correct == 8 and state.result.strong
    again = start_quiz(
        db, library=library, profile_id=profile_id, principle=quiz_principle, now=NOW + timedelta(hours=1)
    )
    assert set(again.item_ids[:2]) == set(missed)
    assert set(again.review_ids) == set(missed)


def test_answers_out_of_turn_are_refused(db: Session, profile_id: int, library: Library, quiz_principle: str) -> None:
    run = start_quiz(db, library=library, profile_id=profile_id, principle=quiz_principle)
    with pytest.raises(QuizError):
        answer_quiz(db, library=library, profile_id=profile_id, run_id=run.id, item_id=run.item_ids[1], chosen=0)
    with pytest.raises(QuizError):
        answer_quiz(db, library=library, profile_id=profile_id, run_id=run.id, item_id=run.item_ids[0], chosen=7)
    with pytest.raises(QuizError):
        run_state(db, library=library, profile_id=profile_id, run_id=run.id + 100)


def test_overview_counts_attempts_and_flags(
    db: Session, profile_id: int, library: Library, walkthrough: Walkthrough
) -> None:
    for _ in range(3):
        answer = Answer(free_text=walkthrough.weak_answer.text)
        submit_answer(db, library=library, profile_id=profile_id, question_id=walkthrough.id, answer=answer)
    overview = progress_overview(db, library=library, profile_id=profile_id)
    assert not overview.empty
    assert overview.principles[walkthrough.question.principle].attempts == 3
    assert overview.flags and overview.flags[0].count == 3 and overview.flags[0].of == 3
