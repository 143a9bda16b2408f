"""Finding, registering and checking the CJK font the PDF is written in.

reportlab can embed only TrueType outlines (``glyf`` tables). Most CJK fonts shipped with
Linux today (Noto CJK, Source Han) are OpenType/CFF and cannot be embedded, so the search
below looks for TrueType files by name and then *checks the file header* rather than
trusting the extension. When nothing usable is found the PDF falls back to reportlab's
built-in ``STSong-Light`` CID font: the text stays correct and searchable, but the glyphs
come from the reader's own fonts, so the user is told (in ``FontChoice.note``) how to name
a real font.

Loading a 20 MB ``.ttc`` costs ~80 ms, so fonts are registered with reportlab once per
process and their character maps are cached.
"""

from __future__ import annotations

import os
import struct
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from perfdocs.errors import RenderError

CID_FALLBACK = "STSong-Light"
"""reportlab's built-in simplified-Chinese CID font (not embedded in the PDF)."""

CANDIDATES: tuple[str, ...] = (
    # Song (宋体) first: the official forms are printed in it.
    "simsun.ttc", "simsun.ttf", "nsimsun.ttf", "songti.ttc", "stsong.ttf",
    "uming.ttc", "ukai.ttc",
    "wqy-zenhei.ttc", "wqy-microhei.ttc",
    "simhei.ttf", "simkai.ttf", "simfang.ttf", "msyh.ttc", "msyh.ttf",
    "notoserifsc-regular.ttf", "notosanssc-regular.ttf",
    "droidsansfallbackfull.ttf", "droidsansfallback.ttf",
    "stheiti light.ttc", "arial unicode.ttf", "arialuni.ttf",
)
"""File names (lower case) of TrueType CJK fonts, most wanted first."""


def default_search_dirs() -> tuple[Path, ...]:
    """The folders where Linux, macOS and Windows keep installed fonts."""
    home = Path.home()
    windir = Path(os.environ.get("WINDIR", r"C:\Windows"))
    dirs = [
        Path("/usr/share/fonts"), Path("/usr/local/share/fonts"),
        home / ".fonts", home / ".local/share/fonts",
        Path("/Library/Fonts"), Path("/System/Library/Fonts"), home / "Library/Fonts",
        windir / "Fonts",
    ]
    local = os.environ.get("LOCALAPPDATA")
    if local:
        dirs.append(Path(local) / "Microsoft/Windows/Fonts")
    return tuple(dirs)


SEARCH_DIRS: tuple[Path, ...] = default_search_dirs()
"""Where :func:`find_cjk_font` looks; a module attribute so tests can replace it."""


@dataclass(frozen=True)
class FontChoice:
    """The font a PDF will use.

    ``path`` is ``None`` only for the CID fallback (``fallback`` is then true).
    ``subfont_index`` picks a face inside a ``.ttc`` collection. ``note`` is empty unless
    the user should be told something (the font is not embedded).
    """

    name: str
    path: str | None
    subfont_index: int
    fallback: bool
    note: str


FALLBACK_NOTE = (
    f"未找到可嵌入的 TrueType 中文字体，PDF 改用阅读器内置的 {CID_FALLBACK} 字体："
    "字体没有嵌入 PDF，在其他电脑上显示或打印的字形可能不同。"
    "如需嵌入字体，请在 perfdocs.toml 中指定字体文件，例如："
    '[fonts] pdf = ["/path/to/font.ttf"]（Windows 可用 "C:/Windows/Fonts/simsun.ttc"）'
)


def find_cjk_font(configured: Sequence[str] = ()) -> FontChoice:
    """Choose the PDF font: a configured one, else an installed TrueType CJK font, else CID.

    ``configured`` holds paths from ``perfdocs.toml`` (``.ttf``/``.ttc``, optionally
    ``path#index`` for a face of a collection). The first one that exists is used, so a
    settings file shared between Windows and Linux colleagues may list both systems'
    paths; an existing file that is not TrueType, or a list where no file exists, is an
    error the user must fix rather than something to silently work around.
    """
    if configured:
        for entry in configured:
            path, index = _split_index(entry)
            if Path(path).is_file():
                problem = _truetype_problem(path, index)
                if problem:
                    raise RenderError(problem, file=path)
                return _choice(path, index)
        listed = "、".join(configured)
        raise RenderError(f"找不到 perfdocs.toml 中 [fonts] pdf 指定的字体文件：{listed}；"
                          "请改为本机存在的 .ttf 或 .ttc 文件路径")
    found = _search(SEARCH_DIRS)
    if found is not None:
        return _choice(found, 0)
    return FontChoice(CID_FALLBACK, None, 0, True, FALLBACK_NOTE)


def _split_index(entry: str) -> tuple[str, int]:
    """``"a.ttc#2"`` → ``("a.ttc", 2)``; a ``#`` not followed by digits belongs to the path."""
    path, sep, tail = entry.rpartition("#")
    if sep and tail.isdigit():
        return path, int(tail)
    return entry, 0


def _choice(path: str, index: int) -> FontChoice:
    stem = Path(path).stem
    name = stem if index == 0 else f"{stem}-{index}"
    return FontChoice(name, str(path), index, False, "")


def _search(dirs: Sequence[Path]) -> str | None:
    """The most wanted candidate file found under ``dirs`` that really is TrueType."""
    rank = {name: i for i, name in enumerate(CANDIDATES)}
    hits: list[tuple[int, str]] = []
    for top in dirs:
        if not top.is_dir():
            continue
        for folder, _subdirs, files in os.walk(top):
            for file in files:
                i = rank.get(file.lower())
                if i is not None:
                    hits.append((i, os.path.join(folder, file)))
    for _rank, path in sorted(hits):
        if _truetype_problem(path, 0) is None:
            return path
    return None


def _truetype_problem(path: str, index: int) -> str | None:
    """Why ``path`` (face ``index``) cannot be embedded, or ``None`` if it can.

    Reads only the sfnt header and table directory: the ``glyf`` table is what reportlab
    needs, and ``OTTO``/CFF fonts lack it whatever their extension says.
    """
    advice = ("PDF 只能嵌入 TrueType（glyf 轮廓）字体，Noto CJK、思源等 OpenType/CFF 字体无法嵌入；"
              "请在 perfdocs.toml 的 [fonts] pdf 中改为 .ttf 或 .ttc 字体（如 simsun.ttc）")
    try:
        with open(path, "rb") as fh:
            head = fh.read(12)
            offset = 0
            if head[:4] == b"ttcf":
                (count,) = struct.unpack(">I", head[8:12])
                if index >= count:
                    return (f"字体集 {path} 只有 {count} 个字体，序号 #{index} 不存在"
                            "（序号从 0 开始）")
                fh.seek(12 + 4 * index)
                (offset,) = struct.unpack(">I", fh.read(4))
                fh.seek(offset)
                head = fh.read(12)
            elif index:
                return f"字体 {path} 不是字体集（.ttc），不能用序号 #{index}"
            if head[:4] not in (b"\x00\x01\x00\x00", b"true"):
                return f"字体 {path} 不是 TrueType 字体。{advice}"
            (n_tables,) = struct.unpack(">H", head[4:6])
            directory = fh.read(16 * n_tables)
    except (OSError, struct.error):
        return f"无法读取字体文件 {path}（文件损坏或不是字体）。{advice}"
    tags = {directory[i:i + 4] for i in range(0, len(directory), 16)}
    if b"glyf" not in tags:
        return f"字体 {path} 没有 TrueType 轮廓（glyf）。{advice}"
    return None


_REGISTERED: dict[FontChoice, str] = {}


def register(choice: FontChoice) -> str:
    """Register ``choice`` with reportlab (once per process) and return its font name.

    The name is ``choice.name`` unless another file already took it in this process.
    A file that reportlab still cannot read raises :class:`RenderError`.
    """
    done = _REGISTERED.get(choice)
    if done is not None:
        return done
    from reportlab.pdfbase import pdfmetrics

    if choice.path is None:
        from reportlab.pdfbase.cidfonts import UnicodeCIDFont

        pdfmetrics.registerFont(UnicodeCIDFont(choice.name))
        _REGISTERED[choice] = choice.name
        return choice.name
    from reportlab.pdfbase.ttfonts import TTFError, TTFont

    taken = set(pdfmetrics.getRegisteredFontNames())
    name = choice.name
    n = 1
    while name in taken:
        n += 1
        name = f"{choice.name}~{n}"
    try:
        font = TTFont(name, choice.path, subfontIndex=choice.subfont_index)
    except (TTFError, OSError) as exc:
        raise RenderError(f"reportlab 无法使用字体 {choice.path}：{exc}；"
                          "请在 perfdocs.toml 的 [fonts] pdf 中换一个 TrueType 字体",
                          file=choice.path) from exc
    _share_glyf(font.face)
    pdfmetrics.registerFont(font)
    _REGISTERED[choice] = name
    return name


class _TableView:
    """A font table read in place: slicing returns bytes straight from the font file's data.

    reportlab's subsetter takes ``get_table("glyf")``, a *copy* of the whole glyph table
    (17 MB for AR PL UMing), once for every 256-character subset of every PDF, only to
    slice a few hundred glyphs out of it: a tenth of a form's PDF time, and 17 MB of
    memory churn each time. This view gives the same slices without the copy.
    """

    __slots__ = ("_data", "_length", "_start")

    def __init__(self, data: bytes, start: int, length: int) -> None:
        self._data, self._start, self._length = data, start, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            first, stop, step = key.indices(self._length)
            return self._data[self._start + first:self._start + stop:step]
        if not -self._length <= key < self._length:
            raise IndexError(key)
        return self._data[self._start + key % self._length]

    def __bytes__(self) -> bytes:
        return self._data[self._start:self._start + self._length]


def _share_glyf(face: Any) -> None:
    """Serve the face's ``glyf`` table as a :class:`_TableView` (other tables unchanged)."""
    data = getattr(face, "_ttf_data", None)
    copy_table = getattr(face, "get_table", None)
    if not isinstance(data, bytes) or copy_table is None:
        return

    def get_table(tag: str) -> Any:
        if tag == "glyf":
            start, length = face.get_table_pos(tag)
            return _TableView(data, start, length)
        return copy_table(tag)

    face.get_table = get_table


_CMAPS: dict[FontChoice, Collection[int]] = {}


def missing_glyphs(choice: FontChoice, text: str) -> set[str]:
    """The characters of ``text`` (whitespace aside) that ``choice`` cannot draw.

    For a TrueType font this is exact (its cmap). For the CID fallback reportlab knows
    nothing about the reader's font, only that characters beyond the Basic Multilingual
    Plane (emoji, CJK Extension B…) cannot be written in its UCS-2 encoding at all.
    """
    chars = {ch for ch in text if not ch.isspace()}
    if choice.path is None:
        return {ch for ch in chars if ord(ch) > 0xFFFF}
    cmap = _CMAPS.get(choice)
    if cmap is None:
        from reportlab.pdfbase import pdfmetrics

        face = pdfmetrics.getFont(register(choice)).face
        cmap = frozenset(code for code, glyph in face.charToGlyph.items() if glyph)
        _CMAPS[choice] = cmap
    return {ch for ch in chars if ord(ch) not in cmap}
