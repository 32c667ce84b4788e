"""The insight page: real tracker-store data per council, personal details taken out."""

import datetime as dt

import pytest
import yaml

from bot.web import storage
from bot.web.editor.insight import redact
from bot.web.handoff import queue
from tests.web.conftest import soup
from tests.web.test_editor import signed_in


def test_redaction_takes_out_personal_details_and_keeps_places():
    text = (
        "my son Jack is 7, we live in Weymouth at DT4 8TA, call 07700 900982 or jo@example.com,"
        " ask Sarah"
    )
    assert redact(text, {"Weymouth"}) == (
        "my son [name] is [number], we live in Weymouth at [postcode], call [number] or [email],"
        " ask [name]"
    )


@pytest.fixture
async def tracker(tmp_path, monkeypatch):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    path = tmp_path / "tracker.db"
    monkeypatch.setenv("TRACKER_STORE_URL", f"sqlite:///{path}")
    store = SQLTrackerStore(dialect="sqlite", db=str(path))
    now = dt.datetime.now(dt.timezone.utc).timestamp()

    def said(text, intent, council, age_days=0):
        parse = {"intent": {"name": intent, "confidence": 0.9}, "entities": [], "text": text}
        return UserUttered(
            text,
            intent=parse["intent"],
            parse_data=parse,
            metadata={"authority": council},
            timestamp=now - age_days * 86400,
        )

    events = [
        said("what is a conference", "ask_conference_what", "dorset"),
        said("conference?", "ask_conference_what", "dorset", 7),
        said("how do I complain", "ask_complaints", "dorset"),
        said("my son Jack lives at DT4 8TA and the dog ate my letter", "nlu_fallback", "dorset"),
        said("a leicestershire question", "nlu_fallback", "leicestershire"),
    ]
    await store.save(DialogueStateTracker.from_events("parent-1", events))
    return path


def test_insight_shows_questions_unhelpful_answers_and_redacted_misses(tracker, database):
    storage.record_feedback("dorset", "conference_what", "en", False)
    storage.record_feedback("dorset", "conference_what", "en", True)
    queue.open_handoff("web-1", "dorset", "en")
    editor = signed_in("ed", editing=["dorset"])
    page = soup(editor.get("/staff/content/dorset/insight"))
    assert page.select_one("svg.app-chart[role=img]")
    rows = page.select("table.govuk-table")[0].select("tbody tr")
    this_week = [cell.get_text(strip=True) for cell in rows[-1].select("th, td")]
    assert this_week[1:] == ["3", "1", "0"]
    assert [cell.get_text(strip=True) for cell in rows[-2].select("td")] == ["1", "0", "0"]
    assert page.select_one(".app-top-topics li").get_text() == "ask_conference_what: 2"
    assert [td.get_text() for td in page.select(".app-unhelpful td")] == [
        "conference_what",
        "1",
        "1",
    ]
    missed = [p.get_text(" ", strip=True) for p in page.select(".app-missed__item p")]
    assert len(missed) == 1
    assert "my son [name] lives at [postcode]" in missed[0] and "Jack" not in missed[0]


def test_a_missed_message_becomes_a_training_example_suggestion(tracker, database):
    editor = signed_in("ed", editing=["dorset"])
    page = soup(editor.get("/staff/content/dorset/insight"))
    form = page.select_one(".app-suggest")
    data = {i["name"]: i["value"] for i in form.select("input")}
    editor.post(form["action"], data={**data, "intent": "ask_what_is_enquiry"})
    exported = editor.get("/staff/content/dorset/suggestions.yml")
    assert "attachment" in exported.headers["content-disposition"]
    nlu = yaml.safe_load(exported.text)
    assert nlu["version"] == "3.1"
    assert nlu["nlu"][0]["intent"] == "ask_what_is_enquiry"
    assert "[name]" in nlu["nlu"][0]["examples"] and "Jack" not in exported.text
    bad = editor.post(form["action"], data={**data, "intent": "not_an_intent"})
    assert bad.status_code == 400


def test_insight_is_only_for_the_councils_editors(tracker, database):
    other = signed_in("lee", editing=["leicestershire"])
    assert other.get("/staff/content/dorset/insight").status_code == 404
    assert other.get("/staff/content/dorset/suggestions.yml").status_code == 404


def test_topics_are_counted_week_by_week(tracker, database):
    editor = signed_in("ed", editing=["dorset"])
    table = soup(editor.get("/staff/content/dorset/insight")).select_one(".app-topic-weeks")
    row = next(r for r in table.select("tbody tr") if "ask_conference_what" in r.get_text())
    counts = [td.get_text() for td in row.select("td")]
    assert counts[-1] == "1" and counts[-2] == "1" and sum(map(int, counts)) == 2
