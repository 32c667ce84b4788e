"""The fallback: says the assistant did not understand and offers the main topics."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation
from actions.replies import Reply
from bot.content.buttons import topic_buttons as content_topic_buttons


def topic_buttons(conv: Conversation) -> list[dict[str, str]]:
    """Return a button for each main topic listed in content."""
    return content_topic_buttons(conv.store, conv.language)


class ActionOfferTopics(Action):
    """Say the message was not understood and offer the main topics as buttons."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_offer_topics"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the fallback phrases with topic buttons on the last one."""
        conv = Conversation.from_tracker(tracker)
        messages = conv.say("fallback")
        messages[-1]["buttons"] = topic_buttons(conv)
        return Reply(messages=messages).send(dispatcher, conv)
