"""The official 汇总表: the unit's title over each project's 申报表, as seed 001 has it."""

from __future__ import annotations

import io
import re
import subprocess
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import DATA_2024, ROOT, need

from perfdocs.loading.settings import Settings

SEEDS = next((d for d in (ROOT.parent / "shared" / "seeds", ROOT.parents[1] / "shared" / "seeds")
              if d.is_dir()), None)
SEED = next(SEEDS.glob("001_*.txt")) if SEEDS else None
TITLE = "上海市职业技能鉴定中心2024年度项目绩效目标汇总表"
# seed 001's order: the unit handed in 职业培训… first; files are bound in the order given.
ORDER = ["职业培训基础能力建设资助", "技能评价业务经费"]
FILES = [str(DATA_2024 / f"{name}.yaml") for name in ORDER]
UNDECLARED = str(DATA_2024 / "第48届世赛筹办场地经理跟岗学习经费.yaml")
TARGET = re.compile(r"^[≥≤=<>]")


@pytest.fixture(scope="module")
def written(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CliRunner]:
    from perfdocs.cli.summary import summary as summary_command

    @click.group()
    @click.pass_context
    def cli(ctx: click.Context) -> None:
        ctx.obj = {}

    cli.add_command(summary_command)
    out = tmp_path_factory.mktemp("summary")
    result = CliRunner().invoke(cli, ["summary", *FILES, UNDECLARED, "--out", str(out),
                                      "--date", "2025-01-15"])
    assert result.exit_code == 0, result.output
    return out, result


def _seed_rows() -> list[str]:
    """(三级指标, 指标值) of every indicator row of seed 001, in the seed's order."""
    if SEED is None:
        pytest.skip("seed texts are not beside the repository")
    texts = []
    for line in SEED.read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.split("\t") if c.strip()]
        if len(cells) >= 2 and TARGET.match(cells[-1]):
            texts += cells[-2:]
    return texts


def test_pdf_reads_like_seed_001_in_row_order(written: tuple[Path, CliRunner]) -> None:
    out, _result = written
    pdftotext = need("pdftotext")
    text = subprocess.run([pdftotext, str(out / f"{TITLE}.pdf"), "-"], capture_output=True,
                          text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    expected = [TITLE, "财政项目支出绩效目标申报表", ORDER[0], "86,000,000.00",
                "财政项目支出绩效目标申报表", ORDER[1], "4,358,177.00"]
    rows = _seed_rows()
    assert len(rows) == 2 * 74  # every indicator of both declarations
    at = 0
    for piece in expected:
        found = flat.find(piece, at)
        assert found >= 0, f"{piece} missing or out of order"
        at = found + len(piece)
    at = 0
    for piece in rows:  # every 三级指标 and its 指标值, in the seed's row order
        found = flat.find(piece, at)
        assert found >= 0, f"{piece} missing or out of order"
        at = found + len(piece)
    assert flat.count(TITLE) == 1  # the title once, over the first form
    assert "第48届世赛筹办场地经理跟岗学习经费" not in flat


def test_left_out_project_is_named_on_the_terminal(written: tuple[Path, CliRunner]) -> None:
    _out, result = written
    assert "没有「申报」部分，未列入汇总表" in result.output
    assert UNDECLARED in result.output
    assert "2 个项目的申报表" in result.output


def test_xlsx_one_sheet_per_project_each_with_the_title(written: tuple[Path, CliRunner]
                                                        ) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    out, _result = written
    book = openpyxl.load_workbook(out / f"{TITLE}.xlsx")
    assert book.sheetnames == ORDER
    for sheet, name in zip(book.worksheets, ORDER, strict=True):
        assert sheet["A1"].value == TITLE
        assert sheet["A2"].value == "财政项目支出绩效目标申报表"
        values = [c.value for row in sheet.iter_rows() for c in row if c.value is not None]
        assert name in values


def test_docx_title_once_then_each_declaration(written: tuple[Path, CliRunner]) -> None:
    from docx import Document

    out, _result = written
    doc = Document(io.BytesIO((out / f"{TITLE}.docx").read_bytes()))
    paragraphs = [p.text for p in doc.paragraphs if p.text.strip()]
    assert paragraphs[0] == TITLE and paragraphs.count(TITLE) == 1
    assert paragraphs.count("财政项目支出绩效目标申报表") == 2
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    assert ORDER[0] in cells and ORDER[1] in cells
    assert cells.index(ORDER[0]) < cells.index(ORDER[1])


def test_layout_summary_title(tmp_path: Path) -> None:
    import shutil

    from perfdocs.engine.declaration_summary import collect
    from perfdocs.engine.summaries import prepare_all

    folder = tmp_path / "variant"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", folder)
    with (folder / "layout.toml").open("a", encoding="utf-8") as handle:
        handle.write('\n[summary]\ntitle = "{{ year }}年度{{ unit }}项目支出绩效目标汇总"\n')
    found = collect(prepare_all([*FILES, UNDECLARED], Settings(), layout=str(folder)))
    (summary,) = found.summaries
    assert summary.title == "2024年度上海市职业技能鉴定中心项目支出绩效目标汇总"
    assert [p.name for p in summary.projects] == ORDER
    assert all(f.heading == summary.title for f in summary.forms)
    assert found.left_out == [UNDECLARED]
