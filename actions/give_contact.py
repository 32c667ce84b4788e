"""Gives the council's contact details for what the parent needs, with hours and open-now."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation
from actions.replies import ANY_NEED, contact_reply


class ActionGiveContact(Action):
    """Give a phone line, email or address for the need named in the message."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_give_contact"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the contacts for the need, or say the leaflet gives none and what to do."""
        conv = Conversation.from_tracker(tracker)
        need = tracker.get_slot("contact_need") or ANY_NEED
        return contact_reply(conv, need).send(dispatcher, conv)
