import pytest

from bot.intake import clean_free_text, looks_like_account


def test_clean_keeps_words_and_newlines():
    assert clean_free_text("  He shouted\tat me.\r\nThen he left.  ") == "He shouted at me.\nThen he left."


def test_clean_strips_control_characters():
    assert clean_free_text("bad\x00 \x1b[31mtext\x07") == "bad [31mtext"


def test_clean_collapses_whitespace_and_blank_lines():
    assert clean_free_text("a    b\n\n\n\n\nc\n \n \nd") == "a b\n\nc\n\nd"


def test_clean_keeps_zero_width_non_joiner():
    persian = "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645"
    assert clean_free_text(persian) == persian


def test_clean_truncates():
    assert clean_free_text("x" * 5000) == "x" * 4000
    assert clean_free_text("abc def", max_len=4) == "abc"


@pytest.mark.parametrize("text", ["", "   ", "\x00\x01\n\t", None])
def test_clean_empty_is_none(text):
    assert clean_free_text(text) is None


@pytest.mark.parametrize("text", [
    "my neighbour shouted racist abuse at me last night",
    "I was attacked yesterday",
    "someone spray painted graffiti on my door",
    "they keep calling my son names",
    "hi, the lads next door keep shouting at my wife because she wears a hijab",
    "Hello I want to report my neighbour, he called me a p*** and spat at me",
])
def test_account(text):
    assert looks_like_account(text)


@pytest.mark.parametrize("text", [
    "I want to report a hate incident",
    "report",
    "i need to report something",
    "hi I want to make a report about hate crime please",
    "Hello, can you help me? I want to report racist abuse",
    "want to report on behalf of my friend",
    "hi",
    "how do i report a hate crime?",
    "",
    None,
])
def test_not_account(text):
    assert not looks_like_account(text)
