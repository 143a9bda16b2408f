"""Finding, registering and checking the CJK font the PDF is written in.

reportlab can embed only TrueType outlines (``glyf`` tables). Most CJK fonts shipped with
Linux today (Noto CJK, Source Han) are OpenType/CFF and cannot be embedded, so the search
below looks for TrueType files by name and then *checks the file header* rather than
trusting the extension. When nothing usable is found the PDF falls back to reportlab's
built-in ``STSong-Light`` CID font: the text stays correct and searchable, but the glyphs
come from the reader's own fonts, so the user is told (in ``FontChoice.note``) how to name
a real font.

Parsing a 20 MB ``.ttc`` costs ~80 ms, so fonts are registered with reportlab once per
process, their character maps are kept, and the parse itself is kept between processes
(:mod:`.font_cache`).
"""

from __future__ import annotations

import os
import stat
import struct
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path

from perfdocs.errors import RenderError
from perfdocs.records import Record
from perfdocs.render.pdf.choice import FontChoice as FontChoice

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

MAX_FONT_BYTES = 256 * 1024 * 1024
"""Larger than any font (the biggest CJK collections are some 100 MB)."""
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

LATIN_CANDIDATES: tuple[str, ...] = ("liberationserif-regular.ttf", "times.ttf")
"""Digits and Latin letters: a Times-metric serif, as Word prints them (Times New Roman).
Debian: fonts-liberation2 (or fonts-liberation); Windows: times.ttf."""
LATIN_BOLD_CANDIDATES: tuple[str, ...] = ("liberationserif-bold.ttf", "timesbd.ttf")
BOLD_CANDIDATES: tuple[str, ...] = (
    "simhei.ttf",        # Windows 黑体, the face Word's title is set in
    "wqy-zenhei.ttc",    # Debian fonts-wqy-zenhei: WenQuanYi Zen Hei, TrueType
    "msyhbd.ttc", "msyhbd.ttf",
    "lxgwwenkai-bold.ttf",  # Debian fonts-lxgw-wenkai
)
"""Real heavy CJK faces (TrueType) for bold text. Noto/Source Han Bold are CFF: not
embeddable by reportlab."""


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


NO_BOLD_NOTE = (
    "未找到可嵌入的粗体中文字体（TrueType），PDF 中的粗体（标题、表头）以描边模拟。"
    "如需真正的粗体，请安装黑体字体（Debian/Ubuntu：apt install fonts-wqy-zenhei；"
    "Windows 自带 simhei.ttf）"
)
NO_LATIN_NOTE = (
    "未找到 Times 字宽的衬线字体（Liberation Serif 或 Times New Roman），PDF 中的数字和"
    "英文改用中文字体的字形（Debian/Ubuntu：apt install fonts-liberation2）"
)

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
    found = _search_all(SEARCH_DIRS)
    if configured:
        for entry in configured:
            path, index = _split_index(entry)
            if os.path.lexists(path) and not Path(path).is_dir():  # FIFOs, links: checked
                problem = _truetype_problem(path, index)
                if problem:
                    raise RenderError(problem, file=path)
                return _with_companions(_choice(path, index), found)
        listed = "、".join(configured)
        raise RenderError(f"找不到 perfdocs.toml 中 [fonts] pdf 指定的字体文件：{listed}；"
                          "请改为本机存在的 .ttf 或 .ttc 文件路径",
                          file=_split_index(configured[0])[0])
    cjk = found.get(CANDIDATES)
    if cjk is not None:
        return _with_companions(_choice(cjk, 0), found)
    return FontChoice(CID_FALLBACK, None, 0, True, FALLBACK_NOTE)


def _with_companions(choice: FontChoice, found: dict[tuple[str, ...], str]) -> FontChoice:
    """``choice`` with the Latin serif and the bold CJK face found beside it, and a note
    naming what is missing (the PDF then uses the CJK font's digits, or simulated bold)."""
    latin = found.get(LATIN_CANDIDATES)
    bold = found.get(BOLD_CANDIDATES)
    notes = [text for text, missing in ((NO_BOLD_NOTE, bold is None),
                                        (NO_LATIN_NOTE, latin is None)) if missing]
    return FontChoice(choice.name, choice.path, choice.subfont_index, choice.fallback,
                      "；".join(notes), latin=latin,
                      latin_bold=found.get(LATIN_BOLD_CANDIDATES) or latin, bold=bold)


def _search_all(dirs: Sequence[Path]) -> dict[tuple[str, ...], str]:
    """For each candidate list, the most wanted TrueType file found under ``dirs``."""
    lists = (CANDIDATES, LATIN_CANDIDATES, LATIN_BOLD_CANDIDATES, BOLD_CANDIDATES)
    ranks = [{name: i for i, name in enumerate(names)} for names in lists]
    hits: list[list[tuple[int, str]]] = [[] for _ in lists]
    for top in dirs:
        if not top.is_dir():
            continue
        for folder, _subdirs, files in os.walk(top):
            for file in files:
                lower = file.lower()
                for rank, found in zip(ranks, hits, strict=True):
                    i = rank.get(lower)
                    if i is not None:
                        found.append((i, os.path.join(folder, file)))
    out: dict[tuple[str, ...], str] = {}
    for names, found in zip(lists, hits, strict=True):
        for _rank, path in sorted(found):
            if _truetype_problem(path, 0) is None:
                out[names] = path
                break
    return out


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


def _truetype_problem(path: str, index: int) -> str | None:
    """Why ``path`` (face ``index``) cannot be embedded, or ``None`` if it can.

    Reads only the sfnt header and table directory: the ``glyf`` table is what reportlab
    needs, and ``OTTO``/CFF fonts lack it whatever their extension says.
    """
    advice = ("PDF 只能嵌入 TrueType（glyf 轮廓）字体，Noto CJK、思源等 OpenType/CFF 字体无法嵌入；"
              "请在 perfdocs.toml 的 [fonts] pdf 中改为 .ttf 或 .ttc 字体（如 simsun.ttc）")
    try:
        info = os.stat(path)  # a symlink loop or a dangling link: OSError below
        if not stat.S_ISREG(info.st_mode):
            return f"{path} 不是普通文件（管道、设备或文件夹），不能作为字体"
        if info.st_size > MAX_FONT_BYTES:
            return f"字体文件 {path} 过大（超过 {MAX_FONT_BYTES >> 20} MB），不像一个字体"
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
    if len(directory) < 16 * n_tables:
        return f"字体文件 {path} 不完整（表目录被截断），请换一个完好的字体文件"
    tables = {}
    for i in range(0, len(directory), 16):
        tag, _checksum, start, length = struct.unpack(">4sIII", directory[i:i + 16])
        if start + length > info.st_size:
            # a copy cut short (a failed download): reportlab would fail deep in its parser
            return (f"字体文件 {path} 不完整（{tag.decode('latin-1')} 表超出文件末尾），"
                    "请换一个完好的字体文件")
        tables[tag] = length
    if b"glyf" not in tables:
        return f"字体 {path} 没有 TrueType 轮廓（glyf）。{advice}"
    if not tables.get(b"cmap") or not tables.get(b"head"):
        return f"字体文件 {path} 缺少 cmap 或 head 表，不是完整的 TrueType 字体。{advice}"
    return None


_REGISTERED: dict[FontChoice, str] = {}


class FontSet(Record, frozen=True):
    """The registered reportlab fonts a PDF is drawn with.

    ``cjk``/``latin`` set regular text, ``cjk_bold``/``latin_bold`` bold text; where the
    machine has no bold CJK face ``cjk_bold`` is ``cjk`` and ``simulated_bold`` is true
    (bold is then drawn by stroking the outlines). Without a Latin serif ``latin`` is the
    CJK font.
    """

    cjk: str
    latin: str
    cjk_bold: str
    latin_bold: str
    simulated_bold: bool


_SETS: dict[FontChoice, FontSet] = {}


def register_set(choice: FontChoice) -> FontSet:
    """Register ``choice`` and its Latin and bold companions (once per process)."""
    return _font_set(choice, register, _SETS)


def _font_set(choice: FontChoice, load: Callable[[FontChoice], str],
              kept: dict[FontChoice, FontSet]) -> FontSet:
    """``choice`` and its companions (the Latin serif, its bold, a bold CJK face) each
    made ready by ``load``, as one set; kept in ``kept``. A companion not installed is
    stood in for as the PDF draws it (the CJK face; bold by stroking)."""
    done = kept.get(choice)
    if done is not None:
        return done
    cjk = load(choice)

    def companion(path: str | None, index: int = 0) -> str | None:
        if path is None:
            return None
        return load(FontChoice(Path(path).stem, path, index, False, ""))

    latin = companion(choice.latin) or cjk
    latin_bold = companion(choice.latin_bold) or latin
    bold = companion(choice.bold, choice.bold_index)
    fonts = FontSet(cjk, latin, bold or cjk, latin_bold, bold is None)
    kept[choice] = fonts
    return fonts


_NATIVE_SETS: dict[FontChoice, FontSet] = {}


def native_set(choice: FontChoice) -> FontSet:
    """:func:`register_set` for the native writer (:mod:`.native.faces`, no reportlab):
    the same names; ``native.Unsupported`` for the CID fallback or a face the font cache
    does not hold yet."""
    done = _NATIVE_SETS.get(choice)
    if done is not None:
        return done
    from perfdocs.render.pdf.native import faces

    def load(one: FontChoice) -> str:
        return faces.register(one, _REGISTERED.get(one))

    return _font_set(choice, load, _NATIVE_SETS)


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
    from reportlab.pdfbase.ttfonts import TTFError

    from perfdocs.render.pdf.font_cache import load_font

    taken = set(pdfmetrics.getRegisteredFontNames())
    name = choice.name
    n = 1
    while name in taken:
        n += 1
        name = f"{choice.name}~{n}"
    try:
        font = load_font(name, choice.path, choice.subfont_index)
    except (TTFError, OSError) as exc:
        raise RenderError(f"reportlab 无法使用字体 {choice.path}：{exc}；"
                          "请在 perfdocs.toml 的 [fonts] pdf 中换一个 TrueType 字体",
                          file=choice.path) from exc
    except Exception:  # struct.error, IndexError…: tables whose contents are not a font
        raise RenderError("字体文件已损坏（表的内容无法解析）：请在 perfdocs.toml 的 [fonts] pdf "
                          "中换一个完好的 TrueType 字体", file=choice.path) from None
    from perfdocs._compat import remember_subsets, share_glyf
    from perfdocs.render.pdf.subsetter import subset_quickly

    share_glyf(font.face)
    subset_quickly(font.face)  # reportlab's subsets from glyphs read once (same bytes)
    remember_subsets(font.face)  # a batch's PDFs share subsets: made and deflated once
    pdfmetrics.registerFont(font)
    _REGISTERED[choice] = name
    return name


_CMAPS: dict[FontChoice, Mapping[int, int]] = {}


def missing_glyphs(choice: FontChoice, text: str) -> set[str]:
    """The characters of ``text`` (whitespace aside) that ``choice`` cannot draw.

    For a TrueType font this is exact (its cmap: a character mapped to glyph 0, .notdef,
    has no glyph either). For the CID fallback reportlab knows nothing about the reader's
    font, only that characters beyond the Basic Multilingual Plane (emoji, CJK Extension
    B…) cannot be written in its UCS-2 encoding at all.
    """
    chars = {ch for ch in set(text) if not ch.isspace()}  # distinct ones first, in C
    if choice.path is None:
        return {ch for ch in chars if ord(ch) > 0xFFFF}
    cmap = _CMAPS.get(choice)
    if cmap is None:
        from perfdocs.render.pdf.native.faces import char_map

        cmap = char_map(choice, _REGISTERED.get(choice))  # the cached parse, no reportlab
        if cmap is not None:
            _CMAPS[choice] = cmap
    if cmap is None:
        from reportlab.pdfbase import pdfmetrics

        font: Any = pdfmetrics.getFont(register(choice))
        cmap = _CMAPS[choice] = font.face.charToGlyph  # looked up, not copied (10^4 codes)
    return {ch for ch in chars if not cmap.get(ord(ch))}
