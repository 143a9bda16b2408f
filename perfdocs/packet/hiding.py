"""A packet's staging folder hidden in Windows Explorer while it is being built.

A packet is built in ``.<packet>.<pid>.<random>.building`` beside the packet it replaces
and renamed into place when whole (:mod:`perfdocs.packet.packet`). A run that is killed
(its console window closed) leaves that folder until the next run removes it. On Linux
and macOS the leading dot hides it; on Windows, where most users are, a dot hides
nothing, and a clerk saw a half-built 「.上海市…材料.….building」 folder full of partial
forms beside the real one. So on Windows the folder gets FILE_ATTRIBUTE_HIDDEN (as the
render cache's folder does), and loses it just before it becomes the packet: a renamed
folder keeps its attributes, and the packet handed in must be seen.

The calls go through kernel32 (ctypes, imported only on Windows); :func:`set_hidden`
takes it as an argument so its logic is tested on every system against a stand-in.
Hiding is a courtesy: whatever fails here is ignored, the packet is built all the same.
"""

from __future__ import annotations

import os
from pathlib import Path

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

HIDDEN = 0x2
"""FILE_ATTRIBUTE_HIDDEN."""
INVALID = 0xFFFFFFFF
"""INVALID_FILE_ATTRIBUTES: what GetFileAttributesW answers for a path it cannot read."""


def hide(path: Path, on: bool = True) -> bool:
    """Give ``path`` (``on``) or take from it the hidden attribute, on Windows; whether it
    now has the state asked for (False elsewhere, and when Windows refused)."""
    if not _windows():
        return False
    kernel32 = _kernel32()
    if kernel32 is None:
        return False
    try:
        return set_hidden(path, on, kernel32)
    except OSError:
        return False


def set_hidden(path: Path, on: bool, kernel32: Any) -> bool:
    """:func:`hide` through ``kernel32`` (its GetFileAttributesW and SetFileAttributesW):
    the path's other attributes (read-only, archive…) are kept."""
    attributes = kernel32.GetFileAttributesW(str(path))
    if attributes == INVALID:
        return False
    wanted = attributes | HIDDEN if on else attributes & ~HIDDEN
    if wanted == attributes:
        return True
    return bool(kernel32.SetFileAttributesW(str(path), wanted))


def _windows() -> bool:
    return os.name == "nt"


def _kernel32() -> Any:
    """kernel32's two file-attribute calls with their signatures declared, or None."""
    try:
        import ctypes
        from ctypes import wintypes
        from types import SimpleNamespace

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        kernel32.GetFileAttributesW.argtypes = (wintypes.LPCWSTR,)
        kernel32.GetFileAttributesW.restype = wintypes.DWORD
        kernel32.SetFileAttributesW.argtypes = (wintypes.LPCWSTR, wintypes.DWORD)
        kernel32.SetFileAttributesW.restype = wintypes.BOOL
        return SimpleNamespace(GetFileAttributesW=kernel32.GetFileAttributesW,
                               SetFileAttributesW=kernel32.SetFileAttributesW)
    except (ImportError, OSError, AttributeError):
        return None
