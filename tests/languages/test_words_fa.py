"""Persian: the intake parsers and danger patterns with lang="fa", as people write it."""
from datetime import date, datetime

import pytest

from bot.intake import SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice, parse_when, parse_yes_no
from bot.intake.date_words import DAY_PHRASES, REWRITES
from bot.intake.normalise import tokens
from bot.safety import mentions_danger

LANG = "fa"
NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", []), ("religion", []), ("disability", []), ("other", [])]


@pytest.mark.parametrize("text", ['بله', 'آره', 'اره', 'باشه', 'حتما', 'موافقم', 'اشکال نداره', 'بله لطفا', 'درسته', 'ok'])
def test_yes(text):
    assert parse_yes_no(text, lang=LANG) is True


@pytest.mark.parametrize("text", ['نه', 'نخیر', 'نه ممنون', 'نمیخوام', 'نمی\u200cخوام', 'هرگز', 'لطفا نه', 'موافق نیستم'])
def test_no(text):
    assert parse_yes_no(text, lang=LANG) is False


@pytest.mark.parametrize("text", ['هیچکس', 'هیچ\u200cکس ندید'])
def test_neither_yes_nor_no(text):
    assert parse_yes_no(text, lang=LANG) is None


@pytest.mark.parametrize("text", ['نمیدونم', 'نمی\u200cدونم', 'نمي\u200cدونم', 'نميدونم', 'یادم نیست', 'مطمئن نیستم', 'رد کن', 'سوال بعدی', 'نمیدونم ببخشید'])
def test_skip(text):
    assert is_skip(text, lang=LANG)
    assert parse_yes_no(text, lang=LANG) is SKIPPED


@pytest.mark.parametrize("text", ['همسایه', 'دیشب'])
def test_an_answer_is_not_a_skip(text):
    assert not is_skip(text, lang=LANG)


@pytest.mark.parametrize("text, code", [('دوم', 'religion'), ('گزینه سه', 'disability'), ('یک', 'race'), ('شماره چهار', 'other'), ('۲', 'religion')])
def test_number_words_pick_an_option(text, code):
    assert parse_choice(text, OPTIONS, lang=LANG) == code


@pytest.mark.parametrize("text", ['هیچکدوم', 'هیچ\u200cکدام', 'هيچكدوم', 'هیچی'])
def test_none_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang=LANG) == []


@pytest.mark.parametrize("text", ['همه', 'همش', 'همه\u200cشون'])
def test_all_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang=LANG) == ["race", "religion", "disability", "other"]


@pytest.mark.parametrize("text, day", [(t, date(*d)) for t, d in [('دیشب', (2026, 11, 24)), ('ديشب', (2026, 11, 24)), ('دیروز', (2026, 11, 24)), ('دیروز ساعت ۹ شب', (2026, 11, 24)), ('۳ روز پیش', (2026, 11, 22)), ('سه روز قبل', (2026, 11, 22)), ('دو هفته پیش', (2026, 11, 11)), ('هفته\u200cی پیش', (2026, 11, 18)), ('پریروز', (2026, 11, 23)), ('سه\u200cشنبه', (2026, 11, 24)), ('سه شنبه', (2026, 11, 24)), ('یک ماه پیش', (2026, 10, 25)), ('امروز صبح', (2026, 11, 25)),
    ('شنبه ساعت ۵ عصر', (2026, 11, 21)), ('12.11', (2026, 11, 12))]])  # not the 5th, not 12:11
def test_dates(text, day):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found is not None and found is not SKIPPED
    assert found.date == day


@pytest.mark.parametrize("text, since", [(t, date(*d)) for t, d in [('هر شب از ماه مارس', (2026, 3, 1)), ('هر شب از مارس', (2026, 3, 1)), ('هر روز از اول سپتامبر', (2026, 9, 1))]])
def test_repeated_since(text, since):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found.repeated and found.since == since


# NOW is 4 Azar 1405 in the Persian solar calendar.
@pytest.mark.parametrize("text, day", [(t, date(*d)) for t, d in [
    ('۳ آبان ۱۴۰۵', (2026, 10, 25)), ('۴ آذر', (2026, 11, 25)),
    ('20 اسفند', (2026, 3, 11)),  # no year: the last 20 Esfand, not the coming one
    ('۱۲ عقرب', (2026, 11, 3)),  # Afghanistan's name for Aban
    ('روز ۱۰ مهر ساعت ۸ شب', (2026, 10, 2)), ('۱ فروردين', (2026, 3, 21)),  # Arabic yeh
    ('4 ابان', (2026, 10, 26)),  # madda dropped
    ('ماه مهر ۱۴۰۴', (2025, 9, 23)),  # a month alone is its first day
    ('۱۲ام آبان', (2026, 11, 3)),  # "12th"
]])
def test_solar_calendar_dates(text, day):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found is not None and found is not SKIPPED
    assert found.date == day


def test_repeated_since_a_solar_month():
    found = parse_when('هر شب از ماه مهر', now=NOW, lang=LANG)
    assert found.repeated and found.since == date(2026, 9, 23)


# a future day, a 31st of a 30-day month, "تیر" as "shot" (not the month Tir)
@pytest.mark.parametrize("text", ['۱۰ آذر ۱۴۰۵', '۳۱ مهر', 'تیر خورد'])
def test_not_a_solar_date(text):
    assert parse_when(text, now=NOW, lang=LANG) is None


def test_date_skip():
    assert parse_when('یادم نیست', now=NOW, lang=LANG) is SKIPPED


@pytest.mark.parametrize("table", [DAY_PHRASES, REWRITES])
def test_phrase_keys_are_written_as_tokens_leave_them(table):
    # parse_when looks a matched phrase up by its tokens: a key they change could never be found.
    assert all(" ".join(tokens(key)) in table[LANG] for key in table[LANG])


@pytest.mark.parametrize("text", [
    'چاقو دستشه', 'دارن در رو میشکنن', 'دارن در رو می\u200cشکنن', 'داره منو میزنه', 'الان پشت در هستن', 'در خطرم',
    'به دادم برسید', 'خونه آتیش گرفته', 'پلیس رو خبر کنید', 'امنیت ندارم',
    # going on now: the progressive, with words between and in Arabic-keyboard letters
    'یه گروه دارن مغازمو میشکنن', 'يكي داره خواهرمو ميكشه تو كوچه', 'دو نفر دارن دنبالمون میان', 'دارن ماشینمو آتیش میزنن',
    'همسایه داره با چکش در رو میکوبه', 'دارند به ما حمله می\u200cکنند', 'دارن میان بالا',
    # someone at the door or inside, still here
    'پشت پنجره\u200cان', 'دم در منتظرن', 'یه مرد تو حیاطمونه', 'دزد تو خونمه', 'اونا هنوز اینجان', 'با اسلحه دم در ایستاده',
    'یک نفر داخل خانه ما است',
    # a weapon now, hurt now
    'اسلحه همراهشه', 'کبريت دستشه', 'زنم خونریزی داره', 'خون بند نمیاد', 'بیهوشه نفس نمیکشه', 'شوهرم نفس نمی\u200cکشد',
    'تیر خورده', 'زخمی شدیم کمک', 'گلومو گرفته',
    # a moment ago, and still going on
    'همین الان یکی رو چاقو زدن', 'همین حالا حمله کردن', 'اسید ریختن روم همین الان',
    # fire, smoke
    'آشپزخونه آتیش گرفته', 'ساختمون داره می\u200cسوزه', 'خانه در حال سوختن است', 'همه جا پر از دوده',
    # trapped, hiding, surrounded
    'تو انباری قایم شدیم', 'گیر افتادیم', 'دورمونو گرفتن', 'نمیذارن بریم بیرون', 'راه فرار نداریم',
    # pleas and "call the police", Dari and Finglish too
    'کمک!!!', 'کمککک کمککک', 'هلپ هلپ', 'sos help', 'لطفا پلیس بفرستید الان', 'فوری به پلیس زنگ بزنید', 'یکی به آمبولانس زنگ بزنه',
    '۹۹۹ رو بگیرید', 'کسی بیاد!', 'تو رو خدا بیاید', 'لطفا زود بیاین', 'پولیس ره خبر کنین', 'همی حالا مره لت میکنن کمک',
    'در خطر استم', 'جونمون در خطره', 'komakam konid',
])
def test_present_danger_matches(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    'هفته پیش درو شکستن', 'تهدیدم کرد که منو میکشه', 'دیروز با چاقو تهدیدم کرد', 'خونه آتیش گرفته بود', 'پارسال در خطر بودم',
    'به پلیس زنگ زدم', 'دیشب پشت در بودن', 'هفته پیش یکی اومد تو حیاط', 'دیروز زخمی شدم', 'سال پیش با چاقو زدنش',
    'یه بار با چوب زدنش ولی الان خوبه', 'دیروز گفت الان میکشمت', 'هر شب در میزنن و فرار میکنن', 'هنوز ادامه دارن هر شب در میزنن',
    'صندوق پستیمونو آتیش زدن', 'دو هفته پیش ماشینمو آتیش زدن',
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


# Threats of later harm, questions, a request for help with a report, repairs, fear in general,
# and everyday verbs that look like the danger ones.
@pytest.mark.parametrize("text", [
    'گفت خونتو آتیش میزنم', 'گفتن دفعه بعد خونه رو آتیش میزنیم', 'هر روز میگه میکشمت', 'تو فیسبوک نوشتن باید بکشنمون',
    'باید به پلیس زنگ بزنم؟', 'کی به ۹۹۹ زنگ بزنم', 'میشه پلیس رو خبر کنید؟', 'میشه یکی بیاد خونه رو ببینه', 'پلیس', 'کمک؟',
    'گزارش رو برای پلیس بفرستید', 'کمکم کنید گزارش بدم', 'تو رو خدا کمکم کنید گزارش بدم', 'کمک روحی', 'خط کمک', 'فوریه',
    'آسانسور خرابه', 'لطفا زودتر بیاید شوفاژ رو درست کنید', 'بوی گاز میاد', 'زنگ خطر دود بوق میزنه',
    'خیلی میترسم از همسایه', 'تو محله احساس امنیت ندارم', 'تو خونه تنهام میترسم',
    'ماشینم جلو خونه\u200cست', 'گرافیتی رو دیوار جلو خونمه', 'شوهرم الان تو خونه\u200cست', 'الان تو خونه\u200cام',
    'همسایه داره بهم زنگ میزنه مدام', 'دارن حرف میزنن پشت سرم', 'داره سیگار میکشه', 'داره طول میکشه', 'داره دلمو میشکنه',
    'دارن رو دیوار اسپری میزنن', 'دارم از خنده میمیرم', 'دارم پرونده رو دنبال میکنم', 'دارن زباله\u200cها رو میسوزونن تو حیاط',
    'الان حمله پانیک دارم', 'الان دنبال وکیل میگردم', 'همین الان پلیس زنگ زد', 'لاستیکم چاقو خورده', 'همسایه چاقو داره؟ نمیدونم',
    'اومده تو خونمون زندگی میکنه', 'زباله ریختن تو کوچه', 'صاحبخونه نمیذاره برم',
])
def test_ordinary_message_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account('سلام میخوام یه گزارش بدم لطفا', lang=LANG)


def test_first_message_with_what_happened_is_an_account():
    assert looks_like_account('همسایم هر روز بهم فحش میده و میگه برگرد کشورت', lang=LANG)
