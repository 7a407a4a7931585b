"""Unmistakable danger words: the rule that backs the model (DESIGN: safety first).

A statistical classifier can mistake "he's got a knife" for an ordinary report; these
patterns make sure an emergency is never missed. They are deliberately narrow (present
danger, not past threats) so that an account of last week's abuse still becomes a report.
"""
import re

# Per language: English here, the others as DANGER_PATTERNS in bot/intake/languages/<code>.py.
DANGER_PATTERNS = {
    "en": [
        r"\b(right now|happening now|outside (my|the) (door|house|flat) now)\b",
        r"\b(has|have|got|with|holding) (a |an )?(knife|gun|machete|weapon|blade)\b",
        r"\b(breaking|break|kicking|smashing) (in|down|my door)\b",
        r"\btrying to (get in|break in|kill|hurt|stab)\b",
        r"\b(i'?m|i am|we'?re|we are|she'?s|he'?s|they'?re) being (attacked|beaten|stabbed|hit)\b",
        r"\b(set|setting) (fire|alight)\b|\bon fire\b",
        r"\b(call|get) (the )?(police|ambulance|999) (now|quick|please)\b",
        r"\b(sos|help me now|please help now)\b",
        r"\b(i'?m|i am|we'?re|we are) (not safe|in danger|trapped)\b",
    ],
}

def _merge_languages() -> None:
    from bot.intake.languages import iter_languages

    for code, module in iter_languages():
        if hasattr(module, "DANGER_PATTERNS"):
            DANGER_PATTERNS[code] = module.DANGER_PATTERNS


_merge_languages()
_COMPILED = {lang: [re.compile(p, re.IGNORECASE) for p in pats] for lang, pats in DANGER_PATTERNS.items()}


def mentions_danger(text: str) -> bool:
    """True when any language's danger pattern matches: danger must not wait for language detection."""
    sample = (text or "")[:2000]
    return any(p.search(sample) for pats in _COMPILED.values() for p in pats)
