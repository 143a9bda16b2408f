"""The rendered forms against the seeds, row by row and cell by cell.

For every project of every seed form, the rendered workbook's indicator table is read by its
header row, and each row's cells — 三级指标, 年度指标值, 实际完成值, 分值, 得分, 偏差原因分析及改进措施
(or, on the 申报表, 三级指标 and 年度指标值) — must follow one another in the seed's text exactly
in the form's column order, the rows in the seed's order. A swapped pair of columns, a row out of
place, a figure printed with other places or a lost reason fails here. The funds row is compared
figure by figure in column order, and the header row must read as the seed's.

The seed texts were extracted from PDF and spreadsheet files, so whitespace is dropped before
comparing, full-width brackets read as ASCII ones and ">=" as "≥". Seed 002's extraction moved
some merged labels into the middle of the rows they span; there an indicator's name has to be
found in the seed as a subsequence (its characters in order) instead of as one run.

The display of a numeric cell is computed here from its number format, independently of
perfdocs' own code, and an unknown number format fails the test rather than being guessed.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from decimal import Decimal

import openpyxl
import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT

SEEDS = ROOT.parent / "shared" / "seeds"
DATA = ROOT / "data"


@dataclass(frozen=True)
class Case:
    """One project of one seed form and the bundled file that reproduces it."""

    seed: str
    form: str
    yaml: str
    name_in_seed: str        # the 项目名称 the seed prints (the 自评表 may word it differently)
    names_adjacent: bool     # False where the extraction split merged labels into the rows

    def __str__(self) -> str:
        return f"{self.seed[:3]}-{self.name_in_seed}"


CASES = [
    Case("000_6193b3324f07b683.txt", "自评表", "2024/职业培训基础能力建设资助.yaml",
         "职业培训基础能力建设资助", True),
    Case("000_6193b3324f07b683.txt", "自评表", "2024/第48届世赛筹办场地经理跟岗学习经费.yaml",
         "第48届世赛筹办场地经理跟岗学习经费", True),
    Case("000_6193b3324f07b683.txt", "自评表", "2024/技能评价业务经费.yaml",
         "技能评价业务工作经费", True),
    Case("001_adc817c656536843.txt", "申报表", "2024/职业培训基础能力建设资助.yaml",
         "职业培训基础能力建设资助", True),
    Case("001_adc817c656536843.txt", "申报表", "2024/技能评价业务经费.yaml",
         "技能评价业务经费", True),
    Case("002_b0f035bffe8d720e.txt", "自评表", "2021/高技能人才工作专项.yaml",
         "高技能人才工作专项", False),
    Case("002_b0f035bffe8d720e.txt", "自评表", "2021/职业培训基础能力建设资助.yaml",
         "职业培训基础能力建设资助", False),
    Case("003_47efb21861c60971.txt", "自评表", "2020/职业培训基础能力建设资助.yaml",
         "职业培训基础能力建设资助", True),
    Case("003_47efb21861c60971.txt", "自评表", "2020/促进就业专项资金.yaml",
         "促进就业专项资金", True),
    Case("003_47efb21861c60971.txt", "自评表", "2020/高技能人才培养基地建设资助.yaml",
         "高技能人才培养基地建设资助", True),
    Case("004_37d80e5757fb3bbb.txt", "绩效目标表", "2020/筹办第46届世界技能大赛.yaml",
         "筹办第46届世界技能大赛", True),
    Case("004_37d80e5757fb3bbb.txt", "绩效目标表", "2020/促进就业专项资金.yaml",
         "促进就业专项资金", True),
    Case("004_37d80e5757fb3bbb.txt", "绩效目标表", "2020/职业培训基础能力建设资助.yaml",
         "职业培训基础能力建设资助", True),
    Case("004_37d80e5757fb3bbb.txt", "绩效目标表", "2020/促进就业专项业务费.yaml",
         "促进就业专项业务费", True),
]

TITLES = {"自评表": "财政项目支出绩效自评表", "申报表": "财政项目支出绩效目标申报表",
          "绩效目标表": "财政项目支出绩效目标表"}
# The columns whose cells are compared, in the order the form prints them.
ROW_COLUMNS = {
    "自评表": ("三级指标", "年度指标值", "实际完成值", "分值", "得分"),
    "申报表": ("三级指标", "年度(/项目)指标值"),
    "绩效目标表": ("三级目标", "指标目标值"),
}
REASON = "偏差原因分析及改进措施"


def norm(text: str) -> str:
    """Text as compared: no whitespace, ASCII brackets, the official ≥/≤."""
    text = re.sub(r"\s", "", text)
    text = text.replace("（", "(").replace("）", ")").replace("：", ":")
    return text.replace(">=", "≥").replace("<=", "≤")


def seed_section(case: Case) -> str:
    """The seed's text of the one form that prints this project's name."""
    path = SEEDS / case.seed
    if not path.exists():
        pytest.skip("seed texts are not beside the repository")
    text = path.read_text(encoding="utf-8")
    for part in text.split(TITLES[case.form])[1:]:
        if norm(part[:400]).replace("项目名称:", "项目名称").find(
                "项目名称" + norm(case.name_in_seed)) >= 0:
            return part
    raise AssertionError(f"{case.name_in_seed} is not in {case.seed}")


# --- reading the workbook as it shows ----------------------------------------------------

def shown(value: object, number_format: str) -> str:
    """What Excel shows for a cell, for the number formats a form may use."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise AssertionError(f"unexpected cell value {value!r}")
    number = Decimal(repr(value))
    if number_format == "General":
        text = format(number.normalize(), "f")
        return text
    match = re.fullmatch(r'(#,##)?0(?:\.(0+))?(%|"%"|\\%)?', number_format)
    if not match:
        raise AssertionError(f"number format {number_format!r} is not known to this test")
    places = len(match.group(2) or "")
    suffix = match.group(3) or ""
    if suffix == "%":
        number *= 100
    quantum = Decimal(1).scaleb(-places)
    text = format(number.quantize(quantum), ",f" if match.group(1) else "f")
    return text + ("%" if suffix else "")


def sheet_rows(data: bytes) -> list[list[str]]:
    """The first sheet's rows as shown, merged cells giving their value to the top-left only."""
    workbook = openpyxl.load_workbook(io.BytesIO(data))
    sheet = workbook.worksheets[0]
    return [[shown(cell.value, cell.number_format) for cell in row]
            for row in sheet.iter_rows()]


def rendered_rows(case: Case) -> list[list[str]]:
    settings = Settings()
    prepared = prepare(DATA / case.yaml, settings)
    forms, _ = forms_of(prepared, (case.form,))
    assert len(forms) == 1
    return sheet_rows(render_format("xlsx", forms, settings, None, case.yaml))


@dataclass
class Table:
    """The indicator table of a rendered sheet: its header and one dict per indicator row."""

    header: list[str]
    rows: list[dict[str, str]]
    total: list[str]


def indicator_table(rows: list[list[str]], form: str) -> Table:
    at = next(i for i, row in enumerate(rows)
              if {"三级指标", "三级目标"} & {norm(c) for c in row})
    header_cells = rows[at]
    columns: dict[str, int] = {}
    header: list[str] = []
    for index, cell in enumerate(header_cells):
        label = norm(cell)
        if label and label not in columns and label != norm("绩\n效\n指\n标"):
            columns[label] = index
            header.append(label)
    table_rows: list[dict[str, str]] = []
    total: list[str] = []
    for row in rows[at + 1:]:
        texts = [norm(c) for c in row]
        if "总分" in texts:
            total = [c for c in texts if c]
            break
        if not any(texts):
            continue
        table_rows.append({label: row[index] for label, index in columns.items()})
    return Table(header, table_rows, total)


def is_subsequence(needle: str, haystack: str) -> bool:
    letters = iter(haystack)
    return all(ch in letters for ch in needle)


# --- the tests ---------------------------------------------------------------------------

@pytest.mark.parametrize("case", CASES, ids=str)
def test_header_row_reads_as_on_the_seed(case: Case) -> None:
    table = indicator_table(rendered_rows(case), case.form)
    seed = norm(seed_section(case))
    assert "".join(table.header) in seed, table.header
    for label in ROW_COLUMNS[case.form]:
        assert norm(label) in table.header


@pytest.mark.parametrize("case", CASES, ids=str)
def test_every_indicator_row_has_the_seeds_cells_in_the_seeds_order(case: Case) -> None:
    table = indicator_table(rendered_rows(case), case.form)
    seed = norm(seed_section(case))
    columns = [norm(label) for label in ROW_COLUMNS[case.form]]
    name, figures = columns[0], columns[1:]
    assert len(table.rows) >= 5
    position = 0
    for row in table.rows:
        run = "".join(norm(row[label]) for label in figures)
        indicator = norm(row[name])
        if case.names_adjacent:
            found = seed.find(indicator + run, position)
            assert found >= 0, (f"{row[name]}: {indicator + run} not found in the seed after "
                                f"{seed[max(0, position - 40):position]!r}")
            position = found + len(indicator + run)
        else:
            found = seed.find(run, position)
            assert found >= 0, f"{row[name]}: {run} not found in the seed after position {position}"
            assert is_subsequence(indicator, seed[position:found]), row[name]
            position = found + len(run)
        reason = norm(row.get(norm(REASON), ""))
        if reason and seed.startswith(reason, position):
            position += len(reason)
        elif reason:
            # The extraction tore the reason apart (seeds 002, 003): its halves lie near the row.
            window = seed[max(0, found - 300):position + 3 * len(reason) + 100]
            assert any(reason[:k] in window and reason[k:] in window
                       for k in range(1, len(reason))), f"{row[name]}: reason {reason}"


# Slips of the paper forms (FORMS.md): seed 003 prints totals that are not the sums of its own
# printed scores. The form states the sum; the seed's figure is kept here to show it is the slip.
TOTAL_SLIPS = {
    "003-促进就业专项资金": ("97", "97.2"),
    "003-高技能人才培养基地建设资助": ("95", "95.4"),
}


@pytest.mark.parametrize("case", [c for c in CASES if c.form == "自评表"], ids=str)
def test_total_row_reads_as_on_the_seed(case: Case) -> None:
    table = indicator_table(rendered_rows(case), case.form)
    seed = norm(seed_section(case))
    assert table.total[0] == "总分"
    printed_sum = sum(Decimal(row["得分"]) for row in table.rows)
    execution = figures_of([c for c in next(
        r for r in rendered_rows(case) if any(norm(x).startswith("年度资金总额") for x in r))
        if not norm(c).startswith("年度资金总额")])[-1]
    assert Decimal(table.total[-1]) == printed_sum + execution
    if str(case) in TOTAL_SLIPS:
        on_seed, ours = TOTAL_SLIPS[str(case)]
        assert seed.endswith(f"总分{table.total[1]}{on_seed}") or \
            f"总分{table.total[1]}{on_seed}" in seed
        assert table.total[-1] == ours
    else:
        assert "".join(table.total) in seed


FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?%?")


def figures_of(texts: list[str]) -> list[Decimal]:
    values = []
    for text in texts:
        for token in FIGURE.findall(text.replace("：", " ")):
            values.append(Decimal(token.replace(",", "").rstrip("%")))
    return values


@pytest.mark.parametrize("case", [c for c in CASES if c.form == "自评表"], ids=str)
def test_funds_row_has_the_seeds_figures_in_column_order(case: Case) -> None:
    """年初预算数, 全年预算数, 全年执行数, 分值, 执行率, 得分 of the 年度资金总额 row."""
    rows = rendered_rows(case)
    ours = next(row for row in rows if any(norm(c).startswith("年度资金总额") for c in row))
    line = next(line for line in seed_section(case).splitlines()
                if norm(line).startswith("年度资金总额"))
    seed_figures = figures_of([line.split("总额", 1)[1]])
    our_figures = figures_of([c for c in ours if not norm(c).startswith("年度资金总额")])
    assert our_figures == seed_figures


def test_a_swapped_pair_of_columns_is_caught() -> None:
    """The row check itself fails when 分值 and 得分 trade places (a mutant of the renderer)."""
    case = CASES[0]
    table = indicator_table(rendered_rows(case), case.form)
    seed = norm(seed_section(case))
    swapped = ["三级指标", "年度指标值", "实际完成值", "得分", "分值"]
    misses = 0
    for row in table.rows:
        run = "".join(norm(row[label]) for label in swapped[1:])
        misses += seed.find(run) < 0
    assert misses > 0


def test_our_cell_display_reads_number_formats_as_excel_does() -> None:
    assert shown(13.04, '0.00"%"') == "13.04%"
    assert shown(0.1304, "0.00%") == "13.04%"
    assert shown(8600.0, "#,##0.00") == "8,600.00"
    assert shown(1.3, "General") == "1.3"
    assert shown(10.0, "General") == "10"
    with pytest.raises(AssertionError):
        shown(1.0, "0.0E+00")



def pdf_text(case: Case, tmp_path_factory: pytest.TempPathFactory) -> str:
    """Our PDF of the case's form as pdftotext reads it (content order), whitespace dropped."""
    import shutil
    import subprocess

    from perfdocs.render.pdf.fonts import find_cjk_font

    tool = shutil.which("pdftotext")
    if tool is None:
        pytest.skip("pdftotext is not installed")
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font: pdftotext cannot read the built-in CID font here")
    settings = Settings()
    prepared = prepare(DATA / case.yaml, settings)
    forms, _ = forms_of(prepared, (case.form,))
    path = tmp_path_factory.mktemp("pdf") / "form.pdf"
    path.write_bytes(render_format("pdf", forms, settings, font, case.yaml))
    text = subprocess.run([tool, "-raw", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return norm(text)


@pytest.mark.parametrize("case", CASES, ids=str)
def test_pdf_reads_every_row_in_the_seeds_order(case: Case,
                                                tmp_path_factory: pytest.TempPathFactory) -> None:
    """In our PDF's reading order, each row's figures follow one another as on the seed.

    The rows are those of the workbook (checked against the seed above); here the PDF must give
    the same cells, adjacent and in column order, row after row — a PDF that draws a column in
    the wrong place or a row out of turn fails.
    """
    table = indicator_table(rendered_rows(case), case.form)
    ours = pdf_text(case, tmp_path_factory)
    figures = [norm(label) for label in ROW_COLUMNS[case.form]][1:]
    position = 0
    for row in table.rows:
        run = "".join(norm(row[label]) for label in figures)
        found = ours.find(run, position)
        assert found >= 0, f"{row['三级指标']}: {run} not in our PDF after {ours[position - 40:position]!r}"
        position = found + len(run)
