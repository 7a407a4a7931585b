"""Urdu (ur): Urdu script and Roman Urdu ("pata nahi", "haan ji"), as typed on phones.

Phones with an Arabic keyboard type ي ك ه for Urdu ی ک ہ, so every Urdu-script phrase is
listed in both spellings (`_spellings`). Roman Urdu has no fixed spelling: the common
variants are listed by hand. Urdu puts "since" after the date ("مارچ سے"), while the
parser expects a starter before it, so REWRITES turn "<date> سے" into "جب سے <date>".
"""
import re

from bot.intake.spelling import expand_keys
from bot.intake.date_patterns import DOTTED_DATE, day_month_since, hour_before
from bot.danger_guard import guarded

_ARABIC_KEYBOARD = str.maketrans({"ی": "ي", "ک": "ك", "ہ": "ه"})


def _spellings(phrases):
    """Each phrase in Urdu letters and as typed on an Arabic keyboard; order kept."""
    return tuple(dict.fromkeys(v for p in phrases for v in (p, p.translate(_ARABIC_KEYBOARD))))


# A language's own words for options (bot/intake/words.py OPTION_WORDS), in Urdu script and
# Roman Urdu: the short answers people text that the option titles do not hold ("میں",
# "mujhe", "بیٹے کی طرف سے", "padosi"). Each names one option of its question only.
_OPTION_WORDS = {
    "reporter_role": {
        "victim": (
            "میں", "مجھے", "مجھ", "مجھ پر", "مجھ سے", "میرے ساتھ", "ساتھ", "میں خود", "خود",
            "مجھے ہی", "متاثرہ", "mutasira", "mutasirah",
            "main", "mein", "mai", "mujhe", "mujhay", "mujhko", "mujh", "mujh par", "mujh pe",
            "mere saath", "mere sath", "meray sath", "mery sath", "main khud", "mein khud", "khud",
        ),
        "witness": (
            "دیکھا", "نے دیکھا", "ہوتے دیکھا", "دیکھا تھا", "گواہ", "عینی شاہد", "میرے سامنے",
            "سامنے ہوا", "maine dekha", "mainay dekha", "meine dekha", "ne dekha", "hote dekha",
            "dekha tha", "gawah", "gawaah", "chashmdeed", "mere samne", "mere saamne", "samne hua",
        ),
        "on_behalf": (
            "بیٹا", "بیٹے", "بیٹی", "بچہ", "بچے", "بچی", "بچوں", "امی", "ماں", "والدہ", "ابو",
            "ابا", "والد", "شوہر", "بیوی", "اہلیہ", "میرا بھائی", "بھائی کی طرف سے", "بہن", "دوست",
            "سہیلی", "پڑوسی", "پڑوسن", "ہمسایہ", "رشتہ دار",
            "خاندان", "گھر والے", "کسی اور", "کی طرف سے", "beta", "bete", "betay", "beti",
            "bachcha", "bacha", "bachay", "bache", "bachi", "bachon", "ammi", "ami", "maa",
            "walida", "abbu", "abu", "abba", "walid", "shohar", "shauhar", "husband", "biwi",
            "bivi", "wife", "mera bhai", "bhai ke saath", "bhai ke sath", "bhai ki taraf se",
            "behen", "behan", "bahen", "sister", "brother", "dost", "saheli", "padosi", "parosi",
            "hamsaya", "rishtedar", "rishtadar", "khandan", "ghar wale", "ghar walay", "kisi aur",
            "ki taraf se",
        ),
    },
    "location_type": {
        "council_home": (
            "گھر", "گھر میں", "گھر پر", "میرے گھر", "اپنے گھر", "فلیٹ", "فلیٹ میں", "مکان",
            "ghar", "ghar mein", "ghar me", "ghar pe", "ghar par", "mere ghar", "apne ghar",
            "flat", "makaan", "makan",
        ),
        "communal_area": (
            "مشترکہ", "سیڑھیاں", "سیڑھیوں", "سیڑھیوں پر", "زینہ", "زینے", "راہداری", "کوریڈور",
            "لفٹ", "لفٹ میں", "کار پارک", "پارکنگ", "باغ", "گارڈن", "صحن", "mushtarka",
            "seerhiyan", "seerhiyon", "sirhiyan", "sirhiyon", "sidhiyan", "zeena", "parking",
            "garden", "sehan",
        ),
        "other": (
            "سڑک", "سڑک پر", "گلی", "گلی میں", "دکان", "دکان میں", "بس میں", "بس اسٹاپ", "اسکول",
            "سکول", "کام پر", "دفتر", "بازار", "مارکیٹ", "ٹرین", "شہر", "کہیں اور", "sarak",
            "sadak", "sarak par", "gali", "gali mein", "dukan", "dukaan", "school", "kaam par",
            "kaam pe", "office", "bazaar", "bazar", "market", "train", "shehar", "kahin aur",
        ),
    },
    "perpetrator_relation": {
        "neighbour": (
            "پڑوسی", "پڑوسن", "پڑوسیوں", "ہمسایہ", "ہمسائے", "ہمسائی", "پڑوس", "ساتھ والے",
            "ساتھ والا", "ساتھ والی", "برابر والے", "parosi", "padosi", "parosan", "padosan",
            "hamsaya", "hamsaye", "humsaya", "saath wale", "sath wale", "sath wala",
            "barabar wale",
        ),
        "council_tenant": (
            "کرایہ دار", "کرائے دار", "اسی بلڈنگ", "اسی بلاک", "kirayedar", "kiraya dar",
            "kirayadar", "kiraye dar", "kirayedaar", "isi building", "isi block", "estate",
        ),
        "visitor": (
            "مہمان", "ملنے آیا", "ملنے آئے", "کسی کا دوست", "کسی کا رشتہ دار", "mehmaan",
            "mehman", "milne aaya", "milne aya", "milne aye", "kisi ka dost", "kisi ka rishtedar",
        ),
        "stranger": (
            "اجنبی", "انجان", "انجانا", "راہگیر", "کبھی نہیں دیکھا", "ajnabi", "ajnabee",
            "anjaan", "anjan", "rahgir", "raahgeer", "kabhi nahi dekha",
        ),
        "unknown": (
            "نہیں دیکھا کون تھا", "دیکھا نہیں کون تھا", "nahi dekha kaun tha",
            "dekha nahi kaun tha",
        ),
    },
    "message_safety": {
        "both": (
            "دونوں", "دونوں ٹھیک", "دونوں صحیح", "dono", "donon", "dono theek", "dono thik",
            "dono sahi", "dono chalega",
        ),
        "texts": (
            "میسج", "میسیج", "میسجز", "ایس ایم ایس", "msg", "msgs", "messages",
        ),
        "voicemail": (
            "صوتی پیغام", "آواز", "ریکارڈ شدہ", "voice", "voice note", "awaz", "aawaz",
        ),
        "neither": (
            "دونوں نہیں", "کوئی بھی نہیں", "کچھ بھی نہیں", "کچھ نہ بھیجیں", "dono nahi",
            "koi bhi nahi", "kuch bhi nahi", "kuch mat bhejo",
        ),
    },
    "hate_types": {
        "race": (
            "نسل", "نسلی", "نسل پرست", "نسل پرستی", "نسلی تعصب", "رنگ", "رنگت", "جلد کا رنگ",
            "کالا", "کالی", "کالے", "پاکستانی", "بنگالی", "ہندوستانی", "انڈین", "ایشیائی",
            "ایشین", "غیر ملکی", "پردیسی", "قومیت", "شہریت", "لہجہ", "nasal", "nasli",
            "nasal parast", "nasal parasti", "rang", "rangat", "kala", "kaala", "kaale", "kale",
            "pakistani", "bangali", "indian", "asian", "ghair mulki", "gair mulki", "pardesi",
            "foreigner", "qaumiyat", "shehriyat", "lehja", "wapas jao",
        ),
        "religion": (
            "مذہب", "مذہبی", "عقیدہ", "مسلمان", "مسلم", "اسلام", "حجاب", "نقاب", "برقع",
            "برقعہ", "عبایا", "داڑھی", "مسجد", "سکھ", "پگڑی", "ہندو", "عیسائی", "یہودی", "قرآن",
            "نماز", "mazhab", "mazhabi", "aqeeda", "musalman", "musalmaan", "niqab", "naqab",
            "burqa", "burka", "abaya", "darhi", "daarhi", "daadhi", "masjid", "pagri", "pagdi",
            "isai", "esai", "yahoodi", "quran", "namaz",
        ),
        "disability": (
            "معذوری", "معذور", "وہیل چیئر", "ویل چیئر", "اندھا", "نابینا", "بہرا", "گونگا",
            "آٹزم", "ذہنی صحت", "ذہنی بیماری", "ذہنی مریض", "mazoori", "mazoor", "mazur",
            "mazuri", "wheel chair", "andha", "nabina", "behra", "bahra", "goonga", "zehni",
            "zehni sehat", "zehni bimari",
        ),
        "sexual_orientation": (
            "جنسی رجحان", "ہم جنس پرست", "ہم جنس پرستی", "گے", "لیسبین", "hum jins parast",
            "hamjins parast", "hum jins", "hamjins",
        ),
        "transgender": (
            "ٹرانس", "ٹرانسجینڈر", "خواجہ سرا", "ہیجڑا", "khawaja sira", "khwaja sira",
            "khwaja sara",
        ),
        "other": (
            "عمر", "عمر کی وجہ سے", "عورت", "بوڑھا", "بزرگ", "umar", "umr", "aurat", "budha",
            "boodha", "buzurg",
        ),
    },
    "harms": {
        "injury": (
            "چوٹ", "زخمی", "زخم", "مارا", "مار پیٹ", "مارا پیٹا", "پٹائی", "خون", "ہسپتال",
            "اسپتال", "تھپڑ", "مکا", "chot", "zakhmi", "zakham", "zakhm", "mara", "maara",
            "maar peet", "mar peet", "pitai", "pitaai", "khoon", "hospital", "thappar",
        ),
        "damage": (
            "نقصان", "ٹوٹا", "ٹوٹی", "ٹوٹ گیا", "توڑا", "توڑ دیا", "توڑ دی", "کھڑکی", "شیشہ",
            "گاڑی", "کار", "دروازہ", "سامان", "nuqsan", "nuksan", "toota", "tuta", "tooti", "tuti",
            "tod diya", "tor diya", "khirki", "khidki", "sheesha", "shisha", "gaari", "gaadi",
            "gari", "darwaza", "darwaaza", "saaman", "saman",
        ),
        "graffiti": (
            "دیوار", "دیواروں", "دیوار پر", "دیواروں پر", "لکھائی", "لکھا", "لکھ دیا", "پینٹ",
            "سپرے", "likha", "likh diya", "deewar", "diwar", "deewar par", "diwar pe", "paint",
            "likhai",
        ),
        "children_present": (
            "بچے", "بچہ", "بچی", "بچوں", "بیٹا", "بیٹی", "بیٹے", "چھوٹے بچے", "bache", "bachay",
            "bachche", "bacha", "bachi", "bachon", "beta", "beti", "bete",
        ),
        "none": (
            "صرف باتیں", "صرف گالیاں", "صرف زبانی", "sirf baatein",
            "sirf gaaliyan", "sirf galiyan", "sirf zabani",
        ),
    },
    "evidence": {
        "photos": (
            "تصویریں", "فوٹو", "فوٹوز", "ویڈیو", "ویڈیوز", "ریکارڈنگ", "ریکارڈ کیا", "فون میں",
            "اسکرین شاٹ", "tasveer", "tasveerein", "tasweer", "pics", "pic", "videos",
            "record kiya", "phone mein",
        ),
        "witnesses": (
            "گواہ", "گواہی", "گواہان", "لوگوں نے دیکھا", "پڑوسی نے دیکھا", "کسی نے دیکھا",
            "سب نے دیکھا", "عینی شاہد", "gawah", "gawaah", "gawahi", "logon ne dekha",
            "logo ne dekha", "parosi ne dekha", "kisi ne dekha", "sab ne dekha",
        ),
        "cctv": (
            "کیمرہ", "کیمرے", "گھنٹی", "دروازے", "دروازے کی گھنٹی", "ڈور بیل", "سی سی ٹی وی",
            "camre", "door bell", "ghanti",
        ),
        "none": (
            "کوئی ثبوت نہیں", "ثبوت نہیں", "کسی نے نہیں دیکھا", "koi saboot nahi",
            "saboot nahi", "kisi ne nahi dekha",
        ),
    },
    "wants": {
        "support": (
            "مدد", "سپورٹ", "بات کرنا", "کسی سے بات", "مشورہ", "خاندان", "madad", "baat karni",
            "kisi se baat", "mashwara", "counselling",
        ),
        "security": (
            "حفاظت", "سیکیورٹی", "تالا", "تالے", "نئے تالے", "دروازہ", "کیمرہ", "الارم",
            "hifazat", "taala", "tala", "taale", "naye taale", "darwaza", "camera",
        ),
        "graffiti_removal": (
            "صاف", "صاف کرنا", "مٹانا", "ہٹانا", "صفائی", "saaf", "saf", "saaf karna", "mitana",
            "hatana", "safai", "safaai",
        ),
        "repair": (
            "مرمت", "ٹھیک کرنا", "مرمت کرنا", "marammat", "murammat",
            "theek karna", "theek karwana", "thik karwana",
        ),
        "transfer": (
            "منتقلی", "منتقل", "دوسرے", "دوسرا گھر", "دوسری جگہ", "نیا گھر", "گھر بدلنا",
            "گھر تبدیل", "شفٹ", "shift", "ghar badalna", "ghar badlna", "doosra ghar",
            "dusra ghar", "naya ghar",
        ),
    },
    "correction": {
        "what": ("واقعہ", "waqia"),
        "when": ("تاریخ", "وقت", "tareekh", "tarikh", "waqt"),
        "where": ("ایڈریس", "جگہ", "پوسٹ کوڈ", "jagah"),
        "who": ("مجرم", "شخص", "mujrim"),
        "contact": ("فون", "فون نمبر", "ای میل", "نام", "naam"),
        "help": ("ثبوت", "پولیس", "اجازت", "مدد", "saboot", "ijazat", "madad"),
    },
}

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
        "nahi", "nahin", "nai", "ni", "na", "nhi", "nhin", "ji nahi", "nahi ji", "bilkul nahi", "abhi nahi",
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
    "OPTION_WORDS": {
        slot: {code: _spellings(words) for code, words in options.items()}
        for slot, options in _OPTION_WORDS.items()
    },
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
    "LAST_YEAR": _spellings(("پچھلے سال", "گزشتہ سال", "گذشتہ سال", "pichle saal", "pichhle saal", "pichlay saal", "pichle sal", "guzishta saal", "last year")),
    # "The end of October" is its last day (with a month's name: dates._month_end).
    "MONTH_END": _spellings(("آخر", "آخر میں", "aakhir", "akhir", "akhar", "end")),
    # An hour said with one of these is after noon ("raat 10 baje" is 22:00).
    "EVENING": _spellings(("رات", "شام", "raat", "rat", "rait", "shaam", "sham")),
    "FUTURE": _spellings(("آئندہ", "اگلے", "اگلا", "اگلی", "آنے والے", "agle", "agla", "aane wale")),
    # "ہفتہ" is both Saturday and week; "پیر" is Monday and also foot or saint.
    "AMBIGUOUS": _spellings(("ہفتہ", "پیر", "مئی", "جون")),
}

# Danger rule --------------------------------------------------------------------------------
# Present danger only: the progressive "رہا ہے" (is ...ing), the perfect "لگا دی ہے" (has set)
# with no earlier day named, "ابھی" (just now), and pleas; never "تھا" (was), habits
# ("روز", "مہینوں سے"), conditions ("اگر") or threats made by phone or online.
# Patterns are written in Urdu letters; _danger() lets each letter an Arabic keyboard types
# differently (ی ي, ک ك, ہ ه, ے ي, ھ ه, ؤ و, آ ا) match either way. <NAME> is a fragment below.
_KEYBOARD_LETTERS = {"ی": "یيى", "ک": "کك", "ہ": "ہهة", "ھ": "ھه", "ے": "ےيی", "ؤ": "ؤو", "آ": "آا"}
_DANGER_PARTS = {
    # is/are ...ing; not followed by "was", a subjunctive "ہو"/"ho" ("if he is ...ing") or "hoga"
    "PROG": r"\s*(?:رہا|رہی|رہے|رہیں)",
    "RPROG": r"\s+(?:raha|rahi|rahe|rahay|rahey|rha|rhi|rhe)\b",
    "NP": r"(?!\s*(?:تھا|تھی|تھے|تھیں|ہو(?!ں)|tha\b|thi\b|thin\b|thee\b|the\b|thay\b|they\b|ho\b|hoga|hogi|honge))",
    "IS": r"(?:ہے|ہیں|hai|hain|he)(?!\w)(?!\s*[?؟])",
    # right now / at this moment ("ابھی تک" is "so far", "ابھی بھی" is "still": not now)
    "NOW": r"(?:(?:ابھی|abhi)\b(?!\s*(?:تک|بھی|نہیں|tak|bhi|nahi|nahin)\b)|اس\s+وقت|is\s+waqt)",
    "HURRY": r"(?:(?:ابھی|\babhi)\b(?!\s*(?:تک|بھی|نہیں|tak|bhi|nahi|nahin)\b)"
             r"|\b(?:جلدی|فورا|فوری|ایمرجنسی|ارجنٹ|jaldi|jldi|foran|fauran|furan|fori|emergency|urgent)\b)",
    # a habit, a condition, an ongoing campaign or words at a distance: a report, not danger now
    "HABIT": r"(?:\b(?:مہینوں|ہفتوں|سالوں|دنوں|عرصے|عرصہ|روزانہ|روز|ہمیشہ|اکثر|اگر|سکول|اسکول|کلاس"
             r"|mahino|mahinon|maheeno|hafton|salon|saalon|dino|dinon|arse|arsay|arsey|arsa|rozana|roz"
             r"|hamesha|aksar|agar|school|class)\b|بار\s+بار|\bbaa?r\s+baa?r\b"
             r"|\bہر\s+(?:روز|رات|دن|ہفتے|صبح|شام|بار|وقت)\b|\bhar\s+(?:roz|raat|din|hafte|subah|shaam|sham|baar|waqt)\b"
             r"|جب\s+بھی|\bjab\s+bhi\b|\b(?:کل|ہفتے|مہینے|سال|kal|hafte|mahine|saal)\s+(?:سے|se)\b"
             r"|قانون|\bqanoo?n\b|\bدل\b|\bdil\b|آن\s*لائن|\bonline\b|فون\s+پر|\bphone\s+(?:pe|par)\b|میسج|\bmessage|\bmsg\b"
             r"|واٹس\s*ایپ|whatsapp|فیس\s*بک|facebook|instagram|انسٹاگرام|tiktok|ٹک\s*ٹاک|ای\s*میل|\bemail"
             # breaking a fast, a record, a promise, the rules; attacking a faith in words
             r"|\b(?:روزہ|روزے|ریکارڈ|وعدہ|اصول|مذہب|اسلام|roza|rozay|roze|record|waa?da|usool|rules|mazhab|islam|tv)\b|ٹی\s*وی"
             # following up a case
             r"|\b(?:کیس|case)\b)",
    # a day before today: what has been done ("لگا دی ہے") was then, a report
    "EARLIER": r"(?:\b(?:کل|پرسوں|kal|parson|parso|parsoon)\b"
               r"|\b(?:پچھلے|پچھلی|پچھلا|گزشتہ|گذشتہ|pichle|pichhle|pichli|pichla|guzishta|guzashta)\s+"
               r"(?:ہفتے|ہفتہ|مہینے|سال|رات|روز|دن|hafte|hafta|mahine|saal|raat|roz|din)\b"
               r"|\b(?:دن|دنوں|ہفتے|ہفتہ|مہینے|مہینہ|سال|گھنٹے|din|dino|hafte|hafta|mahine|mahina|saal|ghante)\s+"
               r"(?:پہلے|قبل|pehle|pehlay|pahle|pehley)\b"
               r"|\b(?:سوموار|منگل|بدھ|جمعرات|جمعہ|اتوار|somwar|mangal|budh|jumerat|jumeraat|jumm?a|itwaa?r)\s+(?:کو|ko)\b)",
    # things, not people, that get in or are stuck: repairs
    "THINGS": r"(?:پانی|چوہ|کیڑ|لومڑی|بلی|ٹریفک|جام|لفٹ|سوال|فارم|ویب|ایپ|کام|دفتر|قرض|کیس"
              r"|\b(?:chuh|keer)|\b(?:paani|pani|lomri|billi|traffic|jam|lift|sawal|form|website|app|kaam|office|qarz|case)\b)",
    # asking, reporting or sending a report: not a call for help now
    "PAPER": r"(?:\?|؟|رپورٹ|شکایت|فارم|تفصیل|تصویر|ویڈیو|ثبوت|ریفرنس|کیس|کہاں|کیسے|\bکب\b|بعد\s+میں|(?:^|[.،,!]\s*)کیا\b"
             r"|\b(?:report|complaint|shikayat|form|tafseel|photo|tasveer|video|saboot|reference|case|kahan|kaise|kab"
             r"|baad\s+(?:mein|me|main))\b|(?:^|[.،,!]\s*)kya\b)",
    "WEAPON": r"(?:چاقو|چاکو|چھری|چھرا|بندوق|پستول|ریوالور|گن|ہتھیار|تلوار|کلہاڑی|کلہاڑا|ڈنڈا|ڈنڈے|ڈنڈوں|لاٹھی|لاٹھیاں"
              r"|لاٹھیوں|راڈ|سریا|بیٹ|تیزاب|پیٹرول|پٹرول"
              r"|\b(?:chaa?ku|chakoo|chaqu|chaaqu|churi|chhuri|bandook|banduq|bandooq|pistol|revolver|gun|hathiyar|hathyar"
              r"|talwar|kulhari|kulhara|kulhadi|danda|dande|danday|dandon|dando|lathi|lathiyan|rod|sariya|bat|tezaa?b|acid|petrol)\b)",
    "STRUCK": r"(?:لگا|لگی|لگ\s+گیا|لگ\s+گئی|مارا|ماری|مار\s+دیا|مار\s+دی|گھونپ\s+دیا|گھونپا"
              r"|\b(?:laga|lagi|lag\s+gaya|lag\s+gayi|maara|mara|maari|maar\s+diya|mar\s+diya|maar\s+di|ghonp\s+diya)\b)",
    # done just now: threw, hit, broke, attacked, set fire
    "DONE": r"(?:پھینکا|پھینکی|پھینکے|پھینک\s+دیا|مارا|ماری|مارے|توڑا|توڑی|توڑے|توڑ\s+دیا|توڑ\s+دی|حملہ\s+ہوا|حملہ\s+کیا"
            r"|آگ\s+لگائی|آگ\s+لگا\s+دی|دھکا\s+دیا|گھسیٹا"
            r"|\b(?:phenka|phainka|phenki|phainki|phenke|phenk\s+diya|maara|mara|maari|maare|tora|todi|tori|tod\s+diya"
            r"|tor\s+diya|hamla\s+(?:hua|kiya)|aag\s+lagayi|aag\s+lagai|aag\s+laga\s+di|dhakka\s+diya|ghaseeta)\b)",
    "NOTNEG": r"(?:(?!نہیں|نہ\b|مت\b|nahi|nahin|na\b|mat\b)\S+\s+)",
    # he/they, someone, the men
    "HE": r"(?:وہ|کوئی|لوگ|آدمی|لڑکے|\b(?:woh|wo|voh|vo|koi|log|aadmi|admi|larke|larkay)\b)",
    # somewhere that puts them at me: my door, outside my house, under my window, behind me
    "AT_ME": r"(?:(?:میرے|ہمارے)\s+)?(?:(?:گھر|فلیٹ|دروازے)\s+کے\s+(?:باہر|سامنے|اندر)|دروازے\s+(?:پر|پہ)"
             r"|(?:میری|ہماری)\s+کھڑکی\s+کے\s+(?:نیچے|باہر|سامنے)|(?:میرے|ہمارے)\s+پیچھے"
             r"|\b(?:(?:mere|hamare|humare)\s+)?(?:(?:ghar|flat|darwaze)\s+ke\s+(?:bahar|baahar|samne|andar)|darwaze\s+(?:pe|par)"
             r"|(?:meri|hamari)\s+khirki\s+ke\s+(?:neeche|niche|bahar|samne)|(?:mere|hamare)\s+p(?:ee|i)ch?h?(?:e|ay|ey)))",
    "PLEA": r"(?:پلیز|براہ\s+کرم|کوئی|میری|ہماری|مجھے|ہمیں|جلدی|فوری|ارجنٹ|ایمرجنسی|ہے"
            r"|(?:خدا|اللہ)\s+کے\s+(?:لیے|لئے|واسطے)"
            r"|\b(?:please|plz|pls|plzz|koi|meri|hamari|humari|mujhe|hamein|humein|jaldi|foran|fori|urgent|emergency|hai"
            r"|(?:khuda|allah)\s+ke\s+(?:liye|liay|lie|lye|wastay|waste|wastey|wasty))\b)",
    "HELP": r"(?:ہیلپ|مدد|بچاؤ|بچاو|بچا\s+لیں|بچا\s+لو|بچائیں|بچائیے|ایس\s*او\s*ایس|ایمرجنسی"
            r"|\b(?:help|madad|mdd|bachao|bachaao|bachaw|bacha\s+lo|bacha\s+lein|bachalo|bachayein|bachaen|bachaiye|sos|emergency)\b)",
    "TAIL": r"(?:ہیلپ|مدد|بچاؤ|پلیز|ابھی|جلدی|فورا|کریں|کرو|کرے|کیجیے|کیجئے|بھیجیں|بھیجو|ہے"
            r"|\b(?:help|madad|bachao|me|please|pls|plz|abhi|jaldi|foran|karo|karein|karen|kare|kijiye|bhejo|bhejein|hai)\b)",
    "SERVICE": r"(?:پولیس|ایمبولینس|ایمبولنس|فائر\s*بریگیڈ|فائر\s*برگیڈ|ریسکیو|کسی\s+کو|مدد"
               r"|\b(?:police|polis|ambulance|ambulence|fire\s*brigade|rescue|kisi\s+ko|madad)\b)",
    "SEND": r"(?:بھیجیں|بھیجو|بھیج\s+دیں|بھیج\s+دو|بھیجئے|بھیجیے|بلائیں|بلاؤ|بلا\s+لیں|بلا\s+لو|بلائیے"
            r"|(?:فون|کال)\s+(?:کریں|کرو|کیجیے|کر\s+دیں|کر\s+دو)"
            r"|\b(?:bhejo|bhejein|bhejen|bhejain|bhej\s+do|bhej\s+dein|bhejiye|bulao|bulaen|bulayen|bulayein|bulaein"
            r"|bula\s+lo|bula\s+lein|bulaiye|(?:phone|fone|call)\s+(?:karo|karein|karen|kar\s+do|kar\s+dein|kijiye))\b)(?!\w)",
    "KILL_LATER": r"(?:مار\s+(?:دوں|دے|دیں|ڈالوں|ڈالے|ڈالیں)\s*گ|جان\s+سے\s+مار|ختم\s+کر\s+(?:دوں|دے|دیں)\s*گ"
                  r"|آگ\s+لگا\s+(?:دوں|دے|دیں)\s*گ|جلا\s+(?:دوں|دے|دیں)\s*گ"
                  r"|\b(?:maa?r\s+(?:dunga|doonga|denge|dega|degi|dalunga|daloonga|dalenge|dalega)|jaan\s+se\s+maar"
                  r"|khatam\s+kar\s+(?:denge|dunga|dega)|aag\s+laga\s+(?:dunga|doonga|denge|dega)|jala\s+(?:dunga|denge|dega))\b)",
    "PAST": r"(?:تھا|تھے|تھی|\b(?:tha|the|thi|thay)\b)",
    # "he has come, close this": someone at home the person hides the chat from
    "STOP": r"(?:بند\s+کر|روک|ختم\s+کر|\b(?:band\s+kar|rok|roko|khatam\s+kar)\b)",
    # smoke from cooking or smoking, petrol for the car, photos taken, a patient in hospital
    "SMOKERS": r"(?:سگریٹ|باربی|بار\s+بی|چولہا|چولہے|کھانا|کچن|بوائلر"
               r"|\b(?:cigarette|sigret|bbq|barbecue|chulha|choolha|khana|kitchen|boiler|weed)\b)",
    "FUEL": r"(?:گاڑی\s+میں|ٹینکی|پمپ|\b(?:gh?aa?ri\s+(?:mein|me)|tanki|pump|station)\b)",
    "CAMERA": r"(?:تصویر|فوٹو|ویڈیو|سیلفی|\b(?:photos?|tasveer|tasveerein|videos?|selfie)\b)",
    "HOSPITAL": r"(?:ہسپتال|اسپتال|ڈاکٹر|ٹانکے|\b(?:hospital|haspatal|doctor|taanke)\b)",
    # building work, the weather, toys: breaking and pouring that is not violence
    "WORKS": r"(?:دیوار|تعمیر|مرمت|مستری|ٹھیکیدار|بارش|بادل|کھلون"
             r"|\b(?:deewar|diwar|wall|builders?|renovation|tameer|marammat|mistri|thekedar|baa?rish|baa?dal|khilon))",
    "NOT_I": r"(?!\s*(?:ہوں|\bhoon\b|\bhun\b))",
    "STILL": r"(?:ابھی\s+بھی|اب\s+بھی|ابھی\s+تک|\b(?:abhi\s+bhi|ab\s+bhi|abhi\s+tak)\b)",
    "STAND": r"(?:کھڑا|کھڑی|کھڑے|\b(?:khara|khari|khare|khada|khadi|khade)\b)",
    "SAID": r"(?:کہا|کہتا|کہتی|کہتے|بولا|دھمکی\s+دی|\b(?:kaha|kehta|kehti|kehte|bola|dhamki\s+di)\b)",
}


_URDU_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_GROUP_OPEN = re.compile(r"\((?:\?(?::|=|!|<=|<!))?")


def _word_starts(text):
    """Each alternative that begins with an Urdu letter must begin a word.

    "مار رہا" (is hitting) is not "بیمار رہا" (has been ill). A group glued to what comes
    before it, a letter or "\\s*" (as in "مار\\s*(?:رہا|رہی)", typed "ماررہا"), is left alone.
    """
    out, glued, i = [], [False], 0
    at_start = True
    while i < len(text):
        if at_start and not glued[-1] and _URDU_LETTER.match(text[i]):
            out.append(r"(?<!\w)")
        at_start = False
        c = text[i]
        if c == "\\":
            out.append(text[i:i + 2])
            i += 2
        elif c == "[":
            j = text.index("]", i + 2)
            out.append(text[i:j + 1])
            i = j + 1
        elif c == "(":
            opener = _GROUP_OPEN.match(text, i).group()
            glued.append("".join(out[-3:]).endswith("\\s*") or bool(out and _URDU_LETTER.match(out[-1][-1])))
            out.append(opener)
            i += len(opener)
            at_start = True
        else:
            if c == ")":
                glued.pop()
            out.append(c)
            i += 1
            at_start = c == "|"
    return "".join(out)


def _danger(pattern, *guards):
    """A pattern with its <fragments> filled in, in a message with none of the guards.

    "ONGOING" drops a habit unless "ابھی" says it is now; "RECENT" also drops a day before today;
    any other name is a fragment that must not occur. Urdu words match only at the start of a
    word (_word_starts) and in either keyboard's letters (_KEYBOARD_LETTERS).
    """
    without = [r"^[^\w/]*/"]  # "/help", "/emergency": Rasa intent syntax sent by a button, not a plea
    if "RECENT" in guards:
        without.append("<EARLIER>")
    if "ONGOING" in guards or "RECENT" in guards:
        without.append("^(?!.*<NOW>).*<HABIT>")  # a habit, in a message that does not say "now"
    without += [f"<{g}>" for g in guards if g not in ("ONGOING", "RECENT")]
    text = guarded(pattern, without)
    for _ in range(2):
        for name, part in _DANGER_PARTS.items():
            text = text.replace(f"<{name}>", part)
    text = _word_starts(text)
    return "".join(f"[{_KEYBOARD_LETTERS[c]}]" if c in _KEYBOARD_LETTERS else c for c in text)


DANGER_PATTERNS = [_danger(*p) if isinstance(p, tuple) else _danger(p) for p in (
    # hitting, breaking, beating, attacking, following, surrounding, dragging: "وہ مار رہے ہیں"
    (r"(?:توڑ|پیٹ|مار|گھیر|گھسیٹ|برسا|پیچھا\s+کر|حملہ\s+(?:کر|ہو)|گولی\s+چلا|فائرنگ\s+کر|گلا\s+دبا"
     r"|(?:مارا|پیٹا|گھسیٹا)\s+جا)<PROG><NP><NOT_I>", "ONGOING", "WORKS"),
    # Roman "mar rahe" is also "dying": only with someone it is done to ("bete ko mar rahe hain")
    (r"\b(?:maarr?|(?:ko|mujhe|mujhay|hamein|humein|hume|hamen|use|usay|usey|usko|unko|isko|inko)\s+marr?"
     r"|tor|tod|torr|peet|pit|gh(?:e|ai)r|ghaseet|ghasit|barsa|p(?:ee|i)ch?h?a\s+kar|pecha\s+kar"
     r"|hamla\s+(?:kar|ho)|goli\s+chala|firing\s+kar|gala\s+daba|(?:maa?ra|peeta|pita|ghaseeta)\s+ja)<RPROG><NP><NOT_I>", "ONGOING", "WORKS"),
    # pulling, dragging or taking someone away: "بیٹی کو گاڑی میں کھینچ رہے ہیں"
    (r"(?:کو|\bko)\s+(?:(?:\S+\s+){0,3}?(?:کھینچ|گھسیٹ|kh(?:ee|i)nch|khench|ghaseet|ghasit)"
     r"|(?:زبردستی\s+|zabardasti\s+)?(?:اٹھا\s+کر\s+|utha\s+kar\s+)?(?:لے\s+جا|le\s+ja))(?:<PROG>|<RPROG>)<NP><NOT_I>",
     "ONGOING", "CAMERA"),
    (r"(?:گھسیٹ\s+(?:کر|کے)\s+لے\s+گئے|گھسیٹ\s+لیا|\bghaseet\s+(?:liya|lia|kar\s+le\s+gaye|ke\s+le\s+gaye)\b)<NP>", "RECENT"),
    # burning someone's home, car, door; fire spreading; petrol poured; burning things pushed in
    (r"(?:گھر|گاڑی|گاڑیاں|مکان|دکان|فلیٹ|دروازہ|دروازے|کمرہ|کمرے|سیڑھیاں|آنکھیں|چہرہ|جلد|سب\s+کچھ|مسجد|گوردوارہ|بلڈنگ)"
     r"\s+(?:کو\s+)?(?:جل|جلا)<PROG><NP>", "ONGOING"),
    (r"\b(?:ghar|gh?aa?ri|gaadi|makaa?n|dukaa?n|flat|darwaza|kamra|kamre|seerhiyan|aankh(?:e|ei)n|ankhen|chehra"
     r"|sab\s+kuch|masjid|building)\s+(?:ko\s+)?(?:jal|jala)<RPROG><NP>", "ONGOING"),
    (r"آگ\s+(?:لگا\s+دی\s+ہے|لگ\s+گئی\s+ہے|لگی\s+(?:ہوئی\s+)?ہے|لگا<PROG>|(?:بڑھ|پھیل)<PROG>)<NP>"
     r"|\baag\s+(?:laga\s+di\s+hai|lag\s+gayi\s+hai|lagi\s+(?:hui\s+)?hai|laga<RPROG>|(?:barh|phail)<RPROG>)<NP>", "RECENT"),
    (r"(?:آگ\s+لگا\s*(?:کر|کے)|\baag\s+laga\s*(?:kar|ke)\b)\s+(?:\S+\s+){0,5}?\S+(?:<PROG>|<RPROG>)<NP>", "ONGOING"),
    r"^\W*(?:آگ|\baag\b)(?:\W+(?:آگ|لگی|ہے|جلدی|بچاؤ|مدد|\b(?:aag|lagi|hai|jaldi|bachao|madad|help)\b))*\W*$",
    (r"(?:دروازے|کھڑکی|لیٹر\s*باکس|لیٹر\s*بکس|سیڑھیوں|کمرے|گھر|فلیٹ)\s+(?:سے|میں)\s+دھواں\s+(?:آ|بھر|نکل|پھیل)"
     r"(?:<PROG>|\s+گیا\s+ہے)<NP>"
     r"|\b(?:darwaze|khirki|letter\s*box|seerhiyon|kamre|ghar|flat)\s+(?:se|mein|me)\s+dh(?:u|oo)w?aa?n\s+"
     r"(?:aa|bhar|nikal|phail)(?:<RPROG>|\s+gaya\s+hai)<NP>", "RECENT", "SMOKERS"),
    (r"(?:پیٹرول|پٹرول|مٹی\s+کا\s+تیل|جلتی\s+(?:ہوئی\s+)?(?:\S+\s+){1,2}?)\s*(?:\S+\s+)?(?:ڈال|چھڑک|پھینک)<PROG><NP>"
     r"|\b(?:petrol|jalti\s+(?:hui\s+)?(?:\S+\s+){1,2}?)\s*(?:\S+\s+)?(?:daa?l|chh?irak|phenk)<RPROG><NP>", "ONGOING", "FUEL"),
    # a weapon here now: "اس کے پاس چاقو ہے", "ڈنڈا لے کر کھڑا ہے", "چاقو لہرا رہا ہے", "چھری نکالی ہوئی ہے"
    r"(?:(?:چاقو|چاکو|چھری|بندوق|پستول|ریوالور|ہتھیار|تلوار|کلہاڑی)\s+(?:ہے|ہیں)"
    r"|\b(?:chaa?ku|chakoo|churi|chhuri|bandook|banduq|pistol|revolver|gun|hathiyar|talwar|kulhari)\s+(?:hai|he|hain))"
    r"(?!\w)(?!\s*(?:[?؟]|یا\b|\bya\b))",
    (r"<WEAPON>\s+(?:لے\s*کر|لے\s*کے|لیے(?:\s+ہوئے)?|کے\s+ساتھ|اٹھائے(?:\s+ہوئے)?"
     r"|\b(?:le\s*ke|le\s*kar|lekar|leke|liye(?:\s+hue)?|ke\s+saa?th|uthaye(?:\s+hue)?)\b)\s+(?:\S+\s+){0,4}?"
     r"(?:کھڑا|کھڑے|کھڑی|(?:آ|گھوم|بڑھ)<PROG>|پیچھے|(?:آیا|آ\s+گیا)\s+ہے|(?:آئے|آ\s+گئے)\s+ہیں|باہر\s+(?:ہے|ہیں)"
     r"|\b(?:kh?aa?ra|khare|khari|kharay|khada|khade|khadi|(?:aa|a|ghoom|barh)<RPROG>|p(?:ee|i)ch?h?(?:e|ay|ey)"
     r"|(?:aaya|aya|aa\s+gaya)\s+hai|(?:aaye|aye|aa\s+gaye)\s+hain|bahar\s+(?:hai|hain))\b)<NP>", "ONGOING"),
    (r"(?:آ\s+گئے|آ\s+گیا|\baa\s+gaye\b|\baa\s+gaya\b)[\s\S]{0,30}?<WEAPON>\s+(?:لے\s*کر|لے\s*کے|\ble\s*ke\b|\ble\s*kar\b)",
     "RECENT", "PAST"),
    (r"<WEAPON>\s+(?:\S+\s+)?(?:لہرا|دکھا|نکال|تان|چلا)<PROG><NP>"
     r"|<WEAPON>\s+(?:\S+\s+)?(?:lehra|lahra|dikha|nikal|taan|chala)<RPROG><NP>", "ONGOING"),
    (r"<WEAPON>\s+(?:نکالی|نکالا|نکالے|تانی|تانا|تانے|اٹھائی|اٹھایا)\s+(?:ہوئی|ہوا|ہوئے)\s+(?:ہے|ہیں)"
     r"|<WEAPON>\s+(?:nikali|nikala|nikale|taani|tani|tana|uthaya|uthai)\s+(?:hui|hua|hue|hoi)\s+(?:hai|hain)\b", "RECENT"),
    (r"(?:چاقو|چھری|گولی|تیزاب|\b(?:chaa?ku|churi|chhuri|goli|tezaa?b)\b)\s+<STRUCK>\s+<IS>", "RECENT"),
    (r"(?:گلا|\bgala\b)\s+(?:پکڑا\s+ہوا\s+ہے|دبایا\s+ہوا\s+ہے|(?:pakra|pakda|dabaya)\s+hua\s+hai)", "RECENT"),
    # done just now: "ابھی ابھی مجھ پر تیزاب پھینکا", "mujh pe tezab phenka abhi"
    (r"(?:ابھی|\babhi\b)(?!\s*(?:تک|نہیں|\btak\b|\bnahi))\s+<NOTNEG>{0,6}?<DONE>(?!\w)<NP>"
     r"|<DONE>\s+<NOTNEG>{0,2}?(?:ابھی|\babhi\b)(?!\s*(?:تک|\btak\b|بھی|\bbhi\b))", "RECENT"),
    # shots, gunfire
    (r"(?:گولی|گولیاں)\s+(?:چل<PROG>|چلنے\s+کی\s+آواز\s+(?:آئی|آ\s*رہی)\s+ہے|چلی\s+ہے|چلائی\s+ہے)|فائرنگ\s+ہو<PROG>"
     r"|\bgoli(?:y?aa?n)?\s+(?:chal<RPROG>|chalne\s+ki\s+aa?waa?z\s+(?:aayi|aai|ayi|aa\s+rahi)\s+hai|chali\s+hai)"
     r"|\bfiring\s+ho<RPROG>", "RECENT"),
    # coming to hit me, coming at me, trying to get in, about to break in
    (r"(?:مارنے|پیٹنے)\s+(?:کو\s+|کے\s+لیے\s+)?(?:آ|بڑھ)<PROG><NP>"
     r"|(?:میری|ہماری|گھر\s+کی)\s+طرف\s+(?:آ|بڑھ|دوڑ)<PROG><NP>"
     r"|\b(?:maa?rne|peetne)\s+(?:ko\s+|ke\s+liye\s+)?(?:aa|a|barh)<RPROG><NP>"
     r"|\b(?:meri|hamari|humari|ghar\s+ki)\s+taraf\s+(?:aa|a|barh|daur)<RPROG><NP>", "ONGOING"),
    (r"(?:اندر\s+آنے|زبردستی\s+آنے|گھسنے|مارنے|توڑنے|بند\s+کرنے|کھولنے|جلانے|پکڑنے|کھینچنے|گھسیٹنے|اٹھانے|لے\s+جانے"
     r"|ٹکر\s+مارنے|آگ\s+لگانے)\s+کی\s+کوشش\s+(?:کر)?<PROG><NP>(?!\s*ہوں)"
     r"|\b(?:andar\s+aa?ne|zabardasti\s+aa?ne|ghusne|maa?rne|torne|todne|band\s+karne|kholne|jalane|pakarne|pakadne"
     r"|kheenchne|ghaseetne|uthane|le\s+jane|takkar\s+maa?rne|aag\s+lagane)\s+ki\s+koshish\s+(?:kar)?<RPROG><NP>"
     r"(?!\s*(?:hoon|hun)\b)", "ONGOING"),
    (r"(?:گھسنے|ٹوٹنے|توڑنے|مارنے|جلانے|آگ\s+لگانے|حملہ\s+کرنے)\s+(?:والے|والا|والی)\s+(?:ہے|ہیں)(?!\w)"
     r"|\b(?:ghusne|tootne|tutne|torne|todne|maa?rne|jalane|aag\s+lagane|hamla\s+karne)\s+(?:wala|wale|wali|walay|waley)"
     r"\s+(?:hai|hain)\b", "ONGOING"),
    # in my home now: "اندر آ رہا ہے", "گھر میں گھس آئے ہیں", "کوئی میرے گھر میں ہے"
    (r"اندر\s+(?:آ|گھس)<PROG><NP>|\bandar\s+(?:aa|a|ghus)<RPROG><NP>", "ONGOING", "THINGS"),
    (r"(?:اندر\s+آ\s+(?:گیا|گئے|گئی)|گھس\s+(?:آیا|آئے|آئی|گیا|گئے|گئی))\s+<IS>"
     r"|\b(?:andar\s+aa\s+(?:gaya|gaye|gayi)|ghus\s+(?:aaya|aya|aaye|aye|aayi|gaya|gaye|gayi))\s+<IS>", "RECENT", "THINGS"),
    (r"(?:کوئی\s+(?:میرے|ہمارے)\s+(?:گھر|فلیٹ|کمرے)\s+(?:میں|کے\s+اندر)|(?:وہ|کوئی)\s+(?:میرے\s+|ہمارے\s+)?(?:گھر|فلیٹ)\s+کے\s+اندر)"
     r"\s+<IS>"
     r"|\b(?:koi\s+(?:mere|hamare|humare)\s+(?:ghar|flat|kamre)\s+(?:mein|me|main|ke\s+andar)"
     r"|(?:woh|wo|voh|vo|koi)\s+(?:mere\s+|hamare\s+)?(?:ghar|flat)\s+ke\s+andar)\s+<IS>", "ONGOING"),
    (r"گھیر\s+(?:لیا|لی|لیے|رکھا)\s+<IS>|\bgh(?:e|ai)r\s+(?:liya|lia|li|liye|rakha)\s+<IS>", "RECENT"),
    # breaking the door down: "دروازہ توڑ چکے ہیں", "darwaza tor diya hai"; "دروازہ ٹوٹنے والا ہے" above
    (r"(?:دروازہ|دروازے|تالا|\b(?:darwaza|darwaze|tala)\b)\s+(?:\S+\s+)?(?:توڑ|\btor|\btod)\s+"
     r"(?:دیا|دی|چکے|چکا|ڈالا|\b(?:diya|di|chuke|chuka|dala)\b)\s+<IS>", "RECENT", "PAST"),
    (r"^(?=[\s\S]*<HURRY>)[\s\S]*(?:دروازہ|تالا|\b(?:darwaza|tala)\b)\s+(?:کھول|\bkhol)(?:<PROG>|<RPROG>)<NP><NOT_I>", "ONGOING"),
    (r"(?:دروازے|دروازہ|\bdarwaz[ea]\b)\s+(?:کو\s+|\bko\s+)?(?:دھکے|دھکا|ٹھوکریں|\bdhakk?e\b|\bdhakka\b)\s+(?:دے|\bde\b)"
     r"(?:<PROG>|<RPROG>)<NP>", "ONGOING"),
    # trapped, hiding, shut in, not let out
    (r"(?:پھنس\s+(?:گیا|گئی|گئے)|پھنسا|پھنسی|پھنسے)\s+(?:ہوا\s+|ہوئی\s+|ہوئے\s+)?(?:ہوں|ہیں)(?!\w)"
     r"|\b(?:phans|phas|fans|fas)\s+(?:gaya|gayi|gai|gaye|gae)\s+(?:hoon|hun|hu|hain)\b"
     r"|\b(?:phansa|phasa|phansi|phasi|phanse|phase|fansa|fasa|fansi|fasi|fanse)\s+(?:hua\s+|hui\s+|hue\s+|huay\s+|huye\s+)?"
     r"(?:hoon|hun|hu|hain)\b", "THINGS"),
    r"(?:چھپا|چھپی|چھپے)\s+(?:ہوا\s+|ہوئی\s+|ہوئے\s+)?ہوں(?!\w)|چھپ<PROG>\s+(?:ہوں|ہیں)(?!\w)"
    r"|\bہم\s+(?:\S+\s+){0,3}?چھپے\s+(?:ہوئے\s+)?ہیں(?!\w)"
    r"|\b(?:chh?[ui]pa|chh?[ui]pi|chh?[ui]pe)\s+(?:hua\s+|hui\s+|hoi\s+|hue\s+|huay\s+|huye\s+)?(?:hoon|hun|hu)\b"
    r"|\b(?:hum|ham)\s+(?:\S+\s+){0,3}?chh?[ui]pe\s+(?:hue\s+|huay\s+|huye\s+)?hain\b",
    r"(?:کمرے|باتھ\s*روم|غسل\s*خانے|الماری|گاڑی|ٹوائلٹ|سٹور|اسٹور)\s+میں\s+بند\s+(?:ہوں|ہیں)(?!\w)"
    r"|(?:مجھے|ہمیں|اسے)\s+(?:\S+\s+){0,3}?بند\s+(?:کر\s+(?:دیا|رکھا)\s+ہے|کر\s+کے)"
    r"|\b(?:kamre|bathroom|washroom|toilet|almari|gh?aa?ri|car|store)\s+(?:mein|me|main)\s+band\s+(?:hoon|hun|hu|hain)\b"
    r"|\b(?:mujhe|hamein|humein|use)\s+(?:\S+\s+){0,3}?band\s+(?:kar\s+(?:diya|rakha)\s+hai|kar\s+ke)\b",
    (r"(?:نہیں\s+(?:نکلنے|جانے)|(?:نکلنے|جانے)\s+نہیں)\s+دے<PROG><NP>"
     r"|\b(?:nahi?n?\s+(?:nikalne|jaane|jane)|(?:nikalne|jaane|jane)\s+nahi?n?)\s+de<RPROG><NP>", "ONGOING"),
    # running from them, waiting for me outside, still here, at my door with "now" or a plea
    (r"(?:بھاگ<PROG>\s+(?:ہوں|ہیں)[\s\S]*پیچھے|\bbh?aa?g<RPROG>\s+(?:hoon|hun|hain)\b[\s\S]*\bp(?:ee|i)ch?h?(?:e|ay|ey)\b)"),
    (r"(?:پیچھے\s+(?:لگا|لگی|لگے)\s+(?:ہوا\s+|ہوئی\s+|ہوئے\s+)?(?:ہے|ہیں)(?!\w)|(?:میرے|ہمارے)\s+پیچھے\s+آ<PROG><NP>"
     r"|\bp(?:ee|i)ch?h?(?:e|ay|ey)\s+(?:laga|lagi|lage)\s+(?:hua\s+|hui\s+|hue\s+)?(?:hai|hain)\b"
     r"|\b(?:mere|hamare|humare|chaa?ku\s+le\s+ke)\s+p(?:ee|i)ch?h?(?:e|ay|ey)\s+aa<RPROG><NP>)", "ONGOING"),
    (r"<HE>\s+(?:\S+\s+){0,5}?(?:باہر|\bbaa?har\b)\s+(?:میرا\s+|\bmera\s+)?(?:انتظار|\binte?z(?:aa?|e)r\b|\bintizaa?r\b)"
     r"\s+(?:کر|\bkar\b)(?:<PROG>|<RPROG>)<NP>", "ONGOING"),
    r"(?:وہ|\b(?:woh|wo|voh|vo)\b)\s+(?:لوگ\s+|\blog\s+)?(?:<STILL>\s+|ابھی\s+|\babhi\s+)?"
    r"(?:یہیں|وہیں|\b(?:yahin|yaheen|wahin|waheen)\b)\s+"
    r"(?:(?:کھڑا|کھڑی|کھڑے|\b(?:khara|khari|khare|khada|khadi|khade)\b)\s+<IS>|ہیں(?!\w)|\bhain\b)"
    r"|(?:وہ|\b(?:woh|wo|voh|vo)\b)\s+(?:لوگ\s+|\blog\s+)?<STILL>\s+(?:(?:<AT_ME>)\s+(?:<STAND>\s+)?<IS>"
    r"|(?:یہاں|گلی\s+میں|\b(?:yahan|gali\s+(?:mein|me))\b)\s+(?:<STAND>\s+)?(?:ہیں(?!\w)|\bhain\b))"
    r"|(?:وہ|\b(?:woh|wo|voh|vo)\b)\s+(?:لوگ\s+)?(?:بھاگے|\bbh?aa?ge\b)\s+(?:نہیں|\bnahi?n?\b)(?!\s*(?:تھے|\bthe\b))",
    (r"(?:وہ|\b(?:woh|wo|voh|vo)\b)\s+(?:لوگ\s+|\blog\s+)?(?:ابھی\s+|اس\s+وقت\s+|\babhi\s+)?<AT_ME>\s+"
     r"(?:کھڑا\s+|کھڑے\s+|\b(?:khara|khare|khada|khade)\s+)?<IS>(?=[\s\S]*(?:<HURRY>|اس\s+وقت|پلیز|مدد|بچاؤ|ڈر\s+لگ|خطرہ"
     r"|\b(?:is\s+waqt|please|madad|bachao|help|dar\s+lag|khatra)\b))"
     r"|^(?=[\s\S]*(?:<HURRY>|اس\s+وقت))[\s\S]*(?:وہ|\b(?:woh|wo|voh|vo)\b)\s+(?:لوگ\s+|\blog\s+)?(?:ابھی\s+|\babhi\s+)?"
     r"<AT_ME>\s+(?:کھڑا\s+|کھڑے\s+|\b(?:khara|khare|khada|khade)\s+)?<IS>", "ONGOING"),
    (r"^(?=[\s\S]*(?:بہت\s+جلدی|ایمرجنسی|مدد|بچاؤ|ہیلپ|خطرہ|\b(?:bohat\s+jaldi|emergency|madad|bachao|help|khatra)\b))"
     r"[\s\S]*(?:وہ|\b(?:woh|wo|voh|vo)\b)\s+(?:لوگ\s+|\blog\s+)?(?:پھر\s+|واپس\s+|\b(?:phir|wapas)\s+)?"
     r"(?:آ<PROG>|آ\s+گئے|\baa<RPROG>|\baa\s+gaye\b)\s+<IS>", "ONGOING", "STOP"),
    # threats made face to face now: "دھمکیاں دے رہے ہیں اور باہر کھڑے ہیں", "چیخ رہا ہے کہ مار ڈالوں گا"
    (r"^(?=[\s\S]*(?:<AT_ME>|باہر|کھڑے|کھڑا|یہاں|یہیں|<NOW>|\b(?:bahar|baahar|khare|khara|yahan|yahin)\b))[\s\S]*"
     r"(?:(?:دھمکا|دھمکی|دھمکیاں)\s*(?:دے)?<PROG>|\b(?:dhamka|dhamki|dhamkiyaa?n)\s+(?:de)?<RPROG>)<NP>", "ONGOING"),
    (r"(?:چیخ|چلا|\b(?:cheekh|chilla)\b)(?:<PROG>|<RPROG>)<NP>[\s\S]{0,40}?<KILL_LATER>"
     r"|(?:کہہ|\b(?:keh|kah)\b)(?:<PROG>|<RPROG>)\s+<IS>[\s\S]{0,40}?(?:ابھی|آج|\b(?:abhi|aaj)\b)[\s\S]{0,30}?<KILL_LATER>",
     "ONGOING"),
    (r"(?:پلیز|مدد|جلدی|بچاؤ|ہیلپ|\b(?:please|plz|pls|madad|jaldi|bachao|help)\b)[\s\S]{0,40}?<KILL_LATER>"
     r"|^(?=[\s\S]*(?:ابھی|\babhi\b)[\s\S]{0,20}(?:یہاں|یہیں|باہر|\b(?:yahan|yahin|bahar)\b))[\s\S]*<KILL_LATER>",
     "ONGOING", "SAID"),
    # hurt: bleeding, injured, unconscious, not breathing, not moving, stabbed, shot
    (r"خون\s+(?:بہہ|بہ|نکل|رس)<PROG><NP>|خون\s+(?:بند|رک)\s+نہیں\s+(?:ہو)?<PROG>"
     r"|\bkh(?:oo|u)n\s+(?:beh|bah|behh|nikal|ris)<RPROG><NP>|\bkh(?:oo|u)n\s+(?:band|ruk)\s+nahi?n?\s+(?:ho)?<RPROG>", "RECENT"),
    (r"زخمی\s+(?:ہوں|ہے|ہیں|پڑا|پڑی|پڑے|ہو\s+(?:گیا|گئی|گئے)\s+(?:ہے|ہیں|ہوں))(?!\w)<NP>"
     r"|\bzakh?mi\s+(?:hoon|hun|hai|hain|para|pari|pare|ho\s+(?:gaya|gayi|gaye)\s+(?:hai|hain|hoon))\b<NP>"
     r"|(?:بہت|شدید|سخت|بری|کافی)\s+چوٹ\s+(?:آئی|لگی)\s+(?:ہوئی\s+)?ہے"
     r"|\b(?:bohat|bohot|bahut|bht|buri|sakht|shadeed|kafi)\s+chot\s+(?:aayi|ayi|aai|lagi)\s+(?:hui\s+)?hai\b"
     r"|(?:سر|ماتھا)\s+پھٹ\s+(?:گیا|گئی)\s+ہے|\b(?:sar|sir|matha)\s+phat\s+gaya\s+hai\b", "RECENT", "HOSPITAL"),
    (r"ہل\s+نہیں<PROG>|سانس\s+(?:نہیں|مشکل\s+سے|بمشکل)\s+(?:لے|آ)<PROG>"
     r"|بے\s*ہوش\s+(?:ہے|ہیں|پڑا|پڑی|پڑے|ہو\s+(?:گیا|گئی|گئے)\s+(?:ہے|ہیں))(?!\w)"
     r"|\bhil\s+nahi?n?<RPROG>|\bsaa?ns\s+(?:nahi?n?|mushkil\s+se)\s+(?:le|aa|a)<RPROG>"
     r"|\bbe\s*hosh\s+(?:hai|hain|para|pari|pare|ho\s+(?:gaya|gayi|gaye)\s+(?:hai|hain))\b", "RECENT"),
    # pleas: "help", "مدد مدد", "koi madad kare", "پلیز ہیلپ", "bachao", "ہمیں بچائیں"
    r"^\W*(?:<PLEA>[\s,،!.]+)*<HELP>(?:[\s,،!.]+(?:<HELP>|<TAIL>))*[\s,،!.]*$",
    r"(?:^\W*|(?:کوئی|ابھی|پلیز|جلدی|\b(?:koi|abhi|please|plz|jaldi)\b)\s+)(?:بچاؤ|بچاو|\bbachaa?o\b)"
    r"(?!\s*(?:کے|کا|کی|میں|\b(?:ke|ka|ki|mein)\b))"
    r"|(?:مجھے|ہمیں|اسے|اس\s+کو|ان\s+کو|\b(?:mujhe|hamein|humein|hume|hamen|use|usay|usko|unko|isko)\s+)\s*"
    r"(?:بچا\s+لیں|بچا\s+لو|بچائیں|بچائیے|\b(?:bacha\s+lo|bacha\s+lein|bacha\s+len|bachayein|bachaen|bachaiye)\b)",
    r"(?:خدا|اللہ|\b(?:allah|khuda|khudaa)\b)\s+(?:کے|\bke\b)\s+(?:لیے|لئے|واسطے|\b(?:liye|liay|lie|lye|wastay|waste|wastey|wasty)\b)"
    r"\s+(?:جلدی|مدد|بچا|کوئی|میری\s+مدد|ہیلپ|\b(?:jaldi|madad|bacha|koi|meri\s+madad|help)\b)",
    (r"(?:جلدی|\bjaldi\b)\s+(?:کوئی\s+آئے|آئیں|آؤ|آ\s+جائیں|آ\s+جاؤ|پہنچیں|پہنچو"
     r"|\b(?:koi\s+aa?ye|aao|ao|aaen|aayen|aayein|aa\s+jao|aa\s+jayen|pohncho|pahuncho)\b)(?!\s*(?:گی|گا|گے|\bg[aie]\b))", "PAPER"),
    # send the police / an ambulance / someone now; call 999; need the police now
    (r"^(?=[\s\S]*<HURRY>)[\s\S]*<SERVICE>\s+(?:کو\s+|\bko\s+)?<NOTNEG>?<SEND>"
     r"|(?:پولیس|ایمبولینس|\b(?:police|ambulance)\b)\s+(?:کو\s+|\bko\s+)?<NOTNEG>?"
     r"(?:بلائیں|بلاؤ|بلا\s+لیں|\b(?:bulao|bulaen|bulayen|bulayein|bula\s+lo|bula\s+lein)\b)"
     r"|^(?=[\s\S]*<HURRY>)[\s\S]*(?:پولیس|ایمبولینس|مدد|\b(?:police|ambulance|madad|help)\b)\s+"
     r"(?:کی\s+ضرورت\s+ہے|چاہیے|چاہئے|\b(?:ki\s+zaroo?rat\s+hai|chahiye|chahye|chahiay|chaiye|chahie)\b)"
     r"|(?:جلدی|فورا|فوری|\b(?:abhi|jaldi|foran|fauran)\b)\s+(?:مدد|\bmadad\b)\s+(?:بھیجیں|بھیجو|کریں|کرو|\b(?:bhejo|karo|karein)\b)"
     r"|^\W*(?:<PLEA>\s+)?(?:فوری\s+(?:طور\s+پر\s+)?|\bfori\s+)?(?:مدد|پولیس|ایمبولینس|\b(?:madad|police|ambulance)\b)\s*"
     r"(?:چاہیے|\bchahiye\b)?\s+(?:ابھی|فورا|جلدی|\b(?:abhi|foran|jaldi)\b)\W*$", "PAPER"),
    r"(?:999|۹۹۹|٩٩٩|نائن\s+نائن\s+نائن|\bnine\s+nine\s+nine\b)\s+(?:پر\s+|پہ\s+|کو\s+|\b(?:pe|par|ko|pr)\s+)?"
    r"(?:ملائیں|ملاؤ|ملا\s+دیں|ڈائل\s+کریں|بلائیں|بلاؤ|(?:کال|فون)\s+(?:کریں|کرو|کر\s+دیں)"
    r"|\b(?:milao|milayen|milaen|mila\s+do|dial\s+karo|bulao|(?:call|phone|fone)\s+(?:karo|karein|karen|kar\s+do))\b)",
    # in danger, not safe, our lives at risk, "emergency"
    r"(?:میں|ہم)\s+خطرے\s+میں\s+(?:ہوں|ہیں)(?!\w)|(?:میں|ہم)\s+محفوظ\s+نہیں\s+(?:ہوں|ہیں)(?!\w)"
    r"|\b(?:main|mein|me|hum|ham)\s+(?:khatre|khatray|khatrey)\s+(?:mein|me|main|mai)\s+(?:hoon|hun|hu|hain)\b"
    r"|\b(?:main|mein|hum|ham)\s+(?:mehfoo?z|mahfoo?z|mehfuz|mahfuz)\s+nahi?n?\s+(?:hoon|hun|hu|hain)\b"
    r"|^\W*(?:بہت\s+|\b(?:bohat|bohot|bahut)\s+)?(?:خطرہ|\bkhatra\b)\s+<IS>(?:\s+(?:ابھی|جلدی|\b(?:abhi|jaldi)\b))?\W*$",
    (r"(?:جان|\bjaa?n\b)\s+(?:کو|کا|\b(?:ko|ka)\b)\s+(?:خطرہ|\bkhatra\b)\s+<IS>(?=[\s\S]*(?:<NOW>|جلدی|\bjaldi\b))"
     r"|^(?=[\s\S]*(?:<NOW>|جلدی|\bjaldi\b))[\s\S]*(?:جان|\bjaa?n\b)\s+(?:کو|کا|\b(?:ko|ka)\b)\s+(?:خطرہ|\bkhatra\b)\s+<IS>",
     "ONGOING"),
    # it is happening now: "یہ ابھی ہو رہا ہے"
    r"(?:^\W*|(?:یہ|سب|\b(?:yeh|ye|yah|sab)\b)\s+)(?:ابھی|\babhi\b)\s+(?:ہو\s*رہا\s+ہے|\bho\s+raha\s+hai\b)",
    # a crowd at my door, shouting or throwing
    (r"^(?=[\s\S]*(?:چیخ|نعرے|گالیاں|ڈر|پتھر|\b(?:cheekh|chilla|naa?re|gaa?liyaa?n|dar|pathar)\b))[\s\S]*"
     r"(?:(?:گھر|دروازے|\b(?:ghar|darwaze)\b)\s+(?:کے|\bke\b)\s+(?:باہر|سامنے|\b(?:bahar|baahar|samne)\b)\s+"
     r"(?:ہجوم|بھیڑ|لوگ\s+جمع|\b(?:hujoom|hajoom|bheer|bheed|log\s+jama)\b)"
     r"|(?:باہر|\bbaa?har\b)\s+(?:\S+\s+){0,3}?(?:لوگ|ہجوم|\b(?:log|hujoom)\b)\s+(?:جمع|اکٹھے|\b(?:jama|ikathe|ikatthe)\b))"
     r"\s+(?:ہو\s+گئے\s+)?<IS>", "ONGOING"),
    (r"(?:ہجوم|بھیڑ|\b(?:hujoom|hajoom|bheer|bheed)\b)\s+(?:\S+\s+){0,3}?(?:طرف|\btaraf\b)\s+(?:آ|بڑھ|\baa\b|\bbarh\b)"
     r"(?:<PROG>|<RPROG>)<NP>"
     r"|(?:دروازے|گھر|\b(?:darwaze|ghar)\b)\s+(?:کے|\bke\b)\s+(?:باہر|\bbaa?har\b)\s+(?:ہجوم|بھیڑ|\b(?:hujoom|bheer|bheed)\b)"
     r"\s+<IS>(?=[\s\S]*<NOW>)|^(?=[\s\S]*<NOW>)[\s\S]*(?:دروازے|گھر|\b(?:darwaze|ghar)\b)\s+(?:کے|\bke\b)\s+"
     r"(?:باہر|\bbaa?har\b)\s+(?:ہجوم|بھیڑ|\b(?:hujoom|bheer|bheed)\b)\s+<IS>", "ONGOING"),
    # stones, bricks, bottles coming at the house now
    (r"(?:پتھر|اینٹ|اینٹیں|بوتلیں|بوتل|انڈے|\b(?:pathh?ar|eent|eentein|botal|botlein|ande)\b)\s+"
     r"(?:آ|پھینک|برسا|مار|\b(?:aa|phenk|phaink|barsa|maar|mar)\b)(?:<PROG>|<RPROG>)<NP>", "ONGOING"),
    # circling the house
    (r"(?:ارد\s*گرد|\bird\s*gird\b)\s+(?:چکر|\bchakk?ar\b)\s+(?:لگا|\blaga\b)(?:<PROG>|<RPROG>)<NP>", "ONGOING"),
)]
