"""A parent's whole journey in a real browser: by mouse, by keyboard, and without JavaScript."""

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_no_violations

pytestmark = [pytest.mark.server, pytest.mark.browser]

EXIT_URL = re.compile(r"^https://www\.bbc\.co\.uk/weather")


def bubbles(page: Page):
    return page.locator("#chat-messages > li")


def assistant_texts(page: Page) -> list[str]:
    return page.locator(
        "#chat-messages > li.app-chat__message--assistant .app-chat__bubble"
    ).all_inner_texts()


def wait_for_reply(page: Page, count_before: int) -> None:
    """Wait until the assistant's reply has been added and the typing indicator is gone."""
    expect(page.locator("#chat-typing")).to_be_hidden()
    page.wait_for_function(
        "(n) => document.querySelectorAll('#chat-messages > li').length > n + 1", arg=count_before
    )


def ask(page: Page, text: str) -> None:
    before = bubbles(page).count()
    page.fill("#message", text)
    page.click("#chat-send")
    wait_for_reply(page, before)


def test_parent_asks_clicks_a_quick_reply_reloads_and_exits(page: Page):
    page.goto("/dorset/")
    expect(page.locator("h1")).to_have_text("Ask about a child protection enquiry")
    assert_no_violations(page)

    ask(page, "Will social services take my children away?")
    assert len(assistant_texts(page)) >= 2
    expect(page.locator("#message")).to_have_value("")

    ask(page, "what happens next?")
    stage_button = page.locator(
        "#chat-quick-replies button", has_text="The child protection conference"
    )
    expect(stage_button).to_be_visible()
    assert_no_violations(page)

    before = bubbles(page).count()
    stage_button.click()
    wait_for_reply(page, before)
    current = page.locator('.app-timeline [aria-current="step"]').last
    expect(current).to_contain_text("The child protection conference")
    expect(current).to_contain_text("You are here")
    assert "The child protection conference" in page.locator("#chat-messages").inner_text()
    assert_no_violations(page)

    shown = bubbles(page).all_inner_texts()
    page.reload()
    assert bubbles(page).all_inner_texts() == shown
    expect(page.locator(".app-timeline")).to_have_count(1)

    page.locator(".app-feedback button", has_text="Yes").last.click()
    thanks = page.locator(".app-feedback__thanks").last
    expect(thanks).to_have_text("Thank you for your feedback.")
    expect(thanks).to_be_focused()
    assert_no_violations(page)

    page.get_by_role("button", name="Emergency Exit this page").click()
    page.wait_for_url(EXIT_URL)


def test_keyboard_only_journey(desktop_page: Page):
    page = desktop_page
    page.goto("/dorset/")
    for _ in range(60):
        if page.evaluate("() => document.activeElement.id") == "message":
            break
        page.keyboard.press("Tab")
    expect(page.locator("#message")).to_be_focused()

    for question in ("Will my child be taken away?", "what happens next?"):
        before = bubbles(page).count()
        page.keyboard.type(question)
        page.keyboard.press("Enter")
        wait_for_reply(page, before)
        expect(page.locator("#message")).to_be_focused()
        expect(page.locator("#message")).to_have_value("")

    for _ in range(20):
        page.keyboard.press("Shift+Tab")
        focused = page.evaluate("() => document.activeElement.textContent.trim()")
        if focused == "The enquiry (Section 47)":
            break
    assert focused == "The enquiry (Section 47)"
    before = bubbles(page).count()
    page.keyboard.press("Enter")
    wait_for_reply(page, before)
    expect(page.locator("#message")).to_be_focused()
    expect(page.locator('.app-timeline [aria-current="step"]').last).to_contain_text("The enquiry")

    shown = bubbles(page).all_inner_texts()
    page.reload()
    assert bubbles(page).all_inner_texts() == shown

    page.locator("body").focus()
    for _ in range(3):
        page.keyboard.press("Shift")
    page.wait_for_url(EXIT_URL)


def test_replies_are_added_inside_the_live_region(desktop_page: Page):
    page = desktop_page
    page.goto("/gloucestershire/")
    log = page.locator("#chat-log")
    expect(log).to_have_attribute("role", "log")
    expect(log).to_have_attribute("aria-live", "polite")
    expect(log.locator("#chat-messages")).to_have_count(1)
    ask(page, "<img src=x onerror=alert(1)> what is a strategy discussion?")
    parent = page.locator("#chat-messages > li.app-chat__message--parent").last
    expect(parent).to_contain_text("<img src=x onerror=alert(1)>")
    expect(page.locator("#chat-messages img")).to_have_count(0)


def test_errors_are_shown_by_the_box_and_the_text_is_kept(desktop_page: Page):
    page = desktop_page
    page.goto("/dorset/")
    page.click("#chat-send")
    expect(page.locator("#chat-error")).to_have_text("Enter a message")
    assert_no_violations(page)
    page.fill("#message", "x" * 520)
    page.click("#chat-send")
    expect(page.locator("#chat-error")).to_contain_text("500 characters")
    expect(page.locator("#message")).to_have_value("x" * 520)
    expect(page.locator(".govuk-character-count__status")).to_contain_text("20 characters too many")


def test_whole_conversation_without_javascript(no_js_page: Page):
    page = no_js_page
    page.goto("/leicestershire/")
    page.fill("#message", "Will my child be taken away?")
    page.click("#chat-send")
    page.wait_for_url(re.compile(r"/leicestershire/#chat-latest$"))
    assert len(assistant_texts(page)) >= 2
    page.fill("#message", "what happens next?")
    page.click("#chat-send")
    page.locator("#chat-quick-replies button", has_text="Review conference").click()
    expect(page.locator('.app-timeline [aria-current="step"]').last).to_contain_text(
        "Review conference"
    )
    page.locator(".app-feedback button", has_text="No").last.click()
    expect(page.locator(".app-feedback__thanks").last).to_have_text("Thank you for your feedback.")
    page.click("text=Download or print this conversation")
    expect(page.locator(".app-transcript")).to_contain_text("Will my child be taken away?")
    page.click("text=Back to the conversation")
    page.click("text=Start again")
    expect(bubbles(page)).to_have_count(1)


@pytest.mark.parametrize("path", ["/", "/dorset/conversation", "/no-such-council/"])
def test_other_pages_have_no_accessibility_violations(page: Page, path: str):
    page.goto(path)
    assert_no_violations(page)


@pytest.mark.parametrize("code", ["pl", "ro", "ur", "ar", "gu", "pa", "bn", "so"])
def test_each_language_page_has_no_accessibility_violations(desktop_page: Page, code: str):
    page = desktop_page
    page.goto(f"/dorset/?lang={code}")
    expect(page.locator("html")).to_have_attribute("lang", code)
    expected_dir = "rtl" if code in ("ur", "ar") else "ltr"
    expect(page.locator("body")).to_have_attribute("dir", expected_dir)
    assert_no_violations(page)
