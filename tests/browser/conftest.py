"""Headless Debian Chromium driven by Playwright, against the running web app, Rasa and actions."""

import os
from pathlib import Path

import pytest
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CP_CHROMIUM", "/usr/bin/chromium")
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
BASE_URL = os.environ.get("CP_WEB_URL", "http://localhost:8000")
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
# Chromium here has no internet: without these flags it keeps trying to reach Google's services.
CHROMIUM_ARGS = [
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run scripts/install_browser.sh")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def _context(browser, **options):
    # bypass_csp lets the tests inject axe-core; the page's own policy is tested in tests/web.
    context = browser.new_context(base_url=BASE_URL, bypass_csp=True, **options)
    context.route(
        "https://www.bbc.co.uk/**",
        lambda route: route.fulfill(
            status=200, content_type="text/html", body="<title>Weather</title><h1>Weather</h1>"
        ),
    )
    context.set_default_timeout(20_000)
    return context


@pytest.fixture(params=["desktop", "phone"])
def page(browser, request):
    viewport = DESKTOP if request.param == "desktop" else PHONE
    context = _context(browser, viewport=viewport, is_mobile=request.param == "phone")
    yield context.new_page()
    context.close()


@pytest.fixture
def desktop_page(browser):
    context = _context(browser, viewport=DESKTOP)
    yield context.new_page()
    context.close()


@pytest.fixture
def no_js_page(browser):
    context = _context(browser, viewport=DESKTOP, java_script_enabled=False)
    yield context.new_page()
    context.close()


def assert_no_violations(page):
    """Assert that axe-core finds no WCAG 2.2 A or AA violation on the page as it is now."""
    assert axe_violations(page) == []


def axe_violations(page):
    """Run axe-core's WCAG 2.2 A and AA rules on the page; return the violations, summarised."""
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE))
    result = page.evaluate(
        """async (tags) => {
            const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}});
            return result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)
            }));
        }""",
        WCAG_TAGS,
    )
    return result
