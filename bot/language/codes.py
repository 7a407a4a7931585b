"""The eight conversation languages: codes (the `language` slot's values) and native names."""
from typing import Dict, Tuple

DEFAULT = "en"

# Menu order is this order: the number shown in the menu is the position here, from 1.
NATIVE_NAMES: Dict[str, str] = {
    "en": "English",
    "ur": "اردو",
    "pl": "Polski",
    "ro": "Română",
    "ar": "العربية",
    "ckb": "کوردی (سۆرانی)",
    "pa": "ਪੰਜਾਬੀ",
    "fa": "فارسی",
}
CODES: Tuple[str, ...] = tuple(NATIVE_NAMES)
RIGHT_TO_LEFT = frozenset({"ur", "ar", "ckb", "fa"})
# The `reply_script` slot's value while an Urdu conversation is written in Latin letters.
LATIN = "latin"


def is_supported(code) -> bool:
    return isinstance(code, str) and code in NATIVE_NAMES


def menu_number(code: str) -> int:
    return CODES.index(code) + 1
