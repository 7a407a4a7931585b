"""Romanian answers through the real intake parsers and danger rule (lang="ro")."""
from datetime import date, datetime

import pytest

from bot.intake import SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice, parse_when, parse_yes_no
from bot.safety import mentions_danger

NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
YESTERDAY = date(2026, 11, 24)
OPTIONS = [("race", ["rasă"]), ("religion", ["religie"]), ("disability", ["dizabilitate"]), ("none", [])]


@pytest.mark.parametrize("text", ["da", "Da!", "da va rog", "sigur", "desigur", "bineinteles", "de acord", "așa e", "aşa e"])
def test_yes(text):
    assert parse_yes_no(text, lang="ro") is True


@pytest.mark.parametrize("text", ["nu", "Nu mulțumesc", "nu multumesc", "nicidecum", "în niciun caz", "in niciun caz"])
def test_no(text):
    assert parse_yes_no(text, lang="ro") is False


@pytest.mark.parametrize("text", ["nimeni nu a văzut", "da dar nu acum"])
def test_neither_yes_nor_no(text):
    assert parse_yes_no(text, lang="ro") is None


@pytest.mark.parametrize("text", ["nu știu", "nu stiu", "nu ştiu", "Nu știu, scuze", "habar nu am", "sari peste", "nu-mi amintesc", "prefer sa nu spun"])
def test_skip(text):
    assert is_skip(text, lang="ro")
    assert parse_yes_no(text, lang="ro") is SKIPPED


def test_an_answer_is_not_a_skip():
    assert not is_skip("vecinul de sus", lang="ro")


@pytest.mark.parametrize("text, code", [("doi", "religion"), ("opțiunea trei", "disability"), ("primul", "race"), ("religie", "religion")])
def test_number_words(text, code):
    assert parse_choice(text, OPTIONS, lang="ro") == code


@pytest.mark.parametrize("text", ["niciunul", "nimic", "niciuna dintre ele"])
def test_none_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang="ro", none_code="none") == []


def test_all_of_these():
    assert parse_multi_choice("toate", OPTIONS, lang="ro", none_code="none") == ["race", "religion", "disability"]


@pytest.mark.parametrize("text, day", [
    ("aseară", YESTERDAY),
    ("aseara", YESTERDAY),
    ("azi-noapte", YESTERDAY),
    ("ieri", YESTERDAY),
    ("acum 3 zile", date(2026, 11, 22)),
    ("acum trei zile", date(2026, 11, 22)),
    ("acum o saptamana", date(2026, 11, 18)),
    ("alaltăieri", date(2026, 11, 23)),
    ("vinerea trecută", date(2026, 11, 20)),
    ("14 ianuarie", date(2026, 1, 14)),
    ("un grup de tineri ieri seara", YESTERDAY),
    # misread before: 12:11 today, 12 November 2020
    ("12.11", date(2026, 11, 12)),
    ("12 noiembrie la ora 20", date(2026, 11, 12)),
    ("12 noiembrie la 20", date(2026, 11, 12)),
    ("la 12 noiembrie", date(2026, 11, 12)),  # "la" is not always before an hour
    ("sambata, mai pe seara", date(2026, 11, 21)),  # "mai" here is "more", not May
    ("12 mai", date(2026, 5, 12)),
    ("acum vreo 3 zile", date(2026, 11, 22)),  # not today
])
def test_one_off_dates(text, day):
    assert parse_when(text, now=NOW, lang="ro").date == day
    assert not parse_when(text, now=NOW, lang="ro").repeated


def test_mai_demult_is_not_may():
    assert parse_when("mai demult", now=NOW, lang="ro") is None


@pytest.mark.parametrize("text", ["în fiecare seară din martie", "in fiecare seara din martie", "în fiecare seară începând cu martie"])
def test_every_evening_since_march(text):
    result = parse_when(text, now=NOW, lang="ro")
    assert result.repeated and result.since == date(2026, 3, 1) and result.date is None


def test_for_two_weeks():
    result = parse_when("de 2 saptamani zilnic", now=NOW, lang="ro")
    assert result.repeated and result.since == date(2026, 11, 11)


def test_mai_meaning_more_is_not_may():
    assert parse_when("mai ales seara", now=NOW, lang="ro") is None


@pytest.mark.parametrize("text", [
    "ajutor!", "are un cuțit", "are cutit", "cineva încearcă să intre", "sparg ușa", "mă atacă",
    "dau foc la ușă", "sunt în pericol", "sunt la ușă chiar acum", "sunați la poliție acum",
    "ajutati-ma repede",
    # a bare plea, with and without diacritics, and SMS "tz" for "ț"
    "ajutooor!!", "salvați-ne", "ajutatzi-ma va rog", "help me", "SOS",
    # orders to call or send help
    "chemați pompierii, arde scara", "sunati la salvare", "va rog trimiteti politia, sparg usa", "poliția repede",
    # weapons and violence now
    "e cineva cu un cutit in scara", "scoate cuțitul", "mă lovește", "ajutor, ne bat vecinii", "îl bat pe fratele meu",
    "o strâng de gât", "ne atacă în parc", "aruncă cu pietre în noi", "dau cu picioarele în poartă",
    # someone at my home, following me, coming at me, surrounding us
    "e la geamul meu", "el e încă afară", "sunt vreo cinci la poartă", "e o gașcă în fața casei", "mi-e frica, e in curte",
    "vine spre mine", "aleargă după mine", "ne înconjoară", "mă așteaptă afară", "vecinul se întoarce cu prietenii",
    # trapped, hiding, held
    "mă ascund în baie", "suntem încuiați în bucătărie", "ne-am baricadat în dormitor", "mă ține de mână și nu mă lasă",
    # hurt now
    "îi curge sânge din nas", "nu mai respiră", "sunt rănită", "m-au bătut adineauri și sunt încă afară",
    # fire and smoke now
    "e foc în scară", "a luat foc ușa", "e fum în apartament", "ne arde casa", "toarnă benzină pe ușă",
    # danger named
    "viața fiicei mele e în pericol", "nu suntem în siguranță", "e o urgență", "se întâmplă acum",
])
def test_danger_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "acum 3 zile avea un cuțit", "m-a atacat săptămâna trecută", "chiar acum două zile m-au înjurat",
    "vecinul a amenințat că ne dă foc la casă", "am nevoie de ajutor cu sesizarea",
    "au spart geamul luna trecută", "mă injură verbal de luni de zile", "vreau să raportez graffiti rasist",
    # past, threats, reported speech, online
    "m-au amenintat pe instagram ca ma bat", "mi-a zis că mă omoară dacă nu mă mut", "ne amenință că ne dau foc",
    "mi-au luat copilul la protecția copilului acum doi ani", "au intrat în curte și au scris pe gard",
    # what keeps happening (a report), not what is happening now
    "ne bat in perete si ne injura noaptea", "copiii aruncă cu ouă în geamurile noastre pentru că suntem români",
    "vecinii îmi lovesc ușa de două săptămâni", "când ies din casă mă urmărește", "vecinul se întoarce în fiecare seară beat",
    # questions, help with a report, ordinary messages
    "nu acum", "acum sunt bine", "ce se întâmplă acum cu sesizarea?", "am nevoie de ajutor cu formularul",
    "ajutor pentru victime", "puteți suna la poliție pentru mine?", "nu chemați poliția", "e urgent?", "da, e aici",
    "poliția vine acum?", "sunt blocat în lift", "liftul e stricat", "e în casă la mama", "e un bilet la ușă",
    "copiii joaca fotbal si lovesc masina", "mă bate la cap cu gunoiul", "mă atacă alergiile", "nu sunt rănit, doar speriat",
    "vecinul are cuțite în bucătărie", "miroase a fum de la vecini", "mi-e frică de vecini", "arde becul pe scară",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account("bună ziua vreau să raportez un incident de ură", lang="ro")
    assert looks_like_account("vecinul mă înjură în fiecare seară pe scară", lang="ro")
