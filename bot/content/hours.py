"""Opening hours in words, and whether a line is open at a given moment."""

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

from bot.content.schema import DAYS, Hours

HOLIDAY_COUNTRY, HOLIDAY_REGION = "GB", "ENG"


def _time_words(value: str) -> str:
    hour, minute = (int(part) for part in value.split(":"))
    suffix = "am" if hour < 12 else "pm"
    hour12 = hour % 12 or 12
    return f"{hour12}{suffix}" if minute == 0 else f"{hour12}:{minute:02d}{suffix}"


def _day_names(store, days: list[str], language: str) -> str:
    names = [store.text(f"hours.days.{day}", language) for day in days]
    indexes = [DAYS.index(day) for day in days]
    consecutive = indexes == list(range(indexes[0], indexes[0] + len(indexes)))
    if len(days) > 2 and consecutive:
        return store.text("hours.day_range", language).format(first=names[0], last=names[-1])
    return ", ".join(names)


def describe_hours(store, hours: Hours, language: str = "en") -> str:
    """Return opening hours in words, e.g. 'Monday to Friday, 9am to 5pm'."""
    return store.text("hours.pattern", language).format(
        days=_day_names(store, hours.days, language),
        opens=_time_words(hours.opens),
        closes=_time_words(hours.closes),
    )


@lru_cache(maxsize=8)
def _bank_holidays(year: int) -> dict:
    return holidays.country_holidays(HOLIDAY_COUNTRY, subdiv=HOLIDAY_REGION, years=year)


def bank_holiday_name(day: dt.date) -> str | None:
    """Return the name of the English bank holiday on this day, if it is one."""
    return _bank_holidays(day.year).get(day)


@dataclass(frozen=True)
class LineStatus:
    """Whether a line is open at a moment, and when it next opens."""

    open_now: bool
    bank_holiday: str | None
    next_opening: dt.datetime | None


def _opening_on(hours: Hours, day: dt.date, zone: ZoneInfo) -> tuple[dt.datetime, dt.datetime]:
    opens = dt.datetime.combine(day, dt.time.fromisoformat(hours.opens), zone)
    closes = dt.datetime.combine(day, dt.time.fromisoformat(hours.closes), zone)
    return opens, closes


def line_status(hours: Hours, now: dt.datetime, timezone: str = "Europe/London") -> LineStatus:
    """Return whether a line with these hours is open at `now` (an aware datetime)."""
    zone = ZoneInfo(timezone)
    local = now.astimezone(zone)
    holiday = bank_holiday_name(local.date())
    for offset in range(8):
        day = local.date() + dt.timedelta(days=offset)
        if DAYS[day.weekday()] not in hours.days:
            continue
        opens, closes = _opening_on(hours, day, zone)
        if offset == 0 and opens <= local < closes:
            return LineStatus(open_now=True, bank_holiday=holiday, next_opening=None)
        if local < opens:
            return LineStatus(open_now=False, bank_holiday=holiday, next_opening=opens)
    return LineStatus(open_now=False, bank_holiday=holiday, next_opening=None)


def describe_status(
    store, hours: Hours, now: dt.datetime, language: str = "en", timezone: str = "Europe/London"
) -> str:
    """Return a sentence saying whether the line is open now, in the parent's language."""
    status = line_status(hours, now, timezone)
    local = now.astimezone(ZoneInfo(timezone))
    if status.open_now:
        sentence = store.text("hours.open_now", language)
    elif status.next_opening is None:
        sentence = store.text("hours.closed_now", language)
    else:
        sentence = store.text("hours.closed_until", language).format(
            when=_when_words(store, status.next_opening, local, language)
        )
    notes = [sentence]
    next_day = status.next_opening.date() if status.next_opening else None
    for day in dict.fromkeys(d for d in (local.date(), next_day) if d):
        name = bank_holiday_name(day)
        if name:
            notes.append(
                store.text("hours.bank_holiday", language).format(
                    day=_day_words(store, day, local.date(), language), holiday=name
                )
            )
    return " ".join(notes)


def _day_words(store, day: dt.date, today: dt.date, language: str) -> str:
    if day == today:
        return store.text("hours.today", language)
    if day == today + dt.timedelta(days=1):
        return store.text("hours.tomorrow", language)
    return store.text(f"hours.days.{DAYS[day.weekday()]}", language)


def _when_words(store, moment: dt.datetime, local_now: dt.datetime, language: str) -> str:
    return store.text("hours.when", language).format(
        day=_day_words(store, moment.date(), local_now.date(), language),
        time=_time_words(moment.strftime("%H:%M")),
    )
