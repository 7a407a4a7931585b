"""The one case store the action server uses, opened on first use."""
from functools import lru_cache

from bot.cases import CaseStore


@lru_cache(maxsize=1)
def case_store() -> CaseStore:
    return CaseStore()
