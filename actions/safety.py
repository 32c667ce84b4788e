"""Emergency help first, for a child in danger now or a parent at risk of harming themselves."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation, latest_intent
from actions.replies import Reply

MESSAGES = {"crisis_child_danger": "safety.child_danger", "crisis_self_harm": "safety.self_harm"}


class ActionSafety(Action):
    """Give emergency numbers for the crisis the message signals."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_safety"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the emergency help for this kind of crisis (a child in danger if unsure)."""
        conv = Conversation.from_tracker(tracker)
        intent = latest_intent(tracker)
        key = MESSAGES.get(intent, MESSAGES["crisis_child_danger"])
        return Reply(messages=conv.say(key)).send(dispatcher)
