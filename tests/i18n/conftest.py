"""Compiled catalogs for the i18n tests, however pytest was started.

`make test` compiles them first (`make i18n-compile`); a bare `pytest tests/i18n` would
otherwise test whatever stale .mo files happen to be on disk, so compile any that are
older than their .po here, with Babel's own writer (what `pybabel compile` uses).
"""
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from bot import i18n


def _compile_stale_catalogs() -> None:
    for po in i18n.LOCALE_DIR.glob("*/LC_MESSAGES/messages.po"):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as source:
            catalog = read_po(source)
        with mo.open("wb") as target:
            write_mo(target, catalog)
    i18n._catalog.cache_clear()


_compile_stale_catalogs()
