"""DESIGN.md's rules for the conversation language, as pure functions over plain values.

Order: an explicit choice (the web page's selector, a menu number right after the menu, a
language asked for by name) always wins; then detection, only from a message of 3 or more
words with high confidence, and never over an explicit choice; hints (Telegram's
language_code, the browser's Accept-Language) only pre-select while nothing is decided.
"""
from dataclasses import dataclass
from typing import Optional

from bot.language.choice import asks_for_menu, menu_answer, named_language
from bot.language.codes import LATIN, is_supported
from bot.language.detect import detect, word_count, words
from bot.language.scripts import own_letters_language, script_of

MIN_WORDS = 3
# Chosen from the measurements in var/bench/langid.md (make bench-langid): at 0.8 every
# 3+ word message in tests/languages/data/langid.tsv that passes is identified correctly,
# while most correctly identified ones still pass; see README "Languages".
MIN_CONFIDENCE = 0.8

EXPLICIT, DETECTED, HINT = "explicit", "detected", "hint"


@dataclass(frozen=True)
class Decision:
    code: Optional[str]  # the conversation language; None while nothing is decided
    source: Optional[str]  # EXPLICIT, DETECTED, HINT or None
    chosen_in_text: bool = False  # the message itself was a choice (not an answer to anything)
    show_menu: bool = False  # the message asked for the language menu


def _primary(code) -> Optional[str]:
    """'pl-PL', 'ur_PK' -> 'pl', 'ur'; unsupported codes -> None."""
    if not isinstance(code, str):
        return None
    primary = code.strip().lower().replace("_", "-").split("-")[0][:8]
    return primary if is_supported(primary) else None


def resolve(current: Optional[str], text: str, *, source: Optional[str] = None,
            explicit: Optional[str] = None, hint: Optional[str] = None,
            menu_shown: bool = False, naming_is_an_answer: bool = False,
            detect_language: bool = True) -> Decision:
    """`naming_is_an_answer`: the question asked was which language (an interpreter's), so
    "yes, Polish" answers it and chooses nothing. `detect_language` False: the question asked
    for a name, a place or a number, which say nothing of the reporter's language ("Leek
    Road, Hanley" is English words whoever writes it)."""
    current = current if is_supported(current) else None
    text = text or ""
    named = None if naming_is_an_answer else named_language(text)
    in_text = (menu_answer(text) if menu_shown else None) or named
    if in_text:
        return Decision(in_text, EXPLICIT, chosen_in_text=True)
    if _primary(explicit):
        return Decision(_primary(explicit), EXPLICIT)
    if asks_for_menu(text):
        return Decision(current, source, show_menu=True)
    if detect_language and source != EXPLICIT and word_count(text) >= MIN_WORDS:
        found = detect(text)
        if found.code and found.confidence >= MIN_CONFIDENCE:
            return Decision(found.code, DETECTED)
    if current is None and detect_language and (letters_say := own_letters_language(words(text))):
        # Shorter than detection needs, but written in letters only one language here uses:
        # a pre-selection, as a hint is (a longer message may still decide otherwise).
        return Decision(letters_say, HINT)
    if current is None and _primary(hint):
        return Decision(_primary(hint), HINT)
    return Decision(current, source if current else None)


def reply_script(language: Optional[str], current: Optional[str], text: str, *,
                 detect_language: bool = True) -> Optional[str]:
    """"latin" while an Urdu conversation is written in Latin letters (Roman Urdu), else None
    (Nastaliq). Decided as the language is: only by a message of MIN_WORDS or more, never by
    a name, a place or a number; then it sticks."""
    if language != "ur":
        return None
    if not detect_language or word_count(text or "") < MIN_WORDS:
        return current
    found = detect(text)
    if found.method == "roman-urdu" and found.confidence >= MIN_CONFIDENCE:
        return LATIN
    if script_of("".join(words(text))) == "arabic":
        return None
    return current


def decide(current: Optional[str], text: str, *, explicit: Optional[str] = None,
           hint: Optional[str] = None, menu_shown: bool = False,
           source: Optional[str] = None) -> Optional[str]:
    """The conversation language after this message (None while nothing is decided)."""
    return resolve(current, text, source=source, explicit=explicit, hint=hint,
                   menu_shown=menu_shown).code
