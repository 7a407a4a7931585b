"""Direction isolates around the runs an RTL phone would scramble, and nowhere else."""
import pytest

from bot.bidi import FSI, PDI, for_channel, isolate


@pytest.mark.parametrize("run", [
    "0330 0881 339", "01782 234234", "+44 7700 900123", "HC-2026-00042", "ST4 1HH",
    "https://www.report-it.org.uk/", "customer.feedback@stoke.gov.uk", "18000",
])
def test_each_kind_of_run_is_isolated_whole(run):
    assert isolate(f"اتصل {run} الآن") == f"اتصل {FSI}{run}{PDI} الآن"


def test_sentence_punctuation_stays_outside_the_isolate():
    assert isolate("راجع https://www.usah.co.uk/contact-us.") == f"راجع {FSI}https://www.usah.co.uk/contact-us{PDI}."
    assert isolate("المرجع HC-2026-00042،") == f"المرجع {FSI}HC-2026-00042{PDI}،"


@pytest.mark.parametrize("text", ["أرسل 1 لنعم، أو 2 للا.", "اتصل بـ 999 أو 101", "17:00"])
def test_short_numbers_and_times_are_left_alone(text):
    assert isolate(text) == text


def test_isolating_twice_does_not_nest():
    once = isolate("اتصل 01782 234234")
    assert isolate(once) == once


@pytest.mark.parametrize("lang, channel, isolated", [
    ("ar", "twilio", True), ("ur", "sms", True), ("fa", "telegram", True), ("ckb", "rest", True),
    ("ar", "webchat", False), ("fa", "socketio", False),
    ("pl", "twilio", False), ("pa", "telegram", False), ("en", "sms", False),
])
def test_isolates_only_for_rtl_languages_off_the_web_chat(lang, channel, isolated):
    text = "01782 234234"
    assert (for_channel(text, lang, channel) != text) is isolated
