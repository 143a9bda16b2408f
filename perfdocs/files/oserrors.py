"""Why the system refused a read or a write, in Chinese.

``OSError.strerror`` is the C library's English on Linux and macOS, and on Windows too for
the errors Python maps to errno ("No such file or directory"); a clerk read
「无法在此文件夹中写入文件：No such file or directory」. The common causes are said here in
Chinese, with what to do where there is something to do (a form open in WPS or Excel is
the usual reason Windows refuses to replace it). Anything else keeps the system's own words.
"""

from __future__ import annotations

import errno

BY_ERRNO: dict[int, str] = {
    errno.ENOENT: "找不到这个文件或文件夹",
    errno.EACCES: "没有权限（文件可能是只读的，或正在 WPS、Excel 等程序中打开）",
    errno.EPERM: "不允许这样做（没有权限，或文件被设为只读）",
    errno.ENOSPC: "磁盘已满",
    errno.EROFS: "这是只读的磁盘或文件夹",
    errno.EEXIST: "已经存在同名的文件或文件夹",
    errno.ENOTDIR: "路径中有一段是文件，不是文件夹",
    errno.EISDIR: "这是一个文件夹，不是文件",
    errno.ENAMETOOLONG: "文件名或路径太长",
    errno.EBUSY: "正被其他程序占用",
    errno.EMFILE: "同时打开的文件太多",
    errno.ENFILE: "同时打开的文件太多",
    errno.EIO: "磁盘读写出错",
    errno.EXDEV: "不能跨磁盘移动",
    errno.ELOOP: "符号链接形成了循环",
    errno.ENOTEMPTY: "文件夹不是空的",
}
"""POSIX error numbers (Windows' C runtime uses the same for these)."""
DQUOT = getattr(errno, "EDQUOT", None)  # not on Windows
if DQUOT is not None:
    BY_ERRNO[DQUOT] = "超出了磁盘配额"

BY_WINERROR: dict[int, str] = {
    2: "找不到这个文件",
    3: "找不到路径中的文件夹",
    5: "没有权限（文件可能是只读的，或正在 WPS、Excel 等程序中打开）",
    32: "文件正在被另一个程序使用（例如在 WPS 或 Excel 中打开）：请关闭它后再试",
    33: "文件的一部分被另一个程序锁定（例如在 WPS 或 Excel 中打开）：请关闭它后再试",
    112: "磁盘已满",
    206: "文件名或路径太长（Windows 的路径一般不能超过 260 个字符）：请换一个短一些的文件夹",
}
"""Windows system error codes (``OSError.winerror``), which say more than their errno."""


def reason(exc: OSError) -> str:
    """Why ``exc`` happened, in Chinese where the cause is a common one."""
    winerror = getattr(exc, "winerror", None)
    if isinstance(winerror, int) and winerror in BY_WINERROR:
        return BY_WINERROR[winerror]
    if exc.errno in BY_ERRNO:
        return BY_ERRNO[exc.errno]
    return exc.strerror or str(exc) or type(exc).__name__
