"""What happens around a handoff, with every message kept in order in the Rasa tracker.

Queueing, notices in the chat, staff replies, handing back, crisis messages, and parents nobody
answered in time.
"""

import datetime as dt
from typing import Any

from bot.content import get_store
from bot.content.language import detect, supported_languages
from bot.content.safety import CRISIS_MESSAGES, crisis_intent, emergency_messages
from bot.settings import get_settings
from bot.web import rasa_client
from bot.web.chat.transcript import bot_event
from bot.web.handoff import queue
from bot.web.handoff.queue import Handoff
from bot.web.i18n import translator_for
from bot.web.staff import audit
from bot.web.staff.accounts import StaffMember
from bot.web.tables import utcnow

# Rasa stops after the action that paused, without listening; listen again when resuming so the
# next message is handled as a new turn.
RESUME = [{"event": "resume"}, {"event": "action", "name": "action_listen"}]


def requested_handoff(replies: list[dict[str, Any]]) -> tuple[str, str | None] | None:
    """Return the council whose queue the assistant put the parent in, and their language."""
    for reply in replies:
        custom = reply.get("custom") or {}
        if custom.get("handoff") == queue.WAITING and custom.get("council"):
            return custom["council"], custom.get("language")
    return None


def staff_title(council: str) -> str:
    """Return what the council's staff are called in the chat, such as 'QARO'."""
    handoff = get_store().council(council).handoff
    return handoff.staff_title if handoff else ""


def _tr(handoff: Handoff):
    return translator_for(get_settings().locales_dir, handoff.language)


async def _notice(handoff: Handoff, key: str, custom: dict | None = None, **values: str) -> None:
    text = _tr(handoff)(key, **values)
    await rasa_client.append_events(handoff.sender_id, [bot_event(text, custom, notice=True)])


async def claim(handoff: Handoff, member: StaffMember) -> bool:
    """Claim a waiting parent and tell them who has joined; False if someone was quicker."""
    if not queue.claim(handoff.id, member.id):
        return False
    audit.record("claim", member.id, handoff.council, handoff_id=handoff.id)
    await _notice(
        handoff, "handoff.joined", name=member.display_name, title=staff_title(handoff.council)
    )
    return True


async def reply(handoff: Handoff, member: StaffMember, text: str) -> None:
    """Send a member of staff's message to the parent, through the tracker."""
    label = {"staff_name": member.display_name, "staff_title": staff_title(handoff.council)}
    await rasa_client.append_events(handoff.sender_id, [bot_event(text, **label)])
    audit.record("reply", member.id, handoff.council, handoff_id=handoff.id)


async def finish(handoff: Handoff, member: StaffMember, status: str) -> bool:
    """Hand back to the assistant or close the chat; either way the assistant answers again.

    The notice and the resume go into the tracker before the status changes, so a page that sees
    the handoff has ended also finds its last messages.
    """
    current = queue.get(handoff.id)
    if current is None or current.status != queue.ACTIVE or current.claimed_by != member.id:
        return False
    key = "handoff.handed_back" if status == queue.HANDED_BACK else "handoff.closed"
    text = _tr(handoff)(key, name=member.display_name)
    await rasa_client.append_events(handoff.sender_id, [bot_event(text, notice=True), *RESUME])
    if not queue.end(handoff.id, member.id, status):
        return False
    action = "hand_back" if status == queue.HANDED_BACK else "close"
    audit.record(action, member.id, handoff.council, handoff_id=handoff.id)
    return True


def _overdue(handoff: Handoff, now: dt.datetime) -> bool:
    limit = dt.timedelta(seconds=get_settings().handoff_wait_seconds)
    return handoff.status == queue.WAITING and now - handoff.requested_at > limit


async def expire_if_due(handoff: Handoff) -> Handoff:
    """Give a parent nobody answered in time back to the assistant, with the phone line."""
    if not _overdue(handoff, utcnow()) or not queue.miss(handoff.id):
        return handoff
    tr = _tr(handoff)
    council = get_store().council(handoff.council)
    lines = [tr("handoff.missed", title=staff_title(handoff.council))]
    contact = council.contact(council.handoff.hours_from) if council.handoff else None
    if contact and contact.phone:
        lines.append(tr("errors.unavailable_phone", label=contact.label, phone=contact.phone))
    custom = {"handoff": "callback", "council": handoff.council}
    events = [bot_event(" ".join(lines), custom, notice=True), *RESUME]
    await rasa_client.append_events(handoff.sender_id, events)
    return queue.get(handoff.id)


def crisis_language(events: list[dict[str, Any]], text: str, page_language: str) -> str:
    """Return the language to give emergency help in: the message's, else the conversation's."""
    store = get_store()
    supported = supported_languages(get_settings().content_dir)
    written = detect(text, supported, store.loanwords())
    if written:
        return written
    slots = [e for e in events if e.get("event") == "slot" and e.get("name") == "language"]
    return (slots[-1].get("value") if slots else None) or page_language


async def answer_crisis(handoff: Handoff, text: str) -> bool:
    """During a handoff the assistant is paused: give emergency help at once and flag it."""
    events = await rasa_client.conversation_events(handoff.sender_id)
    last = next((e for e in reversed(events) if e.get("event") == "user"), {})
    intent = ((last.get("parse_data") or {}).get("intent") or {}).get("name")
    if intent not in CRISIS_MESSAGES:
        intent = crisis_intent(get_store(), text)
    if intent not in CRISIS_MESSAGES:
        return False
    language = crisis_language(events, text, handoff.language)
    texts = emergency_messages(get_store(), handoff.council, language, intent)
    await rasa_client.append_events(handoff.sender_id, [bot_event(t, safety=True) for t in texts])
    queue.flag_crisis(handoff.id)
    return True
