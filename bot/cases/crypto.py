"""Personal data at rest: Fernet (AES-128-CBC + HMAC-SHA256, from `cryptography`) column types.

Key: $CASE_ENCRYPTION_KEY, one or more Fernet keys separated by commas. The first
encrypts; all decrypt (MultiFernet). To rotate, put the new key first and run
`python -m bot db rotate-key` (bot/cases/rekey.py), which re-encrypts every stored value
with it; keys between the first and the last can then be dropped. The LAST key also keys
the sender digests (below), which cannot be recomputed (the case keeps only the digest),
so the original key stays last.

Without $CASE_ENCRYPTION_KEY (a newcomer's local SQLite) a key is generated once into
var/case.key (mode 0600) and a warning is logged once. Production must set the variable:
a key kept beside the database protects nothing.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
from functools import lru_cache
from pathlib import Path
from typing import Any, Optional

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from sqlalchemy.types import Text, TypeDecorator

from bot.config import PROJECT_ROOT

log = logging.getLogger(__name__)

ENV_VAR = "CASE_ENCRYPTION_KEY"
LOCAL_KEY_FILE = PROJECT_ROOT / "var" / "case.key"
_lock = threading.Lock()


class EncryptionKeyError(Exception):
    """The key is missing, malformed, or not the one the data was written with."""


def _local_key(path: Path = LOCAL_KEY_FILE) -> str:
    with _lock:
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            # Written whole to a private (0600) temporary file, then linked into place:
            # link fails if another process (Rasa, actions, worker start together) won,
            # and nobody ever reads a half-written key.
            tmp = path.with_name(f".{path.name}.{os.getpid()}")
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w") as out:
                out.write(Fernet.generate_key().decode("ascii"))
            try:
                os.link(tmp, path)
            except FileExistsError:
                pass
            finally:
                tmp.unlink()
        log.warning(
            "%s is not set: using the local development key in %s. Set it in production.",
            ENV_VAR, path,
        )
        return path.read_text().strip()


def _keys_text() -> str:
    return os.environ.get(ENV_VAR, "").strip() or _local_key()


@lru_cache(maxsize=None)
def _ciphers(keys_text: str) -> tuple:
    try:
        keys = [Fernet(k.strip().encode("ascii")) for k in keys_text.split(",") if k.strip()]
    except (ValueError, TypeError) as exc:
        raise EncryptionKeyError(f"{ENV_VAR} is not a valid Fernet key list") from exc
    if not keys:
        raise EncryptionKeyError(f"{ENV_VAR} holds no key")
    last = keys_text.split(",")[-1].strip().encode("ascii")
    # A separate key for digests, derived so one secret serves both purposes safely.
    digest_key = HKDF(algorithm=hashes.SHA256(), length=32, salt=None,
                      info=b"hatebot sender digest").derive(last)
    return MultiFernet(keys), digest_key


@lru_cache(maxsize=1)
def _current_keys_text() -> str:
    return _keys_text()


def reset_keys() -> None:
    """Forget the cached key (tests that switch $CASE_ENCRYPTION_KEY call this)."""
    _current_keys_text.cache_clear()


def _cipher() -> MultiFernet:
    return _ciphers(_current_keys_text())[0]


def encrypt(value: str) -> str:
    return _cipher().encrypt(value.encode("utf-8")).decode("ascii")


def reencrypt(token: str) -> str:
    """The same plaintext under the first key (for `db rotate-key`)."""
    return encrypt(decrypt(token))


def key_count() -> int:
    _cipher()  # a malformed key list fails here, as everywhere else
    return sum(1 for k in _current_keys_text().split(",") if k.strip())


def decrypt(token: str) -> str:
    try:
        return _cipher().decrypt(token.encode("ascii")).decode("utf-8")
    except InvalidToken as exc:
        raise EncryptionKeyError(
            f"stored personal data cannot be decrypted: {ENV_VAR} is not the key it was written with"
        ) from exc


def sender_digest(sender_key: Optional[str]) -> Optional[str]:
    """A keyed HMAC of a conversation id: equal ids match, the phone number is not stored."""
    if sender_key is None:
        return None
    key = _ciphers(_current_keys_text())[1]
    return hmac.new(key, sender_key.encode("utf-8"), hashlib.sha256).hexdigest()


def digests_equal(a: Optional[str], b: Optional[str]) -> bool:
    return a is not None and b is not None and hmac.compare_digest(a, b)


class EncryptedText(TypeDecorator):
    """A text column stored as a Fernet token; reads give the plaintext back."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> Optional[str]:
        if value is None:
            return None
        return encrypt(str(value))

    def process_result_value(self, value: Optional[str], dialect) -> Optional[str]:
        return None if value is None else decrypt(value)


class EncryptedJSON(TypeDecorator):
    """A JSON value (list or dict) stored as a Fernet token of its JSON text."""

    impl = Text
    cache_ok = True

    def process_bind_param(self, value: Any, dialect) -> Optional[str]:
        if value is None:
            return None
        return encrypt(json.dumps(value, ensure_ascii=False, default=_iso))

    def process_result_value(self, value: Optional[str], dialect) -> Any:
        return None if value is None else json.loads(decrypt(value))


def _iso(value: Any) -> Any:
    # Drafts may hold dates from the intake.
    if hasattr(value, "isoformat"):
        return value.isoformat()
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
