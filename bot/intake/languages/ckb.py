"""Kurdish Sorani (ckb) in Arabic script, as typed on phones.

Without a Kurdish keyboard people type the nearest Persian or Arabic letters: ی for ێ, ه for ە,
و for ۆ, ر for ڕ, ل for ڵ, and on Arabic keyboards ي and ك. Some keyboards give ھ (U+06BE)
for ه. Each phrase is listed as written and in those spellings (`_spellings`).
"""
from functools import partial

from bot.intake.spelling import expand_keys
from bot.intake.date_patterns import DOTTED_DATE, hour_after
from bot.danger_guard import guarded

_PERSIAN_KEYBOARD = str.maketrans({"ێ": "ی", "ە": "ه", "ۆ": "و", "ڕ": "ر", "ڵ": "ل"})
_ARABIC_KEYBOARD = str.maketrans({"ی": "ي", "ک": "ك"})


def _spellings(phrases):
    """Each phrase as written, with Persian- and Arabic-keyboard letters, with ھ, and with ه for ە."""
    out = []
    for p in phrases:
        plain = p.translate(_PERSIAN_KEYBOARD)
        out += [p, plain, plain.translate(_ARABIC_KEYBOARD), p.replace("ه", "ھ"), p.replace("ە", "ه")]
    return tuple(dict.fromkeys(out))


WORDS = {
    "SKIP": _spellings((
        "نازانم", "نازانم بەڕاستی", "هیچ نازانم", "بیرم نییە", "لەبیرم نییە", "بیرم ناکەوێتەوە",
        "لەبیرم چووە", "بیرم چووە", "دڵنیا نیم", "دڵنیا نیین", "ئاگام لێ نییە", "ئاگادار نیم",
        "تێپەڕێنە", "تێپەڕە", "بازی بدە", "دواتر", "پرسیاری دواتر", "دواتر بڕۆ", "نامەوێت بڵێم",
        "نامەوێ بڵێم", "حەز ناکەم بڵێم", "پێم باشە نەڵێم", "وەڵام نادەمەوە", "نەزانراو",
        "هیچ بیرۆکەیەکم نییە", "نازانم کێ بوو", "نازانم کەی",
    )),
    "SKIP_FILLER": _spellings((
        "من", "بەڕاستی", "ڕاستی", "ببورە", "ببوورە", "داوای", "لێبوردن", "ئەم", "ئەو", "ئەوە",
        "پرسیارە", "پرسیار", "وەڵام", "کەی", "لە", "کوێ", "کێ", "چی", "چۆن", "تکایە", "تکاییە",
        "خۆ", "ئیتر", "باشە", "بوو", "بە", "خودا", "وەڵا", "واڵا", "ئێستا", "کات", "ڕۆژ", "ڕێکەوت",
    )),
    "YES": _spellings((
        "بەڵێ", "بەلێ", "بەلی", "بلێ", "بەڵێ تکایە", "ئا", "ئاه", "ئەها", "ئەرێ", "ئەری", "با", "باشە", "باشە تکایە",
        "ئۆکەی", "ئوکەی", "دروستە", "ڕاستە", "وایە", "هەروایە", "بێگومان", "بێ گومان", "بە دڵنیاییەوە",
        "دیارە", "بەدڵنیاییەوە", "ڕازیم", "ڕازیین", "کێشە نییە", "هیچ کێشە نییە", "گرفت نییە",
        "بەڵێ دروستە", "بەڵێ ڕاستە", "فەرموو", "بەردەوام بە", "بێگومان بەڵێ", "ئا ڕاستە", "یەس",
        "بەڵێ ڕازیم", "حەتمەن",
    )),
    "NO": _spellings((
        "نەخێر", "نا", "نە", "نا سوپاس", "نەخێر سوپاس", "نا مەمنون", "هەرگیز", "هیچ کات",
        "نامەوێت", "نامەوێ", "ناتەوێت", "پێویست ناکات", "پێویست نییە", "هەڵەیە", "ڕاست نییە",
        "دروست نییە", "وا نییە", "ڕازی نیم", "ڕازی نیین", "مەیکە", "مەکە", "مەکەن", "تکایە مەکە",
        "ئێستا نا", "هێشتا نا", "نا نا", "بە هیچ شێوەیەک", "نەخیر", "نییە", "نەبوو", "نەکردووە",
    )),
    "WEAK_YES": _spellings(("تکایە", "سوپاس", "زۆر سوپاس", "دەستخۆش", "مەمنون")),
    "NEUTRAL": _spellings((
        "هیچ کەس", "هیچکەس", "کەس", "کەس نەیبینی", "کەس نەبوو", "نازانم", "دڵنیا نیم",
        "ئاگام لێ نییە", "هیچ", "هیچ شتێک",
    )),
    "NONE": _spellings((
        "نا", "نەخێر", "هیچ", "هیچیان", "هیچ کامیان", "هیچکامیان", "هیچ شتێک", "هیچیان نا",
        "نا هیچیان", "هیچ یەکێکیان", "نا سوپاس", "هیچی تر",
    )),
    "ALL": _spellings((
        "هەموو", "هەمووی", "هەموویان", "هەموو ئەمانە", "هەموو شتێک", "هەموویان تکایە", "گشتی",
        "هەمووشیان", "هەموو بژاردەکان",
    )),
    "CHOICE_FILLER": _spellings((
        "ژمارە", "ژمارەی", "بژاردە", "بژاردەی", "هەڵبژاردن", "هەڵدەبژێرم", "من", "و", "یان", "یا",
        "هەروەها", "تکایە", "سوپاس", "باشە", "ئەوە", "ە", "پێم", "وایە", "دەبێ", "هەردوو",
    )),
    "NUMBER_WORDS": expand_keys(_spellings, {
        "یەک": 1, "دوو": 2, "سێ": 3, "چوار": 4, "پێنج": 5, "شەش": 6, "حەوت": 7, "هەشت": 8,
        "نۆ": 9, "دە": 10, "یەکەم": 1, "دووەم": 2, "سێیەم": 3, "سێهەم": 3, "چوارەم": 4,
        "پێنجەم": 5, "شەشەم": 6, "حەوتەم": 7, "هەشتەم": 8, "نۆیەم": 9, "دەیەم": 10,
    }),
    "OPENER": _spellings((
        "سڵاو", "سلاو", "ڕۆژباش", "بەیانی", "باش", "ئێوارە", "شەو", "من", "دەمەوێت", "دەمەوێ",
        "ئەمەوێ", "ئەمەوێت", "ڕاپۆرت", "ڕاپۆرتێک", "ڕاپۆرتی", "بکەم", "بدەم", "بنووسم", "بڵێم",
        "سکاڵا", "سکاڵایەک", "تاوان", "تاوانی", "ڕق", "ڕقی", "ڕقلێبوونەوە", "ڕووداو", "ڕووداوێک",
        "ڕووداوی", "شتێک", "دەربارەی", "سەبارەت", "بە", "لە", "بۆ", "لەگەڵ", "و", "ئەم", "ئەو",
        "چۆن", "دەتوانم", "یارمەتی", "یارمەتیم", "بدەن", "بدە", "پێویستم", "هەیە", "تکایە",
        "report", "council", "شارەوانی", "ئەنجومەن", "نیشتەجێبوون", "کێشە", "کێشەیەک", "هەبوو",
        "ڕوویدا", "لە", "جیاتی", "ناوی", "کەسێک", "قسە", "نوێ", "دۆسیە", "دۆسیەی", "سەلام",
        "عەلەیکوم", "چاک", "چۆنی", "ئایا",
    )),
}

# dateparser's Sorani data has month and day names but no "N days ago", so those are listed
# here as days before today (a month counted as 30 days: close enough for "when did it start").
_UNIT_DAYS = {"ڕۆژ": 1, "شەو": 1, "هەفتە": 7, "حەفتە": 7, "مانگ": 30, "ساڵ": 365}
_COUNTS = {
    "یەک": 1, "دوو": 2, "سێ": 3, "چوار": 4, "پێنج": 5, "شەش": 6, "حەوت": 7, "هەشت": 8, "نۆ": 9,
    "دە": 10, "چەند": 3, **{str(n): n for n in range(1, 32)},
}


def _days_ago():
    phrases = {}
    for unit, days in _UNIT_DAYS.items():
        for count, n in _COUNTS.items():
            for form in ("{c} {u} لەمەوبەر", "{c} {u} لەوەوبەر", "{c} {u} پێش ئێستا",
                         "{c} {u} پێش", "{c} {u} پێشتر", "پێش {c} {u}", "{c} {u} بەر لە ئێستا"):
                phrases[form.format(c=count, u=unit)] = n * days
        for form in ("{u}ێک لەمەوبەر", "{u}ێک پێش ئێستا", "{u}ێک پێش", "{u}ێک لەوەوبەر"):
            phrases[form.format(u=unit)] = days
    phrases.update({"هەفتەیەک لەمەوبەر": 7, "مانگێک لەمەوبەر": 30, "ساڵێک لەمەوبەر": 365})
    return phrases


_MONTHS = {
    "کانوونی دووەم": "کانوونی دووەم", "شوبات": "شوبات", "ئازار": "ئازار", "نیسان": "نیسان",
    "ئایار": "ئایار", "حوزەیران": "حوزەیران", "تەمووز": "تەمووز", "ئاب": "ئاب",
    "ئەیلوول": "ئەیلوول", "تشرینی یەکەم": "تشرینی یەکەم", "تشرینی دووەم": "تشرینی دووەم",
    "کانوونی یەکەم": "کانونی یەکەم", "کانونی یەکەم": "کانونی یەکەم",
    "کانونی دووەم": "کانوونی دووەم", "ئەیلول": "ئەیلوول", "تەموز": "تەمووز",
    "مارس": "ئازار", "مارچ": "ئازار", "ئەپریل": "نیسان", "مای": "ئایار", "جون": "حوزەیران",
    "جولای": "تەمووز", "ئۆگەست": "ئاب", "سێپتەمبەر": "ئەیلوول", "ئۆکتۆبەر": "تشرینی یەکەم",
    "نۆڤەمبەر": "تشرینی دووەم", "دیسەمبەر": "کانونی یەکەم", "جەنیوەری": "کانوونی دووەم",
    "فێبریوەری": "شوبات",
}
_WEEKDAYS = {
    "شەممە": "شەممە", "یەکشەممە": "یەکشەممە", "دووشەممە": "دووشەممە", "سێشەممە": "سێشەممە",
    "چوارشەممە": "چوارشەممە", "پێنجشەممە": "پێنجشەممە", "هەینی": "ھەینی", "جومعە": "ھەینی",
}


def _rewrites():
    rewrites = {
        "هەفتەی ڕابردوو": "last week", "هەفتەی پێشوو": "last week", "حەفتەی ڕابردوو": "last week",
        "مانگی ڕابردوو": "last month", "مانگی پێشوو": "last month", "ساڵی ڕابردوو": "last year",
        "ساڵی پار": "last year", "پار": "last year", "پارساڵ": "last year",
        "کۆتایی هەفتە": "شەممە", "کۆتایی هەفتەی ڕابردوو": "شەممە", "ویکێند": "شەممە",
    }
    for name, canonical in _MONTHS.items():
        # "لە ئازارەوە" is "since March": the suffix is cut so dateparser knows the month,
        # and "لە مانگی ..." (SINCE) starts the clause.
        rewrites[f"لە {name}ەوە"] = f"لە مانگی {canonical}"
        rewrites[f"لە مانگی {name}ەوە"] = f"لە مانگی {canonical}"
        rewrites[f"{name}ەوە"] = canonical
        rewrites[f"مانگی {name}"] = canonical
        rewrites[f"لە مانگی {name}"] = f"لە مانگی {canonical}"
        if name != canonical:
            rewrites[name] = canonical
    for name, canonical in _WEEKDAYS.items():
        rewrites[f"ڕۆژی {name}"] = canonical
        rewrites[f"{name} شەو"] = canonical
        if name != canonical:
            rewrites[name] = canonical
    return expand_keys(_spellings, rewrites)


DATE_WORDS = {
    "DAY_PHRASES": expand_keys(_spellings, {
        "دوێنێ": 1, "دوێنی": 1, "دونێ": 1, "دوێنێ شەو": 1, "شەوی دوێنێ": 1, "شەوی ڕابردوو": 1,
        "دوێشەو": 1, "دوێنێ ئێوارە": 1, "دوێنێ بەیانی": 1, "ئەمڕۆ": 0, "ئەمشەو": 0,
        "ئەمڕۆ بەیانی": 0, "بەیانی ئەمڕۆ": 0, "ئەمبەیانییە": 0, "ئێستا": 0, "هەر ئێستا": 0,
        "ئێستاکە": 0, "چەند خولەکێک لەمەوبەر": 0, "پێرێ": 2, "پێری": 2, "پێرێ شەو": 2,
        "شەوی پێرێ": 2, **_days_ago(),
    }),
    "REWRITES": _rewrites(),
    # "١٢ی ئازار" (izafe; it was read as 1 March), "١٢یەمی ئازار" (ordinal); Arabic yeh too
    "PATTERN_REWRITES": (
        (r"(?<=\d)(?:یەمی|یەم|ەمی|ەم|ی|ي)(?!\p{L})", ""),
        DOTTED_DATE, hour_after("سەعات", "کاتژمێر"),
        # "لە 1 تشرینی دووەمەوە" (since 1 November): the since form the month rewrites give
        (r"(?<!\p{L})لە\s+(\d{1,2})\s+(\p{L}+(?:\s+\p{L}+)?)ەوە(?!\p{L})", r"لە مانگی \1 \2"),
    ),
    "REPEATED": _spellings((
        "هەموو", "هەموو ڕۆژێک", "هەموو شەوێک", "هەموو ئێوارەیەک", "هەموو هەفتەیەک", "هەمیشە",
        "بەردەوام", "بەردەوامە", "دووبارە", "دیسان", "جارێکی تر", "چەند جار", "چەندین جار",
        "زۆر جار", "ڕۆژانە", "شەوانە", "هەفتانە", "هێشتا", "هەر ڕۆژ", "هەر شەو", "جار جار",
        "هەر جارێک", "بێ بڕانەوە",
    )),
    "SINCE": _spellings(("لە مانگی", "هەر لە", "لەوەتەی", "لە سەرەتای", "لەو کاتەوەی", "لە کاتێکەوە")),
    "FOR": _spellings(("بۆ ماوەی", "ماوەی", "بە درێژایی", "لە ماوەی")),
    "CLAUSE_END": _spellings(("و", "بەڵام", "کە", "ئینجا", "کاتێک", "هەموو", "کاتژمێر", "سەعات")),
    "LAST_YEAR": _spellings(("ساڵی پار", "پار", "ساڵی ڕابردوو", "ساڵی رابردوو")),
    # "The end of October" is its last day (with a month's name: dates._month_end).
    "MONTH_END": _spellings(("کۆتایی", "کۆتاییەکانی", "لە کۆتایی")),
    # An hour said with one of these is after noon ("کاتژمێر 10ی شەو" is 22:00).
    "EVENING": _spellings(("شەو", "شەوێ", "ئێوارە", "ئێوارێ", "عەسر")),
    "FUTURE": _spellings(("سبەی", "سبەینێ", "بەیانی", "داهاتوو", "دواتر", "دوایی")),
    "AMBIGUOUS": _spellings(("ئاب", "مای", "شەممە")),
}

# Letters people type either way on Persian or Arabic keyboards.
_LETTER_CLASSES = {
    "ێ": "[ێیيى]", "ی": "[یيێى]", "ە": "[ەهھة]", "ه": "[هھ]", "ۆ": "[ۆو]", "ڕ": "[ڕر]",
    "ڵ": "[ڵل]", "ک": "[کك]",
}


def _loose(pattern):
    """Keyboard letter variants; "وو" may be typed "و"; a space may be missing or a ZWNJ."""
    out = []
    for i, c in enumerate(pattern):
        if c == "و" and pattern[i + 1:i + 2] == "و":
            continue
        if c == "و" and pattern[i - 1:i] == "و":
            out.append("و{1,2}")
        else:
            out.append(_LETTER_CLASSES.get(c, c))
    return "".join(out).replace(" ", "[\\s\u200c]*")


# Building blocks of the danger patterns, written <NAME> inside them (see _danger).
# A space in a block may be missing in the text; \s+ is a required break between words.
_DANGER_BLOCKS = {
    "S": r"(?<![\u0600-\u06ff])",  # no Arabic-script letter before
    "E": r"(?![\u0600-\u06ff])",  # no Arabic-script letter after
    "NOW": r"<S>(هەر )?ئێست(ا|ە)(کە)?<E>",  # now, right now
    "STILL": r"<S>هێشتا<E>",  # still
    "PROG": r"<S>خەریک(ە|ن|ی|ین)<E>",  # is/are (in the middle of) ...-ing
    # Said of the past or of a threat, online, or "if": an account, not danger now.
    "PAST": r"(بەیانی زوو|<S>(دوێنێ|دوێشەو|پێرێ|پار|پارساڵ|وتی|وتیان|گوتی|گوتیان|کاتی خۆی|پێشتر|ئەگەر)<E>|ڕابردوو|پێشوو"
            r"|لەمەوبەر|لەوەوبەر|لەوەتەی|<S>لەو (ڕۆژ|کات|شەو)|<S>(هەفتەی|مانگی|ساڵی)\s|ئەو (شەوە|ڕۆژە|کاتە)|نووسی|(?<!وقی.)نامە"
            r"|online|ئۆنلاین|ئینتەرنێت|فەیسبووک|فەیسبوک|واتسئاپ|واتساپ|تیکتۆک|ئینستاگرام|سۆشیاڵ"
            r"|هەڕەشە(ی|یان)? ?(لێ ?)?(کرد|کرا)(م|ین|ن|ووە)?<E>)",
    # Something that keeps happening, or why: a report of ongoing abuse, not an emergency.
    "HABIT": r"(هەموو (ڕۆژ|شەو|جار|ئێوارە|بەیانی|هەفتە|کات|مانگ)|هەمیشە|ڕۆژانە|شەوانە|هەفتانە|بەردەوام"
             r"|زۆر جار|جار جار|زوو زوو|چەندین جار|هەر جارێک|هەر کاتێک|<S>کاتێک<E>|چونکە|چونکو|لەبەر ئەوەی"
             r"|قوتابخانە|شوێنی کار|<S>لە کار<E>)",
    "ASK": r"([?؟]|<S>ئایا<E>)",  # a question
    "FORM": r"(ڕاپۆرت|ڕاپۆڕت|سکاڵا|report|فۆرم|دۆسیە|تۆمار)",  # help with a report
    "SHORT": r"^(?=[\W_]*\S+(\s+\S+){0,3}[\W_]*$)",  # a message of four words or fewer
    # A stranger or a group: "a man", "someone", "some people", "they".
    "PERSON": r"<S>((دوو|سێ|چوار|پێنج|چەند) (کەس|پیاو|گەنج|کوڕ)\S*|کەسێک|یەکێک|پیاوێک|ژنێک|گەنجێک|کوڕێک|کۆمەڵێک|گرووپێک|خەڵکێک|دزێک"
              r"|پیاوەکە|پیاوەکان|گەنجەکان|ئەوان)(ی\s+\S+)?<E>",
    "FAM": r"(کچ|کوڕ|کور|دایک|باوک|برا|خوشک|مێرد|ژن|هاوسەر|منداڵ|مناڵ|هاوڕێ|نەنک|باپیر|خێزان)",
    # Someone is at a place now: "they are behind the door / outside my house / in the yard"
    # (a place with the copula: -ن they are, -یە/-ە he is).
    "END_PL": r"(ەکەن|ەکانن|ەکەمن|ەکەماندان|ەکەمدان|ەکەدان|کەن|کانن|کەمن|کەماندان|کەمدان|دان)<E>",
    "END_SG": r"(ەکەیە|ەکەمە|ەکەمانە|ەکەمدایە|ەکەماندایە|ەکەدایە|کەیە|کەمە|کەمانە|کەمدایە|دایە)<E>",
    # behind / in front of / under / outside / beside anything; in / on / at a home, a door, a car ...
    "PREP": r"(<S>لە ?(پشت|بەر|بەردەم|ژێر|دەرەوەی|تەنیشت|نزیک) ?(\S+ی\s+)?\S*?|<S>لە ?(ناو|نێو|سەر)? ?(\S+ی\s+)?<TPLACE>\S*?)",
    "TPLACE": r"(ماڵ|خانوو|حەوش|باخچ|ژوور|دەرگا|پەنجەر|سەربان|بان|دوکان|دووکان|مزگەوت|کڵێسا|گوردوار|کۆڵان|پلیکان"
              r"|باڵەخانە|ئۆتۆمبێل|ئوتومبێل|سەیارە|پاس|شەمەندەفەر|ئاسانسۆر|هۆڵ)",
    "LOC_PL": r"(<PREP><END_PL>|<S>لە ?(بەر|بەردەم|پشت|ناو)? ?(دەرگان|ماڵن)<E>|<S>لە ?(دەرەوەن|ژوورەوەن|ژووری نووستنن))",
    "LOC_SG": r"(<PREP><END_SG>|<S>لە ?(دەرەوەیە|ژوورەوەیە))",
    "LOC": r"(<LOC_PL>|<LOC_SG>)",
    "HERE": r"<S>لێرە(ن|یە)<E>",
    # They are here: at a place (<LOC>), "here", "with me", "haven't left"
    "THERE": r"(<LOC>|<HERE>|<S>لەگەڵم(ان)?(ە|دایە)<E>|<S>نەڕۆیشتوون<E>)",
    "PRESENT": r"(<NOW>|<PROG>|<THERE>)",
    "WEAPON": r"(چەقۆ|کێرد|دەمانچە|چەک|شمشێر|تفەنگ|ساتوور|قەمە|چەکوش|دار|شووشە|بەنزین|چەرخ|شقارتە|زنجیر)",
    # Violence going on: hitting, killing, strangling, breaking, burning, stones, attacking,
    # coming in, banging on the door, chasing (present tense, third person).
    "HIT": r"(<S>لێ(م|مان|ی|یان|تان) ?دەد(ەن|ات)<E>|<S>لێ(م|مان) ?دەدرێت<E>|<S>لە ?<FAM>\S*\s+دەد(ەن|ات)<E>)",
    "STRONG": r"(<HIT>|<S>(دە|ئە)(م|مان|ی|یان)کوژ(ن|ێت|ێ)<E>|\S\s+(دە|ئە)کوژ(ن|ێت)<E>"
              r"|<S>(دە|ئە|ب)(م|ی|مان|یان)خنکێن(ن|ێت|ێ)<E>|<S>خەنەق(م|ی|مان|یان)? ?(دە|ئە)کە?(ن|ات)<E>"
              r"|<S>(دە|ئە)شکێن(ن|ێت)<E>|<PROG> ?(دە|ئە)شکێت<E>|<S>(دە|ئە)(ی|یان)?سووتێن(ن|ێت)<E>"
              r"|<S>بەرد(یان)?\s+(دە|ئە)(هاوێژ|گر)(ن|ێت)|<S>هێرش(م|مان)? ?(دەکەنە|دەکاتە|ئەکەنە|دەکرێتە) ?سەر"
              r"|<S>(دێنە|دێتە) ?(ژوورەوە|سەرەوە|ناو ماڵ|سەرم<E>|سەرمان<E>)|<S>لە ?دەرگا(کە|کەمان|کەم)? ?دەد(ەن|ات)<E>"
              r"|<S>دەرگا\S* ?(دەکوتن|دەکوتێت)<E>|<S>سەگ\S* ?(بەرەڵا|بەڕەڵا) ?(دەکات|دەکەن)"
              r"|<S>بەدوا(م|مان|ی ?\S+?)(دا|ەوە) ?(دێت|دێن|ڕادەکەن|ڕادەکات|کەوتوون|کەوتووە)<E>"
              r"|<S>بەدوا(م|مان|ی ?<FAM>\S*?)(دا|ەوە) ?دەگەڕێ(ن|ت)<E>|<S>بەدوا(م|مان)ەوە(ن|یە)<E>"
              r"|<S>شوێن(م|مان) ?(کەوتوون|کەوتووە|دەکەون|دەکەوێت)<E>)",
    # Said with it, a strong verb is happening now rather than a habit.
    "IMM": r"(<PRESENT>|<PERSON>|<S>\S*شکاند<E>|<S>(تکایە|خێرا|زوو|بەپەلە|فریا\S*|یارمەتی\S*|help|sos|999|٩٩٩)<E>"
           r"|<S>ناتوانم ?(ڕابکەم|بڕۆم|بجووڵێم|هەڵبێم|دەرچم)<E>|<S>لە ?\S+(م|ین)\s+و<E>|<S>هاوار دەکە?(ن|ات)<E>|<S>لە دەرەوە<E>)",
    # Shouting, threatening, fighting, waiting for me, standing there: danger only when they are here.
    "WEAK": r"(<S>هاوار ?دەکە?(ن|ات)<E>|<S>هەڕەشە\S*( \S+){0,2}? ?(لێ ?)?دەک(ەن|ات)<E>|<S>هەڕەشە\S* ?لێ ?دەکرێت<E>"
            r"|<S>چاوەڕێ(م|مان)(ە|ن)<E>|<S>شەڕ ?دەکەن<E>|<S>وەستاون<E>)",
    "WANT": r"(<S>(دە|ئە)(یان|ی)ەوێت?<E>|<S>هەوڵ ?دەدە?(ن|ات)<E>|<PROG>|<NOW>)",
    "HARM": r"(<S>ب(م|مان|ی|یان)کوژ|<S>لێ(م|مان|ی) ?بد(ەن|ات|ە)<E>|<S>ب(م|مان|ی)?سووتێن|<S>ب(م|ی)خنکێن|<S>ب(م|مان)دزن"
            r"|<S>ب(م|ی|مان)ڕفێن|<S>(بێنە|بێتە|بچنە) ?ژوورەوە|<S>(دەرگا|پەنجەرە)\S* ?(بشکێن|بکەنەوە|بکاتەوە)"
            r"|<S>ئازار(م|مان) ?بدە|<S>ب(م|ی)بەن<E>|<S><FAM>\S* ?ببەن<E>|<S>ب(م|مان|ی)گرن<E>)",
    # A plea in a message of its own: "help", "fire", "ambulance", "urgent", "danger".
    "CORE": r"(هاوار|یارمەتی|کۆمەک|فریاکەوتن|فریا|ئەمبولانس|ئاگر|مەترسی|مەترسیدارە|بەپەلەیە|بەپەلە|بە پەلە|خێرا\s+خێرا)",
    "FILL": r"(تکایە|تکام|ئێستا|هەر|خێرا|زوو|زۆر|ئای|خوایە|help|sos|please|emergency|urgent|now|999|٩٩٩|و)",
    "URG": r"<S>(هەر ئێستا|ئێستا|ئێستە|خێرا|بەپەلە|بە پەلە|زوو|دەستبەجێ|هاوار|فریا|sos|help)<E>",
    "COMEURG": r"<S>(هەر ئێستا|ئێستا|ئێستە|خێرا|زوو|دەستبەجێ|بەپەلە|بە پەلە|تکا ?دەکەم|تکایە)<E>",
    "URG2": r"<S>(هەر ئێستا|ئێستا|ئێستە|خێرا|زوو|دەستبەجێ|بەپەلە|بە پەلە)<E>",
    # Not a visit or a repair ("can you come soon to fix the heating")
    "VISIT": r"(دەتوان|چاک|وەرگێڕ|قسە|کۆبوونەوە|سەردان|ڕاپۆرت|فۆرم)",
    "EMERG": r"(پۆلیس|ئەمبولانس|فریاکەوتن|999|٩٩٩)",
    # Just happened (said with now): broke, set fire, hit me, came in, started beating, set the dog on ...
    "EV": r"(<S>شکاند<E>|<S>شکێنرا<E>|تێ ?بەر ?دا<E>|تێ ?بەر ?درا<E>|<S>(سووتاو|ئاگرگرتوو)(یان|ی)? ?(خستە|هاویشتە|فڕێدایە)|<S>سووتاند<E>"
          r"|<S>لێ(یان|ی) ?دا(م|ین)<E>|<S>(هاتنە|هاتە) ?(ژوورەوە|ناو)|<S>دەست(ی|یان) ?(کرد|کردووە|پێکرد) ?بە"
          r"|بەرەڵا ?کرد|<S>چەقۆ(یان|ی)? ?(لێ|لە)|<S>هێرش(یان|ی)? ?کردە|<S>بەرد(یان|ێک)?<E>|ڕفاند|<S>دەت(ان)?کوژ"
          r"|<S>دەسووتێن(ین|م)<E>|<S>خۆ(ی|یان) ?کرد ?بە|<S>هەڕەشە\S*( \S+){0,2}? ?(لێ ?)?دەک|<S>هەڕەشە\S* ?لێ ?دەکرێت"
          r"|<S>شەڕ ?دەکەن<E>)",
    "NEED": r"(پێویست(م|مان) ?بە ?(پۆلیس|ئەمبولانس|یارمەتی)|(پۆلیس|ئەمبولانس|یارمەتی)(م|مان) ?پێویستە)",
    "PLACE": r"(ماڵ|خانوو|دەرگا|ئۆتۆمبێل|ئوتومبێل|سەیارە|دوکان|دووکان|مزگەوت|باڵەخانە|ژوور|شوقە|ئاپارتمان|پەنجەرە"
             r"|کڵێسا|گوردوارە|باخچە|حەوشە|پلیکان|سندوق|ئاسانسۆر)",
}


def _danger(template):
    """A danger pattern with its <BLOCKS> filled in and the keyboard letter variants."""
    import re as _re

    while _re.search(r"<[A-Z][A-Z0-9_]*>", template):
        template = _re.sub(r"<([A-Z][A-Z0-9_]*)>", lambda m: _DANGER_BLOCKS[m.group(1)], template)
    return _loose(template)


# guarded() on the first line of a message only: these patterns' "." has never crossed a line
# break, nor have their vetoes (kept as written).
_guarded = partial(guarded, dotall=False)

# Present danger only. Past accounts ("دوێنێ دەرگاکەیان شکاند", "هەڕەشەی لێکردم") use past forms,
# or a word for the past, a habit or a reason (<PAST>, <HABIT>), and do not match.
DANGER_PATTERNS = [_danger(p) for p in (
    # A weapon on them now: "he has a knife", "they've got petrol", "a stick in his hand"
    _guarded(r"<S><WEAPON>(یەکی|یەک|ێکی|ێک|ەکە|کە|ەکەی|کەی|ەکەیان|کەیان|ی|یان|یش|یشیان)?"
             r" ?(پێیە|پێیانە|پێیەتی|بەدەستەوەیە|بەدەستەوەن|بەدەستیەوەیە|بەدەستیانەوەیە|بەدەستە|لە دەستیدایە|لە دەستیانە"
             r"|هەڵگرتووە|هەڵیگرتووە)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>(چەقۆ|دەمانچە|چەک|شمشێر|تفەنگ|ساتوور|قەمە)(ی|یان|یەکی|ێکی)? ?(هەیە|هەیانە)<E>", ("<PAST>", "<HABIT>", "<ASK>")),
    # "with a knife" and something going on: "a man with a knife is outside", "threatening with a knife now"
    _guarded(r"<S>بە ?<WEAPON>(یەکی|ێکی|یەک|ێک|ەکە|کە)?( \S+?)?(ەوە|وە)<E>.{0,40}"
             r"(<S>(?!دەهات|دەکرد|دەچوو|دەوت)(دە|ئە)\S+(ات|ێت|ن)<E>|<LOC>|<HERE>|<S>لە دەرەوە<E>|<S>وەستاو(ە|ن)<E>)", ("<PAST>", "<HABIT>")),
    r"<NOW>.{0,40}<S>بە ?<WEAPON>\S*(ەوە|وە)<E>|<S>بە ?<WEAPON>\S*(ەوە|وە)<E>.{0,40}<NOW>",
    # A weapon held at me: "the knife at my neck", "pointing a gun at me"
    _guarded(r"<S>(چەقۆ|کێرد|دەمانچە|چەک|شمشێر|تفەنگ|ساتوور|قەمە)\S*.{0,25}(لە ملم|لە ملی|لە سەرم|لە گەردنم|ڕوو لە من|ڕووی لە من|ڕوو لە ئێمە|ڕووی تێکردووم)", ("<PAST>", "<HABIT>")),
    # Stabbed or shot: "they stabbed me", "someone fired", "I hear shots"
    _guarded(r"<S>(چەقۆ|کێرد)(ی|یان)? ?(لێ ?دام|لێ ?داین|لێی ?دا|لێیان ?دا|لە \S+ ?دا)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"(<S>تەقە(ی|یان)? ?(لێ ?)?(کرد|دەکەن|دەکات|کردین|کردم)<E>|<S>دەنگی (تەقە|شکاندن|شکان|شووشە)<E>)", ("<PAST>", "<HABIT>")),
    # Violence going on (<STRONG>), said with now / still / in the middle of it ...
    _guarded(r"((<NOW>|<PROG>).{0,40}<STRONG>|<STRONG>.{0,40}(<NOW>|<PROG>)|<STILL> ?<HIT>)", ("<ASK>", "<FORM>")),
    # ... or in a few words, or with a plea, a stranger or where they are; not a habit or the past
    _guarded(r"<STRONG>", ("<PAST>", "<HABIT>", "<ASK>"), need="<SHORT>|<IMM>"),
    # Threatening, shouting, waiting for me (<WEAK>): when they are here / outside / with me now
    _guarded(r"<WEAK>", ("<PAST>", "<HABIT>", "<ASK>"), need="<THERE>"),
    _guarded(r"<S>(لە دەرەوە|لە بەردەم \S+|لەبەر \S+) ?(چاوەڕێ(م|مان)(ە|ن)|وەستاون)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<PERSON>.{0,40}(لە دەرەوە|لە بەردەم \S+|لەبەر \S+) ?وەستاوە<E>", ("<PAST>", "<HABIT>")),
    # Banging on or breaking the door, setting a dog on me: going on as they write
    _guarded(r"(<S>لە ?دەرگا(کە|کەمان|کەم)? ?دەد(ەن|ات)<E>|<S>دەرگا\S*\s+(دەشکێنن|دەشکێنێت)<E>"
             r"|<S>سەگ\S* ?(بەرەڵا|بەڕەڵا) ?(دەکات|دەکەن|کرد)( بۆ)? ?سەر(م|مان)<E>)", ("<PAST>", "<HABIT>", "<ASK>")),
    # Someone came in: "someone came in", "they broke the door and came in"
    _guarded(r"<S>(هاتە|هاتنە) ?(ژوورەوە|ناو ماڵ)", ("<PAST>", "<HABIT>", "<ASK>", "پۆلیس"), need="<SHORT>|<IMM>"),
    # They want to / are trying to kill me, burn me, break in, take my child
    _guarded(r"<WANT>.{0,40}<HARM>", ("<PAST>", "<HABIT>", "<ASK>", "هەڕەشە|<S>(دە|ئە)ڵێ|پۆلیس")),
    # Someone is here: "they're in the yard now", "he's still here", "a stranger is in my house",
    # "(they are) behind the door"
    _guarded(r"((<NOW>|<STILL>) ?(<PERSON> ?)?(<LOC>|<HERE>)|(<LOC>|<HERE>) ?(<NOW>|<STILL>))", ("<ASK>", r"(پۆلیس|ئەمبولانس)\S* ?(<NOW>|<STILL>|<HERE>|<LOC>)")),
    _guarded(r"(^[\W_]*|<S>و )(ئەوان |هەموویان )?<LOC_PL>", ("<PAST>", "<HABIT>")),
    _guarded(r"(?<!کان.)(?<!کانم.)(?<!کانمان.)(?<!ەکەم.)(?<!ەکە.)<S>لە ?دەرەوەن<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"(<PERSON>|<S>\S*(نەناسراو|بێگانە)).{0,40}<LOC>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>(هێشتا )?نەڕۆیشتوون<E>", ("<PAST>", "<HABIT>", "<ASK>")),
    # Pleas: "come to my aid", "save me", "protect me now", "help now", "come quickly"
    r"<S>فریا(م|مان|ی ?\S+?( \S+?)?)? ?(ب)?کەو(ن|ە)<E>",
    r"<S>ڕزگار(م|مان) ?(ب)?کە(ن)?<E>",
    _guarded(r"(<S>ب(م|مان)پارێزن<E>.*(<NOW>|<URG>)|(<NOW>|<URG>).*<S>ب(م|مان)پارێزن<E>)", "<ASK>"),
    r"<S>بە ?هاوار(م|مان)ەوە ?(وەرن|وەرە|بێن|بن|بێ|بگەن)<E>",
    _guarded(r"(<URG>.{0,20}<S>(یارمەتی|کۆمەک)|<S>(یارمەتی|کۆمەک)\S*.{0,20}<URG>)", ("<ASK>", "<FORM>")),
    _guarded(r"(<COMEURG> ?(\S+ )?<S>(وەرن|وەرە|بێن|بگەنە|بگەن)<E>|<S>(وەرن|وەرە)<E> ?<COMEURG>)", ("<ASK>", "<VISIT>")),
    _guarded(r"<S>(کەسێک|یەکێک) ?(بێت|بنێرن|بنێرە)<E>", ("<ASK>", "<VISIT>"), need="<URG2>"),
    r"^[\W_]*(<FILL>[\W_]*)*<CORE>[\W_]*((<FILL>|<CORE>)[\W_]*)*$",
    r"^(?=.*<S>(خێرا|بەپەلە|بە پەلە|زوو|ئێستا|now)<E>)(?=.*<EMERG>)[\W_]*((پۆلیس|ئەمبولانس|خێرا|بەپەلە|بە پەلە|زوو|ئێستا|هەر|now|تکایە)[\W_]*)+$",
    r"حاڵەتی ?(تەوارێ|طوارئ|طواری|طوارێ|تەوارئ)|<S>فریاکەوتن(ی)? ?(بەپەلە|بە پەلە|خێرا)",
    _guarded(r"<S>پەلە ?(ب)?کەن<E>", "<ASK>", need="<SHORT>"),
    r"^[\W_]*(تکایە[\W_]*)?(999|٩٩٩)[\W_]*(تکایە|خێرا|ئێستا|now|please)[\W_]*$|^[\W_]*(تکایە|خێرا|ئێستا)[\W_]*(999|٩٩٩)[\W_]*$",
    _guarded(r"<S>(پۆلیس|ئەمبولانس)\S*( \S+)? ?(بێت|بێن|وەرن|بگات|بگەن)<E>", ("<PAST>", "<HABIT>", "<ASK>"), need="<COMEURG>"),
    r"<S>(help|sos|emergency|urgent)\b( me)?[\W_]*(تکایە|خێرا|ئێستا|فریا)|<S>(تکایە|ئێستا|خێرا)[\W_]*(help|sos|emergency)\b",
    # Call the police / ambulance / 999 (an imperative); I need the police / help now
    _guarded(r"<S>(?<![\u06cc\u064a\u06ce\u0649][\s\u200c])<EMERG>\S*( \S+){0,2}? ?(بانگ ?(ب)?کەن|بانگ ?(ب)?کە|بنێرن|بنێرە|بهێنن|بهێنە|ئاگادار ?(ب)?کەنەوە"
             r"|ئاگادار ?(ب)?کەرەوە|لێ ?بدەن|لێ ?بدە)<E>", "<ASK>"),
    _guarded(r"<S>(تەلەفۆن|تەلەفون|تلفون|زەنگ|پەیوەندی)\S* ?(بۆ|بە|لە) ?<EMERG>\S*( \S+)? ?(بکەن|بکە|بدەن|بدە|کەن)<E>", "<ASK>"),
    _guarded(r"((<NOW>|<S>(خێرا|بەپەلە)<E>).{0,25}<NEED>|<NEED>\S*.{0,25}(<NOW>|<S>(خێرا|بەپەلە)<E>))", ("<ASK>", "<FORM>")),
    # In danger, not safe (now)
    _guarded(r"(<S>لە ?مەترسی(یەکی ?\S+?)?دا(م|ین|یە|یت|ن)<E>|<S>مەترسیدا(م|ین)<E>)", ("<PAST>", "<HABIT>", "<ASK>")),
    r"<S>سەلامەت (نیم|نین|نیین)<E>|ئاسایش نییە بۆم",
    r"<NOW>.{0,30}(مەترسی هەیە|هەست بە سەلامەتی ناکەم)|(مەترسی هەیە|هەست بە سەلامەتی ناکەم).{0,30}<NOW>",
    # Fire: "my house is burning", "has caught fire", "the fire is spreading", "smoke fills the house",
    # "they're pouring petrol", "a burning thing thrown inside"
    _guarded(r"<S><PLACE>\S*(\s+\S+){0,2}?\s+(<NOW> )?(دەسووتێت|ئەسووتێت|دەسووتێ|ئاگری? گرتووە|ئاگری? تێبەربووە"
             r"|ئاگری? تێبەردراوە|گڕی گرتووە)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S><PLACE>\S*\s+ئاگری? ?(تێبەربوو|تێبەردرا|گرت)<E>", ("<PAST>", "<HABIT>"), need="<SHORT>"),
    _guarded(r"<S>(ئاگر|ئاگری)\s+(گرتووە|کەوتووەتە|کەوتۆتە|تێبەردراوە)(?!\s*بوو)", ("<PAST>", "<HABIT>")),
    _guarded(r"(^[\W_]*|<S>و )ئاگر(ەکە)? ?(لە|له) ?(\S+\s+)?\S+?(ەکانە|ەکەیە|ەکەمانە|ەکەمە|ەکەدایە|دایە|مانە)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>(ئاگر|ئاگرەکە|گڕ|گڕەکە|دووکەڵ|دووکەڵەکە) ?(گەورە ?دەبێت|گەورەتر ?دەبێت|بڵاو ?دەبێتەوە|زیاد ?دەکات|نزیک ?دەبێتەوە)", ("<PAST>", "<HABIT>")),
    _guarded(r"(<S>دووکەڵ(ەکە)?<E>(\s+\S+){0,3}?\s+(دێت|دێتە|گرتووە)<E>|<S>پڕ ?(بووە|ە|بوو) ?لە ?دووکەڵ"
             r"|<S>بۆنی (دووکەڵ|بەنزین|سووتان)\s+(دێت|دێ)<E>)", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>ئاگرگرتوو.{0,40}(ژوورەوە|ناو ماڵ)", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>بەنزین\S*(\s+\S+){0,3}?\s+(دەڕێژن|دەڕێژێت|دەکەن)<E>", ("<PAST>", "<HABIT>")),
    r"<NOW>.{0,30}ئاگر(ی|یان)?( \S+){0,3}? ?(تێ ?بەر ?(دا|درا|دراوە|بوو)|بەردا)<E>|ئاگر(ی|یان)?( \S+){0,3}? ?تێ ?بەر ?(دا|درا)<E>.{0,30}<NOW>",
    r"ئاگر.{0,50}(<S>لە ?(ژوورەوەن|ژوورەوەیە|ماڵن|ماڵەوەن)<E>|گیر(یان|مان|م) ?خواردووە)|<S>لە ?(ژوورەوەن|ماڵن|ماڵەوەن)<E>.{0,50}ئاگر",
    # Just happened and going on, said with now: "they just broke the window", "he started beating my wife now"
    _guarded(r"(<NOW>.{0,40}<EV>|<EV>.{0,40}<NOW>)", ("<PAST>", "<ASK>", "<FORM>")),
    # Hurt: bleeding, badly injured, can't breathe, can't move, unconscious
    _guarded(r"<S>خوێن(ی|م|مان|یان|ێکی زۆر|ێکی)?<E>(\s+\S+){0,3}?\s*(لێ ?)?(دێت|دێ|دەڕوات|دەڕوا|دەڕژێت|ئەڕوات|ئەڕوا)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>(خراپ|بە سەختی|زۆر) ?بریندار ?(بووە|ە|ن|م|ین)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>بریندار(ە|م|ین|ن)<E>", ("<ASK>", "نەخۆشخانە"), need=r"<S>(خێرا|ئەمبولانس\S*|تکایە|وەرن|وەرە|خوێن\S*|ناتوان\S*|فریا\S*|یارمەتی\S*)<E>"),
    _guarded(r"<S>(ناتوانم|ناتوانێت|ناتوانین|ناتوانن) ?(هەناسە ?(ب)?(دەم|دات|دەین|دەن|دا)|بجووڵێم|بجووڵێت|بجوڵێم|بجوولێم|بجوولێت)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>هەناسە(ی|م|مان)? ?(نایەت|نایە|ناکێشێت|بڕاوە)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"(<S>بێ ?هۆش(ە|ن)<E>|<S>بێ ?هۆش ?(کەوتووە|لەسەر)|<S>هۆشی ?(نییە|لەدەستداوە|لە دەست داوە)<E>)", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>بێ ?هۆش ?(بوو|بووە)<E>", ("<PAST>", "<HABIT>"), need="<SHORT>"),
    # Trapped, hiding, surrounded, blocked in, taken
    _guarded(r"<S>گیر(م|مان) ?خواردووە<E>", ("<PAST>", "<HABIT>", "پرسیار|فۆرم|ڕاپۆرت|وەڵام|ماڵپەڕ|مالپەر|ئەپ|بەرنامە|کێشە|قەرز")),
    _guarded(r"<S>خۆ(م|مان)(\s+\S+){0,4}?\s+(شاردۆتەوە|شاردووەتەوە|داخستووە|دەشارمەوە|دەشارینەوە|حەشارداوە)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"(<S>دەور(ی|یان)(\s+\S+){0,2}?\s+داو(ە|م|ین|ن|ەتە)<E>|<S>دەوریان ?داو(ە|م|ین)<E>)", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>(ناهێڵن|نایەڵن|ناهێڵێت|نایەڵێت)(\s+\S+){0,2}?\s+(بڕۆم|بڕۆین|بڕوات|بڕۆن|بچمە دەرەوە|دەربچم|بجووڵێم)<E>", ("<PAST>", "<HABIT>")),
    _guarded(r"<S>ڕێگ(ە|ا)(م|مان|یان)?(\s+\S+){0,3}?\s+گرتووە<E>", ("<PAST>", "<HABIT>"), need="<S>ناتوان(م|ین) ?(بڕۆم|بڕۆین|بجووڵێم|دەربچم|دەرچم)<E>"),
    _guarded(r"(<S><FAM>\S*یان ?(برد|ڕفاند|دزی)<E>(?!\s*بۆ)|<S><FAM>\S* ?(ڕفێنرا|ڕفێندرا|دزرا)<E>)", ("<PAST>", "<HABIT>", "<ASK>", "پۆلیس")),
)]
