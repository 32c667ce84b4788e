"""Helpers to run actions with real rasa_sdk Trackers."""

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

SLOTS = (
    "authority",
    "outside_area",
    "place_named",
    "language",
    "page_language",
    "stage",
    "contact_need",
    "pending_request",
)


def make_tracker(text="", intent=None, slots=None, entities=None, metadata=None):
    """A real rasa_sdk Tracker holding one user message."""
    latest = {
        "text": text,
        "intent": {"name": intent, "confidence": 0.99} if intent else {},
        "intent_ranking": [{"name": intent, "confidence": 0.99}] if intent else [],
        "entities": entities or [],
        "metadata": metadata or {},
    }
    all_slots = dict.fromkeys(SLOTS)
    all_slots.update(slots or {})
    return Tracker(
        sender_id="test-parent",
        slots=all_slots,
        latest_message=latest,
        events=[{"event": "user", "text": text, "parse_data": latest, "metadata": metadata or {}}],
        paused=False,
        followup_action=None,
        active_loop={},
        latest_action_name="action_listen",
    )


async def run_action(action, tracker, domain=None):
    """Run an action; return (events, messages) as the Rasa server would receive them."""
    dispatcher = CollectingDispatcher()
    events = await action.run(dispatcher, tracker, domain or {})
    return events, dispatcher.messages


def texts(messages):
    return [m["text"] for m in messages]


def joined(messages):
    return "\n".join(texts(messages))


def slot_events(events):
    return {e["name"]: e["value"] for e in events if e["event"] == "slot"}
