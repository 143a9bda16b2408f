"""A new temporary file beside its target, made as ``tempfile.mkstemp`` makes one.

Every output perfdocs writes goes through a temporary file renamed into place, so a
one-form render makes one or two. ``import tempfile`` costs ≈ 3 ms of such a run (it
imports shutil, which imports bz2, lzma and fnmatch, and random with its hashing) for one
function that is a loop around ``os.open``: here it is, with the same flags (created
exclusively, mode 0600, no symlink followed, binary and not inherited on Windows), the same
name shape (``prefix`` + 8 characters of ``[a-z0-9_]`` + ``suffix``) and the same retries.
"""

from __future__ import annotations

import os

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_FLAGS = (os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
          | getattr(os, "O_BINARY", 0) | getattr(os, "O_NOINHERIT", 0))
_ATTEMPTS = 10000
"""As tempfile.TMP_MAX: names tried before giving up (FileExistsError)."""


def _random_name() -> str:
    # 8 bytes of the system's randomness, each mapped to one of 37 characters
    return "".join(_CHARACTERS[byte % len(_CHARACTERS)] for byte in os.urandom(8))


def make_temporary(folder: str | os.PathLike[str], prefix: str = "tmp",
                   suffix: str = "") -> tuple[int, str]:
    """A new empty file ``folder/<prefix><random><suffix>`` opened for reading and writing:
    (its descriptor, its absolute path). As ``tempfile.mkstemp(suffix, prefix, folder)``."""
    where = os.fspath(folder)
    for _ in range(_ATTEMPTS):
        name = os.path.join(where, f"{prefix}{_random_name()}{suffix}")
        try:
            fd = os.open(name, _FLAGS, 0o600)
        except FileExistsError:
            continue
        except PermissionError:
            # Windows says so for a name held by a folder (or a file being deleted)
            if os.name == "nt" and os.path.isdir(where) and os.access(where, os.W_OK):
                continue
            raise
        return fd, os.path.abspath(name)
    raise FileExistsError("no usable temporary file name found")
