"""User text is escaped, forms need the CSRF token, bodies have a limit, and errors are friendly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fastapi import FastAPI

from starcoach.content.models import Walkthrough
from tests.conftest import Client

PAYLOADS = [
    "<script>alert('xss')</script>",
    '"><img src=x onerror=alert(1)>',
    "</textarea><script>document.title='owned'</script>",
    "<b onmouseover=alert(1)>bold</b> {{ 7*7 }} ${7*7}",
]


def _unsafe(html: str) -> list[str]:
    return [p for p in ("<script>alert", "<img src=x", "<b onmouseover", "</textarea><script>") if p in html]


@pytest.mark.parametrize("payload", PAYLOADS)
def test_practice_report_escapes_the_answer(client: Client, walkthrough: Walkthrough, payload: str) -> None:
    answer = {**walkthrough.strong_answer(), "action": f"We decided to ship. {payload} I escalated it."}
    for headers in ({}, {"HX-Request": "true"}):
        response = client.submit(f"/practice/{walkthrough.id}", {"mode": "steps", **answer}, headers=headers)
        assert response.status_code == 200
        assert not _unsafe(response.text)
        assert "&lt;" in response.text
    history = client.get(f"/practice/{walkthrough.id}")
    assert not _unsafe(history.text)


@pytest.mark.parametrize("payload", PAYLOADS)
def test_search_and_mock_escape_user_text(client: Client, walkthrough: Walkthrough, payload: str) -> None:
    assert not _unsafe(client.get("/", params={"q": payload}).text)
    started = client.submit(f"/mock/{walkthrough.id}", {"mode": "free", "free_text": f"I fixed it. {payload}"})
    assert started.status_code == 200
    assert not _unsafe(started.text)
    replied = client.submit(str(started.url), {"reply": payload})
    assert not _unsafe(replied.text)
    assert "&lt;" in replied.text
    if "{{" in payload:
        assert "{{ 7*7 }}" in replied.text


def test_a_post_without_the_token_is_refused(client: Client, walkthrough: Walkthrough) -> None:
    response = client.post(f"/practice/{walkthrough.id}", data={"mode": "free", "free_text": "I did it."})
    assert response.status_code == 403
    assert "expired" in response.text
    assert "Traceback" not in response.text


def test_a_post_with_a_wrong_token_is_refused(client: Client, walkthrough: Walkthrough, quiz_principle: str) -> None:
    client.token()
    bad = {"csrf_token": "forged"}
    assert client.post(f"/test/{quiz_principle}", data=bad).status_code == 403
    assert client.post(f"/mock/{walkthrough.id}", data={**bad, "free_text": "x"}).status_code == 403
    assert (
        client.post(
            f"/practice/{walkthrough.id}", headers={"X-CSRF-Token": "forged"}, data={"free_text": "x"}
        ).status_code
        == 403
    )


def test_a_token_from_another_browser_is_refused(app: FastAPI, client: Client, quiz_principle: str) -> None:
    stolen = client.token()
    with Client(app) as other:
        other.get("/")
        assert other.post(f"/test/{quiz_principle}", data={"csrf_token": stolen}).status_code == 403


def test_a_forged_cookie_is_replaced(client: Client, quiz_principle: str) -> None:
    client.cookies.set("starcoach_csrf", "my-own-token")
    response = client.post(f"/test/{quiz_principle}", data={"csrf_token": "my-own-token"})
    assert response.status_code == 403


def test_htmx_sends_the_token_in_a_header(client: Client, quiz_principle: str) -> None:
    response = client.post(f"/test/{quiz_principle}", headers={"X-CSRF-Token": client.token()}, follow_redirects=False)
    assert response.status_code == 303


def test_a_body_past_the_limit_gets_a_clear_413(client: Client, walkthrough: Walkthrough) -> None:
    huge = "I fixed it. " * 10_000
    response = client.submit(f"/practice/{walkthrough.id}", {"mode": "free", "free_text": huge})
    assert response.status_code == 413
    assert "at most 64 KB" in response.text
    assert "Back to the library" in response.text


def test_a_streamed_body_past_the_limit_gets_a_413(client: Client, walkthrough: Walkthrough) -> None:
    def chunks() -> Iterator[bytes]:
        yield b"csrf_token=x&free_text="
        for _ in range(100):
            yield b"a" * 1024

    response = client.post(
        f"/practice/{walkthrough.id}",
        content=chunks(),
        headers={"content-type": "application/x-www-form-urlencoded"},
    )
    assert response.status_code == 413


def test_an_answer_past_the_word_limit_is_refused_in_place(app: FastAPI, walkthrough: Walkthrough) -> None:
    from starcoach.analyzer import MAX_WORDS

    with Client(app) as client:
        words = "I " * (MAX_WORDS + 10)
        if len(words) > app.state.ctx.settings.max_body_bytes:
            pytest.skip("the body limit is tighter than the analyzer's word limit")
        response = client.submit(f"/practice/{walkthrough.id}", {"mode": "free", "free_text": words})
        assert response.status_code == 422
        assert 'role="alert"' in response.text
        assert words[:40] in response.text


def test_empty_answers_and_replies_get_a_plain_message(client: Client, walkthrough: Walkthrough) -> None:
    response = client.submit(f"/practice/{walkthrough.id}", {"mode": "steps"})
    assert response.status_code == 422
    assert 'role="alert"' in response.text
    mock = client.submit(f"/mock/{walkthrough.id}", {"mode": "free", "free_text": ""})
    assert mock.status_code == 422


def test_invalid_form_values_give_a_friendly_400(client: Client, walkthrough: Walkthrough) -> None:
    response = client.submit(f"/practice/{walkthrough.id}", {"mode": "steps", "level": "principal"})
    assert response.status_code == 400
    assert "not valid" in response.text


def test_a_crash_shows_no_stack_trace(app: FastAPI, client: Client) -> None:
    def boom() -> None:
        raise RuntimeError("secret internals")

    app.add_api_route("/boom", boom)
    response = client.get("/boom")
    assert response.status_code == 500
    assert "secret internals" not in response.text
    assert "Traceback" not in response.text
    assert "Something went wrong" in response.text


def test_security_headers(client: Client) -> None:
    response = client.get("/")
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert response.headers["x-content-type-options"] == "nosniff"
    cookie = response.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=Strict" in cookie


def test_a_form_opened_before_a_restart_still_submits(database_url: str) -> None:
    """The CSRF key lives in the database, so a server restart does not expire the page in the browser."""
    from fastapi.testclient import TestClient

    from starcoach.web.app import create_app
    from starcoach.web.settings import Settings

    with TestClient(create_app(Settings(database_url=database_url))) as before:
        page = before.get("/test/ownership")
        token = before.cookies.get("starcoach_csrf")
    with TestClient(create_app(Settings(database_url=database_url))) as after:
        after.cookies.set("starcoach_csrf", token or "")
        form_token = page.text.split('name="csrf_token" value="', 1)[1].split('"', 1)[0]
        response = after.post("/test/ownership", data={"csrf_token": form_token}, follow_redirects=False)
    assert response.status_code == 303
