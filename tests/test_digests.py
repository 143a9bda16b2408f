"""perfdocs.files.digests: the built-in SHA-256 gives hashlib's digests (the kept keys,
file names and checks are unchanged), and reading a kept layout loads no OpenSSL."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

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


def test_the_modules_that_hash_import_no_hashlib_nor_contextlib() -> None:
    """Issue 20.2: perfdocs' own reading side (the checked-files keys, kept entries,
    settings, output names, the command guard, the deferred patterns
    of pathlib's urllib.parse) imports neither hashlib with OpenSSL (≈ 3.5–4 ms) nor
    contextlib and importlib.util (≈ 2 ms). (A PDF run still imports them through
    reportlab and the PDF package's own modules.)"""
    code = (
        "import sys\n"
        "import perfdocs\n"  # defers urllib.parse's pattern: the finder runs for pathlib
        "import pathlib, urllib.parse\n"
        "from perfdocs.loading import checked_files, settings\n"
        "from perfdocs.layouts import checked_cache\n"
        "from perfdocs.files import user_cache, writing, digests\n"
        "from perfdocs.engine import output\n"
        "from perfdocs.cli import guarding, rendering, quick_render\n"
        "assert type(urllib.parse._UNSAFE_URL_BYTES_TO_REMOVE) is list\n"
        "digests.sha256(b'x').hexdigest(); output.name_tag('x'); writing._owner_tag(1)\n"
        "with guarding.guard():\n    pass\n"
        "print(sorted(m for m in ('hashlib', '_hashlib', 'contextlib', 'importlib.util')\n"
        "             if m in sys.modules))\n")
    root = Path(__file__).resolve().parents[1]
    done = subprocess.run([sys.executable, "-S", "-c", code], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(root)}, check=True)
    assert done.stdout.strip() == "[]"
