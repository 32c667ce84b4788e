"""Editors' changes to content, kept with who, when and why, and laid over the content/ files.

Each change is a new version of one item (a council's topic answer in one language, or one of its
contacts). The newest published version of an item is what parents see; rolling back publishes a
copy of an older version, so the history only grows. Every process that serves content (the action
servers, the web app) checks the newest published id once a second and reloads when it changes.
"""

import datetime as dt
import json
import logging
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.database import with_tables
from bot.settings import get_settings

log = logging.getLogger(__name__)
TOPIC, CONTACT, COUNCIL = "topic", "contact", "council"
PENDING, PUBLISHED, REJECTED = "pending", "published", "rejected"

metadata = sa.MetaData()
content_changes = sa.Table(
    "content_changes",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("council", sa.String(64), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),
    sa.Column("key", sa.String(128), nullable=False),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("body", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),
    sa.Column("reason", sa.Text, nullable=False),
    sa.Column("author", sa.String(64), nullable=False),
    sa.Column("approver", sa.String(64), nullable=True),
    sa.Column("created_at", sa.DateTime, nullable=False),
    sa.Column("decided_at", sa.DateTime, nullable=True),
    sa.Index("content_changes_item", "council", "kind", "key", "language"),
)


@dataclass(frozen=True)
class Change:
    """One version of one item of content."""

    id: int
    council: str
    kind: str
    key: str
    language: str
    body: dict[str, Any]
    status: str
    reason: str
    author: str
    approver: str | None
    created_at: dt.datetime
    decided_at: dt.datetime | None

    @property
    def item(self) -> tuple[str, str, str, str]:
        """Return what the change is to: (council, kind, key, language)."""
        return (self.council, self.kind, self.key, self.language)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def engine() -> Engine:
    """Return the engine for the configured database, with the changes table created."""
    return with_tables(get_settings().database_url, metadata)


def _change(row: Any) -> Change:
    values = dict(row)
    values["body"] = json.loads(values["body"])
    return Change(**values)


def propose(
    item: tuple[str, str, str, str],
    body: dict,
    reason: str,
    author: str,
    publish: bool,
    at: dt.datetime | None = None,
) -> Change:
    """Save a new version; published at once, or pending an approver's sign-off."""
    council, kind, key, language = item
    now = at or _now()
    row = {
        "council": council,
        "kind": kind,
        "key": key,
        "language": language,
        "body": json.dumps(body, sort_keys=True),
        "status": PUBLISHED if publish else PENDING,
        "reason": reason,
        "author": author,
        "created_at": now,
        "decided_at": now if publish else None,
    }
    with engine().begin() as connection:
        new_id = connection.execute(content_changes.insert().values(**row)).inserted_primary_key[0]
    return get(new_id)


def get(change_id: int) -> Change | None:
    """Return one version."""
    with engine().connect() as connection:
        row = (
            connection.execute(sa.select(content_changes).where(content_changes.c.id == change_id))
            .mappings()
            .first()
        )
    return _change(row) if row else None


def decide(change_id: int, approver: str, approve: bool) -> bool:
    """Publish or reject a pending change; False if it was not pending."""
    with engine().begin() as connection:
        result = connection.execute(
            content_changes.update()
            .where(content_changes.c.id == change_id, content_changes.c.status == PENDING)
            .values(status=PUBLISHED if approve else REJECTED, approver=approver, decided_at=_now())
        )
    return result.rowcount == 1


def history(item: tuple[str, str, str, str]) -> list[Change]:
    """Return every version of an item, newest first."""
    council, kind, key, language = item
    query = (
        sa.select(content_changes)
        .where(
            content_changes.c.council == council,
            content_changes.c.kind == kind,
            content_changes.c.key == key,
            content_changes.c.language == language,
        )
        .order_by(content_changes.c.id.desc())
    )
    with engine().connect() as connection:
        return [_change(row) for row in connection.execute(query).mappings()]


def pending(councils: frozenset[str]) -> list[Change]:
    """Return the changes waiting for an approver, oldest first."""
    query = (
        sa.select(content_changes)
        .where(content_changes.c.council.in_(sorted(councils)), content_changes.c.status == PENDING)
        .order_by(content_changes.c.id)
    )
    with engine().connect() as connection:
        return [_change(row) for row in connection.execute(query).mappings()]


def latest_published() -> dict[tuple[str, str, str, str], Change]:
    """Return the newest published version of every item that editors have changed."""
    query = (
        sa.select(content_changes)
        .where(content_changes.c.status == PUBLISHED)
        .order_by(content_changes.c.decided_at, content_changes.c.id)
    )
    with engine().connect() as connection:
        changes = [_change(row) for row in connection.execute(query).mappings()]
    return {change.item: change for change in changes}


def version() -> tuple:
    """Return what identifies the published changes now: it differs after any publish."""
    query = sa.select(
        sa.func.count(content_changes.c.id), sa.func.max(content_changes.c.decided_at)
    ).where(content_changes.c.status == PUBLISHED)
    try:
        with engine().connect() as connection:
            return tuple(connection.execute(query).one())
    except sa.exc.SQLAlchemyError as error:
        log.warning("editors' changes unavailable, serving content/ only: %s", type(error).__name__)
        return ("unavailable",)
