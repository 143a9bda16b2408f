"""perfdocs.files.digests: the built-in SHA-256 gives hashlib's digests (the kept keys,
file names and checks are unchanged), and reading a kept layout loads no OpenSSL."""

from __future__ import annotations

import hashlib
import os

from perfdocs.files import digests


def test_the_same_digests_as_hashlib() -> None:
    for size in (0, 1, 55, 56, 63, 64, 65, 1000, 100_003):
        data = os.urandom(size)
        assert digests.sha256(data).hexdigest() == hashlib.sha256(data).hexdigest()
        assert digests.sha256(data).digest() == hashlib.sha256(data).digest()
        grown, reference = digests.sha256(b"kind"), hashlib.sha256(b"kind")
        for start in range(0, size, 777):
            grown.update(data[start:start + 777])
            reference.update(data[start:start + 777])
        twin = grown.copy()
        twin.update(b"more")
        assert grown.hexdigest() == reference.hexdigest()
        assert twin.hexdigest() == hashlib.sha256(b"kind" + data + b"more").hexdigest()
    assert digests.sha256().hexdigest() == hashlib.sha256().hexdigest()


def test_the_built_in_module_when_python_has_it() -> None:
    """The point of the module: not OpenSSL's function (CPython 3.11 ships ``_sha256``,
    3.12 and later ``_sha2``)."""
    names = {"_sha256", "_sha2"}
    if not any(_importable(name) for name in names):
        assert digests.sha256 is hashlib.sha256
        return
    assert digests.sha256.__module__ in names  # type: ignore[attr-defined]


def _importable(name: str) -> bool:
    try:
        __import__(name)
    except ImportError:
        return False
    return True
