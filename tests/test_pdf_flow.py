"""The form PDF without platypus (issue 20.2): our page flow and one-line paragraphs write
the bytes platypus wrote, and a form's PDF never imports platypus."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import SMALL_PROJECT

from perfdocs.render.pdf.flow import PAGE_BREAK, FlowError, flow
from perfdocs.render.pdf.fonts import FontSet, find_cjk_font, register_set
from perfdocs.render.pdf.textlines import LineStyle, TextLine
from perfdocs.render.pdf.writer import MARGIN, PAGE_HEIGHT, PAGE_WIDTH, _runs

ROOT = Path(__file__).resolve().parent.parent
UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
WIDTH = PAGE_WIDTH - 12  # what the frame offers a line


@pytest.fixture(scope="module")
def fonts() -> FontSet:
    choice = find_cjk_font([str(UMING)]) if UMING.exists() else find_cjk_font()
    if choice.fallback:
        pytest.skip("no embeddable TrueType CJK font on this machine")
    return register_set(choice)


def _canvas(out: io.BytesIO | None = None) -> Any:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    return Canvas(out or io.BytesIO(), pagesize=A4, invariant=1)


def _drawn(line: TextLine, *, real: bool) -> bytes:
    """The page content of ``line`` drawn at a fixed place, by us or by platypus."""
    canvas = _canvas()
    part = line.paragraph() if real else line
    part.wrap(WIDTH, 500)
    part.drawOn(canvas, 48.5, 700.25)
    canvas.showPage()
    data: bytes = canvas.getpdfdata()
    return data


TEXTS = [  # (text, drawn by us rather than by platypus)
    ("财政项目支出绩效自评表", True),                  # one run
    ("（2024年度）", True),                            # CJK, Latin, CJK
    ("(2024 年度)", True),                             # a run starting with a space
    ("单位名称：某县农村供水管理站\u3000\u3000\u3000\u3000填报日期：2021年2月", True),  # folded
    ("Annual report 2024", False),                     # spaces alone between Latin runs
    ("金额单位：万元 A&B", False),                      # markup characters
    ("第一行\n第二行", False),                          # a forced break
    ("很长的单位名称" * 12, False),                     # wraps
]


@pytest.mark.parametrize(("text", "ours"), TEXTS)
@pytest.mark.parametrize("look", ["centred", "left", "bold", "stroked"])
def test_a_line_is_drawn_as_platypus_draws_it(fonts: FontSet, text: str, ours: bool,
                                              look: str) -> None:
    style = LineStyle("t", fonts.cjk, 12.0, 15.6, centred=look != "left", space_after=3)
    line = TextLine(text, style, fonts, runs=_runs, bold=look == "bold",
                    stroked=look == "stroked")
    drawn = _drawn(line, real=False)
    assert (line._frags is not None) == ours, text
    again = TextLine(text, style, fonts, runs=_runs, bold=look == "bold",
                     stroked=look == "stroked")
    assert drawn == _drawn(again, real=True)


def test_a_line_in_one_font_is_drawn_as_platypus_draws_it() -> None:
    """Without a font set (the reader's CID font) the text is the whole markup."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = LineStyle("t", "STSong-Light", 10.5, 13.65, centred=True)
    for text in ("项目支出 绩效（2024年度）", "填报单位：\u3000\u3000某单位"):
        line = TextLine(text, style, None, runs=_runs)
        ours = _drawn(line, real=False)
        assert line._frags is not None
        assert ours == _drawn(TextLine(text, style, None, runs=_runs), real=True)


def _story(fonts: FontSet) -> list[Any]:
    """Lines of several lengths (some wrapping over page ends) and page breaks."""
    style = LineStyle("s", fonts.cjk, 10.5, 13.65, centred=False, space_before=5.25,
                      space_after=2)
    story: list[Any] = []
    for i in range(140):
        if i in (30, 31, 90):
            story.append(PAGE_BREAK)
        story.append(TextLine(f"第{i}段：" + "填报单位和项目名称" * (1 + i % 9), style, fonts,
                              runs=_runs))
    return story


def test_the_flow_places_parts_as_platypus_did(fonts: FontSet) -> None:
    """Our frame arithmetic, page breaks and splits against platypus' SimpleDocTemplate on
    the same parts (real paragraphs on both sides), byte for byte."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import PageBreak, SimpleDocTemplate

    ours_out = io.BytesIO()
    canvas = _canvas(ours_out)
    for name in ("Author", "Title", "Subject", "Creator"):
        getattr(canvas, f"set{name}")(name.lower())
    canvas.setKeywords([])
    parts = [p if p is PAGE_BREAK else p.paragraph() for p in _story(fonts)]
    flow(canvas, parts, left=MARGIN, bottom=MARGIN, width=PAGE_WIDTH, height=PAGE_HEIGHT)
    theirs_out = io.BytesIO()
    doc = SimpleDocTemplate(theirs_out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=MARGIN, invariant=1,
                            author="author", title="title", subject="subject",
                            creator="creator")
    doc.build([PageBreak() if p is PAGE_BREAK else p.paragraph() for p in _story(fonts)])
    ours, theirs = ours_out.getvalue(), theirs_out.getvalue()
    assert ours.count(b"/Type /Page\n") >= 5
    assert ours == theirs


def test_a_part_taller_than_a_page_is_refused() -> None:
    class Tall:
        def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
            return availWidth, 2000.0

        def split(self, availWidth: float, availHeight: float) -> list[Any]:
            return []

        def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
            raise AssertionError("drawn")

        def getSpaceBefore(self) -> float:
            return 0

        def getSpaceAfter(self) -> float:
            return 0

    with pytest.raises(FlowError, match="放不进一整页"):
        flow(_canvas(), [Tall()], left=MARGIN, bottom=MARGIN, width=PAGE_WIDTH,
             height=PAGE_HEIGHT)


def test_a_form_pdf_imports_no_platypus(tmp_path: Path) -> None:
    """platypus (tables, preformatted text, a syntax colouriser) and xml.sax's URL
    machinery cost ~40 ms of every process; a form's PDF needs none of them."""
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code = ("import sys, json\nfrom perfdocs.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            "print(json.dumps({'status': status, 'modules': sorted(sys.modules)}))\n")
    done = subprocess.run(
        [sys.executable, "-c", code, "render", "p.yaml", "-f", "pdf", "-o", "out",
         "--form", "自评表", "--no-cache"], capture_output=True, text=True, cwd=tmp_path,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "PERFDOCS_FONT_CACHE": "off"},
        check=False)
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["status"] in (0, None), done.stderr
    assert list((tmp_path / "out").rglob("*.pdf")), done.stdout
    # the font cache off: reportlab parses the faces, the native writer writes the PDF
    assert "reportlab.pdfbase.ttfonts" in found["modules"]
    assert "reportlab.pdfgen.canvas" not in found["modules"]
    assert "reportlab.platypus" not in found["modules"]
    assert "xml.sax.saxutils" not in found["modules"]
    # PIL.Image is bound lazily (render/pdf/deferred.py): its body, the C core, never runs
    assert "PIL._imaging" not in found["modules"]
