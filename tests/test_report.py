"""The 项目支出绩效自评报告: sections, the calculator's figures, paragraphs, the template."""

from __future__ import annotations

import io
import re
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import cast

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.engine.reports import render_report
from perfdocs.errors import PerfdocsError
from perfdocs.forms.report.report import report_context
from perfdocs.loading.settings import Settings
from perfdocs.rules.report import report_notes
from tests.conftest import DATA_2024, ROOT, invoke

SKILLS = DATA_2024 / "技能评价业务经费.yaml"
SETTINGS = Settings().dated(date(2025, 1, 15))
SECTIONS = ["一、项目基本情况", "（一）项目概况", "（二）项目资金安排与使用情况", "（三）项目绩效目标",
            "二、绩效目标实现情况", "（一）产出指标完成情况", "（二）效益指标完成情况",
            "（三）满意度指标完成情况", "三、偏差原因分析及改进措施", "四、自评结论",
            "五、其他需要说明的问题"]


def _docx_text(data: bytes) -> tuple[list[str], list[list[str]]]:
    from docx import Document

    doc = Document(io.BytesIO(data))
    paragraphs = [p.text for p in doc.paragraphs if p.text.strip()]
    tables = [[c.text for row in t.rows for c in row.cells] for t in doc.tables]
    return paragraphs, tables


def _font() -> object:
    from perfdocs.render.pdf.fonts import find_cjk_font

    font = find_cjk_font(())
    if font.path is None:
        pytest.skip("no embeddable CJK font")
    return font


@pytest.fixture(scope="module")
def skills() -> dict[str, bytes]:
    prepared = prepare(SKILLS, SETTINGS)
    return dict(render_report(prepared, SETTINGS, _font()))


def test_sections_in_order(skills: dict[str, bytes]) -> None:
    paragraphs, _tables = _docx_text(skills["docx"])
    assert paragraphs[0] == "技能评价业务工作经费项目支出绩效自评报告"
    at = [paragraphs.index(s) for s in SECTIONS]
    assert at == sorted(at)
    assert paragraphs[-1] == "2025年1月15日"


def test_a_name_ending_in_xiangmu_is_not_said_twice(tmp_path: Path) -> None:
    """tester8 #15: 「基本公共卫生服务项目」 made 「…服务项目项目支出绩效自评报告」 on the report,
    its PDF and the packet's 目录."""
    from perfdocs.forms.report.report import report_title

    assert report_title("基本公共卫生服务项目") == "基本公共卫生服务项目支出绩效自评报告"
    assert report_title("技能评价业务工作经费") == "技能评价业务工作经费项目支出绩效自评报告"
    copy = tmp_path / "p.yaml"
    text = SKILLS.read_text(encoding="utf-8")  # the name the 自评 prints is its own
    assert "技能评价业务工作经费" in text
    copy.write_text(text.replace("技能评价业务工作经费", "技能评价服务项目"), encoding="utf-8")
    made = dict(render_report(prepare(copy, SETTINGS), SETTINGS, _font()))
    paragraphs, _tables = _docx_text(made["docx"])
    assert paragraphs[0] == "技能评价服务项目支出绩效自评报告"
    from tests.conftest import printed_text

    assert "技能评价服务项目支出绩效自评报告" in printed_text(made["pdf"], tmp_path, "pdf")
    assert "项目项目" not in printed_text(made["pdf"], tmp_path, "pdf")


def test_figures_are_the_calculators(skills: dict[str, bytes]) -> None:
    prepared = prepare(SKILLS, SETTINGS)
    result = prepared.result
    paragraphs, tables = _docx_text(skills["docx"])
    # seed 000: 435.82 / 429.46 万元, 执行率 98.54 (cut), 得分 9.85, 总分 92.85, 优
    funds = tables[0]
    assert funds[5:10] == ["年度资金总额", "435.82", "435.82", "429.46", "98.54"]
    assert result.execution_rate == Decimal("98.54") and result.total == Decimal("92.85")
    conclusion = tables[-1]
    assert conclusion == ["总分", "评分等级", "预算执行率(%)", "执行率得分",
                          "92.85", "优", "98.54", "9.85"]
    # one indicator table per 一级指标, each row an indicator, the 小计 its sums
    groups = tables[1:-1]
    assert len(groups) == 3
    assert sum(len(t) // 6 - 2 for t in groups) == len(result.indicators)
    for table, level1 in zip(groups, ("产出指标", "效益指标", "满意度指标"), strict=True):
        items = [i for i in result.indicators if i.level1 == level1]
        assert table[-2:] == [f"{sum(i.indicator.weight for i in items):.2f}",
                              f"{sum(i.score for i in items):.2f}"]
    text = "".join(paragraphs)
    assert "得分 83.00 分" in text and "得分 9.85 分" in text  # indicators 83 + execution 9.85


def test_deviations_gathered_from_lost_points(skills: dict[str, bytes]) -> None:
    prepared = prepare(SKILLS, SETTINGS)
    lost = [i for i in prepared.result.indicators if i.score < i.indicator.weight]
    paragraphs, _tables = _docx_text(skills["docx"])
    start = paragraphs.index("三、偏差原因分析及改进措施")
    end = paragraphs.index("四、自评结论")
    items = paragraphs[start + 2:end]
    # 98.54% spent, 9.85 of 10 (tester17 F8: the 执行率's lost points are said first)
    assert paragraphs[start + 1].startswith(
        f"预算执行率 98.54%，执行率得分 9.85 分（分值 10.00 分），扣 0.15 分；另有 {len(lost)} "
        "项指标未得满分")
    assert len(items) == len(lost)
    for line, item in zip(items, lost, strict=True):
        assert item.indicator.name in line
        assert f"扣 {item.indicator.weight - item.score:.2f} 分" in line
        assert (item.indicator.reason or "未填写") in line


def test_pdf_says_what_the_docx_says(skills: dict[str, bytes]) -> None:
    pypdf = pytest.importorskip("pypdf")
    reader = pypdf.PdfReader(io.BytesIO(skills["pdf"]))
    text = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))
    paragraphs, _tables = _docx_text(skills["docx"])
    for paragraph in paragraphs:
        assert re.sub(r"\s+", "", paragraph) in text, paragraph
    for page in reader.pages:
        for ref in page["/Resources"]["/Font"].values():
            descriptor = ref.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


PARAGRAPHS = """\
  自评报告:
    项目概况: 本项目保障全市职业技能等级评价工作。
    资金使用情况: 资金按进度拨付，专款专用。
    实现情况:
      产出指标: 各项培训、印刷和咨询任务按计划完成。
    其他需要说明的问题: 无其他事项。
"""


def _with_paragraphs(tmp_path: Path, extra: str = PARAGRAPHS) -> Path:
    text = SKILLS.read_text(encoding="utf-8")
    at = text.index("\n自评:\n") + len("\n自评:\n")
    path = tmp_path / "p.yaml"
    path.write_text(text[:at] + extra + text[at:], encoding="utf-8")
    return path


def test_given_paragraphs_replace_the_generated_ones(tmp_path: Path) -> None:
    prepared = prepare(_with_paragraphs(tmp_path), SETTINGS)
    context = report_context(prepared, SETTINGS)
    assert context["text"]["overview"] == "本项目保障全市职业技能等级评价工作。"
    assert context["text"]["other"] == "无其他事项。"
    assert context["groups"][0]["text"] == "各项培训、印刷和咨询任务按计划完成。"
    assert context["groups"][1]["text"].startswith("效益指标共 8 项")  # generated
    (note,) = report_notes(prepared.loaded)
    assert "绩效目标" in note.message and "实现情况.效益指标" in note.message
    assert "项目概况" not in note.message and "实现情况.产出指标" not in note.message


def test_validate_notes_generated_paragraphs(tmp_path: Path) -> None:
    code, output = invoke("validate", str(SKILLS), notes=True)
    assert code == 0
    assert "提示 自评.自评报告: 自评报告中以下段落未填写，将按数字生成一句话代替" in output
    assert "项目概况" in output


def test_unknown_level1_in_paragraphs_is_an_error(tmp_path: Path) -> None:
    path = _with_paragraphs(tmp_path, "  自评报告:\n    实现情况:\n      产出: 完成。\n")
    with pytest.raises(PerfdocsError) as info:
        prepare(path, SETTINGS)
    (found,) = [d for d in info.value.all_diagnostics() if d.rule == "report-level1"]
    assert found.field == "自评.自评报告.实现情况.产出" and found.line is not None


def test_user_template_wording_reaches_docx_and_pdf(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    from docx import Document

    layout = tmp_path / "mine"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", layout)
    template = layout / "自评报告.docx"
    doc = Document(str(template))
    doc.paragraphs[0].runs[0].text = "{{ project.unit }}关于{{ project.name }}的自评报告"
    doc.add_paragraph("附：本项目总分{{ total }}分（{{ grade }}）。")
    doc.save(str(template))
    prepared = prepare(SKILLS, SETTINGS, layout_name=str(layout))
    files = dict(render_report(prepared, SETTINGS, _font()))
    paragraphs, _tables = _docx_text(files["docx"])
    assert paragraphs[0] == "上海市职业技能鉴定中心关于技能评价业务工作经费的自评报告"
    assert "附：本项目总分92.85分（优）。" in paragraphs
    text = re.sub(r"\s+", "", "".join(p.extract_text() or ""
                                      for p in pypdf.PdfReader(io.BytesIO(files["pdf"])).pages))
    assert "附：本项目总分92.85分（优）。" in text


def test_template_escape_is_refused(tmp_path: Path) -> None:
    from docx import Document

    layout = tmp_path / "bad"
    shutil.copytree(ROOT / "templates" / "shanghai-2024", layout)
    template = layout / "自评报告.docx"
    doc = Document(str(template))
    doc.add_paragraph("{{ lipsum.__globals__['os'].popen('id').read() }}")
    doc.save(str(template))
    prepared = prepare(SKILLS, SETTINGS, layout_name=str(layout))
    with pytest.raises(PerfdocsError) as info:
        render_report(prepared, SETTINGS, None, ("docx",))
    assert "自评报告.docx" in str(info.value.file)


def test_values_are_escaped_for_word(tmp_path: Path) -> None:
    path = _with_paragraphs(tmp_path, "  自评报告:\n    其他需要说明的问题: \"A<B & C>D\"\n")
    prepared = prepare(path, SETTINGS)
    paragraphs, _tables = _docx_text(dict(render_report(prepared, SETTINGS, None,
                                                        ("docx",)))["docx"])
    assert "A<B & C>D" in paragraphs


def test_shipped_template_is_the_generated_one() -> None:
    from perfdocs.render.docx.report_template import build_report_template

    shipped = ROOT / "templates" / "shanghai-2024" / "自评报告.docx"
    assert shipped.read_bytes() == build_report_template()


def test_report_command(tmp_path: Path) -> None:
    code, output = invoke("report", str(SKILLS), "--out", str(tmp_path), "--date", "2025-01-15")
    assert code == 0, output
    written = sorted(p.name for p in tmp_path.rglob("*.*") if ".perfdocs-cache" not in p.parts)
    assert written == ["技能评价业务工作经费-自评报告.docx", "技能评价业务工作经费-自评报告.pdf"]
    # noted in the output folder's record, for status (as render's forms are)
    assert (tmp_path / ".perfdocs-cache" / "outputs.record").is_file()


NATIONAL = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"


@pytest.mark.parametrize("path", [SKILLS, NATIONAL], ids=["bare-rates", "rates-with-%"])
def test_percent_said_once(path: Path) -> None:
    """A 执行率 reads with exactly one "%": the sentences say it once whatever the layout's
    suffix, and each rate column puts it either on the heading (执行率(%)) or on the figures
    (89.90%), never both (national-2020 prints rates with "%", shanghai-2024 bare)."""
    pypdf = pytest.importorskip("pypdf")
    prepared = prepare(path, SETTINGS)
    rate = prepared.result.execution_rate
    rendered = dict(render_report(prepared, SETTINGS, _font()))
    paragraphs, tables = _docx_text(rendered["docx"])
    text = "".join(paragraphs)
    said = f"预算执行率 {rate:.2f}%。"
    assert "%%" not in text and text.count(said) == 2, (said, text)
    funds, conclusion = tables[0], tables[-1]
    assert funds[5] == "年度资金总额"
    for heading, cell in ((funds[4], funds[9]), (conclusion[2], conclusion[6])):
        assert cell.rstrip("%") == f"{rate:.2f}"
        assert (heading + cell).count("%") == 1, (heading, cell)
    reader = pypdf.PdfReader(io.BytesIO(rendered["pdf"]))
    pdf = re.sub(r"\s+", "", "".join(p.extract_text() or "" for p in reader.pages))
    assert "%%" not in pdf and pdf.count(said.replace(" ", "")) == 2


@pytest.mark.parametrize("example", sorted((ROOT / "data").glob("*/*.yaml")),
                         ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_the_reports_funds_rates_are_the_forms(example: Path) -> None:
    """Each funds row of the 自评报告 shows the 执行率 its 自评表 prints on that row (a 其中
    row's too where the layout prints them: the report showed only the total's), and none
    where the form shows none."""
    from perfdocs.engine.pipeline import forms_of
    from perfdocs.forms.report.report import report_context

    prepared = prepare(example, SETTINGS)
    if prepared.result is None:
        pytest.skip("no 自评 part")
    form = next(f for f in forms_of(prepared)[0] if f.kind.endswith("自评表"))
    cells = next(list(block.cells) for block in form.blocks  # the block with the funds
                 if any(c.style == "label" and "总额" in c.text for c in block.cells))
    rows = report_context(prepared, SETTINGS)["funds"]
    assert rows
    def plain(text: str) -> str:
        return text.replace("\n", "").replace("其中：", "").rstrip("：:")

    for index, row in enumerate(rows):  # type: ignore[attr-defined]
        label = next(c for c in cells if c.style == "label" and (
            plain(c.text) == plain(row["label"])
            or (index == 0 and plain(c.text).endswith("总额"))))  # hubei: 年度财政资金总额
        by_column = {c.col: c.text.removesuffix("%") for c in cells
                     if c.row == label.row and c.col > label.col}
        if index == 0:  # the total's rate is always printed: it finds the rate column
            column = next(col for col, text in by_column.items()
                          if text == row["rate"].removesuffix("%"))
        assert row["rate"].removesuffix("%") == by_column.get(column, ""), (row, by_column)


def test_the_word_report_numbers_its_pages_as_the_pdf() -> None:
    """第 X 页 共 Y 页 in the built-in template's footer (PAGE and NUMPAGES fields), as the
    report's PDF prints it; the Word copy had no footer at all (tester)."""
    import io
    import zipfile

    prepared = prepare(SKILLS, SETTINGS)
    data = dict(render_report(prepared, SETTINGS, None, ("docx",)))["docx"]
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        footers = [z.read(n).decode("utf-8") for n in z.namelist()
                   if n.startswith("word/footer")]
        document = z.read("word/document.xml").decode("utf-8")
    assert len(footers) == 1 and "footerReference" in document
    footer = footers[0]
    assert "第" in footer and "页" in footer and "共" in footer
    assert "PAGE" in footer and "NUMPAGES" in footer


def test_signature_block_and_subtotals_stay_with_what_they_close() -> None:
    """The unit name and date never stand on a page without the last paragraph, a heading
    never ends a page (tester6: 「2026年12月2日」 alone on page 3). The
    overview grows three lines at a time, so the page break falls at many places."""
    pypdf = pytest.importorskip("pypdf")
    from perfdocs.render.docx.report import render_report_docx
    from perfdocs.render.pdf.report import docx_to_pdf

    font = _font()
    prepared = prepare(SKILLS, SETTINGS)
    context = report_context(prepared, SETTINGS)
    text = {**cast(dict[str, str], context["text"]), "other": "无其他事项。"}
    context["text"] = text
    unit, day = prepared.project.unit, "2025年1月15日"
    for lines in range(0, 44, 3):
        text["overview"] = "本项目保障全市职业技能等级评价工作，" * (2 * lines) + "完。"
        docx, _where = render_report_docx(context, prepared.layout, stamp=SETTINGS.stamp)
        pdf = docx_to_pdf(docx, font, stamp=SETTINGS.stamp)  # type: ignore[arg-type]
        pages = [[line.strip() for line in (page.extract_text() or "").splitlines()
                  if line.strip()] for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]
        last = pages[-1]
        assert day in last and unit in last and "无其他事项。" in last, (lines, last)
        assert "五、其他需要说明的问题" in last, (lines, last)
        for page in pages[:-1]:
            assert not re.match(r"[一二三四五]、", page[-2]), (lines, page)


def test_a_table_is_not_broken_before_its_last_row(tmp_path: Path) -> None:
    """A page never holds a table's repeated header and only its last (小计) row: the filled
    report keeps the last row with the one before it, in Word (与下段同页) and in the PDF
    (tester6: the 产出指标 table went on with its header repeated for the 小计 alone)."""
    pypdf = pytest.importorskip("pypdf")
    from docx import Document
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from perfdocs.render.docx.jinja import fill_docx
    from perfdocs.render.pdf.report import docx_to_pdf

    font = _font()
    for filler in range(0, 40, 2):
        doc = Document()
        for _ in range(filler):
            doc.add_paragraph("填充段落")
        table = doc.add_table(rows=12, cols=2)
        table.style = None
        table.rows[0]._tr.get_or_add_trPr().append(parse_xml(f"<w:tblHeader {nsdecls('w')}/>"))
        table.rows[0].cells[0].text = "二级指标"
        for row in range(1, 11):
            table.rows[row].cells[0].text = f"第{row}行"
        table.rows[11].cells[0].text = "小计"
        out = io.BytesIO()
        doc.save(out)
        filled = fill_docx(out.getvalue(), {}, where="t", stamp=SETTINGS.stamp)
        marked = Document(io.BytesIO(filled)).tables[0].rows[10]._tr.xml
        assert "<w:keepNext/>" in marked
        pdf = docx_to_pdf(filled, font, stamp=SETTINGS.stamp)  # type: ignore[arg-type]
        for page in pypdf.PdfReader(io.BytesIO(pdf)).pages:
            lines = [line.strip() for line in (page.extract_text() or "").splitlines()
                     if line.strip()]
            assert lines[:2] != ["二级指标", "小计"], (filler, lines)
