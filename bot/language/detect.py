"""Which of the eight languages a message is in: script check, then lingua, then Roman Urdu words."""
import re
import threading
import unicodedata
from dataclasses import dataclass
from typing import Dict, List, Optional

from bot.language import roman_urdu
from bot.language.scripts import PERSIAN_FORMS, arabic_script_language, script_of

MAX_CHARS = 2000  # a chat message; longer input is cut, so one call stays cheap

_URL = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+", re.IGNORECASE)
_ZWNJ = "\u200c"  # Persian writes it inside words

# lingua knows seven of our eight languages (no Kurdish); Sorani is found by its letters.
_LINGUA_CODES = ("en", "ur", "pl", "ro", "ar", "pa", "fa")
_CANDIDATES = {"latin": ("en", "pl", "ro"), "arabic": ("ar", "fa", "ur"), "gurmukhi": ("pa",)}


@dataclass(frozen=True)
class Detection:
    code: Optional[str]  # None when the text has no letters to judge by
    confidence: float  # 0..1
    method: str  # "script", "lingua", "roman-urdu" or "none"


def _letters_only(token: str) -> str:
    # Letters and combining marks: Gurmukhi and Arabic vowel signs are marks, which regex \w misses.
    return "".join(c for c in token if c == _ZWNJ or unicodedata.category(c)[0] in "LM")


def words(text: str) -> List[str]:
    """The message's words, lower-case, without links, numbers or punctuation."""
    tokens = (_letters_only(t) for t in _URL.sub(" ", text[:MAX_CHARS]).lower().split())
    return [t for t in tokens if t.strip(_ZWNJ)]


def word_count(text: str) -> int:
    return len(text[:MAX_CHARS].split())


_detector = None
_lock = threading.Lock()


def _lingua():
    """Built once, on first use (it loads its models lazily; building it again would reload them)."""
    global _detector
    if _detector is None:
        with _lock:
            if _detector is None:
                from lingua import IsoCode639_1, LanguageDetectorBuilder

                isos = [getattr(IsoCode639_1, c.upper()) for c in _LINGUA_CODES]
                _detector = LanguageDetectorBuilder.from_iso_codes_639_1(*isos).build()
    return _detector


def _lingua_scores(text: str) -> Dict[str, float]:
    return {v.language.iso_code_639_1.name.lower(): v.value
            for v in _lingua().compute_language_confidence_values(text)}


def _best(scores: Dict[str, float], candidates) -> Detection:
    """The best of the candidate languages, its confidence renormalised over the candidates."""
    picked = {c: scores.get(c, 0.0) for c in candidates}
    total = sum(picked.values())
    code = max(picked, key=picked.get)
    return Detection(code, picked[code] / total if total else 0.0, "lingua")


def detect(text: str) -> Detection:
    ws = words(text)
    if not ws:
        return Detection(None, 0.0, "none")
    letters = "".join(ws)
    script = script_of(letters)
    if script == "gurmukhi":
        return Detection("pa", 1.0, "script")
    if script == "arabic":
        by_letters = arabic_script_language(ws)
        if by_letters:
            return Detection(by_letters, 1.0, "script")
        if set(letters) & PERSIAN_FORMS:  # Persian or Urdu spelling, not Arabic
            return _best(_lingua_scores(" ".join(ws)), ("fa", "ur"))
    if script == "other":
        return Detection(None, 0.0, "none")
    if script == "latin" and roman_urdu.looks_roman_urdu(ws):
        share = roman_urdu.score(ws) / len(ws)
        return Detection("ur", min(1.0, 0.6 + share), "roman-urdu")
    return _best(_lingua_scores(" ".join(ws)), _CANDIDATES[script])
