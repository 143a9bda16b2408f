"""The native PDF writer (perfdocs.render.pdf.native) against reportlab's path: the same bytes.

Every form of data/ (alone, and all of a project in one PDF; with and without the page
footer and the time stamp) and synthetic forms in several layouts (the 申报表 too) are
written by both writers and compared byte for byte where reportlab's subsets are the
quick subsetter's (reportlab 4.0.9 and later); with an older reportlab its subsets differ
(see perfdocs.render.pdf.subsetter.VERIFIED_FROM) while the native bytes do not, so there
the text as pdftotext reads it is compared instead. The pieces are checked on their own
too: number formatting, string escaping, the TrueType file assembly, reportlab's A4.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import subprocess
import sys
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from perfdocs.render.pdf import writer
from perfdocs.render.pdf.fonts import FontChoice, find_cjk_font
from perfdocs.render.pdf.native import Unsupported
from perfdocs.render.pdf.native.document import subset_tag
from perfdocs.render.pdf.native.fontfile import checksum, font_file
from perfdocs.render.pdf.native.numbers import escape, fp
from perfdocs.render.pdf.subsetter import _verified_reportlab

ROOT = Path(__file__).resolve().parent.parent
DATA = sorted((ROOT / "data").rglob("*.yaml"))
SAME_SUBSETS = _verified_reportlab()
OLD_REPORTLAB = ("reportlab before 4.0.9 makes other subset bytes than the quick subsetter "
                 "(subsetter.VERIFIED_FROM); the native writer's do not depend on reportlab")


@pytest.fixture(scope="module")
def font() -> FontChoice:
    choice = find_cjk_font(())
    if choice.path is None:
        pytest.skip("no TrueType CJK font installed: the native writer is not used")
    return choice


@pytest.fixture
def natively(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Record each render's writer ("native" or the reason it fell back)."""
    taken: list[str] = []
    plain = writer._render_native

    def recorded(*args: Any) -> bytes:
        try:
            data = plain(*args)
        except Unsupported as exc:
            taken.append(str(exc))
            raise
        taken.append("native")
        return data

    monkeypatch.setattr(writer, "_render_native", recorded)
    yield taken


def _both(forms: Sequence[Any], font: FontChoice, monkeypatch: pytest.MonkeyPatch,
          **options: Any) -> tuple[bytes, bytes]:
    """(reportlab's PDF, the native one) of ``forms``."""
    with monkeypatch.context() as m:
        m.setattr(writer, "NATIVE", False)
        theirs = writer.render_pdf(forms, font=font, **options)
    ours = writer.render_pdf(forms, font=font, **options)
    return theirs, ours


def _pdftotext(data: bytes, tmp_path: Path) -> str:
    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    path = tmp_path / "x.pdf"
    path.write_bytes(data)
    return subprocess.run([tool, "-layout", str(path), "-"], capture_output=True, check=True,
                          text=True).stdout


def _same(theirs: bytes, ours: bytes, tmp_path: Path) -> None:
    assert ours.startswith(b"%PDF-1.4") and ours.endswith(b"%%EOF\n")
    if SAME_SUBSETS:
        assert ours == theirs
    else:
        assert _pdftotext(ours, tmp_path) == _pdftotext(theirs, tmp_path)


def _forms(path: Path, layout: str | None = None) -> list[Any]:
    from perfdocs.engine.pipeline import forms_of, prepare
    from perfdocs.loading.settings import Settings

    return forms_of(prepare(path, Settings(), layout_name=layout), None)[0]


WRAPS = "a line that wraps: reportlab's Paragraph"


def _writer(forms: Sequence[Any]) -> str:
    """The writer expected for ``forms``: native, unless a line around a grid has a forced
    break (steps-2022's footer: its date on a line of its own), which platypus'
    ``Paragraph`` sets on reportlab's path."""
    return WRAPS if any("\n" in form.header + form.footer for form in forms) else "native"


def _warm(font: FontChoice, forms: Sequence[Any]) -> None:
    """A first render: reportlab's path parses the fonts into the font cache if they are
    not there yet; from then on the native writer reads them from it."""
    writer.render_pdf(forms[:1], font=font)


# --- the pieces --------------------------------------------------------------------------


def test_numbers_are_written_as_reportlabs_fp_str_writes_them() -> None:
    from reportlab.lib.rl_accel import fp_str

    rng = random.Random(20)
    values: list[float] = [0, -0.0, 1e-7, -1e-7, 1.0000001e-7, 0.5, -0.5, 1, 10, 99.99995,
                           595.2755905511812, 841.8897637795275, 1e6 + 0.5, 12345678.9, 2**40]
    values += [rng.uniform(-1000, 1000) for _ in range(20000)]
    values += [round(rng.uniform(-600, 600), rng.randint(0, 4)) for _ in range(20000)]
    values += [rng.uniform(-2, 2) * 10 ** rng.randint(-8, 8) for _ in range(20000)]
    values += list(range(-300, 300))
    assert [fp(v) for v in values] == [fp_str(v) for v in values]
    assert fp(1.5, -2.25, 0) == fp_str(1.5, -2.25, 0)


def test_pdf_strings_are_escaped_as_reportlab_escapes_them() -> None:
    from reportlab.lib.rl_accel import escapePDF

    data = bytes(range(256)) + "（合计）\\()".encode("utf-16-be")
    assert escape(data) == escapePDF(data)


@pytest.mark.skipif(not SAME_SUBSETS, reason=OLD_REPORTLAB)
def test_a_font_file_is_put_together_as_reportlabs_ttfontmaker_does() -> None:
    from reportlab.lib.rl_accel import calcChecksum
    from reportlab.pdfbase.ttfonts import TTFontMaker

    rng = random.Random(7)
    tags = ["OS/2", "cmap", "cvt ", "fpgm", "glyf", "hhea", "hmtx", "loca", "maxp", "name",
            "post", "prep"]
    for n in range(40):
        tables = {tag: rng.randbytes(rng.randint(0, 300)) for tag in rng.sample(tags, n % 12)}
        tables["head"] = rng.randbytes(54)
        maker = TTFontMaker()
        for tag, data in tables.items():
            maker.add(tag, data)
        assert font_file(tables) == maker.makeStream()
        assert checksum(tables["glyf" if "glyf" in tables else "head"]) == calcChecksum(
            tables["glyf" if "glyf" in tables else "head"])
        # the tables' sums handed in (as the subsetter keeps them) give the same file;
        # a wrong one would not (its directory entry and the adjustment both change)
        sums = {tag: checksum(data) for tag, data in tables.items()}
        assert font_file(tables, sums) == maker.makeStream()
        if "glyf" in tables:
            sums["glyf"] ^= 1
            assert font_file(tables, sums) != maker.makeStream()


def test_subset_tags_and_the_page_size_are_reportlabs() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.ttfonts import SUBSETN

    assert writer.A4 == A4
    for n in (0, 1, 7, 8, 9, 10, 255, 123456):
        assert subset_tag(n).encode("ascii") == SUBSETN(n)


@pytest.mark.skipif(not SAME_SUBSETS, reason=OLD_REPORTLAB)
def test_lines_with_no_break_spaces_are_drawn_as_reportlabs_paragraph_draws_them(
        font: FontChoice) -> None:
    """A header or footer line's 「　　　　」 and its blanks (no-break spaces, see
    writer._kept_spaces): the native writer draws the line itself; the operators are those
    of platypus' Paragraph, on random lines of CJK, Latin and no-break spaces."""
    import io

    from reportlab.pdfgen.canvas import Canvas

    from perfdocs.render.pdf import textlines
    from perfdocs.render.pdf.fonts import native_set, register_set
    from perfdocs.render.pdf.native.canvas import NativeCanvas

    _warm(font, _forms(DATA[0]))
    fonts = register_set(font)
    assert native_set(font) == fonts
    writer._MIXED[fonts.cjk] = fonts
    rng = random.Random(3)

    def piece() -> str:
        kind = rng.random()
        if kind < 0.4:
            return "".join(rng.choice("填报单位盖章某中心负责人财务联系电话日期：（）")
                           for _ in range(rng.randint(1, 6)))
        if kind < 0.7:
            return "".join(rng.choice("0123456789-ABCxyz.") for _ in range(rng.randint(1, 5)))
        return "\xa0" * rng.randint(1, 8)

    drawn = 0
    for _ in range(300):
        text = "".join(piece() for _ in range(rng.randint(1, 7)))
        size = rng.choice([9.0, 12.0, 18.0])
        style = textlines.LineStyle("s", fonts.cjk, size, size * 1.3, centred=rng.random() < 0.5)
        bold = rng.random() < 0.3
        theirs = Canvas(io.BytesIO(), initialFontName=fonts.cjk)
        paragraph = textlines.TextLine(text, style, fonts, runs=writer._runs,
                                       bold=bold).paragraph()
        size_theirs = paragraph.wrap(writer.FRAME_WIDTH, 700)
        paragraph.drawOn(theirs, 10, 20)
        line = textlines.TextLine(text, style, fonts, runs=writer._runs, bold=bold)
        ours = NativeCanvas(initial_font=fonts.cjk, page_size=writer.A4)
        textlines.NATIVE.on = True
        try:
            size_ours = line.wrap(writer.FRAME_WIDTH, 700)
            line.drawOn(ours, 10, 20)
        finally:
            textlines.NATIVE.on = False
        assert ours._code == theirs._code and size_ours == size_theirs, text
        drawn += "\xa0" in text
    assert drawn > 100


# --- whole PDFs ------------------------------------------------------------------------------


@pytest.mark.parametrize("path", DATA, ids=[p.parent.name + "/" + p.stem for p in DATA])
def test_every_data_form_is_written_as_reportlab_writes_it(
        path: Path, font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    forms = _forms(path)
    _warm(font, forms)
    natively.clear()
    stamp = datetime(2026, 12, 2, 17, 5, 9)
    for one in forms:  # each form alone, footed and stamped as `perfdocs render` does
        _same(*_both([one], font, monkeypatch, stamp=stamp), tmp_path)
    # all of the project's forms in one PDF, without footer and stamp, and with them
    _same(*_both(forms, font, monkeypatch, footer=False), tmp_path)
    _same(*_both(forms, font, monkeypatch, stamp=stamp), tmp_path)
    assert natively == [*map(_writer, ([one] for one in forms)), _writer(forms), _writer(forms)]


@pytest.mark.parametrize("layout", [None, "sichuan-2023", "steps-2022", "national-2020",
                                    "yunnan-2022"])
def test_synthetic_forms_in_several_layouts_are_written_as_reportlab_writes_them(
        layout: str | None, font: FontChoice, natively: list[str],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT))
    from benchmarks.synthetic import write_projects

    paths = write_projects(tmp_path / "projects", 2)
    if layout == "sichuan-2023":  # its funds rows are named otherwise
        for path in paths:
            path.write_text(path.read_text(encoding="utf-8").replace("当年财政拨款", "财政资金")
                            .replace("上年结转资金", "单位资金"), encoding="utf-8")
    forms = [form for path in paths for form in _forms(path, layout)]
    assert len(forms) >= 2
    _warm(font, forms)
    natively.clear()
    for footer in (True, False):
        for stamp in (None, datetime(2025, 1, 31, 23, 59, 58)):
            _same(*_both(forms[:2], font, monkeypatch, footer=footer, stamp=stamp), tmp_path)
    _same(*_both(forms, font, monkeypatch), tmp_path)  # several projects in one PDF
    assert natively == [_writer(forms)] * 5


def test_the_application_form_is_written_as_reportlab_writes_it(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    forms = [form for path in DATA for form in _forms(path) if "申报" in form.title]
    if not forms:
        pytest.skip("no 申报表 in data/")
    _warm(font, forms)
    natively.clear()
    _same(*_both(forms[:6], font, monkeypatch), tmp_path)
    assert natively == ["native"]


def test_a_title_that_wraps_goes_to_reportlab_and_gives_its_pdf(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    from perfdocs.records import replace

    forms = _forms(DATA[0])
    _warm(font, forms)
    natively.clear()
    long = replace(forms[0], title="很长的标题" * 30)
    theirs, ours = _both([long], font, monkeypatch)
    assert ours == theirs
    assert natively == [WRAPS]


def test_without_the_font_cache_the_pdf_is_the_same(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """A face the cache does not hold (the first PDF on a machine, or the cache off) is
    parsed by reportlab and then written natively: the PDF does not depend on the cache."""
    from perfdocs.render.pdf import fonts
    from perfdocs.render.pdf.native import faces

    forms = _forms(DATA[0])[:1]
    _warm(font, forms)
    natively.clear()
    native = writer.render_pdf(forms, font=font)
    monkeypatch.setattr(faces, "_BY_CHOICE", {})
    monkeypatch.setattr(fonts, "_NATIVE_SETS", {})
    monkeypatch.setattr(faces, "_FONTS", {})
    monkeypatch.setenv("PERFDOCS_FONT_CACHE", "off")
    assert writer.render_pdf(forms, font=font) == native
    assert natively == ["native", "native"]


def test_a_reportlab_setting_from_the_environment_leaves_the_pdf_to_reportlab(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from perfdocs.render.pdf.native import faces

    monkeypatch.setenv("RL_invariant", "1")
    with pytest.raises(Unsupported):
        faces._reportlab_version()


SUBPROCESS = """
import json, runpy, sys
sys.argv = ['perfdocs'] + sys.argv[1:]
try:
    runpy.run_module('perfdocs', run_name='__main__')
except SystemExit:
    pass
print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] == 'reportlab')),
      file=sys.__stderr__)
"""


def test_a_form_pdf_process_with_its_fonts_cached_imports_no_reportlab(
        tmp_path: Path, font: FontChoice) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "PERFDOCS_FONT_CACHE": str(tmp_path / "f"),
           "PERFDOCS_CHECKED_CACHE": str(tmp_path / "c")}
    project = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
    loaded: dict[str, list[str]] = {}
    for run in ("cold", "warm"):
        done = subprocess.run([sys.executable, "-c", SUBPROCESS, "render", str(project),
                               "--form", "自评表", "-f", "pdf", "--no-cache", "-o",
                               str(tmp_path / run)],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
        assert "✓" in done.stdout, done.stderr
        loaded[run] = json.loads(done.stderr.strip().splitlines()[-1])
    assert "reportlab.pdfbase.ttfonts" in loaded["cold"]  # the first parse is reportlab's
    assert loaded["warm"] == []
    (cold,) = (tmp_path / "cold").rglob("*.pdf")
    (warm,) = (tmp_path / "warm").rglob("*.pdf")
    assert warm.read_bytes() == cold.read_bytes()


def test_streams_deflated_on_the_helper_thread_are_the_same(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """With a core to spare, the new subsets and the pages deflate on a helper thread
    (native.deflating): the same bytes."""
    from perfdocs import _compat
    from perfdocs.render.pdf.native import document

    forms = _forms(ROOT / "data" / "2024" / "技能评价业务经费.yaml")
    _warm(font, forms)
    natively.clear()
    monkeypatch.setattr(_compat, "_core_to_spare", lambda: True)
    monkeypatch.setattr(document, "_SUBSETS", document.Kept(16))  # all subsets new
    monkeypatch.setattr(document.subset_cache, "entry", lambda *args: None)  # none on disk
    monkeypatch.setattr(document, "_SMALL", document.Kept(32))
    ran: list[int] = []
    plain = _compat._run

    def counted(job: Any) -> None:
        ran.append(len(job.text))
        plain(job)

    monkeypatch.setattr(_compat, "_run", counted)
    _same(*_both(forms, font, monkeypatch, stamp=datetime(2026, 12, 2)), tmp_path)
    assert natively == ["native"]
    assert all(size >= _compat.AHEAD_SMALLEST for size in ran)


def _counting_subsets(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every new subset of a CJK face made from now on, as "ahead" (before the pages were
    drawn) or "end" (when the PDF was written); all subsets new, a core to spare. (A
    Latin face's subset holds ASCII whatever the text: not guessed, kept.)"""
    from perfdocs import _compat
    from perfdocs.render.pdf.native import document

    monkeypatch.setattr(_compat, "_core_to_spare", lambda: True)
    monkeypatch.setattr(document, "_SUBSETS", document.Kept(16))
    monkeypatch.setattr(document.subset_cache, "entry", lambda *args: None)
    made: list[str] = []
    plain = document._new_subset
    ASCII_SUBSET = [0] * 32 + list(range(32, 128))  # a Latin face's, whatever the text

    def counted(face: Any, base: str, key: Any, kept: Any, deflater: Any) -> Any:
        if list(key[2]) != ASCII_SUBSET:
            made.append("ahead" if sys._getframe(1).f_code.co_name == "make_ahead" else "end")
        return plain(face, base, key, kept, deflater)

    monkeypatch.setattr(document, "_new_subset", counted)
    return made


def test_subsets_made_while_the_pages_are_drawn_are_taken_when_the_guess_holds(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The writer guesses each CJK face's characters from the story before drawing and
    the document makes (and deflates) those subsets meanwhile: when the pages gave the
    same codes, they are not made again, and the PDF is the same."""
    forms = _forms(ROOT / "data" / "2024" / "技能评价业务经费.yaml")[:1]
    _warm(font, forms)
    natively.clear()
    made = _counting_subsets(monkeypatch)
    theirs, ours = _both(forms, font, monkeypatch, stamp=datetime(2026, 12, 2))
    _same(theirs, ours, tmp_path)
    assert natively == ["native"]
    assert "ahead" in made and "end" not in made  # the CJK subsets, guessed right


def test_a_wrong_guess_is_made_again_and_changes_no_byte(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    forms = _forms(ROOT / "data" / "2024" / "技能评价业务经费.yaml")[:1]
    _warm(font, forms)
    plain = writer.render_pdf(forms, font=font)
    natively.clear()
    made = _counting_subsets(monkeypatch)
    guess = writer._drawn_first
    monkeypatch.setattr(writer, "_drawn_first", lambda *args: {
        name: text[::-1] for name, text in guess(*args).items()})  # the order wrong
    assert writer.render_pdf(forms, font=font) == plain
    assert natively == ["native"]
    assert "ahead" in made and "end" in made


def test_summaries_and_headed_forms_are_written_as_reportlab_writes_them(
        font: FontChoice, natively: list[str], monkeypatch: pytest.MonkeyPatch,
        tmp_path: Path) -> None:
    """The 一览表/汇总表 PDFs (engine/summaries, one form each) and forms under a heading
    (a bundle's 汇总 heading, drawn stroked), as reportlab's path writes them."""
    from perfdocs.engine.pipeline import prepare
    from perfdocs.engine.summaries import render_summaries
    from perfdocs.loading.settings import Settings

    sys.path.insert(0, str(ROOT / "tests"))
    from sample_forms import heading_form, sample_form

    prepared = [prepare(path, Settings()) for path in DATA if path.parent.name == "2024"]
    _warm(font, _forms(DATA[0]))
    natively.clear()
    render_summaries(prepared, Settings(), tmp_path / "ours", font=font, formats=("pdf",))
    with monkeypatch.context() as m:
        m.setattr(writer, "NATIVE", False)
        render_summaries(prepared, Settings(), tmp_path / "theirs", font=font,
                         formats=("pdf",))
    ours = sorted((tmp_path / "ours").rglob("*.pdf"))
    assert ours and natively == ["native"] * len(ours)
    for path in ours:
        _same((tmp_path / "theirs" / path.relative_to(tmp_path / "ours")).read_bytes(),
              path.read_bytes(), tmp_path)
    _same(*_both([heading_form(3, 40), sample_form(12)], font, monkeypatch), tmp_path)


def test_reportlabs_version_is_read_as_the_pattern_read_it() -> None:
    """faces._version_in (string work) against the pattern it replaces, on random texts
    of the pieces that matter (a match whose blanks span a line break aside: the pattern's
    ``\\s`` took one, a line is scanned alone), and on reportlab's own file."""
    import re

    import reportlab

    from perfdocs.render.pdf.native.faces import _version_in

    pattern = re.compile(rb"""^Version\s*=\s*["']([^"']+)["']""", re.M)
    rng = random.Random(8)
    pieces = [b"Version", b" ", b"\t", b"=", b'"', b"'", b"5", b".", b"\n", b"x", b"#"]
    for _ in range(50000):
        text = b"".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        found = pattern.search(text)
        if found is not None and b"\n" in found.group(0):
            continue
        assert _version_in(text) == (None if found is None else found.group(1)), text
    origin = Path(reportlab.__file__).read_bytes()
    assert _version_in(origin) == reportlab.Version.encode("ascii")


def test_a_documents_first_codes_are_asked_of_the_face_once() -> None:
    """Each document starts with ASCII at its own codes (those the face has): the face's
    map is asked once per font, not once per document, and every document gets a copy."""
    from types import SimpleNamespace

    from perfdocs.render.pdf.native.faces import NativeFont

    class Counting(dict[int, int]):
        asked = 0

        def __contains__(self, code: object) -> bool:
            Counting.asked += 1
            return super().__contains__(code)

    face = SimpleNamespace(charToGlyph=Counting({code: code for code in (*range(40, 128), 0x4E00)}))
    font = NativeFont("counting", face)  # type: ignore[arg-type]

    class Doc:
        pass

    one, two = Doc(), Doc()
    assert font.splitString("AB一", one) == [(0, b"AB\x01")]
    assert Counting.asked == 96 + 1  # ASCII once, then the new character
    assert font.splitString("一B", two) == [(0, b"\x01B")]
    assert Counting.asked == 96 + 2
    assert 33 not in font.state[one].assignments  # the face lacks it: no code
    font.state[one].assignments[300] = 5
    assert 300 not in font.state[two].assignments  # a copy each
