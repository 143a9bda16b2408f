"""HTML output: the same grid, merges and figures as the other formats, in one page that
needs nothing else, and a fourth format that came in through the registry alone."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Sequence
from decimal import Decimal
from html.parser import HTMLParser
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.forms.grid import Block, Cell, Form
from perfdocs.loading.settings import Settings
from perfdocs.records import replace
from perfdocs.render import FORMATS, format_names, renderer
from perfdocs.render.base import RenderOptions
from perfdocs.render.html.writer import render_html
from tests.conftest import DATA_2024, invoke, need
from tests.sample_forms import sample_form

EXAMPLE = DATA_2024 / "技能评价业务经费.yaml"


class _Tables(HTMLParser):
    """Every table of a page as rows of (text, rowspan, colspan, attributes) per <td>."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: list[list[list[tuple[str, int, int, dict[str, str]]]]] = []
        self.heads: list[int] = []
        self.groups: list[list[int]] = []  # per table, the first row of each thead/tbody
        self.in_head = False
        self.cell: dict[str, str] | None = None
        self.text = ""
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        values = {k: v or "" for k, v in attrs}
        if tag == "table":
            self.tables.append([])
            self.heads.append(0)
            self.groups.append([])
        elif tag in ("thead", "tbody"):
            self.in_head = tag == "thead"
            self.groups[-1].append(len(self.tables[-1]))
        elif tag == "tr":
            self.tables[-1].append([])
            if self.in_head:
                self.heads[-1] += 1
        elif tag == "td":
            self.cell, self.text = values, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == "thead":
            self.in_head = False
        elif tag == "td" and self.cell is not None:
            self.tables[-1][-1].append((self.text, int(self.cell.get("rowspan", 1)),
                                        int(self.cell.get("colspan", 1)), self.cell))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self.cell is not None:
            self.text += data


def _parse(html: str) -> _Tables:
    parser = _Tables()
    parser.feed(html)
    return parser


def _placed(rows: list[list[tuple[str, int, int, dict[str, str]]]], n_cols: int,
            groups: Sequence[int] = ()
            ) -> list[tuple[int, int, int, int, str]]:
    """Where a browser places each <td>: the first free column of its row, after the cells
    that earlier rows' rowspans still cover (the HTML table model). A rowspan ends with its
    row group: a cell of <thead> cannot reach into <tbody>, whatever its rowspan says."""
    covered: set[tuple[int, int]] = set()
    ends = [*sorted(set(groups) - {0}), len(rows)]
    out = []
    for r, row in enumerate(rows):
        c = 0
        group_end = next(end for end in ends if end > r)
        for text, rowspan, colspan, _attrs in row:
            while (r, c) in covered:
                c += 1
            for dr in range(min(rowspan, group_end - r)):
                for dc in range(colspan):
                    covered.add((r + dr, c + dc))
            out.append((r, c, rowspan, colspan, text))
            c += colspan
        assert all((r, col) in covered for col in range(n_cols)), f"row {r} has a hole"
    return out


def _expected(block: Block) -> list[tuple[int, int, int, int, str]]:
    return [(c.row, c.col, c.rowspan, c.colspan, c.text) for row in block.rows() for c in row]


def test_html_is_a_registered_format_that_cli_and_settings_accept(tmp_path: Path) -> None:
    assert "html" in format_names() and FORMATS["html"] == "perfdocs.render.html"
    assert renderer("html").needs_font is False
    code, output = invoke("render", str(EXAMPLE), "--format", "html", "--out", str(tmp_path))
    assert code == 0, output
    written = sorted(p.name for p in tmp_path.rglob("*.html"))
    assert written == ["技能评价业务工作经费-自评表.html", "技能评价业务经费-申报表.html"]
    assert not list(tmp_path.rglob("*.pdf"))  # html needs no PDF font, and writes nothing else
    (tmp_path / "perfdocs.toml").write_text('[render]\nformats = ["html"]\n', encoding="utf-8")
    code, output = invoke("--config", str(tmp_path / "perfdocs.toml"), "render", str(EXAMPLE),
                          "--out", str(tmp_path / "from-settings"))
    assert code == 0, output
    assert len(list((tmp_path / "from-settings").rglob("*.html"))) == 2


def _first_projects() -> list[Path]:
    """The first project of every example folder: one per bundled layout family."""
    return [sorted(folder.glob("*.yaml"))[0]
            for folder in sorted(p for p in (DATA_2024.parent).iterdir() if p.is_dir())
            if any(folder.glob("*.yaml"))]


@pytest.mark.parametrize("project", _first_projects(), ids=lambda p: p.parent.name)
def test_every_block_keeps_its_cells_merges_and_texts(project: Path) -> None:
    """Each cell where the form has it, as a browser lays the table out: the national
    自评表's 「绩效指标」 spans its heading row and every indicator row, so a <thead> holding
    that row would cut the span and shift every indicator row one column left (tester11 F4)."""
    forms, _ = forms_of(prepare(project, Settings()))
    for form in forms:
        page = _parse(render_html([form]))
        assert len(page.tables) == len(form.blocks)
        for rows, head, groups, block in zip(page.tables, page.heads, page.groups,
                                             form.blocks, strict=True):
            assert len(rows) == block.n_rows
            assert _placed(rows, form.n_cols, groups) == _expected(block)
            reaching = any(c.row < block.repeat_rows < c.row + c.rowspan
                           for c in block.cells)
            # repeated on every printed page, unless a heading cell runs on into the body
            assert head == (0 if reaching else block.repeat_rows)


def test_figures_read_as_on_the_other_formats() -> None:
    prepared = prepare(EXAMPLE, Settings())
    (form,) = forms_of(prepared, ("自评表",))[0]
    page = _parse(render_html([form]))
    cells = [attrs for table in page.tables for row in table for _t, _r, _c, attrs in row]
    numbers = [Decimal(a["data-number"]) for a in cells if "data-number" in a]
    assert numbers == [c.number for b in form.blocks for row in b.rows() for c in row
                       if c.number is not None]
    texts = [t for table in page.tables for row in table for t, _r, _c, _a in row]
    assert "92.85" in texts and "优" in texts  # 总分 and 评分等级 of the seed
    fields = {a.get("data-field") for a in cells}
    assert "自评.绩效指标.产出指标.数量指标[1].三级指标" in fields


def test_column_widths_keep_the_layouts_proportions() -> None:
    form = sample_form(3)
    html = render_html([form])
    percents = [Decimal(p) for p in re.findall(r'<col style="width: ([0-9.]+)%">', html)]
    assert len(percents) == form.n_cols * len(form.blocks)
    first = percents[: form.n_cols]
    assert sum(first) == 100
    total = sum(form.column_widths)
    for got, relative in zip(first[:-1], form.column_widths[:-1], strict=True):
        assert abs(got - 100 * relative / total) < Decimal("0.01")


def test_text_is_escaped_and_line_breaks_kept() -> None:
    cell = Cell(0, 0, '<script>alert("x")</script> & 第一行\n第二行', colspan=2, style="text",
                align="left", field="申报.项目概况")
    form = Form(kind="自评表", title="A<b>", subtitle="", column_widths=(Decimal(1), Decimal(1)),
                blocks=(Block(1, (cell,)),))
    html = render_html([form])
    assert "<script" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp; 第一行\n第二行" in html
    page = _parse(html)
    assert page.tables[0][0][0][0] == cell.text


def test_page_is_self_contained_printable_and_reproducible() -> None:
    forms = [sample_form(50), replace(sample_form(2), kind="申报表", title="第二张表")]
    html = render_html(forms)
    assert html == render_html(forms)
    for outside in ("<script", "src=", "href=", "url(", "@import"):
        assert outside not in html
    assert "@page { size: A4 portrait" in html
    assert html.count('<section class="form"') == 2
    data = renderer("html").render(forms, RenderOptions())
    assert data == html.encode("utf-8")


def test_a_browser_prints_the_form_with_its_figures(tmp_path: Path) -> None:
    """Chromium prints the page to PDF: the text a reader sees holds the seed's figures."""
    browser = need("chromium")
    need("pdftotext")
    prepared = prepare(EXAMPLE, Settings())
    (form,) = forms_of(prepared, ("自评表",))[0]
    page = tmp_path / "form.html"
    page.write_text(render_html([form]), encoding="utf-8")
    pdf = tmp_path / "form.pdf"
    try:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()],
                       check=True, capture_output=True, timeout=120)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        pytest.skip(f"chromium cannot print here: {exc}")
    text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True,
                          text=True, check=True).stdout
    assert "财政项目支出绩效自评表" in text
    assert "92.85" in text and "435.82" in text and "98.54" in text
