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
