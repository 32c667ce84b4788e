"""A parent holds a conversation in Urdu or Polish in the real browser, right-to-left for Urdu."""

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import assert_no_violations
from tests.browser.test_parent_journey import ask, assistant_texts, bubbles, wait_for_reply
from tests.server.test_languages import DORSET_QARO_LINE, example

pytestmark = [pytest.mark.server, pytest.mark.browser]


def test_urdu_conversation_on_an_english_page_switches_to_urdu_and_gets_the_qaro(
    desktop_page: Page,
):
    page = desktop_page
    page.goto("/dorset/")
    ask(page, example("ur", "ask_what_is_enquiry"))
    switch = page.locator(".app-chat__switch a")
    expect(switch).to_have_attribute("lang", "ur")
    expect(page.locator(".app-chat__message--assistant .app-translation-note").last).to_be_visible()
    switch.click()
    expect(page.locator("html")).to_have_attribute("lang", "ur")
    expect(page.locator("body")).to_have_attribute("dir", "rtl")
    ask(page, example("ur", "ask_qaro"))
    expect(page.locator("#chat-messages")).to_contain_text(DORSET_QARO_LINE)
    number = page.locator('a[href="tel:01305225940"]').last
    left, right = number.evaluate(
        """(link) => {
            const range = document.createRange();
            const text = link.firstChild;
            range.setStart(text, 0); range.setEnd(text, 5);
            const first = range.getBoundingClientRect();
            range.setStart(text, 6); range.setEnd(text, 12);
            return [first.left, range.getBoundingClientRect().left];
        }"""
    )
    assert left < right, "the area code must be drawn first, on the left"
    assert_no_violations(page)

    english = page.locator(".app-translation-note a").last
    expect(english).to_have_attribute("lang", "en")
    english.click()
    expect(page.locator(".app-answer")).to_have_attribute("lang", "en")
    expect(page.locator(".app-answer")).to_contain_text(DORSET_QARO_LINE)
    assert_no_violations(page)
    page.go_back()
    expect(page.locator("#chat-messages")).to_contain_text(DORSET_QARO_LINE)


def test_polish_conversation_up_to_asking_for_a_person(desktop_page: Page):
    page = desktop_page
    page.goto("/dorset/?lang=pl")
    expect(page.locator("html")).to_have_attribute("lang", "pl")
    ask(page, example("pl", "ask_child_taken_away"))
    ask(page, example("pl", "ask_qaro"))
    expect(page.locator("#chat-messages")).to_contain_text(DORSET_QARO_LINE)
    ask(page, example("pl", "request_human"))
    before = bubbles(page).count()
    page.locator("#chat-quick-replies button").first.click()
    wait_for_reply(page, before)
    texts = " ".join(assistant_texts(page))
    assert "Thank you" not in texts and "English" not in texts
    assert_no_violations(page)
