"""Greetings, thanks, goodbyes and other small talk, from content."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation, latest_intent
from actions.offer_topics import topic_buttons
from actions.replies import Reply

SMALL_TALK = ("greet", "thanks", "goodbye", "bot_challenge", "out_of_scope", "abuse")


class ActionSmallTalk(Action):
    """Reply to small talk with the phrase stored under the intent's name."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_small_talk"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the phrase for the intent; greetings and off-topic replies offer topics."""
        conv = Conversation.from_tracker(tracker)
        intent = latest_intent(tracker)
        if intent not in SMALL_TALK:
            intent = "out_of_scope"
        messages = conv.say(intent)
        if intent in ("greet", "out_of_scope"):
            messages[-1]["buttons"] = topic_buttons(conv)
        return Reply(messages=messages).send(dispatcher, conv)
