"""Translated answers in the chat: the note on unchecked ones, the English page, switching."""

from bot.content.shown import topic_answer
from tests.web.conftest import say, soup

POLISH_ANSWER = {
    "text": "Dochodzenie trwa do 15 dni roboczych.",
    "custom": {
        "topic": "how_long",
        "language": "pl",
        "translation": "unchecked",
        "council": "dorset",
    },
}


def test_an_unchecked_translation_has_a_note_and_a_link_to_the_english(client, rasa):
    rasa.will_reply(POLISH_ANSWER)
    page = soup(say(client, "ile to trwa?"))
    note = page.select_one(".app-chat__message--assistant .app-translation-note")
    assert "has not checked it yet" in note.get_text()
    link = note.select_one("a")
    assert link["href"] == "/dorset/answers/how_long?language=en"
    assert link["lang"] == "en"


def test_a_checked_or_english_answer_has_no_note(client, rasa):
    rasa.will_reply({"text": "Up to 15 working days.", "custom": {"topic": "how_long"}})
    assert not soup(say(client, "how long?")).select(".app-translation-note")


def test_a_parent_writing_polish_on_an_english_page_can_switch_it_in_one_tap(client, rasa):
    rasa.will_reply(POLISH_ANSWER)
    switch = soup(say(client, "ile to trwa?")).select_one(".app-chat__switch a")
    assert switch["href"] == "?lang=pl"
    assert switch["lang"] == "pl"
    assert "Polski" in switch.get_text()
    switched = soup(client.get("/dorset/?lang=pl"))
    assert switched.html["lang"] == "pl"
    assert not switched.select(".app-chat__switch")


def test_the_english_answer_page_shows_the_councils_english_text(client, store):
    page = soup(client.get("/dorset/answers/how_long?language=en"))
    english = topic_answer(store, "dorset", "how_long", "en")
    shown = [p.get_text() for p in page.select(".app-answer p")]
    assert shown == english.texts
    assert page.select_one(".app-answer")["lang"] == "en"
    assert not page.select(".app-translation-note")
    others = {a["lang"]: a["href"] for a in page.select("ul.govuk-list a[lang]")}
    assert others["pl"] == "?language=pl" and others["ur"] == "?language=ur"
    assert page.select_one(".govuk-back-link")["href"] == "/dorset/"


def test_the_urdu_answer_page_is_right_to_left_and_says_it_is_unchecked(client, store):
    page = soup(client.get("/dorset/answers/how_long?language=ur"))
    answer = page.select_one(".app-answer")
    assert answer["lang"] == "ur" and answer["dir"] == "rtl"
    assert [p.get_text() for p in answer.select("p")] == (
        topic_answer(store, "dorset", "how_long", "ur").texts
    )
    assert "15" in answer.get_text()
    note = page.select_one(".app-translation-note a")
    assert note["href"] == "?language=en"


def test_stage_answers_have_pages_too(client, store):
    page = soup(client.get("/dorset/answers/stage_enquiry?language=pl"))
    assert "15" in page.select_one(".app-answer").get_text()


def test_unknown_or_odd_answers_are_not_found(client):
    assert client.get("/dorset/answers/no_such_topic").status_code == 404
    assert client.get("/dorset/answers/<script>").status_code == 404
    assert client.get("/nowhere/answers/how_long").status_code == 404
    assert client.get("/answers/how_long?language=xx").status_code == 200


def test_numbers_keep_their_order_inside_right_to_left_text(client, rasa):
    rasa.will_reply({"text": "QARO کو 01305 225940 پر فون کریں۔", "custom": {"topic": "qaro"}})
    client.get("/dorset/?lang=ur")
    link = soup(say(client, "QARO کا نمبر کیا ہے؟")).select_one('a[href="tel:01305225940"]')
    assert link["dir"] == "ltr" and link.get_text() == "01305 225940"
