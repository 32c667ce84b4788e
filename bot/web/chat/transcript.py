"""A conversation as the parent sees it, built from Rasa's REST replies or its tracker events."""

from dataclasses import dataclass, field
from typing import Any

PARENT = "parent"
ASSISTANT = "assistant"
STAFF = "staff"
NOTICE = "notice"


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
    author: str | None = None
    handoff: str | None = None
    council: str | None = None
    safety: bool = False
    # The language the assistant answered in, and "unchecked" for a translation not yet checked.
    language: str | None = None
    translation: str | None = None


CUSTOM_FIELDS = ("topic", "stage", "handoff", "council", "language", "translation")


def _buttons(raw: list[dict] | None) -> list[Button]:
    return [Button(str(b.get("title", "")), str(b.get("payload", ""))) for b in raw or []]


def _assistant(
    text: str | None, buttons: list[dict] | None, custom: dict | None, metadata: dict | None = None
) -> ChatMessage:
    custom = custom if isinstance(custom, dict) else {}
    metadata = metadata if isinstance(metadata, dict) else {}
    sender = ASSISTANT
    if metadata.get("staff_name"):
        sender = STAFF
    elif metadata.get("notice"):
        sender = NOTICE
    return ChatMessage(
        sender=sender,
        text=text or "",
        buttons=_buttons(buttons),
        topic=custom.get("topic"),
        stage=custom.get("stage"),
        author=staff_label(metadata) if sender == STAFF else None,
        handoff=custom.get("handoff"),
        council=custom.get("council"),
        safety=bool(metadata.get("safety")),
        language=custom.get("language"),
        translation=custom.get("translation"),
    )


def staff_label(metadata: dict) -> str:
    """Return how a member of staff is named in the chat, such as 'Sam (QARO)'."""
    title = metadata.get("staff_title")
    return f"{metadata['staff_name']} ({title})" if title else str(metadata["staff_name"])


def bot_event(text: str, custom: dict | None = None, **metadata: object) -> dict:
    """Return a tracker event for a message the web app adds (staff replies, notices, safety)."""
    return {"event": "bot", "text": text, "data": {"custom": custom or {}}, "metadata": metadata}


def from_rest(replies: list[dict[str, Any]]) -> list[ChatMessage]:
    """Turn REST channel replies into bubbles; a custom-only reply belongs to the one before."""
    messages: list[ChatMessage] = []
    for reply in replies:
        custom = reply.get("custom")
        if "text" not in reply and custom and messages:
            for name in CUSTOM_FIELDS:
                setattr(messages[-1], name, custom.get(name, getattr(messages[-1], name)))
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
            message = _assistant(
                event.get("text"), data.get("buttons"), data.get("custom"), event.get("metadata")
            )
            titles.update({b.payload: b.title for b in message.buttons})
            messages.append(message)
        elif event.get("event") == "user":
            text = parent_text(event.get("text") or "", titles)
            intent = ((event.get("parse_data") or {}).get("intent") or {}).get("name") or ""
            messages.append(
                ChatMessage(sender=PARENT, text=text, safety=intent.startswith("crisis_"))
            )
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
