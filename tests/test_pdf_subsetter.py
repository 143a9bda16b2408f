"""Font subsets made from kept glyphs (render/pdf/subsetter): the bytes of reportlab's own
``makeSubset`` for every face perfdocs registers, random code lists included, composite
glyphs included; anything unusual left to reportlab."""

from __future__ import annotations

import random
from array import array
from types import SimpleNamespace
from typing import Any

import pytest

from perfdocs.render.pdf.fonts import find_cjk_font, register_set
from perfdocs.render.pdf.subsetter import Subsetter, _verified_reportlab

pytestmark = pytest.mark.skipif(
    not _verified_reportlab(),
    reason="a reportlab the subsetter is not checked against: its own makeSubset stands")


def _faces() -> list[Any]:
    from reportlab.pdfbase import pdfmetrics

    font = find_cjk_font()
    if font.path is None:
        pytest.skip("no TrueType CJK font")
    fonts = register_set(font)
    names = dict.fromkeys((fonts.cjk, fonts.cjk_bold, fonts.latin, fonts.latin_bold))
    return [pdfmetrics.getFont(name).face for name in names]


def _plain(face: Any) -> Any:
    from reportlab.pdfbase.ttfonts import TTFontFile

    return lambda codes: TTFontFile.makeSubset(face, codes)


def test_subsets_are_reportlabs_bytes_for_every_face_and_random_codes() -> None:
    rng = random.Random(20)
    for face in _faces():
        make = Subsetter(face, _plain(face))
        keys = sorted(face.charToGlyph)
        lists = [
            [0, *range(32, 127)],
            [0, *map(ord, "财政项目支出绩效目标自评表（万元）：100.00%")],
            [0, 0, 0, 65, 0x10FFFF, 66],  # repeated codes, one the face lacks
        ]
        lists += [[0, *rng.sample(keys, rng.randint(1, min(255, len(keys))))]
                  for _ in range(12)]
        for codes in lists:
            assert make(codes) == _plain(face)(codes), (face.name, codes[:8])
        assert make._glyphs  # made from kept glyphs, not handed back to reportlab


def test_the_native_files_glyph_sums_kept_across_subsets_give_reportlabs_bytes() -> None:
    # the native writer's subsets: the file laid out by native.fontfile, ``glyf``'s sum
    # put together from each glyph's kept sum; the same glyphs again in other subsets
    rng = random.Random(21)
    for face in _faces():
        make = Subsetter(face, None, native=True)
        keys = sorted(face.charToGlyph)
        pool = rng.sample(keys, min(300, len(keys)))
        for _ in range(6):
            codes = [0, *rng.sample(pool, rng.randint(1, min(200, len(pool))))]
            assert make(codes) == _plain(face)(codes), (face.name, codes[:8])
        assert make._glyph_sums  # the sums were kept, and used by the later subsets


def test_composite_glyphs_bring_their_parts_renumbered_as_reportlab_does() -> None:
    composite = []
    for face in _faces():
        make = Subsetter(face, _plain(face))
        latin1 = [code for code in range(0xA0, 0x180) if code in face.charToGlyph]
        native = Subsetter(face, None, native=True)
        for codes in ([0, *latin1[:120]], [0, *latin1[120:]], [0, *reversed(latin1[:60])]):
            assert make(codes) == _plain(face)(codes)
            assert native(codes) == _plain(face)(codes)
        if any(glyph[3] for glyph in make._glyphs.values()):
            composite.append(face.name)
    if not composite:
        pytest.skip("no installed face has composite glyphs")


def test_an_unusual_glyph_is_left_to_reportlab() -> None:
    face = _faces()[0]
    plain_calls: list[list[int]] = []

    def plain(codes: list[int]) -> bytes:
        plain_calls.append(codes)
        return b"reportlab's"

    glyph = face.charToGlyph.get(ord("绩"), 1)
    positions = array("l", face.glyphPos)
    positions[glyph + 1] = positions[glyph] - 4  # a negative length
    odd = SimpleNamespace(glyphPos=positions, charToGlyph=face.charToGlyph,
                          hmetrics=face.hmetrics, get_table=face.get_table,
                          get_table_pos=face.get_table_pos, _ttf_data=face._ttf_data)
    code = next(c for c, g in face.charToGlyph.items() if g == glyph)
    assert Subsetter(odd, plain)([0, code]) == b"reportlab's"
    assert plain_calls == [[0, code]]
    assert Subsetter(odd, plain)([0, 1.5]) == b"reportlab's"  # not an int: reportlab's


def test_a_pdf_reads_each_glyph_once_through_the_subsetter(monkeypatch: Any) -> None:
    from perfdocs.records import replace
    from perfdocs.render.pdf.writer import render_pdf
    from tests.sample_forms import sample_form

    font = find_cjk_font()
    if font.path is None:
        pytest.skip("no TrueType CJK font")
    read: list[tuple[int, int]] = []
    glyph = Subsetter._glyph

    def counted(self: Subsetter, index: int) -> Any:
        read.append((id(self), index))
        return glyph(self, index)

    monkeypatch.setattr(Subsetter, "_glyph", counted)
    from perfdocs.render.pdf.native import document

    # every subset built here: none read from the font cache's subsets/ folder, where an
    # earlier test of the run may have left these very ones (98597c6)
    monkeypatch.setattr(document.subset_cache, "entry", lambda *args: None)
    for face in _faces():
        make = face.makeSubset
        cells = getattr(make, "__closure__", None) or ()
        found = [cell.cell_contents for cell in cells
                 if isinstance(cell.cell_contents, Subsetter)]
        assert found, "the face's kept subsets are made by a Subsetter"
        for kept in found:
            kept._glyphs.clear()
    # a title of its own: code lists no earlier PDF of this process had (none kept)
    form = replace(sample_form(30), title="字形只读一次的检验表")
    first = render_pdf([form], font=font)
    assert read, "a new PDF's subsets are made by the Subsetter"
    assert len(read) == len(set(read)), "each glyph read once per face"
    again = replace(sample_form(30), title="字形只读一次的复检表")
    count = len(read)
    second = render_pdf([again], font=font)
    assert len(read) - count <= 2  # only 复 (and what it brings) is new
    assert first != second


def test_widths_of_a_subset_are_reportlabs_answered_from_a_dict() -> None:
    from reportlab.pdfbase.ttfonts import TTFontFace

    rng = random.Random(7)
    for face in _faces():
        asked = face.getCharWidth
        assert getattr(asked, "__self__", None).__class__.__name__ == "_Advances"
        codes = [0, 32, 0xA0, 0x10FFFF, *rng.sample(sorted(face.charToGlyph), 50)]
        for code in codes + codes:
            assert asked(code) == TTFontFace.getCharWidth(face, code)
            assert type(asked(code)) is type(TTFontFace.getCharWidth(face, code))
