"""Explains the parent's stage: what it is, what came before, what comes next, how long."""

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.conversation import Conversation
from actions.replies import stage_reply


class ActionExplainStage(Action):
    """Explain the stage the parent is at, asking which stage if it is not known."""

    def name(self) -> str:
        """Return the action's name."""
        return "action_explain_stage"

    async def run(self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict):
        """Send the stage explanation for the parent's council."""
        conv = Conversation.from_tracker(tracker)
        return stage_reply(conv, tracker.get_slot("stage")).send(dispatcher, conv)
