"""Answers a topic question from the council's content, with general text as fallback."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation, latest_intent
from actions.replies import topic_reply

INTENT_PREFIX = "ask_"


def topic_for_intent(intent: str | None) -> str | None:
    """Return the topic key an intent asks about, e.g. ask_how_long -> how_long."""
    if intent and intent.startswith(INTENT_PREFIX):
        return intent[len(INTENT_PREFIX) :]
    return None


class ActionAnswerTopic(Action):
    """Answer the topic named by the parent's intent."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_answer_topic"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the answer, or ask for the council when the answer depends on it."""
        conv = Conversation.from_tracker(tracker)
        key = topic_for_intent(latest_intent(tracker))
        if key is None or not conv.store.has_answer(key):
            return await _offer_topics(dispatcher, tracker, domain)
        return topic_reply(conv, key).send(dispatcher, conv)


async def _offer_topics(dispatcher, tracker, domain):
    from actions.offer_topics import ActionOfferTopics

    return await ActionOfferTopics().run(dispatcher, tracker, domain)
