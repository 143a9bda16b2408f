"""A layout's display never rounds: what README's 舍入与印法 example promises is what prints.

The tester followed README §4 with rounding.score and display.score at 0 places and got
执行率得分 19.02 and 总分 98.02 beside whole-number scores: those two figures have rounding
keys of their own (execution_score, total) that the example did not set. README's example
now sets all three; a layout that leaves one out is told which keys to write.
"""

from __future__ import annotations

import re
from decimal import Decimal as D
from pathlib import Path
from typing import Any

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.errors import Severity
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT, SMALL_PROJECT

TESTER = """\
extends = "national-2020"
name = "zhejiang-2025"

[forms."自评表".rounding]
score = { places = 0, mode = "half_up" }

[forms."自评表".display]
score = { places = 0 }
weight = { places = 0 }

[forms."自评表".scoring]
execution_weight = 20
"""
"""The tester's layout.toml (repro F5), less its title, footer and 备注 column."""


def readme_rounding_block() -> str:
    """README's 舍入与印法 layout.toml snippet, as printed there."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    start = readme.index("#### 4. 舍入与印法")
    (block,) = re.findall(r"```toml\n(.*?)```", readme[start:readme.index("#### 5.", start)],
                          re.S)
    return block


def setup(tmp_path: Path, layout: str) -> Path:
    folder = tmp_path / "templates" / "zhejiang-2025"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(layout, encoding="utf-8")
    # 分值 20 + 20 + 30 + 10 = 80 beside the layout's 执行率 20; 79 of 80 executed: 98.75 %
    text = SMALL_PROJECT.replace("分值: 30", "分值: 20", 1).replace(
        "金额单位: 万元", f"金额单位: 万元\n版式: {folder}")
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def printed(prepared: Any) -> list[str]:
    forms, _ = forms_of(prepared, ("自评表",))
    return [c.text for b in forms[0].blocks for c in b.cells]


def test_display_alone_is_named_with_the_keys_to_write(tmp_path: Path) -> None:
    prepared = prepare(setup(tmp_path, TESTER), Settings())
    assert prepared.result is not None
    assert prepared.result.execution_score == D("19.75") and prepared.result.total == D("99.75")
    (d,) = [d for d in prepared.diagnostics if d.rule == "display-places"]
    assert d.severity is Severity.WARNING
    assert d.file == str(tmp_path / "templates" / "zhejiang-2025" / "layout.toml")
    assert d.field == "forms.自评表.display.score"
    assert d.message == (
        "版式的 display.score 只印 0 位小数，表上却会印出 执行率得分 19.75、总分 99.75：印法"
        "（display）只补足或去掉末尾的 0，不舍入，位数由 rounding 定。要印 0 位，请在 layout.toml "
        "的 [forms.\"自评表\".rounding] 中写 execution_score = { places = 0, mode = \"half_up\" }、"
        "total = { places = 0, mode = \"half_up\" }")
    assert "19.75" in printed(prepared)  # what the warning says is what prints


def test_readme_example_prints_what_its_comment_says(tmp_path: Path) -> None:
    """「得分、执行率得分、总分印整数」: every score figure of the form is a whole number."""
    block = readme_rounding_block()
    assert "execution_score = { places = 0" in block and "total = { places = 0" in block
    layout = 'extends = "national-2020"\n' + block + '\n[forms."自评表".scoring]\n' \
        "execution_weight = 20\n"
    prepared = prepare(setup(tmp_path, layout), Settings())
    assert prepared.result is not None
    assert prepared.result.execution_score == 20 and prepared.result.total == 100
    assert not [d for d in prepared.diagnostics if d.rule == "display-places"]
    cells = printed(prepared)
    assert "98.75%" in cells and "20" in cells and "100" in cells
    # the only figures with places are the amounts (万元, 2 places)
    assert {c for c in cells if re.fullmatch(r"\d+\.\d+", c)} == {"100.00", "80.00", "79.00",
                                                                   "0.00"}


def test_rate_places_follow_rounding_rate(tmp_path: Path) -> None:
    layout = TESTER.replace("weight = { places = 0 }", 'weight = { places = 0 }\n'
                            'rate = { places = 0, suffix = "%" }')
    layout = layout.replace('score = { places = 0, mode = "half_up" }\n',
                            'score = { places = 0, mode = "half_up" }\n'
                            'execution_score = { places = 0, mode = "half_up" }\n'
                            'total = { places = 0, mode = "half_up" }\n', 1)
    prepared = prepare(setup(tmp_path, layout), Settings())
    (d,) = [d for d in prepared.diagnostics if d.rule == "display-places"]
    assert d.field == "forms.自评表.display.rate"
    assert d.message.startswith("版式的 display.rate 只印 0 位小数，表上却会印出 执行率 98.75：")
    assert d.message.endswith('中写 rate = { places = 0, mode = "half_up" }')


def test_bundled_layouts_print_what_they_round() -> None:
    for example in sorted((ROOT / "data").glob("*/*.yaml"))[::7]:
        found = prepare(example, Settings()).diagnostics
        assert not [d for d in found if d.rule == "display-places"], example
