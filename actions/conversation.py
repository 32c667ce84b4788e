"""What an action knows about the conversation: council, language, content and time."""

import datetime as dt
from dataclasses import dataclass
from typing import Any

from rasa_sdk import Tracker

from actions import clock
from bot.content import DEFAULT_LANGUAGE, ContentStore, get_store
from bot.settings import get_settings

PENDING_SLOT = "pending_request"


@dataclass
class Conversation:
    """The content and context one action needs to build its reply."""

    store: ContentStore
    authority: str | None
    outside_area: str | None
    language: str
    now: dt.datetime
    timezone: str = "Europe/London"

    @classmethod
    def from_tracker(cls, tracker: Tracker) -> "Conversation":
        """Build the context from the tracker's slots, the content store and the clock."""
        store = get_store()
        authority = tracker.get_slot("authority")
        return cls(
            store=store,
            authority=authority if store.is_covered(authority) else None,
            outside_area=tracker.get_slot("outside_area"),
            language=tracker.get_slot("language") or DEFAULT_LANGUAGE,
            now=clock.now(),
            timezone=get_settings().timezone,
        )

    @property
    def council_known(self) -> bool:
        """Tell whether the parent's council is one this assistant covers."""
        return self.authority is not None

    @property
    def page_council(self) -> str:
        """Return the council whose pages fit this conversation (general if none is known)."""
        return self.authority or "general"

    @property
    def council_settled(self) -> bool:
        """Tell whether asking for the council again would be pointless."""
        return self.council_known or self.outside_area is not None

    def render(self, template: str, **values: str) -> str:
        """Fill placeholders for this conversation's council."""
        return self.store.render(template, self.authority, self.language, **values)

    def say(self, key: str, **values: str) -> list[dict[str, Any]]:
        """Return one chat message per phrase stored under key, placeholders filled."""
        phrases = self.store.message(key, self.language)
        if isinstance(phrases, str):
            phrases = [phrases]
        return [{"text": self.render(p, **values)} for p in phrases]

    def text(self, key: str, **values: str) -> str:
        """Return one phrase by key with its placeholders filled."""
        return self.render(self.store.text(key, self.language), **values)


def latest_intent(tracker: Tracker) -> str | None:
    """Return the intent predicted for the parent's latest message."""
    return (tracker.latest_message.get("intent") or {}).get("name")
