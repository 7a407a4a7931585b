"""Arabic: the intake parsers and danger patterns with lang="ar", as people write it."""
from datetime import date, datetime

import pytest

from bot.intake import SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice, parse_when, parse_yes_no
from bot.intake.date_words import DAY_PHRASES, REWRITES
from bot.intake.normalise import tokens
from bot.safety import mentions_danger

LANG = "ar"
NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", []), ("religion", []), ("disability", []), ("other", [])]


@pytest.mark.parametrize("text", ['نعم', 'ايوه', 'أيوه', 'اكيد', 'طبعا', 'تمام', 'موافق', 'ما في مشكلة', 'نعم من فضلك', 'ok'])
def test_yes(text):
    assert parse_yes_no(text, lang=LANG) is True


@pytest.mark.parametrize("text", ['لا', 'لأ', 'لا شكرا', 'ابدا', 'مش موافق', 'ما بدي', 'لا من فضلك', 'مستحيل'])
def test_no(text):
    assert parse_yes_no(text, lang=LANG) is False


@pytest.mark.parametrize("text", ['لا أحد', 'ما حدا شاف'])
def test_neither_yes_nor_no(text):
    assert parse_yes_no(text, lang=LANG) is None


@pytest.mark.parametrize("text", ['ما بعرف', 'ما أعرف', 'مش عارف', 'مدري', 'نسيت', 'والله ما بعرف', 'تخطى', 'مش متأكد', 'لا أعرف آسف'])
def test_skip(text):
    assert is_skip(text, lang=LANG)
    assert parse_yes_no(text, lang=LANG) is SKIPPED


@pytest.mark.parametrize("text", ['جاري', 'امبارح بالليل'])
def test_an_answer_is_not_a_skip(text):
    assert not is_skip(text, lang=LANG)


@pytest.mark.parametrize("text, code", [('الثاني', 'religion'), ('رقم ثلاثة', 'disability'), ('واحد', 'race'), ('الخيار الرابع', 'other'), ('٢', 'religion')])
def test_number_words_pick_an_option(text, code):
    assert parse_choice(text, OPTIONS, lang=LANG) == code


@pytest.mark.parametrize("text", ['ولا شي', 'لا شيء', 'ولا واحد', 'ماكو'])
def test_none_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang=LANG) == []


@pytest.mark.parametrize("text", ['كلهم', 'الكل', 'كل ما سبق'])
def test_all_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang=LANG) == ["race", "religion", "disability", "other"]


@pytest.mark.parametrize("text, day", [(t, date(*d)) for t, d in [('امبارح بالليل', (2026, 11, 24)), ('الليلة الماضية', (2026, 11, 24)), ('امس', (2026, 11, 24)), ('أمس الساعة 9', (2026, 11, 24)), ('قبل 3 ايام', (2026, 11, 22)), ('منذ ثلاثة أيام', (2026, 11, 22)), ('من ٣ ايام', (2026, 11, 22)), ('قبل اسبوعين', (2026, 11, 11)), ('اول امس', (2026, 11, 23)), ('يوم السبت', (2026, 11, 21)), ('الاسبوع الماضي', (2026, 11, 18)), ('12 آذار', (2026, 3, 12)), ('اليوم الصبح', (2026, 11, 25)), ('الجمعة الصبح', (2026, 11, 20)), ('امس الاول', (2026, 11, 23)), ('12 شهر 11', (2026, 11, 12)), ('الجمعة 10 بالليل', (2026, 11, 20)), ('١٢ من تشرين الثاني', (2026, 11, 12)), ('١٢ نوفمبر الساعة ٨', (2026, 11, 12))]])
def test_dates(text, day):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found is not None and found is not SKIPPED
    assert found.date == day


@pytest.mark.parametrize("text, since", [(t, date(*d)) for t, d in [('كل مساء منذ مارس', (2026, 3, 1)), ('كل ليلة من آذار', (2026, 3, 1)), ('كل يوم ابتداء من شهر أيلول', (2026, 9, 1))]])
def test_repeated_since(text, since):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found.repeated and found.since == since


def test_date_skip():
    assert parse_when('ما بتذكر', now=NOW, lang=LANG) is SKIPPED


@pytest.mark.parametrize("table", [DAY_PHRASES, REWRITES])
def test_phrase_keys_are_written_as_tokens_leave_them(table):
    # parse_when looks a matched phrase up by its tokens: a key they change could never be found.
    assert all(" ".join(tokens(key)) in table[LANG] for key in table[LANG])


@pytest.mark.parametrize("text", [
    'معه سكين', 'عنده مسدس وهو برا', 'يحاولون يكسروا الباب', 'عم يدقوا على الباب', 'هم برا الباب الآن', 'الحقوني',
    'النجدة', 'انا في خطر', 'البيت يحترق', 'اتصلوا بالشرطة بسرعة', 'يضربني الآن', 'أنا أتعرض للضرب', 'مَعَهُ سِكِّين',
    # Levantine عم, Gulf/Iraqi قاعد and دا, Iraqi د-, Egyptian ب- with "now"
    'هم عم يكسروا سيارتي هلق', 'قاعدين يدقون الباب', 'دا يلحقوني هسه', 'ديطاردوني', 'جارنا عم يطعن ابوي',
    'بنتي عم تنضرب', 'يضربون ابوي الحين', 'بيولعوا في البيت دلوقتي', 'هلأ عم يضربوا ابني', 'عم يهاجمونا',
    'كيضربوني', 'عتقوني',  # Moroccan
    # weapons in hand, trying to get in, in the house
    'الزلمة ماسك سكين وعم يركض ورا ابني', 'شاهرين سكاكين', 'جارنا طلع بسكين علينا', 'عم يهددوني بالسكاكين',
    'في واحد ملثم عم يحاول يفتح بابنا', 'عم يحاولوا يفوتوا من الباب الخلفي', 'هو جوا البيت', 'كسروا الباب وهلق جوا',
    'في رجال ملثمين قدام بيتي الحين', 'هم لسا واقفين تحت البيت', 'واقفين ورا الباب',
    # fire, petrol, shooting
    'بيتنا عم يولع', 'الدخان مالي الشقة', 'النار واصلة للدرج', 'في حريق بالعمارة', 'عم يرشوا بنزين عالباب',
    'في اطلاق رصاص بالشارع',
    # hurt now
    'اختي عم تنزف كتير', 'امي فاقدة الوعي', 'ما عم يصحى', 'انا مطعونة', 'انطعن اخوي هلق',
    # hiding, trapped, followed, held
    'مستخبيين ورا الكنبة', 'انا مخبية ورا الباب وهم عم يدقوا', 'انا وولادي محبوسين بالغرفة', 'محاصرينا',
    'ماشي ورايا من ربع ساعة', 'في واحد لاحقني من الباص', 'ماسك ابني ومش عم يتركه', 'شادد شعري',
    # a cry for help, call for the police or an ambulance
    'ساعدووني بسرعه', 'انقذوووني', 'الحقونا يا ناس', 'ارجوكم بسرعة', 'عاجل', 'حدا يتصل بالشرطة بسرعة',
    'اتصلوا بالبوليس', 'ابعتولنا الشرطة هلق', 'بدي بوليس بسرعة', 'بدنا اسعاف',
    # going to kill me
    'رح يذبحوني', 'حيقتلوني', 'سيقتلني',
    # not safe, the negation first (the training data also says "yes, I'm safe" now)
    'ما اني بأمان هسه', 'مش بأمان', 'ما احنا بامان',
])
def test_present_danger_matches(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    'كسروا الباب الأسبوع الماضي', 'هددني بسكين الشهر الماضي', 'كان يضربني كل يوم', 'جاري قال انه رح يحرق بيتي',
    'امبارح كتبوا كلام عنصري على الباب', 'صرخوا علي لأني لابسة حجاب',
    # past accounts, told without a date too
    'واحد سكران هجم علي بالباص وضربني', 'ضربوني وانا هلق بالمستشفى', 'حرقوا سيارتي من شهرين',
    'صار في حريق صغير بالمطبخ بس طفيناه', 'شفت واحد معه سكين بالحديقة الشهر الماضي', 'لحقوني وسبوني وضربوني',
    # threats and ongoing harassment to report
    'قال اذا شافني رح يذبحني', 'بعتلي رسالة انه رح يقتلني', 'عم يضربوا ابني بالمدرسة كل يوم',
    'زميلي بالشغل عم يتنمر علي', 'جوزي بيضربني', 'كل يوم بيستنوني قدام المدرسة ويسبوني',
    # a report, a question, help with the form, the police later
    'الحين ابي ابلغ عن جاري اللي يضربني', 'ساعدوني بدي ابلغ عن جاري', 'بدي مساعدة بالبلاغ', 'هل لازم اتصل بالشرطة؟',
    'شو رقم الطوارئ', 'الجيران اتصلوا بالشرطة', 'اتصلوا بالشرطة وما اجوا', 'لا ما بدي شرطة هلق', 'اتصلوا فيني هلق',
    'ابعتوا حدا يصلح الباب', 'بدي احكي مع حدا هلق', 'الشرطة قالت رح يبعتوا حدا بكرة',
    # not in danger, gone, safe; "hello" and "now" alone
    'لا مش بخطر هلق', 'لا ما في خطر', 'انا بامان هلق', 'ايوه انا بامان الحين', 'ما حدا عم يضربني هلق', 'هو برا البيت هلق مش موجود',
    'هو برا البلد هلق', 'الحمد لله راحوا', 'المنطقة مش آمنة', 'مش هلق', 'هلا هلا', 'تمام الحين',
    # repairs, workmen, smokers, idioms, objects hidden
    'الغاز ما عم يولع', 'الضو عم يولع ويطفي', 'العمال عم يكسروا الرصيف', 'ريحة دخان سجاير من الجيران',
    'الدخان تبع الجيران بيطلع لعندنا', 'عم يحرقوا اعصابي', 'الملل عم يقتلني', 'مخبي الدليل بالدرج',
    'جاري محبوس بالسجن هلق', 'في حدا بالبيت يترجم', 'الولاد برا عم يلعبوا بالكورة',
    'كيفاش نبلغ', 'كيكتبو علي فالفيسبوك',
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account('مرحبا بدي ابلغ عن جريمة كراهية من فضلك', lang=LANG)


def test_first_message_with_what_happened_is_an_account():
    assert looks_like_account('جاري يشتمني كل يوم ويقول ارجع لبلدك', lang=LANG)
