"""Any text at all, up to 5,000 characters: no parser raises, and each
returns only what its docstring promises."""
import datetime as dt
import os
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot.intake import (
    SKIPPED, When, clean_free_text, is_skip, looks_like_account, parse_choice, parse_contact,
    parse_email, parse_multi_choice, parse_postcode, parse_uk_phone, parse_when, parse_yes_no,
    postcode_district,
)

NOW = dt.datetime(2026, 11, 25, 14, 0)
OPTIONS = [("race", ["race", "racist"]), ("religion", ["religion"]), ("other", ["other"]), ("none", ["none"])]
CODES = [code for code, _ in OPTIONS]
POSTCODE = re.compile(r"^[A-Z0-9]{2,4} [0-9][A-Z]{2}$")

# Arbitrary text, and text built from the words these parsers look for, so
# the examples reach past the "nothing understood" path.
FRAGMENTS = st.sampled_from([
    "yes", "no", "not", "skip", "1", "2", "13", "0", "99", "and", ",", "?", "since", "for",
    "every", "last night", "March", "12/03", "29/02", "2026", "tomorrow", "may", "3 days ago",
    "07911 123456", "+44", "sam@example.com", "@", ".", "ST4 1HH", "st41hh", "GIR 0AA",
    "race", "religon", "none", "all", "\n", "\x00", "\u200c", "\u0645", " ", "I want to report",
])
TEXT = st.one_of(
    st.text(max_size=5000),
    st.lists(FRAGMENTS, max_size=40).map(" ".join),
    st.lists(FRAGMENTS, max_size=10).map("".join),
)
RUN = settings(max_examples=int(os.environ.get("INTAKE_FUZZ_EXAMPLES", 150)), deadline=None, suppress_health_check=[HealthCheck.too_slow])


@RUN
@given(TEXT)
def test_answers(text):
    assert isinstance(is_skip(text), bool)
    assert parse_yes_no(text) in (True, False, None, SKIPPED)
    assert parse_choice(text, OPTIONS) in CODES + [None, SKIPPED]
    chosen = parse_multi_choice(text, OPTIONS, none_code="none")
    if isinstance(chosen, list):
        assert chosen == [c for c in CODES if c in chosen] and "none" not in chosen
    else:
        assert chosen in (None, SKIPPED)


@RUN
@given(TEXT)
def test_when(text):
    found = parse_when(text, now=NOW)
    if found in (None, SKIPPED):
        return
    assert isinstance(found, When) and found.text == text
    assert isinstance(found.repeated, bool)
    assert found.date is None or found.date <= NOW.date()
    assert found.since is None or found.since <= NOW.date()
    assert found.date or found.repeated


@RUN
@given(TEXT)
def test_contact(text):
    phone = parse_uk_phone(text)
    assert phone is None or re.fullmatch(r"\+44\d{9,10}", phone)
    email = parse_email(text)
    assert email is None or (email.count("@") == 1 and len(email) <= 254)
    found = parse_contact(text)
    if found not in (None, SKIPPED):
        kind, value = found
        assert (kind, re.fullmatch(r"\+44\d{9,10}", value) is not None) in (("phone", True), ("email", False))


@RUN
@given(TEXT)
def test_postcode(text):
    found = parse_postcode(text)
    assert found in (None, SKIPPED) or POSTCODE.match(found)
    district = postcode_district(text)
    assert district is None or found.startswith(district + " ")


@RUN
@given(TEXT, st.integers(min_value=1, max_value=5000))
def test_text(text, max_len):
    cleaned = clean_free_text(text, max_len=max_len)
    assert cleaned is None or (0 < len(cleaned) <= max_len and cleaned == cleaned.strip())
    assert cleaned is None or not any(ord(c) < 32 and c != "\n" for c in cleaned)
    assert isinstance(looks_like_account(text), bool)
