"""perfdocs init: commented settings with [unit], the schema, VS Code's yaml.schemas."""

from __future__ import annotations

import json
from pathlib import Path

from perfdocs.layouts.workspace import settings_text
from perfdocs.loading.settings import Settings, UnitInfo, load_settings
from tests.conftest import invoke


def test_init_writes_the_three_files(tmp_path: Path) -> None:
    folder = tmp_path / "鉴定中心"
    code, output = invoke("init", str(folder), "--unit-name", "上海市职业技能鉴定中心",
                          "--department", "上海市人力资源和社会保障局", "--preparer", "张三",
                          "--phone", "021-12345678")
    assert code == 0, output
    assert "✓ 写入" in output and "perfdocs new" in output
    settings = load_settings(folder / "perfdocs.toml")
    assert settings.unit == UnitInfo("上海市职业技能鉴定中心", "上海市人力资源和社会保障局",
                                     "张三", "021-12345678", "")
    defaults = Settings()
    assert (settings.layout, settings.formats, settings.name) == (
        defaults.layout, defaults.formats, defaults.name)
    assert settings.out == (folder / "output").resolve()
    assert settings.packet_name == defaults.packet_name
    text = (folder / "perfdocs.toml").read_text(encoding="utf-8")
    assert "# 单位名称" in text and "# 填报人" in text
    schema = json.loads((folder / "perfdocs.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == "perfdocs 项目文件"
    vscode = json.loads((folder / ".vscode" / "settings.json").read_text(encoding="utf-8"))
    assert vscode["yaml.schemas"]["./perfdocs.schema.json"][:2] == ["*.yaml", "**/*.yaml"]


def test_second_init_keeps_settings_and_other_editor_settings(tmp_path: Path) -> None:
    (tmp_path / "perfdocs.toml").write_text('[render]\nlayout = "shanghai-2021"\n',
                                            encoding="utf-8")
    vscode = tmp_path / ".vscode" / "settings.json"
    vscode.parent.mkdir()
    vscode.write_text('{"editor.fontSize": 16, "yaml.schemas": {"other.json": "x.yaml"}}',
                      encoding="utf-8")
    code, output = invoke("init", str(tmp_path))
    assert code == 0
    assert "保留" in output
    assert (tmp_path / "perfdocs.toml").read_text(encoding="utf-8") == \
        '[render]\nlayout = "shanghai-2021"\n'
    data = json.loads(vscode.read_text(encoding="utf-8"))
    assert data["editor.fontSize"] == 16
    assert data["yaml.schemas"]["other.json"] == "x.yaml"
    assert "./perfdocs.schema.json" in data["yaml.schemas"]


def test_editor_settings_with_comments_are_left_alone(tmp_path: Path) -> None:
    vscode = tmp_path / ".vscode" / "settings.json"
    vscode.parent.mkdir()
    original = '{\n  // 我的设置\n  "editor.fontSize": 16\n}\n'
    vscode.write_text(original, encoding="utf-8")
    code, output = invoke("init", str(tmp_path))
    assert code == 0
    assert vscode.read_text(encoding="utf-8") == original
    assert "请手动加入" in output and "yaml.schemas" in output


def test_unit_details_with_quotes_stay_valid_toml(tmp_path: Path) -> None:
    path = tmp_path / "perfdocs.toml"
    path.write_text(settings_text(UnitInfo(name='某"中心"\\分部', phone="021")),
                    encoding="utf-8")
    assert load_settings(path).unit.name == '某"中心"\\分部'


def test_init_on_a_file_is_refused(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("x", encoding="utf-8")
    code, output = invoke("init", str(target))
    assert code == 1 and "不是文件夹" in output


def test_init_writes_the_unit_s_layout_and_asks_for_it(tmp_path: Path, monkeypatch) -> None:
    """--layout sets [render] layout (a mistyped name is a usage error with the nearest);
    at a terminal init asks for it, listing the installed layouts and asking again, saying
    why, when the answer names none; a run that leaves [unit] empty says so."""
    from click.testing import CliRunner

    from perfdocs.cli import main

    code, out = invoke("init", str(tmp_path / "a"), "--layout", "national-2020")
    assert code == 0, out
    assert load_settings(tmp_path / "a" / "perfdocs.toml").layout == "national-2020"
    assert "注意：没有填写本单位的信息" in out and "没有用 --layout 指定版式" not in out
    # not asked and not given: the Shanghai default is said, with how to choose another
    code, out = invoke("init", str(tmp_path / "z"))
    assert code == 0 and load_settings(tmp_path / "z" / "perfdocs.toml").layout == "shanghai-2024"
    assert "注意：没有用 --layout 指定版式，perfdocs.toml 中写的是默认的 shanghai-2024" in out
    code, out = invoke("init", str(tmp_path / "b"), "--layout", "nationa-2020")
    assert code == 2 and "是不是「national-2020」？" in out
    assert not (tmp_path / "b" / "perfdocs.toml").exists()

    monkeypatch.setattr("perfdocs.cli.scaffold.interactive", lambda: True)
    # Enter alone is asked again (no Shanghai default for a unit anywhere in China)
    answers = "某中心\n某局\n张三\n021-1\n\nhubei2020\nhubei-2020\n"
    result = CliRunner().invoke(main, ["init", str(tmp_path / "c")], input=answers)
    assert result.exit_code == 0, result.output
    assert "已安装的版式：" in result.output and "national-2020" in result.output
    assert "shanghai-2024]" not in result.output
    assert result.output.count("常用版式（输入上面的一个名称）:") == 3
    assert "没有默认的版式，请输入上面的一个名称。" in result.output  # Enter is answered
    assert "找不到版式「hubei2020」。是不是「hubei-2020」？请从上面的名称中选一个。" in result.output
    settings = load_settings(tmp_path / "c" / "perfdocs.toml")
    assert settings.layout == "hubei-2020" and settings.unit.name == "某中心"
    assert "注意：没有填写本单位的信息" not in result.output


def test_an_own_layout_not_made_yet_says_to_make_it_first(tmp_path: Path, monkeypatch) -> None:
    """``init --layout <own>`` before ``layout new`` (tester's 18): there is no perfdocs.toml
    yet, so the message says how to make the layout, not to edit that file's paths."""
    monkeypatch.chdir(tmp_path)
    code, out = invoke("init", "ws", "--layout", "jiangsheng-2025")
    assert code == 2 and not (tmp_path / "ws" / "perfdocs.toml").exists()
    assert "perfdocs layout new jiangsheng-2025 --from national-2020" in out
    assert "[layouts] paths" not in out
    (tmp_path / "perfdocs.toml").write_text("[render]\nlayout = \"national-2020\"\n",
                                            encoding="utf-8")
    code, out = invoke("render", "x.yaml", "--layout", "jiangsheng-2025")
    assert code == 2 and "perfdocs.toml 的 [layouts] paths 中" in out


def test_a_slipped_layout_name_is_not_advised_to_be_made(tmp_path: Path, monkeypatch) -> None:
    """``init -l shanghia-2024``: 「是不是「shanghai-2024」？」, and no advice to make a
    layout of the slipped name (tester9 N4); a name near none still gets it."""
    monkeypatch.chdir(tmp_path)
    code, out = invoke("init", str(tmp_path / "a"), "-l", "shanghia-2024")
    assert code == 2 and "是不是「shanghai-2024」？" in out
    assert "layout new" not in out and "shanghia-2024 --from" not in out
    code, out = invoke("init", str(tmp_path / "a"), "-l", "henan-2026")
    assert code == 2 and "perfdocs layout new henan-2026 --from national-2020" in out


def test_init_inside_a_workspace_offers_its_layout(tmp_path: Path, monkeypatch) -> None:
    """A folder inside a workspace: its [render] layout is the default shown, Enter takes
    it (tester9 N4: a blank answer was asked again with no default shown)."""
    from click.testing import CliRunner

    from perfdocs.cli import main

    (tmp_path / "perfdocs.toml").write_text('[render]\nlayout = "hubei-2020"\n',
                                            encoding="utf-8")
    monkeypatch.setattr("perfdocs.cli.scaffold.interactive", lambda: True)
    result = CliRunner().invoke(main, ["init", str(tmp_path / "科室")], input="\n" * 5)
    assert result.exit_code == 0, result.output
    assert "常用版式（输入上面的一个名称） [hubei-2020]:" in result.output
    assert load_settings(tmp_path / "科室" / "perfdocs.toml").layout == "hubei-2020"
