"""An editor's change reaches the running assistant (another process) within two seconds."""

import time

import pytest

from tests.support.assistant import ask
from tests.support.editor_client import Editor

pytestmark = pytest.mark.server
LIMIT_SECONDS = 2.0
NEW_HOURS = "Monday to Thursday, 10am to 4pm"


def ask_qaro_number(rasa) -> str:
    return ask(rasa, "what's the number for the QARO", "dorset")


def wait_for(rasa, text: str, present: bool, limit: float = 10.0) -> float:
    start = time.monotonic()
    while time.monotonic() - start < limit:
        if (text in ask_qaro_number(rasa)) == present:
            return time.monotonic() - start
        time.sleep(0.05)
    raise AssertionError(f"the assistant did not {'start' if present else 'stop'} saying {text!r}")


def test_new_qaro_hours_reach_the_assistant_and_can_be_undone(rasa, store):
    editor = Editor(["dorset"])
    phone = store.council("dorset").contact("qaro_duty").phone
    assert NEW_HOURS not in ask_qaro_number(rasa)
    days = {f"day_{d}": "on" for d in ("mon", "tue", "wed", "thu")}
    try:
        editor.save(
            "/staff/content/dorset/contacts/qaro_duty",
            label="duty QARO",
            phone=phone,
            opens="10:00",
            closes="16:00",
            reason="server test",
            **days,
        )
        took = wait_for(rasa, NEW_HOURS, present=True)
        print(f"\npublished hours reached the assistant in {took:.2f} s")
        assert took < LIMIT_SECONDS
    finally:
        editor.restore("dorset", "contact", "qaro_duty")
    wait_for(rasa, NEW_HOURS, present=False)
    assert phone in ask_qaro_number(rasa)
