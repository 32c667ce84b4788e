"""What the parent's browser session remembers: which conversation is theirs, per council page."""

import secrets
from typing import Any

CSRF_KEY = "csrf"
CHATS_KEY = "chats"


def csrf_token(session: dict[str, Any]) -> str:
    """Return the session's CSRF token, making one the first time."""
    if CSRF_KEY not in session:
        session[CSRF_KEY] = secrets.token_urlsafe(32)
    return session[CSRF_KEY]


def csrf_ok(session: dict[str, Any], token: str | None) -> bool:
    """Tell whether a submitted token matches the session's."""
    expected = session.get(CSRF_KEY)
    return bool(expected and token) and secrets.compare_digest(expected, token)


class ChatSession:
    """One conversation on one council's page, kept in the signed session cookie."""

    def __init__(self, session: dict[str, Any], page_key: str):
        self._session = session
        self._key = page_key

    @property
    def _state(self) -> dict[str, Any]:
        chats = self._session.setdefault(CHATS_KEY, {})
        if self._key not in chats:
            chats[self._key] = {"id": f"web-{secrets.token_urlsafe(18)}", "started": False}
        return chats[self._key]

    def _save(self, state: dict[str, Any]) -> None:
        chats = dict(self._session.get(CHATS_KEY, {}))
        chats[self._key] = state
        self._session[CHATS_KEY] = chats

    @property
    def sender_id(self) -> str:
        """Return the Rasa sender id of this conversation."""
        state = self._state
        self._save(state)
        return state["id"]

    @property
    def started(self) -> bool:
        """Tell whether the parent has sent anything in this conversation yet."""
        return bool(self._session.get(CHATS_KEY, {}).get(self._key, {}).get("started"))

    def mark_started(self) -> None:
        """Remember that the conversation has messages to show on reload."""
        self._save({**self._state, "started": True})

    def rated(self) -> set[str]:
        """Return the topics the parent has already given feedback on."""
        return set(self._session.get(CHATS_KEY, {}).get(self._key, {}).get("rated", []))

    def mark_rated(self, topic: str) -> None:
        """Remember feedback on a topic, so the question is not asked again."""
        state = self._state
        self._save({**state, "rated": sorted({*state.get("rated", []), topic})})

    def restart(self) -> None:
        """Forget this conversation; the next message starts a new one."""
        chats = dict(self._session.get(CHATS_KEY, {}))
        chats.pop(self._key, None)
        self._session[CHATS_KEY] = chats
