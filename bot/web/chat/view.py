"""Builds what a chat page shows: the conversation, the quick replies, errors and notices."""

from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from bot.content import get_store
from bot.content.buttons import PAYLOADS, topic_buttons
from bot.settings import get_settings
from bot.web.chat.pages import ChatPage, timeline
from bot.web.chat.session import ChatSession, csrf_token
from bot.web.chat.transcript import Button, ChatMessage, pending_buttons
from bot.web.handoff import queue
from bot.web.handoff.queue import Handoff
from bot.web.handoff.service import staff_title
from bot.web.i18n import Translator, language_choices, translator_for

LANGUAGE_KEY = "language"
PERSON_PAYLOAD = PAYLOADS["request_human"]
EMERGENCY = "emergency"


def translator(request: Request) -> Translator:
    """Return the translator for the page's language: ?lang=, then the session, then English."""
    locales_dir = get_settings().locales_dir
    session = request.scope.get("session")
    session = session if session is not None else {}
    asked = request.query_params.get("lang")
    if asked:
        chosen = translator_for(locales_dir, asked)
        session[LANGUAGE_KEY] = chosen.language
        return chosen
    return translator_for(locales_dir, session.get(LANGUAGE_KEY))


def starter_buttons(language: str) -> list[Button]:
    """Return the main topics offered before the parent has asked anything."""
    return [Button(b["title"], b["payload"]) for b in topic_buttons(get_store(), language)]


def person_button(language: str) -> Button:
    """Return the 'Talk to a person' button offered at every point of the conversation."""
    return next(b for b in starter_buttons(language) if b.payload == PERSON_PAYLOAD)


def known_titles(language: str) -> dict[str, str]:
    """Return button titles by payload for buttons the page itself offers."""
    return {b.payload: b.title for b in starter_buttons(language)}


def message_problem(text: str, tr: Translator) -> str | None:
    """Say what is wrong with a message the parent typed, or None if it can be sent."""
    limit = get_settings().max_message_length
    if not text.strip():
        return tr("errors.empty")
    if len(text) > limit:
        return tr("errors.too_long", limit=limit, length=len(text))
    return None


def unavailable_lines(page: ChatPage, tr: Translator) -> list[str]:
    """Say the assistant is not working, with the council's phone line and emergency help."""
    store = get_store()
    lines = [tr("errors.unavailable")]
    for contact in page.phone_contacts():
        hours = (
            store.render(f"{{hours:{contact.id}}}", page.slug, tr.language) if contact.hours else ""
        )
        key = "errors.unavailable_phone_hours" if hours else "errors.unavailable_phone"
        lines.append(tr(key, label=contact.label, phone=contact.phone, hours=hours))
    if not page.phone_contacts():
        lines.append(tr("errors.unavailable_no_phone"))
    lines.append(tr("errors.emergency", phone=store.national.numbers[EMERGENCY].phone))
    return lines


def common_context(request: Request, tr: Translator) -> dict[str, Any]:
    """Return what every page needs: language, nonce, exit link, councils and emergency help."""
    store = get_store()
    numbers = store.national.numbers
    choices = language_choices(get_settings().locales_dir)
    return {
        "t": tr,
        "language": tr.language,
        "direction": tr.direction,
        "csp_nonce": getattr(request.state, "csp_nonce", ""),
        "exit_url": get_settings().exit_url,
        "language_choices": choices,
        "language_names": dict(choices),
        "translation_approved": tr.approved,
        "councils": store.covered_councils(),
        "emergency": numbers[EMERGENCY],
        "helplines": [number for key, number in numbers.items() if key != EMERGENCY],
    }


@dataclass
class ChatView:
    """Everything a chat template needs besides the request."""

    page: ChatPage
    tr: Translator
    messages: list[ChatMessage] = field(default_factory=list)
    error: str | None = None
    notice: list[str] = field(default_factory=list)
    draft: str = ""
    handoff: Handoff | None = None
    cursor: int = 0

    def handoff_status(self) -> dict[str, Any] | None:
        """Return what the page says about a handoff in progress, or None."""
        if self.handoff is None or not self.handoff.is_open:
            return None
        return {
            "status": self.handoff.status,
            "title": staff_title(self.handoff.council),
            "name": self.handoff.staff_name,
            "position": queue.position(self.handoff),
        }

    def quick_replies(self, language: str) -> list[Button]:
        """Return the buttons on offer: the assistant's last ones, or the main topics at first."""
        return pending_buttons(self.messages) if self.messages else starter_buttons(language)

    def context(self, request: Request) -> dict[str, Any]:
        """Return the template context for the whole page or one of its parts."""
        store = get_store()
        settings = get_settings()
        language = self.tr.language
        return {
            **common_context(request, self.tr),
            "page": self.page,
            "csrf_token": csrf_token(request.session),
            "messages": self.messages,
            "quick_replies": [] if self.handoff_status() else self.quick_replies(language),
            "handoff": self.handoff_status(),
            "cursor": self.cursor,
            "rated": ChatSession(request.session, self.page.key).rated(),
            "timeline": lambda stage: timeline(store, self.page.slug, language, stage),
            "error": self.error,
            "notice": self.notice,
            "draft": self.draft,
            "max_length": settings.max_message_length,
            "person_button": person_button(language),
        }
