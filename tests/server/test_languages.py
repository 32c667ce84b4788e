"""Parents writing each supported language are understood and answered in it, over REST.

The messages are the longest training examples of each intent in data/nlu/languages/<code>.yml
that are detectably in the language (short ones, like "tak", keep the conversation's language
instead); the expected replies come from content/.
"""

from pathlib import Path

import pytest

from bot.content import load_content
from bot.content.language import detect, supported_languages
from bot.content.shown import topic_answer
from bot.nlu.coverage import read_examples
from bot.settings import get_settings
from tests.server.conftest import text_of

pytestmark = pytest.mark.server

DATA = Path(__file__).resolve().parents[2] / "data" / "nlu" / "languages"
LANGUAGES = sorted(p.stem for p in DATA.glob("*.yml"))
DORSET_QARO_LINE = "01305 225940"


def example(language: str, intent: str) -> str:
    """Return the longest training example of an intent that is detected as its language."""
    store = load_content(get_settings().content_dir)
    supported = supported_languages(get_settings().content_dir)
    examples = read_examples(DATA / f"{language}.yml")[intent]
    detected = [t for t in examples if detect(t, supported, store.loanwords()) == language]
    return max(detected, key=len)


def test_every_supported_language_has_training_examples():
    assert set(LANGUAGES) == set(supported_languages(get_settings().content_dir)) - {"en"}


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_question_in_each_language_is_detected_and_answered_in_it(say, rasa, store, language):
    replies = say(example(language, "ask_what_is_enquiry"), authority="dorset")
    tracker = rasa.get(f"/conversations/{say.sender}/tracker").json()
    assert tracker["slots"]["language"] == language
    assert tracker["latest_message"]["intent"]["name"] == "ask_what_is_enquiry"
    expected = topic_answer(store, "dorset", "what_is_enquiry", language)
    assert expected.language == language
    assert [r["text"] for r in replies if "text" in r] == expected.texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_qaros_number_comes_unaltered_in_each_language(say, store, language):
    replies = say(example(language, "ask_qaro"), authority="dorset")
    text = text_of(replies)
    assert DORSET_QARO_LINE in text
    assert text.splitlines() == topic_answer(store, "dorset", "qaro", language).texts


@pytest.mark.parametrize("language", LANGUAGES)
def test_crisis_in_each_language_gets_emergency_help_in_it(say, store, language):
    for intent in ("crisis_child_danger", "crisis_self_harm"):
        text = text_of(say(example(language, intent), authority="dorset"))
        assert "999" in text
        key = "safety.child_danger" if intent == "crisis_child_danger" else "safety.self_harm"
        first = store.render(store.message(key, language)[0], "dorset", language)
        assert text.splitlines()[0] == first


CONVERSATION = (
    "greet",
    "ask_what_is_enquiry",
    "what_happens_next",
    "ask_child_taken_away",
    "ask_qaro",
    "request_human",
)


@pytest.mark.parametrize("language", ["pl", "ur"])
def test_a_whole_conversation_in_polish_or_urdu_stays_in_that_language(say, rasa, store, language):
    """On an English page (as the web app sends it), from hello to asking for a person."""
    supported = supported_languages(get_settings().content_dir)
    said = []
    for intent in CONVERSATION:
        replies = say(example(language, intent), authority="dorset", language="en")
        tracker = rasa.get(f"/conversations/{say.sender}/tracker").json()
        assert tracker["latest_message"]["intent"]["name"] == intent
        assert tracker["slots"]["language"] == language
        said += [r["text"] for r in replies if "text" in r]
    consent = replies[-1]["buttons"]
    assert [b["title"] for b in consent] == [
        store.text("handoff.consent_yes", language),
        store.text("handoff.consent_no", language),
    ]
    waiting = say(consent[0]["payload"], authority="dorset", language="en")
    team = store.council("dorset").handoff.team
    expected = [
        store.render(m, "dorset", language, team=team)
        for m in store.message("handoff.waiting", language)
    ]
    assert [r["text"] for r in waiting if "text" in r] == expected
    said += expected
    assert store.text("language.english_only", language) not in said
    assert DORSET_QARO_LINE in "\n".join(said)
    for text in said:
        assert detect(text, supported) in (language, None), text
