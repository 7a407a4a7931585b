from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.intake import SKIPPED, When, parse_when

NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
YESTERDAY = date(2026, 11, 24)
TODAY = date(2026, 11, 25)


def when(text):
    return parse_when(text, now=NOW)


@pytest.mark.parametrize("text, day", [
    ("last night", YESTERDAY),
    ("Last nite", YESTERDAY),
    ("yesterday", YESTERDAY),
    ("Yesterday.", YESTERDAY),
    ("yday", YESTERDAY),
    ("today", TODAY),
    ("this morning", TODAY),
    ("earlier today", TODAY),
    ("tonight", TODAY),
    ("3 days ago", date(2026, 11, 22)),
    ("about a fortnight ago", date(2026, 11, 11)),
    ("on Monday", date(2026, 11, 23)),
    ("monday", date(2026, 11, 23)),
    ("sat night", date(2026, 11, 21)),
    ("at the weekend", date(2026, 11, 21)),
    ("12/03", date(2026, 3, 12)),
    ("12 March 2026", date(2026, 3, 12)),
    ("12th march", date(2026, 3, 12)),
    ("it happened last friday near the shops", date(2026, 11, 20)),
    ("day before yesterday", date(2026, 11, 23)),
    ("at 9pm", YESTERDAY),  # said at 2pm: 9pm today has not happened yet
    ("i've lived here for 2 years, it was yesterday", YESTERDAY),
    ("12 november at 20", date(2026, 11, 12)),  # not 12 November 2020
    ("12 nov at 8", date(2026, 11, 12)),
    ("about 3 weeks ago", date(2026, 11, 4)),  # "about" is not always before an hour
    ("on the 28th", date(2026, 10, 28)),  # a day alone, later than today: last month's
    ("3 weeks ago today", date(2026, 11, 4)),  # "today" beside another day is not the day
    ("sunday 9", date(2026, 11, 22)),  # 9 o'clock: the 9th is a Monday
    ("sunday the 9th", date(2026, 11, 9)),  # a day said as a date is kept
    ("friday 20 november", date(2026, 11, 20)),
])
def test_one_off_dates(text, day):
    result = when(text)
    assert result == When(date=day, repeated=False, since=None, text=text)


def test_every_evening_since_march():
    assert when("every evening since March") == When(None, True, date(2026, 3, 1), "every evening since March")


def test_since_a_month_after_now_means_last_year():
    assert parse_when("since December", now=NOW).since == date(2025, 12, 1)


def test_since_january():
    result = when("since January")
    assert result.repeated and result.since == date(2026, 1, 1) and result.date is None


def test_every_day_for_two_weeks():
    result = when("every day for 2 weeks")
    assert result.repeated and result.since == date(2026, 11, 11) and result.date is None


def test_for_the_past_month():
    assert when("every night for the past month").since == date(2026, 10, 25)


@pytest.mark.parametrize("text", ["it keeps happening", "all the time", "Constantly!!", "on and off for months"])
def test_repeated_without_dates(text):
    assert when(text) == When(None, True, None, text)


def test_again_last_night():
    assert when("again last night") == When(YESTERDAY, True, None, "again last night")


def test_repeated_with_latest_date():
    result = when("it keeps happening, last time was yesterday")
    assert result.repeated and result.date == YESTERDAY


@pytest.mark.parametrize("text, day", [
    ("26/11", date(2025, 11, 26)),  # tomorrow's day and month: last year's
    ("25 december", date(2025, 12, 25)),
])
def test_never_a_future_date(text, day):
    assert when(text).date == day


@pytest.mark.parametrize("text, lang", [
    ("raat 10 baje", "ur"), ("رات 10 بجے", "ur"), ("ਰਾਤ 10 ਵਜੇ", "pa"), ("کاتژمێر 10ی شەو", "ckb"),
    ("ساعت ۱۰ شب", "fa"), ("الساعة 10 بالليل", "ar"), ("o 10 wieczorem", "pl"),
    ("la ora 10 seara", "ro"), ("at 10 at night", "en"),
])
def test_an_evening_hour_later_than_now_was_yesterday(text, lang):
    """Said at 2pm, "10 at night" is last night's 10pm: dateparser had read it as 10am today."""
    assert parse_when(text, now=NOW, lang=lang).date == YESTERDAY


@pytest.mark.parametrize("text, lang", [
    ("tonight at 9pm", "en"), ("today at 9pm", "en"), ("aaj raat 10 baje", "ur"),
    ("dziś o 21", "pl"), ("azi la ora 21", "ro"), ("امروز ساعت ۲۱", "fa"),
])
def test_an_hour_yet_to_come_today_stays_today(text, lang):
    """Said at 2pm beside "today" or "tonight": dateparser alone would make it yesterday's."""
    assert parse_when(text, now=NOW, lang=lang).date == TODAY


@pytest.mark.parametrize("text, lang", [("raat 2 baje", "ur"), ("o 10 wieczorem", "pl")])
def test_a_night_hour_already_past_is_today(text, lang):
    said_at_11pm = NOW.replace(hour=23) if "10" in text else NOW
    assert parse_when(text, now=said_at_11pm, lang=lang).date == NOW.date()


@pytest.mark.parametrize("text, lang", [
    ("end of october", "en"), ("late October", "en"), ("pod koniec października", "pl"),
    ("la sfârșitul lunii octombrie", "ro"), ("اواخر اكتوبر", "ar"), ("اواخر اکتبر", "fa"),
    ("october ke aakhir mein", "ur"), ("ਅਕਤੂਬਰ ਦੇ ਅਖੀਰ ਵਿੱਚ", "pa"), ("کۆتایی مانگی ئۆکتۆبەر", "ckb"),
])
def test_the_end_of_a_month_is_its_last_day(text, lang):
    assert parse_when(text, now=NOW, lang=lang).date == date(2026, 10, 31)


def test_the_end_of_this_month_is_so_far_today():
    assert when("the end of november").date == NOW.date()


def test_a_month_beside_other_ends_is_its_first_day():
    assert when("at the end of the street in october").date == date(2026, 10, 1)


@pytest.mark.parametrize("text, lang", [
    ("in march last year", "en"), ("last year in march", "en"), ("w marcu zeszłego roku", "pl"),
    ("in martie anul trecut", "ro"), ("في مارس السنة الماضية", "ar"), ("مارس پارسال", "fa"),
    ("pichle saal march mein", "ur"), ("ਪਿਛਲੇ ਸਾਲ ਮਾਰਚ ਵਿੱਚ", "pa"), ("ساڵی پار لە مارس", "ckb"),
])
def test_a_month_last_year(text, lang):
    """It had been this year's March, or a year ago today."""
    assert parse_when(text, now=NOW, lang=lang).date == date(2025, 3, 1)


@pytest.mark.parametrize("text", ["tomorrow", "next week", "3/12/2026", "in 3 days", "he may come back tomorrow"])
def test_future_only_is_not_understood(text):
    assert when(text) is None


@pytest.mark.parametrize("text, lang", [("12 march 1410", "en"), ("١٥ ربيع الآخر ١٤٤٧", "ar")])
def test_a_year_of_another_calendar_is_not_a_date(text, lang):
    """dateparser reads a Hijri year as ours: 1447 is not when an incident happened."""
    assert parse_when(text, now=NOW, lang=lang) is None


@pytest.mark.parametrize("text", ["dont know", "not sure", "Can't remember", "idk", "?"])
def test_skipped(text):
    assert when(text) is SKIPPED


@pytest.mark.parametrize("text", ["", "   ", "blah", "outside the shop", "he may have been drunk", None])
def test_not_understood(text):
    assert parse_when(text, now=NOW) is None


def test_keeps_original_text():
    assert when("  Last Night!! ").text == "  Last Night!! "


def test_default_now_is_today():
    assert parse_when("today").date == date.today()


def test_timezone_aware_now():
    aware = datetime(2026, 11, 25, 0, 30, tzinfo=ZoneInfo("Europe/London"))
    assert parse_when("yesterday", now=aware).date == YESTERDAY
