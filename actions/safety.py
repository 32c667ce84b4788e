"""Emergency help first, for a child in danger now or a parent at risk of harming themselves."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation, latest_intent
from actions.replies import Reply
from bot.content.safety import emergency_messages


class ActionSafety(Action):
    """Give emergency numbers for the crisis the message signals."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_safety"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the emergency help for this kind of crisis (a child in danger if unsure)."""
        conv = Conversation.from_tracker(tracker)
        texts = emergency_messages(
            conv.store, conv.authority, conv.language, latest_intent(tracker)
        )
        return Reply(messages=[{"text": text} for text in texts]).send(dispatcher)
