"""A project whose 版式 is a workspace's own layout, checked from outside that workspace
(tester11 F10): the error says to run in the workspace (or name its perfdocs.toml with
--config), not to edit [layouts] paths; a name no workspace has keeps the general advice."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """desk/ws: perfdocs init, a layout 某省-2025 in its templates/, a project using it."""
    ws = tmp_path / "desk" / "ws"
    assert invoke("init", str(ws), "--unit-name", "某市民政局", "--department", "某市")[0] == 0
    monkeypatch.chdir(ws)
    assert invoke("layout", "new", "某省-2025")[0] == 0
    code, output = invoke("new", "--year", "2025", "--name", "城乡低保资金管理",
                          "--layout", "某省-2025")
    assert code == 0, output
    return ws


def test_outside_the_workspace_the_error_says_where_to_run(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workspace.parent)
    project = "ws/2025/城乡低保资金管理.yaml"
    for command in ("validate", "render", "status"):
        args = [command, project] + (["--details"] if command == "status" else [])
        code, output = invoke(*args)
        assert code == 1, output
        said = (f"{project}:11: 错误 版式: 找不到版式「某省-2025」：它在工作文件夹 ws 中，从这里找不到。"
                "请在工作文件夹 ws 中运行，或用 perfdocs --config ws/perfdocs.toml …")
        assert "".join(said.split()) in "".join(output.split()), command  # status wraps it
        assert "[layouts] paths" not in output
    # as it says: with --config the layout is found (what is left is the starter's examples)
    code, output = invoke("--config", "ws/perfdocs.toml", "validate", project)
    assert "找不到版式" not in output and "示例文字" in output
    # from inside, as always
    monkeypatch.chdir(workspace)
    assert "找不到版式" not in invoke("validate", "2025/城乡低保资金管理.yaml")[1]


def test_a_layout_no_workspace_has_keeps_the_general_advice(
        workspace: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = workspace / "2025" / "城乡低保资金管理.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("版式: 某省-2025", "版式: 某省-2026"),
                    encoding="utf-8")
    monkeypatch.chdir(workspace.parent)
    code, output = invoke("validate", "ws/2025/城乡低保资金管理.yaml")
    assert code == 1
    assert "找不到版式「某省-2026」。是不是「某省-2025」？" not in output  # not installed here
    assert "找不到版式「某省-2026」。已安装的版式：" in output
    assert "自己的版式所在的文件夹写在 perfdocs.toml 的 [layouts] paths 中" in output
    assert "工作文件夹" not in output
