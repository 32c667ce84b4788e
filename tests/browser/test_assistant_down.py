"""When Rasa does not answer, the parent keeps their message and gets the council's phone line."""

import os
import socket
import subprocess
import sys
import time

import httpx
import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import ROOT, assert_no_violations

pytestmark = [pytest.mark.server, pytest.mark.browser]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def web_without_rasa():
    """A second web app whose Rasa address answers nothing."""
    port = free_port()
    env = {**os.environ, "CP_RASA_URL": f"http://127.0.0.1:{free_port()}"}
    command = [
        sys.executable,
        "-m",
        "uvicorn",
        "bot.main:app",
        "--port",
        str(port),
        "--ws",
        "wsproto",
    ]
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            if httpx.get(f"{url}/healthz").status_code == 200:
                break
        except httpx.HTTPError:
            time.sleep(0.1)
    yield url
    server.terminate()
    server.wait(10)


def test_message_stays_and_the_qaro_line_is_given(desktop_page: Page, web_without_rasa, store):
    page = desktop_page
    page.goto(f"{web_without_rasa}/dorset/")
    page.fill("#message", "what happens at a conference?")
    page.click("#chat-send")
    error = page.locator("#chat-error")
    qaro = store.council("dorset").contact("qaro_duty")
    expect(error).to_contain_text(qaro.phone)
    expect(error).to_contain_text(store.national.numbers["emergency"].phone)
    expect(page.locator("#message")).to_have_value("what happens at a conference?")
    expect(page.locator("#chat-messages > li")).to_have_count(1)
    expect(page.locator("#chat-quick-replies button").first).to_be_visible()
    assert_no_violations(page)
