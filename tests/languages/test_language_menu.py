"""The menu in domain.yml lists the languages in bot/language/codes.py's order, so a number picks
the language it shows."""
from pathlib import Path

import yaml

from bot.language import NATIVE_NAMES, menu_answer

DOMAIN = Path(__file__).resolve().parents[2] / "domain.yml"


def test_menu_numbers_match_the_codes():
    [menu] = yaml.safe_load(DOMAIN.read_text())["responses"]["utter_language_menu"]
    for number, (code, name) in enumerate(NATIVE_NAMES.items(), start=1):
        assert f"\n{number} {name}" in menu["text"]
        assert {"title": name, "payload": str(number)} in menu["buttons"]
        assert menu_answer(str(number)) == code
