"""Turns a reporter's reply to one intake question into the value kept on the form.

Returns Interpretation(value, problem): value None means "ask again", with `problem`
naming the response that says why. Skips are kept as SKIPPED_VALUE so they are not
asked again; "no" to an open question that allows it ("any access needs?") is False.
"""
from dataclasses import dataclass
from typing import Any, Optional

from bot import option_labels
from bot.i18n import DEFAULT_LANGUAGE, supported
from bot.intake import (
    SKIPPED,
    bare_yes_no,
    clean_free_text,
    is_skip,
    parse_choice,
    parse_contact,
    parse_multi_choice,
    parse_postcode,
    parse_when,
    parse_yes_no,
)
from bot.intake import words as W
from bot.questions import SKIPPED_VALUE, Question

# Open questions where "no" / "none" is an answer in itself.
NO_MEANS_NONE = {"interpreter", "access_needs", "vulnerability", "crime_reference", "impact"}
PROBLEM_RESPONSES = {"contact": "utter_invalid_phone", "postcode": "utter_invalid_postcode"}
# "What is the postcode there, if you know it?" "no": a skip, not a postcode to ask for again.
NO_MEANS_SKIP = {"contact", "postcode"}
# "Any access needs?" "yes": which ones is the answer, so it is asked for. (A yes to the
# interpreter question is kept: the conversation's language says which.)
YES_ASKS_MORE = {"access_needs", "vulnerability", "crime_reference", "impact", "incident_when",
                 "harms", "evidence"}  # "is there any evidence?" "yes": which?


@dataclass(frozen=True)
class Interpretation:
    value: Any
    problem: Optional[str] = None


def interpret(question: Question, text: str, lang: str = "en") -> Interpretation:
    text = text or ""
    parsed = _parse(question, text, lang)
    if question.slot in YES_ASKS_MORE and _yes_without_which(question, parsed, text, lang):
        return Interpretation(None, "utter_tell_more")
    if parsed is SKIPPED:
        return Interpretation(SKIPPED_VALUE)
    if parsed is None and question.kind in NO_MEANS_SKIP and bare_yes_no(text, lang) is False:
        return Interpretation(SKIPPED_VALUE)
    if parsed is None:
        return Interpretation(None, PROBLEM_RESPONSES.get(question.kind, "utter_not_understood"))
    return Interpretation(parsed)


def _yes_without_which(question: Question, parsed: Any, text: str, lang: str) -> bool:
    """A bare yes where the answer is which ones; a numbered question's "1" is its option."""
    return (parsed is None or not question.options) and bare_yes_no(text, lang) is True


def _parse(question: Question, text: str, lang: str) -> Any:
    kind = question.kind
    if kind == "yesno":
        return parse_yes_no(text, lang)
    if kind == "choice":
        return _choice(question, text, lang)
    if kind == "multi":
        return _multi(question, text, lang)
    if kind == "when":
        return _when(text, lang)
    if kind == "contact":
        found = parse_contact(text, lang)
        return found if found in (None, SKIPPED) else {"kind": found[0], "value": found[1]}
    if kind == "postcode":
        return parse_postcode(text, lang)
    return _open_text(question, text, lang)


def _choice(question: Question, text: str, lang: str) -> Any:
    chosen = parse_choice(text, question.options, lang, question.named_last)
    own = _own_words(question, lang)
    if chosen is None and own:
        chosen = parse_choice(text, own, lang, question.named_last)
    if chosen is None and _shown_translated(lang):
        chosen = option_labels.choice(question, text, lang)
    if chosen is None and question.yes_no_options:
        answer = bare_yes_no(text, lang)
        if answer is not None:
            return question.yes_no_options[0 if answer else 1]
    return chosen


def _multi(question: Question, text: str, lang: str) -> Any:
    chosen = parse_multi_choice(text, question.options, lang, none_code=question.none_code)
    own = _own_words(question, lang)
    if chosen is None and own:
        chosen = parse_multi_choice(text, own, lang, none_code=question.none_code)
    if chosen is None and _shown_translated(lang):
        chosen = option_labels.multi_choice(question, text, lang)
    if chosen is None and _means_none(question, text, lang):
        return []
    if isinstance(chosen, list):
        return [code for code in chosen if code != question.none_code]
    return chosen


def _means_none(question: Question, text: str, lang: str) -> bool:
    """"Did any of these happen?" "nothing happened", «ما صار شي»: a short no naming no option
    ("no photos" might still mean witnesses, so it is asked again)."""
    return bool(question.none_code) and _short_no(text, lang) and not _names_an_option(question, text, lang)


def _names_an_option(question: Question, text: str, lang: str) -> bool:
    """Whether `text` names an option other than "none", by keyword or by the titles shown."""
    others = [(code, words) for code, words in question.options if code != question.none_code]
    by_keyword = parse_multi_choice(text, others, lang)
    if isinstance(by_keyword, list) and by_keyword:
        return True
    titles = option_labels.named(question, text, lang) if _shown_translated(lang) else []
    return any(code != question.none_code for code in titles)


def _own_words(question: Question, lang: str) -> list:
    """The options with the language's own words for them (bot/intake/words.py OPTION_WORDS)."""
    own = W.for_lang(W.OPTION_WORDS, lang).get(question.slot)
    return [(code, list(own.get(code, ()))) for code, _ in question.options] if own else []


def _shown_translated(lang: str) -> bool:
    """The options were shown in another language than the keywords' English: an answer
    the keywords miss is read against the titles the reporter saw (bot/option_labels.py)."""
    return supported(lang) != DEFAULT_LANGUAGE


def _when(text: str, lang: str) -> Any:
    when = parse_when(text, lang=lang)
    if when in (None, SKIPPED):
        # An unparsed "when" is still worth keeping in the reporter's words.
        return when if when is SKIPPED else {"text": clean_free_text(text), "date": None, "repeated": None, "since": None}
    return {
        "text": when.text,
        "date": when.date.isoformat() if when.date else None,
        "repeated": when.repeated,
        "since": when.since.isoformat() if when.since else None,
    }


def _short_no(text: str, lang: str) -> bool:
    # Only a short answer is a plain "no": "the kids don't play outside any more" is an answer.
    return len(text.split()) <= 3 and parse_yes_no(text, lang) is False


def _open_text(question: Question, text: str, lang: str) -> Any:
    if question.slot in NO_MEANS_NONE and _short_no(text, lang):
        return False
    if is_skip(text, lang):
        return SKIPPED
    return clean_free_text(text)
