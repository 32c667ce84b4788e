"""The JSON API the page's script uses: same rules as the form, answers as HTML fragments."""

from bs4 import BeautifulSoup

from tests.web.conftest import csrf, soup


def post(client, body, token=None, path="/dorset/api/messages"):
    token = token if token is not None else csrf(client)
    return client.post(path, json=body, headers={"X-CSRF-Token": token})


def test_reply_comes_back_as_bubbles_and_quick_replies(client, rasa):
    buttons = [{"title": "Yes", "payload": "/affirm"}]
    rasa.will_reply({"text": "First <line>."}, {"text": "Second line.", "buttons": buttons})
    response = post(client, {"message": "hello"})
    assert response.status_code == 200
    html = BeautifulSoup(response.json()["html"], "html.parser")
    texts = [li.select_one(".app-chat__bubble").get_text(strip=True) for li in html.select("li")]
    assert texts == ["First <line>.", "Second line."]
    assert html.select_one("li:last-child")["id"] == "chat-latest"
    quick = BeautifulSoup(response.json()["quickReplies"], "html.parser")
    assert [b["value"] for b in quick.select("button[name=message]")] == ["/affirm"]


def test_the_message_is_kept_for_the_next_page_load(client, rasa):
    post(client, {"message": "hello"})
    page = soup(client.get("/dorset/"))
    assert "hello" in page.select_one("#chat-messages").get_text()


def test_custom_data_marks_the_bubble_for_feedback_and_timeline(client, rasa):
    rasa.will_reply({"text": "Enquiry.", "custom": {"topic": "stage_enquiry", "stage": "enquiry"}})
    html = BeautifulSoup(post(client, {"message": "enquiry"}).json()["html"], "html.parser")
    assert html.select_one("[data-feedback-topic]")["data-feedback-topic"] == "stage_enquiry"
    assert html.select_one('.app-timeline [aria-current="step"]')


def test_empty_too_long_and_bad_json_are_refused_with_a_message(client, rasa):
    assert post(client, {"message": ""}).json() == {"error": "Enter a message"}
    too_long = post(client, {"message": "x" * 501})
    assert too_long.status_code == 400 and "500 characters" in too_long.json()["error"]
    token = csrf(client)
    bad = client.post(
        "/dorset/api/messages",
        content=b"{not json",
        headers={"X-CSRF-Token": token, "Content-Type": "application/json"},
    )
    assert bad.status_code == 400
    assert post(client, ["a", "list"]).status_code == 400
    assert rasa.sent == []


def test_missing_token_is_refused(client, rasa):
    client.get("/dorset/")
    response = client.post("/dorset/api/messages", json={"message": "hello"})
    assert response.status_code == 400
    assert rasa.sent == []


def test_rasa_down_answers_with_the_phone_line(client, rasa, store):
    rasa.down = True
    response = post(client, {"message": "hello"})
    assert response.status_code == 503
    assert store.council("dorset").contact("qaro_duty").phone in response.json()["error"]


def test_feedback_by_script_gets_json_thanks(client, rasa):
    token = csrf(client)
    response = client.post(
        "/dorset/feedback",
        data={"topic": "complaints", "helpful": "yes", "csrf_token": token},
        headers={"Accept": "application/json"},
    )
    assert response.json() == {"message": "Thank you for your feedback."}
