"""Kurdish Sorani: the intake parsers and danger patterns with lang="ckb", as people write it."""
from datetime import date, datetime

import pytest

from bot.intake import SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice, parse_when, parse_yes_no
from bot.intake.date_words import DAY_PHRASES, REWRITES
from bot.intake.normalise import tokens
from bot.interpretation import interpret
from bot.questions import BY_SLOT
from bot.safety import mentions_danger

LANG = "ckb"
NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", []), ("religion", []), ("disability", []), ("other", [])]


@pytest.mark.parametrize("text", ['بەڵێ', 'بەلێ', 'ئا', 'باشە', 'ئۆکەی', 'ڕاستە', 'کێشە نییە', 'بەڵێ تکایە', 'بهڵێ', 'ok'])
def test_yes(text):
    assert parse_yes_no(text, lang=LANG) is True


@pytest.mark.parametrize("text,answer", [('به\u200cڵێ', True), ('نه\u200cخێر', False)])
def test_heh_and_a_non_joiner_typed_for_ae(text, answer):
    """ە typed as ه with a zero-width non-joiner, which splits the word into two tokens."""
    assert parse_yes_no(text, lang=LANG) is answer


def test_an_option_word_typed_with_heh_and_a_non_joiner():
    assert interpret(BY_SLOT["reporter_role"], 'کوڕه\u200cکه\u200cم', LANG).value == "on_behalf"  # my son


@pytest.mark.parametrize("text", ['نەخێر', 'نا', 'نا سوپاس', 'نامەوێت', 'هەرگیز', 'تکایە مەکە', 'ڕازی نیم', 'نهخێر'])
def test_no(text):
    assert parse_yes_no(text, lang=LANG) is False


@pytest.mark.parametrize("text", ['هیچ کەس', 'کەس نەیبینی'])
def test_neither_yes_nor_no(text):
    assert parse_yes_no(text, lang=LANG) is None


@pytest.mark.parametrize("text", ['نازانم', 'نازانم ببورە', 'بیرم نییە', 'دڵنیا نیم', 'دلنیا نیم', 'تێپەڕێنە', 'پرسیاری دواتر', 'لەبیرم چووە', 'نامەوێت بڵێم'])
def test_skip(text):
    assert is_skip(text, lang=LANG)
    assert parse_yes_no(text, lang=LANG) is SKIPPED


@pytest.mark.parametrize("text", ['دراوسێکەم', 'دوێنێ شەو'])
def test_an_answer_is_not_a_skip(text):
    assert not is_skip(text, lang=LANG)


@pytest.mark.parametrize("text, code", [('دووەم', 'religion'), ('ژمارە سێ', 'disability'), ('یەک', 'race'), ('بژاردەی چوار', 'other'), ('٢', 'religion')])
def test_number_words_pick_an_option(text, code):
    assert parse_choice(text, OPTIONS, lang=LANG) == code


@pytest.mark.parametrize("text", ['هیچیان', 'هیچ', 'هیچ کامیان', 'نا هیچیان'])
def test_none_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang=LANG) == []


@pytest.mark.parametrize("text", ['هەموویان', 'هەمووی', 'هەموو ئەمانە'])
def test_all_of_these(text):
    assert parse_multi_choice(text, OPTIONS, lang=LANG) == ["race", "religion", "disability", "other"]


@pytest.mark.parametrize("text, day", [(t, date(*d)) for t, d in [('دوێنێ شەو', (2026, 11, 24)), ('دوینی شەو', (2026, 11, 24)), ('دوێنێ', (2026, 11, 24)), ('شەوی ڕابردوو', (2026, 11, 24)), ('٣ ڕۆژ لەمەوبەر', (2026, 11, 22)), ('سێ ڕۆژ پێش ئێستا', (2026, 11, 22)), ('3 روژ لهمهوبهر', (2026, 11, 22)), ('دوو هەفتە لەمەوبەر', (2026, 11, 11)), ('پێرێ', (2026, 11, 23)), ('ڕۆژی شەممە', (2026, 11, 21)), ('هەفتەی ڕابردوو', (2026, 11, 18)), ('12 ئازار', (2026, 3, 12)), ('ئەمڕۆ بەیانی', (2026, 11, 25)),
    # the izafe and ordinal endings on the day number
    ('١٢ی ئازار', (2026, 3, 12)), ('لە ١٢یەمی ئازار', (2026, 3, 12)), ('12ی تشرینی دووەم', (2026, 11, 12))]])
def test_dates(text, day):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found is not None and found is not SKIPPED
    assert found.date == day


@pytest.mark.parametrize("text, since", [(t, date(*d)) for t, d in [('هەموو ئێوارەیەک لە مانگی ئازارەوە', (2026, 3, 1)), ('هەموو ئێوارەیەک لە ئازارەوە', (2026, 3, 1)), ('هەموو شەوێک لە مانگی مارس', (2026, 3, 1)),
    ('لە 15ی ئازارەوە', (2026, 3, 15))]])  # the day kept: not a one-off on 15 March
def test_repeated_since(text, since):
    found = parse_when(text, now=NOW, lang=LANG)
    assert found.repeated and found.since == since


def test_date_skip():
    assert parse_when('بیرم نییە', now=NOW, lang=LANG) is SKIPPED


@pytest.mark.parametrize("table", [DAY_PHRASES, REWRITES])
def test_phrase_keys_are_written_as_tokens_leave_them(table):
    # parse_when looks a matched phrase up by its tokens: a key they change could never be found.
    assert all(" ".join(tokens(key)) in table[LANG] for key in table[LANG])


@pytest.mark.parametrize("text", ['چەقۆی پێیە', 'دەمانچەی پێیە', 'خەریکن دەرگاکە دەشکێنن', 'خەریکە لێم دەدات', 'ئێستا لە بەر دەرگان', 'فریام کەون', 'لە مەترسیدام', 'ماڵەکەم دەسووتێت', 'پۆلیس بانگ بکەن', 'خهریکن دهرگاکه دهشکێنن',
    # a weapon on them, or held at me
    'پیاوێک چەقۆیەکی بەدەستەوەیە لە بەردەم دەرگاکەم', 'کەسێک بە دەمانچەوە لە دەرەوەی دوکانەکەمە', 'ساتوورەکەی لە ملم داناوە',
    # violence going on: with now / in the middle of it, in a few words, or with a plea or a stranger
    'ئێستا دەرگاکەم دەشکێنن', 'ئێستا بەرد دەگرنە پەنجەرەکانمان', 'پیاوەکە خەریکە لە ژنەکەی دەدات', 'منداڵەکانم دەکوژن',
    'خێرا وەرن لێمان دەدەن', 'لە شەمەندەفەرەکەین و دوو پیاو لێمان دەدەن', 'دەیانەوێت ماڵەکەم بسووتێنن', 'هەوڵ دەدەن پەنجەرەکە بشکێنن',
    'دوو پیاو بەدوامدا دێن', 'بەدوامانەوەن', 'لە دەرگاکەم دەدەن و جنێو دەدەن', 'سەگەکەی بەرەڵا دەکات بۆ سەرمان',
    # someone here now: in the yard, behind the window, in my room
    'هێشتا لە حەوشەکەن', 'دوو کەس لە پشت پەنجەرەکەن', 'پیاوێکی نەناسراو لە ژوورەکەمدایە', 'ئێستا لە دەرەوەی ماڵەکەمن',
    'کۆمەڵێک گەنج لەبەر دەرگاکەمن و هاوار دەکەن', 'هەڕەشە دەکەن و لە دەرەوەن',
    # pleas and calls for the police
    'فریامان بکەون تکایە', 'بە هاوارمانەوە وەرن', 'یارمەتی یارمەتی', 'هاوار تکایە', 'ئاگر ئاگر تکایە', 'زوو پۆلیس بنێرن',
    'تەلەفۆن بۆ ئەمبولانس بکەن', 'پەیوەندی بە پۆلیسەوە بکەن خێرا', 'ئێستا پێویستمان بە ئەمبولانسە', 'لە مەترسیداین تکایە', 'سەلامەت نین',
    # fire and smoke now
    'ئاگرەکە بڵاو دەبێتەوە', 'ماڵەکەمان پڕە لە دووکەڵ', 'دووکەڵ دێتە ژوورەوە', 'بۆنی بەنزین دێت لە دەرگاکەوە', 'دوکانەکەم ئاگری گرتووە',
    # hurt now
    'خوێنێکی زۆرم لێ دەڕوات', 'هاوسەرەکەم بێهۆشە', 'کچەکەم هەناسەی نایەت', 'بابم بریندارە تکایە ئەمبولانس بنێرن',
    # trapped, hiding, surrounded
    'گیرمان خواردووە و دووکەڵ دێت', 'لە تەوالێتەکە خۆمان شاردۆتەوە', 'ئێستا دەوری ئۆتۆمبێلەکەمیان داوە',
    # Persian- and Arabic-keyboard letters
    'فریام کهون', 'چهقوی پییه', 'ئيستا ليم دهدهن', 'ماڵهکهم دهسوتیت', 'خەريكن دەرگاكە دەشكێنن', 'تكایە خيرا وەرن'])
def test_present_danger_matches(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", ['دوێنێ دەرگاکەیان شکاند', 'هەڕەشەی لێکردم بە چەقۆ', 'هەفتەی ڕابردوو لێیان دام', 'لە مەترسیدا بووم', 'پار ماڵەکەمان ئاگری گرتبوو', 'جنێوی ڕەگەزپەرستانەیان لەسەر دیوار نووسی',
    # the past, a threat, "if", online
    'هەفتەی ڕابردوو چەقۆی پێ بوو', 'دوێنێ شەو پیاوێک بە چەقۆوە لە دەرەوەی ماڵەکەم بوو', 'وتی ماڵەکەت دەسووتێنم', 'هەڕەشەی کرد کە دەمکوژێت',
    'دراوسێکەم دەڵێت دەتکوژم', 'هەڕەشە دەکات کە ماڵەکەم دەسووتێنێت', 'ئەگەر نەڕۆن دەتانسووتێنین', 'نامەیەکیان نارد کە دەتانکوژین',
    'لە فەیسبووک هەڕەشەم لێدەکەن', 'ئەو کاتە لە مەترسیدا بووین', 'کوڕەکەم بریندار بوو لە هێرشەکەدا', 'پارساڵ ماڵەکەمان سووتا',
    # a habit or a reason: a report of ongoing abuse
    'دراوسێکەم هەموو شەوێک لە دەرگا دەدات', 'منداڵەکانی جیران هەمیشە بەرد دەهاوێژنە ماڵمان', 'لە قوتابخانە لە کوڕەکەم دەدەن',
    'کەسێک هەموو ڕۆژێک بەدوامدا دێت', 'ناتوانم هەناسە بدەم کاتێک بیری لێدەکەمەوە', 'خۆم لە خەڵک دەشارمەوە چونکە دەترسم',
    # help with a report, a question, the police already there
    'دەمەوێت یارمەتیم بدەن بۆ ڕاپۆرتێک', 'ئێستا پێویستم بە یارمەتییە بۆ پڕکردنەوەی فۆرمەکە', 'کەی پەیوەندی بە پۆلیسەوە بکەم؟',
    'چۆن پۆلیس ئاگادار بکەمەوە', 'ژمارەی ئەمبولانس چەندە؟', 'لینکی مالپەری پۆلیس بنێرە', 'دەتوانن زوو وەرن بۆ قسەکردن',
    'تکایە زوو کەسێک بنێرن بۆ چاککردنەوەی گەرمکەرەوەکە', 'ئێستا پۆلیس لێرەن', 'سوپاس بۆ یارمەتییەکەت',
    # fear in general, repairs and ordinary messages
    'زۆر دەترسم', 'ئاسانسۆرەکە شکاوە', 'ئاسانسۆرەکە زوو زوو دەشکێت', 'گیرم خواردووە لە پرسیارەکەدا', 'بەنزین گرانە',
    'دووکەڵی جگەرەی دراوسێ دێتە ماڵەکەم', 'سەتڵەکان لە دەرەوەن', 'ئێستا ئۆتۆمبێلەکەم لە بەردەم ماڵەکەمە', 'ئێستا دراوسێکەم هاوار دەکات',
    'ئێستا لێرەم', 'ئێستا باشترم سوپاس', 'کوڕەکەمیان برد بۆ قوتابخانە', 'ناهێڵن بچمە مزگەوت', 'خوێندکارم'])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account('سڵاو دەمەوێت ڕاپۆرت بکەم تکایە', lang=LANG)


def test_first_message_with_what_happened_is_an_account():
    assert looks_like_account('دراوسێکەم هەموو شەوێک جنێوی ڕەگەزپەرستانەم پێدەدات', lang=LANG)
