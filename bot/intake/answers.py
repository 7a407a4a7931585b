"""Short answers: skip, yes/no, one or several numbered options.

Every parser returns its value, None when it cannot tell (the caller asks
again), or SKIPPED when the person chose not to answer (the caller moves on).
"""
import difflib
import enum
from functools import lru_cache

from . import words as W
from .normalise import find_phrases, phrase_tokens, tokens, without


class _Skip(enum.Enum):
    # An enum member: a singleton that is truthy (so `if not result` never
    # mistakes it for None) and prints as SKIPPED in logs and test failures.
    SKIPPED = "skipped"

    def __repr__(self):
        return "SKIPPED"

    __str__ = __repr__


SKIPPED = _Skip.SKIPPED

# Digits in a longer message are more likely counts or times ("3 men at
# 9pm") than option numbers, so only short answers are read as numbers.
_MAX_WORDS_FOR_NUMBERS = 10


def is_skip(text, lang="en"):
    """True when the whole answer says "skip", "don't know", "?" and the like."""
    if not isinstance(text, str):
        return False
    filler = W.for_lang(W.SKIP_FILLER, lang)
    words = without(tokens(text), filler)
    if not words:
        # Nothing but filler and punctuation: a bare "?" means "no idea".
        return "?" in text and not tokens(text.replace("?", ""))
    return tuple(words) in _skip_phrases(lang)


@lru_cache(maxsize=None)
def _skip_phrases(lang):
    """Each language's skip phrases as token tuples, built once: this runs on every message.
    Filler is dropped from both sides, so "prefer not to say" matches."""
    filler = W.for_lang(W.SKIP_FILLER, lang)
    return frozenset(tuple(without(tokens(p), filler)) for p in W.for_lang(W.SKIP, lang))


def parse_yes_no(text, lang="en"):
    """True, False, None (unclear or contradictory) or SKIPPED.

    "1" is yes and "2" is no: the question offered them as 1=Yes 2=No.
    Contradictions ("yes but not now") return None: these answers are often
    consents, where asking again is better than guessing.
    """
    if is_skip(text, lang):
        return SKIPPED
    words = tokens(text)
    found = _polarities(words, lang) + _digit_polarities(words)
    strong = {p for p in found if p != "weak"}
    if len(strong) == 1:
        return strong.pop()
    if not strong and "weak" in found:
        return True
    return None


def bare_yes_no(text, lang="en"):
    """True or False for an answer that is only a yes or a no ("nie", "yes please"), else
    None: in "no voicemail" the no is part of naming an option."""
    words = tokens(text)
    said = phrase_tokens([*W.for_lang(W.YES, lang), *W.for_lang(W.NO, lang), *W.for_lang(W.CHOICE_FILLER, lang)])
    if not words or sum(len(p) for _, p in find_phrases(words, said)) != len(words):
        return None
    answer = parse_yes_no(text, lang)
    return answer if isinstance(answer, bool) else None


def _digit_polarities(words):
    # Only in a short answer ("1", "option 2 please"): in a sentence a digit
    # is a count or a time ("he came 2 times").
    if len(words) > 4:
        return []
    if any(len(w) == 1 and w.isdecimal() and w not in "12" for w in words):
        return [True, False]  # "2 3", "4": options of another question, not a yes or a no
    return [w == "1" for w in words if w in ("1", "2")]


def _polarities(words, lang):
    table = [(p, True) for p in phrase_tokens(W.for_lang(W.YES, lang))]
    table += [(p, False) for p in phrase_tokens(W.for_lang(W.NO, lang))]
    table += [(p, "weak") for p in phrase_tokens(W.for_lang(W.WEAK_YES, lang))]
    table += [(p, None) for p in phrase_tokens(W.for_lang(W.NEUTRAL, lang))]
    table.sort(key=lambda item: len(item[0]), reverse=True)
    meaning = dict(table)
    found = find_phrases(words, [p for p, _ in table])
    return [meaning[p] for _, p in found if meaning[p] is not None]


def parse_choice(text, options, lang="en", named_last=None):
    """The code of one option, None, or SKIPPED.

    `options` is the ordered list of (code, [keywords]) shown as "1 ...",
    "2 ...". Accepts the number, the code, or a keyword in the text; an
    answer that points at two different options is unclear (None), unless
    one of them is `named_last` (see bot.questions.Question.named_last).
    """
    if is_skip(text, lang):
        return SKIPPED
    return only_one(_picked(tokens(text), options, lang, split_digits=False), named_last)


def only_one(codes, named_last=None):
    """The one code named; `named_last` gives way when another is named too."""
    codes = set(codes or ())
    if len(codes) > 1:
        codes.discard(named_last)
    return codes.pop() if len(codes) == 1 else None


def parse_multi_choice(text, options, lang="en", none_code=None):
    """A list of codes in option order, [] for "none", None, or SKIPPED.

    Accepts "1 3", "1,3", "1 and 3", "13", keywords ("race and religion"),
    "all", and "none"/"no". `none_code` is the code of a "none of these"
    option, if one is offered: choosing it returns []; choosing it along
    with other options is contradictory (None).
    """
    if is_skip(text, lang):
        return SKIPPED
    words = tokens(text)
    if tuple(words) in {tuple(tokens(p)) for p in W.for_lang(W.NONE, lang)}:
        return []
    if tuple(words) in {tuple(tokens(p)) for p in W.for_lang(W.ALL, lang)}:
        return [code for code, _ in options if code != none_code]
    codes = _picked(words, options, lang, split_digits=True)
    if not codes:
        return None
    if none_code in codes:
        return [] if codes == {none_code} else None
    return [code for code, _ in options if code in codes]


def _picked(words, options, lang, split_digits):
    """Codes named by number or keyword; None if a number is out of range."""
    numbers = _numbers(words, len(options), lang, split_digits)
    if numbers is None:
        return None
    codes = {options[n - 1][0] for n in numbers}
    codes |= _keyword_codes(words, options)
    if not codes:
        codes = _fuzzy_codes(words, options)
    return codes


def _numbers(words, count, lang, split_digits):
    if len(words) > _MAX_WORDS_FOR_NUMBERS:
        return set()
    numbers = set()
    for word in words:
        if word.isdecimal():
            picked = _digits(word, count, split_digits)
            if picked is None:
                return None
            numbers |= picked
    rest = without(words, W.for_lang(W.CHOICE_FILLER, lang))
    named = W.for_lang(W.NUMBER_WORDS, lang)
    if len(rest) == 1 and rest[0] in named:
        # Number words only as the whole answer: "one" in "no one saw" is not 1.
        numbers.add(named[rest[0]])
    if any(not 1 <= n <= count for n in numbers):
        return None
    return numbers


def _digits(word, count, split_digits):
    # "13" with fewer than 10 options cannot be option 13, so it is read as
    # 1 and 3 (SMS users often drop the space). With 10 or more options it
    # is ambiguous (13, or 1 and 3?), so it is read as the one number 13.
    if split_digits and len(word) > 1 and count < 10:
        digits = {int(d) for d in word}
        return digits if all(1 <= d <= count for d in digits) else None
    number = int(word) if len(word) <= 3 else 0
    return {number} if 1 <= number <= count else None


def _keyword_codes(words, options):
    codes = set()
    for code, keywords in options:
        phrases = phrase_tokens([code.replace("_", " "), *keywords])
        if find_phrases(words, phrases):
            codes.add(code)
    return codes


def _fuzzy_codes(words, options):
    """Forgive typos ("religon", "disabilty") in one-word keywords.

    Only words of 5 letters or more, with the same first letter: short words
    and "mother"/"other" look alike without being a typo of each other.
    """
    codes = set()
    long_words = [w for w in words if len(w) >= 4 and not w.isdecimal()]
    for code, keywords in options:
        targets = [k for k in tokens(" ".join([code.replace("_", " "), *keywords])) if len(k) >= 5]
        if any(_close(w, targets) for w in long_words):
            codes.add(code)
    return codes


def _close(word, targets):
    similar = [t for t in targets if t[0] == word[0]]
    return bool(difflib.get_close_matches(word, similar, n=1, cutoff=0.8))
