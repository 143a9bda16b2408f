"""The PDF grid's fast paths give what the plain ways give: tokens found by one regular
expression and joined to their units (forms/unbreakable), line breaks reused over a range of widths, text operators written from
translate tables and kept numbers (writer._tokens, writer._break_lines, _compat.TextShower)."""

from __future__ import annotations

import io
import random
from typing import Any

import pytest

from perfdocs import _compat
from perfdocs.forms import unbreakable
from perfdocs.render.pdf import writer
from perfdocs.render.pdf.fonts import FontChoice, find_cjk_font, register_set


@pytest.fixture(scope="module")
def font() -> FontChoice:
    choice = find_cjk_font()
    if choice.fallback:
        pytest.skip("no embeddable TrueType CJK font on this machine")
    return choice


@pytest.fixture(scope="module")
def cjk(font: FontChoice) -> str:
    """The registered CJK face, measured as the grid measures it (Latin in the serif)."""
    fonts = register_set(font)
    writer._MIXED[fonts.cjk] = fonts
    return fonts.cjk


def _plain_tokens(text: str) -> list[str]:
    """The pieces by the rule itself, character after character (a unit after a figure
    taken whole, the longest first)."""
    units = sorted(unbreakable.UNITS, key=len, reverse=True)
    out: list[str] = []
    glue = False
    at = 0
    while at < len(text):
        ch = text[at]
        after_figure = bool(out) and out[-1][-1] in "0123456789"
        unit = next((u for u in units if text.startswith(u, at)), "") if after_figure else ""
        piece = unit or ch
        if out and (glue or unit or ch in unbreakable.CLOSING
                    or (ch in unbreakable.WORD and out[-1][-1] in unbreakable.WORD)
                    or (out[-1][-1] in unbreakable.SIGNS and ch in "0123456789")):
            out[-1] += piece
        else:
            out.append(piece)
        glue = piece[-1] in unbreakable.OPENING
        at += len(piece)
    return out


ALPHABET = ("（）《》“”，。、；：%…·([{)]},.;:!?" "abcXYZ0189 .-+/_#'\t\xa0\u3000"
            "项目资金完成率为全力备战第届世赛做好本市集训参赛工作年\n≥±平方米公里人次个月分")


def test_tokens_are_those_of_the_rule_character_by_character() -> None:
    rng = random.Random(7)
    for _ in range(20000):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 16)))
        assert unbreakable.tokens(text) == _plain_tokens(text), text
    assert unbreakable.tokens("完成率100.00%。（2024年）") == [
        "完", "成", "率", "100.00%。", "（2024年）"]


def _plain_break(text: str, width: float, font_name: str, size: float,
                 bold: bool = False) -> tuple[tuple[str, float], ...]:
    """Greedy breaking with no memory at all (the loop _broken runs, without ranges)."""
    advance = writer._advances(font_name, bold)
    limit = round(width, 3) * 1000 / size
    lines: list[tuple[str, float]] = []
    for part in text.split("\n"):
        line, used = "", 0.0
        for token in _plain_tokens(part):
            w = sum(map(advance, token))
            if used + w <= limit:
                line, used = line + token, used + w
                continue
            if line:
                lines.append((line, used))
                line, used = "", 0.0
                if token == " ":
                    continue
            if w <= limit:
                line, used = token, w
                continue
            for piece in unbreakable.parts(token):  # a figure and its unit apart
                w = sum(map(advance, piece))
                if line and used + w <= limit:
                    line, used = line + piece, used + w
                    continue
                if line:
                    lines.append((line, used))
                    line, used = "", 0.0
                if w <= limit:
                    line, used = piece, w
                    continue
                for ch in piece:
                    a = advance(ch)
                    if line and used + a > limit:
                        lines.append((line, used))
                        line, used = "", 0.0
                    line += ch
                    used += a
        lines.append((line, used))
    return tuple((line, used * size / 1000) for line, used in lines)


def test_line_breaks_reused_over_a_range_of_widths_are_the_breaks_at_each_width(
        cjk: str) -> None:
    rng = random.Random(11)
    texts = ["".join(rng.choice(ALPHABET) for _ in range(rng.randint(1, 70)))
             for _ in range(300)]
    texts += ["为全力备战第47届世赛，做好本市集训参赛工作（2024年），完成率100.00%。" * 2,
              "abcdefghijklmnopqrstuvwxyz0123456789" * 2]
    for text in texts:
        # widths close together (a cell sized, then drawn at its rounded edges) and apart,
        # in an order that makes later widths fall inside ranges found earlier
        widths = [rng.uniform(5, 160) for _ in range(4)]
        widths += [w + rng.choice((-0.02, -0.004, 0.003, 0.01)) for w in widths]
        rng.shuffle(widths)
        for width in widths:
            for bold in (False, True):
                got = writer._break_lines(text, width, cjk, 10.5, bold)
                assert got == _plain_break(text, width, cjk, 10.5, bold), (text, width)
    # a text broken at many widths keeps one entry per distinct set of lines
    entries = writer._breaks[(texts[-2], cjk, 10.5, False)]
    assert len({lines for _, _, lines in entries}) == len(entries)


def test_a_cell_text_keeps_its_lines_only_inside_their_range(cjk: str) -> None:
    from perfdocs.forms.grid import Cell

    text = writer._Text(Cell(0, 0, "项目资金完成率为全力备战第届世赛做好本市集训参赛工作"))
    first = text.lines(60.0, cjk, 10.5)
    assert first == _plain_break(text.text, 60.0, cjk, 10.5)
    assert text.lines(60.01, cjk, 10.5) is first  # drawn at its rounded edge: same lines
    assert text.lines(200.0, cjk, 10.5) == _plain_break(text.text, 200.0, cjk, 10.5)
    assert len(text.lines(200.0, cjk, 10.5)) < len(first)
    assert text.lines(60.0, cjk, 12.0) == _plain_break(text.text, 60.0, cjk, 12.0)
    cut = text.part(first[:1], 60.0)  # a part is never measured again but at its width
    assert cut.lines(60.0, cjk, 10.5) == first[:1]


def test_kept_numbers_are_reportlabs_numbers() -> None:
    from reportlab.lib.rl_accel import fp_str

    numbers = _compat._Numbers.of(fp_str)
    assert _compat._Numbers.of(fp_str) is numbers
    rng = random.Random(3)
    values = [0.0, -0.0, 1.0, 0.5, -0.5, 1e-9, 123456.789, 297.63779527559, 1 / 3]
    values += [rng.uniform(-900, 900) for _ in range(2000)]
    values += [round(rng.uniform(0, 600), 2) for _ in range(2000)]
    for x in values:
        assert numbers[x] == fp_str(x)
    for x, y in zip(values, reversed(values), strict=True):
        assert f"{numbers[x]} {numbers[y]}" == fp_str(x, y)


def _content(canvas: Any) -> bytes:
    """The page's content as the canvas holds it, before compression."""
    return "\n".join(canvas._code).encode("latin-1")


def _draw_both(font: FontChoice, lines: list[tuple[str, bool]]) -> tuple[bytes, bytes]:
    """The same lines drawn by reportlab's textOut and by TextShower, each on a new canvas."""
    from reportlab.pdfgen.canvas import Canvas

    fonts = register_set(font)
    names = (fonts.cjk, fonts.latin, fonts.cjk_bold, fonts.latin_bold)
    out = []
    for ours in (False, True):
        canvas = Canvas(io.BytesIO(), invariant=1)
        text = canvas.beginText()
        text.setFont(fonts.cjk, 10)
        if ours:
            show = _compat.TextShower(canvas, text, fonts.cjk, runs=writer._runs,
                                      latin=writer._LATIN.search, mixed=names)
        for i, (line, bold) in enumerate(lines):
            x, y = 10 + (i % 7) * 3.25, 800 - i * 1.3
            if ours:
                show(x, y, line, bold)
                continue
            text.setTextOrigin(x, y)
            for is_latin, part in writer._runs(line):
                face = ((names[3] if bold else names[1]) if is_latin
                        else (names[2] if bold else names[0]))
                text.setFont(face, 10)
                text.textOut(part)
        canvas.drawText(text)
        out.append(_content(canvas))
    return out[0], out[1]


def test_text_operators_are_those_reportlab_writes(font: FontChoice) -> None:
    from reportlab.pdfbase import pdfmetrics

    cmap = pdfmetrics.getFont(register_set(font).cjk).face.charToGlyph
    many = [chr(c) for c in range(0x4E00, 0x9FA5) if c in cmap][:700]  # several subsets
    rng = random.Random(5)
    lines = [("", False), ("项目(资金)\\完成率 100.00%", False), ("（一）产出指标", True),
             ("a\xa0b\u3000c", False), ("", True), ("\U0001F600 无字形", False)]
    for i in range(400):
        chosen = "".join(rng.choice(many[: 60 + i * 2]) for _ in range(rng.randint(1, 20)))
        lines.append((chosen + rng.choice(["", "2024", " km/h", "（%）"]), rng.random() < 0.2))
    plain, ours = _draw_both(font, lines)
    assert b"Tj" in ours
    # reportlab's textOut also sets its font per run (Tf), which TextShower writes only
    # when the font or subset changes: compare the shown strings and positions, in order
    assert _shown(ours) == _shown(plain)


def _shown(content: bytes) -> list[bytes]:
    """Each Tm and each shown string with the subset font it is shown in, in order."""
    import re

    out: list[bytes] = []
    current = b""
    for match in re.finditer(rb"(/\S+) [\d.]+ Tf|(1 0 0 1 \S+ \S+ Tm)|(\((?:\\.|[^\\)])*\)) Tj",
                             content):
        if match.group(1):
            current = match.group(1)
        elif match.group(2):
            out.append(match.group(2))
        else:
            out.append(current + b" " + match.group(3))
    return out


def test_number_arrays_are_written_as_reportlab_writes_them() -> None:
    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    _compat.fast_number_arrays()
    fast = pdfdoc.PDFArray.format
    assert getattr(fast, "fast_numbers", False)
    _compat.fast_number_arrays()  # once: not wrapped twice
    assert pdfdoc.PDFArray.format is fast

    def reportlabs(array: Any, document: Any) -> bytes:
        """reportlab's own PDFArray.format, item by item through its format()."""
        items = [pdfdoc.format(e, document) for e in array.sequence]
        if (array.multiline and rl_config.pdfMultiLine) or array.multiline == "forced":
            return b"[ " + b"\n ".join(items) + b" ]"
        for i in reversed(range(10, len(items), 10)):
            items.insert(i, b"\n ")
        return b"[ " + b" ".join(items) + b" ]"

    document = pdfdoc.PDFDocument(invariant=1)
    rng = random.Random(9)
    saved = rl_config.pdfMultiLine
    try:
        for multiline in (0, 1):
            rl_config.pdfMultiLine = multiline
            for n in range(0, 35):
                values: list[Any] = [rng.choice([rng.randint(0, 2000), rng.uniform(-1e3, 1e3),
                                                 float(rng.randint(0, 9)), -0.0, 0.5])
                                     for _ in range(n)]
                for kind in (pdfdoc.PDFArray, pdfdoc.PDFArrayCompact):
                    array = kind(values)
                    assert array.format(document) == reportlabs(array, document)
        mixed = pdfdoc.PDFArray([1, pdfdoc.PDFName("Font"), 2.5, True, "x"])
        assert mixed.format(document) == reportlabs(mixed, document)
    finally:
        rl_config.pdfMultiLine = saved


def _reportlabs_objects(monkeypatch: pytest.MonkeyPatch) -> None:
    """Put reportlab's own ``format`` and ``PDFDictionary.format`` back (for this test)."""
    from reportlab.pdfbase import pdfdoc

    monkeypatch.setattr(pdfdoc, "format", pdfdoc.format.original)
    monkeypatch.setattr(pdfdoc.PDFDictionary, "format", pdfdoc.PDFDictionary.format.original)


def test_objects_are_formatted_as_reportlab_formats_them(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from collections import OrderedDict

    from reportlab import rl_config
    from reportlab.pdfbase import pdfdoc

    _compat.fast_pdf_objects()
    fast, fast_dictionary = pdfdoc.format, pdfdoc.PDFDictionary.format
    assert getattr(fast, "fast_objects", False)
    _compat.fast_pdf_objects()  # once: not wrapped twice
    assert pdfdoc.format is fast and pdfdoc.PDFDictionary.format is fast_dictionary
    rng = random.Random(11)
    names = ["Type", "Font", "F1+0", "A B", "x#y", "(p)", "名", "Widths", "Length1", "%"]

    def value(depth: int = 0) -> Any:
        choices: list[Any] = [rng.randint(-5, 3000), rng.uniform(-1e4, 1e4), 0.5, -0.0, 1.0,
                              True, None, "/Name", "plain text", "", "a" * 300, b"raw",
                              pdfdoc.PDFName(rng.choice(names)), pdfdoc.PDFString("文字 (x)")]
        if depth < 2:
            choices += [pdfdoc.PDFArray([value(depth + 1) for _ in range(rng.randint(0, 12))]),
                        pdfdoc.PDFDictionary({rng.choice(names): value(depth + 1)
                                              for _ in range(rng.randint(0, 9))})]
        return rng.choice(choices)

    cases: list[Any] = []
    for n in range(60):
        entries = {rng.choice(names) + str(rng.randint(0, 3)): value() for _ in range(n % 14)}
        dictionary = pdfdoc.PDFDictionary(entries)
        if n % 3 == 0:
            dictionary.dict = OrderedDict(reversed(list(entries.items())))  # kept order
        dictionary.multiline = [True, False, "forced"][n % 3]
        cases.append(dictionary)
    saved = rl_config.pdfMultiLine
    try:
        for multiline in (0, 1):
            rl_config.pdfMultiLine = multiline
            document = pdfdoc.PDFDocument(invariant=1)
            ours = [fast(case, document) for case in cases]
            ours += [fast(v, document) for v in (1, 2.5, "x", "x" * 400, True, None, -0.0)]
            with monkeypatch.context() as m:
                _reportlabs_objects(m)
                document = pdfdoc.PDFDocument(invariant=1)
                theirs = [pdfdoc.format(case, document) for case in cases]
                theirs += [pdfdoc.format(v, document)
                           for v in (1, 2.5, "x", "x" * 400, True, None, -0.0)]
            assert ours == theirs
    finally:
        rl_config.pdfMultiLine = saved
    with pytest.raises(UnicodeEncodeError):  # refused as reportlab refuses it, not kept
        fast("\U0001F600", pdfdoc.PDFDocument())
    with pytest.raises(TypeError):  # a key that is no name: reportlab's path, its error
        fast(pdfdoc.PDFDictionary({1: 2}), pdfdoc.PDFDocument())


def test_a_whole_pdf_is_the_pdf_reportlab_formats(font: FontChoice,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    import sys
    from datetime import datetime
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from sample_forms import heading_form, sample_form

    forms = [sample_form(30), heading_form(3, 40)]
    stamp = datetime(2024, 5, 6, 7, 8, 9)
    monkeypatch.setattr(writer, "NATIVE", False)  # reportlab's canvas (the native writer:
    ours = writer.render_pdf(forms, font=font, stamp=stamp)  # tests/test_pdf_native.py)
    with monkeypatch.context() as m:
        _reportlabs_objects(m)
        m.setattr(_compat, "fast_pdf_objects", lambda: None)
        theirs = writer.render_pdf(forms, font=font, stamp=stamp)
    assert ours.startswith(b"%PDF") and ours == theirs


def test_kept_rounded_widths_are_round_to_three_places() -> None:
    rng = random.Random(13)
    values = [0.0, -0.0, 0.0005, 0.0015, 2.675, 1e-9, 123.4565, 595.2755905511812]
    values += [rng.uniform(-600, 600) for _ in range(writer._Rounded.KEPT + 500)]
    values += [round(rng.uniform(0, 600), 2) + 0.0005 for _ in range(2000)]
    for places in (2, 3):
        kept = writer._Rounded(places)
        for x in values + values[:100]:  # seen again, and after the store started afresh
            assert kept[x] == round(x, places) and type(kept[x]) is float
        assert len(kept) <= writer._Rounded.KEPT


def _merged_by_the_list(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Rules joined as writer._merged joined them before it kept the stroke in locals."""
    out: list[tuple[float, float]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1] + 0.01:
            if b > out[-1][1]:
                out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def test_rules_are_joined_as_before() -> None:
    """Touching, overlapping, repeated, nested, apart by less or more than 0.01, even
    backwards (never drawn, still the same): the same strokes."""
    rng = random.Random(20)
    ends = [-3.0, 0.0, 1.5, 10.0, 10.005, 10.01, 10.0100001, 10.02, 20.0, 30.0]
    for _ in range(20000):
        spans = [(rng.choice(ends), rng.choice(ends)) for _ in range(rng.randint(0, 9))]
        assert writer._merged(spans) == _merged_by_the_list(spans), spans
    assert writer._merged([(0.0, 5.0), (5.005, 9.0), (9.02, 12.0)]) == [(0.0, 9.0), (9.02, 12.0)]
