"""`python -m bot db rotate-key`: every stored personal value re-encrypted with the first key.

After a new key is put first in $CASE_ENCRYPTION_KEY, new values use it but old ones stay
under the old key until rewritten; this rewrites them all, so a retired key no longer opens
anything in the database (or its backups from then on). It reads and writes the stored tokens
(a plaintext only passes through memory, never logged) and can run while the service runs,
restarted with the new key list: each value is written back only if it is still what was read,
so a concurrent update wins (and is already under the first key).
"""
from dataclasses import dataclass
from typing import Dict, Iterator, List, Tuple

from sqlalchemy import Table, Text, select, type_coerce, update
from sqlalchemy.engine import Engine

from bot.cases.crypto import EncryptedJSON, EncryptedText, reencrypt
from bot.cases.models import Base

BATCH = 500  # rows per transaction: short locks on a live database


@dataclass
class Rotated:
    tables: Dict[str, int]  # values re-encrypted per table

    @property
    def total(self) -> int:
        return sum(self.tables.values())


def encrypted_columns() -> Iterator[Tuple[Table, List[str]]]:
    """Every table with personal data, read from the models so a new column is never missed."""
    for table in Base.metadata.sorted_tables:
        names = [c.name for c in table.columns if isinstance(c.type, (EncryptedText, EncryptedJSON))]
        if names:
            yield table, names


def rotate_all(engine: Engine) -> Rotated:
    return Rotated({table.name: _rotate_table(engine, table, names)
                    for table, names in encrypted_columns()})


def _rotate_table(engine: Engine, table: Table, names: List[str]) -> int:
    (key,) = table.primary_key.columns  # every table here has a one-column key
    # type_coerce to Text: the stored token, not the decrypted value.
    raw = [type_coerce(table.c[name], Text) for name in names]
    done, last = 0, None
    while True:
        query = select(key, *raw).order_by(key).limit(BATCH)
        if last is not None:
            query = query.where(key > last)  # keyset paging
        with engine.begin() as conn:
            rows = conn.execute(query).all()
            for row in rows:
                done += _rotate_row(conn, table, key, dict(zip(names, row[1:])), row[0])
        if len(rows) < BATCH:
            return done
        last = rows[-1][0]


def _rotate_row(conn, table: Table, key, tokens: Dict[str, str], key_value) -> int:
    tokens = {name: token for name, token in tokens.items() if token is not None}
    if not tokens:
        return 0
    unchanged = [type_coerce(table.c[name], Text) == token for name, token in tokens.items()]
    result = conn.execute(
        update(table).where(key == key_value, *unchanged)
        .values({table.c[name]: type_coerce(reencrypt(token), Text)
                 for name, token in tokens.items()}))
    return len(tokens) if result.rowcount else 0
