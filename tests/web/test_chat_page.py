"""The chat page as a parent without JavaScript sees it: forms posted, whole pages rendered."""

import re

from bot.web import storage
from tests.web.conftest import csrf, say, soup

CONFERENCE = {
    "text": "A conference is a meeting about your child.",
    "custom": {"topic": "conference_what"},
}


def bubbles(page):
    """Return (who, text) for each bubble after the welcome."""
    items = page.select("#chat-messages > li")[1:]
    return [
        (
            "parent" if "app-chat__message--parent" in li["class"] else "assistant",
            li.select_one(".app-chat__bubble").get_text(" ", strip=True),
        )
        for li in items
    ]


def test_general_page_welcomes_and_lists_every_council(client, store):
    page = soup(client.get("/"))
    assert page.select_one("h1").get_text(strip=True) == "Ask about a child protection enquiry"
    links = {a.get_text(strip=True): a["href"] for a in page.select(".app-councils__list a")}
    assert links == {c.name: f"/{c.slug}/" for c in store.covered_councils()}
    welcome = page.select_one("#chat-messages > li").get_text(" ", strip=True)
    assert "your council" in welcome


def test_council_page_is_branded_from_content(client, store):
    response = client.get("/dorset/")
    page = soup(response)
    name = store.council("dorset").name
    assert page.select_one(".govuk-caption-l").get_text(strip=True) == name
    assert name in page.title.get_text()
    assert page.html["lang"] == "en"
    assert page.body["dir"] == "ltr"
    assert not page.select(".app-councils__list")


def test_council_page_without_trailing_slash_redirects(client):
    response = client.get("/dorset", follow_redirects=False)
    assert response.status_code in (307, 308)
    assert response.headers["location"].endswith("/dorset/")


def test_starter_topics_are_quick_reply_buttons(client, store):
    page = soup(client.get("/dorset/"))
    buttons = page.select("#chat-quick-replies button[name=message]")
    titles = [b.get_text(strip=True) for b in buttons]
    assert titles[0] == store.text("topics.titles.what_is_enquiry")
    assert buttons[0]["value"] == "/ask_what_is_enquiry"
    assert page.select_one("#chat-quick-replies form")["method"] == "post"


def test_no_javascript_round_trip_shows_the_whole_conversation(client, rasa):
    rasa.will_reply(CONFERENCE)
    response = say(client, "What is a conference?")
    assert response.status_code == 200
    assert response.url.path == "/dorset/"
    assert rasa.sent[0]["message"] == "What is a conference?"
    assert rasa.sent[0]["metadata"] == {"authority": "dorset", "language": "en"}
    page = soup(response)
    assert bubbles(page) == [
        ("parent", "What is a conference?"),
        ("assistant", "A conference is a meeting about your child."),
    ]
    assert (
        "meeting about your child." in page.select_one("#chat-latest .app-chat__bubble").get_text()
    )


def test_general_page_sends_no_council(client, rasa):
    say(client, "hello", path="/")
    assert rasa.sent[0]["metadata"] == {"language": "en"}


def test_quick_reply_is_shown_by_its_title_after_reload(client, rasa):
    buttons = [{"title": "Dorset Council", "payload": '/inform_council{"authority":"dorset"}'}]
    rasa.will_reply({"text": "Which council area do you live in?", "buttons": buttons})
    rasa.will_reply({"text": "Thank you."})
    page = soup(say(client, "who do I call?"))
    offered = page.select("#chat-quick-replies button[name=message]")
    assert [b.get_text(strip=True) for b in offered] == ["Dorset Council"]
    page = soup(say(client, offered[0]["value"]))
    assert ("parent", "Dorset Council") in bubbles(page)
    assert not page.select("#chat-quick-replies button")
    reloaded = soup(client.get("/dorset/"))
    assert bubbles(reloaded) == bubbles(page)


def test_reload_shows_history_and_start_again_clears_it(client, rasa):
    say(client, "first question")
    assert len(bubbles(soup(client.get("/dorset/")))) == 2
    token = csrf(client)
    response = client.post("/dorset/restart", data={"csrf_token": token})
    assert bubbles(soup(response)) == []
    say(client, "second question")
    assert rasa.sent[0]["sender"] != rasa.sent[1]["sender"]


def test_each_council_page_keeps_its_own_conversation(client, rasa):
    say(client, "about dorset")
    say(client, "about gloucestershire", path="/gloucestershire/")
    assert [text for _, text in bubbles(soup(client.get("/dorset/")))][0] == "about dorset"
    assert rasa.sent[0]["sender"] != rasa.sent[1]["sender"]


def test_html_in_a_message_is_shown_as_text(client, rasa):
    page = soup(say(client, "<script>alert('x')</script><b>bold</b>"))
    assert ("parent", "<script>alert('x')</script><b>bold</b>") in bubbles(page)
    bubble = page.select("#chat-messages > li")[1]
    assert not bubble.select("script, b")


def test_empty_message_gets_an_error_and_is_not_sent(client, rasa):
    response = say(client, "   ")
    assert response.status_code == 400
    page = soup(response)
    summary = page.select_one(".govuk-error-summary")
    assert "Enter a message" in summary.get_text()
    assert summary.select_one("a")["href"] == "#message"
    assert page.title.get_text().startswith("Error:")
    assert rasa.sent == []


def test_too_long_message_is_refused_and_kept_in_the_box(client, rasa):
    text = "word " * 150
    response = say(client, text)
    assert response.status_code == 400
    page = soup(response)
    error = page.select_one("#message-error").get_text(" ", strip=True)
    assert "500 characters" in error and str(len(text)) in error
    assert page.select_one("textarea#message").get_text() == text
    assert rasa.sent == []


def test_message_without_a_valid_token_is_not_sent_but_kept(client, rasa):
    client.get("/dorset/")
    response = client.post("/dorset/", data={"message": "hello", "csrf_token": "forged"})
    assert response.status_code == 400
    page = soup(response)
    assert "not sent" in page.select_one(".govuk-error-summary").get_text()
    assert page.select_one("textarea#message").get_text() == "hello"
    assert rasa.sent == []


def test_rasa_down_gives_the_councils_phone_line_and_keeps_the_message(client, rasa, store):
    rasa.down = True
    response = say(client, "what happens next?")
    assert response.status_code == 503
    page = soup(response)
    notice = page.select_one(".govuk-notification-banner").get_text(" ", strip=True)
    qaro = store.council("dorset").contact("qaro_duty")
    assert qaro.phone in notice and qaro.label in notice
    assert page.select_one(f'a[href="tel:{qaro.phone.replace(" ", "")}"]')
    assert store.national.numbers["emergency"].phone in notice
    assert page.select_one("textarea#message").get_text() == "what happens next?"
    assert "Traceback" not in response.text


def test_rasa_down_where_the_leaflet_has_no_phone_says_so(client, rasa):
    rasa.down = True
    notice = soup(say(client, "hello", path="/leicestershire/")).select_one(
        ".govuk-notification-banner"
    )
    text = notice.get_text(" ", strip=True)
    assert "social worker" in text
    assert not re.search(r"\b0\d{3,4} ?\d{3}", text)


def test_rasa_down_when_reloading_shows_a_notice_not_an_error(client, rasa):
    say(client, "hello")
    rasa.down = True
    response = client.get("/dorset/")
    assert response.status_code == 200
    assert (
        "earlier messages cannot be shown"
        in soup(response).select_one(".govuk-notification-banner").get_text()
    )


def test_unknown_council_gets_a_helpful_404(client, store):
    response = client.get("/atlantis/")
    assert response.status_code == 404
    page = soup(response)
    assert page.select_one("h1").get_text(strip=True) == "Page not found"
    links = [a["href"] for a in page.select(".app-councils__list a")]
    assert links == [f"/{c.slug}/" for c in store.covered_councils()]


def test_unknown_council_api_is_404_too(client):
    assert client.post("/atlantis/api/messages", json={"message": "hi"}).status_code == 404


def test_unexpected_error_shows_a_calm_page_without_details(client, rasa, monkeypatch):
    async def broken(*args):
        raise RuntimeError("secret internals")

    monkeypatch.setattr(rasa, "send_message", broken)
    from bot.web.routes import chat

    monkeypatch.setattr(chat, "send_message", broken)
    response = say(client, "hello")
    assert response.status_code == 500
    assert "Sorry, there is a problem with the service" in response.text
    assert "secret internals" not in response.text and "Traceback" not in response.text


def test_stage_explanation_shows_the_timeline_with_the_councils_timescales(client, rasa, store):
    rasa.will_reply(
        {
            "text": "You are at the conference stage.",
            "custom": {"topic": "stage_conference", "stage": "conference"},
        }
    )
    page = soup(say(client, "I have a conference next week"))
    timeline = page.select_one(".app-timeline")
    steps = timeline.select("li.app-timeline__step")
    order = store.stage_order
    titles = [s.select_one(".app-timeline__title").get_text(strip=True) for s in steps]
    assert titles == [store.text(f"stage.titles.{s}") for s in order.all_ids()[:2]] + [
        store.text("stage.titles.no_further_action")
    ] + [store.text(f"stage.titles.{s}") for s in order.order[2:]]
    current = timeline.select('[aria-current="step"]')
    assert len(current) == 1
    assert store.text("stage.titles.conference") in current[0].get_text()
    assert "You are at step 3 of 6" in timeline.select_one(".govuk-visually-hidden").get_text()
    enquiry_when = store.stage("dorset", "enquiry").fields["when"]
    assert enquiry_when in steps[1].get_text()


def test_timeline_uses_general_timescales_where_the_council_has_none(client, rasa, store):
    rasa.will_reply({"text": "Plan.", "custom": {"topic": "stage_plan", "stage": "plan"}})
    page = soup(say(client, "we have a plan", path="/leicestershire/"))
    texts = page.select_one(".app-timeline").get_text(" ", strip=True)
    assert store.stage("leicestershire", "review").fields["when"] in texts


def test_feedback_is_stored_by_topic_without_message_text(client, rasa, database):
    import sqlalchemy as sa

    rasa.will_reply(CONFERENCE)
    page = soup(say(client, "private words about my family"))
    form = page.select_one(".app-feedback form")
    assert "Was this answer helpful?" in form.get_text()
    data = {i["name"]: i["value"] for i in form.select("input[type=hidden]")}
    response = client.post(form["action"], data={**data, "helpful": "no"})
    assert "Thank you for your feedback." in soup(response).select_one(".app-feedback").get_text()
    client.post(form["action"], data={**data, "helpful": "no"})
    engine = sa.create_engine(database)
    with engine.connect() as connection:
        rows = connection.execute(sa.text("select * from feedback")).mappings().all()
    assert len(rows) == 1
    assert (rows[0]["council"], rows[0]["topic"], rows[0]["helpful"]) == (
        "dorset",
        "conference_what",
        0,
    )
    assert "private words" not in str(dict(rows[0]))


def test_feedback_with_a_bad_topic_or_token_stores_nothing(client, rasa, database):
    token = csrf(client)
    client.post("/dorset/feedback", data={"topic": "<b>", "helpful": "yes", "csrf_token": token})
    client.post(
        "/dorset/feedback", data={"topic": "complaints", "helpful": "x", "csrf_token": token}
    )
    client.post(
        "/dorset/feedback", data={"topic": "complaints", "helpful": "yes", "csrf_token": "x"}
    )
    assert storage.feedback_counts("dorset") == {}
    client.post(
        "/dorset/feedback", data={"topic": "complaints", "helpful": "yes", "csrf_token": token}
    )
    assert storage.feedback_counts("dorset") == {("complaints", True): 1}


def test_transcript_page_and_download(client, rasa):
    rasa.will_reply(CONFERENCE)
    say(client, "What is a conference?")
    page = soup(client.get("/dorset/conversation"))
    who = [h.get_text(strip=True) for h in page.select(".app-transcript__who")]
    assert who == ["You", "Assistant"]
    assert "meeting about your child" in page.select_one(".app-transcript").get_text()
    assert not page.select(".app-transcript form, .app-transcript button")
    download = client.get("/dorset/conversation.txt")
    assert download.headers["content-disposition"] == 'attachment; filename="conversation.txt"'
    assert "You:\nWhat is a conference?" in download.text
    assert "Assistant:\nA conference is a meeting about your child." in download.text


def test_pages_are_private_and_locked_down(client):
    response = client.get("/dorset/")
    assert response.headers["cache-control"] == "no-store"
    assert response.headers["referrer-policy"] == "no-referrer"
    policy = response.headers["content-security-policy"]
    nonce = soup(response).select_one("script:not([src])")["nonce"]
    assert f"'nonce-{nonce}'" in policy and "unsafe-inline" not in policy
    cookie = response.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=lax" in cookie and "expires" not in cookie


def test_exit_this_page_and_privacy_note_are_on_every_page(client):
    for path in ("/", "/dorset/", "/dorset/conversation", "/nowhere/"):
        page = soup(client.get(path))
        exit_link = page.select_one(".govuk-exit-this-page a")
        assert exit_link.get_text(" ", strip=True) == "Emergency Exit this page", path
        assert exit_link["href"].startswith("https://")
    assert "browsing history" in soup(client.get("/dorset/")).select_one(".app-privacy").get_text()


def test_assets_are_served_from_this_app(client):
    page = soup(client.get("/dorset/"))
    for link in page.select("link[rel=stylesheet]"):
        assert link["href"].startswith("/")
        assert client.get(link["href"]).status_code == 200
    assert client.get("/govuk-frontend/govuk-frontend.min.js").status_code == 200
    css = client.get("/govuk-frontend/govuk-frontend.min.css").text
    fonts = re.findall(r"url\((/assets/fonts/[^)]+)\)", css)
    assert fonts and all(client.get(font).status_code == 200 for font in fonts)


def test_talk_to_a_person_is_offered_at_every_point(client, rasa):
    rasa.will_reply({"text": "A conference is a meeting."})
    page = soup(say(client, "what is a conference"))
    button = page.select_one("#chat-person button")
    assert button.get_text(strip=True) == "Talk to a person"
    token = page.select_one("#chat-person input[name=csrf_token]")["value"]
    client.post("/dorset/", data={"message": button["value"], "csrf_token": token})
    assert rasa.sent[-1]["message"] == "/request_human"


def test_right_to_left_language_sets_lang_dir_and_offers_english(client):
    page = soup(client.get("/dorset/?lang=ur"))
    assert page.html["lang"] == "ur" and page.body["dir"] == "rtl"
    choices = {a["hreflang"]: a.get_text(strip=True) for a in page.select(".app-languages a")}
    assert choices["en"] == "English" and "pl" in choices
    assert page.select_one(".app-languages__current").get_text(strip=True) == "اردو"
    assert page.select_one(".app-unapproved a")["href"] == "?lang=en"
    assert soup(client.get("/dorset/")).html["lang"] == "ur"


def test_the_chosen_language_goes_to_rasa(client, rasa):
    client.get("/dorset/?lang=pl")
    say(client, "dzień dobry")
    assert rasa.sent[-1]["metadata"] == {"authority": "dorset", "language": "pl"}


def test_unknown_language_stays_english(client):
    page = soup(client.get("/dorset/?lang=xx"))
    assert page.html["lang"] == "en" and not page.select(".app-unapproved")


def test_the_general_page_names_your_council_in_the_pages_language(client, store):
    page = soup(client.get("/?lang=pl"))
    welcome = page.select_one(".app-welcome, #chat-messages").get_text()
    assert store.text("general_council.council", "pl") in welcome
    assert "your council" not in welcome
