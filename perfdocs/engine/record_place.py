"""Where an output folder keeps perfdocs' own files: the render cache's folder and, in it,
the output record.

Apart from :mod:`perfdocs.engine.cache` and :mod:`perfdocs.engine.output_record` (which
import the type-checking machinery, hashlib and JSON) so that a ``render --no-cache`` can
ask whether there is a record to update without importing either: a one-form process
with nothing recorded pays for neither (issue 20.2; tests/test_records.py).
"""

from __future__ import annotations

from pathlib import Path

CACHE_FOLDER = ".perfdocs-cache"
"""The cache's folder inside the output folder."""

RECORD_FILE = "outputs.record"
"""The output record, in the cache folder."""


def record_path(out: Path | str) -> Path:
    """The output record of output folder ``out`` (it may not exist)."""
    return Path(out) / CACHE_FOLDER / RECORD_FILE
