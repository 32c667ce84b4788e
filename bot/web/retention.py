"""Deletes personal data when it is no longer needed: run daily (the web app does, and so can cron).

    python -m bot.web.retention

Conversations in Rasa's SQL tracker store, handoffs with their private notes, and callback
requests go after CP_RETENTION_DAYS without activity; expired staff sessions and old sign-in
failures at once; the audit log (which holds no message content) after CP_AUDIT_RETENTION_DAYS.
Feedback holds no personal data and is kept.
"""

import datetime as dt
import logging
import sys
from dataclasses import dataclass

import sqlalchemy as sa

from bot.database import engine_for, existing_table
from bot.settings import get_settings
from bot.web.tables import (
    audit,
    callbacks,
    get_engine,
    handoffs,
    notes,
    sign_in_failures,
    staff_sessions,
    utcnow,
)

log = logging.getLogger(__name__)
DAY = dt.timedelta(days=1)


@dataclass
class Purged:
    """How many rows of each kind were deleted."""

    conversation_events: int = 0
    handoffs: int = 0
    notes: int = 0
    callbacks: int = 0
    sessions: int = 0
    audit: int = 0


def purge_web_data(now: dt.datetime | None = None) -> Purged:
    """Delete old handoffs, notes, callback requests, sessions and audit lines."""
    settings = get_settings()
    now = now or utcnow()
    cutoff = now - settings.retention_days * DAY
    purged = Purged()
    with get_engine().begin() as connection:
        old = sa.select(handoffs.c.id).where(handoffs.c.ended_at < cutoff).scalar_subquery()
        purged.notes = connection.execute(
            notes.delete().where(notes.c.handoff_id.in_(old))
        ).rowcount
        purged.handoffs = connection.execute(
            handoffs.delete().where(handoffs.c.ended_at < cutoff)
        ).rowcount
        purged.callbacks = connection.execute(
            callbacks.delete().where(callbacks.c.created_at < cutoff)
        ).rowcount
        purged.sessions = connection.execute(
            staff_sessions.delete().where(staff_sessions.c.expires_at < now)
        ).rowcount
        connection.execute(sign_in_failures.delete().where(sign_in_failures.c.at < now - DAY))
        audit_cutoff = now - settings.audit_retention_days * DAY
        purged.audit = connection.execute(audit.delete().where(audit.c.at < audit_cutoff)).rowcount
    return purged


def purge_conversations(url: str, now: dt.datetime | None = None) -> int:
    """Delete every event of conversations whose last event is older than the retention period."""
    if not url:
        return 0
    settings = get_settings()
    now = now or utcnow()
    cutoff = (now - settings.retention_days * DAY).replace(tzinfo=dt.timezone.utc).timestamp()
    events = existing_table(url, "events")
    latest = sa.select(events.c.sender_id).group_by(events.c.sender_id)
    stale = latest.having(sa.func.max(events.c.timestamp) < cutoff).scalar_subquery()
    with engine_for(url).begin() as connection:
        return connection.execute(events.delete().where(events.c.sender_id.in_(stale))).rowcount


def purge(now: dt.datetime | None = None) -> Purged:
    """Apply every retention rule; return what was deleted."""
    purged = purge_web_data(now)
    try:
        purged.conversation_events = purge_conversations(get_settings().tracker_store_url, now)
    except sa.exc.SQLAlchemyError as error:
        log.warning("could not purge old conversations: %s", type(error).__name__)
    return purged


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    print(purge())  # noqa: T201
    sys.exit(0)
