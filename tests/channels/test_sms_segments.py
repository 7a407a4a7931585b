"""GSM-7 versus UCS-2 segment arithmetic and sentence-boundary splitting."""
import pytest

from bot.channels.sms_segments import measure, split_message


@pytest.mark.parametrize("text, encoding, segments", [
    ("a" * 160, "GSM-7", 1),
    ("a" * 161, "GSM-7", 2),           # concatenated: 153 per part
    ("a" * 306, "GSM-7", 2),
    ("a" * 307, "GSM-7", 3),
    ("€" * 80, "GSM-7", 1),            # extension-table characters count double
    ("€" * 81, "GSM-7", 2),
    ("[" + "a" * 159, "GSM-7", 2),
    ("ą" * 70, "UCS-2", 1),            # Polish diacritics force UCS-2
    ("Zażółć gęślą jaźń " * 4, "UCS-2", 2),
    ("ș" * 71, "UCS-2", 2),            # Romanian comma-below s
    ("ک" * 134, "UCS-2", 2),           # Urdu: 67 per concatenated part
    ("ک" * 135, "UCS-2", 3),
    ("é à ü ñ Ç", "GSM-7", 1),          # these accented letters are in the GSM-7 basic set
])
def test_measure(text, encoding, segments):
    m = measure(text)
    assert (m.encoding, m.segments) == (encoding, segments)


def test_emoji_count_as_two_ucs2_units():
    assert measure("🙂" * 35).units == 70 and measure("🙂" * 36).segments == 2


def test_short_text_is_one_message():
    assert split_message("Are you safe right now? Reply 1 for Yes, 2 for No.") == [
        "Are you safe right now? Reply 1 for Yes, 2 for No."]


def test_long_english_splits_on_sentence_boundaries():
    sentences = [f"This is sentence number {i} of a long reply." for i in range(30)]
    parts = split_message(" ".join(sentences))
    assert len(parts) > 1
    assert all(measure(p).segments <= 3 for p in parts)
    assert all(p.endswith(".") for p in parts)  # never cut inside a sentence
    assert " ".join(parts) == " ".join(sentences)


def test_urdu_splits_by_ucs2_size_on_urdu_full_stops():
    sentence = "ہم آپ کی رپورٹ کونسل کی ٹیم کو بھیج دیں گے۔"
    parts = split_message(" ".join([sentence] * 12))
    assert len(parts) > 1
    assert all(measure(p).encoding == "UCS-2" and measure(p).segments <= 3 for p in parts)
    assert all(p.endswith("۔") for p in parts)


def test_one_segment_per_message_when_asked():
    parts = split_message("Polish: zażółć gęślą jaźń. " * 10, max_segments=1)
    assert all(measure(p).units <= 70 for p in parts)


def test_a_word_longer_than_a_message_is_cut():
    parts = split_message("x" * 1000, max_segments=1)
    assert "".join(parts) == "x" * 1000 and all(measure(p).units <= 160 for p in parts)
