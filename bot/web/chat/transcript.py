"""A conversation as the parent sees it, built from Rasa's REST replies or its tracker events."""

from dataclasses import dataclass, field
from typing import Any

PARENT = "parent"
ASSISTANT = "assistant"


@dataclass(frozen=True)
class Button:
    """A quick reply: what the parent sees and what is sent to the assistant."""

    title: str
    payload: str


@dataclass
class ChatMessage:
    """One chat bubble."""

    sender: str
    text: str
    buttons: list[Button] = field(default_factory=list)
    topic: str | None = None
    stage: str | None = None


def _buttons(raw: list[dict] | None) -> list[Button]:
    return [Button(str(b.get("title", "")), str(b.get("payload", ""))) for b in raw or []]


def _assistant(text: str | None, buttons: list[dict] | None, custom: dict | None) -> ChatMessage:
    custom = custom if isinstance(custom, dict) else {}
    return ChatMessage(
        sender=ASSISTANT,
        text=text or "",
        buttons=_buttons(buttons),
        topic=custom.get("topic"),
        stage=custom.get("stage"),
    )


def from_rest(replies: list[dict[str, Any]]) -> list[ChatMessage]:
    """Turn REST channel replies into bubbles; a custom-only reply belongs to the one before."""
    messages: list[ChatMessage] = []
    for reply in replies:
        custom = reply.get("custom")
        if "text" not in reply and custom and messages:
            messages[-1].topic = custom.get("topic", messages[-1].topic)
            messages[-1].stage = custom.get("stage", messages[-1].stage)
            continue
        messages.append(_assistant(reply.get("text"), reply.get("buttons"), custom))
    return [m for m in messages if m.text]


def from_events(events: list[dict[str, Any]], known: dict[str, str]) -> list[ChatMessage]:
    """Turn tracker events into bubbles, showing a button's title instead of its payload."""
    titles = dict(known)
    messages: list[ChatMessage] = []
    for event in events:
        if event.get("event") == "bot":
            data = event.get("data") or {}
            message = _assistant(event.get("text"), data.get("buttons"), data.get("custom"))
            titles.update({b.payload: b.title for b in message.buttons})
            messages.append(message)
        elif event.get("event") == "user":
            text = parent_text(event.get("text") or "", titles)
            messages.append(ChatMessage(sender=PARENT, text=text))
    return [m for m in messages if m.text]


def parent_text(text: str, titles: dict[str, str]) -> str:
    """Return what the parent typed, or the title of the button they pressed."""
    if text.startswith("/"):
        return titles.get(text, "")
    return text


def pending_buttons(messages: list[ChatMessage]) -> list[Button]:
    """Return the quick replies still open: those on the last bubble, if the assistant sent it."""
    if messages and messages[-1].sender == ASSISTANT:
        return messages[-1].buttons
    return []
