"""Turn a short message into comparable word tokens."""
import unicodedata

import regex

# Letters with their combining marks, and digits: a "word" in any script
# (Gurmukhi and Arabic vowel signs are marks, which plain \w would split).
_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")
_APOSTROPHES = regex.compile(r"['\u2019\u2018`\u02bc]")


def tokens(text):
    """Lower-case words, apostrophes dropped so "don't" and "dont" match.

    Digits of any script become ASCII: an option number typed as Arabic
    "٣" or Persian "۳" is 3.
    """
    if not isinstance(text, str):
        return []
    text = "".join(_ascii_digit(c) for c in _APOSTROPHES.sub("", text.casefold()))
    return _WORD.findall(text)


def _ascii_digit(char):
    return str(unicodedata.decimal(char)) if char.isdecimal() else char


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
