"""Every page renders from the shipped library, with guiding empty states for a first-time user."""

from __future__ import annotations

import pytest

from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough
from tests.conftest import Client


def test_health(client: Client) -> None:
    response = client.get("/health")
    assert response.status_code == 200
    assert response.json() == {"status": "ok"}


def test_library_lists_every_principle_and_guides_a_first_visit(client: Client, library: Library) -> None:
    page = client.get("/")
    assert page.status_code == 200
    for principle in library.principles.values():
        assert f'href="/principles/{principle.slug}"' in page.text
    assert "New here? Start with one question." in page.text
    assert "Not started" in page.text


def test_search_returns_matching_questions(client: Client, walkthrough: Walkthrough) -> None:
    words = " ".join(walkthrough.question.text.split()[-3:]).strip("?.")
    page = client.get("/", params={"q": words})
    assert f'href="/learn/{walkthrough.id}"' in page.text
    fragment = client.get("/", params={"q": words}, headers={"HX-Request": "true"})
    assert "<html" not in fragment.text
    assert f'href="/learn/{walkthrough.id}"' in fragment.text
    none = client.get("/", params={"q": "zzqxv"}, headers={"HX-Request": "true"})
    assert "No question matches" in none.text


def test_principle_page(client: Client, library: Library, walkthrough: Walkthrough) -> None:
    principle = library.principle(walkthrough.question.principle)
    page = client.get(f"/principles/{principle.slug}")
    assert page.status_code == 200
    for text in (
        principle.meaning,
        principle.signals[0],
        principle.red_flags[0],
        "Test this pattern: 10 questions",
    ):
        assert text.replace("'", "&#39;") in page.text
    assert f'href="/learn/{walkthrough.id}"' in page.text


def test_learn_shows_every_section(client: Client, walkthrough: Walkthrough) -> None:
    page = client.get(f"/learn/{walkthrough.id}")
    assert page.status_code == 200
    for heading in (
        "Scenario overview",
        "The five steps",
        "Follow-up questions",
        "A weak answer",
        "Quick checks",
        "One story, several principles",
        "By level",
    ):
        assert heading in page.text
    assert page.text.count('class="step-card') == 5
    assert page.text.count('<details class="follow-up">') == len(walkthrough.follow_ups)
    assert page.text.count('class="hl hl-key"') >= len(walkthrough.steps)
    assert 'class="quick-check"' in page.text


@pytest.mark.parametrize("level", ["sde1", "sde2", "senior"])
def test_the_level_switch_changes_reflection_and_budget(client: Client, walkthrough: Walkthrough, level: str) -> None:
    fragment = client.get(f"/learn/{walkthrough.id}/level", params={"level": level}, headers={"HX-Request": "true"})
    assert fragment.status_code == 200
    assert "<html" not in fragment.text
    reflection = getattr(walkthrough.reflections, level)
    assert reflection.replace("'", "&#39;").replace('"', "&#34;") in fragment.text
    assert fragment.text.count('hx-swap-oob="true"') == 3
    variant = next((v for v in walkthrough.levels if v.level == level), None)
    if variant is not None:
        assert variant.bar.replace("'", "&#39;").replace('"', "&#34;") in fragment.text


def test_the_angle_switch(client: Client, walkthrough: Walkthrough) -> None:
    angle = walkthrough.angles[-1]
    fragment = client.get(
        f"/learn/{walkthrough.id}/angle", params={"angle": angle.principle}, headers={"HX-Request": "true"}
    )
    assert angle.lead_with.replace("'", "&#39;").replace('"', "&#34;") in fragment.text
    full = client.get(f"/learn/{walkthrough.id}", params={"angle": angle.principle})
    assert angle.emphasize.replace("'", "&#39;").replace('"', "&#34;") in full.text


def test_quick_checks_answer_in_place_with_and_without_javascript(client: Client, walkthrough: Walkthrough) -> None:
    check = walkthrough.quick_checks[0]
    wrong = (check.answer + 1) % len(check.options)
    fragment = client.get(
        f"/learn/{walkthrough.id}/check/0", params={"choice": check.answer}, headers={"HX-Request": "true"}
    )
    assert "Correct." in fragment.text and "<html" not in fragment.text
    full = client.get(f"/learn/{walkthrough.id}", params={"check": 0, "choice": wrong})
    assert "Not quite." in full.text
    assert client.get(f"/learn/{walkthrough.id}/check/99").status_code == 404


def test_practice_page_has_five_boxes_or_one(client: Client, walkthrough: Walkthrough) -> None:
    page = client.get(f"/practice/{walkthrough.id}")
    assert page.status_code == 200
    for step in ("situation", "task", "action", "result", "reflection"):
        assert f'name="{step}"' in page.text
    assert "No attempts yet" in page.text
    free = client.get(f"/practice/{walkthrough.id}", params={"mode": "free"})
    assert 'name="free_text"' in free.text and 'name="situation"' not in free.text


def test_mock_and_test_and_progress_pages(client: Client, walkthrough: Walkthrough, quiz_principle: str) -> None:
    assert walkthrough.question.text.replace("'", "&#39;") in client.get(f"/mock/{walkthrough.id}").text
    intro = client.get(f"/test/{quiz_principle}")
    assert intro.status_code == 200 and "Start the test" in intro.text
    assert client.get("/test/mixed").status_code == 200
    progress = client.get("/progress")
    assert "Nothing to show yet" in progress.text


@pytest.mark.parametrize(
    "url",
    [
        "/learn/no-such-question",
        "/practice/no-such-question",
        "/principles/nope",
        "/test/nope",
        "/nowhere",
        "/mock/session/999",
        "/test/run/999",
    ],
)
def test_unknown_pages_are_friendly_404s(client: Client, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert "Back to the library" in response.text
    assert "Traceback" not in response.text


def test_static_files_and_vendored_htmx(client: Client) -> None:
    page = client.get("/")
    assert "/static/vendor/htmx-2." in page.text
    src = page.text.split("/static/vendor/")[1].split('"')[0]
    assert client.get(f"/static/vendor/{src}").status_code == 200
    assert client.get("/static/app.css").status_code == 200
