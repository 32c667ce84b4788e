"""The current time, in one place so tests can freeze it."""

import datetime as dt


def now() -> dt.datetime:
    """Return the current time as an aware UTC datetime."""
    return dt.datetime.now(dt.timezone.utc)
