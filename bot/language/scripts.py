"""What a writing system alone says: Gurmukhi is Punjabi; Sorani and Urdu have letters of their own.

Hand-written because no library we can use tells these apart: lingua has no Kurdish, and for
Arabic-script text a handful of letters settle the question faster and more surely than n-grams.
"""
from typing import Optional

GURMUKHI = (0x0A00, 0x0A7F)
ARABIC_BLOCKS = ((0x0600, 0x06FF), (0x0750, 0x077F), (0xFB50, 0xFDFF), (0xFE70, 0xFEFF))

# Letters Sorani uses and Arabic, Persian and Urdu do not (ھ is shared with Urdu, so it is not here).
SORANI_LETTERS = frozenset("ێۆڕڵەڤ")
# Sorani spelling habits: a word-initial ئ before a vowel, and وو for a long u.
SORANI_MARKS = ("ئ", "وو")
# Letters Urdu uses and Arabic and Persian do not (checked after Sorani, which shares ھ):
# ہ is Urdu's own heh (Persian and Arabic write ه).
URDU_LETTERS = frozenset("ٹڈڑںےۓھہۃ")
# Persian (and Urdu) letters Arabic lacks, and the Persian forms of yeh and keheh.
PERSIAN_LETTERS = frozenset("پچژگ")
PERSIAN_FORMS = frozenset("یک")
# Letters, or letter forms, written in Arabic and not in Persian.
ARABIC_ONLY = frozenset("يكةىإ")


def _in(ch: str, *ranges) -> bool:
    cp = ord(ch)
    return any(lo <= cp <= hi for lo, hi in ranges)


def script_of(letters: str) -> str:
    """'gurmukhi', 'arabic', 'latin' or 'other', by the majority of the letters."""
    gurmukhi = sum(_in(c, GURMUKHI) for c in letters)
    arabic = sum(_in(c, *ARABIC_BLOCKS) for c in letters)
    latin = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters)
    best = max((gurmukhi, "gurmukhi"), (arabic, "arabic"), (latin, "latin"))
    return best[1] if best[0] else "other"


def _sorani_spelling(words) -> bool:
    return any(w.startswith(SORANI_MARKS[0]) or SORANI_MARKS[1] in w for w in words)


def arabic_script_language(words) -> Optional[str]:
    """ckb or ur when their own letters appear, fa for پ چ ژ گ, ar for Arabic-only forms; else None.

    Persian's ی and ک alone settle nothing: Urdu writes them too (lingua decides those).
    """
    chars = set("".join(words))
    own = _own_letters(chars)
    if own == "ckb" or _sorani_spelling(words):
        return "ckb"
    if own:
        return own
    persian = bool(chars & (PERSIAN_LETTERS | PERSIAN_FORMS))
    arabic = bool(chars & ARABIC_ONLY)
    if chars & PERSIAN_LETTERS and not arabic:
        return "fa"
    if arabic and not persian:
        return "ar"
    return None


def _own_letters(chars) -> Optional[str]:
    """ckb or ur by letters only that language writes."""
    if chars & SORANI_LETTERS:
        return "ckb"
    return "ur" if chars & URDU_LETTERS else None


def own_letters_language(words) -> Optional[str]:
    """pa, ckb or ur when the words are written in letters only that language uses here, even
    one word of them ("ਹੈਲੋ", "سڵاو", "شکریہ"); else None. Not Persian or Arabic: their letters
    are shared (Urdu writes پ چ ژ گ, Persian and Urdu ی and ک)."""
    letters = "".join(words)
    script = script_of(letters)
    if script == "gurmukhi":
        return "pa"
    return _own_letters(set(letters)) if script == "arabic" else None
