"""The guard every language's danger patterns share (bot/safety.py, bot/intake/languages/).

A module of its own, importing nothing of the project's: the language modules build their
patterns with it when they load, and bot/safety.py collects those patterns when it loads.
"""


def guarded(pattern, without=(), need=None, dotall=True):
    """`pattern`, in a message with none of `without` and with `need` (regular expressions) anywhere.

    The pattern is looked for first: most messages fail it at once, so the message is scanned for
    the vetoes only when it matters. With dotall=False `.` stops at a line break, and the pattern,
    vetoes and need are looked for on the first line only.
    """
    without = (without,) if isinstance(without, str) else tuple(without)
    text = f"^(?=.*?(?:{pattern}))"
    if without:
        text += f"(?!.*(?:{'|'.join(without)}))"
    if need:
        text += f"(?=.*(?:{need}))"
    return f"(?s:{text})" if dotall else text
