import pytest
from bs4 import BeautifulSoup
from fastapi.testclient import TestClient

from bot.main import create_app
from bot.web.routes import chat
from tests.web.fake_rasa import FakeRasa


@pytest.fixture
def rasa(monkeypatch):
    fake = FakeRasa()
    monkeypatch.setattr(chat, "send_message", fake.send_message)
    monkeypatch.setattr(chat, "conversation_events", fake.conversation_events)
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
