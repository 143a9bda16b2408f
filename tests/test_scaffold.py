"""``new`` → fill → ``evaluate-init`` → fill → render, as a new user would do it."""

from __future__ import annotations

import shutil
from pathlib import Path

import click
import pytest
from click.testing import CliRunner
from conftest import DATA_2024

from perfdocs.cli import scaffold
from perfdocs.cli.scaffold import evaluate_init, new
from perfdocs.engine.pipeline import prepare, render_project
from perfdocs.errors import ValidationFailed
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import Settings
from perfdocs.loading.source import load_source


@click.group()
@click.pass_context
def cli(ctx: click.Context) -> None:
    ctx.obj = {}


cli.add_command(new)
cli.add_command(evaluate_init)

FLAGS = ["--name", "青年就业见习补贴", "--department", "某某局", "--unit", "某某就业促进中心",
         "--year", "2025"]


def _replace(path: Path, old: str, new_text: str, count: int = 1) -> None:
    """Replace ``old`` (where a run of spaces before a comment stands for any) in the file."""
    import re

    text = path.read_text(encoding="utf-8")
    pattern = re.compile(r"\s+#".join(re.escape(part) for part in old.split("  #")))
    assert len(pattern.findall(text)) >= count, old
    path.write_text(pattern.sub(lambda _: new_text, text, count), encoding="utf-8")


def _fill_declaration(path: Path) -> None:
    _replace(path, '      合计: "0.00"\n      财政资金: "0.00"',
             '      合计: "3,000,000.00"\n      财政资金: "3,000,000.00"')
    _replace(path, """    年度资金申请总额:  # 本年度申请的资金（必填）；其中三项之和应等于合计
      合计: "0.00"
      当年财政拨款: "0.00\"""", """    年度资金申请总额:
      合计: "1,250,000.00"
      当年财政拨款: "1,250,000.00\"""")
    text = path.read_text(encoding="utf-8")  # the examples become this project's own texts
    path.write_text(text.replace("示例：", ""), encoding="utf-8")


def _fill_evaluation(path: Path) -> None:
    import re

    text = re.sub(r"(\S)  +#", r"\1             #", path.read_text(encoding="utf-8"))
    text = text.replace("全年预算数:             # 填写", '全年预算数: "1,200,000.00"', 2)
    text = text.replace("全年执行数:             # 填写", '全年执行数: "1,188,000.00"', 2)
    text = text.replace("全年预算数:             # 填写", "全年预算数: 0")
    text = text.replace("全年执行数:             # 填写", "全年执行数: 0")
    text = text.replace("实际完成情况:             # 填写本年度实际完成的情况",
                        "实际完成情况: 完成了年度见习任务。")
    for actual, weight in (("120(人次)", 20), ("98(%)", 20), ("及时", 20), ("达成指标", 20),
                           ("95%", 10)):
        text = text.replace('实际完成值: ""             # 填写', f'实际完成值: "{actual}"', 1)
        text = text.replace("分值:             # 填写本指标的分值", f"分值: {weight}", 1)
    path.write_text(text, encoding="utf-8")


def test_new_evaluate_init_render(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    result = runner.invoke(cli, ["new", "p.yaml", *FLAGS])
    assert result.exit_code == 0, result.output
    path = tmp_path / "p.yaml"
    project = load_project(path).project
    assert (project.name, project.department, project.unit, project.year) == (
        "青年就业见习补贴", "某某局", "某某就业促进中心", 2025)
    assert project.evaluation is None
    assert len(project.declaration.flat()) == 5
    assert "# " in path.read_text(encoding="utf-8")  # commented for the preparer

    _fill_declaration(path)
    settings = Settings()
    prepared = prepare(path, settings)
    assert prepared.diagnostics == []
    written, notes = render_project(prepared, settings, formats=("pdf",), out=tmp_path / "out",
                                    font=_font(), kinds=None)
    assert [p.name for p in written] == ["青年就业见习补贴-申报表.pdf"]
    assert any("自评" in n for n in notes)  # no evaluation yet: no 自评表, with a note

    before = path.read_bytes()
    result = runner.invoke(cli, ["evaluate-init", "p.yaml"])
    assert result.exit_code == 0, result.output
    assert "分值" in result.output and "正常" in result.output
    after = path.read_bytes()
    assert after.startswith(before)  # the preparer's text and comments are kept as they were

    # Not yet filled: validation names every box left empty at once, as the command said.
    with pytest.raises(ValidationFailed) as info:
        prepare(path, settings)
    blanks = [d.field.rsplit(".", 1)[-1] for d in info.value.diagnostics]
    assert sorted(set(blanks)) == ["全年执行数", "全年预算数", "分值", "实际完成值", "实际完成情况"]
    assert len(blanks) == 4 * 2 + 1 + 5 * 2

    _fill_evaluation(path)
    loaded = load_project(path)
    evaluation = loaded.project.evaluation
    declared = loaded.project.declaration
    assert [(i.name, i.target) for *_, i in evaluation.flat()] == [
        (i.name, i.target) for *_, i in declared.flat()]
    assert evaluation.funds.total.initial == declared.funds.annual.total
    assert evaluation.goals.expected == declared.annual_goal
    prepared = prepare(path, settings)
    assert prepared.diagnostics == []
    assert prepared.result.total is not None
    written, notes = render_project(prepared, settings, formats=("pdf",), out=tmp_path / "out",
                                    font=_font(), kinds=None)
    assert sorted(p.name for p in written) == ["青年就业见习补贴-申报表.pdf",
                                               "青年就业见习补贴-自评表.pdf"]
    assert notes == []

    filled = path.read_bytes()
    result = runner.invoke(cli, ["evaluate-init", "p.yaml"])
    assert result.exit_code == 1
    assert "已有「自评」部分" in result.output
    assert path.read_bytes() == filled


def _font():  # type: ignore[no-untyped-def]
    from perfdocs.render.pdf.fonts import find_cjk_font

    return find_cjk_font(())


def test_evaluate_init_on_a_bundled_declaration(tmp_path: Path) -> None:
    source = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    path = tmp_path / "j.yaml"
    path.write_text(source[:source.index("自评:")], encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate-init", str(path)])
    assert result.exit_code == 0, result.output
    text = path.read_text(encoding="utf-8")
    # The file is in 万元: 4,358,177.00 元 is written exactly, as 435.8177.
    assert '年初预算数: "435.8177"' in text
    assert text.count("实际完成值:") == 33
    assert '年度指标值: "=0.00(次)"' in text


def test_evaluate_init_carries_the_declared_extra_columns(tmp_path: Path) -> None:
    """A declared indicator's 备注 and 其他栏 (a layout's extra columns, printed on both
    forms) carry over to its 自评 entry, and nothing is invented for one that has none."""
    source = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    declared = source[:source.index("自评:")]
    first = declared.index("三级指标:", declared.index("绩效指标:"))
    line_end = declared.index("\n", first)
    indent = " " * (first - declared.rindex("\n", 0, first) - 1)
    declared = (declared[:line_end] + f"\n{indent}备注: 按省下达计划\n"
                f"{indent}其他栏: {{完成时间: 2024年11月}}" + declared[line_end:])
    path = tmp_path / "d.yaml"
    path.write_text(declared, encoding="utf-8")
    assert load_project(path).project.declaration is not None
    result = CliRunner().invoke(cli, ["evaluate-init", str(path)])
    assert result.exit_code == 0, result.output
    evaluated = load_source(path).data["自评"]["绩效指标"]
    items = [item for groups in evaluated.values() for group in groups.values()
             for item in group]
    assert items[0]["备注"] == "按省下达计划"
    assert items[0]["其他栏"] == {"完成时间": "2024年11月"}
    assert not any("备注" in item or "其他栏" in item for item in items[1:])


def test_evaluate_init_keeps_crlf_and_refuses_without_declaration(tmp_path: Path) -> None:
    source = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    path = tmp_path / "crlf.yaml"
    declared = source[:source.index("自评:")].replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(declared)
    assert CliRunner().invoke(cli, ["evaluate-init", str(path)]).exit_code == 0
    data = path.read_bytes()
    assert data.startswith(declared)  # no $schema line outside an initialised folder
    assert b"\n" not in data.replace(b"\r\n", b"")
    appended = load_source(path).data["自评"]  # reads back (分值 still to be filled)
    assert len(appended["绩效指标"]["产出指标"]["数量指标"]) == 8

    only_eval = tmp_path / "e.yaml"
    shutil.copy(DATA_2024 / "第48届世赛筹办场地经理跟岗学习经费.yaml", only_eval)
    result = CliRunner().invoke(cli, ["evaluate-init", str(only_eval)])
    assert result.exit_code == 1
    assert "已有「自评」部分" in result.output

    # Run twice: the first added the 自评 part, still blank; the second says so and only so
    before = path.read_bytes()
    result = CliRunner().invoke(cli, ["evaluate-init", str(path)])
    line = before.decode("utf-8").split("\r\n").index("自评:") + 1
    assert (result.exit_code, result.output) == (1, f"{path}:{line}: 错误 自评: 已有「自评」部分，未做改动\n")
    assert path.read_bytes() == before


def test_new_without_terminal_needs_every_flag(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["new", str(tmp_path / "x.yaml"), "--name", "某项目"])
    assert result.exit_code == 2
    assert "--department" in result.output and "--unit" in result.output
    assert "--year" in result.output and "--name" not in result.output.split("：")[0]
    assert not (tmp_path / "x.yaml").exists()


def test_new_prompts_at_a_terminal(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scaffold, "interactive", lambda: True)
    target = tmp_path / "y.yaml"
    # 年度 as written on forms; a blank 主管部门 is refused with the reason, then asked again;
    # 版式 and 金额单位 take their defaults
    result = CliRunner().invoke(cli, ["new", str(target), "--name", "某项目"],
                                input="2026年\n\n某局\n某中心\n\n万元\n")
    assert result.exit_code == 0, result.output
    assert "年度 [" in result.output and "错误：主管部门不能为空，请填写" in result.output
    assert "版式" in result.output and "金额单位 (元, 万元) [元]" in result.output
    project = load_project(target).project
    assert (project.department, project.unit, project.year) == ("某局", "某中心", 2026)
    assert project.money_unit == "万元" and project.layout == "shanghai-2024"


def test_new_refuses_to_overwrite(tmp_path: Path) -> None:
    target = tmp_path / "z.yaml"
    target.write_text("keep", encoding="utf-8")
    result = CliRunner().invoke(cli, ["new", str(target), *FLAGS])
    assert result.exit_code == 1 and "已存在" in result.output
    assert target.read_text(encoding="utf-8") == "keep"
    assert CliRunner().invoke(cli, ["new", str(target), *FLAGS, "--force"]).exit_code == 0
    assert load_project(target).project.name == "青年就业见习补贴"


@pytest.mark.parametrize("text", ["普通文字", "a: b", "#号", "≥90%", "=100(%)", "null", "123",
                                  "- 列表", "有 #注释", "  前后空格 ", "引号\"和'", "结尾冒号:",
                                  "? 问号", "<<"])
def test_names_read_back_unchanged_through_new_and_evaluate_init(tmp_path: Path,
                                                                 text: str) -> None:
    """A name a preparer types goes through new and evaluate-init and reads back as typed."""
    target = tmp_path / "p.yaml"
    result = CliRunner().invoke(cli, ["new", str(target), "--name", text, "--department", text,
                                      "--unit", "单位", "--year", "2025"])
    assert result.exit_code == 0, result.output
    data = load_source(target).data
    assert (data["项目名称"], data["主管部门"]) == (text.strip(), text.strip())  # new strips
    from perfdocs.loading.yamlfile import edit_file

    def rename(doc: dict) -> None:  # type: ignore[type-arg]
        doc["申报"]["绩效指标"]["产出指标"]["数量指标"][0]["三级指标"] = text

    edit_file(target, rename)
    result = CliRunner().invoke(cli, ["evaluate-init", str(target)])
    assert result.exit_code == 0, result.output
    added = load_source(target).data["自评"]["绩效指标"]["产出指标"]["数量指标"][0]
    assert added["三级指标"] == text.strip()  # the model strips names
