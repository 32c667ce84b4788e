import pytest

from actions.offer_topics import ActionOfferTopics
from actions.safety import ActionSafety
from actions.small_talk import ActionSmallTalk
from tests.actions.helpers import joined, make_tracker, run_action


async def test_child_in_danger_gets_999_first():
    tracker = make_tracker(
        "he is hitting my son right now",
        "crisis_child_danger",
        slots={"authority": "dorset", "pending_request": "topic:how_long"},
    )
    events, messages = await run_action(ActionSafety(), tracker)
    assert "999" in messages[0]["text"]
    assert events == []


async def test_self_harm_gets_samaritans_and_999():
    tracker = make_tracker("I want to end my life", "crisis_self_harm")
    _, messages = await run_action(ActionSafety(), tracker)
    text = joined(messages)
    assert "116 123" in text and "999" in text


@pytest.mark.parametrize(
    "intent", ["greet", "thanks", "goodbye", "bot_challenge", "out_of_scope", "abuse"]
)
async def test_small_talk_replies_from_content(intent, store):
    tracker = make_tracker("hi", intent)
    _, messages = await run_action(ActionSmallTalk(), tracker)
    phrases = store.message(intent)
    assert [m["text"] for m in messages] == [store.render(p, None) for p in phrases]


async def test_greeting_offers_topic_buttons():
    _, messages = await run_action(ActionSmallTalk(), make_tracker("hello", "greet"))
    payloads = [b["payload"] for b in messages[-1]["buttons"]]
    assert "/ask_what_is_enquiry" in payloads and "/request_human" in payloads


async def test_fallback_says_so_and_offers_topics():
    _, messages = await run_action(ActionOfferTopics(), make_tracker("blorp", "nlu_fallback"))
    assert "not sure I understood" in messages[0]["text"]
    assert len(messages[-1]["buttons"]) == 8
