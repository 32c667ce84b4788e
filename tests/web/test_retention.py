"""Personal data is deleted when it is no longer needed; feedback (no personal data) is kept."""

import datetime as dt

import pytest
import sqlalchemy as sa

from bot.web import retention, storage
from bot.web.handoff import queue
from bot.web.staff import accounts, audit
from bot.web.tables import get_engine, utcnow

LATER = dt.timedelta(days=31)


def count(table):
    with get_engine().connect() as connection:
        return connection.exec_driver_sql(f"select count(*) from {table}").scalar()


def test_old_handoffs_notes_callbacks_sessions_go_and_feedback_stays(database):
    staff_id = accounts.create_account("sam", "Sam", "a long enough password", ["dorset"])
    member = accounts.authenticate("sam", "a long enough password")
    token = accounts.start_session(member)
    handoff = queue.open_handoff("web-old", "dorset", "en")
    queue.claim(handoff.id, staff_id)
    queue.add_note(handoff.id, staff_id, "a private note")
    queue.end(handoff.id, staff_id, queue.CLOSED)
    live = queue.open_handoff("web-live", "dorset", "en")
    queue.add_callback("dorset", "web-old", "07700 900982", "mornings", True)
    audit.record("claim", staff_id, "dorset", handoff_id=handoff.id)
    storage.record_feedback("dorset", "complaints", "en", True)

    assert retention.purge_web_data(utcnow()).handoffs == 0
    purged = retention.purge_web_data(utcnow() + LATER)
    assert (purged.handoffs, purged.notes, purged.callbacks, purged.sessions) == (1, 1, 1, 1)
    assert queue.get(handoff.id) is None and queue.get(live.id) is not None
    assert accounts.session_for(token) is None
    assert count("audit") == 1 and count("feedback") == 1
    assert retention.purge_web_data(utcnow() + dt.timedelta(days=366)).audit == 1


@pytest.fixture
def tracker_db(tmp_path):
    return f"sqlite:///{tmp_path / 'tracker.db'}"


async def test_old_conversations_are_deleted_from_rasas_tracker_store(tracker_db):
    from rasa.core.tracker_store import SQLTrackerStore
    from rasa.shared.core.events import UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    store = SQLTrackerStore(dialect="sqlite", db=tracker_db.removeprefix("sqlite:///"))
    now = utcnow().replace(tzinfo=dt.timezone.utc)
    for sender, age in (("old-parent", LATER), ("new-parent", dt.timedelta(days=1))):
        stamp = (now - age).timestamp()
        tracker = DialogueStateTracker.from_events(sender, [UserUttered("hello", timestamp=stamp)])
        await store.save(tracker)

    deleted = retention.purge_conversations(tracker_db, utcnow())

    assert deleted >= 1
    engine = sa.create_engine(tracker_db)
    with engine.connect() as connection:
        senders = {row[0] for row in connection.exec_driver_sql("select sender_id from events")}
    assert senders == {"new-parent"}


def test_no_tracker_store_url_means_nothing_to_do():
    assert retention.purge_conversations("") == 0
