import datetime as dt
from zoneinfo import ZoneInfo

from bot.content.hours import bank_holiday_name, describe_hours, line_status
from bot.content.schema import Hours

LONDON = ZoneInfo("Europe/London")
WEEKDAYS = Hours(days=["mon", "tue", "wed", "thu", "fri"], opens="09:00", closes="17:00")


def at(text):
    return dt.datetime.fromisoformat(text).replace(tzinfo=LONDON)


def test_hours_in_words(store):
    assert describe_hours(store, WEEKDAYS) == "Monday to Friday, 9am to 5pm"
    odd = Hours(days=["mon", "thu"], opens="08:30", closes="12:00")
    assert describe_hours(store, odd) == "Monday, Thursday, 8:30am to 12pm"


def test_open_during_hours_and_closed_at_the_edges():
    assert line_status(WEEKDAYS, at("2026-11-25 09:00")).open_now
    assert line_status(WEEKDAYS, at("2026-11-25 16:59")).open_now
    assert not line_status(WEEKDAYS, at("2026-11-25 17:00")).open_now
    assert not line_status(WEEKDAYS, at("2026-11-25 08:59")).open_now


def test_friday_evening_opens_again_on_monday():
    status = line_status(WEEKDAYS, at("2026-11-27 18:00"))
    assert status.next_opening == at("2026-11-30 09:00")


def test_utc_time_is_read_as_london_time_in_summer():
    # 08:30 UTC in July is 09:30 in London.
    utc = dt.datetime(2026, 7, 15, 8, 30, tzinfo=dt.timezone.utc)
    assert line_status(WEEKDAYS, utc).open_now


def test_english_bank_holidays_are_known():
    assert bank_holiday_name(dt.date(2026, 12, 25)) == "Christmas Day"
    assert bank_holiday_name(dt.date(2026, 8, 31)) == "Late Summer Bank Holiday"
    assert bank_holiday_name(dt.date(2026, 11, 25)) is None
