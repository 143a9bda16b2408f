"""The key reference (``perfdocs layouts --keys``, docs/layouts.md) and ``perfdocs layout new``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.layouts.keys import missing_explanations, reference, schema_keys
from perfdocs.layouts.layout import load_layout, read_layout
from tests.conftest import ROOT


def test_every_key_has_chinese_words() -> None:
    assert missing_explanations() == []


def test_reference_lists_every_schema_key() -> None:
    text = reference()
    for path, _info in schema_keys():
        assert f"| `{path}` |" in text, path
    for key in ("execution_rule", "execution_steps[].inclusive", "execution_from",
                "extra_columns[].after", "footer_lines[][].field", "grades[].inclusive",
                "categories", "template"):
        assert f"forms.*.{key}" in text or f"forms.*.scoring.{key}" in text, key


def test_docs_file_is_in_sync() -> None:
    """docs/layouts.md is `perfdocs layouts --keys`; regenerate it with that command."""
    assert (ROOT / "docs" / "layouts.md").read_text(encoding="utf-8") == reference()


def test_layouts_keys_command() -> None:
    result = CliRunner().invoke(main, ["layouts", "--keys"])
    assert result.exit_code == 0
    assert result.output == reference()
    assert "进位" in result.output and "execution_steps" in result.output


def _new(tmp_path: Path, *args: str) -> tuple[int, str]:
    import os

    cwd = os.getcwd()
    os.chdir(tmp_path)
    try:
        result = CliRunner().invoke(main, ["layout", "new", *args])
    finally:
        os.chdir(cwd)
    return result.exit_code, result.output


def test_layout_new_makes_a_loadable_variant(tmp_path: Path) -> None:
    code, out = _new(tmp_path, "my-2025", "--from", "shanghai-2024")
    assert code == 0, out
    toml = tmp_path / "templates" / "my-2025" / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    assert 'extends = "shanghai-2024"' in text
    layout = read_layout(toml.parent)
    assert layout.name == "my-2025" and list(layout.forms) == ["申报表", "自评表"]
    parent = load_layout("shanghai-2024")
    assert layout.form("自评表").scoring == parent.form("自评表").scoring
    # The commented examples are the common changes, written for this parent's forms.
    for example in ('# [[forms."自评表".extra_columns]]', "# execution_weight = 20",
                    '# execution_rule = "steps"', '# footer_lines = [["填报单位（盖章）"',
                    '# [[forms."自评表".scoring.grades]]', '# after = "target"'):
        assert example in text, example


def test_uncommented_examples_work(tmp_path: Path) -> None:
    """Removing the # of the 自评表's examples gives a layout with a 备注 column, a signature
    line, 20 points by steps and exclusive grades: every example is valid as written."""
    assert _new(tmp_path, "v")[0] == 0
    toml = tmp_path / "templates" / "v" / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    head, _, tail = text.partition("# ---- 自评表 ----")
    tail = re.sub(r"(?m)^# (?=[\[a-z])", "", tail)
    tail = tail.replace("execution_weight = 20", "execution_weight = 10")
    toml.write_text(head + tail, encoding="utf-8")
    form = read_layout(toml.parent).form("自评表")
    assert form.title == "某省财政项目支出绩效自评表"
    assert [e.field for e in form.extra_columns] == ["备注"]
    assert form.scoring.execution_rule == "steps" and len(form.scoring.execution_steps) == 3
    assert form.scoring.grades[0].inclusive is False
    assert form.footer_lines[0][0].field == "填报单位"


def test_layout_new_refuses_an_existing_folder(tmp_path: Path) -> None:
    assert _new(tmp_path, "dup")[0] == 0
    code, out = _new(tmp_path, "dup")
    assert code == 1 and "已经存在" in out


@pytest.mark.parametrize("name", ["../up", "a b", ""])
def test_layout_new_refuses_bad_names(tmp_path: Path, name: str) -> None:
    code, _out = _new(tmp_path, name)
    assert code == 2
    assert not (tmp_path / "templates").exists() or not any((tmp_path / "templates").iterdir())


def test_layout_new_unknown_parent(tmp_path: Path) -> None:
    code, out = _new(tmp_path, "x", "--from", "no-such")
    assert code == 1 and "找不到版式「no-such」" in out
    assert not (tmp_path / "templates" / "x").exists()
