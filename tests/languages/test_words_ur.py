"""Urdu (Urdu script and Roman Urdu) through the real intake parsers and danger rule."""
from datetime import date, datetime

import pytest

from bot.intake import (SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice,
                        parse_when, parse_yes_no)
from bot.safety import mentions_danger

NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", ["نسل"]), ("religion", ["مذہب"]), ("disability", ["معذوری"])]


@pytest.mark.parametrize("text", ["ہاں", "ہاں جی", "جی ضرور", "ٹھیک ہے", "بالکل", "haan ji", "theek hai", "کوئی بات نہیں"])
def test_yes(text):
    assert parse_yes_no(text, lang="ur") is True


@pytest.mark.parametrize("text", ["نہیں", "جی نہیں", "نہیں شکریہ", "nahi", "bilkul nahi", "theek nahi", "ابھی نہیں"])
def test_no(text):
    assert parse_yes_no(text, lang="ur") is False


def test_arabic_keyboard_spelling():
    assert parse_yes_no("هاں", lang="ur") is True


@pytest.mark.parametrize("text", ["پتا نہیں", "مجھے نہیں پتا", "سوری یاد نہیں", "pata nahi", "pta nai yaar", "اگلا سوال"])
def test_skip(text):
    assert is_skip(text, lang="ur")
    assert parse_yes_no(text, lang="ur") is SKIPPED


def test_no_one_is_neither_yes_nor_no():
    assert parse_yes_no("کوئی نہیں دیکھ رہا تھا", lang="ur") is None


@pytest.mark.parametrize("text, code", [("دو", "religion"), ("نمبر تین", "disability"), ("پہلا", "race"), ("teen", "disability")])
def test_number_words(text, code):
    assert parse_choice(text, OPTIONS, lang="ur") == code


def test_none_and_all():
    assert parse_multi_choice("کوئی نہیں", OPTIONS, lang="ur") == []
    assert parse_multi_choice("kuch nahi", OPTIONS, lang="ur") == []
    assert parse_multi_choice("سب", OPTIONS, lang="ur") == ["race", "religion", "disability"]


@pytest.mark.parametrize("text, day", [
    ("کل رات", date(2026, 11, 24)),
    ("kal raat", date(2026, 11, 24)),
    ("کل", date(2026, 11, 24)),
    ("3 دن پہلے", date(2026, 11, 22)),
    ("۳ دن پہلے", date(2026, 11, 22)),
    ("تین دن پہلے", date(2026, 11, 22)),
    ("teen din pehle", date(2026, 11, 22)),
    ("پرسوں", date(2026, 11, 23)),
    ("پچھلے ہفتے", date(2026, 11, 18)),
    ("پچھلے جمعہ", date(2026, 11, 20)),
    ("jumma 10 baje", date(2026, 11, 20)),  # not the 10th
    ("aaj se 2 din pehle", date(2026, 11, 23)),  # not today
    ("jumma 10", date(2026, 11, 20)),  # 10 o'clock, not the 10th
    ("اتوار 9 بجے", date(2026, 11, 22)),
    ("12.11", date(2026, 11, 12)),  # not 12:11
])
def test_one_off_dates(text, day):
    result = parse_when(text, now=NOW, lang="ur")
    assert result.date == day and not result.repeated


@pytest.mark.parametrize("text", ["12 march se", "12 مارچ سے ہر روز"])
def test_since_a_day_of_march(text):
    """Not 12 November: the day goes with the month into the since clause."""
    result = parse_when(text, now=NOW, lang="ur")
    assert result.repeated and result.since == date(2026, 3, 12) and result.date is None


@pytest.mark.parametrize("text", ["ہر شام مارچ سے", "مارچ سے ہر شام", "har shaam march se"])
def test_every_evening_since_march(text):
    result = parse_when(text, now=NOW, lang="ur")
    assert result.repeated and result.since == date(2026, 3, 1) and result.date is None


def test_for_two_weeks():
    result = parse_when("دو ہفتوں سے روز ہو رہا ہے", now=NOW, lang="ur")
    assert result.repeated and result.since == date(2026, 11, 11)


def test_skipped_date():
    assert parse_when("یاد نہیں", now=NOW, lang="ur") is SKIPPED


def test_opener_is_not_an_account():
    assert not looks_like_account("السلام علیکم مجھے رپورٹ کرنی ہے", lang="ur")
    assert not looks_like_account("mujhe report karni hai", lang="ur")


def test_an_account_is_kept():
    assert looks_like_account("میرے پڑوسی نے مجھے گالیاں دیں اور دروازے پر تھوکا", lang="ur")
    assert looks_like_account("mere parosi ne mujhe gaaliyan di aur darwaze pe thooka", lang="ur")


@pytest.mark.parametrize("text", [
    "اس کے پاس چاقو ہے",
    "وہ میرا دروازہ توڑ رہے ہیں",
    "وہ مجھے مار رہا ہے",
    "گھر کو آگ لگا دی ہے",
    "بچاؤ",
    "میں خطرے میں ہوں",
    "پولیس کو ابھی بلائیں",
    "uske paas chaku hai",
    "woh darwaza tor rahe hain",
    "ghar ko aag laga di hai",
    "abhi madad chahiye",
])
def test_present_danger(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "پچھلے ہفتے اس کے پاس چاقو تھا",
    "وہ دروازہ توڑ رہے تھے",
    "اس نے مجھے مارا تھا",
    "پڑوسی نے دھمکی دی کہ گھر کو آگ لگا دے گا",
    "میرے پڑوسی نے پچھلے مہینے گالیاں دیں",
    "woh mujhe maar rahe the",
    "kal raat parosi ne gaali di",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)
