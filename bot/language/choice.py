"""An explicit choice in the text: a language name, a number from the menu, a keyword for the menu.

Hand-written word lists: these are our own menu's answers, not something a library knows.
A name or keyword counts only when every other word is a filler ("in Arabic please",
"po polsku", "urdu mein baat karo"): "he is Polish" or "they mocked my language" in an
account of what happened must never change the language or open the menu.
"""
import re
from typing import Optional

from bot.language.codes import CODES
from bot.language.detect import MAX_CHARS, words

NAMES = {
    "en": "english angrezi angraizi inglish انگریزی انگلیسی انجليزي الانجليزية الإنجليزية إنجليزي "
          "ئینگلیزی ئینگلیزی ਅੰਗਰੇਜ਼ੀ ਅੰਗਰੇਜ਼ੀ angielski angielsku engleza engleză englezește englezeste",
    "ur": "urdu اردو اُردو ਉਰਦੂ الأردية الاردية أردو ئوردو urdusku",
    "pl": "polish polski polsku polska پولش البولندية بولندي لهستانی poloneza poloneză",
    "ro": "romanian romana română romaneste românește rumuński rumunski rumuńsku rumunsku "
          "رومانیائی الرومانية روماني رومانیایی",
    "ar": "arabic arbi arabi عربی عربي العربية عربية بالعربي بالعربية عەرەبی ਅਰਬੀ arabski arabsku araba",
    "ckb": "kurdish sorani kurdi کوردی سۆرانی كردي الكردية کردی کوردی kurdyjski kurda کرد",
    "pa": "punjabi panjabi ਪੰਜਾਬੀ پنجابی pendżabski pendzabski punjabă",
    "fa": "persian farsi فارسی فارسي الفارسية پارسی فارسى perski persană persana",
}
BY_NAME = {name: code for code, names in NAMES.items() for name in names.split()}

KEYWORDS = frozenset(
    "language languages lang زبان زبانیں زبانوں język jezyk języki jezyki limba limbă limbi "
    "لغة اللغة لغات زمان ਭਾਸ਼ਾ ਬੋਲੀ".split()
)

# Words that may stand beside a name or keyword in a request for it, in each language.
FILLERS = frozenset(
    # English
    "in please pls plz can could you i we want would like to speak talk write change switch the "
    "another other a an my use choose select set menu reply answer chat me us let's lets ok okay "
    # Roman Urdu / Punjabi
    "mein main mai me baat karo karein kar karen sakte sakta hain hai mujhe chahiye zaban zabaan "
    "ji bhai plz meherbani ap aap "
    # Polish
    "po proszę prosze chcę chce mówić mowic pisać pisac czy można mozna zmień zmien zmiana inny "
    # Romanian
    "în vă rog va te vreau doresc să sa vorbesc vorbim scrie scrieți schimba schimbă alta altă "
    # Arabic-script fillers (Arabic, Persian, Urdu, Sorani)
    "في من فضلك لو سمحت أريد اريد ارید تكلم تحدث اكتب بال لطفا لطفاً لطفًا به می خواهم میخواهم "
    "حرف بزن بنویس صحبت کن کنید میں کریں کرو بات چاہیے مہربانی براہ کرم بە بە تکایە دەمەوێ "
    "قسە بکە بنووسە تغيير عوض عوض کردن تغییر بدل "
    # Punjabi (Gurmukhi)
    "ਵਿੱਚ ਕਿਰਪਾ ਕਰਕੇ ਗੱਲ ਕਰੋ ਚਾਹੀਦੀ ਲਿਖੋ ਜੀ".split()
)
MAX_WORDS = 6

_DIGITS = re.compile(r"\d+")


def _tokens(text: str):
    return words(text)


def _only_fillers_besides(tokens, special) -> bool:
    return len(tokens) <= MAX_WORDS and all(t in FILLERS for t in tokens if t not in special)


def named_language(text: str) -> Optional[str]:
    """The language asked for by name in a short request, or None."""
    tokens = _tokens(text)
    named = {BY_NAME[t] for t in tokens if t in BY_NAME}
    if len(named) != 1 or not _only_fillers_besides(tokens, set(BY_NAME) | KEYWORDS):
        return None
    return named.pop()


def menu_answer(text: str) -> Optional[str]:
    """The language for a menu number (any script's digits: ٢, ۲, ੨ are 2), or None."""
    numbers = _DIGITS.findall(text[:MAX_CHARS])
    if len(numbers) != 1 or words(text) or len(numbers[0]) > 2:
        return None
    number = int(numbers[0])
    return CODES[number - 1] if 1 <= number <= len(CODES) else None


def asks_for_menu(text: str) -> bool:
    """A short request for the language menu ("language", "change language", "زبان")."""
    tokens = _tokens(text)
    return any(t in KEYWORDS for t in tokens) and _only_fillers_besides(tokens, KEYWORDS)
