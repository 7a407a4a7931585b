"""Understanding short intake answers (SMS, chat): pure functions, no Rasa.

Each parser returns what it understood, None when it could not (ask again),
or SKIPPED when the person chose not to answer (move on). Word lists are per
language code in `words` and `date_words`; pass `lang` to use them.
"""
from .answers import SKIPPED, bare_yes_no, is_skip, parse_choice, parse_multi_choice, parse_yes_no
from .contact import parse_contact, parse_email, parse_uk_phone
from .dates import When, parse_when
from .postcode import parse_postcode, postcode_district
from .text import clean_free_text, looks_like_account

__all__ = [
    "SKIPPED",
    "When",
    "bare_yes_no",
    "clean_free_text",
    "is_skip",
    "looks_like_account",
    "parse_choice",
    "parse_contact",
    "parse_email",
    "parse_multi_choice",
    "parse_postcode",
    "parse_uk_phone",
    "parse_when",
    "parse_yes_no",
    "postcode_district",
]
