"""openxml-audit over every .xlsx and .docx perfdocs writes while the tests run.

Excel repairs or silently rewrites a workbook that breaks its expectations (no theme part,
inline strings), and staff then hand in a file that is no longer the one perfdocs wrote.
The independent validator openxml-audit (Microsoft 365 profile) predicts that. conftest.py
wraps the two writers so that each file a test produces — through the library, the CLI
in-process or a packet — is audited once (files are deduplicated by content), and a test
whose files draw an error or an unexplained warning fails, naming the finding.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Callable
from typing import Any

ACCEPTED_WARNINGS: dict[str, str] = {}
"""Start of a warning's text → why it is acceptable. Empty: no warning is accepted."""

_produced: list[tuple[str, bytes]] = []
_verdicts: dict[str, list[str]] = {}
_validator: Any = None


def findings(data: bytes, suffix: str) -> list[str]:
    """The errors and unaccepted warnings openxml-audit reports for ``data`` (cached)."""
    digest = hashlib.sha256(data).hexdigest()
    done = _verdicts.get(digest)
    if done is not None:
        return done
    global _validator
    if _validator is None:
        from openxml_audit import FileFormat, OpenXmlValidator

        _validator = OpenXmlValidator(file_format=FileFormat.MICROSOFT_365)
    handle, path = tempfile.mkstemp(suffix=f".{suffix}")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        result = _validator.validate(path)
    finally:
        os.unlink(path)
    found = []
    for error in result.errors:
        text = str(error.description)
        if error.severity.name == "WARNING" and any(
                text.startswith(start) for start in ACCEPTED_WARNINGS):
            continue
        found.append(f"{error.severity.name}: {text} ({getattr(error, 'part', '')})")
    _verdicts[digest] = found
    return found


def watch(module: Any, name: str, suffix: str) -> None:
    """Record every result of ``module.name`` (a writer returning the file's bytes)."""
    original: Callable[..., bytes] = getattr(module, name)
    if getattr(original, "_audited", False):
        return

    def recorded(*args: Any, **kwargs: Any) -> bytes:
        data = original(*args, **kwargs)
        _produced.append((suffix, data))
        return data

    recorded._audited = True  # type: ignore[attr-defined]
    recorded.__doc__ = original.__doc__
    setattr(module, name, recorded)


def mark() -> int:
    """Where the files produced from now on start."""
    return len(_produced)


def problems_since(start: int) -> list[str]:
    """Findings for the files produced since ``start`` (which are then forgotten)."""
    new = _produced[start:]
    del _produced[start:]
    out: list[str] = []
    for suffix, data in new:
        out += [f"{suffix}: {finding}" for finding in findings(data, suffix)]
    return list(dict.fromkeys(out))
