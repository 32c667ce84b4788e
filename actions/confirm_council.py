"""Confirms the council the parent named, then answers what they asked before."""

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import PENDING_SLOT, Conversation
from actions.replies import Reply, ask_council, covered_names, outside_area_reply, resume


class ActionConfirmCouncil(Action):
    """Confirm the council (or explain an area not covered) and resume the parent's question."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_confirm_council"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Reply to the parent naming their council or area."""
        conv = Conversation.from_tracker(tracker)
        pending = tracker.get_slot(PENDING_SLOT)
        named = tracker.get_slot("place_named") or _button_choice(tracker)
        if not named:
            reply = Reply(messages=conv.say("council.other", covered=covered_names(conv)))
            return reply.extend(ask_council(conv, pending or "")).send(dispatcher, conv)
        if conv.council_known:
            reply = Reply(messages=[{"text": conv.text("council.set")}])
        else:
            reply = outside_area_reply(conv, place=tracker.get_slot("place_named"))
        reply.events.append(SlotSet(PENDING_SLOT, None))
        return reply.extend(resume(conv, pending, tracker.get_slot("stage"))).send(dispatcher, conv)


def _button_choice(tracker: Tracker) -> str | None:
    entities = tracker.latest_message.get("entities") or []
    return next((e.get("value") for e in entities if e.get("entity") == "authority"), None)
