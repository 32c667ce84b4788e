"""Asks the running assistant one question over REST, as a new parent each time."""

import uuid

import httpx


def ask(rasa: httpx.Client, text: str, authority: str) -> str:
    """Return the assistant's reply to one message from a new conversation, as one text."""
    response = rasa.post(
        "/webhooks/rest/webhook",
        json={
            "sender": f"ask-{uuid.uuid4().hex[:10]}",
            "message": text,
            "metadata": {"authority": authority},
        },
    )
    return " ".join(r.get("text", "") for r in response.json())
