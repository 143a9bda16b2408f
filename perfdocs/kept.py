"""A bounded map of what a process made and may need again, the newest kept.

Several steps keep what they made for the rest of the process: a Word template's recipe
(render/docx/prepared), a font subset and a small stream deflated once (_compat). Each is
a map of at most so many entries, used from the batch's threads, where a hit makes the
entry the newest and a new entry pushes out the oldest; :class:`Kept` is that map, once.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable, Hashable
    from typing import Generic, TypeVar

    K = TypeVar("K", bound="Hashable")
    V = TypeVar("V")
else:
    class Generic:
        """``typing.Generic`` for the type checker only: ``Generic[K, V]`` is ``object``
        at run time, so a one-form process need not import typing (≈ 12 M instructions)."""

        def __class_getitem__(cls, _: object) -> type:
            return object

    K = V = None


class Kept(Generic[K, V]):
    """At most ``size`` entries, safe to share between threads. ``added`` and
    ``dropped`` are told of a value as it comes in and goes out (under the map's lock,
    so a value is never seen dropped before it was added)."""

    def __init__(self, size: int, *, added: Callable[[V], None] | None = None,
                 dropped: Callable[[V], None] | None = None) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()
        self._lock = threading.Lock()
        self._added = added
        self._dropped = dropped

    def get(self, key: K) -> V | None:
        """The value kept for ``key``, now the newest; None when there is none."""
        with self._lock:
            found = self._items.get(key)
            if found is not None:
                self._items.move_to_end(key)
            return found

    def keep(self, key: K, value: V) -> V:
        """Keep ``value`` for ``key`` unless a value is kept for it already (another
        thread made the same meanwhile); the value kept either way, now the newest. The
        oldest entries go when there are more than ``size``."""
        with self._lock:
            found = self._items.get(key)
            if found is None:
                self._items[key] = found = value
                if self._added is not None:
                    self._added(value)
            self._items.move_to_end(key)
            while len(self._items) > self.size:
                _key, old = self._items.popitem(last=False)
                if self._dropped is not None:
                    self._dropped(old)
            return found

    def clear(self) -> None:
        """Forget every entry (each one dropped)."""
        with self._lock:
            while self._items:
                _key, old = self._items.popitem(last=False)
                if self._dropped is not None:
                    self._dropped(old)

    def __len__(self) -> int:
        return len(self._items)

    def __contains__(self, key: object) -> bool:
        return key in self._items
