"""An editor changes Dorset's QARO hours in the browser; a parent's next question shows them."""

import secrets

import pytest
from playwright.sync_api import Page, expect

from bot.web.staff.accounts import create_account
from tests.browser.conftest import _context, assert_no_violations
from tests.support.editor_client import Editor

pytestmark = [pytest.mark.server, pytest.mark.browser]
PASSWORD = "a long enough password"
NEW_HOURS = "Monday to Thursday, 10am to 4pm"


@pytest.fixture
def editor_page(browser):
    context = _context(browser, viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


def test_edit_preview_publish_and_the_parent_sees_it(editor_page: Page, desktop_page: Page):
    page = editor_page
    username = f"browser-editor-{secrets.token_hex(3)}"
    create_account(username, "Edith", PASSWORD, [], editing=["dorset"])
    page.goto("/staff/sign-in")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("Content you can change")
    assert_no_violations(page)
    page.get_by_role("link", name="Dorset Council").click()
    page.get_by_role("link", name="duty QARO (Quality Assurance Reviewing Officer)").click()
    assert_no_violations(page)
    try:
        page.get_by_label("Friday").uncheck()
        page.fill("#opens", "10:00")
        page.fill("#closes", "16:00")
        page.fill("#reason", "New rota from December (browser test)")
        page.get_by_role("button", name="Preview").click()
        expect(page.locator(".app-preview")).to_contain_text(NEW_HOURS)
        assert_no_violations(page)
        page.get_by_role("button", name="Publish").click()
        expect(page.locator(".govuk-notification-banner--success")).to_contain_text("Published.")

        parent = desktop_page
        parent.goto("/dorset/")
        parent.fill("#message", "what's the number for the QARO?")
        parent.keyboard.press("Enter")
        expect(parent.locator("#chat-messages")).to_contain_text(NEW_HOURS)

        page.get_by_role("link", name="History of changes").click()
        expect(page.locator(".app-history__version").first).to_contain_text(
            "New rota from December"
        )
        assert_no_violations(page)
        page.goto("/staff/content/dorset/topics/core_group?language=ur")
        expect(page.locator(".app-translation-status")).to_contain_text("has not checked it")
        assert_no_violations(page)
        page.get_by_role("link", name="Translations and their checks").click()
        expect(page.locator("#row-core_group")).to_contain_text("Awaiting a check")
        assert_no_violations(page)
        page.goto("/staff/content/dorset/")
        assert_no_violations(page)
        page.get_by_role("link", name="Insight: what parents ask").click()
        expect(page.locator("svg.app-chart")).to_be_visible()
        assert_no_violations(page)
    finally:
        Editor(["dorset"]).restore("dorset", "contact", "qaro_duty")


def test_account_administration_page_is_accessible(editor_page: Page):
    page = editor_page
    username = f"browser-admin-{secrets.token_hex(3)}"
    create_account(username, "Ada", PASSWORD, [], admin=True)
    page.goto("/staff/sign-in")
    page.fill("#username", username)
    page.fill("#password", PASSWORD)
    page.get_by_role("button", name="Sign in").click()
    expect(page.locator("h1")).to_have_text("Accounts")
    assert_no_violations(page)
    page.get_by_role("button", name="Create account").click()
    expect(page.locator(".govuk-error-summary")).to_contain_text("Enter a username")
    assert_no_violations(page)
