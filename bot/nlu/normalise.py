"""How the classifier sees a message: the spellings that phones vary, folded to one.

People type the same word several ways: Polish and Romanian with or without diacritics
("prosze", "proszę"; "ș" or "ş"), Arabic with or without hamza and short vowels ("أنا"/"انا"),
Persian and Sorani on Arabic keyboards ("ي"/"ی", "ك"/"ک"), with tatweel, and with digits from
any script. Folding them before featurising lets one example teach every spelling.

Latin diacritics and digits are folded as the intake parsers fold them (bot/intake/normalise);
Arabic-script marks and letter forms here.
"""
import unicodedata
from typing import List, Text

import regex
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.nlu.tokenizers.tokenizer import Token
from rasa.nlu.tokenizers.whitespace_tokenizer import WhitespaceTokenizer
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message

from bot.intake.normalise import ARABIC_LETTERS, ascii_digits, without_latin_marks

# Harakat, Quranic marks, superscript alef and tatweel: absent in most typed messages. The
# zero-width non-joiner too: Persian keyboards put it inside words ("می‌خواهم"), many people
# type the same word without it ("میخواهم").
_ARABIC_MARKS = regex.compile(r"[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640\u200C]")


def for_matching(text: Text) -> Text:
    text = unicodedata.normalize("NFKC", text).casefold().translate(ARABIC_LETTERS)
    return ascii_digits(without_latin_marks(_ARABIC_MARKS.sub("", text)))


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_TOKENIZER], is_trainable=False)
class NormalisingTokenizer(WhitespaceTokenizer):
    """Rasa's whitespace tokenizer over the folded text. The message's own text is untouched
    (the tracker and the case keep the reporter's exact words); only the tokens are folded.
    Token offsets refer to the folded text, which is fine: no entities are extracted."""

    def tokenize(self, message: Message, attribute: Text) -> List[Token]:
        text = message.get(attribute)
        if attribute != TEXT or not text:
            return super().tokenize(message, attribute)
        return super().tokenize(Message(data={attribute: for_matching(text)}), attribute)
