"""Every response the actions and the intake name is in domain.yml: a missing one would reach the
reporter as nothing at all (Rasa logs it and sends no text)."""
import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
NAMED = re.compile(r"""["'](utter_[a-z_]+)["']""")
RASA_KEYS = {"utter_action"}  # the key Rasa's NLG call names a response by


def test_every_response_named_in_code_is_in_the_domain():
    responses = yaml.safe_load((ROOT / "domain.yml").read_text(encoding="utf-8"))["responses"]
    sources = [*ROOT.glob("actions/*.py"), *ROOT.glob("bot/**/*.py")]
    named = {(name, path.relative_to(ROOT).as_posix()) for path in sources
             for name in NAMED.findall(path.read_text(encoding="utf-8"))}
    assert len(named) > 20
    assert [pair for pair in sorted(named) if pair[0] not in responses and pair[0] not in RASA_KEYS] == []
