"""End to end in Chromium: one test per mode, each against a real server with a fresh database."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Browser, Page, expect

from starcoach.content.loader import Library
from starcoach.content.models import Walkthrough
from tests.browser.conftest import shot

pytestmark = pytest.mark.browser


def test_learn(page: Page, server: str, walkthrough: Walkthrough) -> None:
    page.goto(f"{server}/learn/{walkthrough.id}")
    expect(page.locator("h1")).to_have_text(walkthrough.question.text)
    expect(page.locator("mark.hl-key").first).to_be_visible()
    shot(page, "learn-top", full=False)
    page.get_by_role("link", name="Senior SDE").click()
    expect(page.locator("#level-panel")).to_contain_text(walkthrough.reflections.senior)
    expect(page.locator("#reflection-level")).to_contain_text("Reflection at Senior SDE")
    expect(page.locator("#level-switch a[aria-current=true]")).to_have_text("Senior SDE")
    assert "level=senior" in page.url
    last = walkthrough.angles[-1]
    page.locator("#angle-panel .tabs a").last.click()
    expect(page.locator("#angle-panel")).to_contain_text(last.lead_with)
    first = page.locator("details.follow-up").first
    first.locator("summary").click()
    expect(first.locator(".reply.strong")).to_be_visible()
    check = walkthrough.quick_checks[0]
    box = page.locator("#check-0")
    box.locator("label.option").nth(check.answer).click()
    box.get_by_role("button", name="Check").click()
    expect(page.locator("#check-0 .feedback")).to_contain_text("Correct.")
    shot(page, "learn-full")


def test_practice_with_feedback(page: Page, server: str, walkthrough: Walkthrough) -> None:
    page.goto(f"{server}/practice/{walkthrough.id}")
    expect(page.get_by_text("No attempts yet")).to_be_visible()
    situation = page.locator("textarea[name=situation]")
    situation.fill("word " * 100)
    expect(page.locator(".box.step-situation")).to_have_attribute("data-state", "amber")
    expect(page.locator(".box.step-situation [data-words]")).to_have_text("100 words")
    situation.fill("word " * 130)
    expect(page.locator(".box.step-situation")).to_have_attribute("data-state", "red")
    for card in walkthrough.steps:
        page.locator(f"textarea[name={card.step}]").fill(card.example)
    page.locator("textarea[name=action]").fill(
        "We decided to roll back the release. I escalated it to the platform team."
    )
    expect(page.locator(".box.step-situation")).not_to_have_attribute("data-state", "red")
    page.get_by_role("button", name="Get feedback").click()
    report = page.locator("#report .report")
    expect(report).to_be_visible()
    expect(report.locator(".badge.large")).to_be_visible()
    expect(report.locator("mark.hl").first).to_be_visible()
    expect(report.locator(".time-bar")).to_have_count(5)
    expect(page.locator("#history .history-list li")).to_have_count(1)
    shot(page, "practice-report")
    page.get_by_role("link", name="Try again").click()
    expect(page.locator("textarea[name=situation]")).to_be_focused()
    expect(page.locator("textarea[name=action]")).to_have_value(re.compile("We decided to roll back"))


def test_practice_works_without_javascript(browser: Browser, server: str, walkthrough: Walkthrough) -> None:
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{server}/practice/{walkthrough.id}?mode=free")
    page.get_by_label("Your answer").fill(walkthrough.weak_answer.text)
    page.get_by_role("button", name="Get feedback").click()
    expect(page.locator(".report .badge.large")).to_be_visible()
    expect(page.get_by_label("Your answer")).to_have_value(walkthrough.weak_answer.text)
    context.close()


def test_mock_with_follow_ups(page: Page, server: str, walkthrough: Walkthrough) -> None:
    page.goto(f"{server}/mock/{walkthrough.id}")
    page.get_by_label("Your answer").fill(walkthrough.weak_answer.text)
    page.get_by_role("button", name="Answer and continue").click()
    expect(page.locator(".bubble.interviewer.current")).to_be_visible()
    total = int(re.findall(r"of (\d)", page.locator(".bubble.current .who").text_content() or "")[0])
    assert 2 <= total <= 3
    shot(page, "mock-follow-up", full=False)
    for n in range(total):
        expect(page.locator(".bubble.current .who")).to_contain_text(f"follow-up {n + 1} of {total}")
        page.get_by_label("Your reply").fill(
            "We looked into it as a team and I escalated it to the owners, who fixed it."
        )
        page.get_by_role("button", name="Send reply").click()
    scorecard = page.locator(".scorecard")
    expect(scorecard).to_be_visible()
    expect(scorecard.locator(".debrief")).to_contain_text("follow-up")
    expect(scorecard.locator(".signal-bars li").first).to_be_visible()
    shot(page, "mock-scorecard")


def test_a_full_ten_question_test(page: Page, server: str, library: Library, quiz_principle: str) -> None:
    page.goto(f"{server}/principles/{quiz_principle}")
    page.get_by_role("link", name="Test this pattern").last.click()
    page.get_by_role("button", name="Start the test").click()
    for n in range(10):
        expect(page.locator(".quiz-progress .count")).to_have_text(f"{n + 1}/10")
        if n == 0:
            page.get_by_role("link", name="Show a hint").click()
            expect(page.locator(".hint")).to_be_visible()
            shot(page, "test-question", full=False)
        item_id = page.locator("input[name=item_id]").get_attribute("value")
        assert item_id is not None
        item = library.quiz[item_id]
        choice = item.answer if n < 8 else (item.answer + 1) % 4
        page.locator("label.option").nth(choice).click()
        page.get_by_role("button", name="Check answer").click()
        expect(page.locator(".feedback-head")).to_contain_text("Correct" if n < 8 else "Not quite")
        expect(page.locator("ol.solution li").first).to_be_visible()
        if n == 8:
            shot(page, "test-feedback", full=False)
        page.locator(".quiz-card .actions a").click()
    expect(page.locator(".big-score")).to_contain_text("8/10")
    expect(page.locator(".verdict-line")).to_contain_text("Strong")
    shot(page, "test-result", full=False)


def test_progress_after_attempts(page: Page, phone: Page, server: str, walkthrough: Walkthrough) -> None:
    page.goto(f"{server}/progress")
    expect(page.get_by_text("Nothing to show yet")).to_be_visible()
    shot(page, "progress-empty", full=False)
    for text in (walkthrough.weak_answer.text, walkthrough.strong_text(), walkthrough.weak_answer.text):
        page.goto(f"{server}/practice/{walkthrough.id}?mode=free")
        page.get_by_label("Your answer").fill(text)
        page.get_by_role("button", name="Get feedback").click()
        expect(page.locator("#report .report")).to_be_visible()
    page.get_by_role("link", name="Progress").click()
    expect(page.locator("svg.chart circle")).to_have_count(3)
    expect(page.locator(".flag-counts li").first).to_contain_text("of your last 3 answers")
    shot(page, "progress")
    phone.goto(f"{server}/practice/{walkthrough.id}")
    shot(phone, "phone-practice")
    phone.goto(f"{server}/progress")
    shot(phone, "phone-progress")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, "the page scrolls sideways at phone width"
