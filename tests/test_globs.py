"""Globs perfdocs expands itself (Windows cmd leaves ``*.yaml`` to the program): the files
come in the order Explorer lists them, so a unit's projects 1…12 reach the 汇总表 as 1, 2,
… 12 and not 1, 10, 11, 12, 2."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.cli.globs import expand_globs
from perfdocs.files.order import natural_key


def test_numbered_project_files_come_in_explorer_order(tmp_path: Path) -> None:
    names = ["项目10.yaml", "项目2.yaml", "项目1.yaml", "项目11.yaml", "b.yaml", "a2b.yaml",
             "a10b.yaml"]
    for name in names:
        (tmp_path / name).write_text("", encoding="utf-8")
    found = [Path(p).name for p in expand_globs([str(tmp_path / "*.yaml")])]
    assert found == ["a2b.yaml", "a10b.yaml", "b.yaml", "项目1.yaml", "项目2.yaml",
                     "项目10.yaml", "项目11.yaml"]


def test_names_given_one_by_one_keep_the_order_typed(tmp_path: Path) -> None:
    for name in ("2.yaml", "10.yaml"):
        (tmp_path / name).write_text("", encoding="utf-8")
    typed = [str(tmp_path / "10.yaml"), str(tmp_path / "2.yaml")]
    assert expand_globs(typed) == typed
    assert expand_globs([str(tmp_path / "nothing*.yaml")]) == [str(tmp_path / "nothing*.yaml")]


@pytest.mark.parametrize(("names", "ordered"), [
    (["p10", "p9", "p1"], ["p1", "p9", "p10"]),
    (["2024/p2", "2023/p10"], ["2023/p10", "2024/p2"]),  # the folder's number first
    (["x", "1x", "x1"], ["1x", "x", "x1"]),  # digits and text never compared as equals
    (["v1.10", "v1.9", "v1.09"], ["v1.09", "v1.9", "v1.10"]),
])
def test_natural_key(names: list[str], ordered: list[str]) -> None:
    assert sorted(names, key=natural_key) == ordered
