"""Word lists the intake parsers use, keyed by language code.

To add a language, add an entry under its code (ur, pl, ro, ar, ckb, pa, fa)
to each table. Entries are written the way `normalise.tokens` leaves text:
lower case, apostrophes removed ("don't" -> "dont"), one space between words.
"""

# Whole-answer phrases meaning "I can't or won't answer this one".
SKIP = {
    "en": (
        "skip", "skip it", "skip this", "skip that", "pass", "next",
        "dont know", "do not know", "dunno", "idk", "dk", "no idea",
        "not sure", "unsure", "no clue", "not a clue", "havent a clue",
        "rather not say", "would rather not say", "id rather not say",
        "prefer not to say", "id prefer not to say", "dont want to say",
        "not telling", "dont remember", "cant remember", "can not remember",
        "cannot remember", "cant recall", "dont recall", "forgot",
        "no comment", "n a", "dont know sorry", "not known", "unknown",
    ),
}

# Words that may surround a skip phrase without changing its meaning
# ("sorry I don't know", "not sure when", "skip this one please").
SKIP_FILLER = {
    "en": (
        "i", "im", "really", "sorry", "honestly", "tbh", "just", "mate",
        "love", "um", "umm", "erm", "er", "uh", "hmm", "the", "it", "that",
        "this", "one", "question", "answer", "when", "where", "who", "what",
        "which", "how", "exactly", "please", "pls", "plz", "to", "be", "honest",
        "anymore", "now", "sir", "maam", "ok", "okay", "oh", "well", "lol",
        "tho", "though", "was", "is", "date", "time", "day", "of", "about",
    ),
}

# Yes/no phrases. Longer phrases win over the words inside them, so
# "dont mind" (yes) beats "dont" (no), and "not ok" (no) beats "ok" (yes).
YES = {
    "en": (
        "yes", "y", "ye", "yea", "yeah", "yeh", "yep", "yup", "ya", "yah",
        "yh", "yess", "yesss", "yas", "aye", "ok", "okay", "okey", "k", "kk",
        "sure", "correct", "right", "thats right", "thats correct",
        "that is right", "that is correct", "true", "of course", "course",
        "definitely", "absolutely", "certainly", "go ahead", "go on",
        "fine", "alright", "all right", "yes please", "i do", "i am", "it is",
        "dont mind", "i dont mind", "do not mind", "no problem", "please do",
        "affirmative", "agreed", "i agree", "thats fine", "please yes",
    ),
}
NO = {
    "en": (
        "no", "n", "nope", "nah", "naw", "noo", "nooo", "no thanks",
        "no thank you", "not really", "not at all", "not now", "not yet",
        "not ok", "not okay", "not right", "not correct", "not true",
        "never", "dont", "do not", "i dont", "didnt", "did not", "im not",
        "i am not", "isnt", "is not", "it isnt", "wasnt", "was not",
        "havent", "have not", "cant", "can not", "cannot", "negative",
        "no way", "wrong", "incorrect", "thats wrong", "rather not",
        "id rather not", "dont want", "do not want", "absolutely not",
        "definitely not", "of course not", "no please", "please dont",
        "please no",
    ),
}
# Words that only count as "yes" when nothing stronger is said ("please").
WEAK_YES = {"en": ("please", "pls", "plz", "thanks", "thank you")}
# Phrases that contain a yes/no word but are neither ("no one saw it").
NEUTRAL = {"en": ("no one", "noone", "nobody", "not sure", "dont know", "no idea")}

# Whole answers meaning "none of these" / "all of these" to a multi-choice.
NONE = {
    "en": (
        "no", "none", "nothing", "neither", "nope", "nah", "none of them",
        "none of these", "none of those", "none of the above", "not any",
        "no none", "none thanks", "no thanks", "nothing else", "n a",
    ),
}
ALL = {
    "en": (
        "all", "all of them", "all of these", "all of those", "everything",
        "all of the above", "all the above", "the lot", "all of it",
    ),
}
# Words around an option number ("option 2", "number 3 please").
CHOICE_FILLER = {
    "en": (
        "option", "options", "number", "numbers", "its", "it",
        "is", "the", "please", "pls", "and", "or", "also", "plus", "i",
        "think", "choose", "pick", "answer", "both", "thanks", "ok",
    ),
}
# A language's own words for options, beyond the titles shown (bot/option_labels.py) and the
# English keywords (bot/questions.py): question slot -> option code -> words. Arabic "انا"
# answers "Who did this happen to?" as English "me" does; the title says "حدث لي".
OPTION_WORDS = {"en": {}}
NUMBER_WORDS = {
    "en": {
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9, "ten": 10, "first": 1,
        "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
        "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
    },
}

# Words of a generic opener ("hi I want to report a hate crime please").
# What is left after removing them is the start of an account.
OPENER = {
    "en": (
        "i", "im", "id", "ive", "want", "wanted", "wanna", "to", "report",
        "reporting", "reported", "a", "an", "the", "hate", "crime", "crimes",
        "incident", "incidents", "something", "make", "making", "need",
        "needed", "would", "like", "please", "pls", "plz", "how", "do",
        "does", "can", "could", "help", "me", "about", "hi", "hello", "hey",
        "hiya", "good", "morning", "afternoon", "evening", "my", "you", "u",
        "is", "it", "this", "that", "there", "which", "has", "have", "just",
        "for", "of", "on", "in", "with", "and", "happened", "thanks",
        "thank", "complaint", "complain", "tell", "someone", "speak", "talk",
        "am", "trying", "try", "here", "where", "what", "be", "able", "some",
        "one", "behalf", "possible", "get", "touch", "contact", "issue",
        "problem", "regarding", "re", "concerning", "dear", "sir", "madam",
        "team", "council", "housing", "online", "form", "so", "ok", "okay",
        "yes", "start", "new", "case",
    ),
}


def for_lang(table, lang="en"):
    """The entries for `lang`, plus English ones.

    English is included for every language because people mix it in
    ("ok", "skip", "idk" are common in any language's SMS), and an
    unknown code then still understands English rather than nothing.
    """
    own = table.get(lang, ())
    if lang == "en" or not own:
        return table["en"]
    if isinstance(own, dict):
        return {**table["en"], **own}
    return tuple(own) + tuple(table["en"])


def _merge_languages() -> None:
    from bot.intake.languages import merge_into

    merge_into(globals(), "WORDS")


_merge_languages()
