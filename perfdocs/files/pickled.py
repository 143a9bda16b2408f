"""Reading and writing the pickles perfdocs keeps per user, without ``pickle.py`` on a hit.

A warm run reads kept entries (a layout, the settings, a project validator) with
``pickle.loads``; ``import pickle`` runs ``pickle.py`` (≈ 1.4 ms: its Python pickler, a
pattern, struct, _compat_pickle) for that one function, which is ``_pickle.loads`` — the
C unpickler ``pickle.py`` itself re-exports on CPython. :func:`loads` is that function;
:func:`dumps` (a miss only) imports ``pickle`` and writes with its highest protocol.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

try:
    from _pickle import loads
except ImportError:  # an interpreter without the C pickler
    from pickle import loads

__all__ = ["dumps", "loads"]


def dumps(value: Any) -> bytes:
    """``value`` pickled with the highest protocol (``pickle.dumps``)."""
    import pickle

    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)
