"""A corrected version: its revision is printed when perfdocs.toml asks, and recorded."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from openpyxl import load_workbook

from perfdocs.cli import main
from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.loading.settings import Settings
from perfdocs.records import replace
from tests.conftest import SMALL_PROJECT

REVISED = SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 万元\n修订: {版本: 2, 日期: 2025-03-01, 原因: 按评审意见更正实际完成值}")


def test_revision_off_by_default_and_printed_when_asked(write_project) -> None:
    prepared = prepare(write_project(REVISED), Settings())
    assert prepared.project.revision.number == 2
    (plain,), _ = forms_of(prepared)
    assert "修订" not in plain.footer
    (shown,), _ = forms_of(prepared, revision=True)
    assert shown.footer == "修订第 2 版（2025-03-01）：按评审意见更正实际完成值"


def test_revision_in_xlsx_and_manifest(tmp_path: Path) -> None:
    src = tmp_path / "p.yaml"
    src.write_text(REVISED, encoding="utf-8")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nrevision = true\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "render", str(src), "--out",
                                       str(out), "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    (xlsx,) = out.rglob("*.xlsx")
    sheet = load_workbook(xlsx).active
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("修订第 2 版（2025-03-01）" in t for t in texts)
    result = CliRunner().invoke(main, ["packet", str(src), "--out", str(tmp_path / "pk"),
                                       "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    (manifest,) = (tmp_path / "pk").rglob("manifest.json")
    (project,) = json.loads(manifest.read_text(encoding="utf-8"))["projects"]
    assert project["revision"] == {"版本": 2, "日期": "2025-03-01", "原因": "按评审意见更正实际完成值"}


def test_settings_reject_unknown_render_key(tmp_path: Path) -> None:
    import pytest

    from perfdocs.errors import SettingsError
    from perfdocs.loading.settings import load_settings

    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nrevison = true\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="revison"):
        load_settings(config)
    assert replace(Settings(), print_revision=True).print_revision
