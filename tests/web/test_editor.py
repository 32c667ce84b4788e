"""Content editors change answers and contacts in the browser's forms; parents see it at once."""

import shutil

import pytest
from fastapi.testclient import TestClient

from bot.content import changes, get_store, reset_store
from bot.content.hours import describe_hours
from bot.main import create_app
from bot.web.staff.accounts import create_account
from tests.web.conftest import PASSWORD, soup

TOPIC = "core_group"


@pytest.fixture(autouse=True)
def reload_at_once(monkeypatch):
    monkeypatch.setenv("CP_CONTENT_RELOAD_SECONDS", "0")


def signed_in(username, **roles):
    create_account(username, username.title(), PASSWORD, [], **roles)
    client = TestClient(create_app())
    page = soup(client.get("/staff/sign-in"))
    token = page.select_one("input[name=csrf_token]")["value"]
    client.post(
        "/staff/sign-in", data={"username": username, "password": PASSWORD, "csrf_token": token}
    )
    return client


@pytest.fixture
def editor(database):
    return signed_in("ed", editing=["dorset"])


def form_of(client, path):
    page = soup(client.get(path))
    return {"csrf_token": page.select_one("form input[name=csrf_token]")["value"]}


def save_topic(client, text, reason="Leaflet updated, page 2", action="save", council="dorset"):
    path = f"/staff/content/{council}/topics/{TOPIC}"
    data = {**form_of(client, path), "messages": text, "reason": reason, "action": action}
    return client.post(path, data=data)


def test_editor_signs_in_to_their_councils_content(editor):
    page = soup(editor.get("/staff/content/"))
    assert [a.get_text(strip=True) for a in page.select("h2 a")] == ["Dorset Council"]
    council = soup(editor.get("/staff/content/dorset/"))
    assert council.select_one(f'a[href="/staff/content/dorset/topics/{TOPIC}"]')
    assert council.select_one('a[href="/staff/content/dorset/contacts/qaro_duty"]')


def test_a_dorset_editor_can_never_change_leicestershire(editor):
    token = form_of(editor, f"/staff/content/dorset/topics/{TOPIC}")
    for path in (
        "/staff/content/leicestershire/",
        f"/staff/content/leicestershire/topics/{TOPIC}",
        "/staff/content/leicestershire/contacts/complaints_online",
        f"/staff/content/leicestershire/history/topic/{TOPIC}",
    ):
        assert editor.get(path).status_code == 404, path
    data = {**token, "messages": "Changed.", "reason": "a reason", "action": "save"}
    assert (
        editor.post(f"/staff/content/leicestershire/topics/{TOPIC}", data=data).status_code == 404
    )
    assert (
        editor.post(f"/staff/content/leicestershire/restore/topic/{TOPIC}", data=token).status_code
        == 404
    )
    assert changes.history(("leicestershire", "topic", TOPIC, "en")) == []


def test_a_qaro_without_a_content_role_cannot_edit(database):
    qaro = TestClient(create_app())
    create_account("sam", "Sam", PASSWORD, ["dorset"])
    page = soup(qaro.get("/staff/sign-in"))
    qaro.post(
        "/staff/sign-in",
        data={
            "username": "sam",
            "password": PASSWORD,
            "csrf_token": page.select_one("input[name=csrf_token]")["value"],
        },
    )
    assert qaro.get("/staff/content/dorset/").status_code == 404


def test_content_pages_need_sign_in(client):
    assert (
        client.get("/staff/content/dorset/", follow_redirects=False).headers["location"]
        == "/staff/sign-in"
    )


def test_preview_shows_the_answer_as_chat_bubbles_without_saving(editor, store):
    text = "First message with {phone:qaro_duty}.\n\nSecond message."
    page = soup(save_topic(editor, text, action="preview"))
    bubbles = [b.get_text(" ", strip=True) for b in page.select(".app-preview .app-chat__bubble")]
    phone = store.council("dorset").contact("qaro_duty").phone
    assert bubbles == [f"First message with {phone} .", "Second message."]
    assert changes.history(("dorset", "topic", TOPIC, "en")) == []


def test_publish_changes_what_parents_get_at_once(editor):
    response = save_topic(editor, "A core group is the new answer.\n\nIt meets often.")
    assert response.status_code == 200 and "Published." in response.text
    answer = get_store().answer("dorset", TOPIC)
    assert answer.topic.messages == ["A core group is the new answer.", "It meets often."]
    assert "Ed" in answer.topic.edited and "Leaflet updated" in answer.topic.edited
    assert get_store().answer("gloucestershire", TOPIC).topic.messages != answer.topic.messages


@pytest.mark.parametrize(
    ("text", "reason", "message"),
    [
        ("", "a reason", "Enter the answer"),
        ("See <b>this</b>.", "a reason", "Message 1 has HTML in it"),
        ("Go to http://example.org now.", "a reason", "does not start with https://"),
        ("Call +44 1305 225940.", "a reason", "write phone numbers as UK numbers"),
        ("Call {phone:no_such_line}.", "a reason", "does not resolve"),
        ("x" * 501, "a reason", "keep each to 500"),
        ("Fine text.", "", "Enter the source or reason for this change"),
    ],
)
def test_bad_changes_are_explained_and_nothing_is_saved(editor, text, reason, message):
    response = save_topic(editor, text, reason=reason)
    assert response.status_code == 400
    page = soup(response)
    assert message in page.select_one(".govuk-error-summary").get_text()
    assert page.select_one("textarea#messages").get_text() == text
    assert changes.history(("dorset", "topic", TOPIC, "en")) == []


def test_history_shows_who_when_why_and_rollback_restores_the_exact_text(editor):
    original = get_store().answer("dorset", TOPIC).topic.messages
    save_topic(editor, "Version one.", reason="first change")
    save_topic(editor, "Version two.", reason="second change")
    page = soup(editor.get(f"/staff/content/dorset/history/topic/{TOPIC}"))
    versions = page.select(".app-history__version")
    assert "Live" in versions[0].get_text() and "second change" in versions[0].get_text()
    assert "Version two." in versions[0].select_one(".app-diff__added").get_text()
    assert "Version one." in versions[0].select_one(".app-diff__removed").get_text()
    rollback = versions[1].select_one("form")
    editor.post(rollback["action"], data={"csrf_token": rollback.select_one("input")["value"]})
    assert get_store().answer("dorset", TOPIC).topic.messages == ["Version one."]
    restore = soup(editor.get(f"/staff/content/dorset/history/topic/{TOPIC}")).select_one(
        "form[action*=restore]"
    )
    editor.post(restore["action"], data={"csrf_token": restore.select_one("input")["value"]})
    assert get_store().answer("dorset", TOPIC).topic.messages == original


def save_contact(client, **fields):
    path = "/staff/content/dorset/contacts/qaro_duty"
    data = {
        **form_of(client, path),
        "label": "duty QARO",
        "reason": "new rota from 1 December",
        "action": "save",
    }
    data.update(fields)
    return client.post(path, data=data)


def test_editor_changes_the_qaro_hours_and_the_assistant_gives_them(editor, store):
    phone = store.council("dorset").contact("qaro_duty").phone
    response = save_contact(
        editor,
        phone=phone,
        day_mon="on",
        day_tue="on",
        day_wed="on",
        day_thu="on",
        opens="10:00",
        closes="16:00",
    )
    assert "Published." in response.text
    contact = get_store().council("dorset").contact("qaro_duty")
    assert describe_hours(get_store(), contact.hours) == "Monday to Thursday, 10am to 4pm"
    assert contact.phone == phone and contact.label == "duty QARO"


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"phone": "12345"}, "phone", "Enter a UK phone number that starts with 0"),
        (
            {"phone": "01305 225940", "day_mon": "on", "opens": "17:00", "closes": "09:00"},
            "closes",
            "must be after",
        ),
        (
            {"phone": "01305 225940", "opens": "9am", "closes": "5pm", "day_mon": "on"},
            "opens",
            "like 09:00",
        ),
        ({"phone": "01305 225940", "opens": "09:00", "closes": "17:00"}, "days", "Select the days"),
        ({"phone": "01305 225940", "label": ""}, "label", "Enter what this contact is for"),
        ({"phone": "01305 225940", "reason": ""}, "reason", "Enter the source or reason"),
    ],
)
def test_bad_contact_changes_are_refused(editor, fields, field, message):
    response = save_contact(editor, **fields)
    assert response.status_code == 400
    assert message in soup(response).select_one(f"#{field}-error").get_text()
    assert changes.history(("dorset", "contact", "qaro_duty", "en")) == []


@pytest.fixture
def approval_content(tmp_path, monkeypatch):
    from bot.settings import ROOT

    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    with (copy / "councils" / "gloucestershire.yml").open("a") as file:
        file.write("\nrequires_approval: true\n")
    monkeypatch.setenv("CP_CONTENT_DIR", str(copy))
    reset_store()


def test_where_the_council_requires_it_an_approver_signs_off(approval_content, database):
    before = get_store().answer("gloucestershire", TOPIC).topic.messages
    writer = signed_in("writer", editing=["gloucestershire"])
    response = save_topic(writer, "Needs sign-off.", council="gloucestershire")
    assert "sent for sign-off" in response.text
    assert get_store().answer("gloucestershire", TOPIC).topic.messages == before
    pending = changes.pending(frozenset({"gloucestershire"}))[0]
    page = soup(writer.get("/staff/content/gloucestershire/"))
    assert "Another approver must sign this off." in page.get_text()
    own = writer.post(
        f"/staff/content/gloucestershire/changes/{pending.id}/decision",
        data={**form_of(writer, "/staff/content/gloucestershire/"), "decision": "publish"},
    )
    assert own.status_code == 403
    approver = signed_in("boss", approving=["gloucestershire"])
    form = soup(approver.get("/staff/content/gloucestershire/")).select_one(
        "form[action$=decision]"
    )
    approver.post(
        form["action"],
        data={"csrf_token": form.select_one("input")["value"], "decision": "publish"},
    )
    assert get_store().answer("gloucestershire", TOPIC).topic.messages == ["Needs sign-off."]
    assert changes.get(pending.id).approver == "Boss"


def test_editor_changes_the_towns_that_identify_the_council(editor):
    from bot.content.recognise import recogniser_for

    path = "/staff/content/dorset/details"
    page = soup(editor.get(path))
    assert "Weymouth" in page.select_one("textarea#places").get_text()
    data = {
        **form_of(editor, path),
        "name": "Dorset Council",
        "short_name": "Dorset",
        "service": "Dorset Children's Services",
        "places": "Dorset\nWeymouth\nPuddletown",
        "reason": "Added Puddletown",
    }
    assert "Published." in editor.post(path, data=data).text
    store = get_store()
    assert store.council("dorset").places == ["Dorset", "Weymouth", "Puddletown"]
    assert list(recogniser_for(store).find("we live in Puddletown").councils) == ["dorset"]


def test_bad_council_details_are_refused(editor):
    path = "/staff/content/dorset/details"
    data = {
        **form_of(editor, path),
        "name": "",
        "short_name": "D",
        "service": "S",
        "places": "",
        "reason": "x",
    }
    response = editor.post(path, data=data)
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#name-error") and page.select_one("#places-error")
    assert changes.history(("dorset", "council", "dorset", "en")) == []


def test_review_date_is_set_with_the_answer_and_checked(editor):
    path = f"/staff/content/dorset/topics/{TOPIC}"
    base = {
        **form_of(editor, path),
        "messages": "Text.",
        "reason": "checked against leaflet",
        "action": "save",
    }
    bad = editor.post(
        path, data={**base, "review-day": "31", "review-month": "2", "review-year": "2027"}
    )
    assert "Enter a real review date" in soup(bad).select_one("#review-error").get_text()
    editor.post(path, data={**base, "review-day": "1", "review-month": "6", "review-year": "2027"})
    assert str(get_store().answer("dorset", TOPIC).topic.review_by) == "2027-06-01"


TRANSLATED = "how_long"


def save_translation(client, text, council="dorset", language="pl"):
    path = f"/staff/content/{council}/topics/{TRANSLATED}?language={language}"
    data = {
        **form_of(client, path),
        "language": language,
        "messages": text,
        "reason": "tłumaczenie, Anna",
        "action": "save",
    }
    return client.post(f"/staff/content/{council}/topics/{TRANSLATED}", data=data)


def test_editor_writes_a_translation_that_parents_in_that_language_get(editor):
    path = f"/staff/content/dorset/topics/{TRANSLATED}?language=pl"
    page = soup(editor.get(path))
    assert page.select_one('input[name="language"]')["value"] == "pl"
    assert "has not checked it yet" in page.select_one(".app-translation-status").get_text()
    english = get_store().answer("dorset", TRANSLATED).topic.messages
    polish = get_store().answer("dorset", TRANSLATED, "pl").topic.messages
    text = "\n\n".join(["Poprawione.", *polish])
    response = save_translation(editor, text)
    assert response.url.query.decode().startswith("language=pl")
    answer = get_store().answer("dorset", TRANSLATED, "pl")
    assert answer.language == "pl" and answer.topic.messages == ["Poprawione.", *polish]
    assert answer.topic.translation.translated_by == "Ed"
    assert answer.topic.unchecked
    assert get_store().answer("dorset", TRANSLATED).topic.messages == english
    history = soup(editor.get(f"/staff/content/dorset/history/topic/{TRANSLATED}?language=pl"))
    assert "tłumaczenie, Anna" in history.get_text()
    assert editor.get(f"/staff/content/dorset/topics/{TRANSLATED}?language=xx").status_code == 404


def test_a_translation_that_changes_a_number_is_refused(editor):
    polish = get_store().answer("dorset", TRANSLATED, "pl").topic.messages
    assert any("15" in m for m in polish)
    wrong = "\n\n".join(m.replace("15", "16") for m in polish)
    response = save_translation(editor, wrong)
    assert response.status_code == 400
    error = soup(response).select_one("#messages-error").get_text()
    assert "every number and placeholder" in error
    assert get_store().answer("dorset", TRANSLATED, "pl").topic.messages == polish


def test_translations_page_lists_what_awaits_a_qualified_translators_check(editor):
    page = soup(editor.get("/staff/content/dorset/translations?language=ur"))
    row = page.select_one(f"#row-{TRANSLATED}")
    assert "Awaiting a check" in row.get_text()
    assert row.select_one("a")["href"].endswith(f"/topics/{TRANSLATED}?language=ur")
    assert "Only an approver" in page.get_text()
    assert not page.select("form.app-record-check")
    home = soup(editor.get("/staff/content/"))
    assert (
        "await a qualified translator's check" in home.select_one(".app-awaiting-check").get_text()
    )


def test_an_approver_records_the_translators_check_and_the_note_goes(database):
    approver = signed_in("amy", approving=["dorset"])
    path = "/staff/content/dorset/translations?language=ur"
    token = form_of(approver, path)["csrf_token"]
    action = f"/staff/content/dorset/translations/{TRANSLATED}/check"
    empty = approver.post(action, data={"csrf_token": token, "language": "ur", "checked_by": " "})
    assert empty.status_code == 400
    assert "Enter the name" in soup(empty).select_one(".govuk-error-summary").get_text()
    assert get_store().answer("dorset", TRANSLATED, "ur").topic.unchecked
    done = approver.post(
        action, data={"csrf_token": token, "language": "ur", "checked_by": "Farah Khan"}
    )
    assert "is recorded" in soup(done).get_text()
    answer = get_store().answer("dorset", TRANSLATED, "ur").topic
    assert answer.translation.checked_by == "Farah Khan" and not answer.unchecked
    row = soup(approver.get(path)).select_one(f"#row-{TRANSLATED}")
    assert "Checked by Farah Khan" in row.get_text()


def test_only_an_approver_records_a_check(editor):
    token = form_of(editor, "/staff/content/dorset/translations?language=ur")["csrf_token"]
    response = editor.post(
        f"/staff/content/dorset/translations/{TRANSLATED}/check",
        data={"csrf_token": token, "language": "ur", "checked_by": "Me"},
    )
    assert response.status_code == 403
    assert get_store().answer("dorset", TRANSLATED, "ur").topic.unchecked


def test_home_lists_answers_without_a_review_date(editor):
    page = soup(editor.get("/staff/content/"))
    summary = page.select_one(".app-undated summary").get_text(strip=True)
    assert "have no review date yet" in summary
    undated = [li.get_text(strip=True) for li in page.select(".app-undated li")]
    key = undated[0]
    path = f"/staff/content/dorset/topics/{key}"
    text = "\n\n".join(get_store().answer("dorset", key).topic.messages)
    data = {**form_of(editor, path), "messages": text, "reason": "checked", "action": "save"}
    data.update({"review-day": "1", "review-month": "6", "review-year": "2027"})
    editor.post(path, data=data)
    after = [
        li.get_text(strip=True)
        for li in soup(editor.get("/staff/content/")).select(".app-undated li")
    ]
    assert key not in after and len(after) == len(undated) - 1


def test_rewriting_the_english_takes_older_translations_off_until_translated_again(editor):
    english = get_store().answer("dorset", TRANSLATED).topic.messages
    polish = get_store().answer("dorset", TRANSLATED, "pl").topic.messages
    path = f"/staff/content/dorset/topics/{TRANSLATED}"
    rewritten = "\n\n".join([*english, "Ask your social worker if you are not sure."])
    editor.post(
        path,
        data={
            **form_of(editor, path),
            "messages": rewritten,
            "reason": "leaflet, page 3",
            "action": "save",
        },
    )
    store = get_store()
    for language in ("pl", "ur"):
        answer = store.answer("dorset", TRANSLATED, language)
        assert answer.language == "en" and answer.topic.messages[-1].startswith("Ask your social")
    page = soup(editor.get("/staff/content/dorset/translations?language=pl"))
    assert "Out of date" in page.select_one(f"#row-{TRANSLATED}").get_text()
    save_translation(editor, "\n\n".join([*polish, "Zapytaj pracownika socjalnego."]))
    assert get_store().answer("dorset", TRANSLATED, "pl").language == "pl"
    assert get_store().answer("dorset", TRANSLATED, "ur").language == "en"


def test_a_new_review_date_alone_keeps_the_translations(editor):
    english = "\n\n".join(get_store().answer("dorset", TRANSLATED).topic.messages)
    path = f"/staff/content/dorset/topics/{TRANSLATED}"
    data = {**form_of(editor, path), "messages": english, "reason": "checked", "action": "save"}
    data.update({"review-day": "1", "review-month": "6", "review-year": "2027"})
    editor.post(path, data=data)
    assert get_store().answer("dorset", TRANSLATED, "pl").language == "pl"
