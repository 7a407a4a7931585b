"""Urdu (ur): Urdu script and Roman Urdu ("pata nahi", "haan ji"), as typed on phones.

Phones with an Arabic keyboard type ي ك ه for Urdu ی ک ہ, so every Urdu-script phrase is
listed in both spellings (`_spellings`). Roman Urdu has no fixed spelling: the common
variants are listed by hand. Urdu puts "since" after the date ("مارچ سے"), while the
parser expects a starter before it, so REWRITES turn "<date> سے" into "جب سے <date>".
"""
from bot.intake.spelling import expand_keys
from bot.intake.date_patterns import DOTTED_DATE, day_month_since, hour_before

_ARABIC_KEYBOARD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})


def _spellings(phrases):
    """Each phrase in Urdu letters and as typed on an Arabic keyboard; order kept."""
    return tuple(dict.fromkeys(v for p in phrases for v in (p, p.translate(_ARABIC_KEYBOARD))))


WORDS = {
    "SKIP": _spellings((
        "پتا نہیں", "پتہ نہیں", "مجھے نہیں پتا", "مجھے نہیں پتہ", "مجھے پتا نہیں", "معلوم نہیں",
        "مجھے معلوم نہیں", "نہیں معلوم", "یاد نہیں", "مجھے یاد نہیں", "یقین نہیں", "نہیں جانتا",
        "نہیں جانتی", "کوئی اندازہ نہیں", "اندازہ نہیں", "بھول گیا", "بھول گئی", "چھوڑیں",
        "چھوڑ دیں", "رہنے دیں", "اگلا", "اگلا سوال", "نہیں بتانا", "نہیں بتانا چاہتا",
        "نہیں بتانا چاہتی", "نہیں بتا سکتا", "نہیں بتا سکتی",
        "pata nahi", "pata nahin", "pta nahi", "pata nai", "pta nai", "pta ni", "pata ni",
        "mujhe nahi pata", "mujhe pata nahi", "maloom nahi", "malum nahi", "yaad nahi",
        "yad nahi", "yaqeen nahi", "nahi janta", "nahi janti", "koi andaza nahi", "bhool gaya",
        "bhool gayi", "bhul gaya", "chhoro", "choro", "chhor do", "agla", "agla sawal",
        "nahi batana", "nahi bata sakta", "skip karo",
    )),
    "SKIP_FILLER": _spellings((
        "جی", "سوری", "معاف", "کیجیے", "کریں", "بھائی", "باجی", "بس", "واقعی", "سچ", "میں",
        "مجھے", "کب", "کہاں", "کون", "کیا", "یہ", "وہ", "سوال", "ہے", "تھا", "یار", "اب", "تو",
        "ji", "jee", "sorry", "maaf", "karo", "karein", "bhai", "baji", "yaar", "bas", "sach",
        "main", "mujhe", "kab", "kahan", "kaun", "kya", "yeh", "woh", "sawal", "hai", "tha", "ab",
    )),
    "YES": _spellings((
        "ہاں", "ہاں جی", "ہا جی", "جی", "جی ہاں", "بالکل", "جی بالکل", "ٹھیک ہے", "ٹھیک", "صحیح",
        "صحیح ہے", "درست", "درست ہے", "ضرور", "جی ضرور", "اوکے", "کیوں نہیں", "منظور ہے",
        "کوئی بات نہیں", "کوئی مسئلہ نہیں", "ہاں کریں", "کر دیں",
        "haan", "han", "haa", "haan ji", "han ji", "ha ji", "ji", "jee", "ji haan", "bilkul",
        "theek hai", "thik hai", "theek", "thik", "sahi", "sahi hai", "zaroor", "zarur",
        "kyun nahi", "kyu nahi", "koi baat nahi", "koi masla nahi", "kar do",
    )),
    "NO": _spellings((
        "نہیں", "نہیں جی", "جی نہیں", "نہ", "نا", "بالکل نہیں", "نہیں شکریہ", "ابھی نہیں", "غلط",
        "غلط ہے", "درست نہیں", "ٹھیک نہیں", "صحیح نہیں", "مت", "مت کریں", "کبھی نہیں",
        "ہرگز نہیں", "نہیں چاہتا", "نہیں چاہتی", "نہیں کیا", "نہیں تھا",
        "nahi", "nahin", "nai", "ni", "na", "ji nahi", "nahi ji", "bilkul nahi", "abhi nahi",
        "galat", "ghalat", "theek nahi", "thik nahi", "sahi nahi", "mat", "mat karo",
        "kabhi nahi", "nahi chahta", "nahi chahti", "nahi shukriya",
    )),
    "WEAK_YES": _spellings(("براہ کرم", "مہربانی", "شکریہ", "پلیز", "meherbani", "shukriya", "shukria")),
    "NEUTRAL": _spellings((
        "کوئی نہیں", "کسی نے نہیں", "پتا نہیں", "پتہ نہیں", "معلوم نہیں",
        "koi nahi", "kisi ne nahi", "pata nahi", "pta nahi", "maloom nahi",
    )),
    "NONE": _spellings((
        "نہیں", "کوئی نہیں", "کوئی بھی نہیں", "کچھ نہیں", "کچھ بھی نہیں", "ان میں سے کوئی نہیں",
        "نہیں شکریہ", "nahi", "koi nahi", "koi bhi nahi", "kuch nahi", "kuch bhi nahi",
        "in mein se koi nahi",
    )),
    "ALL": _spellings((
        "سب", "سارے", "ساری", "سب کچھ", "سب کے سب", "تمام", "یہ سب", "sab", "saare", "sare",
        "sari", "sab kuch", "sab ke sab", "tamam",
    )),
    "CHOICE_FILLER": _spellings((
        "نمبر", "آپشن", "والا", "والی", "اور", "یا", "بھی", "میں", "جی", "شکریہ", "ٹھیک", "ہے",
        "دونوں", "number", "option", "wala", "wali", "aur", "ya", "bhi", "ji", "hai", "dono",
    )),
    "NUMBER_WORDS": {
        **expand_keys(_spellings, {
            "ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7, "آٹھ": 8,
            "نو": 9, "دس": 10, "پہلا": 1, "پہلی": 1, "دوسرا": 2, "دوسری": 2, "تیسرا": 3,
            "تیسری": 3, "چوتھا": 4, "چوتھی": 4, "پانچواں": 5, "پانچویں": 5,
        }),
        "ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chay": 6,
        "chhe": 6, "saat": 7, "aath": 8, "nau": 9, "das": 10, "pehla": 1, "pehli": 1,
        "doosra": 2, "dusra": 2, "doosri": 2, "teesra": 3, "teesri": 3, "chautha": 4,
    },
    "OPENER": _spellings((
        "السلام", "اسلام", "علیکم", "سلام", "ہیلو", "جی", "مجھے", "میں", "ایک", "رپورٹ",
        "کرنی", "کرنا", "کرانی", "کروانی", "ہے", "ہیں", "چاہتا", "چاہتی", "ہوں", "شکایت", "درج",
        "واقعہ", "واقعے", "نفرت", "انگیز", "جرم", "کی", "کا", "کے", "نے", "کو", "سے", "پر",
        "اور", "یہ", "وہ", "بارے", "طرف", "سلسلے", "مدد", "چاہیے", "کونسل", "کیسے", "کروں",
        "کریں", "براہ", "کرم", "پلیز", "بات", "کسی", "شکریہ",
        "assalam", "salam", "alaikum", "aoa", "mujhe", "main", "ek", "karni", "karna", "hai",
        "chahta", "chahti", "hoon", "shikayat", "darj", "waqia", "nafrat", "jurm", "ki", "ka",
        "ke", "ne", "ko", "se", "par", "pe", "aur", "yeh", "bare", "taraf", "madad",
        "chahiye", "kaise", "karun", "baat",
    )),
}

_UNITS = expand_keys(_spellings, {
    "دن": "دن", "دنوں": "دن", "روز": "دن", "ہفتے": "ہفتے", "ہفتہ": "ہفتے", "ہفتوں": "ہفتے",
    "مہینے": "مہینے", "مہینہ": "مہینے", "مہینوں": "مہینے", "ماہ": "مہینے", "سال": "سال",
    "سالوں": "سال", "گھنٹے": "گھنٹے", "گھنٹوں": "گھنٹے",
})
_ROMAN_UNITS = {
    "din": "دن", "dino": "دن", "dinon": "دن", "hafta": "ہفتے", "hafte": "ہفتے", "hafton": "ہفتے",
    "mahina": "مہینے", "mahine": "مہینے", "maheene": "مہینے", "mahino": "مہینے", "saal": "سال",
    "salon": "سال", "ghante": "گھنٹے", "ghanta": "گھنٹے",
}
_COUNTS = {
    **expand_keys(_spellings, {"ایک": 1, "دو": 2, "تین": 3, "چار": 4, "پانچ": 5, "چھ": 6, "سات": 7,
                      "آٹھ": 8, "نو": 9, "دس": 10, "چند": 3, "کچھ": 3}),
    "ek": 1, "do": 2, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chay": 6,
    "saat": 7, "aath": 8, "nau": 9, "das": 10, "chand": 3, "kuch": 3,
    **{str(d): d for d in range(1, 32)},
}
_AGO = ("پہلے", "قبل", "pehle", "pehlay", "pahle", "qabl")
_SINCE_WORDS = ("سے", "se", "say")
_MONTHS = {
    "جنوری": "جنوری", "فروری": "فروری", "مارچ": "مارچ", "اپریل": "اپریل", "مئی": "مئی",
    "جون": "جون", "جولائی": "جولائی", "اگست": "اگست", "ستمبر": "ستمبر", "اکتوبر": "اکتوبر",
    "نومبر": "نومبر", "دسمبر": "دسمبر", "january": "جنوری", "february": "فروری",
    "march": "مارچ", "april": "اپریل", "may": "مئی", "june": "جون", "july": "جولائی",
    "august": "اگست", "september": "ستمبر", "october": "اکتوبر", "november": "نومبر",
    "december": "دسمبر",
}
_WEEKDAYS = {
    "پیر": "سوموار", "سوموار": "سوموار", "منگل": "منگل", "بدھ": "بدھ", "جمعرات": "جمعرات",
    "جمعہ": "جمعہ", "اتوار": "اتوار", "peer": "سوموار", "pir": "سوموار", "somwar": "سوموار",
    "mangal": "منگل", "budh": "بدھ", "jumerat": "جمعرات", "jumeraat": "جمعرات",
    "juma": "جمعہ", "jumma": "جمعہ", "jummah": "جمعہ", "itwar": "اتوار", "itwaar": "اتوار",
}


def _relative_rewrites():
    """Everyday Urdu and Roman Urdu date phrases as the "3 دن پہلے" dateparser reads.

    The since-rewrites end in a comma, which closes the "since" clause.
    Number words become digits only before a unit: alone, "دو" is also "give".
    """
    rewrites = {}
    units = {**_UNITS, **_ROMAN_UNITS}
    for unit, canonical in units.items():
        for word, n in _COUNTS.items():
            rewrites[f"{word} {unit}"] = f"{n} {canonical}"
            for since in _SINCE_WORDS:  # "3 ہفتوں سے": it started 3 weeks ago and goes on
                rewrites[f"{word} {unit} {since}"] = f"جب سے {n} {canonical} پہلے,"
        for last in ("پچھلے", "پچھلا", "پچھلی", "گزشتہ", "pichle", "pichla", "pichhle", "guzishta"):
            rewrites[f"{last} {unit}"] = f"1 {canonical} پہلے"
            for since in _SINCE_WORDS:
                rewrites[f"{last} {unit} {since}"] = f"جب سے 1 {canonical} پہلے,"
    for ago in _AGO:
        rewrites[ago] = "پہلے"
    for month, target in _MONTHS.items():
        rewrites[month] = target
        for since in _SINCE_WORDS:
            rewrites[f"{month} {since}"] = f"جب سے {target},"
    for day, target in _WEEKDAYS.items():
        rewrites[day] = target
        for last in ("پچھلے", "پچھلا", "گزشتہ", "pichle", "pichla"):
            rewrites[f"{last} {day}"] = target
    return {v: value for key, value in rewrites.items() for v in _spellings([key])}


DATE_WORDS = {
    "DAY_PHRASES": {
        **expand_keys(_spellings, {
            "کل رات": 1, "کل": 1, "کل شام": 1, "کل صبح": 1, "گزشتہ رات": 1, "پچھلی رات": 1,
            "آج": 0, "آج صبح": 0, "آج شام": 0, "آج رات": 0, "ابھی ابھی": 0,
            "تھوڑی دیر پہلے": 0, "پرسوں": 2, "پرسوں رات": 2,
        }),
        "kal raat": 1, "kal rat": 1, "kal": 1, "kal shaam": 1, "kal sham": 1, "kal subah": 1,
        "pichli raat": 1, "aaj": 0, "aj": 0, "aaj subah": 0, "aaj shaam": 0, "aaj raat": 0,
        "abhi abhi": 0, "parson": 2, "parso": 2, "parson raat": 2,
    },
    # "10 baje" (10 o'clock) was read as the 10th
    "PATTERN_REWRITES": (DOTTED_DATE, hour_before("baje", "bje", "bajay", "bajey", "بجے"),
                         day_month_since(_MONTHS, _SINCE_WORDS, "جب سے")),
    "REWRITES": {
        **_relative_rewrites(),
        **expand_keys(_spellings, {"پچھلے سال": "1 سال پہلے", "پچھلے ہفتے": "1 ہفتے پہلے", "ویک اینڈ": "ہفتہ"}),
        "weekend": "ہفتہ",
    },
    "REPEATED": _spellings((
        "ہر", "ہر روز", "ہر رات", "ہر شام", "روز", "روزانہ", "ہمیشہ", "بار بار", "پھر سے",
        "دوبارہ", "کئی بار", "بہت بار", "اکثر", "مسلسل", "لگاتار", "جاری ہے", "ابھی تک",
        "ہوتا رہتا", "کرتے رہتے", "مہینوں سے", "ہفتوں سے", "سالوں سے", "کافی عرصے سے",
        "har", "har roz", "roz", "rozana", "hamesha", "baar baar", "bar bar", "phir se",
        "dobara", "kai baar", "aksar", "musalsal", "lagatar", "jari hai", "abhi tak",
        "hota rehta", "mahino se", "hafton se", "salon se",
    )),
    # Urdu says "since" and "for" after the date; the REWRITES put "جب سے" before it.
    "SINCE": _spellings(("جب سے", "jab se", "shuru se")),
    "FOR": _spellings(("پورے", "poore")),
    "CLAUSE_END": _spellings((
        "اور", "لیکن", "مگر", "پھر", "جب", "ہر", "کو", "aur", "lekin", "magar", "phir", "har",
    )),
    # An hour said with one of these is after noon ("raat 10 baje" is 22:00).
    "EVENING": _spellings(("رات", "شام", "raat", "rat", "rait", "shaam", "sham")),
    "FUTURE": _spellings(("آئندہ", "اگلے", "اگلا", "اگلی", "آنے والے", "agle", "agla", "aane wale")),
    # "ہفتہ" is both Saturday and week; "پیر" is Monday and also foot or saint.
    "AMBIGUOUS": _spellings(("ہفتہ", "پیر", "مئی", "جون")),
}

_NOT_PAST = r"(?!\s*(تھا|تھے|تھی|tha|the|thay|thi))"

# Present danger only: the progressive "رہا ہے" (is ...ing) and "ہے" (has), never "تھا" (was).
DANGER_PATTERNS = [
    r"(چاقو|چھری|چهری|بندوق|پستول|ہتھیار|هتھیار|تلوار)\s+(ہے|ہیں|هے)(?!\S)",
    r"(توڑ|توڑنے|مار|پیٹ|جلا)\s+(رہا|رہے|رہی|رها|رهے)" + _NOT_PAST,
    r"(مارا|پیٹا)\s+جا\s+(رہا|رہی)\s+(ہے|ہوں)",
    r"اندر\s+(آ|گھس)\s+(رہا|رہے|رہی)" + _NOT_PAST,
    r"حملہ\s+ہو\s+(رہا|رہی)" + _NOT_PAST,
    r"آگ\s+(لگا\s+دی\s+ہے|لگی\s+(ہوئی\s+)?ہے|لگا\s+(رہا|رہے|رہی))",
    r"(ابھی|فوری|فوراً|جلدی)\s+مدد|مدد\s+(کریں|کرو)\s+ابھی|بچاؤ|بچاو",
    r"(میں|ہم)\s+خطرے\s+میں\s+(ہوں|ہیں)|(ہم|میں)\s+محفوظ\s+نہیں\s+(ہوں|ہیں)",
    r"پولیس\s+(کو\s+)?(ابھی|جلدی|فوراً|فورا)\s+(بلائیں|بلاؤ|بلاو)|(جلدی|ابھی)\s+پولیس\s+(بلائیں|بلاؤ)",
    r"\b(chaku|chaaku|churi|chhuri|bandook|pistol|hathiyar|talwar)\s+(hai|he|hain)\b",
    r"\b(tor|maar|mar|peet|jala)\s+(raha|rahe|rahi)\b" + _NOT_PAST,
    r"\bandar\s+(aa|a|ghus)\s+(raha|rahe|rahi)\b" + _NOT_PAST,
    r"\baag\s+(laga\s+di\s+hai|lagi\s+(hui\s+)?hai|laga\s+(raha|rahe|rahi))\b",
    r"\b(abhi|foran|fauran|jaldi)\s+madad\b|\bmadad\s+karo\s+abhi\b|\bbachao\b",
    r"\b(main|hum)\s+khatre\s+(mein|me)\s+(hoon|hun|hain)\b",
    r"\bpolice\s+(ko\s+)?(abhi|jaldi|foran)\s+bula",
]
