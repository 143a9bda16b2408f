"""README stays true: its set-up commands and its example project."""

from __future__ import annotations

import re
from decimal import Decimal as D

from perfdocs.engine.pipeline import prepare
from perfdocs.loading.settings import Settings
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_opens_with_the_two_setup_commands() -> None:
    first_block = re.search(r"```sh\n(.*?)```", README, re.S)
    assert first_block is not None
    lines = first_block.group(1).strip().splitlines()
    assert lines[0] == "pip install -e . && perfdocs render data/*/*.yaml"
    assert lines[1].startswith('pip install -e ".[test]" && python -m pytest')
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "pytest -q" in ci and "-e \".[test]\"" in ci


def test_readme_example_project_validates(tmp_path) -> None:
    example = re.search(r"```yaml\n(.*?)```", README, re.S)
    assert example is not None
    path = tmp_path / "example.yaml"
    path.write_text(example.group(1), encoding="utf-8")
    prepared = prepare(path, Settings())
    assert prepared.diagnostics == []
    # 429.46 / 435.82 → 98.54 → 9.85; 30 + 19 + 15 + 9 = 73
    assert prepared.result.total == D("82.85") and prepared.result.grade == "良"
