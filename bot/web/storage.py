"""The web app's own tables (feedback), in SQLite by default or any SQLAlchemy database."""

import datetime as dt
from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine

from bot.settings import get_settings

metadata = sa.MetaData()

feedback = sa.Table(
    "feedback",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("council", sa.String(64), nullable=False),
    sa.Column("topic", sa.String(128), nullable=False),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("helpful", sa.Boolean, nullable=False),
    sa.Column("created_at", sa.DateTime, nullable=False),
)


@lru_cache
def engine_for(url: str) -> Engine:
    """Return an engine for a database URL, with its tables created."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, future=True)
    metadata.create_all(engine)
    return engine


def get_engine() -> Engine:
    """Return the engine for the configured database."""
    return engine_for(get_settings().database_url)


def record_feedback(council: str, topic: str, language: str, helpful: bool) -> None:
    """Store one 'was this helpful?' answer: the topic only, never message text."""
    row = {
        "council": council,
        "topic": topic,
        "language": language,
        "helpful": helpful,
        "created_at": dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
    }
    with get_engine().begin() as connection:
        connection.execute(feedback.insert().values(**row))


def feedback_counts(council: str) -> dict[tuple[str, bool], int]:
    """Return how many times each topic was marked helpful or not, for one council."""
    query = (
        sa.select(feedback.c.topic, feedback.c.helpful, sa.func.count())
        .where(feedback.c.council == council)
        .group_by(feedback.c.topic, feedback.c.helpful)
    )
    with get_engine().connect() as connection:
        return {(topic, helpful): count for topic, helpful, count in connection.execute(query)}
