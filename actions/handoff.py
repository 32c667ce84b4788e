"""Passes the conversation to a person (a QARO) when the parent asks and agrees."""

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ConversationPaused, SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import PENDING_SLOT, Conversation, latest_intent
from actions.offer_topics import topic_buttons
from actions.replies import (
    HANDOFF_CONSENT,
    PERSON,
    Reply,
    contact_reply,
    offer_handoff,
    tagged,
)
from bot.content.hours import describe_hours, line_status

WAITING = "waiting"
CALLBACK = "callback"


def live_chat_open(conv: Conversation) -> tuple[bool, str | None]:
    """Tell whether the council's live chat is staffed now, and the bank holiday if it is one."""
    council = conv.store.council(conv.authority)
    hours = council.contact(council.handoff.hours_from).hours
    status = line_status(hours, conv.now, conv.timezone)
    if status.bank_holiday and council.handoff.closed_on_bank_holidays:
        return False, status.bank_holiday
    return status.open_now, None


def start_handoff(conv: Conversation) -> Reply:
    """Pause the assistant and queue the parent for a person, or explain the chat is closed."""
    council = conv.store.council(conv.authority)
    handoff = council.handoff
    is_open, holiday = live_chat_open(conv)
    if is_open:
        waiting = conv.say("handoff.waiting", team=handoff.team)
        tags = {"handoff": WAITING, "council": conv.authority, "language": conv.language}
        messages = tagged(waiting, **tags)
        return Reply(messages=messages, events=[SlotSet(PENDING_SLOT, None), ConversationPaused()])
    if holiday:
        closed = conv.text("handoff.closed_bank_holiday", team=handoff.team, holiday=holiday)
    else:
        hours = describe_hours(conv.store, council.contact(handoff.hours_from).hours, conv.language)
        closed = conv.text("handoff.closed", team=handoff.team, hours=hours)
    reply = Reply(messages=[{"text": closed}, {"text": conv.text("handoff.callback")}])
    reply.extend(contact_reply(conv, PERSON, intro_key="contact.intro"))
    reply.messages = tagged(
        reply.messages, handoff=CALLBACK, council=conv.authority, topic="contact_person"
    )
    reply.events.append(SlotSet(PENDING_SLOT, None))
    return reply


def decline_handoff(conv: Conversation) -> Reply:
    """Respect a no: share nothing and give the phone line instead."""
    reply = Reply(messages=[{"text": conv.text("handoff.declined")}])
    reply.extend(contact_reply(conv, PERSON, intro_key="contact.intro"))
    reply.events.append(SlotSet(PENDING_SLOT, None))
    return reply


class ActionOfferHandoff(Action):
    """The parent asked for a person: explain who would see the chat and ask for consent."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_offer_handoff"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Offer the council's live chat, or its phone line where it has none."""
        conv = Conversation.from_tracker(tracker)
        return offer_handoff(conv).send(dispatcher, conv)


class ActionAnswerYesNo(Action):
    """A yes or no: to sharing the conversation, or to nothing we asked."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_answer_yes_no"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Start or decline the handoff, or say what the assistant can help with."""
        conv = Conversation.from_tracker(tracker)
        if tracker.get_slot(PENDING_SLOT) == HANDOFF_CONSENT and conv.council_known:
            if latest_intent(tracker) == "affirm":
                return start_handoff(conv).send(dispatcher, conv)
            return decline_handoff(conv).send(dispatcher, conv)
        message = {"text": conv.text("handoff.not_asked"), "buttons": topic_buttons(conv)}
        return Reply(messages=[message]).send(dispatcher, conv)
