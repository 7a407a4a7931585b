"""Every catalog translates every message of the template, fully and faithfully."""
import re
from pathlib import Path

import pytest
from babel.messages.pofile import read_po

from bot.i18n import LANGUAGES, LATIN_URDU, LOCALE_DIR
from bot.i18n_extract import PLURAL_FORMS

TRANSLATED = [lang for lang in LANGUAGES if lang != "en"] + [LATIN_URDU]
# Rasa fills {name}; the action server's strings use %(name)s.
PLACEHOLDER = re.compile(r"\{[^{}\n]*\}|%\(\w+\)[sd]")
# Things a translation must carry over exactly: phone numbers, short numbers, URLs, emails,
# references, postcodes and names the reporter has to type or recognise.
KEPT = re.compile(
    r"https?://\S+?(?=[\s,;]|\.?$|\.\s)|[\w.]+@[\w.]+\w|\d[\d ]*\d|\bHC-|ST4 1HH|USAH|True Vision|emergencySMS|\bSTOP\b|/start|/language"
)
OPTION = re.compile(r"^(\d+) ", re.MULTILINE)


def _read(path: Path):
    with path.open("rb") as f:
        return read_po(f)


@pytest.fixture(scope="module")
def template():
    return _read(LOCALE_DIR / "messages.pot")


def _messages(catalog):
    return [m for m in catalog if m.id]


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalog_translates_every_template_message(lang, template):
    catalog = _read(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po")
    missing = [m.id for m in _messages(template) if m.id not in catalog or not catalog[m.id].string]
    assert missing == [], f"{lang} lacks translations for: {missing}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_catalog_has_no_fuzzy_or_header_fuzzy(lang):
    catalog = _read(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po")
    assert not catalog.fuzzy, f"{lang} header is marked fuzzy"
    fuzzy = [m.id for m in _messages(catalog) if m.fuzzy]
    assert fuzzy == [], f"{lang} has fuzzy entries: {fuzzy}"


@pytest.mark.parametrize("lang", TRANSLATED)
def test_translations_keep_placeholders_numbers_and_links(lang, template):
    catalog = _read(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po")
    problems = []
    for message in _messages(template):
        translated = catalog[message.id].string if message.id in catalog else ""
        if not translated:
            continue  # reported by the completeness test
        if sorted(PLACEHOLDER.findall(message.id)) != sorted(PLACEHOLDER.findall(translated)):
            problems.append(("placeholders", message.id, translated))
        for kept in set(KEPT.findall(message.id)):
            if kept not in translated:
                problems.append((f"lost {kept!r}", message.id, translated))
        if OPTION.findall(message.id) != OPTION.findall(translated):
            problems.append(("numbered options", message.id, translated))
    assert problems == []


@pytest.mark.parametrize("lang", TRANSLATED)
def test_sentences_are_not_left_in_english(lang, template):
    catalog = _read(LOCALE_DIR / lang / "LC_MESSAGES" / "messages.po")
    untranslated = [m.id for m in _messages(template)
                    if len(m.id.split()) > 3 and catalog[m.id].string == m.id]
    assert untranslated == []


def test_arabic_plural_forms_are_the_gettext_ones():
    path = LOCALE_DIR / "ar" / "LC_MESSAGES" / "messages.po"
    assert _read(path).num_plurals == 6
    assert f'"Plural-Forms: {PLURAL_FORMS["ar"]}\\n"' in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("n, form", [(0, 0), (1, 1), (2, 2), (3, 3), (10, 3), (11, 4), (99, 4),
                                     (100, 5), (101, 5), (102, 5), (103, 3), (111, 4)])
def test_arabic_plural_rule_picks_the_cldr_form(n, form):
    """The compiled catalog's rule, as Python's gettext evaluates it, picks CLDR's form."""
    import gettext
    expression = PLURAL_FORMS["ar"].split("plural=", 1)[1].rstrip(";")
    assert gettext.c2py(expression)(n) == form
