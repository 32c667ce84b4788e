"""The current time, in one place so tests can freeze it."""

import datetime as dt
from zoneinfo import ZoneInfo

from bot.settings import get_settings


def now() -> dt.datetime:
    """Return the current time as an aware datetime (CP_PRETEND_NOW, if set, for test runs)."""
    settings = get_settings()
    if settings.pretend_now:
        local = dt.datetime.fromisoformat(settings.pretend_now)
        return local.replace(tzinfo=ZoneInfo(settings.timezone))
    return dt.datetime.now(dt.timezone.utc)
