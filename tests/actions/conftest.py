import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from actions import clock


@pytest.fixture
def freeze(monkeypatch):
    """Freeze actions.clock.now at a London local time given as 'YYYY-MM-DD HH:MM'."""

    def _freeze(local):
        aware = dt.datetime.fromisoformat(local).replace(tzinfo=ZoneInfo("Europe/London"))
        monkeypatch.setattr(clock, "now", lambda: aware)
        return aware

    return _freeze
