"""Free text: the reporter's own words, cleaned just enough to store."""
import unicodedata

import regex

from . import words as W
from .normalise import tokens, without

# A first message with at least this many words beyond a generic opener
# ("hi I want to report a hate crime") already tells what happened.
MIN_ACCOUNT_WORDS = 3

_LINE_BREAKS = regex.compile(r"\r\n|[\r\u2028\u2029\x85\v\f]")
_SPACES = regex.compile(r"[^\S\n]+")
_BLANK_LINES = regex.compile(r"\n{3,}")


def clean_free_text(text, max_len=4000):
    """The text without control characters, runs of spaces or blank lines,
    cut at `max_len` characters; None when nothing is left.

    Newlines stay (people write in paragraphs). Format characters such as
    the zero-width non-joiner stay too: Persian and Urdu spelling needs them.
    """
    if not isinstance(text, str):
        return None
    text = _LINE_BREAKS.sub("\n", text)
    text = "".join(c for c in text if c in "\n\t" or unicodedata.category(c) != "Cc")
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _BLANK_LINES.sub("\n\n", text).strip()
    text = text[:max_len].rstrip()
    return text or None


def looks_like_account(text, lang="en"):
    """True when a first message already says what happened.

    The rule: drop the words of a generic opener (greetings, "I want to
    report", "hate crime", "please", function words like "my" and "the");
    if MIN_ACCOUNT_WORDS or more words are left, the person has started
    telling what happened ("neighbour shouted racist abuse ... night"), and
    it is kept as their account instead of asking for it again. "report
    racist abuse" leaves two words and is treated as an opener: asking
    "what happened?" then costs one turn, while taking an opener as the
    account would lose the account.
    """
    content = without(tokens(text), W.for_lang(W.OPENER, lang))
    return len(content) >= MIN_ACCOUNT_WORDS
