import pytest

from bot.intake import SKIPPED, is_skip, parse_choice, parse_multi_choice, parse_yes_no

ROLES = [
    ("victim", ["me", "myself", "happened to me"]),
    ("witness", ["saw", "witness", "seen"]),
    ("on_behalf", ["someone else", "friend", "family", "behalf"]),
]
STRANDS = [
    ("race", ["race", "racist", "racism", "colour"]),
    ("religion", ["religion", "religious", "faith", "muslim"]),
    ("disability", ["disability", "disabled"]),
    ("sexual_orientation", ["gay", "lesbian", "homophobic", "sexuality"]),
    ("transgender", ["trans", "transgender", "transphobic"]),
    ("other", ["other", "something else"]),
]
WITH_NONE = STRANDS + [("none", ["none of these"])]
ELEVEN = [(f"c{i}", [f"word{i}"]) for i in range(1, 12)]


@pytest.mark.parametrize("text", [
    "skip", "Skip.", "SKIP this one", "pass", "don't know", "I dont know", "I don\u2019t know",
    "sorry i dont know", "dunno", "idk", "IDK!!", "not sure", "Not sure when", "no idea",
    "no idea mate", "rather not say", "I'd rather not say", "prefer not to say", "?", "??",
    "can't remember", "dont remember tbh",
])
def test_skip_phrases(text):
    assert is_skip(text)


@pytest.mark.parametrize("text", [
    "", "no", "yes", "I know who did it", "skip the queue at the shop was where it happened",
    "not safe", "rather not", "what?", "1", ".", None,
])
def test_not_skip(text):
    assert not is_skip(text)


@pytest.mark.parametrize("text", [
    "yes", "Yes", "YES!", "y", "Y.", "yeah", "yep", "yup", "ok", "OK", "okay", "sure",
    "Yes please", "yes pls", "please", "correct", "that's right", "thats right", "Thats right!",
    "1", "1.", "option 1", " yes i am ", "yeah go ahead", "I don't mind", "aye", "k",
])
def test_yes(text):
    assert parse_yes_no(text) is True


@pytest.mark.parametrize("text", [
    "no", "No.", "n", "N", "nope", "nah", "Nah mate", "not really", "no thanks", "No thank you",
    "2", "option 2", "I'd rather not", "im not", "not ok", "never", "no please don't",
])
def test_no(text):
    assert parse_yes_no(text) is False


@pytest.mark.parametrize("text, lang, meant", [
    # Consents the model may read as questions (ask_police_options, ask_support): the form
    # keeps them as answers, so the yes or no must be the one the reporter meant.
    ("yes, report it to the police", "en", True), ("no don't tell the police", "en", False),
    ("how do I call the police?", "en", None), ("yes please refer me to USAH", "en", True),
    ("no, how do I report it to the police?", "en", False),
    ("tak, powiedz policji", "pl", True), ("nie, nie mówcie policji", "pl", False),
    ("da, spuneți poliției", "ro", True), ("nu, nu spuneți poliției", "ro", False),
    ("haan police ko batao", "ur", True), ("nahi police ko mat batao", "ur", False),
])
def test_yes_no_in_an_answer_that_reads_as_a_question(text, lang, meant):
    assert parse_yes_no(text, lang) is meant


@pytest.mark.parametrize("text", ["idk", "not sure", "skip", "?", "dont know"])
def test_yes_no_skipped(text):
    assert parse_yes_no(text) is SKIPPED


@pytest.mark.parametrize("text", [
    "", "   ", "maybe", "what do you mean", "yes but not now", "yeah no", "1 no",
    "3", "2 3", "1 4", "no 3", "he hit me", "no one saw",
])
def test_yes_no_unclear(text):
    assert parse_yes_no(text) is None


@pytest.mark.parametrize("text, code", [
    ("1", "victim"), ("2.", "witness"), (" 3 ", "on_behalf"), ("option 2", "witness"),
    ("number 3 please", "on_behalf"), ("two", "witness"), ("Witness", "witness"),
    ("victim", "victim"), ("on behalf", "on_behalf"), ("it happened to me", "victim"),
    ("I saw it", "witness"), ("for my friend", "on_behalf"), ("witnes", "witness"),
    ("3 my friend", "on_behalf"),
])
def test_choice(text, code):
    assert parse_choice(text, ROLES) == code


@pytest.mark.parametrize("text", ["4", "0", "me and my friend", "hmm", "", "1 2", "no one", "99999999999999"])
def test_choice_unclear(text):
    assert parse_choice(text, ROLES) is None


def test_choice_skipped():
    assert parse_choice("not sure", ROLES) is SKIPPED


def test_choice_with_ten_or_more_options_reads_two_digits_as_one_number():
    assert parse_choice("11", ELEVEN) == "c11"
    assert parse_choice("12", ELEVEN) is None


@pytest.mark.parametrize("text, codes", [
    ("1", ["race"]),
    ("1 3", ["race", "disability"]),
    ("1,3", ["race", "disability"]),
    ("1, 3", ["race", "disability"]),
    ("1 and 3", ["race", "disability"]),
    ("3 & 1", ["race", "disability"]),
    ("13", ["race", "disability"]),
    ("race and religion", ["race", "religion"]),
    ("Racist and homophobic", ["race", "sexual_orientation"]),
    ("it was racism i think", ["race"]),
    ("religon", ["religion"]),
    ("rasist and disablity", ["race", "disability"]),
    ("1 and religion", ["race", "religion"]),
    ("none", []),
    ("No", []),
    ("none of them", []),
    ("all", ["race", "religion", "disability", "sexual_orientation", "transgender", "other"]),
])
def test_multi_choice(text, codes):
    assert parse_multi_choice(text, STRANDS) == codes


@pytest.mark.parametrize("text", ["17", "7", "1 7", "0", "10", "blah", "", "ok", "my mother"])
def test_multi_choice_unclear(text):
    assert parse_multi_choice(text, STRANDS) is None


def test_multi_choice_skipped():
    assert parse_multi_choice("dunno", STRANDS) is SKIPPED


def test_multi_choice_none_option():
    assert parse_multi_choice("7", WITH_NONE, none_code="none") == []
    assert parse_multi_choice("none of these", WITH_NONE, none_code="none") == []
    assert parse_multi_choice("1 7", WITH_NONE, none_code="none") is None
    assert parse_multi_choice("all", WITH_NONE, none_code="none") == [c for c, _ in STRANDS]


def test_multi_choice_with_ten_or_more_options_does_not_split_digits():
    assert parse_multi_choice("11", ELEVEN) == ["c11"]
    assert parse_multi_choice("1 11", ELEVEN) == ["c1", "c11"]
    assert parse_multi_choice("13", ELEVEN) is None


def test_unknown_language_falls_back_to_english():
    assert parse_yes_no("yes", lang="pl") is True
    assert is_skip("skip", lang="ckb")


def test_digits_of_other_scripts_are_option_numbers():
    assert parse_choice("\u0663", ROLES) == "on_behalf"  # Arabic-Indic 3
    assert parse_multi_choice("\u06f1 \u06f3", STRANDS) == ["race", "disability"]  # Persian 1 3
    assert parse_yes_no("\u0661") is True
    assert parse_choice("\u00b2", ROLES) is None  # superscript two is not a digit answer
