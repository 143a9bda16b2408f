"""Extra indicator columns (备注 …) and header/footer lines (填报单位（盖章）/ 填报人 …), written
with layout keys only, printed in the built form and in xlsx, docx and PDF."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.errors import ValidationFailed
from perfdocs.layouts.layout import LayoutInvalid, read_layout
from perfdocs.loading.settings import Settings, UnitInfo
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import SMALL_PROJECT, printed_text

VARIANT = '''extends = "shanghai-2024"

[forms."自评表"]
header_lines = [["单位名称", "填报日期"]]
footer_lines = [["填报单位（盖章）", "填报人", "联系电话"], [{ label = "单位负责人", field = "单位负责人" }]]

[[forms."自评表".extra_columns]]
field = "备注"
width = 9

[[forms."自评表".extra_columns]]
field = "完成时间"
label = "完成\\n时间"
after = "actual"
width = 7
'''

PROJECT = SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 万元\n版式: ../layouts/my-2024\n填报信息:\n"
                                "  填报人: 王芳\n  填报日期: 2025-03-10") \
    .replace('''          实际完成值: "120(人)"
          分值: 30''', '''          实际完成值: "120(人)"
          分值: 30
          备注: 含线上培训
          其他栏: {完成时间: 2024年11月}''')


@pytest.fixture
def setup(tmp_path: Path, write_project: Callable[..., Path]) -> Path:
    folder = tmp_path / "layouts" / "my-2024"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(VARIANT, encoding="utf-8")
    project = tmp_path / "projects" / "p.yaml"
    project.parent.mkdir()
    project.write_text(PROJECT.replace("../layouts/my-2024", str(folder)), encoding="utf-8")
    return project


def _form(project: Path, unit: UnitInfo | None = None) -> object:
    prepared = prepare(project, Settings(unit=unit or UnitInfo()))
    forms, _ = forms_of(prepared)
    return forms[0]


def test_grid_gets_the_extra_columns(setup: Path) -> None:
    """shanghai-2024's 自评表 has 9 columns A…I; 完成时间 goes after 实际完成值 (F), 备注 after
    偏差原因 (last): 11 columns. Indicator-row parts keep their columns; the parts above that
    end where a column is inserted are widened over it."""
    form = read_layout(setup.parent.parent / "layouts" / "my-2024").form("自评表")
    widths, spans = form.grid()
    assert [str(w) for w in widths] == ["9", "9", "14", "12", "11", "11", "7", "7", "7", "16",
                                        "9"]
    assert spans["actual"] == (5, 1) and spans["extra:完成时间"] == (6, 1)
    assert spans["weight"] == (7, 1) and spans["reason"] == (9, 1)
    assert spans["extra:备注"] == (10, 1)
    assert spans["project_value"] == (1, 10)      # B:I → B:K
    assert spans["executed"] == (5, 2)            # F, ends where 完成时间 goes: F:G
    assert spans["execution_score"] == (9, 2)     # I → J:K
    assert spans["total_rest"] == (9, 2) and spans["total_label"] == (0, 7)


def test_form_prints_columns_and_lines(setup: Path) -> None:
    unit = UnitInfo(name="某某中心", phone="021-5555 0000")  # the project's own unit
    form = _form(setup, unit)
    header_row = [c.text for c in form.blocks[1].rows()[0]]  # type: ignore[attr-defined]
    assert header_row == ["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "完成\n时间",
                          "分值", "得分", "偏差原因分析及\n改进措施", "备注"]
    first = [c.text for c in form.blocks[1].rows()[1]]  # type: ignore[attr-defined]
    assert first[-1] == "含线上培训" and first[first.index("120(人)") + 1] == "2024年11月"
    second = [c.text for c in form.blocks[1].rows()[2]]  # type: ignore[attr-defined]
    assert second[-1] == ""
    # 单位名称 from [unit]; 填报日期 from the project's 填报信息 (as written); 填报人 from
    # 填报信息; 联系电话 from [unit]; 单位负责人 given nowhere: blank room.
    gap, blank = "\u3000" * 4, "\u3000" * 6
    assert form.header == f"单位名称：某某中心{gap}填报日期：2025-03-10"  # type: ignore[attr-defined]
    assert form.footer.splitlines() == [  # type: ignore[attr-defined]
        f"填报单位（盖章）：某某中心{gap}填报人：王芳{gap}联系电话：021-5555 0000",
        f"单位负责人：{blank}"]


def test_unit_name_defaults_to_the_implementing_unit(setup: Path) -> None:
    form = _form(setup)
    assert form.header.startswith("单位名称：某某中心\u3000")  # type: ignore[attr-defined]


def test_another_units_details_are_not_printed_on_this_units_form(setup: Path) -> None:
    """A bureau collecting its units' files in one folder, its own name in [unit]: each
    form printed the bureau as 单位名称 and its 联系电话 beside the unit's 填报人."""
    bureau = UnitInfo(name="某某区教育局", phone="028-1234 5678", head="局长甲")
    form = _form(setup, bureau)
    assert form.header.startswith("单位名称：某某中心\u3000")  # type: ignore[attr-defined]
    footer = form.footer  # type: ignore[attr-defined]
    assert "某某区教育局" not in footer and "028-1234 5678" not in footer and "局长甲" not in footer
    assert "填报单位（盖章）：某某中心" in footer and "填报人：王芳" in footer  # its own 填报信息
    notes = [d for d in prepare(setup, Settings(unit=bureau)).diagnostics if d.rule == "other-unit"]
    assert len(notes) == 1 and notes[0].severity.name == "NOTE"
    assert "「某某区教育局」，不是本项目的实施单位「某某中心」" in notes[0].message
    spaced = UnitInfo(name=" 某某 中心", phone="021-5555 0000")  # the same unit, typed loosely
    assert "联系电话：021-5555 0000" in _form(setup, spaced).footer  # type: ignore[attr-defined]
    assert not [d for d in prepare(setup, Settings(unit=spaced)).diagnostics
                if d.rule == "other-unit"]


def test_the_date_given_fills_a_blank_filing_date(setup: Path) -> None:
    """填报日期 left out of 填报信息: blank room when no date was given (the same project
    rendered on two days gives the same forms), the date given (packet --date, or
    [render] document_date) when one was, as forms write dates; the file's own wins."""
    from datetime import date, datetime

    text = setup.read_text(encoding="utf-8")
    setup.write_text(text.replace("  填报日期: 2025-03-10\n", ""), encoding="utf-8")
    blank = "\u3000" * 6

    def header(settings: Settings) -> str:
        return forms_of(prepare(setup, settings))[0][0].header  # type: ignore[attr-defined]

    assert header(Settings()).endswith(f"填报日期：{blank}")
    assert header(Settings().dated()).endswith(f"填报日期：{blank}")  # today is not given
    assert header(Settings().dated(date(2026, 3, 1))).endswith("填报日期：2026年3月1日")
    assert header(Settings(document_date=datetime(2026, 3, 5), filing_date=date(2026, 3, 5))
                  ).endswith("填报日期：2026年3月5日")
    setup.write_text(text, encoding="utf-8")
    assert header(Settings().dated(date(2026, 3, 1))).endswith("填报日期：2025-03-10")
    bureau = Settings(unit=UnitInfo(name="某某区教育局")).dated(date(2026, 3, 1))
    setup.write_text(text.replace("  填报日期: 2025-03-10\n", ""), encoding="utf-8")
    assert header(bureau).endswith(f"填报日期：{blank}")  # another unit's day is not its own


def test_lines_and_columns_in_xlsx(setup: Path) -> None:
    from openpyxl import load_workbook

    form = _form(setup)
    data = render_format("xlsx", [form], Settings(), find_cjk_font(()), "t")
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet.max_column == 11
    values = [[c for c in row if c is not None] for row in sheet.iter_rows(values_only=True)]
    assert values[2] == ["单位名称：某某中心\u3000\u3000\u3000\u3000填报日期：2025-03-10"]
    assert values[-1][0].startswith("填报单位（盖章）：某某中心")
    heading = next(row for row in values if "备注" in row)
    assert heading[-1] == "备注" and "完成\n时间" in heading



@pytest.mark.parametrize("kind", ["pdf", "docx"])
def test_lines_and_columns_in_pdf_and_docx(setup: Path, tmp_path: Path, kind: str) -> None:
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font")
    form = _form(setup, UnitInfo(name="某某中心", phone="021-5555 0000"))
    text = printed_text(render_format(kind, [form], Settings(), font, "t"), tmp_path, kind)
    for piece in ("单位名称：某某中心", "填报日期：2025-03-10", "填报单位（盖章）：某某中心",
                  "填报人：王芳", "联系电话：021-55550000", "单位负责人：", "备注", "含线上培训",
                  "2024年11月"):
        assert piece in text, piece
    assert text.index("单位名称") < text.index("项目名称") < text.index("填报单位（盖章）")


def test_unprinted_column_value_is_a_warning(write_project: Callable[..., Path]) -> None:
    path = write_project(SMALL_PROJECT.replace('''          分值: 30''', '''          分值: 30
          备注: 写给审核人的说明''', 1))
    found = [d for d in prepare(path, Settings()).diagnostics if d.rule == "unprinted-column"]
    assert len(found) == 1 and "没有「备注」栏" in found[0].message
    assert found[0].field == "自评.绩效指标.产出指标.数量指标[1].备注"


def test_other_columns_must_be_a_mapping(write_project: Callable[..., Path]) -> None:
    path = write_project(SMALL_PROJECT.replace('''          分值: 30''', '''          分值: 30
          其他栏: 完成时间''', 1))
    with pytest.raises(ValidationFailed) as info:
        prepare(path, Settings())
    assert any("栏名: 内容" in d.message for d in info.value.diagnostics)


@pytest.mark.parametrize(("extra", "key", "words"), [
    ('field = "备注"\nafter = "remark"', "extra_columns[1].after", "应为指标表一行里已放置的部分之一"),
    ('field = "备注"\nwidth = 0', "extra_columns[1].width", "须大于 0"),
    ('label = "备注"', "extra_columns[1].field", "缺少必填项"),
    # a built-in key would print an always-empty second column (tester's 9)
    ('field = "实际完成值"', "extra_columns[1].field", "「实际完成值」是指标本来就有的一项"),
])
def test_extra_column_faults_name_the_key(tmp_path: Path, extra: str, key: str,
                                          words: str) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        f'extends = "shanghai-2024"\n[[forms."自评表".extra_columns]]\n{extra}\n',
        encoding="utf-8")
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    (found,) = info.value.diagnostics
    assert found.field == f"forms.自评表.{key}" and words in found.message


def test_line_item_faults_name_the_key(tmp_path: Path) -> None:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        'extends = "shanghai-2024"\n[forms."自评表"]\nfooter_lines = [["填报人", { field = "x" }]]\n',
        encoding="utf-8")
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    assert [d.field for d in info.value.diagnostics] == ["forms.自评表.footer_lines[1][2].label"]


def test_declaration_gets_extra_columns_too(tmp_path: Path) -> None:
    from tests.conftest import ROOT

    folder = tmp_path / "decl"
    folder.mkdir()
    (folder / "layout.toml").write_text(
        'extends = "shanghai-2024"\n[[forms."申报表".extra_columns]]\nfield = "备注"\n'
        'after = "target"\n', encoding="utf-8")
    source = (ROOT / "data" / "2024" / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    assert "年度指标值" in source
    text = re.sub(r"(?m)^(\s+)(年度指标值: .*)$", r"\1\2\n\1备注: 按季度检查", source, count=1)
    project = tmp_path / "p.yaml"
    text = re.sub(r"(?m)^实施单位: .*$", lambda m: f"{m[0]}\n版式: {folder}", text, count=1)
    project.write_text(text, encoding="utf-8")
    prepared = prepare(project, Settings())
    forms, _ = forms_of(prepared, ("申报表",))
    heading = [c.text for c in forms[0].blocks[1].rows()[0]]
    assert heading[-1] == "备注"
    assert [c.text for c in forms[0].blocks[1].rows()[1]][-1] == "按季度检查"


def test_lines_and_columns_in_html(setup: Path) -> None:
    """The fourth format prints the header line before the table and the footer after it."""
    from perfdocs.render.html.writer import render_html

    page = render_html([_form(setup, UnitInfo(name="某某中心"))])
    assert page.index("单位名称：某某中心") < page.index("项目名称") < page.index(
        "填报单位（盖章）：某某中心")
    assert "<td" in page and "备注" in page and "含线上培训" in page


def test_a_wrong_filing_value_names_its_key_and_line(write_project: Callable[..., Path]) -> None:
    """填报信息: {联系电话: [1, 2]} was reported at 填报信息's own line (the tester's F4)."""
    text = SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 万元\n填报信息:\n  填报人: 王芳\n"
                                 "  联系电话: [1, 2]\n  填报日期: 2025-03-10")
    path = write_project(text)
    with pytest.raises(ValidationFailed) as info:
        prepare(path, Settings())
    (found,) = [d for d in info.value.diagnostics if d.field and d.field.startswith("填报信息")]
    line = path.read_text(encoding="utf-8").splitlines().index("  联系电话: [1, 2]") + 1
    assert (found.field, found.line) == ("填报信息.联系电话", line)
    assert found.message == "应为一段文字"
