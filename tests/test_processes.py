"""Whether a run that left files beside the outputs still runs (perfdocs.files.processes).

The Windows answers go through kernel32; they are checked here against a stand-in that
behaves as kernel32 is documented to (an unknown id refused with ERROR_INVALID_PARAMETER,
a live process's exit code STILL_ACTIVE), so their logic runs on every system. Not run on a
real Windows machine here."""

from __future__ import annotations

import os
import subprocess
import sys
from typing import Any

import pytest

from perfdocs.files import processes


def _dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()  # reaped: the id names no process now
    return child.pid


def test_this_process_and_a_finished_one() -> None:
    assert processes.alive(os.getpid())
    assert processes.alive(os.getppid())
    assert not processes.alive(_dead_pid())


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="Linux /proc")
def test_start_names_one_process() -> None:
    mine = processes.started(os.getpid())
    assert mine.isdigit() and mine == processes.started(os.getpid())
    assert processes.started(os.getppid()).isdigit()  # (it may share this one's clock tick)
    assert processes.started(_dead_pid()) == ""


class FakeKernel32:
    """kernel32's four calls as documented, over a table pid → (exit code, creation)."""

    def __init__(self, table: dict[int, tuple[int, int]],
                 denied: frozenset[int] = frozenset()) -> None:
        self.table = table
        self.denied = denied
        self.open: set[int] = set()
        self.error = 0

    def last_error(self) -> int:
        return self.error

    def OpenProcess(self, access: int, inherit: bool, pid: int) -> int:
        assert access == processes.QUERY_LIMITED and not inherit
        if pid in self.denied:
            self.error = 5  # ERROR_ACCESS_DENIED
            return 0
        if pid not in self.table:
            self.error = processes.NO_SUCH_PROCESS
            return 0
        self.open.add(pid + 1000)
        return pid + 1000

    def GetExitCodeProcess(self, handle: int, code: Any) -> int:
        code._obj.value = self.table[handle - 1000][0]
        return 1

    def GetProcessTimes(self, handle: int, *times: Any) -> int:
        times[0]._obj.value = self.table[handle - 1000][1]
        return 1

    def CloseHandle(self, handle: int) -> int:
        self.open.remove(handle)
        return 1


def test_windows_answers_from_kernel32() -> None:
    kernel = FakeKernel32({10: (processes.STILL_ACTIVE, 133_000_000_000_000_000),
                           11: (0, 133_000_000_000_000_001)}, denied=frozenset({12}))
    assert processes.alive_windows(10, kernel)  # running
    assert not processes.alive_windows(11, kernel)  # ended, a handle still held somewhere
    assert not processes.alive_windows(13, kernel)  # no such id
    assert processes.alive_windows(12, kernel)  # a service's: cannot tell, so alive
    assert processes.started_windows(10, kernel) == "133000000000000000"
    assert processes.started_windows(13, kernel) == ""
    assert kernel.open == set()  # every handle opened was closed


def test_windows_without_kernel32_keeps_everything(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(processes, "_windows", lambda: True)
    monkeypatch.setattr(processes, "_kernel32", lambda: None)
    assert processes.alive(_dead_pid())  # cannot tell: the leftover is kept
    assert processes.started(os.getpid()) == ""


def test_windows_asks_kernel32(monkeypatch: pytest.MonkeyPatch) -> None:
    kernel = FakeKernel32({})
    monkeypatch.setattr(processes, "_windows", lambda: True)
    monkeypatch.setattr(processes, "_kernel32", lambda: kernel)
    assert not processes.alive(4242)  # before: every pid counted as alive on Windows
    assert processes.alive(os.getpid())
