"""One SQLAlchemy engine per database URL, for the content changes and the web app's tables."""

from functools import lru_cache
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine


@lru_cache
def engine_for(url: str) -> Engine:
    """Return the engine for a database URL (making a SQLite file's folder if needed)."""
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
    return sa.create_engine(url, future=True)


@lru_cache
def with_tables(url: str, metadata: sa.MetaData) -> Engine:
    """Return the engine for a URL once a set of tables exists in its database."""
    engine = engine_for(url)
    metadata.create_all(engine)
    return engine


@lru_cache
def existing_table(url: str, name: str) -> sa.Table:
    """Return another program's table (such as Rasa's tracker `events`), read from the database."""
    return sa.Table(name, sa.MetaData(), autoload_with=engine_for(url))
