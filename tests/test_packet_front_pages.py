"""The bound PDF's cover and 目录 as a reader sees them (tester16 F5).

The cover's 单位 line of a --single packet broke before 「、」, so a line began with it;
a 目录 entry too long for its line was shrunk on its own (down to 8 pt among 12 pt
entries). Now the cover breaks as the forms do, and a long entry goes on over a second
line at its level's size, indented, with its page number on its last line.
"""

from __future__ import annotations

import shutil
import subprocess

import pytest

from perfdocs.packet.binding import TOC_SIZES, Cover, Entry, contents_pdf, cover_pdf

UNITS = "某区人力资源和社会保障局、某区就业促进中心、某区职业技能鉴定中心（某区职业技能等级认定指导服务中心）"
LONG = "某区重点群体就业创业能力提升暨职业技能等级认定补贴专项资金项目经费（某区就业促进中心）"


@pytest.fixture(scope="module")
def font() -> str:
    from perfdocs.render.pdf.fonts import find_cjk_font, register

    found = find_cjk_font()
    if found.fallback:
        pytest.skip("no CJK font installed")
    return register(found)


def _text(pdf: bytes, tmp_path: object) -> list[str]:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", "-", "-"], input=pdf, capture_output=True,
                          check=True)
    return [line for line in done.stdout.decode("utf-8").splitlines() if line.strip()]


def test_no_cover_line_starts_with_closing_punctuation(font: str, tmp_path: object) -> None:
    lines = _text(cover_pdf(Cover("某区\n2025年度绩效自评材料", (("单位", UNITS),)), font),
                  tmp_path)
    start = next(n for n, line in enumerate(lines) if line.startswith("单位"))
    body = [lines[start].removeprefix("单位").strip(),
            *(line.strip() for line in lines[start + 1:])]
    assert len(body) > 1 and "".join(body) == UNITS, lines
    assert not any(line[0] in "、，。）」" for line in body), body


def test_a_long_contents_entry_wraps_at_its_levels_size(font: str, tmp_path: object) -> None:
    pypdf = pytest.importorskip("pypdf")
    import io

    entries = [Entry("就业援助专项经费（某区就业促进中心）", 0, 2), Entry("自评表", 1, 2),
               Entry(LONG, 0, 8), Entry("自评表", 1, 8), Entry("创业孵化基地运营补贴", 0, 11)]
    pdf, boxes = contents_pdf(entries, font)
    lines = [line.strip() for line in _text(pdf, tmp_path)]
    at = next(n for n, line in enumerate(lines) if line.startswith(LONG[:10]))
    first, second = lines[at], lines[at + 1]
    assert not first[-1].isdigit(), lines  # its page number is on its last line
    title, _sep, number = second.rpartition(" ")
    assert number == "8" and (first + title.strip()).replace(" ", "") == LONG, lines
    sizes: list[tuple[float, str]] = []
    pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text(
        visitor_text=lambda text, cm, tm, _fd, size: sizes.append((size * tm[0], text.strip()))
        if len(text.strip()) > 3 else None)
    assert {round(size, 1) for size, text in sizes if "经费" in text or "补贴" in text} \
        == {float(TOC_SIZES[0])}, sizes
    # the long entry's link covers both its lines, and lies above the next entry's
    (_p, (_x0, low, _x1, high)), (_q, (_x2, _low2, _x3, next_high)) = boxes[2], boxes[3]
    assert high - low > 2 * TOC_SIZES[0] and next_high <= low + 8, boxes


def test_a_wrapped_entry_keeps_its_units_brackets_whole(font: str, tmp_path: object) -> None:
    """「职业技能培训补贴（某区职业技能鉴定中心（…服务中」 / 「心））」 broke the unit's name; the
    project's name on one line and its unit on the next read as they are meant."""
    unit = "（某区职业技能鉴定中心（某区职业技能等级认定指导服务中心））"
    pdf, _boxes = contents_pdf([Entry(f"职业技能培训补贴{unit}", 0, 15)], font)
    lines = [line.strip() for line in _text(pdf, tmp_path)]
    at = lines.index("职业技能培训补贴")
    title, _sep, number = lines[at + 1].rpartition(" ")
    assert (title.replace(" ", ""), number) == (unit, "15"), lines
