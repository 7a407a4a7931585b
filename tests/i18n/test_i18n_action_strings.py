"""The action server's strings (labels, summary, dates) through bot.i18n, and Babel locales."""
from datetime import datetime, timezone

import pytest
from babel import Locale
from babel.dates import format_date

from actions.reporting import format_due
from bot.date_format import show_date
from bot.bidi import RTL_LANGUAGES
from bot.i18n import LANGUAGES, babel_locale, gettext_for
from bot.labels import label
from bot.summary import render_summary

THURSDAY = datetime(2026, 11, 26, 17, 0, tzinfo=timezone.utc)


def test_labels_are_translated():
    assert label("race", "pl") == "Rasa, pochodzenie etniczne lub narodowość"
    assert label("religion", "ar") == "الدين أو المعتقد"
    assert label("witness", "ckb") == "بینیم کە ڕوویدا"
    assert gettext_for("pa")("Anonymous") == "ਨਾਮ ਤੋਂ ਬਿਨਾਂ"


def test_summary_comes_out_in_the_conversation_language():
    slots = {"description": "Napisali coś na drzwiach", "hate_types": ["race", "religion"],
             "reporter_role": "victim", "consent_police": True, "consent_usah": False}
    summary = render_summary(slots, "pl")
    assert "- Co się stało: Napisali coś na drzwiach" in summary
    assert "- Dlaczego ktoś był celem: Rasa, pochodzenie etniczne lub narodowość, Religia lub światopogląd" in summary
    assert "- Twoja rola: To spotkało mnie" in summary
    assert "- Przekazanie policji: Tak" in summary and "- Skierowanie do USAH: Nie" in summary
    assert "- Kiedy: Nie podano" in summary


def test_an_anonymous_summary_leaves_out_the_usah_referral():
    """No details to pass on, so the question was not asked and is not shown as 'not given'."""
    summary = render_summary({"anonymous": True, "consent_police": True}, "pl")
    assert "- Kontakt: Anonimowo" in summary
    assert "USAH" not in summary and "- Przekazanie policji: Tak" in summary


def test_due_date_is_in_the_language():
    assert format_due(THURSDAY, "pl") == "czwartek 26 listopada, godz. 17:00"
    assert format_due(THURSDAY, "en") == "17:00 on Thursday 26 November"


def test_persian_dates_come_in_the_solar_calendar_first():
    """26 November 2026 is 5 Azar 1405: what an Iranian or Afghan reader counts in."""
    assert "پنجشنبه 5 آذر (26 نوامبر)" in format_due(THURSDAY, "fa")
    assert show_date(THURSDAY.date(), "fa", year=True) == "5 آذر 1405 (26 نوامبر 2026)"
    assert show_date(datetime(2027, 3, 21).date(), "fa") == "1 فروردین (21 مارس)"  # Nowruz
    assert show_date(THURSDAY.date(), "ckb", year=True) == format_date(THURSDAY, "d MMMM y", locale="ckb")


WEEKDAY = {"en": "Thursday", "ur": "جمعرات", "pl": "czwartek", "ro": "joi", "ar": "الخميس",
           "ckb": "پێنجشەممە", "pa": "ਵੀਰਵਾਰ", "fa": "پنجشنبه"}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_babel_locale_formats_dates_in_each_language(lang):
    assert format_date(THURSDAY, "EEEE", locale=babel_locale(lang)) == WEEKDAY[lang]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_babel_agrees_which_languages_are_right_to_left(lang):
    rtl = Locale.parse(babel_locale(lang)).character_order == "right-to-left"
    assert rtl is (lang in RTL_LANGUAGES)
