"""Policy time limits (section 5.3, 5.4.1) as datetimes.

Deadlines are computed in Europe/London, because "next working day, 17:00" is
a local-time promise, and returned in UTC for storage.
"""
import datetime as dt
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc
# When the ASB team's working day ends; "by the next working day" means by then.
END_OF_DAY = dt.time(17, 0)


@lru_cache(maxsize=None)
def _bank_holidays(year: int) -> holidays.HolidayBase:
    # England and Wales share bank holidays; "ENG" is the holidays package's code.
    return holidays.country_holidays("GB", subdiv="ENG", years=year)


def is_working_day(day: dt.date) -> bool:
    return day.weekday() < 5 and day not in _bank_holidays(day.year)


def next_working_day(day: dt.date) -> dt.date:
    """The first working day strictly after `day`."""
    day += dt.timedelta(days=1)
    while not is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def _aware(moment: dt.datetime) -> dt.datetime:
    # A naive datetime here would be ambiguous; treat it as UTC, as stored.
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def first_contact_due(created_at: dt.datetime) -> dt.datetime:
    """Policy 5.3: contact the complainant by the next working day (17:00 London)."""
    local_day = _aware(created_at).astimezone(LONDON).date()
    due_local = dt.datetime.combine(next_working_day(local_day), END_OF_DAY, tzinfo=LONDON)
    return due_local.astimezone(UTC)


def weekly_update_due(from_dt: dt.datetime) -> dt.datetime:
    """Policy 5.3: speak with the victim at least once a week while open."""
    return _aware(from_dt) + dt.timedelta(days=7)


def graffiti_removal_due(created_at: dt.datetime) -> dt.datetime:
    """Policy 5.4.1: offensive graffiti removed within 24 hours of the report."""
    return _aware(created_at) + dt.timedelta(hours=24)
