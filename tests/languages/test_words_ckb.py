"""Kurdish Sorani: the intake parsers and danger patterns with lang="ckb", as people write it."""
from datetime import date, datetime

import pytest

from bot.intake import SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice, parse_when, parse_yes_no
from bot.intake.date_words import DAY_PHRASES, REWRITES
from bot.intake.normalise import tokens
from bot.safety import mentions_danger

LANG = "ckb"
NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", []), ("religion", []), ("disability", []), ("other", [])]


@pytest.mark.parametrize("text", ['بەڵێ', 'بەلێ', 'ئا', 'باشە', 'ئۆکەی', 'ڕاستە', 'کێشە نییە', 'بەڵێ تکایە', 'بهڵێ', 'ok'])
def test_yes(text):
    assert parse_yes_no(text, lang=LANG) is True


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


@pytest.mark.parametrize("text", ['چەقۆی پێیە', 'دەمانچەی پێیە', 'خەریکن دەرگاکە دەشکێنن', 'خەریکە لێم دەدات', 'ئێستا لە بەر دەرگان', 'فریام کەون', 'لە مەترسیدام', 'ماڵەکەم دەسووتێت', 'پۆلیس بانگ بکەن', 'خهریکن دهرگاکه دهشکێنن'])
def test_present_danger_matches(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", ['دوێنێ دەرگاکەیان شکاند', 'هەڕەشەی لێکردم بە چەقۆ', 'هەفتەی ڕابردوو لێیان دام', 'لە مەترسیدا بووم', 'پار ماڵەکەمان ئاگری گرتبوو', 'جنێوی ڕەگەزپەرستانەیان لەسەر دیوار نووسی'])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


def test_opener_is_not_an_account():
    assert not looks_like_account('سڵاو دەمەوێت ڕاپۆرت بکەم تکایە', lang=LANG)


def test_first_message_with_what_happened_is_an_account():
    assert looks_like_account('دراوسێکەم هەموو شەوێک جنێوی ڕەگەزپەرستانەم پێدەدات', lang=LANG)
