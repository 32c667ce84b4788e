"""A parent handed to a QARO and back, with a stand-in Rasa that pauses like the real one."""

import datetime as dt
import json

import pytest
import sqlalchemy as sa
from fastapi.testclient import TestClient

from bot.main import create_app
from bot.web.handoff import queue
from bot.web.staff import audit
from bot.web.tables import get_engine, handoffs
from tests.web.conftest import WAITING, make_staff, say, sign_in, soup, staff_token


@pytest.fixture
def officer(rasa, database):
    make_staff("sam", ["dorset"], "Sam")
    staff = TestClient(create_app())
    sign_in(staff, "sam")
    return staff


def queued(client, rasa):
    """A parent on the Dorset page asks for a person and agrees."""
    rasa.will_reply(WAITING)
    say(client, "yes")
    return queue.latest_for(rasa.sent[-1]["sender"])


def test_consenting_parent_joins_the_queue_and_sees_their_place(client, rasa):
    handoff = queued(client, rasa)
    assert handoff.status == "waiting" and handoff.council == "dorset"
    status = soup(client.get("/dorset/")).select_one("#handoff-status").get_text(" ", strip=True)
    assert "You are waiting for a QARO. You are number 1 in the queue." in status
    assert not soup(client.get("/dorset/")).select("#chat-quick-replies button")


def test_second_parent_is_number_two(client, rasa, database):
    queued(client, rasa)
    other = TestClient(create_app())
    queued(other, rasa)
    status = soup(other.get("/dorset/")).select_one("#handoff-status").get_text(" ", strip=True)
    assert "number 2 in the queue" in status


def test_messages_while_waiting_are_kept_and_get_no_bot_reply(client, rasa):
    handoff = queued(client, rasa)
    say(client, "hello? is anyone there")
    events = rasa.events[handoff.sender_id]
    assert events[-1] == {
        "event": "user",
        "text": "hello? is anyone there",
        "parse_data": {"intent": {"name": "out_of_scope"}},
    }


def test_officer_claims_replies_and_hands_back(client, rasa, officer):
    handoff = queued(client, rasa)
    page = soup(officer.get("/staff/"))
    assert page.select_one("#staff-queue a")["href"] == f"/staff/conversations/{handoff.id}"
    token = staff_token(officer, f"/staff/conversations/{handoff.id}")
    officer.post(f"/staff/conversations/{handoff.id}/claim", data={"csrf_token": token})
    officer.post(
        f"/staff/conversations/{handoff.id}/messages",
        data={"csrf_token": token, "text": "Hello, I'm Sam."},
    )
    parent = soup(client.get("/dorset/"))
    texts = [li.get_text(" ", strip=True) for li in parent.select("#chat-messages > li")]
    assert "Update: Sam (QARO) has joined the chat." in texts
    assert "Sam (QARO) said: Hello, I'm Sam." in texts
    assert "You are talking with Sam (QARO)." in parent.select_one("#handoff-status").get_text()

    officer.post(f"/staff/conversations/{handoff.id}/hand-back", data={"csrf_token": token})
    assert queue.get(handoff.id).status == "handed_back"
    assert rasa.events[handoff.sender_id][-2:] == [
        {"event": "resume"},
        {"event": "action", "name": "action_listen"},
    ]
    rasa.will_reply({"text": "A core group is a small group."})
    texts = [
        li.get_text(" ", strip=True)
        for li in soup(say(client, "what is a core group")).select("#chat-messages > li")
    ]
    assert texts[-1] == "The assistant said: A core group is a small group."
    entries = audit.entries(handoff.id)
    assert entries[0]["action"] == "read"
    assert [e["action"] for e in entries if e["action"] != "read"] == [
        "claim",
        "reply",
        "hand_back",
    ]
    assert {e["staff_id"] for e in entries} == {handoff_claimer(handoff.id)}


def handoff_claimer(handoff_id):
    return queue.get(handoff_id).claimed_by


def test_audit_holds_no_message_content(client, rasa, officer):
    handoff = queued(client, rasa)
    token = staff_token(officer, f"/staff/conversations/{handoff.id}")
    officer.post(f"/staff/conversations/{handoff.id}/claim", data={"csrf_token": token})
    officer.post(
        f"/staff/conversations/{handoff.id}/messages",
        data={"csrf_token": token, "text": "secret words"},
    )
    with get_engine().connect() as connection:
        rows = connection.execute(sa.text("select * from audit")).mappings().all()
    assert rows and "secret words" not in str([dict(r) for r in rows])


def test_only_one_officer_can_claim(client, rasa, officer, database):
    handoff = queued(client, rasa)
    make_staff("ali", ["dorset"], "Ali")
    other = TestClient(create_app())
    sign_in(other, "ali")
    first = staff_token(officer, f"/staff/conversations/{handoff.id}")
    second = staff_token(other, f"/staff/conversations/{handoff.id}")
    officer.post(f"/staff/conversations/{handoff.id}/claim", data={"csrf_token": first})
    response = other.post(f"/staff/conversations/{handoff.id}/claim", data={"csrf_token": second})
    assert "Someone else has already claimed this conversation." in response.text
    assert queue.get(handoff.id).staff_name == "Sam"
    reply = other.post(
        f"/staff/conversations/{handoff.id}/messages", data={"csrf_token": second, "text": "hi"}
    )
    assert reply.status_code == 409


def test_claims_racing_in_threads_have_one_winner(client, rasa, database):
    from concurrent.futures import ThreadPoolExecutor

    handoff = queued(client, rasa)
    ids = [make_staff(f"officer{i}", ["dorset"]) for i in range(8)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = list(pool.map(lambda staff_id: queue.claim(handoff.id, staff_id), ids))
    assert results.count(True) == 1
    assert queue.get(handoff.id).claimed_by == ids[results.index(True)]


def test_a_leicestershire_officer_cannot_open_a_dorset_conversation(client, rasa, database):
    handoff = queued(client, rasa)
    make_staff("lee", ["leicestershire"], "Lee")
    lee = TestClient(create_app())
    sign_in(lee, "lee")
    assert not soup(lee.get("/staff/")).select("#staff-queue a")
    token = staff_token(lee)
    base = f"/staff/conversations/{handoff.id}"
    assert lee.get(base).status_code == 404
    assert lee.get(f"{base}/updates").status_code == 404
    for action in ("claim", "messages", "notes", "hand-back", "close"):
        response = lee.post(f"{base}/{action}", data={"csrf_token": token, "text": "x"})
        assert response.status_code == 404, action
    assert queue.get(handoff.id).status == "waiting"
    assert "Lee" not in str(rasa.events[handoff.sender_id])


def test_console_needs_sign_in(client):
    assert client.get("/staff/", follow_redirects=False).headers["location"] == "/staff/sign-in"
    assert client.get("/staff/api/queue").status_code == 401
    assert client.get("/staff/conversations/1", follow_redirects=False).status_code == 303


def test_wrong_password_is_refused_without_saying_which_part(client, database):
    make_staff("sam", ["dorset"])
    response = sign_in(client, "sam", "wrong password here")
    assert response.status_code == 400
    assert "Enter a correct username and password" in response.text
    assert "cp_staff" not in response.headers.get("set-cookie", "")
    assert sign_in(client, "nobody").status_code == 400


def test_staff_cookie_is_locked_down_and_sign_out_ends_the_session(client, database):
    make_staff("sam", ["dorset"])
    response = sign_in(client, "sam")
    cookie = next(
        h for h in response.history[0].headers.get_list("set-cookie") if "cp_staff" in h
    ).lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/staff" in cookie
    stolen = client.cookies.get("cp_staff")
    client.post("/staff/sign-out", data={"csrf_token": staff_token(client)})
    replay = TestClient(create_app(), cookies={"cp_staff": stolen})
    assert replay.get("/staff/", follow_redirects=False).status_code == 303


def test_changes_need_the_csrf_token(client, rasa, officer):
    handoff = queued(client, rasa)
    response = officer.post(
        f"/staff/conversations/{handoff.id}/claim", data={"csrf_token": "forged"}
    )
    assert response.status_code == 400
    assert queue.get(handoff.id).status == "waiting"


def test_passwords_are_stored_as_argon2_hashes(database):
    make_staff("sam", ["dorset"])
    with get_engine().connect() as connection:
        stored = connection.execute(sa.text("select password_hash from staff")).scalar()
    assert stored.startswith("$argon2") and "long enough" not in stored


def test_private_notes_are_not_shown_to_the_parent(client, rasa, officer):
    handoff = queued(client, rasa)
    token = staff_token(officer, f"/staff/conversations/{handoff.id}")
    officer.post(
        f"/staff/conversations/{handoff.id}/notes",
        data={"csrf_token": token, "text": "call after 3pm"},
    )
    assert "call after 3pm" in officer.get(f"/staff/conversations/{handoff.id}").text
    assert "call after 3pm" not in client.get("/dorset/").text
    assert "call after 3pm" not in str(rasa.events)


def test_crisis_during_a_handoff_gets_emergency_help_and_is_flagged(client, rasa, officer, store):
    handoff = queued(client, rasa)
    rasa.intents["he is hitting my son right now"] = "crisis_child_danger"
    say(client, "he is hitting my son right now")
    parent = soup(client.get("/dorset/")).select_one("#chat-messages").get_text(" ", strip=True)
    assert store.national.numbers["emergency"].phone in parent
    assert queue.get(handoff.id).crisis_at is not None
    assert soup(officer.get("/staff/")).select_one("#staff-queue .govuk-tag--red")
    conversation = soup(officer.get(f"/staff/conversations/{handoff.id}"))
    flagged = conversation.select("#staff-messages .app-chat__message--safety")
    assert flagged and "he is hitting my son" in flagged[0].get_text()


def test_crisis_words_are_caught_even_if_the_model_missed_them(client, rasa):
    handoff = queued(client, rasa)
    say(client, "i want to kill myself")
    assert queue.get(handoff.id).crisis_at is not None
    assert any(e.get("metadata", {}).get("safety") for e in rasa.events[handoff.sender_id])


def test_nobody_answering_in_time_hands_the_parent_back_with_the_line(
    client, rasa, monkeypatch, store
):
    handoff = queued(client, rasa)
    an_hour_ago = handoff.requested_at - dt.timedelta(hours=1)
    with get_engine().begin() as connection:
        connection.execute(handoffs.update().values(requested_at=an_hour_ago))
    page = soup(client.get("/dorset/"))
    assert queue.get(handoff.id).status == "missed"
    text = page.select_one("#chat-messages").get_text(" ", strip=True)
    assert "no QARO was free to answer in time" in text
    assert store.council("dorset").contact("qaro_duty").phone in text
    assert page.select_one('a[href="/dorset/callback"]')
    assert not page.select_one("#handoff-status .app-handoff-status")
    assert {"event": "resume"} in rasa.events[handoff.sender_id]


def test_callback_request_is_checked_stored_and_listed_for_staff(client, officer):
    page = soup(client.get("/dorset/callback"))
    token = page.select_one("input[name=csrf_token]")["value"]
    bad = client.post(
        "/dorset/callback", data={"csrf_token": token, "contact": "call me", "times": ""}
    )
    assert bad.status_code == 400
    errors = [a.get_text(strip=True) for a in soup(bad).select(".govuk-error-summary a")]
    assert errors == [
        "Enter a UK phone number or an email address",
        "Enter when it is safe to contact you",
        "Select whether we can leave a message",
    ]
    assert soup(bad).select_one("#contact")["value"] == "call me"
    good = client.post(
        "/dorset/callback",
        data={
            "csrf_token": token,
            "contact": "07700 900982",
            "times": "weekday mornings",
            "leave": "no",
        },
    )
    assert "Request sent" in good.text
    queue_page = soup(officer.get("/staff/")).get_text(" ", strip=True)
    assert "07700 900982" in queue_page and "weekday mornings" in queue_page
    done = soup(officer.get("/staff/")).select_one("form[action$='/done']")
    officer.post(done["action"], data={"csrf_token": done.select_one("input")["value"]})
    assert "07700 900982" not in officer.get("/staff/").text


def test_callback_form_only_for_councils_with_a_live_chat(client):
    assert client.get("/leicestershire/callback").status_code == 404


def test_callback_requests_are_not_visible_to_other_councils(client, database):
    token = soup(client.get("/dorset/callback")).select_one("input[name=csrf_token]")["value"]
    client.post(
        "/dorset/callback",
        data={"csrf_token": token, "contact": "07700 900982", "times": "am", "leave": "yes"},
    )
    make_staff("lee", ["leicestershire"])
    lee = TestClient(create_app())
    sign_in(lee, "lee")
    assert "07700 900982" not in lee.get("/staff/").text
    callback_id = queue.open_callbacks(frozenset({"dorset"}))[0]["id"]
    response = lee.post(
        f"/staff/callbacks/{callback_id}/done", data={"csrf_token": staff_token(lee)}
    )
    assert response.status_code == 404


def test_live_updates_stream_ends_with_the_handoff(client, rasa, officer):
    handoff = queued(client, rasa)
    token = staff_token(officer, f"/staff/conversations/{handoff.id}")
    officer.post(f"/staff/conversations/{handoff.id}/claim", data={"csrf_token": token})
    officer.post(f"/staff/conversations/{handoff.id}/hand-back", data={"csrf_token": token})
    with client.stream("GET", "/dorset/api/updates?after=2") as response:
        assert response.headers["content-type"].startswith("text/event-stream")
        body = "".join(response.iter_text())
    assert body.startswith("id: ")
    data = json.loads(body.split("data: ", 1)[1])
    assert data["live"] is False
    assert "Sam (QARO) has joined the chat." in data["html"]
    assert "Sam has handed you back" in data["html"]
    assert "I've asked for a QARO" not in data["html"]


def test_reconnecting_browser_carries_on_from_its_last_event(client, rasa):
    queued(client, rasa)
    rasa.paused.clear()
    from bot.web.handoff import queue as handoffs

    handoffs.miss(handoffs.latest_for(rasa.sent[-1]["sender"]).id)
    events = len(rasa.events[rasa.sent[-1]["sender"]])
    with client.stream(
        "GET", "/dorset/api/updates?after=0", headers={"Last-Event-ID": str(events)}
    ) as response:
        body = "".join(response.iter_text())
    assert json.loads(body.split("data: ", 1)[1])["html"].strip() == ""


def test_five_wrong_passwords_lock_the_username_for_a_while(client, database):
    make_staff("sam", ["dorset"])
    for _ in range(5):
        sign_in(client, "sam", "wrong password here")
    response = sign_in(client, "sam")
    assert response.status_code == 400
    assert "too many attempts" in response.text
    assert sign_in(TestClient(create_app()), "other-user", "whatever").status_code == 400


def test_an_empty_or_too_long_reply_is_refused_and_kept(client, rasa, officer):
    handoff = queued(client, rasa)
    base = f"/staff/conversations/{handoff.id}"
    token = staff_token(officer, base)
    officer.post(f"{base}/claim", data={"csrf_token": token})
    long_reply = "word " * 500
    response = officer.post(f"{base}/messages", data={"csrf_token": token, "text": long_reply})
    assert response.status_code == 400
    page = soup(response)
    assert "2000 characters or fewer" in page.select_one("#reply-error").get_text()
    assert page.select_one("textarea#reply").get_text() == long_reply
    empty = officer.post(f"{base}/messages", data={"csrf_token": token, "text": "  "})
    assert "Enter a reply" in soup(empty).select_one("#reply-error").get_text()
    assert not any(e.get("metadata", {}).get("staff_name") for e in rasa.events[handoff.sender_id])


def test_crisis_in_urdu_during_a_handoff_gets_emergency_help_in_urdu(client, rasa, store):
    handoff = queued(client, rasa)
    message = "میں خود کو مار دوں گا، اب جینا نہیں چاہتا"
    rasa.intents[message] = "crisis_self_harm"
    say(client, message)
    help_given = [
        e["text"] for e in rasa.events[handoff.sender_id] if e.get("metadata", {}).get("safety")
    ]
    expected = store.message("safety.self_harm", "ur")
    assert help_given == [store.render(t, "dorset", "ur") for t in expected]


def test_staff_see_the_language_a_parent_writes_in(client, rasa, officer):
    urdu = {**WAITING, "custom": {**WAITING["custom"], "language": "ur"}}
    rasa.will_reply(urdu)
    say(client, "ہاں")
    handoff = queue.latest_for(rasa.sent[-1]["sender"])
    assert handoff.language == "ur"
    row = soup(officer.get("/staff/")).select_one("#staff-queue .app-language")
    assert row.get_text(strip=True) == "اردو" and row["lang"] == "ur"
    page = soup(officer.get(f"/staff/conversations/{handoff.id}"))
    assert "The parent writes in اردو" in page.select_one(".app-parent-language").get_text()
