"""Shared by the language word lists (bot/intake/languages/): one table, every spelling."""
from typing import Callable, Dict, Iterable, Tuple, TypeVar

V = TypeVar("V")


def expand_keys(spellings: Callable[[Iterable[str]], Tuple[str, ...]], table: Dict[str, V]) -> Dict[str, V]:
    """The table with each key also under every spelling a phone keyboard produces."""
    return {variant: value for key, value in table.items() for variant in spellings([key])}
