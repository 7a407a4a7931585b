"""Reads a choice answer against the option titles the reporter was shown, in their language.

The intake parsers (bot/intake/answers.py) know each option's number and English keywords. A
Polish reporter shown "1 To spotkało mnie" who answers "mnie" names option 1 by a word of the
title they read; this finds that. An option is named when the answer is one of its titles
whole, or holds a word or phrase found in that option's titles and in no other option's of the
same question. Words of one or two letters, words several titles share, and the language's
choice filler ("or", "and", "option": bot/intake/words.py CHOICE_FILLER) name nothing, and
title words are looked for only in a short answer (MAX_WORDS).

The titles are what domain.yml's `utter_ask_<slot>` shows: its button titles (payload "1",
"2", ... in option order) and the numbered lines of its text, translated with the gettext
catalogs of bot/i18n.py exactly as bot/nlg.py translates them. bot/nlg.py itself is not
imported: it loads Rasa, which the action server running this does not.
"""
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Set, Tuple

import regex
import yaml

from bot.i18n import catalogs_of, gettext_for, supported
from bot.intake import words as W
from bot.intake.answers import only_one
from bot.intake.normalise import ascii_digits, for_matching, tokens
from bot.questions import Question

DOMAIN = Path(__file__).resolve().parent.parent / "domain.yml"
# The form asks `confirm` with the summary (actions/summary.py), not an utter_ask_ response.
RESPONSES = {"confirm": "utter_summary"}
# "2 I saw it happen": a numbered option line in a response's text.
_NUMBERED_LINE = regex.compile(r"^\s*(\d{1,2})[.)]?\s+(\S.*?)\s*$")
# Beyond a short answer, title words are read only as a whole title: in a sentence the small
# words titles share with it ("it happened to my son" has the "happened" of "it happened to
# me") would pick an option the reporter did not mean. Asked again, they can send a number.
MAX_WORDS = 4

Words = Tuple[str, ...]


def words_of(text: str) -> Words:
    return tuple(tokens(for_matching(text)))


@dataclass(frozen=True)
class _Vocabulary:
    whole: Dict[Words, str]  # a whole title -> its option's code
    phrases: Dict[Words, str]  # a word or phrase of one option's titles only -> its code
    longest: int
    by_option: Dict[str, Set[Words]]  # every word and phrase of each option's titles


def named(question: Question, text: str, lang: str) -> List[str]:
    """The codes of the options `text` names by their titles in `lang`, in option order."""
    codes = tuple(code for code, _ in question.options)
    vocabulary = _vocabulary(question.slot, codes, supported(lang))
    words = words_of(text or "")
    if words in vocabulary.whole:
        return [vocabulary.whole[words]]
    if len(words) > MAX_WORDS:
        return []
    found = {vocabulary.phrases[phrase] for phrase in _phrases(words, vocabulary.longest)
             if phrase in vocabulary.phrases}
    if not found:
        found = _named_by_stems(words, vocabulary)
    return [code for code in codes if code in found]


def _named_by_stems(words: Words, vocabulary: "_Vocabulary") -> Set[str]:
    """The same words with other endings ("tylko smsy" for "Tylko SMS-y"), longest first:
    a run that reads as phrases of two options names neither."""
    for length in range(min(len(words), vocabulary.longest), 0, -1):
        runs = [words[i:i + length] for i in range(len(words) - length + 1)]
        found = {code for code, phrases in vocabulary.by_option.items() for phrase in phrases
                 if len(phrase) == length and any(map(_same_stems, runs, [phrase] * len(runs)))}
        if found:
            return found if len(found) == 1 else set()
    return set()


def _same_stems(said: Words, shown: Words) -> bool:
    return all(_same_stem(a, b) for a, b in zip(said, shown))


def _same_stem(word: str, title_word: str) -> bool:
    """The same word, or one with another ending: Polish "smsy" for "sms", "pocztę" for
    "poczta". They share at least 3 letters and differ only in the last two of either."""
    shared = len(os.path.commonprefix([word, title_word]))
    return word == title_word or (shared >= 3 and shared >= max(len(word), len(title_word)) - 2)


def choice(question: Question, text: str, lang: str) -> Optional[str]:
    """The one option named, or None when none or several are (but see Question.named_last)."""
    return only_one(named(question, text, lang), question.named_last)


def multi_choice(question: Question, text: str, lang: str) -> Optional[List[str]]:
    """The options named, in order; the none option alone is [], with others None (as
    parse_multi_choice reads them); None when nothing is named."""
    codes = named(question, text, lang)
    if not codes:
        return None
    if question.none_code in codes:
        return [] if codes == [question.none_code] else None
    return codes


def option_titles(slot: str, count: int, lang: str) -> List[List[str]]:
    """Each option's titles as `lang` shows them (buttons, then numbered text lines)."""
    translate = gettext_for(lang)
    titles: List[List[str]] = [[] for _ in range(count)]
    for variation in _responses().get(RESPONSES.get(slot, f"utter_ask_{slot}"), []):
        for button in variation.get("buttons") or []:
            _add(titles, button.get("payload"), translate(button.get("title") or ""))
        for line in translate(variation.get("text") or "").splitlines():
            numbered = _NUMBERED_LINE.match(ascii_digits(line))
            if numbered:
                _add(titles, numbered.group(1), numbered.group(2))
    return titles


def _add(titles: List[List[str]], number: object, title: str) -> None:
    number = str(number)
    if number.isdecimal() and 1 <= int(number) <= len(titles) and title.strip():
        titles[int(number) - 1].append(title)


@lru_cache(maxsize=None)
def _vocabulary(slot: str, codes: Sequence[str], lang: str) -> _Vocabulary:
    # Urdu's options are read by their titles in both scripts (bot/i18n.catalogs_of).
    shown_in = [option_titles(slot, len(codes), catalog) for catalog in catalogs_of(lang)]
    titles = [[words_of(title) for shown in per_option for title in shown]
              for per_option in zip(*shown_in)]
    filler = {word for entry in W.for_lang(W.CHOICE_FILLER, lang) for word in words_of(entry)}
    whole = _only_in_one(codes, [set(shown) - {()} for shown in titles])
    every = [_meaningful_phrases(shown, filler) for shown in titles]
    phrases = _only_in_one(codes, every)
    longest = max((len(phrase) for phrase in phrases), default=0)
    return _Vocabulary(whole, phrases, longest, dict(zip(codes, every)))


def _only_in_one(codes: Sequence[str], per_option: List[Set[Words]]) -> Dict[Words, str]:
    """What belongs to exactly one option, mapped to that option's code."""
    owners: Dict[Words, List[str]] = {}
    for code, items in zip(codes, per_option):
        for item in items:
            owners.setdefault(item, []).append(code)
    return {item: found[0] for item, found in owners.items() if len(found) == 1}


def _phrases(words: Words, longest: int) -> Iterator[Words]:
    """Every run of 1 to `longest` consecutive words."""
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + longest) + 1):
            yield words[start:end]


def _meaningful_phrases(titles: List[Words], filler: Set[str]) -> Set[Words]:
    """The runs of words in `titles` that begin and end with a word that means something: not
    one letter ("s a" of Romanian "s-a") nor filler ("lub", "or"), so "sms i" says no more
    than "sms" does. A word alone needs 3 letters: two-letter ones are mostly particles
    ("to", "do", "از", "کی", "في") that say nothing of the option."""
    def means(word: str) -> bool:
        return len(word) > 1 and word not in filler

    return {phrase for title in titles for phrase in _phrases(title, len(title))
            if means(phrase[0]) and means(phrase[-1]) and (len(phrase) > 1 or len(phrase[0]) > 2)}


@lru_cache(maxsize=1)
def _responses() -> Dict[str, list]:
    with DOMAIN.open(encoding="utf-8") as source:
        return yaml.safe_load(source).get("responses") or {}
