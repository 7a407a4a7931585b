"""When did it happen: a date, whether it keeps happening, and since when.

dateparser does the date arithmetic and knows every language's month and
day names; `date_words` adds everyday phrases it misses ("last night") and
the signs of repeated incidents ("every evening since March").
"""
from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from typing import Optional

import dateparser
import regex
from dateparser.languages import default_loader
from dateparser.search import search_dates

from . import date_words as D
from .answers import SKIPPED, is_skip
from .normalise import arabic_letters_folded, tokens
from .solar_dates import solar_date
from .words import for_lang

# Answers to "when did it happen?" are short. dateparser's search slows down
# with length, and a date is not hiding in the 300th character of an answer.
MAX_TEXT = 300
_YEAR = regex.compile(r"(?<!\d)(1[89]|2\d)\d\d(?!\d)")
# A day of the month alone: dateparser gives this month's, which may be yet to come.
_DAY_ONLY = regex.compile(r"(?:on\s+)?(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?")
# A day number with no ordinal ending, no "/" or ":" (so not "9th", "12/11" or "10:00").
_BARE_NUMBER = regex.compile(r"(?<![\p{L}\d/:.])\d{1,2}(?![\p{L}\d/:.])")
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# An incident a reporter tells the council about happened within a lifetime.
OLDEST_YEARS = 100
# Languages whose speakers may give a date in the Persian solar calendar (bot/intake/solar_dates.py).
SOLAR_CALENDAR = ("fa",)


@dataclass(frozen=True)
class When:
    date: Optional[dt.date]  # the (latest) day it happened, if said
    repeated: bool  # it has happened more than once or is ongoing
    since: Optional[dt.date]  # when a repeated incident started, if said
    text: str  # the person's own words, unchanged


def parse_when(text, now=None, lang="en"):
    """A When, None (no date and no sign of repetition), or SKIPPED.

    Dates are never in the future: a date without a year that falls after
    `now` is taken from last year; otherwise it is dropped.
    """
    if not isinstance(text, str) or not text.strip():
        return None
    if is_skip(text, lang):
        return SKIPPED
    # Wall-clock time in now's own zone: "last night" is the reporter's night.
    now = (now or dt.datetime.now()).replace(tzinfo=None)
    rest = _prepare(text, lang, now)
    since_text, rest = _clause(rest, D.SINCE, lang)
    for_text, rest = _clause(rest, D.FOR, lang)
    repeated = since_text is not None or _has(rest, D.REPEATED, lang)
    # "for 2 weeks" only says when it started if it keeps happening;
    # "I've lived here for 2 years" does not.
    since = _started(since_text, for_text if repeated else None, now, lang)
    day = _find_date(rest, now, lang)
    if day is None and not repeated:
        return None
    return When(date=day, repeated=repeated, since=since, text=text)


def _started(since_text, for_text, now, lang):
    if since_text:
        return _find_date(since_text, now, lang)
    if for_text:
        return _find_date(for_text, now, lang)  # "2 weeks": 2 weeks ago
    return None


def _prepare(text, lang, now):
    """Lower case, apostrophes gone, single spaces, known rewrites applied."""
    text = " ".join(regex.sub(r"['\u2019\u2018`]", "", text[:MAX_TEXT].casefold()).split())
    # As normalise.tokens does: Persian/Arabic digits to ASCII ("۳" is 3, phrase keys are ASCII),
    # and the zero-width non-joiner (Persian "هفته‌ی") a space, so phrases match with or without it.
    text = regex.sub(r"\p{Nd}", lambda m: str(int(m[0])), text).replace("\u200c", " ")
    for pattern, replacement in for_lang(D.PATTERN_REWRITES, lang):
        text = regex.sub(pattern, replacement, text)
    # Before the rewrites make "last year" "a year ago", and after they give a month the name
    # dateparser knows (Sorani "مارس" is "ئازار").
    text = _last_year_as_number(text, now, lang)
    rewrites = for_lang(D.REWRITES, lang)
    text = _phrase_re(tuple(rewrites)).sub(lambda m: rewrites[_key(m[0])], text)
    return _last_year_as_number(text, now, lang)


def _clause(text, starters, lang):
    """Cut out "since <...>" (or "for <...>"): (the <...> part, the rest)."""
    ends = _phrase_re(tuple(for_lang(D.CLAUSE_END, lang))).pattern
    pattern = _phrase_re(tuple(for_lang(starters, lang))).pattern
    match = regex.search(pattern + r"\s+(?P<c>.+?)(?=\s+" + ends + r"|[,.;!?]|$)", text)
    if not match:
        return None, text
    return match["c"], text[: match.start()] + " " + text[match.end():]


def _find_date(text, now, lang):
    """The first past date in `text`: everyday phrase, whole text, or search."""
    if not text.strip():
        return None
    phrases = for_lang(D.DAY_PHRASES, lang)
    found = _phrase_re(tuple(phrases)).search(text)
    if found:
        days = phrases[_key(found[0])]
        if days == 0:  # "friday morning", "aaj se 2 din pehle": the other day, not today
            other = _earlier_day(text[: found.start()] + " " + text[found.end():], now, lang)
            if other:
                return other
        return now.date() - dt.timedelta(days=days)
    if lang in SOLAR_CALENDAR:
        solar = solar_date(text, now)
        if solar:
            return solar
    # A month alone is its first day ("since March"), but "the end of October" is its last.
    month_day = "last" if _month_end(text, lang) else "first"
    for matched, when in _parsed(text, now, lang, month_day):
        if month_day == "last" and _month_not_over(when, matched, now):
            return now.date()  # "the end of November", said on the 25th: so far, today
        day = _not_future(when, matched, now, lang)
        if day:
            return day
    return None


def _parsed(text, now, lang, month_day="first"):
    """(matched text, datetime) as dateparser reads them: the whole text as one date, else each
    date it finds in the text (a lone "may" in a longer message left out). A month without a
    day gives its `month_day`: "first" or "last"."""
    whole = _dateparser(dateparser.parse, text, now, lang, month_day)
    found = [(text, whole)] if whole else _dateparser(search_dates, text, now, lang, month_day) or ()
    # A year more than a lifetime ago is another calendar's read as ours ("1447", a Hijri year).
    return [_in_the_evening(*_weekday_kept(matched, when, now, lang), text, lang)
            for matched, when in found
            if not _ambiguous(matched, text, lang) and when.year >= now.year - OLDEST_YEARS]


def _in_the_evening(matched, when, text, lang):
    """"raat 10 baje", "ساعت ۱۰ شب": an hour from 6 to 11 said with a word for the evening or
    night is after noon. Read as morning, a report made at 2pm of last night's 10pm was today's."""
    if 6 <= when.hour < 12 and regex.search(r"\d", matched) and _has(text, D.EVENING, lang):
        return matched, when + dt.timedelta(hours=12)
    return matched, when


def _weekday_kept(matched, when, now, lang):
    """"sunday 9", "jumma 10": dateparser takes a bare number after a weekday for the day of the
    month (Monday the 9th). When that day is not the weekday named, the number was an hour:
    the weekday alone is the day."""
    named = _weekday_named(matched, lang)
    if named is None or named == when.weekday() or not _BARE_NUMBER.search(matched):
        return matched, when
    weekday = _dateparser(dateparser.parse, _BARE_NUMBER.sub(" ", matched), now, lang)
    return (matched, weekday) if weekday and weekday.weekday() == named else (matched, when)


def _weekday_named(text, lang):
    words = set(text.split())
    return next((day for day, names in enumerate(_weekday_names(lang)) if words & names), None)


@functools.lru_cache(maxsize=16)
def _weekday_names(lang):
    """Monday first, each day's names in dateparser's own data for `lang` and English."""
    return [_names(lang, (day,)) for day in WEEKDAYS]


@functools.lru_cache(maxsize=16)
def _names(lang, keys):
    """Every name dateparser's data for `lang` and English gives these keys ("october")."""
    locales = [locale for locale in map(_locale, dict.fromkeys((lang, "en"))) if locale]
    return frozenset(name.casefold() for locale in locales for key in keys
                     for name in locale.info.get(key, ()))


def _month_end(text, lang):
    """A word for "the end of" next to a month's name: "end of october", "pod koniec
    października", "october ke aakhir mein" (a word or two may come between)."""
    end = _phrase_re(tuple(map(arabic_letters_folded, for_lang(D.MONTH_END, lang)))).pattern
    month = _month_re(lang).pattern
    gap = r"(?:\s+\S+){0,2}\s+"
    return bool(regex.search(f"{end}{gap}{month}|{month}{gap}{end}", arabic_letters_folded(text)))


def _last_year_as_number(text, now, lang):
    """"in march last year": dateparser gave this year's March. With a month named, "last year"
    goes and the year's number follows the month, the order dateparser reads in every language
    ("2025 لە ئازار" it read as November 2025)."""
    last_year = _phrase_re(tuple(for_lang(D.LAST_YEAR, lang)))
    month = _month_re(lang, folded=False)
    if not (last_year.search(text) and month.search(text)):
        return text
    text = " ".join(last_year.sub(" ", text).split())
    return month.sub(lambda m: f"{m[0]} {now.year - 1}", text, count=1)


def _month_re(lang, folded=True):
    """Any month's name for `lang` (and English): Arabic letters folded, or in both spellings
    to search text as it was written."""
    names = _names(lang, MONTHS)
    folded_names = set(map(arabic_letters_folded, names))
    return _phrase_re(tuple(sorted(folded_names if folded else folded_names | names)))


def _locale(code):
    try:
        return default_loader.get_locale(code)
    except ValueError:  # a language dateparser does not know
        return None


def _earlier_day(text, now, lang):
    """A day before today that dateparser finds in `text` (a time later today is not rolled
    back to yesterday here), or None."""
    for _, when in _parsed(text, now, lang) if text.strip() else ():
        # dateparser prefers the past, so "at 9pm" said at 2pm is yesterday's 9pm; beside
        # "today" or "tonight" that hour is today's.
        rolled_back = when.date() == now.date() - dt.timedelta(days=1) and when.time() > now.time()
        if when.date() < now.date() and not rolled_back:
            return when.date()
    return None


def _not_future(when, matched, now, lang):
    if when <= now:
        return when.date()
    if when.date() == now.date():
        return when.date() - dt.timedelta(days=1)  # "at 9pm", said at 2pm
    if _has(matched, D.FUTURE, lang) or _YEAR.search(matched):
        return None  # "tomorrow", "next week", "3/12/2026": not a past day
    if _DAY_ONLY.fullmatch(matched.strip()):
        return _last_month(when.day, now)  # "on the 28th", said on the 25th
    try:
        earlier = when.replace(year=when.year - 1)
    except ValueError:  # 29 February
        earlier = when.replace(year=when.year - 1, day=28)
    return earlier.date() if earlier <= now else None


def _month_not_over(when, matched, now):
    """This month's last day, yet to come; dateparser may put it a year back instead."""
    this_month = (when.year, when.month) == (now.year, now.month) and when > now
    year_back = (when.year, when.month) == (now.year - 1, now.month) and not _YEAR.search(matched)
    return this_month or year_back


def _last_month(day, now):
    year, month = (now.year, now.month - 1) if now.month > 1 else (now.year - 1, 12)
    try:
        return dt.date(year, month, day)
    except ValueError:  # "the 31st" after a 30-day month
        return None


def _dateparser(function, text, now, lang, month_day="first"):
    settings = {
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "DMY",  # UK: 12/03 is 12 March
        "PREFER_DAY_OF_MONTH": month_day,
        "RELATIVE_BASE": now,
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    try:
        return function(text, languages=[lang], settings=settings)
    except Exception:  # noqa: BLE001
        # dateparser has raised odd errors (overflow, value, index) on
        # strange input; an answer it cannot read is simply "ask again".
        return None


def _ambiguous(matched, text, lang):
    """A lone "may" or "sat" in a longer message is a word, not a date."""
    return _key(matched) in for_lang(D.AMBIGUOUS, lang) and len(text.split()) > 3


def _has(text, phrases, lang):
    return bool(_phrase_re(tuple(for_lang(phrases, lang))).search(text))


def _key(found):
    return " ".join(tokens(found))


@functools.lru_cache(maxsize=64)
def _phrase_re(phrases):
    """Any of `phrases` as whole words, longest first, spaces flexible."""
    ordered = sorted(phrases, key=len, reverse=True)
    body = "|".join(r"\s+".join(regex.escape(w) for w in p.split()) for p in ordered)
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + body + r")(?![\p{L}\p{M}\p{N}])")
