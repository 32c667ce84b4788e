"""End to end with the real Rasa server, action server and web app: a parent to a QARO and back.

The servers run with CP_PRETEND_NOW (make servers-start): a Wednesday morning, when Dorset's chat
is open.
"""

import secrets

import httpx
import pytest
from bs4 import BeautifulSoup

from bot.web.handoff import queue
from bot.web.staff.accounts import create_account

pytestmark = pytest.mark.server

WEB_URL = "http://localhost:8000"
PASSWORD = "a long enough password"


def page(response):
    return BeautifulSoup(response.text, "html.parser")


class Parent:
    """A parent using the Dorset page through its JSON API, as the page's script does."""

    def __init__(self):
        self.client = httpx.Client(base_url=WEB_URL, follow_redirects=True, timeout=30)
        form = page(self.client.get("/dorset/")).select_one("#chat-form")
        self.token = form.select_one("input[name=csrf_token]")["value"]

    def say(self, text):
        response = self.client.post(
            "/dorset/api/messages", json={"message": text}, headers={"X-CSRF-Token": self.token}
        )
        response.raise_for_status()
        return response.json()

    def conversation(self):
        bubbles = page(self.client.get("/dorset/")).select("#chat-messages > li")
        return [li.get_text(" ", strip=True) for li in bubbles]


class Officer:
    """A QARO using the console through its forms."""

    def __init__(self, name):
        username = f"e2e-{secrets.token_hex(4)}"
        create_account(username, name, PASSWORD, ["dorset"])
        self.client = httpx.Client(base_url=WEB_URL, follow_redirects=True, timeout=30)
        token = page(self.client.get("/staff/sign-in")).select_one("input[name=csrf_token]")
        response = self.client.post(
            "/staff/sign-in",
            data={"username": username, "password": PASSWORD, "csrf_token": token["value"]},
        )
        assert response.url.path == "/staff/"

    def open(self, path):
        response = self.client.get(path)
        self.token = page(response).select_one("form input[name=csrf_token]")["value"]
        return response

    def post(self, path, **data):
        return self.client.post(path, data={"csrf_token": self.token, **data})


def waiting_with(rasa, text):
    """Return the waiting handoff whose conversation holds this message."""
    for handoff in queue.for_councils(frozenset({"dorset"}), (queue.WAITING,)):
        events = rasa.get(f"/conversations/{handoff.sender_id}/tracker").json()["events"]
        if any(e.get("text") == text for e in events):
            return handoff
    raise AssertionError(f"no waiting conversation says {text!r}")


@pytest.fixture
def web():
    try:
        httpx.get(f"{WEB_URL}/healthz", timeout=5).raise_for_status()
    except httpx.HTTPError as error:
        pytest.fail(f"the web app is not running at {WEB_URL} ({error}): make servers-start")


def test_parent_talks_to_a_qaro_then_the_assistant_again(web, rasa, store):
    parent = Parent()
    offer = parent.say("can I talk to a real person please")
    offer_text = BeautifulSoup(offer["html"], "html.parser").get_text(" ", strip=True)
    assert "Do you want me to share this conversation with them?" in offer_text
    assert store.council("dorset").contact("qaro_duty").phone in offer_text

    waiting = parent.say("yes")
    assert waiting["live"], "Dorset's chat was closed: start the servers with make servers-start"
    assert "You are waiting for a QARO" in waiting["status"]
    knock = f"is anyone there? ({secrets.token_hex(3)})"
    parent.say(knock)

    officer = Officer("Sam")
    handoff = waiting_with(rasa, knock)
    conversation = f"/staff/conversations/{handoff.id}"
    officer.open(conversation)
    officer.post(f"{conversation}/claim")
    officer.open(conversation)
    officer.post(f"{conversation}/messages", text="Hello, I'm Sam. How can I help?")
    assert "Sam (QARO) said: Hello, I'm Sam. How can I help?" in parent.conversation()

    parent.say("thank you Sam, what happens at the conference?")
    seen_by_officer = page(officer.open(conversation)).select_one("#staff-messages").get_text(" ")
    assert "thank you Sam, what happens at the conference?" in seen_by_officer

    officer.post(f"{conversation}/hand-back")
    answer = parent.say("what is a core group?")
    core_group = store.answer("dorset", "core_group").topic.messages[0]
    assert core_group.split(".")[0] in answer["html"]
    assert not answer["live"]

    events = rasa.get(f"/conversations/{handoff.sender_id}/tracker").json()["events"]
    said = [e["text"] for e in events if e["event"] in ("user", "bot") and e.get("text")]
    order = [
        "can I talk to a real person please",
        "yes",
        knock,
        "Sam (QARO) has joined the chat.",
        "Hello, I'm Sam. How can I help?",
        "thank you Sam, what happens at the conference?",
        "Sam has handed you back to the assistant. You can ask me another question.",
        "what is a core group?",
    ]
    positions = [said.index(text) for text in order]
    assert positions == sorted(positions)
    assert said[-1] != order[-1], "the assistant answered after the hand-back"
