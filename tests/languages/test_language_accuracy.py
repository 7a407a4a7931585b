"""Quality gate over tests/languages/data/langid.tsv: DESIGN.md's accuracy targets per length band."""
from bench.langid import band, load
from bot.language import CODES, detect

TARGETS = {"3-6": 0.97, "7+": 0.99}


def test_the_labelled_set_is_big_enough_in_every_language_and_band():
    counts = {}
    for lang, text in load():
        counts[(lang, band(text))] = counts.get((lang, band(text)), 0) + 1
    for lang in CODES:
        for b in ("1-2", "3-6", "7+"):
            assert counts.get((lang, b), 0) >= 40, (lang, b)


def test_accuracy_targets_per_length_band():
    results = {}
    for lang, text in load():
        results.setdefault(band(text), []).append(detect(text).code == lang)
    for b, target in TARGETS.items():
        accuracy = sum(results[b]) / len(results[b])
        assert accuracy >= target, f"{b} words: {accuracy:.1%} < {target:.0%}"
