"""Frozen records whose methods are written once, not generated at every start-up.

``@dataclass(frozen=True)`` writes a class's ``__init__``, ``__repr__``, ``__eq__``,
``__hash__``, ``__setattr__`` and ``__delattr__`` as source text and compiles them each
time the module is imported: 0.5–1 ms per class, some 10 ms of every ``perfdocs`` run for
the records a one-form render imports (issue 20.2). A hot record instead derives from
:class:`Frozen` and writes its ``__init__`` itself (``object.__setattr__`` per field, as the
generated one does), under ``@dataclass(slots=True, init=False, repr=False, eq=False)``:
it stays a dataclass (``fields``, ``replace``, ``asdict``, ``match`` keep working) and
behaves as the frozen one did — equal and hashed by its fields in order, the same
``repr``, assignment refused with :class:`dataclasses.FrozenInstanceError`, pickled as
the same list of field values. ``tests/test_records.py`` compares every such class with
its generated twin, so a field added without its ``__init__`` line fails there.
"""

from __future__ import annotations

from dataclasses import FrozenInstanceError, fields
from operator import attrgetter
from typing import Any

_VALUES: dict[type, tuple[tuple[str, ...], Any]] = {}
"""A record class → (its field names, an attrgetter of their values as a tuple)."""


def _values_of(cls: type) -> tuple[tuple[str, ...], Any]:
    found = _VALUES.get(cls)
    if found is None:
        names = tuple(f.name for f in fields(cls))
        if len(names) == 1:  # attrgetter of one name gives the value, not a 1-tuple
            one = attrgetter(names[0])
            found = names, lambda obj: (one(obj),)
        else:
            found = names, attrgetter(*names)
        _VALUES[cls] = found
    return found


class Frozen:
    """Base of a frozen, slotted record (see the module's doc). Subclasses are decorated
    ``@dataclass(slots=True, init=False, repr=False, eq=False)`` and write ``__init__``."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        get = _values_of(self.__class__)[1]
        return bool(get(self) == get(other))

    def __hash__(self) -> int:
        return hash(_values_of(self.__class__)[1](self))

    def __repr__(self) -> str:
        names, get = _values_of(self.__class__)
        shown = ", ".join(f"{name}={value!r}" for name, value in zip(names, get(self), strict=True))
        return f"{self.__class__.__qualname__}({shown})"

    def __setattr__(self, name: str, value: object) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list[Any]:
        return list(_values_of(self.__class__)[1](self))

    def __setstate__(self, state: list[Any]) -> None:
        for name, value in zip(_values_of(self.__class__)[0], state, strict=False):
            object.__setattr__(self, name, value)
