import uuid

import httpx
import pytest

RASA_URL = "http://localhost:5005"


@pytest.fixture(scope="session")
def rasa():
    client = httpx.Client(base_url=RASA_URL, timeout=30)
    try:
        client.get("/status").raise_for_status()
    except httpx.HTTPError as error:
        pytest.fail(
            f"the Rasa server is not running at {RASA_URL} ({error}); "
            "start it with `make servers-start`"
        )
    yield client
    client.close()


@pytest.fixture
def say(rasa):
    """Send messages as one new parent through the REST channel; return each reply list."""
    sender = f"test-{uuid.uuid4().hex[:12]}"

    def _say(message, **metadata):
        response = rasa.post(
            "/webhooks/rest/webhook",
            json={"sender": sender, "message": message, "metadata": metadata},
        )
        response.raise_for_status()
        return response.json()

    _say.sender = sender
    return _say


def text_of(replies):
    return "\n".join(r.get("text", "") for r in replies)
