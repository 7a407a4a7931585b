"""Word lists for `dates.parse_when`, keyed by language code.

dateparser knows each language's month and day names; these lists cover what
it does not: everyday phrases, signs that something keeps happening, and the
words that introduce "since when" and "for how long". Phrases are written as
`normalise.tokens` leaves them (lower case, no apostrophes).
"""
from bot.intake.date_patterns import hour_after

# Phrases naming a day relative to today, as days before today.
DAY_PHRASES = {
    "en": {
        "last night": 1, "yesterday night": 1, "tonight": 0, "today": 0,
        "this morning": 0, "this afternoon": 0, "this evening": 0,
        "earlier today": 0, "earlier on": 0, "just now": 0,
        "a minute ago": 0, "few minutes ago": 0, "night before last": 2,
        "the night before last": 2, "day before yesterday": 2,
        "the day before yesterday": 2,
    },
}

# Rewrites into phrases dateparser understands, applied before parsing.
REWRITES = {
    "en": {
        "fortnight": "2 weeks", "couple of": "2", "a couple": "2",
        "a few": "3", "few": "3", "last weekend": "saturday",
        "the weekend": "saturday", "weekend": "saturday",
        "yday": "yesterday", "yest": "yesterday", "2day": "today",
        "the past month": "a month", "the last month": "a month",
        "the past week": "a week", "the last week": "a week",
        "the past year": "a year", "the last year": "a year",
        "2nite": "tonight", "tonite": "tonight", "nite": "night", "lst": "last",
    },
}

# Signs that it has happened more than once, or is still going on.
REPEATED = {
    "en": (
        "every", "keeps", "keep", "kept", "always", "all the time",
        "constantly", "again", "regularly", "repeatedly", "daily", "nightly",
        "weekly", "often", "times", "many times", "loads of times",
        "on and off", "ongoing", "going on", "over and over", "each day",
        "each night", "most days", "most nights", "non stop", "nonstop",
        "since", "everyday", "everynight", "continues", "continuing",
        "again and again", "every time", "week after week",
    ),
}

# A word that starts a "since when" clause ("since March").
SINCE = {"en": ("since", "ever since", "starting from", "started in", "started on")}
# A word that starts a "for how long" clause ("for 2 weeks").
FOR = {"en": ("for the past", "for the last", "over the past", "over the last", "for")}
# Words that end such a clause.
CLAUSE_END = {"en": ("and", "but", "then", "when", "at", "every", "each", "on")}

# "The end of October": a month said with one of these is its last day, not its first.
MONTH_END = {"en": ("end of", "late")}

# "Last year", made the year's number when a month is named ("in march last year").
LAST_YEAR = {"en": ("last year",)}

# An hour said with one of these is after noon: dateparser reads "10 at night" as 10:00.
EVENING = {"en": ("night", "evening")}

# A date that says it is in the future; rolling it back a year would be wrong.
FUTURE = {"en": ("tomorrow", "tmrw", "tmr", "next", "later", "coming", "in")}

# Regular-expression rewrites for what dateparser misreads (bot/intake/date_patterns.py),
# applied before the phrase rewrites; each language adds its own.
PATTERN_REWRITES = {"en": (hour_after("at"),)}

# Month or day names that are also common words ("he may come back"); found
# alone inside a longer message they are more likely the word than the date.
AMBIGUOUS = {"en": ("may", "march", "sat", "sun", "second", "mar", "wed", "jan")}


def _merge_languages() -> None:
    from bot.intake.languages import merge_into

    merge_into(globals(), "DATE_WORDS")


_merge_languages()
