"""Bytes of a file a user named, read so that no file can hang or exhaust a run.

Checking a file's size after reading it protects nothing: a symlink to /dev/zero or a
sparse 3 GB file is read in full first, and a FIFO blocks the read forever. So every file
perfdocs reads on a user's word (project files, workbooks, layout and settings files,
fonts, Word templates) comes through :func:`read_capped`, which

- opens without following into a FIFO or device (``O_NONBLOCK``, then ``fstat`` on the
  opened descriptor, so a file swapped between a check and the open is still checked),
- refuses anything that is not a regular file, naming what it is,
- refuses a regular file above the cap from its size before reading a byte,
- and reads at most cap + 1 bytes, so a file that grows while being read is refused too.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from perfdocs.errors import InputError
from perfdocs.files.oserrors import reason

_KINDS = (
    (stat.S_ISDIR, "这是一个文件夹，不是文件"),
    (stat.S_ISFIFO, "这是一个管道（FIFO），不是普通文件，不会读取"),
    (stat.S_ISCHR, "这是一个设备文件，不是普通文件，不会读取"),
    (stat.S_ISBLK, "这是一个设备文件，不是普通文件，不会读取"),
    (stat.S_ISSOCK, "这是一个套接字，不是普通文件，不会读取"),
)


def size_text(size: int) -> str:
    """A byte count as a person reads it: "5 MB", "300 KB", "12 字节"."""
    if size >= 1024 ** 3 and size % (1024 ** 3) == 0:
        return f"{size // 1024 ** 3} GB"
    if size >= 1024 ** 3:
        return f"{size / 1024 ** 3:.1f} GB"
    if size >= 1024 * 1024 and size % (1024 * 1024) == 0:
        return f"{size // (1024 * 1024)} MB"
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB"
    if size >= 1024:
        return f"{size // 1024} KB"
    return f"{size} 字节"


def check_regular(mode: int, name: str) -> None:
    """Refuse a directory, FIFO, device or socket by its ``st_mode``."""
    for test, message in _KINDS:
        if test(mode):
            raise InputError(message, file=name)
    if not stat.S_ISREG(mode):
        raise InputError("这不是普通文件，不会读取", file=name)


def read_capped(path: str | Path, limit: int, what: str = "文件") -> bytes:
    """The bytes of ``path``, refused with a message when it is no regular file or too big.

    ``what`` names the kind of file in the message ("项目文件", "字体文件"…).
    """
    name = str(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(name, flags)
    except FileNotFoundError:
        raise InputError("文件不存在", file=name) from None
    except IsADirectoryError:
        raise InputError("这是一个文件夹，不是文件", file=name) from None
    except OSError as exc:
        if exc.errno == 40:  # ELOOP: a symlink that points back at itself
            raise InputError("符号链接形成了循环，无法读取", file=name) from None
        raise InputError(f"无法读取文件：{reason(exc)}", file=name) from None
    try:
        info = os.fstat(fd)
        check_regular(info.st_mode, name)
        too_big = f"{what}过大（{{}}），不应超过 {size_text(limit)}"
        if info.st_size > limit:
            raise InputError(too_big.format(size_text(info.st_size)), file=name)
        chunks: list[bytes] = []
        total = 0
        while total <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - total))
            if not chunk:
                break
            chunks.append(chunk)
            total += len(chunk)
        if total > limit:
            raise InputError(too_big.format(f"超过 {size_text(limit)}"), file=name)
        return b"".join(chunks)
    except OSError as exc:
        raise InputError(f"无法读取文件：{reason(exc)}", file=name) from None
    finally:
        os.close(fd)
