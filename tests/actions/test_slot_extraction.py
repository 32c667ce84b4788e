from actions.slot_extraction import ValidateSlotMappings
from tests.actions.helpers import make_tracker, run_action, slot_events


async def extract(text, slots=None, metadata=None, entities=None, intent="inform_council"):
    tracker = make_tracker(text, intent, slots=slots, metadata=metadata, entities=entities)
    domain = {
        "slots": {
            name: {"type": "text", "mappings": [{"type": "custom"}]} for name in tracker.slots
        }
    }
    events, _ = await run_action(ValidateSlotMappings(), tracker, domain)
    return slot_events(events)


async def test_metadata_sets_the_council_and_language():
    slots = await extract("hello", metadata={"authority": "dorset", "language": "en-GB"})
    assert slots["authority"] == "dorset"
    assert slots["language"] == "en"


async def test_town_in_text_sets_the_council():
    slots = await extract("we live in Loughborough")
    assert slots["authority"] == "leicestershire"
    assert slots["place_named"] == "Loughborough"


async def test_neighbouring_town_clears_the_council_even_on_a_dorset_page():
    slots = await extract(
        "I live in Poole", slots={"authority": "dorset"}, metadata={"authority": "dorset"}
    )
    assert slots["authority"] is None
    assert slots["outside_area"] == "bcp"


async def test_south_gloucestershire_is_not_gloucestershire():
    slots = await extract("I'm in South Gloucestershire")
    assert slots["outside_area"] == "south_gloucestershire"
    assert slots["authority"] is None


async def test_leicester_city_is_not_leicestershire():
    slots = await extract("we're in Leicester")
    assert slots["outside_area"] == "leicester_city"


async def test_metadata_does_not_override_a_council_the_parent_named():
    slots = await extract(
        "what happens next",
        slots={"authority": "gloucestershire"},
        metadata={"authority": "dorset"},
    )
    assert "authority" not in slots


async def test_button_entity_sets_council_or_other():
    assert (
        await extract(
            "/inform_council", entities=[{"entity": "authority", "value": "gloucestershire"}]
        )
    )["authority"] == "gloucestershire"
    assert (await extract("/inform_council", entities=[{"entity": "authority", "value": "other"}]))[
        "outside_area"
    ] == "other"


async def test_need_and_stage_are_recognised():
    slots = await extract("what's the qaro number", intent="ask_contact")
    assert slots["contact_need"] == "qaro"
    slots = await extract("we've had the initial conference, what now?", intent="what_happens_next")
    assert slots["stage"] == "conference"


async def test_need_is_cleared_when_the_message_names_none():
    slots = await extract("who do I ring", slots={"contact_need": "qaro"}, intent="ask_contact")
    assert slots["contact_need"] is None


async def test_the_language_a_parent_writes_in_wins_over_the_page():
    slots = await extract(
        "co się dzieje na konferencji?", metadata={"authority": "dorset", "language": "en"}
    )
    assert slots["language"] == "pl"


async def test_short_replies_keep_the_pages_language():
    slots = await extract("ok", metadata={"language": "ur"})
    assert slots["language"] == "ur"


async def test_a_button_keeps_the_language_the_parent_wrote_in_on_an_english_page():
    slots = await extract(
        "/affirm",
        slots={"language": "pl", "page_language": "en"},
        metadata={"authority": "dorset", "language": "en"},
    )
    assert "language" not in slots or slots["language"] == "pl"


async def test_switching_the_page_to_another_language_switches_the_answers():
    slots = await extract(
        "/affirm",
        slots={"language": "pl", "page_language": "en"},
        metadata={"authority": "dorset", "language": "ur"},
    )
    assert slots["language"] == "ur"
    assert slots["page_language"] == "ur"


async def test_a_page_in_the_parents_language_is_remembered():
    slots = await extract("dzień dobry, mam pytanie o konferencję", metadata={"language": "pl"})
    assert slots["language"] == "pl"
    assert slots["page_language"] == "pl"


async def test_words_for_a_stage_in_polish_and_urdu_are_recognised():
    polish = await extract("co będzie po konferencji", slots={"language": "pl"})
    assert polish["stage"] == "conference"


async def test_a_page_language_the_assistant_does_not_speak_is_ignored():
    slots = await extract("ok", metadata={"language": "fr"})
    assert slots["language"] == "en"
