"""Turn a short message into comparable word tokens."""
import unicodedata

import regex

# Letters with their combining marks, and digits: a "word" in any script
# (Gurmukhi and Arabic vowel signs are marks, which plain \w would split).
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_APOSTROPHES = regex.compile(r"['\u2019\u2018`\u02bc]")
# Polish ł has no decomposition in Unicode, so it is mapped by hand.
_UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L"})
# Arabic-script letters phones type either way, folded to one (hamza and madda on alef,
# Arabic and Persian yeh and kaf typed on each other's keyboards, teh marbuta and heh forms),
# and typographic apostrophes. Used by the NLU's tokenizer (bot/nlu/normalise.py) too.
ARABIC_LETTERS = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
    "ي": "ی", "ى": "ی", "ئ": "ی",
    "ك": "ک",
    "ة": "ه", "ۀ": "ه", "ہ": "ه",
    "ؤ": "و",
    "\u2019": "'", "\u2018": "'", "`": "'",
})


def tokens(text):
    """Lower-case words, apostrophes dropped so "don't" and "dont" match.

    Digits of any script become ASCII: an option number typed as Arabic
    "٣" or Persian "۳" is 3.
    """
    if not isinstance(text, str):
        return []
    return _WORD.findall(ascii_digits(_APOSTROPHES.sub("", text.casefold())))


def ascii_digits(text):
    """Every script's digits as ASCII ("٣", "۳", "੩" are 3)."""
    return "".join(str(unicodedata.decimal(c)) if c.isdecimal() else c for c in text)


def arabic_letters_folded(text):
    """`text` with ARABIC_LETTERS folded, after composing what came as letter and mark
    ("ا" with a combining madda is "آ", so folds as "آ" does)."""
    return unicodedata.normalize("NFC", text).translate(ARABIC_LETTERS)


def without_latin_marks(text):
    """Latin letters without their diacritics, as typed on a phone without them ("proszę" is
    "prosze", "ș" and "ş" are "s"). Marks on other scripts' letters are kept: Gurmukhi's vowel
    signs are combining marks too, and change the word."""
    out = []
    for char in unicodedata.normalize("NFD", text.translate(_UNDECOMPOSED)):
        if unicodedata.combining(char) and out and out[-1].isascii():
            continue
        out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def phrase_tokens(phrases):
    """Each phrase as a tuple of tokens, longest first (longest match wins)."""
    split = {tuple(tokens(p)) for p in phrases}
    return sorted((p for p in split if p), key=len, reverse=True)


def find_phrases(words, phrases):
    """Non-overlapping (start, phrase) matches, scanning left to right."""
    found, i = [], 0
    while i < len(words):
        match = next((p for p in phrases if tuple(words[i:i + len(p)]) == p), None)
        if match:
            found.append((i, match))
            i += len(match)
        else:
            i += 1
    return found


def without(words, drop):
    """The words that are not in `drop`."""
    drop = set(drop)
    return [w for w in words if w not in drop]


# Harakat, Quranic marks, superscript alef and tatweel: absent in most typed messages. The
# zero-width non-joiner too: Persian keyboards put it inside words ("می‌خواهم"), many people
# type the same word without it ("میخواهم").
_ARABIC_MARKS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C]")


def for_matching(text):
    """How the classifier and the option titles (bot/option_labels.py) see a text: the
    spellings phones vary folded to one (bot/nlu/normalise.py says which)."""
    text = unicodedata.normalize("NFKC", text).casefold().translate(ARABIC_LETTERS)
    return ascii_digits(without_latin_marks(_ARABIC_MARKS.sub("", text)))
