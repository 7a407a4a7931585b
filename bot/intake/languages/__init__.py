"""Word lists of the other languages, one module per code (ur.py, pl.py, ...).

Each module defines WORDS (table name in bot/intake/words.py -> that language's entry)
may define DATE_WORDS (the same for bot/intake/date_words.py) and DANGER_PATTERNS
(regular expressions of unmistakable present danger, for bot/safety.py). Keeping a language in
a file of its own lets translators work side by side and reviewers read one language.
"""
import importlib
import pkgutil
from types import ModuleType
from typing import Dict, Iterator, Tuple


def iter_languages() -> Iterator[Tuple[str, ModuleType]]:
    for info in pkgutil.iter_modules(__path__):
        yield info.name, importlib.import_module(f"{__name__}.{info.name}")


def merge_into(tables: Dict[str, dict], attribute: str) -> None:
    """Add every language module's entries to the English tables given by name."""
    for code, module in iter_languages():
        for table_name, entry in getattr(module, attribute, {}).items():
            tables[table_name][code] = entry
