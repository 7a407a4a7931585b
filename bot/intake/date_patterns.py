"""Regular-expression rewrites for what dateparser misreads, used by the PATTERN_REWRITES
tables (bot/intake/date_words.py and each language's DATE_WORDS). Each is (pattern,
replacement), applied to the answer after digits are made ASCII."""


def hour_after(*markers: str):
    """A bare hour after one of these words is a time: dateparser read "12 november at 20" as
    12 November 2020, and "jumma 10" as the 10th. Only words that always mean a clock time:
    "about"/"la" also come before "3 days ago" and "12 November"."""
    return (r"(?<!\p{L})(" + "|".join(markers) + r")\s+(\d{1,2})(?![\d:./\p{L}])", r"\1 \2:00")


def hour_before(*words: str):
    """A bare hour before one of these words ("10 baje", Urdu's "10 o'clock") is a time."""
    return (r"(?<![\d:./])(\d{1,2})\s*(" + "|".join(words) + r")(?!\p{L})", r"\1:00 \2")


# "12.11" is 12 November where dates are written with dots (everywhere but in English, where
# it is more often a time); dateparser read it as 12:11 today. Not "20.30": no 30th month.
DOTTED_DATE = (r"(?<![\d.:/])(\d{1,2})\.(0?[1-9]|1[0-2])(?![\d.:/])", r"\1/\2")


def day_month_since(months, since_words, starter: str):
    """"12 march se" (Urdu and Punjabi put "since" after the date): the since-clause starter
    put before the day and month, as the phrase rewrites do for a month alone; otherwise the
    day was left behind and read as this month's ("12 march se" was 12 November)."""
    return (r"(?<![\d:./])(\d{1,2})\s+(" + _either(months) + r")\s+(?:" + _either(since_words)
            + r")(?!\p{L})", starter + r" \1 \2,")


def _either(words) -> str:
    return "|".join(sorted(words, key=len, reverse=True))
