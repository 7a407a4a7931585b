import pytest

from bot.intake import SKIPPED, parse_contact, parse_email, parse_uk_phone


@pytest.mark.parametrize("text, e164", [
    ("07911 123456", "+447911123456"),
    ("07911123456", "+447911123456"),
    ("+44 7911 123456", "+447911123456"),
    ("+44 (0)7911 123456", "+447911123456"),
    ("0044 7911 123456", "+447911123456"),
    ("01782 234234", "+441782234234"),
    ("(01782) 234 234", "+441782234234"),
    ("my number is 07911 123456", "+447911123456"),
    ("ring me on 01782 234234 after 6 thanks", "+441782234234"),
])
def test_uk_phone(text, e164):
    assert parse_uk_phone(text) == e164


@pytest.mark.parametrize("text", [
    "07911 12345",  # too short
    "999",
    "hello",
    "",
    None,
    "+48 512 345 678",  # valid, but not a UK number
    "07700 900123",  # Ofcom's drama range: is_valid_number says no, it never rings
])
def test_not_a_uk_phone(text):
    assert parse_uk_phone(text) is None


@pytest.mark.parametrize("text, address", [
    ("sam@example.com", "sam@example.com"),
    ("Sam.Jones@Example.CO.UK", "Sam.Jones@example.co.uk"),
    ("email me at sam+council@mail.example.org thanks", "sam+council@mail.example.org"),
    ("my email is sam@example.com.", "sam@example.com"),
])
def test_email(text, address):
    assert parse_email(text) == address


@pytest.mark.parametrize("text", [
    "sam@", "@example.com", "sam at example dot com", "sam@example", "sam@@example.com",
    "sam@exa mple.com", "", None, "a" * 65 + "@example.com",
])
def test_not_an_email(text):
    assert parse_email(text) is None


@pytest.mark.parametrize("text, found", [
    ("07911 123456", ("phone", "+447911123456")),
    ("my number is 07911 123456", ("phone", "+447911123456")),
    ("sam@example.com", ("email", "sam@example.com")),
    ("email me sam@example.com or 07911123456", ("email", "sam@example.com")),
    ("07911123456 or sam@example.com", ("phone", "+447911123456")),
    ("sam07911123456@example.com", ("email", "sam07911123456@example.com")),
])
def test_contact(text, found):
    assert parse_contact(text) == found


@pytest.mark.parametrize("text", ["skip", "rather not say", "idk"])
def test_contact_skipped(text):
    assert parse_contact(text) is SKIPPED


@pytest.mark.parametrize("text", ["", "my phone", "07911", None])
def test_contact_not_understood(text):
    assert parse_contact(text) is None
