import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from bot.cases import deadlines

LONDON = ZoneInfo("Europe/London")
UTC = dt.timezone.utc


def london(*args) -> dt.datetime:
    return dt.datetime(*args, tzinfo=LONDON)


@pytest.mark.parametrize(
    "reported, due",
    [
        # Friday -> Monday.
        (london(2026, 3, 6, 10, 0), london(2026, 3, 9, 17, 0)),
        # Friday before the August bank holiday (Mon 31 Aug 2026) -> Tuesday.
        (london(2026, 8, 28, 15, 0), london(2026, 9, 1, 17, 0)),
        # Christmas Eve 2026 (Thu): Christmas Fri, Boxing Day Sat -> substitute Mon 28 -> Tue 29.
        (london(2026, 12, 24, 12, 0), london(2026, 12, 29, 17, 0)),
        # Christmas Day itself -> Tuesday 29 December as well.
        (london(2026, 12, 25, 9, 0), london(2026, 12, 29, 17, 0)),
        # 23:30 London (22:30 UTC) on a Thursday -> Friday.
        (london(2026, 6, 11, 23, 30), london(2026, 6, 12, 17, 0)),
        # Saturday -> Monday.
        (london(2026, 3, 7, 11, 0), london(2026, 3, 9, 17, 0)),
    ],
)
def test_first_contact_due_is_next_working_day_at_five(reported, due):
    result = deadlines.first_contact_due(reported.astimezone(UTC))
    assert result == due
    assert result.tzinfo == UTC


def test_first_contact_uses_london_date_not_utc_date():
    # 23:30 UTC Thursday in summer is 00:30 Friday in London: due Monday.
    reported = dt.datetime(2026, 6, 11, 23, 30, tzinfo=UTC)
    assert deadlines.first_contact_due(reported) == london(2026, 6, 15, 17, 0)


def test_thursday_late_evening_in_winter():
    reported = london(2026, 1, 15, 23, 30)
    assert deadlines.first_contact_due(reported) == dt.datetime(2026, 1, 16, 17, 0, tzinfo=UTC)


def test_weekly_update_and_graffiti():
    t = dt.datetime(2026, 5, 1, 9, 0, tzinfo=UTC)
    assert deadlines.weekly_update_due(t) == dt.datetime(2026, 5, 8, 9, 0, tzinfo=UTC)
    assert deadlines.graffiti_removal_due(t) == dt.datetime(2026, 5, 2, 9, 0, tzinfo=UTC)
