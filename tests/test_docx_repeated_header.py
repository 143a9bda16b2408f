"""A Word page that begins below the indicator table still begins with the whole header.

Where a page of the Word copy begins, its table starts with the repeated header row. In
the 2020-style forms the vertical 绩效指标 caption runs from that header row down the
indicator rows; on a page where it goes on, its piece covers the header repeated there
(as the PDF draws it). But on a page that began below the indicator table (the rows of
偏差原因, 存在问题, 总分: tester14 F1) the first row's label in that column was merged into
the header too: a row of 10 grid columns in a table of 9, the header shifted one column,
「得分」 gone in LibreOffice and the 总分 figures without their label. The PDF prints the
caption in the header row alone there, as the Word copy now does.

Forms of every bundled layout are made long here (40 to 60 indicators, a long 偏差原因
to every other one, long 年度总体目标), so that a page begins at every kind of row.
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import zipfile
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Any

import pytest
import yaml

from perfdocs.forms.grid import Form
from tests.conftest import need
from tests.test_office_fidelity import FONTS_CONF

SIZES = (40, 44, 47, 49, 53, 57, 60)
REASON = "受招标采购周期影响，部分设备到货晚于计划约两个月，相关工作顺延至第四季度完成；下一步将提前启动采购。"
GOAL = ("围绕年度重点任务，完善工作机制，加强过程管理和资金监管，提高资金使用效益，"
        "确保各项建设内容按期保质完成，服务对象满意度持续提升。")


def _examples() -> dict[str, Path]:
    """One bundled example per layout, the first that has an indicator table."""
    from perfdocs.layouts.examples import bundled_examples
    from perfdocs.loading.settings import Settings

    chosen: dict[str, Path] = {}
    for item in bundled_examples(Settings.layout):
        chosen.setdefault(item.layout, item.path)
    return chosen


def _indicators(tree: dict[str, dict[str, list[dict[str, Any]]]], count: int,
                evaluated: bool) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """``count`` indicators in the groups of ``tree``, made from its own (their figures
    stay consistent), the scores adding up to what the example's add up to; with
    ``evaluated`` every other one carries a long 偏差原因."""
    own = [item for groups in tree.values() for items in groups.values() for item in items]
    places = [(first, second) for first, groups in tree.items() for second in groups]
    scored = all("分值" in item for item in own)
    total = sum(Decimal(str(item["分值"])) for item in own) if scored else Decimal(0)
    base, extra = divmod(int(total), count)
    out: dict[str, dict[str, list[dict[str, Any]]]] = {
        first: {second: [] for second in groups} for first, groups in tree.items()}
    for number in range(count):
        item = dict(own[number % len(own)])
        item["三级指标"] = f"第{number + 1}项{item['三级指标']}"
        if scored:
            item["分值"] = base + (number < extra)
            if "得分" in item:
                item["得分"] = item["分值"]
        if evaluated and number % 2:
            item["偏差原因分析及改进措施"] = f"指标{number + 1}：" + REASON * (
                1 + (number + count) % 3)
        first, second = places[number % len(places)]
        out[first][second].append(item)
    return out


def _stress(example: Path, count: int) -> str:
    """``example``'s project with ``count`` indicators in each of its forms."""
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    for kind in ("申报", "自评"):
        part = data.get(kind)
        if not isinstance(part, dict) or "绩效指标" not in part:
            continue
        part["绩效指标"] = _indicators(part["绩效指标"], count, kind == "自评")
        goal = part.get("年度总体目标")
        if isinstance(goal, dict):
            for key in goal:
                goal[key] = GOAL * (2 + count % 7)
        elif isinstance(goal, str):
            part["年度总体目标"] = GOAL * (2 + count % 7)
        notes = part.get("说明栏")
        if isinstance(notes, dict):  # the rows under the table, long enough to go over
            for key in notes:
                notes[key] = REASON * (1 + count % 4)
        part.pop("原表", None)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100000)


@cache
def _forms(layout: str, count: int, folder: str) -> tuple[Form, ...]:
    """The forms of ``layout``'s example made ``count`` indicators long."""
    from perfdocs.engine.pipeline import build_forms, prepare
    from perfdocs.loading.settings import load_settings

    path = Path(folder) / f"{layout}-{count}.yaml"
    path.write_text(_stress(_examples()[layout], count), encoding="utf-8")
    return tuple(build_forms(prepare(path, load_settings(None))))


def _tables(docx: bytes) -> list[str]:
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    return re.findall(r"<w:tbl>.*?</w:tbl>", xml, re.S)


def _ragged(docx: bytes) -> list[str]:
    """Every table row whose cells do not span the table's grid columns, described."""
    bad = []
    for number, table in enumerate(_tables(docx), 1):
        columns = len(re.findall(r"<w:gridCol ", table))
        for row_number, row in enumerate(re.findall(r"<w:tr>.*?</w:tr>", table, re.S), 1):
            cells = re.findall(r"<w:tc>.*?</w:tc>", row, re.S)
            spans = sum(int(m.group(1)) if (m := re.search(r'w:gridSpan w:val="(\d+)"', c))
                        else 1 for c in cells)
            if spans != columns:
                texts = "|".join("".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", c))[:8]
                                 for c in cells)
                bad.append(f"table {number} row {row_number}: {spans} of {columns}: {texts}")
    return bad


@pytest.mark.parametrize("layout", sorted(_examples()))
def test_every_row_spans_the_tables_grid(layout: str, tmp_path_factory: pytest.TempPathFactory
                                         ) -> None:
    from perfdocs.render.docx.writer import render_docx

    folder = str(tmp_path_factory.mktemp(layout))
    bad = {}
    for count in SIZES:
        for form in _forms(layout, count, folder):
            found = _ragged(render_docx([form]))
            if found:
                bad[f"{count} 项 {form.title}"] = found
    assert bad == {}


# -- what LibreOffice prints -------------------------------------------------------------

PRINTED = {"hubei-2020": 50, "yunnan-2022": 53, "sichuan-2023": 49, "national-2020": 47}
"""Forms with a Word page that began below the indicator table (the layouts of tester14's
three), and one whose caption goes on over the page breaks (national-2020)."""


def _header_labels(form: Form) -> list[str]:
    """The texts of the repeated header of the form's indicator table (its block with
    repeated rows), whitespace taken out."""
    block = next(b for b in form.blocks if b.repeat_rows)
    return [re.sub(r"\s", "", c.text) for c in block.cells
            if c.row < block.repeat_rows and c.text]


def _pages(pdf: Path) -> list[str]:
    out = subprocess.run([need("pdftotext"), "-raw", str(pdf), "-"], check=True,
                         capture_output=True, text=True, timeout=60).stdout
    return [re.sub(r"\s", "", page) for page in out.split("\f")[:-1]]


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory
            ) -> dict[str, tuple[list[str], list[str], list[str]]]:
    """Per case: the header labels, the PDF's pages, LibreOffice's pages of the .docx."""
    from perfdocs.render.docx.writer import render_docx
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf

    soffice = need("soffice")
    work = tmp_path_factory.mktemp("header")
    inbox = work / "in"
    inbox.mkdir()
    font = find_cjk_font([])
    forms = {}
    for layout, count in PRINTED.items():
        form = next(f for f in _forms(layout, count, str(work)) if f.kind == "自评表")
        forms[layout] = form
        (inbox / f"{layout}.docx").write_bytes(render_docx([form]))
        (work / f"{layout}.pdf").write_bytes(render_pdf([form], font=font))
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(work / "lo"),
                    *sorted(str(p) for p in inbox.iterdir())],
                   check=True, capture_output=True, timeout=900,
                   env=dict(os.environ, FONTCONFIG_FILE=str(conf)))
    return {layout: (_header_labels(form), _pages(work / f"{layout}.pdf"),
                     _pages(work / "lo" / f"{layout}.pdf")) for layout, form in forms.items()}


@pytest.mark.office
@pytest.mark.parametrize("layout", list(PRINTED))
def test_each_word_page_has_the_pdfs_header(
        printed: dict[str, tuple[list[str], list[str], list[str]]], layout: str) -> None:
    """Every page of the Word copy that shows the header shows all of it, every label a
    header page of the PDF shows (「绩效指标」 and 「得分」 too); where the pages are as
    many, each page has the header labels the PDF's page has."""
    labels, pdf, word = printed[layout]
    full = {label for label in labels if any(label in page for page in pdf)}
    assert "得分" in "".join(full) or "权重" in "".join(full), full
    headed = [page for page in pdf if any(label in page for label in full)]
    assert len(headed) >= 2  # the header is repeated: the case breaks inside the table
    shown = {number: {label for label in full if label in page}
             for number, page in enumerate(word, 1)}
    missing = {number: sorted(full - labels) for number, labels in shown.items()
               if labels and labels != full}
    assert missing == {}
    if len(word) == len(pdf):
        assert [[label for label in labels if label in page] for page in word] == [
            [label for label in labels if label in page] for page in pdf]
