"""Urdu (Urdu script and Roman Urdu) through the real intake parsers and danger rule."""
from datetime import date, datetime

import pytest

from bot.intake import (SKIPPED, is_skip, looks_like_account, parse_choice, parse_multi_choice,
                        parse_when, parse_yes_no)
from bot.safety import mentions_danger

NOW = datetime(2026, 11, 25, 14, 0)  # a Wednesday
OPTIONS = [("race", ["نسل"]), ("religion", ["مذہب"]), ("disability", ["معذوری"])]


@pytest.mark.parametrize("text", ["ہاں", "ہاں جی", "جی ضرور", "ٹھیک ہے", "بالکل", "haan ji", "theek hai", "کوئی بات نہیں"])
def test_yes(text):
    assert parse_yes_no(text, lang="ur") is True


@pytest.mark.parametrize("text", ["نہیں", "جی نہیں", "نہیں شکریہ", "nahi", "bilkul nahi", "theek nahi", "ابھی نہیں"])
def test_no(text):
    assert parse_yes_no(text, lang="ur") is False


def test_arabic_keyboard_spelling():
    assert parse_yes_no("هاں", lang="ur") is True


@pytest.mark.parametrize("text", ["پتا نہیں", "مجھے نہیں پتا", "سوری یاد نہیں", "pata nahi", "pta nai yaar", "اگلا سوال"])
def test_skip(text):
    assert is_skip(text, lang="ur")
    assert parse_yes_no(text, lang="ur") is SKIPPED


def test_no_one_is_neither_yes_nor_no():
    assert parse_yes_no("کوئی نہیں دیکھ رہا تھا", lang="ur") is None


@pytest.mark.parametrize("text, code", [("دو", "religion"), ("نمبر تین", "disability"), ("پہلا", "race"), ("teen", "disability")])
def test_number_words(text, code):
    assert parse_choice(text, OPTIONS, lang="ur") == code


def test_none_and_all():
    assert parse_multi_choice("کوئی نہیں", OPTIONS, lang="ur") == []
    assert parse_multi_choice("kuch nahi", OPTIONS, lang="ur") == []
    assert parse_multi_choice("سب", OPTIONS, lang="ur") == ["race", "religion", "disability"]


@pytest.mark.parametrize("text, day", [
    ("کل رات", date(2026, 11, 24)),
    ("kal raat", date(2026, 11, 24)),
    ("کل", date(2026, 11, 24)),
    ("3 دن پہلے", date(2026, 11, 22)),
    ("۳ دن پہلے", date(2026, 11, 22)),
    ("تین دن پہلے", date(2026, 11, 22)),
    ("teen din pehle", date(2026, 11, 22)),
    ("پرسوں", date(2026, 11, 23)),
    ("پچھلے ہفتے", date(2026, 11, 18)),
    ("پچھلے جمعہ", date(2026, 11, 20)),
    ("jumma 10 baje", date(2026, 11, 20)),  # not the 10th
    ("aaj se 2 din pehle", date(2026, 11, 23)),  # not today
    ("jumma 10", date(2026, 11, 20)),  # 10 o'clock, not the 10th
    ("اتوار 9 بجے", date(2026, 11, 22)),
    ("12.11", date(2026, 11, 12)),  # not 12:11
])
def test_one_off_dates(text, day):
    result = parse_when(text, now=NOW, lang="ur")
    assert result.date == day and not result.repeated


@pytest.mark.parametrize("text", ["12 march se", "12 مارچ سے ہر روز"])
def test_since_a_day_of_march(text):
    """Not 12 November: the day goes with the month into the since clause."""
    result = parse_when(text, now=NOW, lang="ur")
    assert result.repeated and result.since == date(2026, 3, 12) and result.date is None


@pytest.mark.parametrize("text", ["ہر شام مارچ سے", "مارچ سے ہر شام", "har shaam march se"])
def test_every_evening_since_march(text):
    result = parse_when(text, now=NOW, lang="ur")
    assert result.repeated and result.since == date(2026, 3, 1) and result.date is None


def test_for_two_weeks():
    result = parse_when("دو ہفتوں سے روز ہو رہا ہے", now=NOW, lang="ur")
    assert result.repeated and result.since == date(2026, 11, 11)


def test_skipped_date():
    assert parse_when("یاد نہیں", now=NOW, lang="ur") is SKIPPED


def test_opener_is_not_an_account():
    assert not looks_like_account("السلام علیکم مجھے رپورٹ کرنی ہے", lang="ur")
    assert not looks_like_account("mujhe report karni hai", lang="ur")


def test_an_account_is_kept():
    assert looks_like_account("میرے پڑوسی نے مجھے گالیاں دیں اور دروازے پر تھوکا", lang="ur")
    assert looks_like_account("mere parosi ne mujhe gaaliyan di aur darwaze pe thooka", lang="ur")


@pytest.mark.parametrize("text", [
    "اس کے پاس چاقو ہے",
    "وہ میرا دروازہ توڑ رہے ہیں",
    "وہ مجھے مار رہا ہے",
    "گھر کو آگ لگا دی ہے",
    "بچاؤ",
    "میں خطرے میں ہوں",
    "پولیس کو ابھی بلائیں",
    "uske paas chaku hai",
    "woh darwaza tor rahe hain",
    "ghar ko aag laga di hai",
    "abhi madad chahiye",
    # happening now: the progressive "رہا ہے" of hitting, following, surrounding, dragging, burning
    "وہ میری کھڑکیاں توڑ رہے ہیں",
    "woh mere bhai ko peet rahe hain",
    "کوئی میرا پیچھا کر رہا ہے",
    "ایک گاڑی کافی دیر سے میرے پیچھے لگی ہوئی ہے",
    "larke mere peeche aa rahe hain",
    "وہ لوگ میری بہن کو گھسیٹ رہے ہیں",
    "انہوں نے ہمیں گھیر لیا ہے",
    "mere bete ko gher liya hai",
    "مجھ پر حملہ ہو رہا ہے",
    "masjid pe hamla ho raha hai",
    "hamari dukaan jal rahi hai",
    "آگ پھیل رہی ہے، بچے اوپر ہیں",
    "letter box se dhuan aa raha hai",
    "کوئی دروازے پر پیٹرول چھڑک رہا ہے",
    "میرے گھر پر پتھر آ رہے ہیں",
    "باہر گولیاں چل رہی ہیں",
    "یہ ابھی ہو رہا ہے",
    # a weapon held now
    "اس کے ہاتھ میں پستول ہے",
    "uske haath mein talwar hai",
    "ایک آدمی لاٹھی لے کر میرے پیچھے آ رہا ہے",
    "woh danda le kar darwaze pe khara hai",
    "وہ چھری لہرا رہا ہے اور گالیاں دے رہا ہے",
    "usne pistol nikala hua hai",
    # coming at me, getting in, in my home
    "وہ مجھے مارنے آ رہے ہیں",
    "woh meri taraf barh raha hai",
    "کوئی زبردستی دروازہ کھولنے کی کوشش کر رہا ہے",
    "woh andar ghusne ki koshish kar rahe hain",
    "دروازہ ٹوٹنے والا ہے جلدی",
    "woh ghar mein ghus aaye hain",
    "کوئی ہمارے فلیٹ میں ہے",
    "وہ لوگ دروازہ توڑ چکے ہیں",
    # trapped, hiding, shut in, they are still here
    "میں گاڑی میں پھنس گیا ہوں وہ باہر ہیں",
    "hum phanse hue hain",
    "میں الماری میں چھپی ہوئی ہوں",
    "main chupa hua hoon",
    "ہمیں کمرے میں بند کر دیا ہے",
    "وہ ہمیں باہر نہیں نکلنے دے رہے",
    "woh abhi bhi darwaze ke bahar khare hain",
    "وہ لوگ ابھی بھی یہیں ہیں",
    "jaldi karo woh mere ghar ke bahar hain",
    "وہ ابھی باہر کھڑے ہو کر دھمکیاں دے رہے ہیں",
    "وہ چلا رہا ہے کہ جان سے مار دوں گا",
    "پلیز جلدی کریں وہ میرے شوہر کو مار ڈالیں گے",
    "باہر بہت سے لوگ جمع ہیں اور نعرے لگا رہے ہیں، ڈر لگ رہا ہے",
    # hurt now
    "مجھے چاقو لگا ہے، خون بہہ رہا ہے",
    "mere bhai ko goli lagi hai",
    "میرا بھائی زخمی پڑا ہے",
    "میرے والد بے ہوش ہیں",
    "وہ سانس نہیں لے رہی",
    "khoon band nahi ho raha",
    # just now
    "abhi abhi kisi ne khirki pe pathar phenka",
    "ابھی کسی نے میری بیوی پر تیزاب پھینکا",
    # pleas and calls for the police now
    "ہیلپ",
    "help me",
    "مدد کرو",
    "پلیز مدد",
    "koi bachao",
    "ہمیں بچا لیں",
    "khuda ke liye madad karo",
    "اللہ کے واسطے جلدی کریں",
    "jaldi aa jao",
    "جلدی کوئی آئے",
    "ابھی ایمبولینس بھیجو",
    "پولیس بلاؤ",
    "police bulao jaldi",
    "فوری طور پر ایمبولینس چاہیے",
    "999 ملائیں",
    "999 pe phone karo",
    "hum khatre mein hain",
    "ہماری جان کو خطرہ ہے ابھی",
    "sos",
    # as typed on an Arabic keyboard (ي ك ه for ی ک ہ)
    "كوئي ميرا پيچها كر رها هے",
    "وه مجهے مار رهے هيں",
    "اس كے پاس چاقو هے",
])
def test_present_danger(text):
    assert mentions_danger(text)


@pytest.mark.parametrize("text", [
    "پچھلے ہفتے اس کے پاس چاقو تھا",
    "وہ دروازہ توڑ رہے تھے",
    "اس نے مجھے مارا تھا",
    "پڑوسی نے دھمکی دی کہ گھر کو آگ لگا دے گا",
    "میرے پڑوسی نے پچھلے مہینے گالیاں دیں",
    "woh mujhe maar rahe the",
    "kal raat parosi ne gaali di",
    "کل رات اس کے پاس چاقو تھا",
    "پچھلے ہفتے کسی نے ہماری گاڑی کو آگ لگا دی",
    "kal kisi ne mere ghar ko aag laga di hai",
    "woh mera peecha kar rahe the",
    "do din pehle koi ghar mein ghus aaya",
    "beta kal zakhmi ho gaya tha",
    "naak se khoon nikla tha",
    "usne pichle mahine darwaza tor diya tha",
    "وہ ڈنڈے لے کر کھڑے تھے",
    "ابھی ابھی",
    "کوئی ہفتوں سے میرا پیچھا کر رہا ہے",
    "پچھلے مہینے سے کوئی میرے دروازے پر نفرت بھرے کارڈ ڈال رہا ہے",
    "وہ ہر روز گھر کے باہر کھڑے ہو کر گالیاں دیتے ہیں",
    "کلاس میں لڑکے میری بیٹی کو مار رہے ہیں کیونکہ وہ حجاب پہنتی ہے",
    "school mein bachay mere bete ko maar rahe hain",
])
def test_past_incident_is_not_danger(text):
    assert not mentions_danger(text)


@pytest.mark.parametrize("text", [
    # threats of later harm, threats by phone or online
    "وہ کہتا ہے کہ مجھے مار دے گا",
    "usne kaha tha woh mujhe maar dega",
    "وہ کہہ رہا ہے کہ اگلے ہفتے گھر جلا دے گا",
    "woh whatsapp pe dhamkiyan de raha hai",
    "پڑوسی مہینوں سے دھمکیاں دے رہا ہے",
    "پلیز میری مدد کریں، وہ کہتا ہے مار دے گا",
    # help with a report, questions about the police, "not now"
    "مجھے رپورٹ کرنے میں مدد چاہیے",
    "report karne mein madad karo",
    "فوری مدد کہاں ملے گی؟",
    "میری رپورٹ ابھی پولیس کو بھیجیں",
    "abhi police ko mat bulao",
    "ابھی نہیں، بعد میں پولیس کو فون کریں گے",
    "پولیس بلاؤں؟",
    "999 کب ملانا چاہیے؟",
    "کیا پولیس جلدی آئے گی؟",
    "jaldi karo mera case dekho",
    "کیا یہ ایمرجنسی ہے؟",
    "emergency nahi hai",
    "ابھی کے لیے روک دیں",
    # repairs, things that burn or get in, being busy or stuck in traffic
    "lift phir band hai",
    "میں ٹریفک میں پھنسا ہوں",
    "main kaam mein phansa hua hoon",
    "بتی جل رہی ہے",
    "چولہا جل رہا ہے",
    "پانی اندر آ رہا ہے",
    "chuhe ghar mein ghus aaye hain",
    "کھڑکی سے دھواں آ رہا ہے، پڑوسی باربی کیو کر رہا ہے",
    "petrol daal raha hai gari mein",
    "بجلی بچاؤ",
    "apne bachao ke liye kya karun",
    # saying, not danger; "dying" of hunger; hitting mosquitoes; fear in general
    "میرا دل جل رہا ہے",
    "woh bhook se mar raha hai",
    "مچھر مار رہا ہوں",
    "ہم روزہ توڑ رہے ہیں",
    "مجھے ڈر لگ رہا ہے",
    "بچے ڈرے ہوئے ہیں",
    # people who are simply somewhere; someone came home, close the chat
    "وہ ابھی باہر ہیں",
    "نہیں، وہ ابھی بھی باہر ہیں",
    "وہ اب بھی یہیں رہتا ہے",
    "woh abhi bhi wahin hai",
    "khat abhi bhi mere paas hai",
    "koi aa gaya hai band karo",
    "jaldi band karo woh aa gaye hain",
    "وہ بچوں کو سکول لے جا رہی ہے",
    "وہ میری تصویریں کھینچ رہا ہے",
    "میری بیٹی ہسپتال میں ہے، زخمی ہے",
    "chaku hai ya nahi pata nahi",
    "woh ghar ke andar hai?",
    # a word inside a longer word: "بیمار رہا" (has been ill) is not "مار رہا" (is hitting)
    "میرا بیٹا کافی دن بیمار رہا ہے",
    "ہمارے ساتھ ابھی بہت برا ہوا",
    # building work, following up a case
    "پڑوسی دیوار توڑ رہا ہے اور شور ہو رہا ہے",
    "ہم کیس کا پیچھا کر رہے ہیں",
])
def test_threat_request_or_ordinary_message_is_not_danger(text):
    assert not mentions_danger(text)
