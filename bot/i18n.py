"""The localisation layer: every user-facing string outside domain.yml passes through here.

gettext catalogs live in locales/<lang>/LC_MESSAGES/messages.mo; a language without a
catalog falls back to the English msgid, so nothing breaks before its translation lands.
"""
import gettext
from functools import lru_cache
from pathlib import Path

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locales"
DEFAULT_LANGUAGE = "en"


@lru_cache(maxsize=None)
def _catalog(lang: str) -> gettext.NullTranslations:
    return gettext.translation("messages", localedir=LOCALE_DIR, languages=[lang], fallback=True)


def gettext_for(lang: str | None):
    """The `_` function for one conversation's language."""
    return _catalog(lang or DEFAULT_LANGUAGE).gettext


def N_(msgid: str) -> str:
    """Marks a string for extraction without translating it yet (translated at use)."""
    return msgid


def babel_locale(lang: str | None) -> str:
    """Babel's locale for a conversation language (British English for dates and times)."""
    return {"en": "en_GB"}.get(lang or DEFAULT_LANGUAGE, lang or DEFAULT_LANGUAGE)
