"""Where rendered files go: names built from what a preparer typed, made safe and unique.

File names are built from project and unit names a preparer typed, so every path segment
is sanitised: no separators, no "..", no characters Windows forbids, no reserved device
names (CON, NUL…), bounded length, and the result must stay inside the output folder.
How the files are then written (atomically, all of a project's together) is
:mod:`perfdocs.files.writing`.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

from perfdocs.errors import RenderError
from perfdocs.layouts.templating import render_text

_FORBIDDEN = str.maketrans(dict.fromkeys([*map(chr, range(0x20)), "\x7f", *'<>:"/\\|?*'], "_"))
"""What no file name may hold, each made ``_``: a translation table, not a pattern (each
of the four patterns of this module was compiled in every run, issue 20.2; the string work
that replaced them is compared with them by tests/test_scans_without_patterns)."""


def _one_space(text: str) -> str:
    """Each run of blanks as one space (``re.sub(r"\\s+", " ", text)``: str.isspace's
    characters are \\s's)."""
    words = text.split()
    if not words:
        return " " if text else ""
    return ((" " if text[0].isspace() else "") + " ".join(words)
            + (" " if text[-1].isspace() else ""))


def _segments(text: str) -> list[str]:
    """``text`` split at each ``/`` or ``\\``, the segments that are not only dots and
    spaces (``re.split(r"[\\\\/]+", text)``, the empty ones left out)."""
    return [part for part in text.replace("\\", "/").split("/") if part.strip(" .")]


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
MAX_SEGMENT_BYTES = 150
"""Most file systems allow 255 bytes per name; leave room for the suffix and temp names."""


HASH_CHARS = 6
"""Length of the stable tag a shortened or altered name gets ("…~k3f9qa"): 30 bits."""


def name_tag(text: str) -> str:
    """A short tag that stays the same for ``text`` on every run and machine (base32 of SHA-256).

    A file name that had to be cut or had characters replaced carries it, so two names
    that differ only in the part lost still name two files.
    """
    import base64

    from perfdocs.files.digests import sha256

    digest = sha256(text.encode("utf-8")).digest()
    return base64.b32encode(digest).decode("ascii")[:HASH_CHARS].lower()


def _cut(text: str, limit: int) -> str:
    """``text`` cut to at most ``limit`` UTF-8 bytes, on a character boundary."""
    return text.encode("utf-8")[:limit].decode("utf-8", "ignore")


def _tagged(text: str, original: str, limit: int) -> str:
    """``text`` cut to fit ``limit`` bytes together with ``~`` and the tag of ``original``."""
    return _cut(text, limit - HASH_CHARS - 1).rstrip(" .") + "~" + name_tag(original)


def sanitize_segment(text: str) -> str:
    """One safe path segment from free text ("../机密" → "_机密", "CON" → "_CON").

    A segment longer than :data:`MAX_SEGMENT_BYTES` is cut and tagged with a hash of the
    whole text (see :func:`name_tag`), so two long names never share a file.
    """
    original = text
    text = unicodedata.normalize("NFC", text)
    text = _one_space(text.translate(_FORBIDDEN)).strip(" .")
    while "__" in text:
        text = text.replace("__", "_")
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    if len(text.encode("utf-8")) > MAX_SEGMENT_BYTES:
        text = _tagged(text, original, MAX_SEGMENT_BYTES)
    return text or "_"


def name_part(text: str, limit: int = 0) -> str:
    """A name a preparer typed (项目名称, 实施单位…) as a piece of a file name.

    Characters no file name may hold (``/``, ``:``, controls…) become ``_``, and the name
    is cut to ``limit`` bytes (:data:`MAX_FIELD_BYTES` by default). Either change loses
    what told two names apart ("培训/一期" and "培训_一期", two names equal in their
    first 30 汉字), so a changed name carries the tag of the name as typed: distinct
    names give distinct files.
    """
    limit = limit or MAX_FIELD_BYTES
    typed = unicodedata.normalize("NFC", text)
    safe = _one_space(typed.translate(_FORBIDDEN))
    if safe == _one_space(typed) and len(safe.encode("utf-8")) <= limit:
        return safe
    return _tagged(safe, typed, limit)


MAX_FIELD_BYTES = 90
"""Longest name value (项目名称, 实施单位…) put into a file name: 30 汉字."""

TAG_END = "\x00"
"""Put after a tagged name part where more text may follow it (:func:`followed_part`),
then taken out by :func:`apart`: no file name holds it."""
TAG_SEPARATOR = "-"
"""What stands between a name's tag and a letter or digit after it: the year of the
default packet name ``{{ unit }}{{ year }}年度…`` ran into the tag (「…_办公室~k3f9qa2024年度」
reads as one word with the year lost in it); the forms' names already read
「…~k3f9qa-自评表」."""


def followed_part(text: str) -> str:
    """:func:`name_part` of ``text`` for a name that more text may follow: a tagged part
    ends with :data:`TAG_END` for :func:`apart` to resolve once the whole name is known."""
    part = name_part(text)
    return part + TAG_END if part != _one_space(unicodedata.normalize("NFC", text)) else part


def apart(text: str) -> str:
    """``text`` with each :data:`TAG_END` made :data:`TAG_SEPARATOR` where a letter or
    digit follows it (the tag, itself letters and digits, would run into them), else
    dropped: a name without a tag, or a tag before 「（」, 「-」, 「/」 or the end, reads
    as before."""
    if TAG_END not in text:
        return text
    pieces = text.split(TAG_END)
    out = pieces[0]
    for piece in pieces[1:]:
        if piece[:1].isascii() and piece[:1].isalnum():
            out += TAG_SEPARATOR
        out += piece
    return out


def output_path(out: Path, pattern: str, fields: dict[str, str], suffix: str) -> Path:
    """``out`` / the rendered naming pattern, each segment sanitised, plus ``suffix``.

    ``fields`` hold raw names (year, unit, project, form); the pattern comes from
    perfdocs.toml and is rendered in the sandbox.
    """
    # A value is one name: a "/" typed in a 项目名称 must not open a sub-folder. It is also
    # shortened *before* the pattern adds what tells the forms apart ("-申报表", "-自评表"):
    # cutting the whole name afterwards gave both forms of a long-named project one file.
    safe = {k: followed_part(v) for k, v in fields.items()}
    rendered = apart(render_text(pattern, safe, where="perfdocs.toml [render] name"))
    parts = [sanitize_segment(p) for p in _segments(rendered)]
    if not parts:
        raise RenderError("输出文件名为空：请检查 perfdocs.toml 中 [render] name 的写法",
                          file="perfdocs.toml [render] name")
    return inside(out, *parts[:-1], parts[-1] + suffix)


def relative_folder(text: str) -> list[str]:
    """A configured sub-folder ("表格", "材料/表格") as safe segments inside the output folder.

    Absolute paths, drive letters, ``..`` and ``.`` lose their meaning: each segment is
    sanitised (no leading dot, so no hidden folder), empty ones dropped.
    """
    return [sanitize_segment(part) for part in _segments(text)]


def titled_file(out: Path, title: str, unit: str, suffix: str) -> Path:
    """``out/<title><suffix>`` for a unit's table (the 汇总表, the 一览表), the name sanitised.

    The 实施单位 in the title goes in as a name part (:func:`followed_part`): a long unit
    is cut and tagged where it stands, so the words after it (「2027年度项目绩效目标
    汇总表」) stay in the name and two units whose names differ only after the cut get two
    files. Cutting the whole title instead lost those words (tester12 F2)."""
    if unit and unit in title:  # a tag kept apart from the year after it (~k3f9qa-2024年度)
        title = apart(title.replace(unit, followed_part(unit), 1))
    return inside(out, sanitize_segment(title) + suffix)


def inside(out: Path, *parts: str) -> Path:
    """``out``/``parts``, refused unless it stays inside the output folder ``out``.

    Every path perfdocs writes below an output folder is built here, from segments already
    sanitised; the check also catches a symlinked folder inside ``out`` pointing out.
    """
    root = out.resolve()
    target = root.joinpath(*parts)
    try:
        real = target.resolve()
    except (OSError, RuntimeError):
        raise RenderError("输出路径中的符号链接形成了循环", file=target) from None
    if real != root and root not in real.parents:
        raise RenderError(f"输出路径越出了输出文件夹：{target}", file=out)
    return target
