"""Replies shared by several actions: answers, contacts, stages and asking for the council."""

from dataclasses import dataclass, field
from typing import Any

from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import PENDING_SLOT, Conversation
from bot.content import DEFAULT_LANGUAGE
from bot.content.hours import describe_hours, describe_status
from bot.content.schema import Contact
from bot.content.shown import stage_answer, topic_answer

ANY_NEED = "any"
OTHER_AREA = "other"


@dataclass
class Reply:
    """Messages to send and events to return, and the language of answer content in them."""

    messages: list[dict[str, Any]] = field(default_factory=list)
    events: list[Any] = field(default_factory=list)
    # None: only the assistant's own phrases, which every language has in full.
    language: str | None = None

    def extend(self, other: "Reply") -> "Reply":
        """Append another reply's messages and events to this one."""
        self.messages += other.messages
        self.events += other.events
        return self

    def send(self, dispatcher: CollectingDispatcher, conv: "Conversation | None" = None) -> list:
        """Send the messages (after an English-only notice, given the conversation) and events."""
        spoken = conv.language if conv else DEFAULT_LANGUAGE
        in_english = self.language is not None and self.language != spoken
        notice = english_notice(conv) if conv is not None and self.messages and in_english else []
        for message in notice + self.messages:
            dispatcher.utter_message(**message)
        return self.events


def tagged(messages: list[dict[str, Any]], **custom: str) -> list[dict[str, Any]]:
    """Mark the last message with what it answers, so the chat page can ask for feedback."""
    if messages:
        messages[-1] = {**messages[-1], "json_message": custom}
    return messages


def english_notice(conv: Conversation) -> list[dict[str, Any]]:
    """Say, in the parent's language, that the answer that follows is in English."""
    if conv.language == DEFAULT_LANGUAGE:
        return []
    return [{"text": conv.text("language.english_only")}]


def ask_council(conv: Conversation, pending: str) -> Reply:
    """Ask which council the parent lives in, remembering what they asked."""
    buttons = [
        {"title": council.name, "payload": f'/inform_council{{"authority":"{council.slug}"}}'}
        for council in conv.store.covered_councils()
    ]
    buttons.append(
        {
            "title": conv.text("council.other_button"),
            "payload": f'/inform_council{{"authority":"{OTHER_AREA}"}}',
        }
    )
    message = {"text": conv.text("council.ask"), "buttons": buttons}
    return Reply(messages=[message], events=[SlotSet(PENDING_SLOT, pending)])


def topic_reply(conv: Conversation, key: str) -> Reply:
    """Answer a topic for the parent's council, asking for the council first if it matters."""
    if conv.store.depends_on_council(key) and not conv.council_settled:
        return ask_council(conv, f"topic:{key}")
    answer = topic_answer(conv.store, conv.authority, key, conv.language)
    messages = [{"text": text} for text in answer.texts]
    tags = {"topic": key, "language": conv.language}
    tags.update(translation_tags(conv, answer.unchecked))
    return Reply(messages=tagged(messages, **tags), language=answer.language)


def translation_tags(conv: Conversation, unchecked: bool) -> dict[str, str]:
    """Tag a translated answer no qualified translator has checked, so the page says so."""
    if not unchecked:
        return {}
    return {"translation": "unchecked", "council": conv.page_council}


def _contact_message(conv: Conversation, contact: Contact) -> tuple[dict[str, Any], str | None]:
    values = {"label": contact.label, **contact.details()}
    if contact.phone and contact.hours:
        hours = conv.store.render(f"{{hours:{contact.id}}}", conv.authority, conv.language)
        status = describe_status(conv.store, contact.hours, conv.now, conv.language, conv.timezone)
        text = f"{conv.text('contact.phone_hours', **values, hours=hours)} {status}"
    elif contact.phone:
        text = f"{conv.text('contact.phone', **values)} {conv.text('contact.no_hours')}"
    else:
        kind = next(k for k in ("email", "address", "link", "search") if k in values)
        text = conv.text(f"contact.{kind}", **values)
    if not contact.note:
        return {"text": text}, None
    note, language = conv.store.contact_note(conv.authority, contact, conv.language)
    return {"text": f"{text} {note}"}, language


def _contacts_for(conv: Conversation, need: str) -> list[Contact]:
    council = conv.store.council(conv.authority)
    if need == ANY_NEED:
        return [c for c in council.contacts if c.phone]
    return council.contacts_for(need)


def contact_reply(conv: Conversation, need: str, intro_key: str = "contact.intro") -> Reply:
    """Give the council's contacts for a need, or say the leaflet has none and what to do."""
    if not conv.council_settled:
        return ask_council(conv, f"contact:{need}")
    if conv.outside_area:
        return outside_area_reply(conv)
    contacts = _contacts_for(conv, need)
    if not contacts:
        missing = "person" if need == ANY_NEED else need
        return topic_reply(conv, f"no_contact_{missing}")
    intro = conv.text("contact.intro_any" if need == ANY_NEED else intro_key)
    lines = [_contact_message(conv, c) for c in contacts]
    messages = [{"text": intro}, *[message for message, _ in lines]]
    # An English note among translated lines still needs the parent told it is English.
    languages = {language for _, language in lines if language} - {conv.language}
    return Reply(
        messages=tagged(messages, topic=f"contact_{need}"),
        language=next(iter(languages), None),
    )


def outside_area_reply(conv: Conversation, place: str | None = None) -> Reply:
    """Explain that the parent's area is not covered, without giving anyone's numbers."""
    neighbour = conv.store.neighbour(conv.outside_area)
    if neighbour is None:
        return Reply(messages=conv.say("council.other", covered=covered_names(conv)))
    near = conv.store.council(neighbour.next_to).name
    return Reply(
        messages=conv.say(
            "council.outside_area",
            place=place or neighbour.name,
            neighbour=neighbour.name,
            near=near,
        )
    )


def covered_names(conv: Conversation) -> str:
    """Return the covered councils' names as a list in words."""
    names = [c.name for c in conv.store.covered_councils()]
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conv.text('council.and')} {names[-1]}"


def stage_buttons(conv: Conversation) -> list[dict[str, str]]:
    """Return one button per stage, in the order of the process."""
    return [
        {
            "title": conv.text(f"stage.titles.{stage}"),
            "payload": f'/what_happens_next{{"stage":"{stage}"}}',
        }
        for stage in conv.store.stage_order.all_ids()
    ]


def stage_reply(conv: Conversation, stage: str | None) -> Reply:
    """Explain a stage: what it is, what came before, what comes next and how long it takes."""
    if stage not in conv.store.stage_order.all_ids():
        message = {"text": conv.text("stage.ask"), "buttons": stage_buttons(conv)}
        return Reply(messages=[message], events=[SlotSet(PENDING_SLOT, "stage")])
    if not conv.council_settled:
        return ask_council(conv, "stage")
    explained = stage_answer(conv.store, conv.authority, stage, conv.language)
    messages = [{"text": text} for text in explained.texts]
    return Reply(
        messages=tagged(
            messages,
            topic=f"stage_{stage}",
            stage=stage,
            language=conv.language,
            **translation_tags(conv, explained.unchecked),
        ),
        events=[SlotSet(PENDING_SLOT, None)],
        language=explained.language,
    )


HANDOFF_CONSENT = "handoff_consent"
PERSON = "person"


def consent_buttons(conv: Conversation) -> list[dict[str, str]]:
    """Return the yes and no buttons for sharing the conversation with a person."""
    return [
        {"title": conv.text("handoff.consent_yes"), "payload": "/affirm"},
        {"title": conv.text("handoff.consent_no"), "payload": "/deny"},
    ]


def offer_handoff(conv: Conversation) -> Reply:
    """Offer a live chat with the council's staff, asking consent to share the conversation."""
    if not conv.council_settled:
        return ask_council(conv, "handoff")
    if conv.outside_area:
        return outside_area_reply(conv)
    handoff = conv.store.council(conv.authority).handoff
    if handoff is None:
        return contact_reply(conv, PERSON, intro_key="contact.person_intro")
    council = conv.store.council(conv.authority)
    line = council.contact(handoff.hours_from)
    hours = describe_hours(conv.store, line.hours, conv.language)
    phone = conv.text("handoff.phone_option", label=line.label, phone=line.phone, hours=hours)
    messages = conv.say("handoff.explain", team=handoff.team)
    messages.insert(-1, {"text": phone})
    messages[-1]["buttons"] = consent_buttons(conv)
    return Reply(messages=messages, events=[SlotSet(PENDING_SLOT, HANDOFF_CONSENT)])


def resume(conv: Conversation, pending: str | None, stage: str | None) -> Reply:
    """Carry on with what the parent asked before they were asked for their council."""
    kind, _, value = (pending or "").partition(":")
    if kind == "topic":
        return topic_reply(conv, value)
    if kind == "contact":
        return contact_reply(conv, value)
    if kind == "stage":
        return stage_reply(conv, stage)
    if kind == "handoff":
        return offer_handoff(conv)
    return Reply()
