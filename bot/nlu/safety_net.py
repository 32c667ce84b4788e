"""A Rasa NLU component that makes sure crisis messages are never missed."""

from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.content import get_store
from bot.content.safety import crisis_intent


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False)
class SafetyNet(GraphComponent):
    """Sets a crisis intent when a message contains a crisis phrase from content."""

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> "SafetyNet":
        """Create the component; the phrases are read from content at run time."""
        return cls()

    def process(self, messages: list[Message]) -> list[Message]:
        """Override the predicted intent of any message that signals a crisis."""
        store = get_store()
        for message in messages:
            intent = crisis_intent(store, message.get(TEXT))
            if intent is None:
                continue
            predicted = {"name": intent, "confidence": 1.0}
            ranking = [r for r in message.get(INTENT_RANKING_KEY, []) if r["name"] != intent]
            message.set(INTENT, predicted, add_to_output=True)
            message.set(INTENT_RANKING_KEY, [predicted, *ranking], add_to_output=True)
        return messages
