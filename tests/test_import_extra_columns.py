"""What a reviewer writes in a layout's extra column (备注 …) comes back on import.

A layout may add columns the national form lacks (whole-2019 prints 备注). Import, ``import
--into`` and therefore the correction workflow read them by their printed heading, so a
returned workbook's 备注 is merged like any other field instead of being dropped silently.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl
import yaml

from tests.conftest import ROOT, invoke

EXAMPLE = next((ROOT / "data" / "whole-2019").glob("*.yaml"))


def rendered(tmp_path: Path) -> tuple[Path, Path]:
    project = tmp_path / "p.yaml"
    shutil.copy(EXAMPLE, project)
    code, out = invoke("render", str(project), "--out", str(tmp_path / "o"), "--format", "xlsx")
    assert code == 0, out
    (book,) = (tmp_path / "o").rglob("*.xlsx")
    return project, book


def remarks(tree: dict) -> list[str]:
    return [item["备注"] for groups in tree["自评"]["绩效指标"].values()
            for items in groups.values() for item in items if "备注" in item]


def test_import_reads_the_remark_column(tmp_path: Path) -> None:
    project, book = rendered(tmp_path)
    code, out = invoke("import", str(book), "-o", str(tmp_path / "back.yaml"))
    assert code == 0, out
    ours = yaml.safe_load(project.read_text(encoding="utf-8"))
    back = yaml.safe_load((tmp_path / "back.yaml").read_text(encoding="utf-8"))
    assert remarks(ours) and remarks(back) == remarks(ours)


def test_a_reviewers_remark_is_merged_into_the_file(tmp_path: Path) -> None:
    project, book = rendered(tmp_path)
    before = project.read_text(encoding="utf-8")
    first = remarks(yaml.safe_load(before))[0]
    workbook = openpyxl.load_workbook(book)
    cells = [c for row in workbook.active.iter_rows() for c in row if c.value == first]
    assert len(cells) == 1
    cells[0].value = first + "（已核实）"
    edited = tmp_path / "退回.xlsx"
    workbook.save(edited)
    code, out = invoke("import", str(edited), "--into", str(project), "--yes")
    assert code == 0, out
    after = project.read_text(encoding="utf-8")
    gone = [line for line in before.splitlines() if line not in after.splitlines()]
    new = [line for line in after.splitlines() if line not in before.splitlines()]
    assert [line.strip() for line in gone] == [f"备注: {first}"]
    assert [line.strip() for line in new] == [f"备注: {first}（已核实）"]
