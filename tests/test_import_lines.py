"""A layout's header and footer lines (单位名称 / 填报人 / 联系电话 / 填报日期 …) come back on import.

Every bundled layout that prints such lines is rendered from its example, imported, and the
imported project must print the very same lines (and hold the same ``填报信息``). Values that
perfdocs.toml's ``[unit]`` or the project's header would supply anyway stay out of the file;
a reviewer's correction of a line is merged by ``import --into``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import pytest
import yaml

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.importer.workbooks import import_workbooks
from perfdocs.layouts.layout import available, read_layout
from perfdocs.loading.settings import Settings, UnitInfo
from perfdocs.render.xlsx.writer import render_xlsx
from tests.conftest import ROOT, invoke


def _layouts_with_lines() -> list[str]:
    names = []
    for name, folder in sorted(available(()).items()):
        layout = read_layout(folder)
        if any(f.header_lines or f.footer_lines for f in layout.forms.values()):
            names.append(name)
    return names


WITH_LINES = _layouts_with_lines()


def _example(name: str) -> Path:
    examples = sorted((ROOT / "data" / name).glob("*.yaml"))
    assert examples, f"版式 {name} 没有 data/{name}/ 下的示例"
    return examples[0]


def _lines(path: Path, settings: Settings) -> list[tuple[str, str]]:
    prepared = prepare(path, settings)
    kinds = tuple(prepared.layout.forms)
    forms, _ = forms_of(prepared, kinds)
    return [(form.header, form.footer) for form in forms]  # type: ignore[attr-defined]


def _render(example: Path, tmp_path: Path) -> list[Path]:
    project = tmp_path / example.name
    shutil.copy(example, project)
    code, out = invoke("render", str(project), "--out", str(tmp_path / "o"), "--format", "xlsx")
    assert code == 0, out
    return sorted((tmp_path / "o").rglob("*.xlsx"))


def test_the_shipped_layouts_with_lines_are_covered() -> None:
    """The lines this file tests are not an empty set (hubei-2020 heads, steps-2022 signs)."""
    assert {"hubei-2020", "steps-2022"} <= set(WITH_LINES)


@pytest.mark.parametrize("name", WITH_LINES)
def test_render_import_prints_the_same_lines(name: str, tmp_path: Path) -> None:
    example = _example(name)
    books = _render(example, tmp_path)
    back = tmp_path / "back.yaml"
    code, out = invoke("import", *map(str, books), "-o", str(back))
    assert code == 0, out
    ours = yaml.safe_load(example.read_text(encoding="utf-8"))
    theirs = yaml.safe_load(back.read_text(encoding="utf-8"))
    assert theirs.get("填报信息") == ours.get("填报信息")
    settings = Settings()
    printed = _lines(example, settings)
    assert any(header or footer for header, footer in printed)
    assert _lines(back, settings) == printed


def test_values_from_the_unit_settings_stay_out_of_the_file(tmp_path: Path) -> None:
    """填报人 and 联系电话 printed from perfdocs.toml's [unit] are not copied into the file;
    a value typed in the workbook's blank room is read."""
    example = _example("steps-2022")
    project = tmp_path / "p.yaml"
    text = example.read_text(encoding="utf-8")
    start = text.index("填报信息:")
    end = text.index("\n\n", start)
    project.write_text(text[:start] + text[end + 2:], encoding="utf-8")  # no 填报信息 at all
    unit = UnitInfo(preparer="王芳", phone="010-1234 5678")
    settings = Settings(unit=unit)
    prepared = prepare(project, settings)
    forms, _ = forms_of(prepared, ("自评表",))
    assert "填报人：王芳" in forms[0].footer  # type: ignore[attr-defined]
    book = tmp_path / "form.xlsx"
    book.write_bytes(render_xlsx(forms))  # type: ignore[arg-type]
    imported = import_workbooks([book], settings)
    assert "填报信息" not in imported.tree
    # the same workbook on a machine without [unit]: the names are now only in the form
    imported = import_workbooks([book], Settings())
    assert imported.tree["填报信息"] == {"填报人": "王芳", "联系电话": "010-1234 5678"}


def test_a_line_filled_in_by_hand_is_read(tmp_path: Path) -> None:
    example = _example("steps-2022")
    (book,) = _render(example, tmp_path)
    workbook = openpyxl.load_workbook(book)
    sheet = workbook.active
    (cell,) = [c for row in sheet.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("填报单位（盖章）")]
    cell.value = cell.value.replace("联系电话：027-8888 0000", "联系电话: 027-6666 1234")
    edited = tmp_path / "退回.xlsx"
    workbook.save(edited)
    imported = import_workbooks([edited], Settings())
    assert imported.tree["填报信息"]["联系电话"] == "027-6666 1234"
    assert imported.tree["填报信息"]["填报人"] == "刘洋"
    assert (imported.address_of(("填报信息", "联系电话")) or "").endswith(cell.coordinate)


def test_import_into_merges_a_corrected_line(tmp_path: Path) -> None:
    example = _example("steps-2022")
    project = tmp_path / "p.yaml"
    shutil.copy(example, project)
    code, out = invoke("render", str(project), "--out", str(tmp_path / "o"), "--format", "xlsx")
    assert code == 0, out
    (book,) = (tmp_path / "o").rglob("*.xlsx")
    workbook = openpyxl.load_workbook(book)
    (cell,) = [c for row in workbook.active.iter_rows() for c in row
               if isinstance(c.value, str) and c.value.startswith("填报单位（盖章）")]
    cell.value = cell.value.replace("刘洋", "刘洋、陈静")
    edited = tmp_path / "退回.xlsx"
    workbook.save(edited)
    before = project.read_text(encoding="utf-8")
    code, out = invoke("import", str(edited), "--into", str(project), "--yes")
    assert code == 0, out
    after = project.read_text(encoding="utf-8")
    gone = [line.strip() for line in before.splitlines() if line not in after.splitlines()]
    new = [line.strip() for line in after.splitlines() if line not in before.splitlines()]
    assert gone == ["填报人: 刘洋"] and new == ["填报人: 刘洋、陈静"]


def test_a_plain_national_form_is_not_taken_for_a_signed_variant(tmp_path: Path) -> None:
    """national-2020 and steps-2022 print the same table labels; a 2022 national form (no
    signature line) imports as national-2020, the signed one as steps-2022."""
    example = _example("national-2020")
    project = tmp_path / "national.yaml"
    text = example.read_text(encoding="utf-8")
    project.write_text(text.replace("年度: 2023", "年度: 2022"), encoding="utf-8")
    settings = Settings()
    prepared = prepare(project, settings)
    forms, _ = forms_of(prepared, ("自评表",))
    book = tmp_path / "national.xlsx"
    book.write_bytes(render_xlsx(forms))  # type: ignore[arg-type]
    assert import_workbooks([book], settings).layout == "national-2020"
    (tmp_path / "steps").mkdir()
    (signed,) = _render(_example("steps-2022"), tmp_path / "steps")
    assert import_workbooks([signed], settings).layout == "steps-2022"


def test_the_runs_filing_date_is_no_reviewers_change(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """tester11 F2: a form printed with the run's date (packet --date, [render]
    document_date) for a project writing no 填报日期 came back with 「填报信息 › 填报日期:
    （新增）2026年3月15日」 in diff and import --into, the date frozen into the file and
    「填报信息」 in the suggested 修订 reason. A 填报日期 the file writes stays comparable."""
    example = _example("steps-2022")
    project = tmp_path / "p.yaml"
    project.write_text(example.read_text(encoding="utf-8").replace(
        "  填报日期: 2023年3月15日\n", ""), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    (tmp_path / "perfdocs.toml").write_text("[render]\ndocument_date = 2026-03-15\n",
                                            encoding="utf-8")
    code, out = invoke("render", str(project), "--out", str(tmp_path / "o"), "--format", "xlsx")
    assert code == 0, out
    (tmp_path / "perfdocs.toml").unlink()  # the return is merged on another day
    (book,) = (tmp_path / "o").rglob("*.xlsx")
    workbook = openpyxl.load_workbook(book)
    cells = [c for row in workbook.active.iter_rows() for c in row]
    assert any(isinstance(c.value, str) and "2026年3月15日" in c.value for c in cells)
    (signed,) = [c for c in cells if isinstance(c.value, str)
                 and c.value.startswith("填报单位（盖章）")]
    edited = tmp_path / "退回.xlsx"
    workbook.save(edited)
    code, out = invoke("diff", str(project), str(edited))
    assert code == 0 and "填报日期" not in out, out
    signed.value = signed.value.replace("刘洋", "刘洋、陈静")  # a reviewer's own change
    workbook.save(edited)
    code, out = invoke("diff", str(project), str(edited))
    assert code == 1 and "填报人" in out and "填报日期" not in out, out
    code, out = invoke("import", str(edited), "--into", str(project), "--yes")
    assert code == 0, out
    text = project.read_text(encoding="utf-8")
    assert "填报人: 刘洋、陈静" in text and "填报日期" not in text, text
    # a 填报日期 the file writes is the file's: a form printing another is a change
    project.write_text(text.replace("填报人: 刘洋、陈静", "填报人: 刘洋、陈静\n  填报日期: 2026年3月1日"),
                       encoding="utf-8")
    code, out = invoke("diff", str(project), str(edited))
    assert code == 1 and "2026年3月1日" in out and "2026年3月15日" in out, out
