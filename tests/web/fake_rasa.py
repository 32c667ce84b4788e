"""A stand-in for the Rasa server in web tests: records messages, replies as told, keeps events."""

from dataclasses import dataclass, field

from bot.web.rasa_client import AssistantUnavailable


@dataclass
class FakeRasa:
    """Replies with the next scripted replies and keeps a tracker per sender, like Rasa does."""

    replies: list[list[dict]] = field(default_factory=list)
    sent: list[dict] = field(default_factory=list)
    events: dict[str, list[dict]] = field(default_factory=dict)
    down: bool = False
    paused: set[str] = field(default_factory=set)
    intents: dict[str, str] = field(default_factory=dict)

    def will_reply(self, *messages: dict) -> None:
        """Queue the replies to the next message."""
        self.replies.append(list(messages))

    async def send_message(self, sender: str, text: str, metadata: dict) -> list[dict]:
        if self.down:
            raise AssistantUnavailable("down")
        self.sent.append({"sender": sender, "message": text, "metadata": metadata})
        events = self.events.setdefault(sender, [])
        intent = {"name": self.intents.get(text, "out_of_scope")}
        events.append({"event": "user", "text": text, "parse_data": {"intent": intent}})
        if sender in self.paused:
            return []
        replies = self.replies.pop(0) if self.replies else [{"text": "I heard you."}]
        rest = []
        for reply in replies:
            data = {"buttons": reply.get("buttons"), "custom": reply.get("custom")}
            events.append({"event": "bot", "text": reply.get("text"), "data": data})
            rest.append(
                {"recipient_id": sender, **{k: v for k, v in reply.items() if k != "custom"}}
            )
            if reply.get("custom"):
                rest.append({"recipient_id": sender, "custom": reply["custom"]})
                if reply["custom"].get("handoff") == "waiting":
                    self.paused.add(sender)
        return rest

    async def append_events(self, sender: str, events: list[dict]) -> None:
        if self.down:
            raise AssistantUnavailable("down")
        for event in events:
            if event["event"] == "resume":
                self.paused.discard(sender)
            self.events.setdefault(sender, []).append(event)

    async def conversation_events(self, sender: str) -> list[dict]:
        if self.down:
            raise AssistantUnavailable("down")
        return self.events.get(sender, [])
