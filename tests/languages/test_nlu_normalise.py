"""What the classifier's tokenizer makes of each script, and the spellings it folds together."""
import pytest
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.intake.normalise import for_matching
from bot.nlu.normalise import NormalisingTokenizer


@pytest.mark.parametrize("typed, plain", [
    ("Proszę, chcę zgłosić", "prosze, chce zglosic"),      # Polish diacritics dropped on phones
    ("Łódź", "lodz"),                                      # ł has no decomposition
    ("ş ţ ș ț ă î â", "s t s t a i a"),                    # Romanian cedilla and comma forms
    ("أنا إسمي", "انا اسمی"),                              # hamza on alef; Arabic yeh
    ("مَرْحَبًا", "مرحبا"),                                  # harakat
    ("كمكم كن", "کمکم کن"),                                # Persian typed on an Arabic keyboard
    ("مـــساعدة", "مساعده"),                               # tatweel; ta marbuta
    ("می‌خواهم", "میخواهم"),                               # zero-width non-joiner
    ("۳ نفر ٢", "3 نفر 2"),                                # Persian and Arabic digits
    ("I’M SCARED", "i'm scared"),
])
def test_phone_spellings_fold_to_one(typed, plain):
    assert for_matching(typed) == for_matching(plain) == plain


def test_gurmukhi_vowel_signs_are_kept():
    # They are combining marks, like Polish ogonek, but change the word: ਮਦਦ ਕਰੋ is "help".
    assert for_matching("ਮਦਦ ਕਰੋ") == "ਮਦਦ ਕਰੋ"
    assert for_matching("ਕਰੋ") != for_matching("ਕਰ")


def _tokens(tokenizer, text):
    message = Message(data={TEXT: text})
    return [t.text for t in tokenizer.tokenize(message, TEXT)], message


@pytest.mark.parametrize("text, words", [
    ("ਮੇਰੇ ਗੁਆਂਢੀ ਨੇ ਗਾਲਾਂ ਕੱਢੀਆਂ", ["ਮੇਰੇ", "ਗੁਆਂਢੀ", "ਨੇ", "ਗਾਲਾਂ", "ਕੱਢੀਆਂ"]),
    ("میرے پڑوسی نے گالی دی۔", ["میرے", "پڑوسی", "نے", "گالی", "دی"]),
    ("دراوسێکەم جنێوی پێدام", ["دراوسێکەم", "جنێوی", "پێدام"]),
    ("جاري شتمني!", ["جاری", "شتمنی"]),
    ("Sąsiad mnie wyzywa", ["sasiad", "mnie", "wyzywa"]),
])
def test_each_script_splits_into_whole_words(text, words):
    tokens, message = _tokens(NormalisingTokenizer(WhitespaceTokenizer.get_default_config()), text)
    assert tokens == words
    assert message.get(TEXT) == text  # the reporter's own words are left as typed
