import re

from actions.give_contact import ActionGiveContact
from tests.actions.helpers import joined, make_tracker, run_action, slot_events


async def test_dorset_qaro_number_comes_with_hours_and_open_now(freeze):
    freeze("2026-11-25 10:30")  # a Wednesday
    tracker = make_tracker(
        "what's the number for the QARO",
        "ask_contact",
        slots={"authority": "dorset", "contact_need": "qaro"},
    )
    events, messages = await run_action(ActionGiveContact(), tracker)
    text = joined(messages)
    assert "01305 225940" in text
    assert "Monday to Friday, 9am to 5pm" in text
    assert "should be open now" in text
    assert events == []


async def test_dorset_qaro_line_closed_at_the_weekend_says_when_it_opens(freeze):
    freeze("2026-11-28 11:00")  # a Saturday
    tracker = make_tracker(
        "qaro number", "ask_contact", slots={"authority": "dorset", "contact_need": "qaro"}
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    assert "It is closed now. It opens again Monday at 9am." in joined(messages)


async def test_bank_holiday_is_flagged_because_the_leaflet_is_silent(freeze):
    freeze("2026-12-25 10:00")  # Christmas Day, a Friday
    tracker = make_tracker(
        "qaro number", "ask_contact", slots={"authority": "dorset", "contact_need": "qaro"}
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    text = joined(messages)
    assert "bank holiday (Christmas Day)" in text
    assert "does not say whether the line is open on bank holidays" in text


async def test_leicestershire_has_no_qaro_line_and_says_what_to_do_instead(freeze):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        "what's the number for the QARO",
        "ask_contact",
        slots={"authority": "leicestershire", "contact_need": "qaro"},
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    text = joined(messages)
    assert "01305" not in text
    assert "social worker" in text.lower()
    assert "leaflet" in text.lower()


async def test_no_council_asks_which_council_and_remembers_the_request():
    tracker = make_tracker("qaro phone number", "ask_contact", slots={"contact_need": "qaro"})
    events, messages = await run_action(ActionGiveContact(), tracker)
    assert slot_events(events) == {"pending_request": "contact:qaro"}
    assert not re.search(r"\d{3}", joined(messages))  # no number before the council is known
    titles = [b["title"] for b in messages[0]["buttons"]]
    assert titles[:3] == [
        "Dorset Council",
        "Gloucestershire County Council",
        "Leicestershire County Council",
    ]
    assert messages[0]["buttons"][0]["payload"] == '/inform_council{"authority":"dorset"}'


async def test_complaints_contacts_for_dorset_list_phone_post_email_and_online(freeze):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        "complaints phone number",
        "ask_contact",
        slots={"authority": "dorset", "contact_need": "complaints"},
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    text = joined(messages)
    for detail in (
        "01305 225076",
        "complaints@dorsetcouncil.gov.uk",
        "Freepost RRYH-AGJZ-TRGG",
        "Complain to Dorset Council - Dorset Council",
    ):
        assert detail in text
    assert "does not give opening hours" in text


async def test_a_parent_in_poole_never_gets_dorset_numbers():
    tracker = make_tracker("what number do I ring", "ask_contact", slots={"outside_area": "bcp"})
    _, messages = await run_action(ActionGiveContact(), tracker)
    text = joined(messages)
    assert "Bournemouth, Christchurch and Poole Council" in text
    assert "01305" not in text


async def test_contact_answer_is_tagged_with_the_need(freeze):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        "how do I complain",
        "ask_contact",
        slots={"authority": "dorset", "contact_need": "complaints"},
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    assert messages[-1]["custom"] == {"topic": "contact_complaints"}


async def test_a_polish_parent_gets_the_qaro_line_in_polish_with_the_number_unaltered(
    freeze, store
):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        "numer do QARO",
        "ask_contact",
        slots={"authority": "dorset", "contact_need": "qaro", "language": "pl"},
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    text = joined(messages)
    assert messages[0]["text"] == store.render(store.text("contact.intro", "pl"), "dorset", "pl")
    assert "01305 225940" in text
    assert store.text("hours.open_now", "pl") in text
    assert store.text("language.english_only", "pl") not in text


async def test_gloucestershire_notes_come_in_the_parents_language(freeze, store):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        "numer telefonu",
        "ask_contact",
        slots={"authority": "gloucestershire", "language": "pl"},
    )
    _, messages = await run_action(ActionGiveContact(), tracker)
    council = store.council("gloucestershire")
    for contact in council.contacts:
        if contact.note and contact.phone:
            note, language = store.contact_note("gloucestershire", contact, "pl")
            assert language == "pl" and note in joined(messages)
            assert contact.note not in joined(messages)
    assert store.text("language.english_only", "pl") not in joined(messages)
