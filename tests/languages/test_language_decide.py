"""DESIGN.md's rules: explicit choice first, detection on 3+ confident words, hints pre-select."""
import pytest

from bot.language import asks_for_menu, decide, menu_answer, named_language, resolve


@pytest.mark.parametrize("number, code", [
    ("1", "en"), ("2", "ur"), ("3", "pl"), ("4", "ro"), ("5", "ar"), ("6", "ckb"), ("7", "pa"), ("8", "fa"),
    ("٢", "ur"), ("۸", "fa"), ("੭", "pa"), (" 3. ", "pl"),
])
def test_menu_numbers_in_any_script(number, code):
    assert decide("en", number, menu_shown=True) == code


def test_a_number_is_not_a_choice_unless_the_menu_was_shown():
    assert decide("en", "2") == "en"
    assert decide("en", "9", menu_shown=True) == "en"


@pytest.mark.parametrize("text, code", [
    ("urdu", "ur"), ("Urdu please", "ur"), ("po polsku", "pl"), ("in Arabic please", "ar"),
    ("فارسی", "fa"), ("کوردی", "ckb"), ("ਪੰਜਾਬੀ", "pa"), ("Română", "ro"), ("romana va rog", "ro"),
    ("urdu mein baat karo", "ur"), ("english", "en"), ("بالعربية من فضلك", "ar"),
])
def test_language_names_choose_directly(text, code):
    assert named_language(text) == code
    assert decide("en" if code != "en" else "ur", text) == code


@pytest.mark.parametrize("text", [
    "he is Polish",
    "they said go back to Romania you Polish thief",
    "the Arabic shop on the corner",
])
def test_a_name_inside_an_account_is_not_a_choice(text):
    assert named_language(text) is None


@pytest.mark.parametrize("text", ["language", "change language", "Language please", "زبان", "język",
                                  "limba", "لغة", "زمان", "ਭਾਸ਼ਾ"])
def test_keywords_ask_for_the_menu(text):
    assert asks_for_menu(text)
    decision = resolve("ur", text)
    assert decision.show_menu and decision.code == "ur"


def test_the_word_language_in_an_account_does_not_open_the_menu():
    assert not asks_for_menu("they used horrible language about my religion at the bus stop")


@pytest.mark.parametrize("reply", ["ok", "tak", "nahi", "da", "شكرا", "ਹਾਂ ਜੀ", "yes please", "skip", "1"])
def test_never_switches_on_a_one_or_two_word_reply(reply):
    assert decide("ro", reply) == "ro"
    assert decide("en", reply) == "en"


def test_detection_switches_on_three_or_more_confident_words():
    assert decide("en", "mujhe report karni hai") == "ur"
    assert decide("en", "sasiad ciagle mnie wyzywa") == "pl"
    assert decide(None, "my neighbour shouted at me") == "en"


def test_detection_never_overrides_an_explicit_choice():
    assert decide("ur", "my neighbour shouted racist abuse at me", source="explicit") == "ur"
    assert decide("ur", "my neighbour shouted racist abuse at me", source="detected") == "en"


def test_hints_only_pre_select():
    assert decide(None, "hi", hint="pl-PL") == "pl"
    assert decide(None, "hi", hint="ur_PK") == "ur"
    assert decide("en", "hi", hint="pl") == "en"
    assert decide(None, "hi", hint="de") is None
    # A confident message beats the hint.
    assert decide(None, "vreau să raportez ceva", hint="pl") == "ro"


def test_letters_only_one_language_uses_pre_select_like_a_hint():
    """A first "ਹੈਲੋ ਜੀ" is too short to detect, but only Punjabi is written in Gurmukhi here."""
    assert decide(None, "ਹੈਲੋ ਜੀ") == "pa"
    assert decide(None, "سڵاو") == "ckb"  # Sorani's own letters
    assert decide(None, "شکریہ") == "ur"  # Urdu's own heh
    assert decide(None, "ਹੈਲੋ", hint="en-GB") == "pa"  # the message says more than the browser
    assert decide(None, "سلام") is None  # letters Arabic, Persian and Urdu share
    assert decide("en", "ਹੈਲੋ ਜੀ") == "en"  # never a switch on 1-2 words
    assert resolve(None, "ਗੁਰਪ੍ਰੀਤ", detect_language=False).code is None  # a name says nothing


def test_explicit_metadata_beats_detection_and_hints():
    assert decide("en", "my neighbour shouted at me", explicit="ur") == "ur"
    assert decide(None, "hi", explicit="fa", hint="pl") == "fa"
    assert decide("en", "hi", explicit="xx") == "en"


def test_a_choice_in_the_text_is_flagged_so_it_is_not_taken_as_an_answer():
    assert resolve("en", "2", menu_shown=True).chosen_in_text
    assert resolve("en", "urdu").chosen_in_text
    assert not resolve("en", "mujhe report karni hai").chosen_in_text
    assert not resolve("en", "hi", explicit="ur").chosen_in_text


def test_nothing_decided_stays_undecided():
    assert decide(None, "ok") is None
    assert decide(None, "") is None


def test_naming_a_language_answers_the_interpreter_question_without_switching():
    assert resolve("en", "Polish please", source="detected").code == "pl"
    answer = resolve("en", "Polish please", source="detected", naming_is_an_answer=True)
    assert answer.code == "en" and not answer.chosen_in_text
