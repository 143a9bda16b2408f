"""An amount cell of a returned form holding a clerk's "none" says 「没有资金请写 0」, as the
same figure in a project file does (model/numbers.NO_FUNDS): it said a bare 「不是数字」 /
「不是金额」. A lone 「/」「—」「－」「无」 is what forms print in an empty box and reads as blank
(forms/sheet.BLANK); 「——」「暂无」「N/A」 were the ones refused without the hint. Other
words get no hint."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from perfdocs.errors import ValidationFailed
from perfdocs.importer.workbooks import import_workbooks
from perfdocs.loading.settings import load_settings
from perfdocs.model.numbers import NO_FUNDS, NumberError, parse_amount
from tests.conftest import SMALL_PROJECT, invoke
from tests.test_import_target import handmade_target


@pytest.fixture(scope="module")
def form(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The small project's 自评表 as perfdocs renders it."""
    folder = tmp_path_factory.mktemp("form")
    (folder / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, output = invoke("render", str(folder / "p.yaml"), "--out", str(folder / "out"),
                          "--format", "xlsx")
    assert code == 0, output
    (book,) = (folder / "out").rglob("*.xlsx")
    return book


def _problems(book: Path) -> set[tuple[str | None, str]]:
    with pytest.raises(ValidationFailed) as caught:
        import_workbooks([book], load_settings(None))
    return {(d.field, d.message) for d in caught.value.diagnostics}


def _typed(form: Path, target: Path, row_name: str, column: str, text: str) -> str:
    """``form`` with ``text`` in ``column`` of the row named ``row_name``, saved as
    ``target``; the cell's address."""
    book = openpyxl.load_workbook(form)
    sheet = book.worksheets[0]
    cells = [c for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    row = next(c.row for c in cells if c.value.replace("\n", "").strip() == row_name)
    col = next(c.column for c in cells if c.value.replace("\n", "").strip() == column)
    sheet.cell(row, col).value = text
    book.save(target)
    return f"{sheet.title}!{sheet.cell(row, col).coordinate}"


@pytest.mark.parametrize("text", ["——", "暂无", "N/A", "//"])
def test_a_none_in_a_funds_cell_says_write_0(form: Path, tmp_path: Path, text: str) -> None:
    book = tmp_path / "b.xlsx"
    address = _typed(form, book, "其他资金", "全年执行数", text)
    assert (address, f"全年执行数「{text}」不是数字（{NO_FUNDS}）") in _problems(book)
    with pytest.raises(NumberError) as typed:  # the words a project file gets
        parse_amount(text, "万元")
    assert f"（{NO_FUNDS}）" in str(typed.value)


def test_other_words_and_scores_get_no_such_hint(form: Path, tmp_path: Path) -> None:
    book = tmp_path / "b.xlsx"
    address = _typed(form, book, "其他资金", "全年执行数", "六十")
    assert (address, "全年执行数「六十」不是数字") in _problems(book)


def test_a_none_in_a_target_form_amount(tmp_path: Path) -> None:
    book = handmade_target(tmp_path / "t.xlsx", year_budget="——")
    assert ("目标表!E14", f"「——」不是金额（{NO_FUNDS}）") in _problems(book)
