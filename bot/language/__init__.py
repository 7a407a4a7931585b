"""The language of the conversation: the eight languages, detection, and the rules that decide.

`detect(text)` says which language a message is in; `decide(...)` applies DESIGN.md's rules
(explicit choice first, then confident detection on 3+ words, hints only pre-select).
No Rasa imports here: actions/language.py adapts this to the tracker.
"""
from bot.language.codes import CODES, DEFAULT, NATIVE_NAMES, RIGHT_TO_LEFT, is_supported
from bot.language.detect import Detection, detect, word_count

__all__ = ["CODES", "DEFAULT", "NATIVE_NAMES", "RIGHT_TO_LEFT", "Detection", "detect",
           "is_supported", "word_count"]
from bot.language.choice import asks_for_menu, menu_answer, named_language  # noqa: E402
from bot.language.decide import Decision, decide, reply_script, resolve  # noqa: E402

__all__ += ["Decision", "asks_for_menu", "decide", "menu_answer", "named_language",
            "reply_script", "resolve"]
