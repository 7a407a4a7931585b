"""UK postcodes: the shape only.

Whether a postcode exists needs Royal Mail's address file (or a service
such as postcodes.io); the shape check catches typing slips, and staff
confirm the address when they call back.
"""
import regex

from .answers import SKIPPED, is_skip

# The standard shape (as published with the UK government's data standards
# for postcodes), with optional space and case-insensitive: outward code
# A9, A99, AA9, AA99, A9A or AA9A, then inward code 9AA; plus Girobank's GIR 0AA.
_OUTWARD = (
    r"[A-PR-UWYZ](?:[0-9][0-9]?|[A-HK-Y][0-9][0-9]?|[0-9][A-HJKPSTUW]|[A-HK-Y][0-9][ABEHMNPRVWXY])"
)
_INWARD = r"[0-9][ABD-HJLNP-UW-Z]{2}"
_POSTCODE = regex.compile(
    r"(?<![A-Za-z0-9])(?:(?P<out>GIR)\s{0,3}(?P<in>0AA)|(?P<out>" + _OUTWARD + r")\s{0,3}(?P<in>" + _INWARD + r"))(?![A-Za-z0-9])",
    regex.IGNORECASE,
)


def parse_postcode(text, lang="en"):
    """The first postcode-shaped code in `text` ("ST4 1HH"), None, or SKIPPED."""
    if not isinstance(text, str):
        return None
    match = _POSTCODE.search(text)
    if match:
        return f"{match['out'].upper()} {match['in'].upper()}"
    return SKIPPED if is_skip(text, lang) else None


def postcode_district(postcode):
    """The outward code ("ST4" for "ST4 1HH"), or None if it is not a postcode."""
    found = parse_postcode(postcode)
    return found.split(" ")[0] if isinstance(found, str) else None
