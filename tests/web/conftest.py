import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from bot.main import create_app
from bot.web import rasa_client
from bot.web.chat import live
from bot.web.routes import chat, staff
from tests.web.fake_rasa import FakeRasa


@pytest.fixture
def rasa(monkeypatch):
    fake = FakeRasa()
    monkeypatch.setattr(chat, "send_message", fake.send_message)
    monkeypatch.setattr(chat, "conversation_events", fake.conversation_events)
    monkeypatch.setattr(staff, "conversation_events", fake.conversation_events)
    monkeypatch.setattr(live, "conversation_events", fake.conversation_events)
    monkeypatch.setattr(rasa_client, "conversation_events", fake.conversation_events)
    monkeypatch.setattr(rasa_client, "append_events", fake.append_events)
    return fake


@pytest.fixture
def database(monkeypatch, tmp_path):
    url = f"sqlite:///{tmp_path / 'web.db'}"
    monkeypatch.setenv("CP_DATABASE_URL", url)
    return url


@pytest.fixture
def client(rasa, database):
    return TestClient(create_app())


def soup(response):
    return BeautifulSoup(response.text, "html.parser")


def csrf(client, path="/dorset/"):
    """Open a page as a parent would and return its form's CSRF token."""
    page = soup(client.get(path))
    return page.select_one("#chat-form input[name=csrf_token]")["value"]


def say(client, text, path="/dorset/"):
    """Post a message with the no-JavaScript form, as a browser would."""
    return client.post(path, data={"message": text, "csrf_token": csrf(client, path)})


PASSWORD = "a long enough password"


def make_staff(username, councils, name=None):
    """Create a staff account in the test database and return its id."""
    from bot.web.staff.accounts import create_account

    return create_account(username, name or username.title(), PASSWORD, councils)


def sign_in(client, username, password=PASSWORD):
    """Sign in through the form as a browser would; return the response."""
    page = soup(client.get("/staff/sign-in"))
    token = page.select_one("input[name=csrf_token]")["value"]
    return client.post(
        "/staff/sign-in", data={"username": username, "password": password, "csrf_token": token}
    )


def staff_token(client, path="/staff/"):
    """Return the staff CSRF token from a console page."""
    return soup(client.get(path)).select_one("form input[name=csrf_token]")["value"]


WAITING = {"text": "I've asked for a QARO.", "custom": {"handoff": "waiting", "council": "dorset"}}
