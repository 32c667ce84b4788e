"""Server-sent events: new messages and handoff status pushed to an open page."""

import asyncio
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from typing import Any

from starlette.requests import Request

from bot.web.rasa_client import AssistantUnavailable, conversation_events

POLL_SECONDS = 1.0
STREAM_SECONDS = 300
KEEPALIVE_SECONDS = 15

# Renders the new tracker events (from the cursor on) into the JSON the page applies.
Update = Callable[[list[dict], int], Awaitable[tuple[dict[str, Any], bool]]]


def event(cursor: int, data: dict[str, Any]) -> str:
    """Format one server-sent event; its id lets a reconnecting browser carry on from there."""
    return f"id: {cursor}\nevent: update\ndata: {json.dumps(data)}\n\n"


def cursor_from(request: Request, after: int) -> int:
    """Return where to start: the browser's Last-Event-ID after a reconnect, else ?after=."""
    last = request.headers.get("last-event-id", "")
    return int(last) if last.isdigit() else max(after, 0)


async def stream(request: Request, sender: str, cursor: int, update: Update) -> AsyncIterator[str]:
    """Poll the tracker and push each change until the handoff ends or the stream times out."""
    started = last_sent = time.monotonic()
    previous: dict[str, Any] | None = None
    while time.monotonic() - started < STREAM_SECONDS:
        if await request.is_disconnected():
            return
        try:
            events = await conversation_events(sender)
        except AssistantUnavailable:
            await asyncio.sleep(POLL_SECONDS * 5)
            continue
        data, still_open = await update(events[cursor:], len(events))
        if not still_open:
            # The messages that end a handoff may land just after the status changed: read again.
            events = await conversation_events(sender)
            data, still_open = await update(events[cursor:], len(events))
        cursor = len(events)
        if data != previous or data.get("html") or not still_open:
            yield event(cursor, data)
            previous, last_sent = data, time.monotonic()
        elif time.monotonic() - last_sent > KEEPALIVE_SECONDS:
            yield ": keep-alive\n\n"
            last_sent = time.monotonic()
        if not still_open:
            return
        await asyncio.sleep(POLL_SECONDS)
