"""The Chinese words of layout.toml's keys, labels and parts (layouts/keys.toml).

Read by the key reference (:mod:`perfdocs.layouts.keys`) and by the layout check, which
names what a ``labels.<key>`` prints or a ``columns.<key>`` places beside a fault at it
(:mod:`perfdocs.layouts.layout`); kept apart from both so neither imports the other.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("keys.toml")
"""The Chinese words, kept as data beside this module (a table per kind of key)."""


@cache
def words() -> dict[str, dict[str, str]]:
    import tomllib

    return tomllib.loads(WORDS_FILE.read_text(encoding="utf-8"))


def keys_words() -> dict[str, str]:
    """Every key of layout.toml with its explanation (``*`` stands for a form's name)."""
    return words()["keys"]


def label_words() -> dict[str, str]:
    """What each ``labels.<key>`` is on the printed form."""
    return words()["labels"]


def part_words() -> dict[str, str]:
    """What each ``columns.<key>`` places."""
    return words()["parts"]
