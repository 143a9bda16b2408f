"""Whether a process still runs, and when it started: how a run knows that what it finds
beside its outputs (a ``.part`` file, a packet's ``.building`` folder) was left by a run
that was killed, and may go.

Most users are on Windows, where a run is ended by closing its console window: without
an answer there, a killed packet's half-built folder stayed beside the real one for good,
in plain sight in Explorer (Windows does not hide dot-names). So each question has a
POSIX answer and a Windows one (kernel32 through ctypes, imported only there), and
"cannot tell" always counts as *alive*: a leftover kept is untidy, a live run's files
removed would be a lost hand-in.
"""

from __future__ import annotations

import os

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

STILL_ACTIVE = 259
"""GetExitCodeProcess's code for a process that has not ended."""
QUERY_LIMITED = 0x1000
"""PROCESS_QUERY_LIMITED_INFORMATION: enough to ask for the exit code and the times, and
granted for other users' processes too (unlike PROCESS_QUERY_INFORMATION)."""
NO_SUCH_PROCESS = 87
"""ERROR_INVALID_PARAMETER: what OpenProcess says for an id no process has."""


def alive(pid: int) -> bool:
    """Whether a process with this id runs on this machine (True where that cannot be told).

    Not ``os.kill(pid, 0)`` on Windows: there it sends CTRL_C_EVENT instead of probing,
    which would interrupt the very process asked about."""
    if pid == os.getpid():
        return True
    if _windows():
        kernel32 = _kernel32()
        return True if kernel32 is None else alive_windows(pid, kernel32)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process, or no way to tell: keep its files
    return True


def started(pid: int) -> str:
    """When process ``pid`` started, as an opaque word that names one process for good
    together with its id ("" where it cannot be read): ids are reused (they wrap at 32768
    on a busy Linux machine, and Windows hands them out again at once), and a dead run
    whose id a new process took must not count as running.

    Linux: the start in clock ticks since boot (/proc/<pid>/stat, field 22). Windows: the
    creation time (GetProcessTimes, 100 ns units since 1601)."""
    if _windows():
        kernel32 = _kernel32()
        return "" if kernel32 is None else started_windows(pid, kernel32)
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            stat = handle.read()
    except OSError:
        return ""
    fields = stat[stat.rfind(")") + 2:].split()  # after "(name)": field 3 onwards
    return fields[19] if len(fields) > 19 else ""


def alive_windows(pid: int, kernel32: Any) -> bool:
    """:func:`alive` through kernel32 (``kernel32`` given, :func:`_kernel32`'s calls and
    its ``last_error``, so that the logic is tested on every system against a stand-in)."""
    import ctypes

    handle = kernel32.OpenProcess(QUERY_LIMITED, False, pid)
    if not handle:
        # No such id: gone. Anything else (access denied to a service's process): alive.
        return bool(kernel32.last_error() != NO_SUCH_PROCESS)
    try:
        code = ctypes.c_ulong(0)
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def started_windows(pid: int, kernel32: Any) -> str:
    """:func:`started` through kernel32: the creation FILETIME as one integer, or ""."""
    import ctypes

    handle = kernel32.OpenProcess(QUERY_LIMITED, False, pid)
    if not handle:
        return ""
    try:
        times = [ctypes.c_ulonglong(0) for _ in range(4)]  # creation, exit, kernel, user
        if not kernel32.GetProcessTimes(handle, *(ctypes.byref(t) for t in times)):
            return ""
        return str(times[0].value)
    finally:
        kernel32.CloseHandle(handle)


def _windows() -> bool:
    return os.name == "nt"


def _kernel32() -> Any:
    """kernel32 with the signatures used here declared (a HANDLE is pointer-sized: left
    to ctypes' default ``int`` it would be cut to 32 bits on 64-bit Windows) and
    ``last_error`` (the error of its last call on this thread), or None."""
    try:
        import ctypes
        from ctypes import wintypes
        from types import SimpleNamespace

        kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined,unused-ignore]
        kernel32.OpenProcess.argtypes = (wintypes.DWORD, wintypes.BOOL, wintypes.DWORD)
        kernel32.OpenProcess.restype = wintypes.HANDLE
        kernel32.GetExitCodeProcess.argtypes = (wintypes.HANDLE, ctypes.c_void_p)
        kernel32.GetExitCodeProcess.restype = wintypes.BOOL
        kernel32.GetProcessTimes.argtypes = (wintypes.HANDLE, *(ctypes.c_void_p,) * 4)
        kernel32.GetProcessTimes.restype = wintypes.BOOL
        kernel32.CloseHandle.argtypes = (wintypes.HANDLE,)
        kernel32.CloseHandle.restype = wintypes.BOOL
        return SimpleNamespace(
            OpenProcess=kernel32.OpenProcess, GetExitCodeProcess=kernel32.GetExitCodeProcess,
            GetProcessTimes=kernel32.GetProcessTimes, CloseHandle=kernel32.CloseHandle,
            last_error=ctypes.get_last_error)  # type: ignore[attr-defined,unused-ignore]
    except (ImportError, OSError, AttributeError):
        return None
