from actions.confirm_council import ActionConfirmCouncil
from tests.actions.helpers import joined, make_tracker, run_action, slot_events


async def test_naming_a_town_confirms_the_council_and_answers_the_pending_question():
    tracker = make_tracker(
        "I live in Weymouth",
        "inform_council",
        slots={
            "authority": "dorset",
            "place_named": "Weymouth",
            "pending_request": "topic:how_long",
        },
    )
    events, messages = await run_action(ActionConfirmCouncil(), tracker)
    text = joined(messages)
    assert "Dorset Council" in messages[0]["text"]
    assert "15 working days" in text
    assert slot_events(events) == {"pending_request": None}


async def test_button_choice_resumes_a_contact_request(freeze):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        '/inform_council{"authority":"dorset"}',
        "inform_council",
        slots={"authority": "dorset", "pending_request": "contact:qaro"},
        entities=[{"entity": "authority", "value": "dorset"}],
    )
    _, messages = await run_action(ActionConfirmCouncil(), tracker)
    assert "01305 225940" in joined(messages)


async def test_neighbouring_area_is_explained_without_any_numbers():
    tracker = make_tracker(
        "I'm in Poole",
        "inform_council",
        slots={"outside_area": "bcp", "place_named": "Poole", "pending_request": "contact:qaro"},
    )
    _, messages = await run_action(ActionConfirmCouncil(), tracker)
    text = joined(messages)
    assert "Poole is covered by Bournemouth, Christchurch and Poole Council" in text
    assert "01305" not in text and "01452" not in text


async def test_unrecognised_place_lists_the_councils_and_asks_again():
    tracker = make_tracker(
        "I live in Birmingham", "inform_council", slots={"pending_request": "topic:complaints"}
    )
    events, messages = await run_action(ActionConfirmCouncil(), tracker)
    assert (
        "Dorset Council, Gloucestershire County Council and Leicestershire County Council"
        in joined(messages)
    )
    assert messages[-1]["buttons"]
    assert slot_events(events) == {"pending_request": "topic:complaints"}


async def test_somewhere_else_gives_general_answer_for_pending_topic(store):
    tracker = make_tracker(
        '/inform_council{"authority":"other"}',
        "inform_council",
        slots={"outside_area": "other", "pending_request": "topic:how_long"},
        entities=[{"entity": "authority", "value": "other"}],
    )
    _, messages = await run_action(ActionConfirmCouncil(), tracker)
    general = store.answer(None, "how_long").topic.messages
    assert [m["text"] for m in messages[-len(general) :]] == general
