from actions.handoff import ActionAnswerYesNo, ActionOfferHandoff
from tests.actions.helpers import joined, make_tracker, run_action, slot_events, texts

DORSET = {"authority": "dorset"}
CONSENTING = {"authority": "dorset", "pending_request": "handoff_consent"}


async def test_asking_for_a_person_explains_who_will_see_and_asks_consent(store):
    tracker = make_tracker("can I talk to a person", "request_human", slots=DORSET)
    events, messages = await run_action(ActionOfferHandoff(), tracker)
    assert slot_events(events) == {"pending_request": "handoff_consent"}
    team = store.council("dorset").handoff.team
    assert team in joined(messages)
    assert "see this whole conversation" in joined(messages)
    line = store.council("dorset").contact("qaro_duty")
    assert f"call the {line.label} on {line.phone}, Monday to Friday, 9am to 5pm" in joined(
        messages
    )
    assert [b["payload"] for b in messages[-1]["buttons"]] == ["/affirm", "/deny"]
    assert not any(e["event"] == "pause" for e in events)


async def test_without_a_council_it_asks_first_and_remembers(store):
    tracker = make_tracker("can I talk to a person", "request_human")
    events, messages = await run_action(ActionOfferHandoff(), tracker)
    assert slot_events(events) == {"pending_request": "handoff"}
    assert messages[0]["text"].startswith("Which council area")


async def test_council_without_a_live_chat_gives_its_phone_line_instead(store, freeze):
    freeze("2026-11-25 10:30")
    tracker = make_tracker(
        "can I talk to a person", "request_human", slots={"authority": "gloucestershire"}
    )
    events, messages = await run_action(ActionOfferHandoff(), tracker)
    assert "computer program" in joined(messages)
    assert store.council("gloucestershire").contact("helpdesk").phone in joined(messages)
    assert "pending_request" not in slot_events(events)


async def test_yes_in_opening_hours_pauses_the_assistant_and_queues_the_parent(freeze):
    freeze("2026-11-25 10:30")  # a Wednesday
    events, messages = await run_action(
        ActionAnswerYesNo(), make_tracker("yes", "affirm", slots=CONSENTING)
    )
    assert events[-1] == {"event": "pause", "timestamp": None}
    assert slot_events(events) == {"pending_request": None}
    assert messages[-1]["custom"] == {"handoff": "waiting", "council": "dorset", "language": "en"}
    assert "stay on this page" in joined(messages)


async def test_yes_at_the_weekend_gives_hours_callback_and_the_line(store, freeze):
    freeze("2026-11-28 11:00")  # a Saturday
    events, messages = await run_action(
        ActionAnswerYesNo(), make_tracker("yes", "affirm", slots=CONSENTING)
    )
    text = joined(messages)
    assert "It is closed now" in text and "Monday to Friday, 9am to 5pm" in text
    assert store.council("dorset").contact("qaro_duty").phone in text
    assert messages[-1]["custom"] == {
        "handoff": "callback",
        "council": "dorset",
        "topic": "contact_person",
    }
    assert not any(e["event"] == "pause" for e in events)


async def test_yes_on_a_bank_holiday_says_the_chat_is_closed(freeze):
    freeze("2026-12-25 10:30")  # Christmas Day, a Friday, inside the line's weekly hours
    events, messages = await run_action(
        ActionAnswerYesNo(), make_tracker("yes", "affirm", slots=CONSENTING)
    )
    assert "bank holiday (Christmas Day)" in texts(messages)[0]
    assert messages[-1]["custom"]["handoff"] == "callback"
    assert not any(e["event"] == "pause" for e in events)


async def test_yes_after_five_pm_is_closed(freeze):
    freeze("2026-11-25 17:00")
    events, _ = await run_action(
        ActionAnswerYesNo(), make_tracker("yes", "affirm", slots=CONSENTING)
    )
    assert not any(e["event"] == "pause" for e in events)


async def test_no_shares_nothing_and_gives_the_phone_line(store, freeze):
    freeze("2026-11-25 10:30")
    events, messages = await run_action(
        ActionAnswerYesNo(), make_tracker("no", "deny", slots=CONSENTING)
    )
    assert texts(messages)[0] == "That's fine. I won't share this conversation."
    assert store.council("dorset").contact("qaro_duty").phone in joined(messages)
    assert slot_events(events) == {"pending_request": None}
    assert not any(e["event"] == "pause" for e in events)


async def test_yes_to_nothing_offers_topics():
    events, messages = await run_action(
        ActionAnswerYesNo(), make_tracker("yes", "affirm", slots=DORSET)
    )
    assert events == []
    assert messages[0]["buttons"]
