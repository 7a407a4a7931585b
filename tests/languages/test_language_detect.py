"""Detection: the script check, lingua for the rest, and the Roman Urdu word list."""
import pytest

from bot.language import detect


@pytest.mark.parametrize("text, code", [
    ("ਮੈਨੂੰ ਮਦਦ ਚਾਹੀਦੀ ਹੈ", "pa"),                     # Gurmukhi is Punjabi
    ("سڵاو، یارمەتیم پێویستە", "ckb"),                   # Sorani letters ڵ ە ێ
    ("ئێستا سەلامەت نیم", "ckb"),
    ("میرے پڑوسی نے مجھے گالی دی", "ur"),                 # Urdu letters ے ڑ
    ("شکریہ", "ur"),                                      # Urdu's own heh
    ("می‌خواهم چیزی را گزارش کنم", "fa"),                 # Persian letters and forms
    ("أحتاج إلى مساعدة من فضلك", "ar"),                   # Arabic-only forms
])
def test_script_decides_what_letters_can(text, code):
    found = detect(text)
    assert (found.code, found.method) == (code, "script")


@pytest.mark.parametrize("text, code", [
    ("my neighbour keeps shouting abuse at us", "en"),
    ("sasiad ciagle mnie wyzywa i grozi", "pl"),              # Polish without diacritics
    ("vecinul ma injura mereu si ne ameninta", "ro"),         # Romanian without diacritics
    ("vecinul mă înjură mereu", "ro"),
])
def test_lingua_tells_the_latin_languages_apart(text, code):
    assert detect(text).code == code


@pytest.mark.parametrize("text", [
    "mujhe report karni hai",
    "mere padosi ne gaali di",
    "wo humein terrorist kehte hain",                         # code-mixed with English
    "kal raat kisi ne humare darwaze pe racist baatein likh di",
])
def test_roman_urdu_is_urdu_not_english(text):
    found = detect(text)
    assert (found.code, found.method) == ("ur", "roman-urdu")


@pytest.mark.parametrize("text", [
    "I live on the main road",          # "main" is also Roman Urdu: half a vote is not enough
    "we went to the park to play",
])
def test_english_with_roman_urdu_lookalikes_stays_english(text):
    assert detect(text).code == "en"


@pytest.mark.parametrize("text", ["", "12345", "https://example.org", "!!!", "🙂"])
def test_nothing_to_judge_by_gives_no_language(text):
    assert detect(text).code is None


def test_input_is_bounded():
    assert detect("hello my friends " * 10_000).code == "en"
