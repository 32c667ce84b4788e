"""The parent's page and the QARO console together in real browsers, updated live both ways."""

import secrets

import httpx
import pytest
from playwright.sync_api import Page, expect

from bot.web.handoff import queue
from bot.web.staff.accounts import create_account
from tests.browser.conftest import _context, assert_no_violations

pytestmark = [pytest.mark.server, pytest.mark.browser]
PASSWORD = "a long enough password"
RASA_URL = "http://localhost:5005"


def send(page: Page, text: str) -> None:
    page.fill("#message", text)
    page.keyboard.press("Enter")


def waiting_with(text: str):
    for handoff in queue.for_councils(frozenset({"dorset"}), (queue.WAITING,)):
        events = httpx.get(f"{RASA_URL}/conversations/{handoff.sender_id}/tracker").json()["events"]
        if any(e.get("text") == text for e in events):
            return handoff
    raise AssertionError(f"no waiting conversation says {text!r}")


@pytest.fixture
def officer_page(browser):
    context = _context(browser, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_parent_and_qaro_chat_live_then_the_assistant_takes_over(
    desktop_page: Page, officer_page: Page
):
    parent, officer = desktop_page, officer_page
    username = f"browser-{secrets.token_hex(4)}"
    create_account(username, "Sam", PASSWORD, ["dorset"])

    parent.goto("/dorset/")
    send(parent, "can I talk to a real person?")
    yes = parent.locator("#chat-quick-replies button", has_text="Yes, share it")
    expect(yes).to_be_visible()
    yes.click()
    expect(parent.locator("#handoff-status")).to_contain_text("You are waiting for a QARO")
    knock = f"hello, is anyone there? ({secrets.token_hex(3)})"
    send(parent, knock)
    expect(parent.locator("#chat-messages > li").last).to_contain_text(knock)
    assert_no_violations(parent)

    officer.goto("/staff/sign-in")
    officer.fill("#username", username)
    officer.fill("#password", PASSWORD)
    officer.get_by_role("button", name="Sign in").click()
    expect(officer.locator("h1")).to_have_text("Parents waiting and chats in progress")
    assert_no_violations(officer)
    handoff = waiting_with(knock)
    officer.goto(f"/staff/conversations/{handoff.id}")
    expect(officer.locator("#staff-messages")).to_contain_text(knock)
    officer.get_by_role("button", name="Claim this conversation").click()
    assert_no_violations(officer)

    officer.fill("#reply", "Hello, I'm Sam. I'm here to help.")
    officer.get_by_role("button", name="Send reply").click()
    expect(officer.locator("#reply")).to_have_value("")
    expect(parent.locator("#chat-messages")).to_contain_text(
        "Sam (QARO) said: Hello, I'm Sam. I'm here to help."
    )
    expect(parent.locator("#handoff-status")).to_contain_text("You are talking with Sam (QARO)")
    expect(officer.locator("#staff-messages")).to_contain_text("Hello, I'm Sam. I'm here to help.")

    send(parent, "thank you Sam")
    expect(officer.locator("#staff-messages")).to_contain_text("thank you Sam")
    assert_no_violations(parent)

    officer.get_by_role("button", name="Hand back to the assistant").click()
    expect(parent.locator("#chat-messages")).to_contain_text(
        "Sam has handed you back to the assistant."
    )
    expect(parent.locator("#handoff-status")).not_to_contain_text("talking")

    count = parent.locator("#chat-messages > li").count()
    send(parent, "what is a core group?")
    parent.wait_for_function(
        "(n) => document.querySelectorAll('#chat-messages > li').length > n + 1", arg=count
    )
    expect(parent.locator("#chat-messages > li").last).to_contain_text("core group")
    expect(officer.locator("#staff-status")).to_contain_text("Handed back")
