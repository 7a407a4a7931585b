"""Numbered options answered with words of the titles the reporter was shown in their language.

The titles here are rendered the way the reporter sees them (bot/nlg.translate_response over
domain.yml, with the same gettext catalogs) and folded with the classifier's own for_matching,
so no translation is written into these tests but the few hand-written answers at the end.
"""
import copy
import re
from functools import lru_cache
from typing import Dict, List, Set

import pytest
import yaml

from bot import option_labels
from bot.config import PROJECT_ROOT
from bot.i18n import LANGUAGES, gettext_for
from bot.intake import parse_choice, parse_multi_choice
from bot.intake import words as W
from bot.intake.normalise import for_matching, tokens
from bot.interpretation import _own_words, interpret
from bot.nlg import translate_response
from bot.questions import BY_SLOT, QUESTIONS

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"]
CHOICES = [q.slot for q in QUESTIONS if q.kind == "choice"]
MULTIS = [q.slot for q in QUESTIONS if q.kind == "multi"]
# The form asks `confirm` with the summary (actions/summary.py).
RESPONSE = {"confirm": "utter_summary"}
PUNCTUATION = "()[],.;:!?\"'«»„”“"


@lru_cache(maxsize=None)
def _responses():
    return yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]


@lru_cache(maxsize=None)
def shown(slot: str, lang: str) -> List[List[str]]:
    """Each option's titles as the reporter sees them: buttons and numbered text lines."""
    titles: List[List[str]] = [[] for _ in BY_SLOT[slot].options]
    for variation in _responses()[RESPONSE.get(slot, f"utter_ask_{slot}")]:
        response = translate_response(copy.deepcopy(variation), lang)
        for button in response.get("buttons") or []:
            titles[int(button["payload"]) - 1].append(button["title"])
        for line in response["text"].splitlines():
            numbered = re.fullmatch(r"(\d) (.+)", line)
            if numbered:
                titles[int(numbered.group(1)) - 1].append(numbered.group(2))
    assert all(titles), (slot, lang, titles)
    return titles


def folded_words(text: str) -> List[str]:
    return tokens(for_matching(text))


def _filler(lang: str) -> Set[str]:
    return {w for entry in W.for_lang(W.CHOICE_FILLER, lang) for w in folded_words(entry)}


def _owners(slot: str, lang: str) -> Dict[str, List[str]]:
    """Each meaningful folded title word (3+ letters, not filler) and the options it is in."""
    owners: Dict[str, List[str]] = {}
    for (code, _), titles in zip(BY_SLOT[slot].options, shown(slot, lang)):
        for word in {w for t in titles for w in folded_words(t)} - _filler(lang):
            if len(word) > 2:
                owners.setdefault(word, []).append(code)
    return owners


def displayed_words(slot: str, lang: str) -> Dict[str, List[str]]:
    """Each option's words as displayed (diacritics and all) that are in no other option's
    titles, keyed by option code."""
    owners = _owners(slot, lang)
    distinct: Dict[str, List[str]] = {}
    for (code, _), titles in zip(BY_SLOT[slot].options, shown(slot, lang)):
        for word in sorted({w.strip(PUNCTUATION) for t in titles for w in re.split(r"[\s/]+", t)}):
            parts = folded_words(word)
            if len(parts) == 1 and owners.get(parts[0]) == [code]:
                distinct.setdefault(code, []).append(word)
    return distinct


def existing(slot: str, text: str, lang: str):
    """What the parsers read before titles were: the fallback only answers where this is None."""
    question = BY_SLOT[slot]
    if question.kind == "choice":
        return parse_choice(text, question.options, lang)
    return parse_multi_choice(text, question.options, lang, none_code=question.none_code)


def named_by_own_words(slot: str, text: str, lang: str) -> bool:
    """The language's own words (read before the titles) name an option of `text`."""
    own = _own_words(BY_SLOT[slot], lang)
    return bool(own) and parse_choice(text, own, lang) is not None


def expected(slot: str, code: str):
    question = BY_SLOT[slot]
    if question.kind == "choice":
        return code
    return [] if code == question.none_code else [code]


def value(slot: str, text: str, lang: str):
    return interpret(BY_SLOT[slot], text, lang).value


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slot", CHOICES + MULTIS)
def test_a_word_of_one_options_title_names_that_option(slot, lang):
    tried = 0
    for code, words in displayed_words(slot, lang).items():
        for word in words:
            for answer in {word, for_matching(word)}:  # as shown, and typed without diacritics
                if existing(slot, answer, lang) is None:
                    tried += 1
                    assert value(slot, answer, lang) == expected(slot, code), (answer, code)
    assert tried, f"no title word of {slot} in {lang} was left to the titles"


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slot", CHOICES + MULTIS)
def test_a_whole_title_names_its_option(slot, lang):
    titles = shown(slot, lang)
    for (code, _), own in zip(BY_SLOT[slot].options, titles):
        others = {t for other in titles if other is not own for t in other}
        for title in own:
            if title not in others and existing(slot, title, lang) is None:
                assert value(slot, title, lang) == expected(slot, code), title


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slot", CHOICES)
def test_a_choice_answer_naming_two_options_is_not_understood(slot, lang):
    last = BY_SLOT[slot].named_last  # gives way to the other: tested on its own below
    distinct = [words for code, words in displayed_words(slot, lang).items() if code != last]
    if len(distinct) < 2:
        pytest.skip(f"only one option of {slot} in {lang} has a word of its own")
    first, second = distinct[:2]
    answer = f"{first[0]} {second[0]}"
    if existing(slot, answer, lang) is None and not named_by_own_words(slot, answer, lang):
        assert value(slot, answer, lang) is None
    assert interpret(BY_SLOT[slot], answer, lang).problem in (None, "utter_not_understood")


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slot", MULTIS)
def test_several_options_come_back_in_option_order(slot, lang):
    question = BY_SLOT[slot]
    distinct = displayed_words(slot, lang)
    picked = [code for code, _ in question.options if code != question.none_code][-2:]
    answer = " ".join(distinct[code][0] for code in reversed(picked))
    if existing(slot, answer, lang) is None:
        assert value(slot, answer, lang) == picked


@pytest.mark.parametrize("lang", TRANSLATED)
@pytest.mark.parametrize("slot", ["harms", "evidence"])
def test_none_with_another_option_is_not_understood(slot, lang):
    question = BY_SLOT[slot]
    distinct = displayed_words(slot, lang)
    answer = f"{distinct[question.options[0][0]][0]} {distinct[question.none_code][0]}"
    if existing(slot, answer, lang) is None:
        assert value(slot, answer, lang) is None


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_word_several_titles_share_names_no_option(lang):
    tried = 0
    for slot in CHOICES + MULTIS:
        for word, codes in _owners(slot, lang).items():
            if len(codes) > 1 and existing(slot, word, lang) is None:
                tried += 1
                assert value(slot, word, lang) is None, (slot, word, codes)
    assert tried, f"no word is shared by two titles in {lang}"


@pytest.mark.parametrize("slot,text,answer", [
    ("reporter_role", "me", "victim"),
    ("reporter_role", "2", "witness"),
    ("reporter_role", "someone else", "on_behalf"),
    ("location_type", "shared", "communal_area"),
    ("location_type", "area", None),  # a word of the English title, never a keyword
    ("message_safety", "voicemail only", "voicemail"),
    ("confirm", "Send it", "send"),
    ("correction", "when", "when"),
    ("hate_types", "1 3", ["race", "disability"]),
    ("hate_types", "belief", None),
    ("harms", "none", []),
    ("harms", "graffiti and kids", ["graffiti", "children_present"]),
    ("evidence", "Witnesses", ["witnesses"]),
    ("wants", "another", None),
])
def test_english_answers_read_as_before(slot, text, answer):
    assert value(slot, text, "en") == answer
    assert existing(slot, text, "en") == answer


def test_english_never_reads_titles(monkeypatch):
    def fail(*args):
        raise AssertionError("English answers are read by keyword only")

    monkeypatch.setattr(option_labels, "named", fail)
    assert value("location_type", "A shared or communal area", "en") == "communal_area"
    assert value("location_type", "area", "en") is None
    assert value("wants", "another home", "en") is None


@pytest.mark.parametrize("lang,slot,text,answer", [
    ("pl", "reporter_role", "mnie", "victim"),
    ("pl", "reporter_role", "mnię", "victim"),
    ("pl", "reporter_role", "Widziałam to", "witness"),
    ("pl", "reporter_role", "mnie, widziałem to", "witness"),  # "me" gives way
    ("pl", "message_safety", "tylko sms", "texts"),
    ("pl", "message_safety", "tylko", None),
    # Other endings of the title's words: "smsy" for "SMS-y", as people type it
    ("pl", "message_safety", "tylko smsy", "texts"),
    ("pl", "message_safety", "tylko pocztę głosową", "voicemail"),
    ("pl", "message_safety", "smsy", None),  # the SMS-y of options 1 and 2
    ("pl", "perpetrator_relation", "sąsiada", "neighbour"),
    ("ro", "hate_types", "rasei", ["race"]),
    ("ro", "message_safety", "mesagerie", None),  # "mesageria" in option 1, "mesagerie" in 3
    # A bare yes or no to "Is it safe for us to leave you messages?", in every language
    ("pl", "message_safety", "nie", "neither"),
    ("pl", "message_safety", "tak", "both"),
    ("ro", "message_safety", "nu", "neither"),
    ("ar", "message_safety", "لا", "neither"),
    ("fa", "message_safety", "نه", "neither"),
    ("ckb", "message_safety", "نەخێر", "neither"),
    ("pa", "message_safety", "ਨਹੀਂ", "neither"),
    ("ur", "message_safety", "نہیں", "neither"),
    ("en", "message_safety", "yes please", "both"),
    ("en", "message_safety", "no voicemail", None),  # a no that names an option refuses none
    ("pl", "correction", "pomóc", "help"),
    ("pl", "evidence", "zdjęcia i świadkowie", ["photos", "witnesses"]),
    ("pl", "harms", "nic z tych rzeczy", []),
    ("pl", "harms", "dzieci, nic", None),
    ("ro", "reporter_role", "mi s-a intamplat mie", "victim"),
    ("ro", "perpetrator_relation", "un vecin", "neighbour"),
    ("ar", "reporter_role", "حدث لي", "victim"),
    ("ar", "evidence", "شهود", ["witnesses"]),
    ("fa", "location_type", "خانه شورا", "council_home"),
    ("ur", "evidence", "گواہ", ["witnesses"]),
    ("pa", "perpetrator_relation", "ਗੁਆਂਢੀ", "neighbour"),
    ("ckb", "hate_types", "ئایین", ["religion"]),
    # Roman Urdu, by the titles of its own catalog (ur_Latn), in an Urdu conversation
    ("ur", "perpetrator_relation", "ajnabi", "stranger"),
    ("ur", "perpetrator_relation", "council ka kirayedar", "council_tenant"),
])
def test_answers_people_type(lang, slot, text, answer):
    assert value(slot, text, lang) == answer


@pytest.mark.parametrize("lang", TRANSLATED)
def test_a_languages_own_option_words_name_their_option(lang):
    """bot/intake/words.py OPTION_WORDS: each word alone names its option and no other."""
    own = W.for_lang(W.OPTION_WORDS, lang)
    assert own.get("reporter_role"), f"{lang} has no words of its own for who it happened to"
    for slot, by_code in own.items():
        question = BY_SLOT[slot]
        for code, words in by_code.items():
            expected = code if question.kind == "choice" else ([] if code == question.none_code else [code])
            for word in words:
                assert value(slot, word, lang) == expected, (slot, code, word)


@pytest.mark.parametrize("lang,text", [("pl", "tak"), ("ro", "da"), ("ar", "نعم"), ("ckb", "بەڵێ"),
                                       ("pa", "ਹਾਂ"), ("fa", "بله"), ("ur", "جی ہاں"), ("ur", "haan")])
def test_yes_sends_the_summary_in_every_language(lang, text):
    assert value("confirm", text, lang) == "send"
    assert value("confirm", W.for_lang(W.NO, lang)[0], lang) == "change"


def test_the_hand_written_answers_are_in_the_titles():
    """The catalog entries the answers above lean on (if a translation changes, look there)."""
    assert "mnie" in gettext_for("pl")("It happened to me").split()
    assert "pomoc" in gettext_for("pl")(_responses()["utter_ask_correction"][0]["text"]).split("\n6 ")[1]
    assert "شهود" == gettext_for("ar")("Witnesses")
    assert "ajnabi" in gettext_for("ur_Latn")("A stranger").lower()


def test_titles_are_read_once_per_question_and_language():
    option_labels._vocabulary.cache_clear()
    for _ in range(3):
        value("reporter_role", "zgłaszam", "pl")  # a title word, not one of its own words
        value("reporter_role", "xyz", "pl")
    info = option_labels._vocabulary.cache_info()
    assert (info.misses, info.hits) == (1, 5)
    assert option_labels._responses.cache_info().currsize == 1


@pytest.mark.parametrize("slot,text,lang", [
    ("correction", "می‌خواهم آدرس را عوض کنم لطفا", "fa"),  # change the address: not "who" by "را"
])
def test_a_sentence_is_not_read_word_by_word_against_the_titles(slot, text, lang):
    """Asked again rather than given an option the reporter did not mean."""
    assert value(slot, text, lang) is None


@pytest.mark.parametrize("lang,text,role", [
    # "it happened to / with / for my son": the relative names the role, not "to me"
    ("ar", "حدث لابني", "on_behalf"),
    ("fa", "برای پسرم", "on_behalf"),
    ("ur", "بیٹے کے ساتھ", "on_behalf"),
    ("ur", "میرے بیٹے کے ساتھ ہوا ہے کل رات", "on_behalf"),
    ("ur", "mere bete ke sath", "on_behalf"),
    ("pa", "ਮੇਰੇ ਪੁੱਤਰ ਨਾਲ", "on_behalf"),
    # "I am a witness", "I saw": the pronoun does not make it "me"
    ("ur", "میں گواہ ہوں", "witness"),
    ("ur", "main ne dekha", "witness"),
    ("ar", "انا شاهد", "witness"),
    ("fa", "من دیدم", "witness"),
    ("en", "me and my friend", "on_behalf"),  # then asked whether the friend knows
    # "me" alone, or with nothing else named, still is
    ("ur", "میرے ساتھ", "victim"),
    ("ar", "حدث لي", "victim"),
])
def test_me_gives_way_to_the_other_roles(lang, text, role):
    """Question.named_last: the words for "me" come inside the other roles' answers too."""
    assert value("reporter_role", text, lang) == role
