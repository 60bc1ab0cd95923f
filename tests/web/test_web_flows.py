"""The modes end to end over HTTP: practice with feedback, mock interview, a full test, progress."""

from __future__ import annotations

import re

from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough
from tests.conftest import Client

ITEM = re.compile(r'name="item_id" value="([^"]+)"')


def test_practice_shows_the_report_in_place_and_keeps_the_text(client: Client, walkthrough: Walkthrough) -> None:
    answer = {
        **walkthrough.strong_answer(),
        "action": "We decided to roll back and I escalated it to the platform team.",
    }
    full = client.submit(f"/practice/{walkthrough.id}", {"mode": "steps", "level": "sde2", **answer})
    assert full.status_code == 200
    assert "Bar raiser's verdict" in full.text
    assert 'class="hl hl-' in full.text
    assert "Top fixes" in full.text and "Time per step" in full.text
    assert ">We decided to roll back and I escalated it to the platform team.</textarea>" in full.text
    assert "Try again" in full.text


def test_practice_htmx_returns_the_report_and_the_history(client: Client, walkthrough: Walkthrough) -> None:
    for text in (walkthrough.weak_answer.text, walkthrough.strong_text()):
        fragment = client.submit(
            f"/practice/{walkthrough.id}", {"mode": "free", "free_text": text}, headers={"HX-Request": "true"}
        )
        assert fragment.status_code == 200
        assert "<html" not in fragment.text and "<textarea" not in fragment.text
        assert 'id="history" class="card history" hx-swap-oob="true"' in fragment.text
    assert fragment.text.count('class="badge verdict-') >= 3
    page = client.get(f"/practice/{walkthrough.id}")
    assert page.text.count('<li><span class="muted">#') == 2


def test_spoken_times_are_used_when_asked(client: Client, walkthrough: Walkthrough) -> None:
    answer = walkthrough.strong_answer()
    timed = {"mode": "steps", "use_times": "true", "time_situation": "75", **answer}
    page = client.submit(f"/practice/{walkthrough.id}", timed)
    assert re.search(r'time-bar red">\s*<span class="tb-label">Situation', page.text)


def test_a_mock_interview_asks_follow_ups_then_scores(client: Client, walkthrough: Walkthrough) -> None:
    page = client.submit(f"/mock/{walkthrough.id}", {"mode": "free", "free_text": walkthrough.weak_answer.text})
    assert page.status_code == 200 and "/mock/session/" in str(page.url)
    found = re.search(r"follow-up 1 of (\d)", page.text)
    assert found is not None
    total = int(found.group(1))
    assert 2 <= total <= 3
    for n in range(total):
        page = client.submit(
            str(page.url),
            {"reply": f"We escalated it and waited, reply {n}."},
            headers={"HX-Request": "true"},
        )
        assert page.status_code == 200 and "<html" not in page.text
    assert "Scorecard" in page.text and "Debrief note" in page.text and "Principle signals" in page.text
    assert page.text.count('class="bubble you"') == 1 + total


def test_an_empty_reply_is_refused_in_place(client: Client, walkthrough: Walkthrough) -> None:
    page = client.submit(f"/mock/{walkthrough.id}", {"mode": "free", "free_text": walkthrough.strong_text()})
    response = client.submit(str(page.url), {"reply": "   "}, headers={"HX-Request": "true"})
    assert response.status_code == 422 and "Type your reply" in response.text


def test_a_full_ten_question_test(client: Client, library: Library, quiz_principle: str) -> None:
    page = client.submit(f"/test/{quiz_principle}", {})
    assert "1/10" in page.text
    url = str(page.url)
    hinted = client.get(url, params={"hint": "true"})
    assert "Hint:" in hinted.text and 'name="hinted" value="true"' in hinted.text
    for n in range(10):
        item = library.quiz[ITEM.search(client.get(url).text).group(1)]  # type: ignore[union-attr]
        choice = item.answer if n % 2 == 0 else (item.answer + 1) % 4
        feedback = client.submit(url, {"item_id": item.id, "choice": choice})
        assert ("Correct" if n % 2 == 0 else "Not quite") in feedback.text
        assert item.solution[0].replace("'", "&#39;").replace('"', "&#34;") in feedback.text
    final = client.get(url)
    assert "Final score" in final.text and "5<span>/10</span>" in final.text
    assert "Getting there" in final.text
    intro = client.get(f"/test/{quiz_principle}")
    assert "<strong>5</strong> missed before" in intro.text and "5/10" in intro.text


def test_answering_a_stale_question_moves_on(client: Client, quiz_principle: str) -> None:
    page = client.submit(f"/test/{quiz_principle}", {})
    response = client.submit(str(page.url), {"item_id": "not-the-current-one", "choice": 0})
    assert response.status_code == 200 and "1/10" in response.text


def test_progress_after_attempts(client: Client, walkthrough: Walkthrough) -> None:
    for _ in range(3):
        client.submit(f"/practice/{walkthrough.id}", {"mode": "free", "free_text": walkthrough.weak_answer.text})
    page = client.get("/progress")
    assert '<svg class="chart"' in page.text
    assert page.text.count("<circle") == 3
    assert re.search(r"in 3 of your last 3 answers", page.text)
    library = client.get("/")
    assert "3 attempts" in library.text


def test_the_practice_page_holds_the_last_answer_until_asked_to_start_blank(
    client: Client, walkthrough: Walkthrough
) -> None:
    """Coming back to a question, the user improves on the last answer instead of retyping it."""
    from tests.analyzer import stories

    url = f"/practice/{walkthrough.id}"
    client.submit(url, {"mode": "steps", **stories.STRONG})
    again = client.get(url)
    assert "Your last answer is filled in" in again.text
    assert "synonym table into the cache at startup" in again.text
    blank = client.get(f"{url}?fresh=true")
    assert "synonym table" not in blank.text
    assert "Your last answer is filled in" not in blank.text
