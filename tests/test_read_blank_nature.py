"""A 申报表 printed for a project without the optional 项目性质 reads back (tester10 #1).

The form prints the 项目性质/项目属性 box empty; ``check``, ``diff`` and ``import --into``
refused the form perfdocs had made (「「项目属性」右边没有填写内容」, exit 2), and with it every
sheet of a returned 汇总表 whose project left the box blank.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import ROOT, invoke

# the bundled examples of the layouts whose 申报表 prints the box
EXAMPLES = [ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml",
            ROOT / "data" / "2024" / "技能评价业务经费.yaml"]


def _without_nature(example: Path, folder: Path) -> Path:
    text = example.read_text(encoding="utf-8")
    bare, n = re.subn(r"(?m)^  项目性质: .*\n", "", text)
    assert n == 1, example
    target = folder / example.name
    target.write_text(bare, encoding="utf-8")
    return target


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda p: p.parent.name)
def test_a_declaration_without_nature_is_read_back(tmp_path: Path, example: Path) -> None:
    pytest.importorskip("openpyxl")
    source = _without_nature(example, tmp_path)
    out = tmp_path / "out"
    code, output = invoke("render", str(source), "--form", "申报表", "-f", "xlsx", "-o", str(out))
    assert code == 0, output
    (xlsx,) = out.rglob("*申报表.xlsx")

    code, output = invoke("check", str(xlsx))
    assert code == 0, output
    assert "右边没有填写内容" not in output and "未发现问题" in output

    code, output = invoke("diff", str(source), str(xlsx))
    assert code == 0, output
    assert "项目性质" not in output

    code, output = invoke("import", str(xlsx), "--into", str(source), "--yes")
    assert code == 0, output
    assert "项目性质" not in source.read_text(encoding="utf-8")
