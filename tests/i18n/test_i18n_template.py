"""locales/messages.pot is what extraction gives today, and extraction finds what it should."""
import io

import yaml
from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from bot.config import PROJECT_ROOT
from bot.i18n_extract import extract_domain


def _msgids(path):
    with open(path, "rb") as f:
        return {m.id for m in read_po(f) if m.id}


def test_template_is_up_to_date_with_domain_and_code(tmp_path, monkeypatch):
    monkeypatch.chdir(PROJECT_ROOT)
    fresh = tmp_path / "messages.pot"
    CommandLineInterface().run(["pybabel", "-q", "extract", "-F", "babel.cfg", "-k", "N_",
                                "--no-wrap", "--omit-header", "-o", str(fresh), "."])
    current = _msgids(PROJECT_ROOT / "locales" / "messages.pot")
    extracted = _msgids(fresh)
    assert extracted - current == set(), "new messages: run `make i18n-extract i18n-update` and translate"
    assert current - extracted == set(), "stale messages: run `make i18n-extract i18n-update`"


def test_extractor_finds_every_response_text_and_button_title():
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))
    expected = set()
    for variations in domain["responses"].values():
        for variation in variations:
            expected.add(variation["text"]) if variation.get("text") else None
            expected.update(b["title"] for b in variation.get("buttons") or [])
    source = io.BytesIO((PROJECT_ROOT / "domain.yml").read_bytes())
    found = {message for _, _, message, _ in extract_domain(source, [], [], {})}
    assert found == expected


def test_extractor_names_the_response_for_translators():
    source = io.BytesIO(b'responses:\n  utter_x:\n    - text: "Hello {name}"\n'
                        b'      buttons:\n        - title: "Yes"\n          payload: "1"\n')
    assert list(extract_domain(source, [], [], {})) == [
        (3, None, "Hello {name}", ["response utter_x"]),
        (5, None, "Yes", ["button in utter_x"]),
    ]
