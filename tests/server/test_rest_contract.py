"""The REST contract of ../shared/design.md, against the running Rasa and action servers."""

import pytest

from tests.server.conftest import text_of

pytestmark = pytest.mark.server


def test_dorset_qaro_number_with_hours(say):
    replies = say("what's the number for the QARO", authority="dorset")
    text = text_of(replies)
    assert "01305 225940" in text
    assert "Monday to Friday, 9am to 5pm" in text
    assert all(r["recipient_id"] == say.sender for r in replies)


def test_leicestershire_qaro_question_says_there_is_no_such_line(say):
    text = text_of(say("what's the number for the QARO", authority="leicestershire"))
    assert "does not mention a QARO" in text
    assert "social worker" in text
    assert "01305" not in text


def test_council_is_asked_for_with_standard_buttons_then_remembered(say, rasa):
    replies = say("how do I complain")
    buttons = replies[-1]["buttons"]
    assert {
        "title": "Dorset Council",
        "payload": '/inform_council{"authority":"dorset"}',
    } in buttons
    text = text_of(say('/inform_council{"authority":"dorset"}'))
    assert "01305 225076" in text
    tracker = rasa.get(f"/conversations/{say.sender}/tracker").json()
    assert tracker["slots"]["authority"] == "dorset"
    assert "01305 225940" in text_of(say("what's the qaro's phone number"))


def test_town_named_in_text_sets_the_council(say):
    say("hello")
    text = text_of(say("I live in Cheltenham"))
    assert "Gloucestershire County Council" in text


def test_parent_in_poole_is_not_given_dorset_numbers(say):
    say("I live in Poole", authority="dorset")
    text = text_of(say("what number can I ring", authority="dorset"))
    assert "Bournemouth, Christchurch and Poole Council" in text
    assert "01305" not in text


def test_crisis_gets_emergency_help_whatever_the_state(say):
    say("how long does the enquiry take")  # the assistant is now waiting for a council
    text = text_of(say("he is hitting my daughter right now", authority="dorset"))
    assert text.splitlines()[0].startswith("If a child is in danger right now, call 999")


def test_self_harm_gets_samaritans(say):
    assert "116 123" in text_of(
        say("I don't want to be alive any more", authority="gloucestershire")
    )


def test_stage_buttons_explain_the_stage(say):
    replies = say("what happens next?", authority="gloucestershire")
    payloads = [b["payload"] for b in replies[-1]["buttons"]]
    assert '/what_happens_next{"stage":"review"}' in payloads
    text = text_of(say('/what_happens_next{"stage":"review"}', authority="gloucestershire"))
    assert text.startswith("Where you are: ")
    assert "What comes next: " in text


def test_html_in_a_message_is_answered_not_executed(say):
    replies = say("<script>alert(1)</script> how long does it take", authority="dorset")
    assert replies
    assert "<script>" not in text_of(replies)
