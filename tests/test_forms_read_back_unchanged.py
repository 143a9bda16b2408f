"""Every bundled layout's own form, read back untouched, is the file it was printed from
(tester13 F2): a yunnan-2022 自评表's header 「部门：某县教育局（本级）」 was read NFKC-folded as
某县教育局(本级), taken for a new 填报信息.实施单位, and ``diff`` of the untouched form said
「（新增）」 with status 1; ``import --into`` wrote it and the next form printed ASCII brackets.
Each example's 实施单位 is given full-width brackets, which every header or signature line
that prints the unit carries."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.layouts.examples import bundled_examples
from perfdocs.loading.settings import Settings
from tests.conftest import invoke

UNIT = "某县教育局（本级）"


def _examples() -> dict[str, Path]:
    """One example per bundled layout (the first by name)."""
    found: dict[str, Path] = {}
    for example in bundled_examples(Settings.layout):
        found.setdefault(example.layout, example.path)
    return found


def _copy(layout: str, folder: Path) -> Path:
    """The layout's example with its unit renamed (wherever the file names it: 实施单位,
    a 申报单位名称); its targets as typed (">=90%", which the form prints "≥90%")."""
    example = next(e for e in bundled_examples(Settings.layout) if e.path == _examples()[layout])
    text = example.copy_text()
    (unit,) = [line.split(":", 1)[1].strip() for line in text.splitlines()
               if line.startswith("实施单位:")]
    copy = folder / example.path.name
    copy.write_text(text.replace(unit, UNIT), encoding="utf-8")
    return copy


@pytest.mark.parametrize("layout", sorted(_examples()))
def test_untouched_form_reads_back_unchanged(layout: str, tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    project = _copy(layout, tmp_path)
    code, output = invoke("render", str(project), "--format", "xlsx", "--out", "out")
    assert code == 0, output
    books = sorted((tmp_path / "out").rglob("*.xlsx"))
    assert books
    for book in books:
        code, output = invoke("diff", str(project), str(book))
        assert code == 0, (book.name, output)
        assert "填报信息" not in output and "(本级)" not in output, output


def test_yunnan_form_imported_keeps_the_units_brackets(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """import -o of the form: no 填报信息 invented; import --into: nothing to change."""
    monkeypatch.chdir(tmp_path)
    project = _copy("yunnan-2022", tmp_path)
    assert invoke("render", str(project), "--format", "xlsx", "--out", "out")[0] == 0
    (book,) = (tmp_path / "out").rglob("*自评表.xlsx")
    target = tmp_path / "new.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 0, output
    text = target.read_text(encoding="utf-8")
    assert f"实施单位: {UNIT}\n" in text and "填报信息" not in text and "(本级)" not in text
    before = project.read_bytes()
    code, output = invoke("import", str(book), "--into", str(project), "--yes")
    assert code == 0 and "没有需要改动的内容" in output, output
    assert project.read_bytes() == before
