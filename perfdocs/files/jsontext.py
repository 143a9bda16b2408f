"""How perfdocs turns JSON text into bytes when it may hold a file name the system gave.

A file name that is not valid UTF-8 (a GBK name unpacked from a Windows zip on Linux)
reaches Python as a ``str`` with lone surrogates (``\\udcb2``), which strict UTF-8 refuses:
the cache, the output record and a packet's manifest.json failed on it after the forms
were written, an internal error (exit 3). With :data:`JSON_ERRORS` such a character is
written as the six characters ``\\udcb2`` — inside a JSON string that is JSON's own escape
for the same character, so ``json.loads`` gives back the very name, and every other text
is encoded exactly as before (the same bytes, the same digests).
"""

from __future__ import annotations

JSON_ERRORS = "backslashreplace"
"""The errors handler for ``json.dumps(…, ensure_ascii=False).encode("utf-8", …)``."""
