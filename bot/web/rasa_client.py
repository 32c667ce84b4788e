"""Talks to the Rasa server: sends a parent's message and reads a conversation's events."""

from typing import Any

import httpx

from bot.settings import get_settings


class AssistantUnavailable(Exception):
    """The Rasa server did not answer, or answered with an error."""


async def send_message(sender: str, text: str, metadata: dict[str, Any]) -> list[dict]:
    """Send a message through the REST channel and return the assistant's replies."""
    body = {"sender": sender, "message": text, "metadata": metadata}
    return await _request("POST", "/webhooks/rest/webhook", json=body)


async def conversation_events(sender: str) -> list[dict]:
    """Return every event of a conversation from the Rasa tracker."""
    tracker = await _request(
        "GET", f"/conversations/{sender}/tracker", params={"include_events": "ALL"}
    )
    return tracker.get("events") or []


async def append_events(sender: str, events: list[dict]) -> None:
    """Add events (bot messages from staff, resume) to a conversation's tracker, in order."""
    await _request("POST", f"/conversations/{sender}/tracker/events", json=events)


async def _request(method: str, path: str, **kwargs: Any) -> Any:
    settings = get_settings()
    try:
        async with httpx.AsyncClient(
            base_url=settings.rasa_url, timeout=settings.rasa_timeout_seconds
        ) as client:
            response = await client.request(method, path, **kwargs)
            response.raise_for_status()
            return response.json()
    except (httpx.HTTPError, ValueError) as error:
        raise AssistantUnavailable(f"{method} {path} failed: {type(error).__name__}") from error
