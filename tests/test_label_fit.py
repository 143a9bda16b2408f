"""Captions print whole: a short one (项目名称, 一级指标) never breaks mid-word in any format,
and a signature line breaks between its items, never inside one.

The forms are rendered as a user renders them and read back from LibreOffice's rendering of
the .docx and .xlsx (with the fonts tests/test_office_fidelity.py maps, as WPS and Word find
宋体) and from perfdocs' own PDF, with ``pdftotext -layout``: a caption broken over two lines
shows as two pieces there.
"""

from __future__ import annotations

import os
import re
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import build_forms, prepare
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, need
from tests.test_office_fidelity import FONTS_CONF

NATIONAL = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
SKILLS = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
FILING = "填报信息:\n  填报人: 张三\n  联系电话: 021-12345678\n  填报日期: 2026年1月15日\n"
VARIANT = """extends = "shanghai-2024"
name = "note-2025"

[forms."自评表"]
footer_lines = [["填报单位（盖章）", "填报人", "联系电话", "填报日期"]]

[[forms."自评表".extra_columns]]
field = "备注"
width = 8
after = "reason"
"""


def _national(tmp_path: Path) -> Path:
    """The national example declared as 经常性专项业务费, the category a tester typed."""
    text = NATIONAL.read_text(encoding="utf-8").replace("项目类别: 专项业务费",
                                                         "项目类别: 经常性专项业务费")
    assert "经常性专项业务费" in text
    path = tmp_path / "national.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _variant(tmp_path: Path) -> Path:
    """A shanghai-2024 variant with a 备注 column and a signature line, the 2024 example
    on it with every signature value given."""
    folder = tmp_path / "templates" / "note-2025"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(VARIANT, encoding="utf-8")
    text = SKILLS.read_text(encoding="utf-8")
    path = tmp_path / "variant.yaml"
    path.write_text(f"版式: {folder}\n{FILING}{text}", encoding="utf-8")
    return path


def _forms(path: Path, kind: str) -> list[object]:
    prepared = prepare(path, Settings())
    return [f for f in build_forms(prepared) if f.kind == kind]  # type: ignore[attr-defined]


def test_shipped_layouts_keep_their_widths() -> None:
    """Every bundled form's captions already fit: its widths are the layout's, unchanged."""
    checked = 0
    for path in sorted((ROOT / "data").glob("*/*.yaml")):
        prepared = prepare(path, Settings())
        for form in build_forms(prepared):
            layout_form = prepared.layout.forms[form.kind]
            assert form.column_widths == tuple(layout_form.grid_widths), (path, form.kind)
            checked += 1
    assert checked >= 15


def test_a_column_too_narrow_for_its_caption_is_widened(tmp_path: Path) -> None:
    """A 备注 column added to shanghai-2024's 自评表 takes room from every column; 项目名称 and
    一级指标 (column A) would break, so A gets what Word needs, the others give it back."""
    (form,) = _forms(_variant(tmp_path), "自评表")
    widths = form.column_widths  # type: ignore[attr-defined]
    layout = prepare(_variant(tmp_path / "again"), Settings()).layout.forms["自评表"]
    given = layout.grid_widths
    assert widths != tuple(given) and sum(widths) == sum(given)
    assert widths[0] > given[0] and widths[-1] < given[-1]
    # room for four 9-pt characters plus the cell margins, on Word's A4 page less 2 cm margins
    share = widths[0] / sum(widths) * Decimal("481.9")
    assert share >= 4 * 9 + 6


def test_fitted_widths_leave_fitting_widths_alone() -> None:
    from perfdocs.forms.grid import Cell
    from perfdocs.forms.labels import fitted_widths

    cells = [Cell(0, 0, "项目名称", 1, 1, "label", "center")]
    assert fitted_widths((Decimal(20), Decimal(80)), cells, Decimal(9)) == (Decimal(20),
                                                                             Decimal(80))
    wide = fitted_widths((Decimal(5), Decimal(95)), cells, Decimal(9))
    assert sum(wide) == 100 and wide[0] / 100 * Decimal("481.9") >= 42


def test_signature_line_breaks_between_items(tmp_path: Path) -> None:
    """A line too long for the page goes on between two items: 填报日期 keeps its date."""
    (form,) = _forms(_variant(tmp_path), "自评表")
    lines = form.footer.split("\n")  # type: ignore[attr-defined]
    assert len(lines) == 2, lines
    assert lines[-1].startswith("填报日期：2026年1月15日") or "填报日期：2026年1月15日" in lines[-1]
    assert any(line.startswith("填报单位（盖章）：上海市职业技能鉴定中心") for line in lines)


def _printed(data: bytes, suffix: str, work: Path) -> str:
    """Lines as printed (``pdftotext -layout``), spaces squeezed out, of ``data``; a .docx
    or .xlsx goes through LibreOffice first."""
    pdftotext = need("pdftotext")
    work.mkdir(parents=True, exist_ok=True)
    source = work / f"form.{suffix}"
    source.write_bytes(data)
    if suffix != "pdf":
        soffice = need("soffice")
        conf = work / "fonts.conf"
        conf.write_text(FONTS_CONF, encoding="utf-8")
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "pdf", "--outdir", str(work / "out"), str(source)],
                       check=True, capture_output=True, timeout=300,
                       env=dict(os.environ, FONTCONFIG_FILE=str(conf)))
        source = work / "out" / "form.pdf"
    text = subprocess.run([pdftotext, "-layout", str(source), "-"], check=True,
                          capture_output=True, text=True, timeout=60).stdout
    return "\n".join(re.sub(r"\s+", "", line) for line in text.splitlines())


@pytest.mark.office
@pytest.mark.parametrize("suffix", ["docx", "xlsx", "pdf"])
def test_labels_come_out_whole(tmp_path: Path, suffix: str) -> None:
    """The tester's breaks, each read back from the printed page: national 申报表's
    项目结束日/期 and 经常性专项业/务费; a variant's 项目名/称, 主管部/门, 一级指/标; a
    signature line leaving the date alone on the next line."""
    from perfdocs.engine.pipeline import built_forms, render_format
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font(())
    if suffix == "pdf" and font.fallback:
        pytest.skip("no TrueType CJK font")
    cases = [(_national(tmp_path), "申报表",
              ("项目开始日期", "项目结束日期", "经常性专项业务费", "项目名称", "主管部门")),
             (_variant(tmp_path), "自评表",
              ("项目名称", "主管部门", "实施单位", "一级指标", "二级指标", "三级指标", "备注",
               "填报日期：2026年1月15日"))]
    broken = []
    for index, (path, kind, labels) in enumerate(cases):
        built, _notes = built_forms(prepare(path, Settings()), (kind,))
        data = render_format(suffix, built, Settings(), font, "t")
        lines = _printed(data, suffix, tmp_path / f"case{index}")
        broken += [f"{kind}: {label}" for label in labels if label not in lines]
    assert broken == [], broken
