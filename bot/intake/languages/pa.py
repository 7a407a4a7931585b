"""Punjabi (pa) in Gurmukhi, as typed on phones: "ਪਤਾ ਨਹੀਂ", "ਹਾਂ ਜੀ", "ਕੱਲ੍ਹ ਰਾਤ".

Spelling varies in ways a reader ignores but a string comparison does not: the nukta letters
(ਫ਼ ਖ਼ ਜ਼ ਸ਼) come precomposed, decomposed (ਫ + ਼) or without the dot, and many people drop
the addak (ੱ) or the final nasal (ਨਹੀਂ / ਨਹੀ). `_spellings` lists each phrase in all of these.
Punjabi puts "since" after the date ("ਮਾਰਚ ਤੋਂ"), so REWRITES turn it into "ਜਦੋਂ ਤੋਂ ਮਾਰਚ".
"""
from bot.intake.spelling import expand_keys
from bot.intake.date_patterns import DOTTED_DATE, day_month_since, hour_before

_NUKTA = "\u0a3c"
# Precomposed nukta letters and their base letter: ਸ਼ ਖ਼ ਗ਼ ਜ਼ ਫ਼ ਲ਼.
_PRECOMPOSED = {
    "\u0a36": "\u0a38", "\u0a59": "\u0a16", "\u0a5a": "\u0a17",
    "\u0a5b": "\u0a1c", "\u0a5e": "\u0a2b", "\u0a33": "\u0a32",
}
_DECOMPOSE = str.maketrans({k: v + _NUKTA for k, v in _PRECOMPOSED.items()})
_DROP_NUKTA = str.maketrans({**_PRECOMPOSED, _NUKTA: None})


def _spellings(phrases):
    """Each phrase with precomposed, decomposed and no nukta, and without addak; order kept."""
    out = []
    for p in phrases:
        for v in (p, p.translate(_DECOMPOSE), p.translate(_DROP_NUKTA)):
            out += [v, v.replace("\u0a71", "")]
    return tuple(dict.fromkeys(out))


WORDS = {
    "SKIP": _spellings((
        "ਪਤਾ ਨਹੀਂ", "ਪਤਾ ਨਹੀ", "ਪਤਾ ਨੀ", "ਪਤਾ ਨਈਂ", "ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ", "ਮੈਨੂੰ ਪਤਾ ਨਹੀਂ",
        "ਨਹੀਂ ਪਤਾ", "ਕੀ ਪਤਾ", "ਕੋਈ ਪਤਾ ਨਹੀਂ", "ਯਾਦ ਨਹੀਂ", "ਮੈਨੂੰ ਯਾਦ ਨਹੀਂ", "ਚੇਤਾ ਨਹੀਂ",
        "ਮੈਨੂੰ ਚੇਤੇ ਨਹੀਂ", "ਯਕੀਨ ਨਹੀਂ", "ਪੱਕਾ ਨਹੀਂ ਪਤਾ", "ਅੰਦਾਜ਼ਾ ਨਹੀਂ", "ਕੋਈ ਅੰਦਾਜ਼ਾ ਨਹੀਂ",
        "ਭੁੱਲ ਗਿਆ", "ਭੁੱਲ ਗਈ", "ਨਹੀਂ ਜਾਣਦਾ", "ਨਹੀਂ ਜਾਣਦੀ", "ਰੱਬ ਜਾਣੇ", "ਛੱਡੋ", "ਛੱਡ ਦਿਓ",
        "ਰਹਿਣ ਦਿਓ", "ਅਗਲਾ", "ਅਗਲਾ ਸਵਾਲ", "ਨਹੀਂ ਦੱਸਣਾ", "ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦਾ",
        "ਨਹੀਂ ਦੱਸਣਾ ਚਾਹੁੰਦੀ", "ਸਕਿੱਪ",
    )),
    "SKIP_FILLER": _spellings((
        "ਜੀ", "ਸੌਰੀ", "ਮਾਫ਼", "ਕਰਨਾ", "ਕਰੋ", "ਵੀਰ", "ਭੈਣ", "ਬੱਸ", "ਸੱਚੀ", "ਸੱਚ", "ਮੈਂ",
        "ਮੈਨੂੰ", "ਕਦੋਂ", "ਕਿੱਥੇ", "ਕੌਣ", "ਕੀ", "ਇਹ", "ਉਹ", "ਸਵਾਲ", "ਹੈ", "ਸੀ", "ਹੁਣ", "ਤਾਂ",
        "ਯਾਰ", "ਜਵਾਬ",
    )),
    "YES": _spellings((
        "ਹਾਂ", "ਹਾਂ ਜੀ", "ਹਾਂਜੀ", "ਹਾ ਜੀ", "ਹਾਂ ਹਾਂ", "ਜੀ", "ਜੀ ਹਾਂ", "ਬਿਲਕੁਲ", "ਠੀਕ ਹੈ",
        "ਠੀਕ ਏ", "ਠੀਕ ਆ", "ਠੀਕ", "ਸਹੀ", "ਸਹੀ ਹੈ", "ਸਹੀ ਆ", "ਜ਼ਰੂਰ", "ਜਰੂਰ", "ਕਿਉਂ ਨਹੀਂ",
        "ਓਕੇ", "ਪੱਕਾ", "ਮਨਜ਼ੂਰ ਹੈ", "ਕੋਈ ਗੱਲ ਨਹੀਂ", "ਕੋਈ ਇਤਰਾਜ਼ ਨਹੀਂ", "ਕਰ ਦਿਓ", "ਚੱਲੋ ਠੀਕ",
    )),
    "NO": _spellings((
        "ਨਹੀਂ", "ਨਹੀ", "ਨਈਂ", "ਨੀ", "ਨਾ", "ਨਾਂ", "ਨਹੀਂ ਜੀ", "ਜੀ ਨਹੀਂ", "ਨਾ ਜੀ", "ਬਿਲਕੁਲ ਨਹੀਂ",
        "ਨਹੀਂ ਧੰਨਵਾਦ", "ਹਾਲੇ ਨਹੀਂ", "ਅਜੇ ਨਹੀਂ", "ਹੁਣ ਨਹੀਂ", "ਗ਼ਲਤ", "ਗ਼ਲਤ ਹੈ", "ਠੀਕ ਨਹੀਂ",
        "ਸਹੀ ਨਹੀਂ", "ਨਾ ਕਰੋ", "ਕਦੇ ਨਹੀਂ", "ਨਹੀਂ ਚਾਹੁੰਦਾ", "ਨਹੀਂ ਚਾਹੁੰਦੀ", "ਨਹੀਂ ਸੀ",
        "ਨਹੀਂ ਕੀਤਾ", "ਉੱਕਾ ਨਹੀਂ",
    )),
    "WEAK_YES": _spellings(("ਕਿਰਪਾ ਕਰਕੇ", "ਮਿਹਰਬਾਨੀ", "ਧੰਨਵਾਦ", "ਸ਼ੁਕਰੀਆ", "ਪਲੀਜ਼")),
    "NEUTRAL": _spellings(("ਕੋਈ ਨਹੀਂ", "ਕਿਸੇ ਨੇ ਨਹੀਂ", "ਪਤਾ ਨਹੀਂ", "ਨਹੀਂ ਪਤਾ", "ਯਕੀਨ ਨਹੀਂ")),
    "NONE": _spellings((
        "ਨਹੀਂ", "ਕੋਈ ਨਹੀਂ", "ਕੋਈ ਵੀ ਨਹੀਂ", "ਕੁਝ ਨਹੀਂ", "ਕੁਝ ਵੀ ਨਹੀਂ", "ਇਹਨਾਂ ਵਿੱਚੋਂ ਕੋਈ ਨਹੀਂ",
        "ਨਹੀਂ ਧੰਨਵਾਦ",
    )),
    "ALL": _spellings(("ਸਭ", "ਸਾਰੇ", "ਸਾਰੀਆਂ", "ਸਭ ਕੁਝ", "ਸਾਰੇ ਹੀ", "ਇਹ ਸਾਰੇ", "ਸਭ ਦੇ ਸਭ")),
    "CHOICE_FILLER": _spellings((
        "ਨੰਬਰ", "ਆਪਸ਼ਨ", "ਵਾਲਾ", "ਵਾਲੀ", "ਅਤੇ", "ਤੇ", "ਜਾਂ", "ਵੀ", "ਜੀ", "ਧੰਨਵਾਦ", "ਠੀਕ",
        "ਹੈ", "ਦੋਵੇਂ", "ਮੈਂ", "ਚੁਣਦਾ", "ਚੁਣਦੀ", "ਹਾਂ",
    )),
    "NUMBER_WORDS": expand_keys(_spellings, {
        "ਇੱਕ": 1, "ਇਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6, "ਸੱਤ": 7,
        "ਅੱਠ": 8, "ਨੌਂ": 9, "ਨੌ": 9, "ਦਸ": 10, "ਪਹਿਲਾ": 1, "ਪਹਿਲੀ": 1, "ਦੂਜਾ": 2, "ਦੂਜੀ": 2,
        "ਤੀਜਾ": 3, "ਤੀਜੀ": 3, "ਚੌਥਾ": 4, "ਚੌਥੀ": 4, "ਪੰਜਵਾਂ": 5, "ਪੰਜਵੀਂ": 5,
    }),
    "OPENER": _spellings((
        "ਸਤ", "ਸਤਿ", "ਸ੍ਰੀ", "ਸ਼੍ਰੀ", "ਅਕਾਲ", "ਹੈਲੋ", "ਨਮਸਤੇ", "ਜੀ", "ਮੈਂ", "ਮੈਨੂੰ", "ਇੱਕ",
        "ਰਿਪੋਰਟ", "ਕਰਨੀ", "ਕਰਨਾ", "ਕਰਾਉਣੀ", "ਹੈ", "ਆ", "ਚਾਹੁੰਦਾ", "ਚਾਹੁੰਦੀ", "ਹਾਂ", "ਸ਼ਿਕਾਇਤ",
        "ਦਰਜ", "ਘਟਨਾ", "ਨਫ਼ਰਤ", "ਨਫ਼ਰਤੀ", "ਵਾਲੀ", "ਅਪਰਾਧ", "ਦੀ", "ਦਾ", "ਦੇ", "ਨੇ", "ਨੂੰ",
        "ਤੋਂ", "ਤੇ", "ਅਤੇ", "ਇਹ", "ਉਹ", "ਬਾਰੇ", "ਵੱਲੋਂ", "ਮਦਦ", "ਚਾਹੀਦੀ", "ਕੌਂਸਲ", "ਕਿਵੇਂ",
        "ਕਰਾਂ", "ਕਰੋ", "ਕਿਰਪਾ", "ਕਰਕੇ", "ਗੱਲ", "ਕਿਸੇ", "ਧੰਨਵਾਦ", "ਵੀਰ", "ਭੈਣ",
    )),
}

_UNITS = expand_keys(_spellings, {
    "ਦਿਨ": "ਦਿਨ", "ਦਿਨਾਂ": "ਦਿਨ", "ਹਫ਼ਤੇ": "ਹਫ਼ਤੇ", "ਹਫ਼ਤਾ": "ਹਫ਼ਤੇ", "ਹਫ਼ਤਿਆਂ": "ਹਫ਼ਤੇ",
    "ਮਹੀਨੇ": "ਮਹੀਨੇ", "ਮਹੀਨਾ": "ਮਹੀਨੇ", "ਮਹੀਨਿਆਂ": "ਮਹੀਨੇ", "ਸਾਲ": "ਸਾਲ", "ਸਾਲਾਂ": "ਸਾਲ",
    "ਘੰਟੇ": "ਘੰਟੇ", "ਘੰਟਾ": "ਘੰਟੇ", "ਘੰਟਿਆਂ": "ਘੰਟੇ",
})
_COUNTS = {
    **expand_keys(_spellings, {"ਇੱਕ": 1, "ਇਕ": 1, "ਦੋ": 2, "ਤਿੰਨ": 3, "ਚਾਰ": 4, "ਪੰਜ": 5, "ਛੇ": 6,
                      "ਸੱਤ": 7, "ਅੱਠ": 8, "ਨੌਂ": 9, "ਦਸ": 10, "ਕੁਝ": 3, "ਕੁੱਝ": 3}),
    **{str(d): d for d in range(1, 32)},
}
_AGO = ("ਪਹਿਲਾਂ", "ਪਹਿਲਾ", "ਪਹਿਲੇ", "ਪਹਿਲਾਂ")
_SINCE_WORDS = ("ਤੋਂ", "ਤੋ", "ਦਾ")  # "ਮਾਰਚ ਤੋਂ"; "3 ਹਫ਼ਤਿਆਂ ਦਾ" (for 3 weeks)
_MONTHS = {
    "ਜਨਵਰੀ": "ਜਨਵਰੀ", "ਫ਼ਰਵਰੀ": "ਫ਼ਰਵਰੀ", "ਮਾਰਚ": "ਮਾਰਚ", "ਅਪ੍ਰੈਲ": "ਅਪ੍ਰੈਲ", "ਅਪਰੈਲ": "ਅਪ੍ਰੈਲ",
    "ਮਈ": "ਮਈ", "ਜੂਨ": "ਜੂਨ", "ਜੁਲਾਈ": "ਜੁਲਾਈ", "ਅਗਸਤ": "ਅਗਸਤ", "ਸਤੰਬਰ": "ਸਤੰਬਰ",
    "ਅਕਤੂਬਰ": "ਅਕਤੂਬਰ", "ਨਵੰਬਰ": "ਨਵੰਬਰ", "ਦਸੰਬਰ": "ਦਸੰਬਰ", "january": "ਜਨਵਰੀ",
    "february": "ਫ਼ਰਵਰੀ", "march": "ਮਾਰਚ", "april": "ਅਪ੍ਰੈਲ", "may": "ਮਈ", "june": "ਜੂਨ",
    "july": "ਜੁਲਾਈ", "august": "ਅਗਸਤ", "september": "ਸਤੰਬਰ", "october": "ਅਕਤੂਬਰ",
    "november": "ਨਵੰਬਰ", "december": "ਦਸੰਬਰ",
}
_WEEKDAYS = {
    "ਸੋਮਵਾਰ": "ਸੋਮਵਾਰ", "ਮੰਗਲਵਾਰ": "ਮੰਗਲਵਾਰ", "ਬੁੱਧਵਾਰ": "ਬੁੱਧਵਾਰ", "ਵੀਰਵਾਰ": "ਵੀਰਵਾਰ",
    "ਸ਼ੁੱਕਰਵਾਰ": "ਸ਼ੁੱਕਰਵਾਰ", "ਸ਼ਨਿੱਚਰਵਾਰ": "ਸ਼ਨਿੱਚਰਵਾਰ", "ਸ਼ਨੀਵਾਰ": "ਸ਼ਨਿੱਚਰਵਾਰ", "ਛਨਿੱਚਰਵਾਰ": "ਸ਼ਨਿੱਚਰਵਾਰ",
    "ਐਤਵਾਰ": "ਐਤਵਾਰ",
}


def _relative_rewrites():
    """Everyday Punjabi date phrases as the "3 ਦਿਨ ਪਹਿਲਾਂ" dateparser reads.

    The since-rewrites end in a comma, which closes the "since" clause.
    Number words become digits only before a unit: alone, "ਦੋ" may be "give".
    """
    rewrites = {}
    for unit, canonical in _UNITS.items():
        for word, n in _COUNTS.items():
            rewrites[f"{word} {unit}"] = f"{n} {canonical}"
            for since in _SINCE_WORDS:  # "3 ਹਫ਼ਤਿਆਂ ਤੋਂ": started 3 weeks ago and goes on
                rewrites[f"{word} {unit} {since}"] = f"ਜਦੋਂ ਤੋਂ {n} {canonical} ਪਹਿਲਾਂ,"
        for last in ("ਪਿਛਲੇ", "ਪਿਛਲਾ", "ਪਿਛਲੀ", "ਪਿੱਛਲੇ"):
            rewrites[f"{last} {unit}"] = f"1 {canonical} ਪਹਿਲਾਂ"
            rewrites[f"{last} {unit} ਤੋਂ"] = f"ਜਦੋਂ ਤੋਂ 1 {canonical} ਪਹਿਲਾਂ,"
    for ago in _AGO:
        rewrites[ago] = "ਪਹਿਲਾਂ"
    for month, target in _MONTHS.items():
        rewrites[month] = target
        for since in ("ਤੋਂ", "ਤੋ"):
            rewrites[f"{month} {since}"] = f"ਜਦੋਂ ਤੋਂ {target},"
    for day, target in _WEEKDAYS.items():
        rewrites[day] = target
        for last in ("ਪਿਛਲੇ", "ਪਿਛਲੀ"):
            rewrites[f"{last} {day}"] = target
    return {v: value for key, value in rewrites.items() for v in _spellings([key])}


DATE_WORDS = {
    "DAY_PHRASES": expand_keys(_spellings, {
        "ਕੱਲ੍ਹ ਰਾਤ": 1, "ਕੱਲ੍ਹ ਰਾਤੀਂ": 1, "ਕੱਲ ਰਾਤ": 1, "ਕਲ ਰਾਤ": 1, "ਕੱਲ੍ਹ": 1, "ਕੱਲ": 1,
        "ਕਲ੍ਹ": 1, "ਕੱਲ੍ਹ ਸ਼ਾਮ": 1, "ਕੱਲ੍ਹ ਸਵੇਰੇ": 1, "ਬੀਤੀ ਰਾਤ": 1, "ਪਿਛਲੀ ਰਾਤ": 1, "ਅੱਜ": 0,
        "ਅੱਜ ਸਵੇਰੇ": 0, "ਅੱਜ ਸ਼ਾਮ": 0, "ਅੱਜ ਰਾਤ": 0, "ਹੁਣੇ ਹੁਣੇ": 0, "ਥੋੜ੍ਹੀ ਦੇਰ ਪਹਿਲਾਂ": 0,
        "ਪਰਸੋਂ": 2, "ਪਰਸੋਂ ਰਾਤ": 2,
    }),
    # "10 ਵਜੇ" (10 o'clock) was read as the 10th
    "PATTERN_REWRITES": (DOTTED_DATE, hour_before("ਵਜੇ", "vaje", "waje"),
                         day_month_since(_MONTHS, ("ਤੋਂ", "ਤੋ"), "ਜਦੋਂ ਤੋਂ")),
    "REWRITES": {
        **_relative_rewrites(),
        **expand_keys(_spellings, {"ਵੀਕਐਂਡ": "ਸ਼ਨਿੱਚਰਵਾਰ", "ਹਫ਼ਤੇ ਦੇ ਅਖੀਰ": "ਸ਼ਨਿੱਚਰਵਾਰ"}),
    },
    "REPEATED": _spellings((
        "ਹਰ", "ਹਰ ਰੋਜ਼", "ਹਰ ਰਾਤ", "ਹਰ ਸ਼ਾਮ", "ਰੋਜ਼", "ਰੋਜ਼ਾਨਾ", "ਹਮੇਸ਼ਾ", "ਵਾਰ ਵਾਰ",
        "ਫਿਰ ਤੋਂ", "ਦੁਬਾਰਾ", "ਕਈ ਵਾਰ", "ਅਕਸਰ", "ਲਗਾਤਾਰ", "ਜਾਰੀ ਹੈ", "ਹਾਲੇ ਵੀ", "ਅਜੇ ਵੀ",
        "ਹੁੰਦਾ ਰਹਿੰਦਾ", "ਕਰਦੇ ਰਹਿੰਦੇ", "ਮਹੀਨਿਆਂ ਤੋਂ", "ਹਫ਼ਤਿਆਂ ਤੋਂ", "ਸਾਲਾਂ ਤੋਂ",
    )),
    # Punjabi says "since" and "for" after the date; the REWRITES put "ਜਦੋਂ ਤੋਂ" before it.
    "SINCE": _spellings(("ਜਦੋਂ ਤੋਂ", "ਜਦ ਤੋਂ")),
    "FOR": _spellings(("ਪੂਰੇ",)),
    "CLAUSE_END": _spellings(("ਅਤੇ", "ਤੇ", "ਪਰ", "ਫਿਰ", "ਜਦੋਂ", "ਹਰ", "ਨੂੰ")),
    "LAST_YEAR": _spellings(("ਪਿਛਲੇ ਸਾਲ", "ਪਿਛਲੇ ਵਰ੍ਹੇ", "pichhle saal")),
    # "The end of October" is its last day (with a month's name: dates._month_end).
    "MONTH_END": _spellings(("ਅਖੀਰ", "ਅਖੀਰਲੇ", "ਅੰਤ", "ਆਖਰ", "ਆਖ਼ਰ")),
    # An hour said with one of these is after noon ("ਰਾਤ 10 ਵਜੇ" is 22:00).
    "EVENING": _spellings(("ਰਾਤ", "ਰਾਤੀਂ", "ਸ਼ਾਮ", "ਸ਼ਾਮੀਂ", "raat", "raati", "shaam", "sham")),
    "FUTURE": _spellings(("ਭਲਕੇ", "ਅਗਲੇ", "ਅਗਲਾ", "ਅਗਲੀ", "ਆਉਣ ਵਾਲੇ")),
    # Short day names that are also words: "ਵੀਰ" (brother), "ਮੰਗਲ" (a name), "ਸੋਮ", "ਬੁੱਧ".
    "AMBIGUOUS": _spellings(("ਵੀਰ", "ਮੰਗਲ", "ਸੋਮ", "ਬੁੱਧ", "ਐਤ", "ਜਨ", "ਅਗ", "ਮਈ")),
}

_NOT_PAST = r"(?!\s*(ਸੀ|ਸਨ|ਸਾਂ))"
_F = "(\u0a5e|\u0a2b\u0a3c|\u0a2b)"  # precomposed, decomposed or no nukta
_KH = "(\u0a59|\u0a16\u0a3c|\u0a16)"

# Present danger only: the progressive "ਰਿਹਾ ਹੈ" (is ...ing) and "ਹੈ" (has), never "ਸੀ" (was).
DANGER_PATTERNS = [
    r"(ਚਾਕੂ|ਛੁਰਾ|ਛੁਰੀ|ਬੰਦੂਕ|ਪਿਸਤੌਲ|ਹਥਿਆਰ)\s+(ਹੈ|ਹੈਗਾ|ਹੈਗੀ|ਆ)(?!\S)",
    r"(ਚਾਕੂ|ਛੁਰਾ|ਬੰਦੂਕ)\s+ਕੱਢਿਆ\s+ਹੋਇਆ\s+ਹੈ",
    r"(ਤੋੜ|ਭੰਨ|ਮਾਰ|ਕੁੱਟ|ਕੁਟ)\s+(ਰਿਹਾ|ਰਹੇ|ਰਹੀ)" + _NOT_PAST,
    r"(ਕੁੱਟਿਆ|ਮਾਰਿਆ)\s+ਜਾ\s+ਰਿਹਾ\s+ਹੈ",
    r"ਅੰਦਰ\s+(ਆ|ਵੜ)\s+(ਰਿਹਾ|ਰਹੇ|ਰਹੀ)" + _NOT_PAST + r"|(ਵੜ|ਵੜ੍ਹ)\s+ਆਏ\s+(ਨੇ|ਹਨ)",
    r"ਹਮਲਾ\s+ਹੋ\s+ਰਿਹਾ" + _NOT_PAST,
    r"(ਅੱਗ|ਅਗ)\s+(ਲਾ\s+ਦਿੱਤੀ|ਲਗਾ\s+ਦਿੱਤੀ|ਲੱਗੀ\s+ਹੋਈ\s+ਹੈ|ਲਾ\s+ਰਹੇ|ਲਾ\s+ਰਿਹਾ)" + _NOT_PAST,
    r"(ਹੁਣੇ|ਜਲਦੀ|" + _F + r"ੌਰਨ)\s+ਮਦਦ|ਮਦਦ\s+ਕਰੋ\s+ਹੁਣੇ|ਬਚਾਓ|ਬਚਾਉ",
    r"(ਮੈਂ|ਅਸੀਂ)\s+" + _KH + r"ਤਰੇ\s+ਵਿ(ੱ)?ਚ\s+(ਹਾਂ)|ਜਾਨ\s+ਨੂੰ\s+" + _KH + r"ਤਰਾ\s+ਹੈ\s+ਹੁਣ",
    r"(ਪੁਲਿਸ|ਪੁਲੀਸ|police)\s+(ਨੂੰ\s+)?(ਹੁਣੇ|ਜਲਦੀ)\s+ਬੁਲਾਓ|ਜਲਦੀ\s+(ਪੁਲਿਸ|ਪੁਲੀਸ|police)\s+ਬੁਲਾਓ",
]
