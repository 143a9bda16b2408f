"""Checked layouts kept per user (perfdocs.loading.checked_files), so a new process does not
check them again.

Reading a layout means parsing its layout.toml and those it ``extends`` (tomllib is pure
Python), merging them key by key, and checking the result whole with pydantic: every
label, span, rounding rule and Jinja text (``perfdocs.layouts.checking``). That is ≈ 60 ms of
every ``perfdocs render`` process, for a file that changes a few times a year. A layout
that passed is kept and reused as long as nothing the check read has changed:

* the bytes of every layout.toml of the chain (SHA-256);
* every file-system question the reading asked: where each ``extends`` parent was looked
  for and found (or not), which ``<form>.docx`` templates sit beside a layout.toml, whether
  each form's Word template is there;
* the layout's place (its path, the layout search path) and the code that checks it
  (perfdocs' version, the source of the modules that check a layout, pydantic's and
  Python's versions).

Any change to one of them is a miss, and the layout is read and checked as before. Only
layouts that passed are kept: a faulty layout is checked (and its faults reported, with
their lines) every time. The entry holds what the check read (plain values, compared
before anything is unpickled) and the pickled layout.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable
from pathlib import Path

from perfdocs.files import pickled as kept_pickle
from perfdocs.files.digests import sha256
from perfdocs.loading import checked_files
from perfdocs.records import Record, field

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import TypeVar

    T = TypeVar("T")

FORMAT = b"perfdocs-layout-cache 3\n"
"""An entry's first bytes; a new arrangement of the entry gets a new number (3: the layout
is pickled as the plain records of perfdocs.layouts.layout, no pydantic models)."""
MAX_SOURCE_BYTES = 1024 * 1024
"""layout.toml's own cap (perfdocs.layouts.extends.MAX_LAYOUT_BYTES)."""
CHECKING_CODE = ("layouts/layout.py", "layouts/records.py", "layouts/checking.py",
                 "model/plain.py", "layouts/extends.py", "layouts/templating.py",
                 "model/numbers.py", "loading/validation_messages.py")
"""perfdocs' modules (relative to the package) whose code decides what a checked layout
holds: a change to one of them (a new layout key, a new rule) makes every entry a miss,
also between two builds of the same version."""


class Reads(Record):
    """What reading and checking one layout looked at, to tell later whether it changed."""

    files: list[tuple[str, str]] = field(default_factory=list)
    """(path, SHA-256 of its bytes) of every layout.toml of the chain."""
    probes: list[tuple[str, bool]] = field(default_factory=list)
    """(path, whether it was a file) of every path the reading looked for."""

    def probe(self, path: Path) -> bool:
        """``path.is_file()``, remembered."""
        found = path.is_file()
        self.probes.append((str(path), found))
        return found

    def unchanged(self) -> bool:
        """Whether every file still has its bytes and every probe its answer."""
        for name, found in self.probes:
            if Path(name).is_file() is not found:
                return False
        for name, digest in self.files:
            data = checked_files.read_capped(Path(name), MAX_SOURCE_BYTES)
            if data is None or sha256(data).hexdigest() != digest:
                return False
        return True


def recall(path: Path, search: Iterable[Path], kind: type[T]) -> tuple[T, Reads] | None:
    """The checked layout at ``path`` (its layout.toml, resolved) from the cache, with what
    its check read, when nothing of that changed and it is a ``kind`` (the layout model);
    else None (read and check it)."""
    key = _entry_key(path, search)
    payload = checked_files.read_entry(FORMAT, key) if key is not None else None
    if payload is None:
        return None
    try:
        files, probes, pickled = marshal.loads(payload)
        reads = Reads([(str(n), str(d)) for n, d in files],
                      [(str(n), bool(f)) for n, f in probes])
        if not reads.unchanged():
            return None
        layout = kept_pickle.loads(pickled)  # our own file, its digest checked
    except Exception:  # not ours after all: check the layout again and rewrite
        return None
    return (layout, reads) if isinstance(layout, kind) else None


def keep(path: Path, search: Iterable[Path], reads: Reads, layout: object) -> None:
    """Keep a layout that passed its check, with what the check read. Never raises."""
    try:
        key = _entry_key(path, search)
        if key is None:
            return
        pickled = kept_pickle.dumps(layout)
        checked_files.write_entry(FORMAT, key,
                                  marshal.dumps((reads.files, reads.probes, pickled)))
    except Exception:  # a layout that does not pickle: it is checked next time
        return


def _entry_key(path: Path, search: Iterable[Path]) -> str | None:
    """The entry's name: the layout's place and the code that checks it."""
    if checked_files.cache_dir() is None:
        return None
    return checked_files.entry_key(FORMAT, (str(path), [str(p) for p in search]),
                                   CHECKING_CODE)
