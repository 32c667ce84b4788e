"""The handoff queue in the web app's database.

A claim is one atomic UPDATE of a waiting row, so two officers can never hold the same conversation.
"""

import datetime as dt
from dataclasses import dataclass

import sqlalchemy as sa

from bot.web.tables import callbacks, get_engine, handoffs, notes, staff, utcnow

WAITING, ACTIVE, MISSED, HANDED_BACK, CLOSED = (
    "waiting",
    "active",
    "missed",
    "handed_back",
    "closed",
)
OPEN = (WAITING, ACTIVE)


@dataclass(frozen=True)
class Handoff:
    """One request from a parent to talk to a person."""

    id: int
    sender_id: str
    council: str
    language: str
    status: str
    requested_at: dt.datetime
    claimed_by: int | None
    claimed_at: dt.datetime | None
    ended_at: dt.datetime | None
    crisis_at: dt.datetime | None
    staff_name: str | None

    @property
    def is_open(self) -> bool:
        """Tell whether the parent is still waiting or talking with someone."""
        return self.status in OPEN

    def waited(self, now: dt.datetime) -> dt.timedelta:
        """Return how long the parent has waited (until claimed, if claimed)."""
        return (self.claimed_at or now) - self.requested_at


def _select():
    return sa.select(handoffs, staff.c.display_name.label("staff_name")).select_from(
        handoffs.outerjoin(staff, handoffs.c.claimed_by == staff.c.id)
    )


def _one(query) -> Handoff | None:
    with get_engine().connect() as connection:
        row = connection.execute(query).mappings().first()
    return Handoff(**row) if row else None


def get(handoff_id: int) -> Handoff | None:
    """Return a handoff by id."""
    return _one(_select().where(handoffs.c.id == handoff_id))


def latest_for(sender_id: str) -> Handoff | None:
    """Return the conversation's most recent handoff, open or not."""
    return _one(_select().where(handoffs.c.sender_id == sender_id).order_by(handoffs.c.id.desc()))


def open_handoff(sender_id: str, council: str, language: str) -> Handoff:
    """Put the parent in the queue, unless they are in it already."""
    current = latest_for(sender_id)
    if current and current.is_open:
        return current
    row = {
        "sender_id": sender_id,
        "council": council,
        "language": language,
        "status": WAITING,
        "requested_at": utcnow(),
    }
    with get_engine().begin() as connection:
        new_id = connection.execute(handoffs.insert().values(**row)).inserted_primary_key[0]
    return get(new_id)


def position(handoff: Handoff) -> int:
    """Return the parent's place in their council's queue, counting from 1."""
    query = sa.select(sa.func.count()).where(
        handoffs.c.council == handoff.council,
        handoffs.c.status == WAITING,
        handoffs.c.id < handoff.id,
    )
    with get_engine().connect() as connection:
        return connection.execute(query).scalar() + 1


def for_councils(councils: frozenset[str], statuses: tuple[str, ...] = OPEN) -> list[Handoff]:
    """Return the handoffs of some councils, oldest first."""
    query = (
        _select()
        .where(handoffs.c.council.in_(sorted(councils)), handoffs.c.status.in_(statuses))
        .order_by(handoffs.c.id)
    )
    with get_engine().connect() as connection:
        return [Handoff(**row) for row in connection.execute(query).mappings()]


def _change(handoff_id: int, when: sa.sql.ColumnElement, **values: object) -> bool:
    with get_engine().begin() as connection:
        result = connection.execute(
            handoffs.update().where(handoffs.c.id == handoff_id, when).values(**values)
        )
    return result.rowcount == 1


def claim(handoff_id: int, staff_id: int) -> bool:
    """Claim a waiting parent; False if someone else got there first."""
    return _change(
        handoff_id,
        handoffs.c.status == WAITING,
        status=ACTIVE,
        claimed_by=staff_id,
        claimed_at=utcnow(),
    )


def end(handoff_id: int, staff_id: int, status: str) -> bool:
    """Hand back or close a conversation the officer holds."""
    if status not in (HANDED_BACK, CLOSED):
        raise ValueError(f"cannot end a handoff as {status!r}")
    held = sa.and_(handoffs.c.status == ACTIVE, handoffs.c.claimed_by == staff_id)
    return _change(handoff_id, held, status=status, ended_at=utcnow())


def miss(handoff_id: int) -> bool:
    """Mark a parent nobody answered in time; False if they were claimed meanwhile."""
    return _change(handoff_id, handoffs.c.status == WAITING, status=MISSED, ended_at=utcnow())


def flag_crisis(handoff_id: int) -> None:
    """Mark that the parent sent a crisis message during the handoff."""
    _change(handoff_id, handoffs.c.crisis_at.is_(None), crisis_at=utcnow())


def add_note(handoff_id: int, staff_id: int, text: str) -> None:
    """Add a private note, seen only by staff."""
    row = {"handoff_id": handoff_id, "staff_id": staff_id, "text": text, "created_at": utcnow()}
    with get_engine().begin() as connection:
        connection.execute(notes.insert().values(**row))


def notes_for(handoff_id: int) -> list[dict]:
    """Return a conversation's private notes with their authors, oldest first."""
    query = (
        sa.select(notes.c.text, notes.c.created_at, staff.c.display_name)
        .select_from(notes.join(staff, notes.c.staff_id == staff.c.id))
        .where(notes.c.handoff_id == handoff_id)
        .order_by(notes.c.id)
    )
    with get_engine().connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def add_callback(council: str, sender_id: str, contact: str, safe_times: str, leave: bool) -> int:
    """Store a parent's request to be called back."""
    row = {
        "council": council,
        "sender_id": sender_id,
        "contact": contact,
        "safe_times": safe_times,
        "leave_message": leave,
        "status": "open",
        "created_at": utcnow(),
    }
    with get_engine().begin() as connection:
        return connection.execute(callbacks.insert().values(**row)).inserted_primary_key[0]


def open_callbacks(councils: frozenset[str]) -> list[dict]:
    """Return the callback requests still to do for some councils, oldest first."""
    query = (
        sa.select(callbacks)
        .where(callbacks.c.council.in_(sorted(councils)), callbacks.c.status == "open")
        .order_by(callbacks.c.id)
    )
    with get_engine().connect() as connection:
        return [dict(row) for row in connection.execute(query).mappings()]


def callback(callback_id: int) -> dict | None:
    """Return one callback request."""
    with get_engine().connect() as connection:
        row = connection.execute(sa.select(callbacks).where(callbacks.c.id == callback_id)).first()
    return dict(row._mapping) if row else None


def complete_callback(callback_id: int, staff_id: int) -> bool:
    """Mark a callback request as done."""
    with get_engine().begin() as connection:
        result = connection.execute(
            callbacks.update()
            .where(callbacks.c.id == callback_id, callbacks.c.status == "open")
            .values(status="done", done_by=staff_id, done_at=utcnow())
        )
    return result.rowcount == 1
