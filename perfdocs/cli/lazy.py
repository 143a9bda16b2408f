"""The commands of ``perfdocs`` that live in their own modules, imported when first used.

``perfdocs render …`` needs none of ``new``, ``serve``, ``import``…; importing their modules
(and what they import at the top: prompts, dataclasses, the model's marks) cost every run
≈ 3 ms before it began. :class:`LazyCommands` is the group's ``commands`` mapping: a command
defined in :mod:`perfdocs.cli.app` is there at once; one named in ``later`` is imported the
first time it is looked up by name, and all of them as soon as anything lists the commands
(``--help``, a mistyped command's suggestions, shell completion, the tests' walks), so what
click sees is the same mapping, in the same order, as if all had been imported at start.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, ItemsView, Iterator, KeysView, Mapping, ValuesView
from typing import Any

import click


class LazyCommands(dict[str, click.Command]):
    """Name → command; ``later`` names are imported (module, attribute) when first needed,
    and ``prepare`` is applied to each as it arrives (Chinese placeholders, completers,
    checks), as it was to the commands there from the start."""

    def __init__(self, ready: Mapping[str, click.Command], later: dict[str, tuple[str, str]],
                 prepare: Callable[[click.Command], None]) -> None:
        super().__init__(ready)
        self._order = [*ready, *(name for name in later if name not in ready)]
        self._later = {name: where for name, where in later.items() if name not in ready}
        self._prepare = prepare

    def _load(self, name: object) -> None:
        if not isinstance(name, str) or name not in self._later:
            return
        where = self._later.pop(name)
        module, attribute = where
        command: click.Command = getattr(importlib.import_module(module), attribute)
        self._prepare(command)
        super().__setitem__(name, command)

    def _load_all(self) -> None:
        if not self._later:
            return
        for name in list(self._later):
            self._load(name)
        loaded = dict(super().items())
        super().clear()
        for name in [*self._order, *(n for n in loaded if n not in self._order)]:
            if name in loaded:
                super().__setitem__(name, loaded[name])

    def __getitem__(self, name: str) -> click.Command:
        self._load(name)
        return super().__getitem__(name)

    def get(self, name: str, default: Any = None) -> Any:
        self._load(name)
        return super().get(name, default)

    def __contains__(self, name: object) -> bool:
        return name in self._later or super().__contains__(name)

    def __setitem__(self, name: str, command: click.Command) -> None:
        self._later.pop(name, None)  # a command added under a later name replaces it
        super().__setitem__(name, command)

    def __iter__(self) -> Iterator[str]:
        self._load_all()
        return super().__iter__()

    def __len__(self) -> int:
        return super().__len__() + len(self._later)

    def keys(self) -> KeysView[str]:  # type: ignore[override]
        self._load_all()
        return super().keys()

    def values(self) -> ValuesView[click.Command]:  # type: ignore[override]
        self._load_all()
        return super().values()

    def items(self) -> ItemsView[str, click.Command]:  # type: ignore[override]
        self._load_all()
        return super().items()

    def pop(self, name: str, *default: Any) -> Any:
        self._load(name)
        return super().pop(name, *default)

    def copy(self) -> dict[str, click.Command]:
        self._load_all()
        return dict(super().items())

    def __repr__(self) -> str:
        self._load_all()
        return super().__repr__()
