"""A whole report in each of the eight languages through the live stack's REST channel.

Each conversation opens with an account in the language (detected from the text, or chosen
with the web page's metadata {"language": code}; Urdu in Nastaliq and typed in Latin letters
as Roman Urdu, which is answered from the Roman Urdu catalog, "ur_Latn"),
answers every question in that language (yes/no words, option numbers, a date, "skip"),
confirms the summary and gets a reference. Every bot reply must be the catalog's translation
of the question expected next and, with the reporter's own words, numbers and links taken
out, be identified as that language; so an English reply, a wrong switch of language or an
answer the bot did not understand (it would ask again) fails. The case must carry the language
and the account verbatim.
"""
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Optional

import pytest
import requests
import yaml

from bot.cases import CaseStore
from bot.config import PROJECT_ROOT
from bot.i18n import gettext_for
from bot.language import detect
from bot.language.codes import LATIN

REFERENCE = re.compile(r"HC-\d{4}-\d{5}")
# Bidi isolates (bot/bidi.py wraps numbers in them for right-to-left languages) and marks.
BIDI_CONTROLS = re.compile("[\u2066-\u2069\u200e\u200f\u061c]")
NOT_WORDS = re.compile(r"HC-\d{4}-\d{5}|(?:https?://|www\.)\S+|\S+@\S+|\S+\.(?:uk|org|com)\S*|[0-9]+")
LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f][\w'’.-]*")
RIGHT_TO_LEFT = {"ur", "ar", "ckb", "fa"}
LATIN_SCRIPT = {"en", "pl", "ro", "ur_Latn"}


@dataclass(frozen=True)
class Script:
    """What a reporter says, in one language, question by question (answers parsed by bot/intake)."""
    account: str
    yes: str
    no: str
    name: str
    safe_times: str
    interpreter: str
    when: str
    place: str
    skip: str
    impact: str
    metadata: Optional[Dict[str, str]] = None  # the web page's language selector


SCRIPTS = {
    "en": Script(
        account="A man on our landing shouted racist abuse at my son and spat at him",
        yes="yes", no="no", name="Amira Khan", safe_times="weekdays after 5pm",
        interpreter="no", when="yesterday evening", place="12 Trent Road, Bentilee",
        skip="skip", impact="My son is scared to go to school now"),
    "ur": Script(
        account="ہمارے پڑوسی نے میرے بیٹے کو گالیاں دیں اور کہا اپنے ملک واپس جاؤ",
        yes="جی ہاں", no="نہیں", name="عائشہ بی بی", safe_times="شام پانچ بجے کے بعد",
        interpreter="جی ہاں، اردو", when="کل رات", place="12 Trent Road, Bentilee",
        skip="چھوڑیں", impact="میرا بیٹا اب اسکول جانے سے ڈرتا ہے"),
    "ur_Latn": Script(  # Roman Urdu, detected by bot/language/roman_urdu.py, answered in it
        account="hamare parosi ne mere bete ko gaaliyan di aur kaha apne mulk wapas jao",
        yes="haan", no="nahi", name="Ayesha Bibi", safe_times="shaam 5 baje ke baad",
        interpreter="haan urdu chahiye", when="kal raat", place="12 Trent Road, Bentilee",
        skip="skip karo", impact="mera beta ab school jane se darta hai"),
    "pl": Script(
        account="Sąsiad z naszej klatki wyzywa moją rodzinę od brudnych Polaków i pluje na drzwi",
        yes="tak", no="nie", name="Katarzyna Nowak", safe_times="w dni robocze po 17",
        interpreter="tak, potrzebuję tłumacza", when="wczoraj wieczorem", place="ul. Trent Road 12, Bentilee",
        skip="pomiń", impact="Dzieci nie chcą już bawić się przed blokiem"),
    "ro": Script(
        account="Vecinul de la etaj ne înjură pentru că suntem români și ne-a zgâriat mașina",
        yes="da", no="nu", name="Ioana Popescu", safe_times="după ora 17 în timpul săptămânii",
        interpreter="da, vreau un interpret", when="ieri seară", place="Trent Road 12, Bentilee",
        skip="sari peste", impact="Copiii mei se tem să mai iasă afară",
        metadata={"language": "ro"}),
    "ar": Script(
        account="جاري يكتب عبارات عنصرية على باب شقتنا ويشتمنا لأننا مسلمون",
        yes="نعم", no="لا", name="فاطمة حسن", safe_times="بعد الساعة الخامسة مساء",
        interpreter="نعم، أحتاج إلى مترجم", when="أمس", place="12 Trent Road, Bentilee",
        skip="تخطي", impact="أطفالي خائفون من الخروج من البيت"),
    "ckb": Script(
        account="دراوسێکەمان نووسینی ڕەگەزپەرستانەی لەسەر دەرگاکەمان نووسیوە و جنێومان پێدەدات",
        yes="بەڵێ", no="نەخێر", name="ئاوات ئەحمەد", safe_times="دوای کاتژمێر پێنجی ئێوارە",
        interpreter="بەڵێ، بە کوردی", when="دوێنێ", place="12 Trent Road, Bentilee",
        skip="تێپەڕێنە", impact="منداڵەکانم دەترسن بچنە دەرەوە"),
    "pa": Script(
        account="ਸਾਡੇ ਗੁਆਂਢੀ ਨੇ ਮੇਰੀ ਪੱਗ ਬਾਰੇ ਗਾਲ੍ਹਾਂ ਕੱਢੀਆਂ ਅਤੇ ਸਾਡੇ ਦਰਵਾਜ਼ੇ ਤੇ ਥੁੱਕਿਆ",
        yes="ਹਾਂ", no="ਨਹੀਂ", name="ਹਰਪ੍ਰੀਤ ਕੌਰ", safe_times="ਸ਼ਾਮ ਪੰਜ ਵਜੇ ਤੋਂ ਬਾਅਦ",
        interpreter="ਹਾਂ, ਪੰਜਾਬੀ", when="ਕੱਲ੍ਹ", place="12 Trent Road, Bentilee",
        skip="ਛੱਡੋ", impact="ਮੇਰੇ ਬੱਚੇ ਹੁਣ ਬਾਹਰ ਜਾਣ ਤੋਂ ਡਰਦੇ ਹਨ"),
    "fa": Script(
        account="همسایه‌مان روی در خانه‌مان شعار نژادپرستانه نوشته و به ما فحش می‌دهد",
        yes="بله", no="نه", name="مریم احمدی", safe_times="بعد از ساعت پنج عصر",
        interpreter="بله، مترجم لازم دارم", when="دیروز", place="12 Trent Road, Bentilee",
        skip="رد کن", impact="بچه‌هایم می‌ترسند از خانه بیرون بروند",
        metadata={"language": "fa"}),
}


def turns(s: Script):
    """(answer, the question that should follow it): a named report, every question on the way."""
    return [
        (s.account, "safe_now"),          # the account is kept and not asked for again
        (s.yes, "reporter_role"),
        ("1", "anonymous"),               # it happened to me
        (s.no, "contact_name"),
        (s.name, "contact"),
        ("07400 123456", "safe_times"),
        (s.safe_times, "message_safety"),
        ("2", "interpreter"),             # texts only
        (s.interpreter, "access_needs"),
        (s.no, "hate_types"),
        ("1 2", "incident_when"),         # race, religion
        (s.when, "location"),
        (s.place, "postcode"),
        ("ST2 0AB", "location_type"),
        ("2", "perpetrator_relation"),    # a shared or communal area
        ("1", "perpetrator_description"),  # a neighbour
        (s.skip, "harms"),
        ("3 4", "impact"),                # graffiti, children were there
        (s.impact, "evidence"),
        ("1", "police_reported"),         # photos
        (s.no, "wants"),
        ("1 2", "consent_police"),        # support, security
        (s.yes, "consent_usah"),
        (s.yes, "vulnerability"),
        (s.no, "confirm"),
    ]


def _responses() -> Dict[str, str]:
    domain = yaml.safe_load(Path(PROJECT_ROOT, "domain.yml").read_text(encoding="utf-8"))
    return {name: variants[0]["text"] for name, variants in domain["responses"].items()
            if variants and "text" in variants[0]}


RESPONSES = _responses()


def question_lines(slot: str, code: str):
    """The question's own lines as the catalog translates them (placeholders left out)."""
    response = "utter_summary" if slot == "confirm" else f"utter_ask_{slot}"
    translated = gettext_for(code)(RESPONSES[response])
    parts = re.split(r"\{\w+\}", translated)
    return [line.strip() for part in parts for line in part.split("\n") if line.strip()]


def bare(reply: str) -> str:
    return BIDI_CONTROLS.sub("", reply)


def bots_own_words(reply: str, said, code: str) -> str:
    """The reply without what the reporter said (echoed in the summary), numbers and links;
    in a non-Latin script also without Latin words (names such as USAH, True Vision)."""
    text = bare(reply)
    for words in sorted(said, key=len, reverse=True):
        text = text.replace(words, " ")
    text = NOT_WORDS.sub(" ", text)
    if code not in LATIN_SCRIPT:
        text = LATIN_WORD.sub(" ", text)
    return text


def language_of(catalog: str) -> str:
    """"ur_Latn" (Roman Urdu's catalog) -> "ur", the conversation's language."""
    return catalog.split("_")[0]


def assert_in_language(reply: str, code: str, said, where: str) -> None:
    """`code` is a catalog: one of the eight languages, or Roman Urdu's "ur_Latn"."""
    own = bots_own_words(reply, said, code)
    found = detect(own)
    assert found.code == language_of(code), (
        f"{where}: reply not in {code} (detected {found.code}): {reply!r}")
    if code != "en":
        english = [line for line in _english_lines() if line in bare(reply)]
        assert not english, f"{where}: English left in the {code} reply: {english}"


def _english_lines():
    """Every English line of the questions (long enough to be unmistakable)."""
    return [line for slot in SLOTS for line in question_lines(slot, "en") if len(line) > 12]


SLOTS = [slot for _, slot in turns(SCRIPTS["en"])]


def say(base_url: str, sender: str, text: str, metadata=None) -> str:
    body = {"sender": sender, "message": text}
    if metadata:
        body["metadata"] = metadata
    response = requests.post(f"{base_url}/webhooks/rest/webhook", json=body, timeout=60)
    response.raise_for_status()
    return "\n".join(m.get("text", "") for m in response.json())


@pytest.mark.parametrize("code", list(SCRIPTS))
def test_a_whole_report_in_the_reporters_language(live_stack, code):
    script = SCRIPTS[code]
    sender = f"every-language-{code}"
    said = []
    for step, (answer, slot) in enumerate(turns(script), 1):
        said.append(answer)
        reply = say(live_stack["base_url"], sender, answer, script.metadata)
        where = f"{code} step {step} (answered {answer!r}, expecting {slot})"
        for line in question_lines(slot, code):
            assert line in bare(reply), f"{where}: missing {line!r} in {reply!r}"
        assert_in_language(reply, code, said, where)
    assert script.account in bare(reply), "the summary shows the account verbatim"

    reply = say(live_stack["base_url"], sender, "1", script.metadata)  # send it
    reference = REFERENCE.search(bare(reply))
    assert reference, f"{code}: no reference in {reply!r}"
    assert_in_language(reply, code, said, f"{code} final reply")
    assert "999" in bare(reply) and "0330 0881 339" in bare(reply)

    case = next(c for c in CaseStore(live_stack["database_url"]).export()
                if c["reference"] == reference.group(0))
    assert case["language"] == language_of(code)
    assert case["description"] == script.account
    assert case["hate_types"] == ["race", "religion"]
    assert case["consent_police"] is True and case["consent_usah"] is True
    assert case["incident_date"] is not None, f"{code}: the date {script.when!r} was not understood"
    assert case["postcode"] == "ST2 0AB"
    assert case["interpreter_needed"] is (code != "en")  # English: "no"
    # Staff text back in the reporter's script: Roman Urdu is kept on the case.
    row = next(c for c in CaseStore(live_stack["database_url"]).list_cases()
               if c.reference == reference.group(0))
    assert row.reply_script == (LATIN if code == "ur_Latn" else None)
