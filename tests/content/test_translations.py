"""Translations say what the English says, with the same numbers, in every language and council."""

import copy
from pathlib import Path

import pytest

from bot.content.language import supported_languages
from bot.content.recognise import Recogniser
from bot.content.safety import crisis_intent
from bot.content.store import GENERAL
from bot.content.translations import compare_text, translation_problems
from bot.nlu.coverage import (
    CRISIS,
    crisis_problems,
    evaluation_problems,
    read_examples,
    training_problems,
)
from bot.settings import get_settings

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = [code for code in supported_languages(get_settings().content_dir) if code != "en"]


def test_the_languages_councils_need_are_all_supported():
    assert set(LANGUAGES) >= {"pl", "ro", "ur", "ar", "gu", "pa", "bn", "so"}


def test_every_translation_keeps_the_english_numbers_placeholders_and_sources(store):
    assert translation_problems(store) == []


@pytest.mark.parametrize(
    ("english", "translated", "problem"),
    [
        ("Call {phone:qaro_duty}.", "Zadzwoń.", "placeholders"),
        ("Within 15 working days.", "W ciągu 16 dni roboczych.", "numbers"),
        ("Within 15 working days.", "W ciągu dni roboczych.", "numbers"),
        ("Within 15 working days.", "۱۵ دن کے اندر", "digits 0-9"),
        ("Call 999.", "Zadzwoń pod 999 lub 112.", "numbers"),
    ],
)
def test_a_changed_number_or_placeholder_is_caught(english, translated, problem):
    assert any(problem in p for p in compare_text("here", english, translated))


def test_a_faithful_translation_passes():
    assert compare_text("here", "Call {phone:x} within 15 days.", "W 15 dni: {phone:x}.") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_answer_and_stage_is_translated_for_every_council(store, language):
    for slug in [GENERAL, *(c.slug for c in store.covered_councils())]:
        for key in store.topic_keys():
            assert store.answer(slug, key, language).language == language, (slug, key)
        for stage in store.stage_order.all_ids():
            assert store.stage(slug, stage, language).language == language, (slug, stage)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_translated_answer_says_who_translated_it(store, language):
    for (slug, lang), answers in store.answers.items():
        if lang == language:
            for key, topic in answers.topics.items():
                assert topic.translation and topic.translation.translated_by, (slug, key)


def test_a_councils_own_english_beats_a_translation_of_the_general_text(store):
    changed = copy.deepcopy(store)
    del changed.answers[("dorset", "pl")].topics["how_long"]
    answer = changed.answer("dorset", "how_long", "pl")
    assert (answer.council, answer.language) == ("dorset", "en")
    assert "15 working days" in " ".join(answer.topic.messages)


def test_a_topic_from_a_translated_file_is_unchecked_until_a_translator_checks_it(store):
    topic = store.answer("dorset", "how_long", "ur").topic
    assert topic.translation.checked_by is None and topic.unchecked
    assert not store.answer("dorset", "how_long", "en").topic.unchecked


@pytest.mark.parametrize("language", LANGUAGES)
def test_training_examples_cover_the_core_topics(language):
    assert training_problems(language, ROOT / "data") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_safety_net_catches_every_crisis_example_and_nothing_else(store, language):
    assert crisis_problems(store, language, ROOT / "data") == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_evaluation_messages_are_held_out_and_long_enough(language):
    assert evaluation_problems(language, ROOT / "tests" / "evaluation", ROOT / "data") == []


def english_examples():
    examples = {}
    for path in sorted((ROOT / "data" / "nlu").glob("*.yml")):
        for intent, texts in read_examples(path).items():
            examples.setdefault(intent, []).extend(texts)
    return examples


def test_no_languages_crisis_phrase_fires_on_ordinary_english(store):
    for intent, texts in english_examples().items():
        if intent not in CRISIS:
            assert [t for t in texts if crisis_intent(store, t)] == [], intent


def test_other_languages_words_find_nothing_new_in_english_messages(store):
    english_only = copy.deepcopy(store)
    english_only.recognition = {"en": store.recognition["en"]}
    every, english = Recogniser(store), Recogniser(english_only)
    for texts in english_examples().values():
        for text in texts:
            assert every.find(text) == english.find(text), text


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_contact_note_is_translated(store, language):
    for council in store.covered_councils():
        for contact in council.contacts:
            if contact.note:
                note, said_in = store.contact_note(council.slug, contact, language)
                assert said_in == language and note != contact.note, (council.slug, contact.id)


def test_a_note_with_a_changed_number_is_caught(store):
    changed = copy.deepcopy(store)
    council = changed.councils["gloucestershire"]
    contact = next(c for c in council.contacts if c.note)
    changed.answers[("gloucestershire", "pl")].notes[contact.id] = "Numer 0800 000 000."
    assert any(f"note {contact.id}" in p for p in translation_problems(changed, "pl"))
