import pytest

from bot.content import ContentError


def test_council_answer_overrides_general(store):
    assert store.answer("dorset", "how_long").council == "dorset"
    assert store.answer(None, "how_long").council == "general"


def test_unknown_council_gets_general_text(store):
    assert store.answer("atlantis", "how_long").council == "general"


def test_every_topic_has_an_answer_for_every_council(store):
    for council in [None, *[c.slug for c in store.covered_councils()]]:
        for key in store.topic_keys():
            answer = store.answer(council, key)
            assert answer.topic.messages and answer.topic.sources


def test_missing_topic_raises(store):
    with pytest.raises(ContentError):
        store.answer("dorset", "no_such_topic")


def test_render_fills_council_and_contact_placeholders(store):
    text = store.render("{council_short}: {phone:qaro_duty}, {hours:qaro_duty}", "dorset")
    assert text == "Dorset: 01305 225940, Monday to Friday, 9am to 5pm"
    assert store.render("Call {national:samaritans}", None) == "Call 116 123"


def test_render_refuses_a_contact_the_council_lacks(store):
    with pytest.raises(ContentError):
        store.render("{phone:qaro_duty}", "leicestershire")


def test_stage_fields_fall_back_field_by_field(store):
    dorset = store.stage("dorset", "enquiry")
    general = store.stage(None, "enquiry")
    assert set(dorset.fields) == {"now", "before", "next", "timescale", "when"}
    assert dorset.fields["timescale"] != general.fields["timescale"]


def test_message_in_a_language_without_phrases_falls_back_to_english(store):
    assert store.message("council.ask", "fr") == store.message("council.ask", "en")
