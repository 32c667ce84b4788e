"""Saves screenshots of the Dorset chat page, mid-conversation, on a phone and a desktop window.

Needs the servers running (make servers-start) and Debian's chromium. Run: make screenshots
Also saves the QARO console, the parent's page during a handoff, and an Urdu conversation.
"""

import secrets
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.web.staff.accounts import create_account  # noqa: E402
from tests.browser.conftest import BASE_URL, CHROMIUM, CHROMIUM_ARGS, DESKTOP, PHONE  # noqa: E402
from tests.server.test_languages import example  # noqa: E402

OUT = ROOT / "docs" / "screenshots"
QUESTIONS = ["Will my child be taken away?", "what happens next?"]
STAGE_BUTTON = "The child protection conference"
PASSWORD = "screenshots only password"


def converse(page) -> None:
    """Ask the questions, then choose the conference stage, as a parent would."""
    page.goto(f"{BASE_URL}/dorset/")
    for question in QUESTIONS:
        count = page.locator("#chat-messages > li").count()
        page.fill("#message", question)
        page.click("#chat-send")
        page.wait_for_function(
            "(n) => document.querySelectorAll('#chat-messages > li').length > n + 1", arg=count
        )
    page.locator("#chat-quick-replies button", has_text=STAGE_BUTTON).click()
    page.locator(".app-timeline").last.wait_for()


def console(browser) -> None:
    """A parent asks for a person; a QARO claims the conversation and replies."""
    username = f"screenshot-{secrets.token_hex(3)}"
    create_account(username, "Sam", PASSWORD, ["dorset"])
    parent = browser.new_context(viewport=DESKTOP).new_page()
    parent.goto(f"{BASE_URL}/dorset/")
    parent.fill("#message", "can I talk to a real person please?")
    parent.click("#chat-send")
    parent.locator("#chat-quick-replies button", has_text="Yes, share it").click()
    parent.locator("#handoff-status .app-handoff-status").wait_for()
    officer = browser.new_context(viewport=DESKTOP).new_page()
    officer.goto(f"{BASE_URL}/staff/sign-in")
    officer.fill("#username", username)
    officer.fill("#password", PASSWORD)
    officer.get_by_role("button", name="Sign in").click()
    officer.locator("#staff-queue table a").last.click()
    officer.get_by_role("button", name="Claim this conversation").click()
    officer.fill("#reply", "Hello, I'm Sam, a duty QARO. I can explain what happens next.")
    officer.get_by_role("button", name="Send reply").click()
    parent.locator(".app-chat__message--staff").wait_for()
    parent.locator(".app-chat__message--notice").last.scroll_into_view_if_needed()
    parent.evaluate("() => window.scrollBy(0, 200)")
    save(officer, OUT / "console-desktop.png")
    save(parent, OUT / "chat-desktop-handoff.png")


def urdu(browser) -> None:
    """A parent on the Urdu page asks what the enquiry is and for the QARO's number."""
    page = browser.new_context(viewport=PHONE, is_mobile=True).new_page()
    page.goto(f"{BASE_URL}/dorset/?lang=ur")
    for intent in ("ask_what_is_enquiry", "ask_qaro"):
        count = page.locator("#chat-messages > li").count()
        page.fill("#message", example("ur", intent))
        page.click("#chat-send")
        page.wait_for_function(
            "(n) => document.querySelectorAll('#chat-messages > li').length > n + 1", arg=count
        )
    page.locator(".app-translation-note").last.scroll_into_view_if_needed()
    save(page, OUT / "chat-phone-urdu.png")


def save(page, path: Path) -> None:
    """Save what the window shows now."""
    page.screenshot(path=str(path))
    print(f"saved {path.relative_to(ROOT)}")


def main() -> None:
    """Write the top of the page and the timeline, for a phone and a desktop window."""
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        for name, viewport in (("phone", PHONE), ("desktop", DESKTOP)):
            context = browser.new_context(viewport=viewport, is_mobile=name == "phone")
            page = context.new_page()
            converse(page)
            page.evaluate("() => window.scrollTo(0, 0)")
            save(page, OUT / f"chat-{name}.png")
            page.locator(".app-timeline").last.scroll_into_view_if_needed()
            save(page, OUT / f"chat-{name}-timeline.png")
            context.close()
        console(browser)
        urdu(browser)
        browser.close()


if __name__ == "__main__":
    main()
