from actions.answer_topic import ActionAnswerTopic, topic_for_intent
from tests.actions.helpers import joined, make_tracker, run_action, slot_events


def test_intent_names_map_to_topic_keys():
    assert topic_for_intent("ask_how_long") == "how_long"
    assert topic_for_intent("greet") is None


async def test_dorset_enquiry_length_is_15_working_days(store):
    tracker = make_tracker("how long does it take", "ask_how_long", slots={"authority": "dorset"})
    events, messages = await run_action(ActionAnswerTopic(), tracker)
    assert "15 working days" in joined(messages)
    assert events == []
    expected = store.answer("dorset", "how_long").topic.messages
    assert len(messages) == len(expected)


async def test_council_text_falls_back_to_general(store):
    key = next(
        k
        for k in store.topic_keys()
        if not store.depends_on_council(k)
        and k not in store.answers[("gloucestershire", "en")].topics
    )
    tracker = make_tracker("question", f"ask_{key}", slots={"authority": "gloucestershire"})
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    general = store.answer(None, key)
    assert [m["text"] for m in messages] == [
        store.render(m, "gloucestershire") for m in general.topic.messages
    ]


async def test_council_dependent_topic_asks_for_the_council_first():
    tracker = make_tracker("how long will this take", "ask_how_long")
    events, messages = await run_action(ActionAnswerTopic(), tracker)
    assert slot_events(events) == {"pending_request": "topic:how_long"}
    assert messages[0]["text"].startswith("Which council area")
    assert len(messages[0]["buttons"]) == 4


async def test_general_topic_does_not_ask_for_the_council(store):
    key = next(k for k in store.topic_keys() if not store.depends_on_council(k))
    tracker = make_tracker("question", f"ask_{key}")
    events, messages = await run_action(ActionAnswerTopic(), tracker)
    assert events == []
    assert "buttons" not in messages[0] or not messages[0]["buttons"]


async def test_leicestershire_police_protection_is_up_to_72_hours():
    tracker = make_tracker(
        "can police take my kids", "ask_police_protection", slots={"authority": "leicestershire"}
    )
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert "72 hours" in joined(messages)


async def test_unknown_topic_intent_falls_back_to_topic_buttons():
    tracker = make_tracker("hmm", "ask_something_unknown")
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert messages[-1]["buttons"]


async def test_answer_is_tagged_with_its_topic_on_the_last_message_only():
    tracker = make_tracker("how long does it take", "ask_how_long", slots={"authority": "dorset"})
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert messages[-1]["custom"] == {"topic": "how_long", "language": "en"}
    assert all(not m["custom"] for m in messages[:-1])


async def test_question_asking_for_the_council_is_not_tagged():
    tracker = make_tracker("how long will this take", "ask_how_long")
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert all(not m["custom"] for m in messages)


def without_translation(store, monkeypatch, language, key):
    """Use a copy of the content in which no council has the topic in the language."""
    answers = {}
    for (slug, lang), file in store.answers.items():
        if lang == language:
            topics = {k: t for k, t in file.topics.items() if k != key}
            file = file.copy(update={"topics": topics})
        answers[(slug, lang)] = file
    monkeypatch.setattr(store, "answers", answers)
    monkeypatch.setattr("actions.conversation.get_store", lambda: store)


async def test_an_untranslated_answer_comes_in_english_after_a_notice_in_polish(store, monkeypatch):
    without_translation(store, monkeypatch, "pl", "how_long")
    tracker = make_tracker(
        "ile to trwa", "ask_how_long", slots={"authority": "dorset", "language": "pl"}
    )
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert messages[0]["text"] == store.text("language.english_only", "pl")
    assert messages[0]["text"] != store.text("language.english_only", "en")
    assert "15 working days" in joined(messages)
    assert "translation" not in messages[-1]["custom"]


async def test_a_polish_parent_gets_dorsets_answer_in_polish_marked_unchecked(store):
    tracker = make_tracker(
        "ile to trwa", "ask_how_long", slots={"authority": "dorset", "language": "pl"}
    )
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    polish = store.answer("dorset", "how_long", "pl")
    assert (polish.council, polish.language) == ("dorset", "pl")
    assert [m["text"] for m in messages] == [
        store.render(m, "dorset", "pl") for m in polish.topic.messages
    ]
    assert "15" in joined(messages)
    assert messages[-1]["custom"] == {
        "topic": "how_long",
        "language": "pl",
        "translation": "unchecked",
        "council": "dorset",
    }


async def test_no_notice_in_english():
    tracker = make_tracker(
        "how long", "ask_how_long", slots={"authority": "dorset", "language": "en"}
    )
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert "English" not in messages[0]["text"]


async def test_a_translated_answer_comes_without_the_english_notice(store, monkeypatch):
    from bot.content.schema import AnswerFile, Topic

    translated = Topic(messages=["Grupa główna to mała grupa."], sources=["000:19"])
    answers = dict(store.answers)
    answers[("dorset", "pl")] = AnswerFile(topics={"core_group": translated})
    monkeypatch.setattr(store, "answers", answers)
    monkeypatch.setattr("actions.conversation.get_store", lambda: store)
    tracker = make_tracker(
        "czym jest grupa", "ask_core_group", slots={"authority": "dorset", "language": "pl"}
    )
    _, messages = await run_action(ActionAnswerTopic(), tracker)
    assert [m["text"] for m in messages] == ["Grupa główna to mała grupa."]
