"""Punjabi (Gurmukhi) through the real intake parsers and danger rule."""
from datetime import date, datetime

import pytest

from bot.intake import (SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice,
                        parse_when, parse_yes_no)
from bot.safety import mentions_danger

NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", ["ਨਸਲ"]), ("religion", ["ਧਰਮ"]), ("disability", ["ਅਪਾਹਜਤਾ"])]


@pytest.mark.parametrize("text", ["ਹਾਂ", "ਹਾਂ ਜੀ", "ਹਾਂਜੀ", "ਠੀਕ ਹੈ", "ਬਿਲਕੁਲ", "ਜ਼ਰੂਰ", "ਜਰੂਰ", "ਕੋਈ ਗੱਲ ਨਹੀਂ"])
def test_yes(text):
    assert parse_yes_no(text, lang="pa") is True


@pytest.mark.parametrize("text", ["ਨਹੀਂ", "ਨਹੀ", "ਜੀ ਨਹੀਂ", "ਨਾ ਜੀ", "ਬਿਲਕੁਲ ਨਹੀਂ", "ਠੀਕ ਨਹੀਂ", "ਗ਼ਲਤ", "ਗਲਤ"])
def test_no(text):
    assert parse_yes_no(text, lang="pa") is False


def test_decomposed_nukta_is_the_same_word():
    assert parse_yes_no("ਜ\u0a3cਰੂਰ", lang="pa") is True


@pytest.mark.parametrize("text", ["ਪਤਾ ਨਹੀਂ", "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ", "ਸੌਰੀ ਯਾਦ ਨਹੀਂ", "ਪਤਾ ਨੀ", "ਅਗਲਾ ਸਵਾਲ"])
def test_skip(text):
    assert is_skip(text, lang="pa")
    assert parse_yes_no(text, lang="pa") is SKIPPED


def test_no_one_is_neither_yes_nor_no():
    assert parse_yes_no("ਕੋਈ ਨਹੀਂ ਦੇਖ ਰਿਹਾ ਸੀ", lang="pa") is None


@pytest.mark.parametrize("text, code", [("ਦੋ", "religion"), ("ਨੰਬਰ ਤਿੰਨ", "disability"), ("ਪਹਿਲਾ", "race"), ("੨", "religion")])
def test_number_words(text, code):
    assert parse_choice(text, OPTIONS, lang="pa") == code


def test_none_and_all():
    assert parse_multi_choice("ਕੋਈ ਨਹੀਂ", OPTIONS, lang="pa") == []
    assert parse_multi_choice("ਕੁਝ ਨਹੀਂ", OPTIONS, lang="pa") == []
    assert parse_multi_choice("ਸਾਰੇ", OPTIONS, lang="pa") == ["race", "religion", "disability"]


@pytest.mark.parametrize("text, day", [
    ("ਕੱਲ੍ਹ ਰਾਤ", date(2026, 11, 24)),
    ("ਕੱਲ ਰਾਤ", date(2026, 11, 24)),
    ("ਕੱਲ੍ਹ", date(2026, 11, 24)),
    ("3 ਦਿਨ ਪਹਿਲਾਂ", date(2026, 11, 22)),
    ("੩ ਦਿਨ ਪਹਿਲਾਂ", date(2026, 11, 22)),
    ("ਤਿੰਨ ਦਿਨ ਪਹਿਲਾਂ", date(2026, 11, 22)),
    ("ਪਰਸੋਂ", date(2026, 11, 23)),
    ("ਪਿਛਲੇ ਹਫ਼ਤੇ", date(2026, 11, 18)),
    ("ਪਿਛਲੇ ਹਫਤੇ", date(2026, 11, 18)),
    ("ਪਿਛਲੇ ਸ਼ੁੱਕਰਵਾਰ", date(2026, 11, 20)),
    ("ਸ਼ੁੱਕਰਵਾਰ 10 ਵਜੇ", date(2026, 11, 20)),  # not the 10th
])
def test_one_off_dates(text, day):
    result = parse_when(text, now=NOW, lang="pa")
    assert result.date == day and not result.repeated


@pytest.mark.parametrize("text", ["12 ਮਾਰਚ ਤੋਂ", "12 ਮਾਰਚ ਤੋਂ ਹਰ ਰੋਜ਼"])
def test_since_a_day_of_march(text):
    """Not 12 November: the day goes with the month into the since clause."""
    result = parse_when(text, now=NOW, lang="pa")
    assert result.repeated and result.since == date(2026, 3, 12) and result.date is None


@pytest.mark.parametrize("text", ["ਹਰ ਸ਼ਾਮ ਮਾਰਚ ਤੋਂ", "ਮਾਰਚ ਤੋਂ ਹਰ ਸ਼ਾਮ"])
def test_every_evening_since_march(text):
    result = parse_when(text, now=NOW, lang="pa")
    assert result.repeated and result.since == date(2026, 3, 1) and result.date is None


def test_for_two_weeks():
    result = parse_when("ਦੋ ਹਫ਼ਤਿਆਂ ਤੋਂ ਰੋਜ਼ ਹੁੰਦਾ ਹੈ", now=NOW, lang="pa")
    assert result.repeated and result.since == date(2026, 11, 11)


def test_skipped_date():
    assert parse_when("ਯਾਦ ਨਹੀਂ", now=NOW, lang="pa") is SKIPPED


def test_opener_is_not_an_account():
    assert not looks_like_account("ਸਤ ਸ੍ਰੀ ਅਕਾਲ ਜੀ, ਮੈਂ ਰਿਪੋਰਟ ਕਰਨੀ ਹੈ", lang="pa")


def test_an_account_is_kept():
    assert looks_like_account("ਗੁਆਂਢੀ ਮੈਨੂੰ ਰੋਜ਼ ਗਾਲ੍ਹਾਂ ਕੱਢਦਾ ਤੇ ਮੇਰੀ ਪੱਗ ਦਾ ਮਜ਼ਾਕ ਉਡਾਉਂਦਾ", lang="pa")


@pytest.mark.parametrize("text", [
    "ਉਹਦੇ ਕੋਲ ਚਾਕੂ ਹੈ",
    "ਕੋਈ ਮੇਰਾ ਦਰਵਾਜ਼ਾ ਤੋੜ ਰਿਹਾ ਹੈ",
    "ਉਹ ਮੈਨੂੰ ਮਾਰ ਰਹੇ ਨੇ",
    "ਘਰ ਨੂੰ ਅੱਗ ਲਾ ਦਿੱਤੀ",
    "ਬਚਾਓ",
    "ਮੈਂ ਖ਼ਤਰੇ ਵਿੱਚ ਹਾਂ",
    "ਮੈਂ ਖਤਰੇ ਵਿਚ ਹਾਂ",
    "ਪੁਲਿਸ ਨੂੰ ਹੁਣੇ ਬੁਲਾਓ",
    "ਫੌਰਨ ਮਦਦ ਕਰੋ",
])
def test_present_danger(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "ਪਿਛਲੇ ਹਫ਼ਤੇ ਉਹਦੇ ਕੋਲ ਚਾਕੂ ਸੀ",
    "ਉਹ ਦਰਵਾਜ਼ਾ ਤੋੜ ਰਹੇ ਸੀ",
    "ਉਹਨੇ ਮੈਨੂੰ ਮਾਰਿਆ ਸੀ",
    "ਗੁਆਂਢੀ ਨੇ ਘਰ ਸਾੜਨ ਦੀ ਧਮਕੀ ਦਿੱਤੀ ਸੀ",
    "ਪਿਛਲੇ ਸਾਲ ਕਿਸੇ ਨੇ ਅੱਗ ਲਾ ਦਿੱਤੀ ਸੀ",
    "ਕੱਲ੍ਹ ਰਾਤ ਗੁਆਂਢੀ ਨੇ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)
