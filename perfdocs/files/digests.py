"""SHA-256 from Python's own module, not OpenSSL's: the digests perfdocs keeps as keys.

``import hashlib`` loads ``_hashlib``, OpenSSL's libcrypto with it: ≈ 3.5–4 ms of a
process, a fortieth of a one-form ``perfdocs render`` (issue 20.2), to hash a few dozen
kilobytes (the checked-files keys of a run: ≈ 40 KB). CPython's built-in SHA-256 module
(``_sha256``, ``_sha2`` from 3.12) loads in ≈ 0.6 ms and gives the same digest (SHA-256
is SHA-256: every kept key, file name and check stays what it was), ≈ 5 times slower per
byte than OpenSSL's — ≈ 0.2 ms more for a run's 40 KB. A Python built without it (some
distributions leave the built-in hashes out) takes hashlib's.

Where megabytes are hashed (the render cache's project and output digests), hashlib
stays.
"""

from __future__ import annotations

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from hashlib import sha256 as sha256
    from typing import Any


def _builtin_sha256() -> Callable[..., Any]:
    """The ``sha256`` of CPython's built-in module, else hashlib's (the module of this
    Python's version asked for first: a failed import searches the whole path)."""
    import sys

    names = ("_sha2", "_sha256") if sys.version_info >= (3, 12) else ("_sha256", "_sha2")
    for name in names:
        try:
            module = __import__(name)
        except ImportError:
            continue
        found: Callable[..., Any] = module.sha256
        return found
    import hashlib

    return hashlib.sha256


if not TYPE_CHECKING:
    sha256 = _builtin_sha256()
