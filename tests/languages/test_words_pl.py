"""Polish answers through the real intake parsers and danger rule (lang="pl")."""
from datetime import date, datetime

import pytest

from bot.intake import SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice, parse_when, parse_yes_no
from bot.safety import mentions_danger

NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
YESTERDAY = date(2026, 11, 24)
OPTIONS = [("race", ["rasa"]), ("religion", ["religia"]), ("disability", ["niepełnosprawność"]), ("none", [])]


@pytest.mark.parametrize("text", ["tak", "Tak!", "tak prosze", "jasne", "oczywiście", "oczywiscie", "zgadza sie", "no tak", "ok"])
def test_yes(text):
    assert parse_yes_no(text, lang="pl") is True


@pytest.mark.parametrize("text", ["nie", "Nie dziękuję", "nie dziekuje", "raczej nie", "wolę nie", "absolutnie nie"])
def test_no(text):
    assert parse_yes_no(text, lang="pl") is False


@pytest.mark.parametrize("text", ["nikt nie widział", "tak ale nie teraz"])
def test_neither_yes_nor_no(text):
    assert parse_yes_no(text, lang="pl") is None


@pytest.mark.parametrize("text", ["nie wiem", "Nie wiem, przepraszam", "nie mam pojecia", "pomiń", "pomin", "nie pamiętam", "wolę nie mówić", "nwm"])
def test_skip(text):
    assert is_skip(text, lang="pl")
    assert parse_yes_no(text, lang="pl") is SKIPPED


def test_an_answer_is_not_a_skip():
    assert not is_skip("sąsiad z góry", lang="pl")


@pytest.mark.parametrize("text, code", [("dwa", "religion"), ("opcja trzy", "disability"), ("pierwsza", "race"), ("religia", "religion")])
def test_number_words(text, code):
    assert parse_choice(text, OPTIONS, lang="pl") == code


@pytest.mark.parametrize("text", ["żadne", "zadne", "nic", "żadne z nich"])
def test_none_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang="pl", none_code="none") == []


def test_all_of_these():
    assert parse_multi_choice("wszystkie", OPTIONS, lang="pl", none_code="none") == ["race", "religion", "disability"]


@pytest.mark.parametrize("text, day", [
    ("zeszłej nocy", YESTERDAY),
    ("zeszlej nocy", YESTERDAY),
    ("wczoraj", YESTERDAY),
    ("wczoraj wieczorem", YESTERDAY),
    ("3 dni temu", date(2026, 11, 22)),
    ("trzy dni temu", date(2026, 11, 22)),
    ("tydzien temu", date(2026, 11, 18)),
    ("przedwczoraj", date(2026, 11, 23)),
    ("w zeszły piątek", date(2026, 11, 20)),
    ("w weekend", date(2026, 11, 21)),
    ("14 stycznia", date(2026, 1, 14)),
    ("dostałem list od sąsiada wczoraj", YESTERDAY),
    # misread before: 1 November, 12:11 today, 12 November 2020
    ("12-go listopada", date(2026, 11, 12)),
    ("12.11", date(2026, 11, 12)),
    ("12 listopada o 20", date(2026, 11, 12)),
    ("12 listopada o godz. 20", date(2026, 11, 12)),
    ("około 3 dni temu", date(2026, 11, 22)),
])
def test_one_off_dates(text, day):
    assert parse_when(text, now=NOW, lang="pl").date == day
    assert not parse_when(text, now=NOW, lang="pl").repeated


@pytest.mark.parametrize("text", ["co wieczór od marca", "codziennie wieczorem od marca", "co wieczor od marca"])
def test_every_evening_since_march(text):
    result = parse_when(text, now=NOW, lang="pl")
    assert result.repeated and result.since == date(2026, 3, 1) and result.date is None


def test_for_two_weeks():
    result = parse_when("ciągle od 2 tygodni", now=NOW, lang="pl")
    assert result.repeated and result.since == date(2026, 11, 11)


def test_nie_and_sie_are_not_dates():
    # dateparser alone reads "nie" as Sunday and "sie" as August.
    assert parse_when("to sie dzieje od stycznia", now=NOW, lang="pl").date is None
    assert parse_when("nie wiem kto to byl", now=NOW, lang="pl") in (None, SKIPPED)


@pytest.mark.parametrize("text", [
    "ratunku", "pomocy!", "on ma nóż", "on ma noz", "ktoś się włamuje", "wyważają drzwi",
    "atakują mnie", "pali się", "jestem w niebezpieczeństwie", "są teraz pod moimi drzwiami",
    "zadzwońcie po policję szybko", "pomozcie szybko",
])
def test_danger_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "w zeszłym tygodniu miał nóż i mnie wyzywał", "wczoraj ktoś się włamał do piwnicy",
    "zaatakowali mnie miesiąc temu", "sąsiad groził że podpali dom", "potrzebuję pomocy ze zgłoszeniem",
    "teraz mieszkam w Hanley", "pobili mojego syna w marcu", "chcę zgłosić rasistowskie graffiti",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account("dzień dobry chcę zgłosić przestępstwo z nienawiści", lang="pl")
    assert looks_like_account("sąsiad wyzywa mnie od polaczków każdego wieczoru", lang="pl")
