"""A safe phone number or email address, found in a short message."""
import phonenumbers
import regex

from .answers import SKIPPED, is_skip

# A regex is enough here because the address is not validated by syntax
# alone: the officer uses it, and the summary the reporter confirms shows it
# back to them. The pattern is deliberately simple and bounded (RFC 5321
# lengths: 64 before the @, 253 after) so it cannot backtrack badly on long
# input; it rejects rare-but-legal forms (quoted local parts, IP literals)
# that nobody types into an SMS.
_EMAIL = regex.compile(
    r"(?<![\w.+-])"
    r"([A-Za-z0-9!#$%&*+/=?^_`{|}~-]{1,64}(?:\.[A-Za-z0-9!#$%&*+/=?^_`{|}~-]{1,64}){0,8})"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.){1,8}[A-Za-z]{2,63})"
    r"(?![\w-])"
)
# A UK number (+44): the council calls back from a UK service.
_UK_CODE = 44


def parse_email(text):
    """The first email address in `text`, domain lower-cased, or None."""
    if not isinstance(text, str):
        return None
    found = _first_email(text)
    return found[1] if found else None


def _first_email(text):
    """(position, address) of the first plausible address, or None."""
    for match in _EMAIL.finditer(text):
        local, domain = match.group(1), match.group(2).lower()
        if len(local) <= 64 and len(local) + len(domain) < 254:
            return match.start(), f"{local}@{domain}"
    return None


def parse_uk_phone(text):
    """The first valid UK phone number in `text`, in E.164, or None.

    phonenumbers finds it inside a sentence ("call me on 07911 123456")
    and accepts national and +44 forms. Numbers it does not call valid are
    refused, including Ofcom's drama range (07700 900xxx), which never rings.
    """
    if not isinstance(text, str):
        return None
    found = _first_phone(text)
    return found[1] if found else None


def _first_phone(text):
    """(position, E.164) of the first valid UK number, or None."""
    try:
        for match in phonenumbers.PhoneNumberMatcher(text, "GB"):
            number = match.number
            if number.country_code == _UK_CODE and phonenumbers.is_valid_number(number):
                e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
                return match.start, e164
    except phonenumbers.NumberParseException:
        return None
    return None


def parse_contact(text, lang="en"):
    """("phone", e164), ("email", address), None, or SKIPPED.

    When both are given, the one written first wins: people tend to put the
    way they prefer first.
    """
    if not isinstance(text, str):
        return None
    if is_skip(text, lang):
        return SKIPPED
    email = _first_email(text)
    # Digits inside an address ("sam07911123456@...") are not a phone number.
    phone = _first_phone(_EMAIL.sub(lambda m: " " * len(m[0]), text))
    first = min((f for f in ((phone, "phone"), (email, "email")) if f[0]), default=None)
    return (first[1], first[0][1]) if first else None
