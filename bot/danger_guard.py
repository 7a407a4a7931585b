"""The guard every language's danger patterns share (bot/safety.py, bot/intake/languages/).

A module of its own, importing nothing of the project's: the language modules build their
patterns with it when they load, and bot/safety.py collects those patterns when it loads.
"""


def guarded(pattern, without=(), need=None):
    """`pattern`, in a message with none of `without` and with `need` (regular expressions) anywhere.

    The pattern is looked for first: most messages fail it at once, so the message is scanned for
    the vetoes only when it matters. `.` crosses line breaks: a danger on a message's second
    line ("salam" then "he has a knife") counts, and so does a veto there.
    """
    without = (without,) if isinstance(without, str) else tuple(without)
    text = f"^(?=.*?(?:{pattern}))"
    if without:
        text += f"(?!.*(?:{'|'.join(without)}))"
    if need:
        text += f"(?=.*(?:{need}))"
    return f"(?s:{text})"
