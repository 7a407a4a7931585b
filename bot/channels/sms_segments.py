"""SMS segment arithmetic (GSM 03.38 / 3GPP TS 23.038) and splitting long replies.

Hand-written because no maintained PyPI package does this for Python (the `smspdu`/
`gsm0338` packages are unmaintained codecs without segment counting); the rules are small:
- A message all in the GSM-7 basic set (plus the extension table, whose characters take
  two septets) is 160 septets in one segment, 153 per segment when concatenated.
- Anything else (Urdu, Arabic, Persian, Sorani, Gurmukhi, Polish "ą ł ę", Romanian
  "ș ț ă") forces UCS-2: 70 UTF-16 code units in one segment, 67 when concatenated.
"""
import re
from dataclasses import dataclass
from typing import List, Tuple

GSM7_BASIC = set(
    "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
    "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"
)
GSM7_EXTENDED = set("^{}\\[~]|€\f")

GSM7_SINGLE, GSM7_PART = 160, 153
UCS2_SINGLE, UCS2_PART = 70, 67


@dataclass(frozen=True)
class Measure:
    encoding: str  # "GSM-7" or "UCS-2"
    units: int  # septets (GSM-7) or UTF-16 code units (UCS-2)
    segments: int


def is_gsm7(text: str) -> bool:
    return all(c in GSM7_BASIC or c in GSM7_EXTENDED for c in text)


def measure(text: str) -> Measure:
    if is_gsm7(text):
        units = sum(2 if c in GSM7_EXTENDED else 1 for c in text)
        return Measure("GSM-7", units, _segments(units, GSM7_SINGLE, GSM7_PART))
    units = len(text.encode("utf-16-le")) // 2  # characters outside the BMP take two
    return Measure("UCS-2", units, _segments(units, UCS2_SINGLE, UCS2_PART))


def _segments(units: int, single: int, part: int) -> int:
    if units <= single:
        return 1
    return -(-units // part)


# Sentence ends in the project's scripts: Latin . ! ?, Arabic-script ؟ ۔, Gurmukhi danda ।
_SENTENCE_BREAK = re.compile(r"((?<=[.!?؟۔।])[ \t]+|\s*\n\s*)")


def split_message(text: str, max_segments: int = 3) -> List[str]:
    """Split `text` on sentence (then word) boundaries into messages of <= max_segments each.

    Why several segments per message rather than one: a concatenated SMS arrives whole
    and in order, while separate messages may arrive out of order; three segments keep a
    question with its numbered options together yet bound the cost of one reply.
    """
    text = text.strip()
    if not text or measure(text).segments <= max_segments:
        return [text] if text else []
    messages: List[str] = []
    current, separator = "", ""
    for piece, next_separator in _pieces(text, max_segments):
        candidate = current + separator + piece if current else piece
        if measure(candidate).segments <= max_segments:
            current = candidate
        else:
            messages.append(current)
            current = piece
        separator = next_separator
    if current:
        messages.append(current)
    return messages


def _pieces(text: str, max_segments: int) -> List[Tuple[str, str]]:
    """(sentence, the separator after it); a sentence too long for one message is cut between words."""
    parts = _SENTENCE_BREAK.split(text)
    pairs = [(parts[i], parts[i + 1] if i + 1 < len(parts) else "") for i in range(0, len(parts), 2)]
    pieces: List[Tuple[str, str]] = []
    for sentence, separator in pairs:
        if not sentence:
            continue
        if measure(sentence).segments <= max_segments:
            pieces.append((sentence, separator))
        else:
            words = _by_words(sentence, max_segments)
            pieces.extend((w, " ") for w in words[:-1])
            pieces.append((words[-1], separator))
    return pieces


def _by_words(sentence: str, max_segments: int) -> List[str]:
    out, current = [], ""
    for word in sentence.split(" "):
        candidate = f"{current} {word}" if current else word
        if measure(candidate).segments <= max_segments:
            current = candidate
            continue
        if current:
            out.append(current)
        while measure(word).segments > max_segments:  # one enormous "word": cut it
            cut = _longest_prefix(word, max_segments)
            out.append(word[:cut])
            word = word[cut:]
        current = word
    if current:
        out.append(current)
    return out


def _longest_prefix(word: str, max_segments: int) -> int:
    """Binary search: the segment count only grows with the prefix length."""
    low, high = 1, len(word)
    while low < high:
        mid = (low + high + 1) // 2
        if measure(word[:mid]).segments <= max_segments:
            low = mid
        else:
            high = mid - 1
    return low
