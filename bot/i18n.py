"""The localisation layer: every user-facing string outside domain.yml passes through here.

gettext catalogs live in locales/<lang>/LC_MESSAGES/messages.mo (compiled from the committed
.po files by `make i18n-compile`, which `make run` and `make test` do first). Rasa's responses
are translated by bot/nlg.py with the same catalogs, so there is one source of translations.
A language without a compiled catalog falls back to the English msgid, so nothing breaks.
"""
import gettext
from functools import lru_cache
from pathlib import Path

from bot.language.codes import CODES, LATIN

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LANGUAGE = "en"
# The codes the `language` slot may hold (DESIGN.md), in the order menus list them.
LANGUAGES = CODES
# Babel (CLDR) locale per code, for dates and times: British English; Punjabi in Gurmukhi
# (CLDR also has pa_Arab, Shahmukhi, so the script is named); the rest as CLDR names them.
BABEL_LOCALES = {
    "en": "en_GB", "ur": "ur", "pl": "pl", "ro": "ro", "ar": "ar", "ckb": "ckb",
    "pa": "pa_Guru", "fa": "fa",
}
# Urdu typed in Latin letters (Roman Urdu) has a catalog of its own: many who text Roman Urdu
# do not read Nastaliq. The `language` slot stays "ur" (the case and the staff see one code);
# the `reply_script` slot picks this catalog. Its dates are British English: CLDR's Urdu
# month names are in Urdu script.
LATIN_URDU = "ur_Latn"
BABEL_LOCALES[LATIN_URDU] = "en_GB"


def supported(lang: str | None) -> str:
    """`lang` if it is one of ours, else English (a slot value never reaches a file path)."""
    return lang if lang in BABEL_LOCALES else DEFAULT_LANGUAGE


@lru_cache(maxsize=None)
def _catalog(lang: str) -> gettext.NullTranslations:
    return gettext.translation("messages", localedir=LOCALE_DIR, languages=[lang], fallback=True)


def reply_locale(lang: str | None, script: str | None) -> str:
    """The catalog a conversation is answered from: its language's, or Roman Urdu's."""
    return LATIN_URDU if lang == "ur" and script == LATIN else supported(lang)


def reply_locale_of(get_slot) -> str:
    """reply_locale from a conversation's slots: `get_slot` is a tracker's get_slot or a dict's get."""
    return reply_locale(get_slot("language"), get_slot("reply_script"))


def catalogs_of(lang: str | None) -> tuple:
    """Every catalog a reply in `lang` may come from (Urdu's two scripts)."""
    return (supported(lang), LATIN_URDU) if lang == "ur" else (supported(lang),)


def gettext_for(lang: str | None):
    """The `_` function for one conversation's language."""
    return _catalog(supported(lang)).gettext


def ngettext_for(lang: str | None):
    """The plural-aware `ngettext` for one conversation's language."""
    return _catalog(supported(lang)).ngettext


def N_(msgid: str) -> str:
    """Marks a string for extraction without translating it yet (translated at use)."""
    return msgid


def babel_locale(lang: str | None) -> str:
    """Babel's locale for a conversation language."""
    return BABEL_LOCALES[supported(lang)]
