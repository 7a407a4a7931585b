"""Dates as the reporter reads them, in the conversation's language (Babel, CLDR).

Persian readers (Iran, Afghanistan) count days in the solar calendar: Babel formats only the
Gregorian one, so the solar date comes first, from convertdate (as bot/intake/solar_dates.py
reads it), with the Gregorian date the council's letters use in brackets."""
import datetime as dt

from babel.dates import format_date
from convertdate import persian

from bot.i18n import babel_locale
from bot.intake.solar_dates import IRANIAN

SOLAR_CALENDAR_LANGUAGES = {"fa"}


def show_date(day: dt.date, lang: str, *, weekday: bool = False, year: bool = False) -> str:
    """'Thursday 26 November' (weekday) or '26 November 2026' (year); in Persian
    'پنجشنبه 5 آذر (26 نوامبر)'."""
    locale = babel_locale(lang)
    day_month = "d MMMM" + (" y" if year else "")
    prefix = format_date(day, "EEEE ", locale=locale) if weekday else ""
    gregorian = format_date(day, day_month, locale=locale)
    if lang not in SOLAR_CALENDAR_LANGUAGES:
        return prefix + gregorian
    solar_year, month, solar_day = persian.from_gregorian(day.year, day.month, day.day)
    solar = f"{solar_day} {IRANIAN[month - 1]}" + (f" {solar_year}" if year else "")
    return f"{prefix}{solar} ({gregorian})"
