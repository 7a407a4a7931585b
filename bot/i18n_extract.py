"""Babel extractor for Rasa's domain.yml: every response text and button title.

Registered in babel.cfg's [extractors] section. Each message carries the response name as a
translator comment (#.), so a translator sees where "Yes" or "{summary}" is used. Line
numbers come from PyYAML's node tree, so `#:` references point at the right line.
Also `python -m bot.i18n_extract fix-headers` re-applies header fixes Babel gets wrong.
"""
import sys
from pathlib import Path
from typing import BinaryIO, Iterator, List, Tuple

import yaml

Extracted = Tuple[int, str, str, List[str]]


def extract_domain(fileobj: BinaryIO, keywords, comment_tags, options) -> Iterator[Extracted]:
    """Babel extraction method: (lineno, funcname, message, comments) per translatable string."""
    root = yaml.compose(fileobj.read().decode(options.get("encoding", "utf-8")))
    responses = _mapping_get(root, "responses")
    if responses is None:
        return
    for name_node, variations in responses.value:
        for variation in getattr(variations, "value", []):
            yield from _variation_messages(name_node.value, variation)


def _variation_messages(response_name: str, variation) -> Iterator[Extracted]:
    text = _mapping_get(variation, "text")
    if _is_string(text):
        yield text.start_mark.line + 1, None, text.value, [f"response {response_name}"]
    buttons = _mapping_get(variation, "buttons")
    for button in getattr(buttons, "value", []) or []:
        title = _mapping_get(button, "title")
        if _is_string(title):
            yield title.start_mark.line + 1, None, title.value, [f"button in {response_name}"]


def _mapping_get(node, key: str):
    if not isinstance(node, yaml.MappingNode):
        return None
    for key_node, value_node in node.value:
        if key_node.value == key:
            return value_node
    return None


def _is_string(node) -> bool:
    return isinstance(node, yaml.ScalarNode) and node.tag.endswith(":str") and bool(node.value)


# Babel's built-in Plural-Forms for Arabic has `n%100>=0 && n%100<=2 ? 4`, which never picks
# the "many" form (11-99) that gettext and CLDR use: set the gettext form explicitly.
PLURAL_FORMS = {
    "ar": "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
          "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5;",
}


def fix_headers(locale_dir: Path) -> None:
    """Rewrite the Plural-Forms header of each catalog listed in PLURAL_FORMS."""
    for lang, forms in PLURAL_FORMS.items():
        po = locale_dir / lang / "LC_MESSAGES" / "messages.po"
        if not po.exists():
            continue
        lines = po.read_text(encoding="utf-8").splitlines(keepends=True)
        fixed = [f'"Plural-Forms: {forms}\\n"\n' if line.startswith('"Plural-Forms:') else line
                 for line in lines]
        po.write_text("".join(fixed), encoding="utf-8")


if __name__ == "__main__":
    if sys.argv[1:2] != ["fix-headers"]:
        sys.exit("usage: python -m bot.i18n_extract fix-headers [LOCALE_DIR]")
    fix_headers(Path(sys.argv[2] if len(sys.argv) > 2 else "locales"))
