from pathlib import Path

import pytest

from bot.content.safety import crisis_intent
from bot.nlu.coverage import read_examples

DATA = Path(__file__).resolve().parents[2] / "data" / "nlu" / "languages"


@pytest.mark.parametrize(
    "text",
    [
        "I want to kill myself",
        "i feel suicidal",
        "I don't want to be alive anymore",
        "thinking of ending it all",
        "I've been self harming again",
        "i want to die",
    ],
)
def test_self_harm_phrases(store, text):
    assert crisis_intent(store, text) == "crisis_self_harm"


@pytest.mark.parametrize(
    "text",
    [
        "he is hitting my son right now",
        "my baby is not breathing",
        "my partner threatened to kill the kids",
        "my daughter is in danger right now",
    ],
)
def test_child_in_danger_phrases(store, text):
    assert crisis_intent(store, text) == "crisis_child_danger"


@pytest.mark.parametrize(
    "text",
    [
        "I'm so scared about the conference",
        "how long does the enquiry take",
        "they said I hit my son, I didn't",
        "will they kill my chances at court",
        "",
        None,
    ],
)
def test_ordinary_worry_is_not_a_crisis(store, text):
    assert crisis_intent(store, text) is None


def test_urdu_typed_with_arabic_keyboard_letters_is_still_caught(store):
    urdu = next(
        text
        for text in read_examples(DATA / "ur.yml")["crisis_self_harm"]
        if any(letter in text for letter in "یکہ")
    )
    arabic_letters = urdu.replace("ی", "ي").replace("ک", "ك").replace("ہ", "ه")
    assert arabic_letters != urdu
    assert crisis_intent(store, arabic_letters) == "crisis_self_harm"
