"""Dates in the Persian solar calendar, as Iranians and Afghans write them: "۳ آبان",
"5 آذر 1405", "۱۲ حمل" (Afghanistan's month names). dateparser has no Afghan names, and
without its optional calendar it reads an Iranian month as a Gregorian one ("۳ آبان ۱۴۰۵"
came back as 1 November 1405). Its JalaliCalendar takes a missing year from the real clock,
not from the reporter's `now`, so the day, month and year are found here and convertdate (the
library dateparser itself uses for this calendar) does the arithmetic.
"""
from __future__ import annotations

import datetime as dt
from typing import Optional

import regex
from convertdate import persian

from .normalise import arabic_letters_folded

# Month names in order; the same months under Iranian and Afghan (Dari) names.
IRANIAN = ("فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی",
           "بهمن", "اسفند")
AFGHAN = ("حمل", "ثور", "جوزا", "سرطان", "اسد", "سنبله", "میزان", "عقرب", "قوس", "جدی", "دلو",
          "حوت")
# Keyed as folded (so "آبان" and "ابان", "فروردین" and "فروردين" are one); "امرداد" is the older Mordad.
MONTHS = {arabic_letters_folded(name): number
          for names in (IRANIAN, AFGHAN) for number, name in enumerate(names, 1)}
MONTHS["امرداد"] = 5

# A day number before the month (as Persian writes it), optionally "ماه" between and a
# four-digit year after (optionally "سال" before it). The month is several common words too
# ("تیر" an arrow, "جدی" serious), so it counts only right after a day number.
_MONTH = r"(?:ماه\s+)?(?P<month>" + "|".join(MONTHS) + r")(?!\p{L})"
_YEAR = r"(?:\s+(?:سال\s+)?(?P<year>\d{4})(?!\d))?"
_DATE = regex.compile(r"(?<![\p{L}\d])(?P<day>\d{1,2})\s+" + _MONTH + _YEAR)
# A month alone is its first day, as dateparser takes "since March": only as the whole text
# (an answer, or what follows "since").
_MONTH_ALONE = regex.compile(r"^\s*" + _MONTH + _YEAR + r"\s*$")


def solar_date(text: str, now: dt.datetime) -> Optional[dt.date]:
    """The first solar date in `text` (digits already ASCII) as a Gregorian date, or None.
    Without a year: the last such day up to `now`. With a year: None if it is after `now`."""
    text = arabic_letters_folded(text)
    found = _DATE.search(text) or _MONTH_ALONE.match(text)
    if not found:
        return None
    day, month = int(found.groupdict().get("day") or 1), MONTHS[found["month"]]
    this_year = persian.from_gregorian(now.year, now.month, now.day)[0]
    years = [int(found["year"])] if found["year"] else [this_year, this_year - 1]
    for year in years:
        if not 1 <= day <= persian.month_length(year, month):
            return None
        when = dt.date(*persian.to_gregorian(year, month, day))
        if when <= now.date():
            return when
    return None
