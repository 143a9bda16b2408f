"""What the system refused, said in Chinese (perfdocs.files.oserrors): a clerk read
「无法在此文件夹中写入文件：No such file or directory」."""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke

from perfdocs.files.oserrors import BY_ERRNO, BY_WINERROR, reason


@pytest.mark.parametrize("number", sorted(BY_ERRNO))
def test_common_errors_read_in_chinese(number: int) -> None:
    said = reason(OSError(number, os.strerror(number)))
    assert said == BY_ERRNO[number] and said.isascii() is False


def test_windows_codes_say_what_to_do() -> None:
    busy = OSError(errno.EACCES, "另一个程序正在使用此文件，进程无法访问。")
    busy.winerror = 32  # type: ignore[attr-defined]  # what Windows sets
    assert "WPS" in reason(busy) and "关闭" in reason(busy)
    assert "260" in BY_WINERROR[206]


def test_an_uncommon_error_keeps_the_systems_words() -> None:
    assert reason(OSError(errno.EPIPE, "Broken pipe")) == "Broken pipe"
    assert reason(OSError("no details")) == "no details"


def test_an_output_folder_that_cannot_be_made_is_said_in_chinese(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, out = invoke("render", "p.yaml", "-f", "xlsx", "-o", "/proc/nope")
    assert code == 1
    assert "No such file" not in out and "Permission denied" not in out
    assert "错误" in out and ("找不到这个文件或文件夹" in out or "没有权限" in out), out
