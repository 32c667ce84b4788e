"""Editors' changes go out to content/edits/ and come back, byte for byte."""

import shutil

import pytest

from bot.content import changes, get_store, reset_store
from bot.content.edits import export_council, import_file, main
from bot.content.validate import check_edits
from bot.settings import ROOT

TOPIC = ("dorset", "topic", "core_group", "en")
CONTACT = ("dorset", "contact", "qaro_duty", "en")
HOURS = {"days": ["mon", "tue"], "opens": "10:00", "closes": "12:00"}


@pytest.fixture(autouse=True)
def content_copy(tmp_path, monkeypatch, database):
    copy = tmp_path / "content"
    shutil.copytree(ROOT / "content", copy)
    monkeypatch.setenv("CP_CONTENT_DIR", str(copy))
    monkeypatch.setenv("CP_CONTENT_RELOAD_SECONDS", "0")
    reset_store()
    return copy


def publish_some():
    changes.propose(TOPIC, {"messages": ["Edited core group."]}, "leaflet page 3", "Edith", True)
    phone = get_store().council("dorset").contact("qaro_duty").phone
    body = {"label": "duty QARO", "phone": phone, "hours": HOURS}
    changes.propose(CONTACT, body, "new rota", "Edith", True)


def use_database(monkeypatch, path):
    from bot.settings import get_settings

    monkeypatch.setenv("CP_DATABASE_URL", f"sqlite:///{path}")
    get_settings.cache_clear()
    reset_store()


def test_export_then_import_round_trips_byte_for_byte(tmp_path, monkeypatch):
    publish_some()
    exported = export_council("dorset")
    path = tmp_path / "dorset.yml"
    path.write_text(exported, encoding="utf-8")
    use_database(monkeypatch, tmp_path / "fresh.db")
    assert get_store().answer("dorset", "core_group").topic.messages != ["Edited core group."]
    assert len(import_file(path)) == 2
    assert get_store().answer("dorset", "core_group").topic.messages == ["Edited core group."]
    assert export_council("dorset").encode() == exported.encode()
    assert import_file(path) == []


def test_exported_file_in_content_edits_is_the_baseline_for_everyone(
    content_copy, monkeypatch, tmp_path
):
    publish_some()
    code = main(["export", "dorset"])
    assert code == 0
    written = content_copy / "edits" / "dorset.yml"
    assert written.read_text() == export_council("dorset")
    use_database(monkeypatch, tmp_path / "empty.db")
    store = get_store()
    assert store.answer("dorset", "core_group").topic.messages == ["Edited core group."]
    assert store.council("dorset").contact("qaro_duty").hours.dict() == HOURS
    assert check_edits(store, content_copy) == []


def test_a_broken_edits_file_fails_validation(content_copy):
    (content_copy / "edits").mkdir()
    (content_copy / "edits" / "dorset.yml").write_text(
        "council: dorset\nchanges:\n- kind: contact\n  key: qaro_duty\n  language: en\n"
        "  author: A\n  reason: r\n  published: '2026-11-26T00:00:00'\n  body: {phone: '12345'}\n"
    )
    store = get_store()
    problems = check_edits(store, content_copy)
    assert problems and "qaro_duty" in problems[0]


def test_editor_downloads_the_export_from_the_council_page():
    from tests.web.test_editor import signed_in

    publish_some()
    editor = signed_in("ed", editing=["dorset"])
    response = editor.get("/staff/content/dorset/export.yml")
    assert response.text == export_council("dorset")
    assert 'filename="dorset.yml"' in response.headers["content-disposition"]
    assert (
        signed_in("lee", editing=["leicestershire"])
        .get("/staff/content/dorset/export.yml")
        .status_code
        == 404
    )
