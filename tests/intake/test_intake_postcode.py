import pytest

from bot.intake import SKIPPED, parse_postcode, postcode_district


@pytest.mark.parametrize("text, postcode", [
    ("ST4 1HH", "ST4 1HH"),
    ("st41hh", "ST4 1HH"),
    ("st4  1hh", "ST4 1HH"),
    ("ST1 3LZ.", "ST1 3LZ"),
    ("its st6 5aa thanks", "ST6 5AA"),
    ("Hanley ST1 1HT", "ST1 1HT"),
    ("M1 1AE", "M1 1AE"),
    ("B33 8TH", "B33 8TH"),
    ("CR2 6XH", "CR2 6XH"),
    ("DN55 1PT", "DN55 1PT"),
    ("W1A 0AX", "W1A 0AX"),
    ("ec1a1bb", "EC1A 1BB"),
    ("gir 0aa", "GIR 0AA"),
])
def test_postcode(text, postcode):
    assert parse_postcode(text) == postcode


@pytest.mark.parametrize("text", [
    "ST4", "ST4 1H", "QQ1 1AA", "ST44 1HHH", "ST4 1CC", "12 Church Street", "", None, "Stoke",
])
def test_not_a_postcode(text):
    assert parse_postcode(text) is None


@pytest.mark.parametrize("text", ["don't know", "skip", "not sure"])
def test_postcode_skipped(text):
    assert parse_postcode(text) is SKIPPED


@pytest.mark.parametrize("text, district", [
    ("ST4 1HH", "ST4"), ("st41hh", "ST4"), ("SW1A 1AA", "SW1A"), ("nonsense", None), ("skip", None),
])
def test_district(text, district):
    assert postcode_district(text) == district
