import pytest

from bot.content.language import detect, supported_languages
from bot.settings import get_settings

SUPPORTED = supported_languages(get_settings().content_dir)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("co się dzieje na konferencji ochrony dziecka?", "pl"),
        ("ce se întâmplă la conferința de protecție a copilului?", "ro"),
        ("کیا وہ میرے بچے کو لے جائیں گے؟", "ur"),
        ("ماذا يحدث بعد ذلك؟", "ar"),
        ("હવે શું થશે?", "gu"),
        ("ਅੱਗੇ ਕੀ ਹੁੰਦਾ ਹੈ?", "pa"),
        ("আমার সন্তানকে কি নিয়ে যাবে?", "bn"),
        ("Maxaa dhacaya hadda kadib?", "so"),
        ("what happens at the conference?", "en"),
    ],
)
def test_each_supported_language_is_recognised(text, language):
    assert detect(text, SUPPORTED) == language


@pytest.mark.parametrize("text", ["ok", "yes", "no thanks", "/ask_conference_what", "", "   "])
def test_short_latin_text_and_buttons_are_left_alone(text):
    assert detect(text, SUPPORTED) is None


def test_every_interface_language_is_supported():
    assert set(SUPPORTED) >= {"en", "pl", "ro", "ur", "ar", "gu", "pa", "bn", "so"}


def test_with_one_language_there_is_nothing_to_detect():
    assert detect("co się dzieje na konferencji?", ("en",)) is None


LOANWORDS = ("social worker", "quality assurance reviewing officer", "qaro", "conference")


def test_english_terms_of_the_process_are_no_sign_of_english():
    assert detect("co robi quality assurance reviewing officer", SUPPORTED, LOANWORDS) is None
    assert detect("social worker był u nas wczoraj, co teraz?", SUPPORTED, LOANWORDS) == "pl"
    assert detect("what happens at the conference on monday", SUPPORTED, LOANWORDS) == "en"


def test_in_a_message_with_another_script_only_that_scripts_words_count():
    text = "quality assurance reviewing officer کیا کام کرتا ہے"
    assert detect(text, SUPPORTED) == "ur"
    assert detect("QARO ਦਾ ਫ਼ੋਨ ਨੰਬਰ ਕੀ ਹੈ", SUPPORTED) == "pa"


def test_no_english_training_or_evaluation_message_is_taken_for_another_language(store):
    from tests.content.test_translations import english_examples

    texts = [t for texts in english_examples().values() for t in texts]
    wrong = [t for t in texts if detect(t, SUPPORTED, store.loanwords()) not in ("en", None)]
    assert wrong == []
