"""What parents ask each council, what they find unhelpful, what the assistant did not understand.

Questions and messages come from Rasa's SQL tracker store (the council is the `authority` the chat
page sent with the message); feedback, handoffs and callback requests from the web app's tables.
Message text is shown only with personal details taken out.
"""

import datetime as dt
import json
import re
from collections import Counter
from dataclasses import dataclass

import sqlalchemy as sa

from bot.database import engine_for, existing_table
from bot.settings import get_settings
from bot.web.storage import feedback_counts
from bot.web.tables import callbacks, get_engine, handoffs, utcnow

NOT_UNDERSTOOD = ("nlu_fallback", "out_of_scope")
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
POSTCODE = re.compile(r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b", re.IGNORECASE)
NUMBER = re.compile(r"\+?\d[\d\s-]{2,}\d|\b\d+\b")
NAME_AFTER = re.compile(
    r"\b(my name is|i am called|i'm called|called|named"
    r"|my (?:son|daughter|child|partner|ex)(?: is)?)\s+([A-Z][a-z]+)",
    re.IGNORECASE,
)
CAPITALISED = re.compile(r"(?<=[a-z,;] )[A-Z][a-z]+\b")


def redact(text: str, keep: set[str] = frozenset()) -> str:
    """Take out emails, postcodes, numbers and likely names; keep known place and council names."""
    text = EMAIL.sub("[email]", text)
    text = POSTCODE.sub("[postcode]", text)
    text = NUMBER.sub("[number]", text)
    text = NAME_AFTER.sub(lambda m: f"{m.group(1)} [name]", text)
    return CAPITALISED.sub(lambda m: m.group(0) if m.group(0) in keep else "[name]", text)


def week_of(moment: dt.datetime) -> dt.date:
    """Return the Monday of a moment's week."""
    return moment.date() - dt.timedelta(days=moment.weekday())


@dataclass(frozen=True)
class Message:
    """A parent's message as the tracker store keeps it."""

    sent_at: dt.datetime
    intent: str
    text: str


def parent_messages(council: str, since: dt.datetime) -> list[Message]:
    """Return the parents' messages sent from the council's page since a time, oldest first."""
    url = get_settings().tracker_store_url
    if not url:
        return []
    try:
        events = existing_table(url, "events")
        query = (
            sa.select(events.c.timestamp, events.c.intent_name, events.c.data)
            .where(events.c.type_name == "user", events.c.timestamp >= _epoch(since))
            .order_by(events.c.timestamp)
        )
        with engine_for(url).connect() as connection:
            rows = connection.execute(query).all()
    except sa.exc.SQLAlchemyError:
        return []
    return [m for m in (_message(row, council) for row in rows) if m is not None]


def _epoch(moment: dt.datetime) -> float:
    return moment.replace(tzinfo=dt.timezone.utc).timestamp()


def _message(row, council: str) -> Message | None:
    data = json.loads(row.data or "{}")
    if (data.get("metadata") or {}).get("authority") != council:
        return None
    sent_at = dt.datetime.fromtimestamp(row.timestamp, dt.timezone.utc).replace(tzinfo=None)
    return Message(sent_at, row.intent_name or "", data.get("text") or "")


def questions_by_week(messages: list[Message], weeks: list[dt.date]) -> dict[dt.date, Counter]:
    """Count questions by intent for each week (button presses and typed questions alike)."""
    counts = {week: Counter() for week in weeks}
    for message in messages:
        week = week_of(message.sent_at)
        if week in counts and message.intent:
            counts[week][message.intent] += 1
    return counts


def not_understood(messages: list[Message], keep: set[str], limit: int = 50) -> list[Message]:
    """Return the newest messages the assistant did not understand, redacted."""
    missed = [m for m in messages if m.intent in NOT_UNDERSTOOD and m.text.strip()]
    return [Message(m.sent_at, m.intent, redact(m.text, keep)) for m in reversed(missed)][:limit]


def unhelpful(council: str) -> list[tuple[str, int, int]]:
    """Return (topic, unhelpful, helpful) for topics someone marked unhelpful, worst first."""
    counts = Counter(feedback_counts(council))
    topics = {topic for topic, _ in counts}
    rows = [(t, counts[(t, False)], counts[(t, True)]) for t in topics if counts[(t, False)]]
    return sorted(rows, key=lambda row: (-row[1], row[0]))


def handoffs_by_week(council: str, weeks: list[dt.date]) -> dict[dt.date, tuple[int, int]]:
    """Count requests to talk to a person and callback requests for each week."""
    start = dt.datetime.combine(weeks[0], dt.time())
    with get_engine().connect() as connection:
        asked = connection.execute(
            sa.select(handoffs.c.requested_at).where(
                handoffs.c.council == council, handoffs.c.requested_at >= start
            )
        ).scalars()
        asked = Counter(week_of(moment) for moment in asked)
        called = connection.execute(
            sa.select(callbacks.c.created_at).where(
                callbacks.c.council == council, callbacks.c.created_at >= start
            )
        ).scalars()
        called = Counter(week_of(moment) for moment in called)
    return {week: (asked[week], called[week]) for week in weeks}


def recent_weeks(count: int = 8, today: dt.date | None = None) -> list[dt.date]:
    """Return the Mondays of the last few weeks, oldest first."""
    this_week = week_of(dt.datetime.combine(today or utcnow().date(), dt.time()))
    return [this_week - dt.timedelta(weeks=n) for n in range(count - 1, -1, -1)]
