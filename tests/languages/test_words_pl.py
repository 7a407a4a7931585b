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
    # pleas and calls for the police, with and without diacritics
    "ratujcie nas", "pomóżcie mi!!", "pomozcie mi natychmiast", "na pomoc!", "pilne!", "dzwońcie po pogotowie",
    "wezwijcie straz pozarna", "przyślijcie radiowóz natychmiast", "karetka proszę", "zadzwoń na 112",
    # violence going on, someone following, taken
    "dwóch facetów kopie mojego brata na chodniku", "on mnie bije", "sasiad rzuca sie na mnie z piesciami",
    "chlopaki gonia mojego syna", "ktoś mnie śledzi od przystanku", "szarpią mnie za hidżab",
    "teraz mnie wyzywają i popychają", "w tej chwili plują na mnie", "otoczyli nas pod blokiem",
    "wciągają ją do samochodu", "porwali moją córkę",
    # weapons now
    "ten typ ma nóż w ręku", "ten typ ma noz w reku", "stoją pod blokiem z maczetami",
    "jakiś facet celuje do mnie z pistoletu", "strzelają pod blokiem", "biją się z nożami pod sklepem",
    # at the door, in the home, breaking in
    "oni tu są", "napastnik jest w środku", "obcy facet na klatce", "ktoś obcy w kuchni",
    "ktoś stoi za drzwiami i nie odchodzi", "sąsiad wali siekierą w drzwi", "wywazaja nam drzwi",
    "łomoczą do drzwi", "ktoś szarpie klamkę", "zaraz tu wejdą",
    # fire
    "pali się nasz dom", "płonie samochód pod domem", "czuję spaleniznę na klatce",
    "wylewają benzynę na drzwi", "właśnie podpalili nam śmietnik",
    # hurt now
    "córka krwawi z głowy", "maz lezy na chodniku i nie oddycha", "jestem ranny, leci mi krew",
    "ktoś leży nieprzytomny na ulicy", "szybko, ktoś się dusi", "sąsiad właśnie dźgnął mojego męża",
    # hiding, trapped
    "ja się chowam w piwnicy", "zamknęliśmy się w łazience", "nie mam dokąd uciec",
    "nie pozwalają mi wyjść z auta", "nie jestesmy bezpieczni",
])
def test_danger_now(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "w zeszłym tygodniu miał nóż i mnie wyzywał", "wczoraj ktoś się włamał do piwnicy",
    "zaatakowali mnie miesiąc temu", "sąsiad groził że podpali dom", "potrzebuję pomocy ze zgłoszeniem",
    "teraz mieszkam w Hanley", "pobili mojego syna w marcu", "chcę zgłosić rasistowskie graffiti",
    # past, a threat of later harm, a habit, a setting or a reason: a report
    "wczoraj ktoś mnie pobił", "grozili że nas pobiją", "powiedział że podpali nam dom",
    "byłam nieprzytomna po ataku w marcu", "syn był ranny w zeszłym miesiącu", "rzucili kamieniem w okno tydzień temu",
    "dzieci w szkole biją moją córkę", "sasiad codziennie wali w sciane", "sąsiad mnie śledzi od miesięcy",
    "śledzi mnie na facebooku", "chcę zgłosić że sąsiad mnie bije", "on wrócił i znowu nas wyzywa",
    "sąsiad ciągle stoi pod moim oknem i się gapi", "krzyczą żebyśmy wracali do polski i teraz boję się wychodzić",
    # asking, help with a report, the police as a topic
    "szukam pomocy prawnej", "pomóżcie mi wypełnić formularz", "pomocy, nie wiem jak wypełnić formularz",
    "jak wezwać policję", "czy mam dzwonić na 999", "nie dzwońcie na policję", "dzwońcie na 07700 900111",
    "policja przyjechała szybko", "dajcie policji znać", "to nie jest pilne, ale chcę zgłosić", "chcę alarm do domu",
    # repairs, noise, smoke and light, idioms, fear in general, safe at home
    "winda się zepsuła", "rozwala mi się dom", "na klatce pali się światło cały dzień",
    "sąsiad pali papierosy na balkonie i dym leci do mnie", "sąsiad pali śmieci w ogrodzie", "ogień w kominku",
    "dzieci sąsiadów krzyczą pod oknem", "boję się sąsiadów", "nie czuję się bezpiecznie", "tu już nie jest bezpiecznie",
    "goni mnie czas", "ta praca mnie zabije", "serce mi krwawi", "zamknęłam się w sobie", "ukrywam się z tym że jestem gejem",
    "ciągnie mnie do polski", "policja nie reaguje", "teraz grozi mi eksmisja", "zaraz wrócę", "zaraz po szkole mnie pobili",
    "syn wrócił ze szpitala, teraz jest w domu", "mam nóż w kuchni", "jedyny ratunek to przeprowadzka",
    "opieka zabrała mi dziecko", "nie mogę wyjść z szoku", "jest tu tłumacz?", "oni są tu nielegalnie",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account("dzień dobry chcę zgłosić przestępstwo z nienawiści", lang="pl")
    assert looks_like_account("sąsiad wyzywa mnie od polaczków każdego wieczoru", lang="pl")
