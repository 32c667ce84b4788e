"""The server-sent events stream: nothing that ends a handoff is lost to a race."""

import json

from bot.web.chat import live


class Request:
    headers = {}

    async def is_disconnected(self):
        return False


async def test_messages_added_just_after_the_handoff_ends_are_still_sent(monkeypatch):
    tracker = [{"event": "user", "text": "thank you"}]
    reads = []

    async def events(sender):
        reads.append(len(tracker))
        snapshot = list(tracker)
        tracker.append({"event": "bot", "text": "Sam has handed you back"})
        return snapshot

    async def update(new_events, cursor):
        texts = [e["text"] for e in new_events if e["event"] == "bot"]
        return {"html": " ".join(texts), "live": False}, False

    monkeypatch.setattr(live, "conversation_events", events)
    sent = [chunk async for chunk in live.stream(Request(), "web-1", 1, update)]
    assert len(sent) == 1
    assert json.loads(sent[0].split("data: ", 1)[1])["html"] == "Sam has handed you back"
    assert sent[0].startswith("id: 2\n")


def test_a_reconnecting_browser_resumes_from_its_last_event():
    class Reconnect(Request):
        headers = {"last-event-id": "7"}

    assert live.cursor_from(Reconnect(), 2) == 7
    assert live.cursor_from(Request(), 2) == 2
