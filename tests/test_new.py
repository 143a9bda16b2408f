"""perfdocs new: the target checked first, 年度 by default next year, [unit] defaults, reasons."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from perfdocs.cli import scaffold
from perfdocs.loading.project import load_project
from tests.conftest import invoke


def _at_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(scaffold, "interactive", lambda: True)


def _run(monkeypatch: pytest.MonkeyPatch, folder: Path, args: list[str], answers: str
         ) -> tuple[int, str]:
    from click.testing import CliRunner

    from perfdocs.cli import main

    monkeypatch.chdir(folder)
    result = CliRunner().invoke(main, args, input=answers)
    return result.exit_code, result.output


def test_existing_file_is_refused_before_any_question(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    _at_terminal(monkeypatch)
    (tmp_path / "p.yaml").write_text("keep", encoding="utf-8")
    code, output = _run(monkeypatch, tmp_path, ["new", "p.yaml"], "")
    assert code == 1 and "文件已存在" in output and "年度" not in output


def test_defaults_year_unit_and_target_folder(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    assert invoke("init", str(tmp_path), "--unit-name", "某某中心", "--department", "某某局")[0] == 0
    _at_terminal(monkeypatch)
    next_year = date.today().year + 1
    code, output = _run(monkeypatch, tmp_path, ["new"], "\n培训项目\n\n\n\n\n")
    assert code == 0, output
    assert f"年度 [{next_year}]" in output
    assert "主管部门 [某某局]" in output and "实施单位 [某某中心]" in output
    assert "金额单位 (元, 万元) [元]" in output
    target = tmp_path / str(next_year) / "培训项目.yaml"
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=../perfdocs.schema.json"
    project = load_project(target).project
    assert (project.year, project.name, project.department, project.unit) == (
        next_year, "培训项目", "某某局", "某某中心")
    # the same name again: refused right after the name, before the other questions
    code, output = _run(monkeypatch, tmp_path, ["new"], "\n培训项目\n")
    assert code == 1 and "文件已存在" in output and "主管部门" not in output


def test_bad_answers_are_refused_with_their_reason(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    _at_terminal(monkeypatch)
    code, output = _run(monkeypatch, tmp_path, ["new", "a.yaml"],
                        "明年\n2026年\n\n项目\n局\n中心\nshanghai\nshanghai-2021\n美元\n元\n")
    assert code == 0, output
    assert "错误：「明年」不是年度，请写成 2026 或 2026年" in output
    assert "错误：项目名称不能为空，请填写" in output
    assert "错误：「shanghai」不是" in output and "错误：「美元」不是" in output
    # shanghai-2021 prints a 自评表 only: the file is a 自评 part of blanks (tester15 F1),
    # which the schema refuses until filled, so its header is read as written
    head = _yaml_of(tmp_path / "a.yaml")
    assert (head["年度"], head["版式"], head["金额单位"]) == (2026, "shanghai-2021", "元")
    assert "申报" not in head and "自评" in head


def test_flags_alone_in_a_script(tmp_path: Path) -> None:
    target = tmp_path / "x.yaml"
    code, output = invoke("new", str(target), "--year", "2025年", "--name", "某项目",
                          "--department", "某局", "--unit", "某中心", "--money-unit", "万元")
    assert code == 0, output
    project = load_project(target).project
    assert (project.year, project.money_unit) == (2025, "万元")
    code, output = invoke("new", str(tmp_path / "y.yaml"), "--year", "2025", "--name", "某项目",
                          "--department", "某局", "--unit", "某中心", "--layout", "beijing")
    assert code == 2 and "找不到版式「beijing」" in output


def test_evaluate_init_gives_the_file_its_schema_line(tmp_path: Path) -> None:
    import shutil

    from tests.conftest import ROOT

    assert invoke("init", str(tmp_path), "--unit-name", "x")[0] == 0
    (tmp_path / "2020").mkdir()
    path = tmp_path / "2020" / "p.yaml"
    shutil.copy(ROOT / "data" / "2020" / "促进就业专项业务费.yaml", path)
    before = path.read_text(encoding="utf-8")
    assert invoke("evaluate-init", str(path))[0] == 0
    text = path.read_text(encoding="utf-8")
    assert text.splitlines()[0] == "# yaml-language-server: $schema=../perfdocs.schema.json"
    assert before.splitlines()[0] in text.splitlines()[1]  # the preparer's own head follows


def _declared_lines(path: Path) -> dict[str, str]:
    """项目性质/项目类别 lines of a new file: key → the line's text after the key."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return {key: line.split(":", 1)[1].strip() for line in lines
            for key in ("项目性质", "项目类别") if line.strip().startswith(key + ":")}


def test_shanghai_layouts_keep_their_own_examples(tmp_path: Path) -> None:
    for layout in ("shanghai-2024", "shanghai-2020"):
        target = tmp_path / f"{layout}.yaml"
        code, output = invoke("new", str(target), "--year", "2025", "--name", "某项目",
                              "--department", "某局", "--unit", "某中心", "--layout", layout)
        assert code == 0, output
        assert _declared_lines(target) == {
            "项目性质": "经常性专项业务费  # 如 经常性专项业务费、一次性项目",
            "项目类别": "特定目标类  # 如 特定目标类、其他运转类"}


def test_every_layout_gives_its_own_example_or_a_marked_one(tmp_path: Path) -> None:
    """A value one place writes is wrong in another: the example comes from the layout's
    申报 form; without one the value is marked, names the form's label, and validate
    refuses it."""
    from perfdocs.layouts.layout import available, load_layout
    from perfdocs.model.marks import PLACEHOLDER

    marked_seen = 0
    for layout in sorted(available(())):
        target = tmp_path / f"{layout}.yaml"
        code, output = invoke("new", str(target), "--year", "2025", "--name", "某项目",
                              "--department", "某局", "--unit", "某中心", "--layout", layout)
        assert code == 0, output
        form = next((f for f in load_layout(layout, ()).forms.values()
                     if f.section == "申报"), None)
        if form is None:  # a 自评表 only: the file has no 申报 part (tester15 F1)
            assert "申报" not in _yaml_of(target), layout
            continue
        lines = _declared_lines(target)
        for layout_key, key in (("nature", "项目性质"), ("category", "项目类别")):
            examples = form.examples.get(layout_key) if form else None  # type: ignore[call-overload]
            value, hint = lines[key].split("  # ")
            if examples:
                assert value == examples[0] and hint == "如 " + "、".join(examples), layout
            else:
                label = ((form.labels.get(layout_key) if form else None) or key).rstrip("：")
                assert value == f"{PLACEHOLDER}{label}" and f"「{label}」" in hint, layout
                assert "经常性专项业务费" not in lines[key]
                marked_seen += 1
                code, output = invoke("validate", str(target))
                assert code != 0 and f"申报.{key}: 「{PLACEHOLDER}{label}」" in output, output
    assert marked_seen  # national-2020 declares no 项目类别 example
    national = _declared_lines(tmp_path / "national-2020.yaml")
    assert national["项目性质"] == "新增  # 如 新增、延续"


def test_new_says_when_the_project_is_there_already(tmp_path: Path, monkeypatch: Any) -> None:
    """tester6 10u: the clerk numbers the files (01营养餐.yaml), so `new` for the same 项目名称
    and 实施单位 made a second file silently; the clash showed only at render. A 注意 now."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "2027").mkdir()
    (tmp_path / "2027" / "01营养餐.yaml").write_text(
        "年度: 2027年度\n项目名称: 义务教育学生营养餐补助\n主管部门: 某县人民政府\n实施单位: 某县教育局\n",
        encoding="utf-8")
    args = ["new", "--year", "2027", "--department", "某县人民政府", "--unit", "某县教育局"]
    code, output = invoke(*args, "--name", "义务教育学生营养餐补助")
    assert code == 0, output
    assert ("注意：2027/01营养餐.yaml 的年度、项目名称和实施单位与 2027/义务教育学生营养餐补助.yaml "
            "相同") in output.replace("\\", "/"), output
    code, output = invoke(*args, "--name", "校舍维修")
    assert code == 0 and "注意" not in output, output


def _yaml_of(path: Path) -> dict[str, Any]:
    import yaml

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def _filled(path: Path) -> None:
    """The blanks and examples of a new 自评-only file filled as a clerk would: 100 of
    budget, 94 spent, all in the total and the first 其中 row, every indicator met."""
    import yaml

    from perfdocs.model.marks import PLACEHOLDER

    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    part = data["自评"]
    for index, row in enumerate(part["项目资金"].values()):
        row.update({"年初预算数": "100" if index < 2 else "0",
                    "全年预算数": "100" if index < 2 else "0",
                    "全年执行数": "94" if index < 2 else "0"})
    goal = part["年度总体目标"]
    goal["预期目标"] = goal["预期目标"].replace(PLACEHOLDER, "")
    goal["实际完成情况"] = "全部完成"
    items = [item for groups in part["绩效指标"].values() for group in groups.values()
             for item in group]
    for item in items:
        item["三级指标"] = item["三级指标"].replace(PLACEHOLDER, "")
        item["实际完成值"] = "达成年度指标"
        item["分值"] = 0
    weights = scaffold_weights(data["版式"])
    fixed = {level1: [item for group in groups.values() for item in group]
             for level1, groups in part["绩效指标"].items()}
    shares = ([(int(weights[level1]), chosen) for level1, chosen in fixed.items()]
              if set(fixed) <= set(weights) - {"*"} else [(weights["*"], items)])
    for points, chosen in shares:  # whole points, the remainder on the first
        for number, item in enumerate(chosen):
            item["分值"] = points // len(chosen) + (points % len(chosen) if number == 0 else 0)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                    encoding="utf-8")


def scaffold_weights(layout: str) -> dict[str, Any]:
    """The 分值 each 一级指标 must add up to in ``layout`` (its fixed weights), and under
    "*" the indicators' whole share (the total less the 执行率's points)."""
    from perfdocs.layouts.layout import load_layout
    from perfdocs.layouts.records import selfeval_form

    form = selfeval_form(load_layout(layout, ()))
    assert form is not None
    scoring = form.scoring
    return {**dict(scoring.level1_weights),
            "*": int(scoring.total_weight - scoring.execution_weight)}


def test_a_layout_with_only_a_self_evaluation_form_starts_a_self_evaluation_file(
        tmp_path: Path) -> None:
    """tester15 F1: hebei-2019 has a 自评表 and no 申报表, yet `new` (and the workbench's
    新建项目, the same text) wrote a 申报 part of examples: a clerk who filled the whole 自评
    part was refused the 自评材料包 over 10 申报 boxes no form prints, and could not drop the
    part without editing YAML. Such a layout now starts a file with its 自评 part only, its
    own 年度指标值 to type; filled in, it validates, renders and goes into the packet."""
    from perfdocs.layouts.layout import available, load_layout
    from perfdocs.layouts.records import selfeval_form

    only = [name for name in sorted(available(()))
            if all(f.section != "申报" for f in load_layout(name, ()).forms.values())
            and selfeval_form(load_layout(name, ())) is not None]
    assert {"hebei-2019", "hubei-2020"} <= set(only), only
    for layout in only:
        target = tmp_path / layout / "2025" / "基本公共卫生服务项目.yaml"
        code, output = invoke("new", str(target), "--year", "2025", "--name",
                              "基本公共卫生服务项目", "--department", "某市人民政府",
                              "--unit", "某市卫生健康委员会", "--layout", layout)
        assert code == 0, output
        assert "请按注释填写自评部分" in output and f"版式「{layout}」只有自评表" in output
        data = _yaml_of(target)
        assert "申报" not in data and "自评" in data, layout
        code, output = invoke("validate", str(target))
        assert code == 1 and "申报" not in output, output  # its own blanks, nothing else
        _filled(target)
        code, output = invoke("validate", str(target))
        assert code == 0, (layout, output)
        out = tmp_path / layout / "output"
        code, output = invoke("packet", str(target), "--stage", "自评", "--date",
                              "2026-03-01", "-f", "pdf", "--out", str(out), "--no-cache")
        assert code == 0, (layout, output)
        assert list(out.rglob("*基本公共卫生服务项目*自评表.pdf")), layout


def test_a_file_from_before_keeps_its_examples_declaration_out_of_the_way(
        tmp_path: Path) -> None:
    """tester18 F3: a hebei-2019 file an earlier `perfdocs new` wrote keeps its 申报 part of
    「示例：」 boxes beside a filled 自评 part. hebei-2019 prints no 申报表, yet those 10 boxes
    were errors: no 自评表, no 自评材料包, and the workbench cannot remove a part. Problems
    of a part the layout prints no form of are notes when another part is printed."""
    import yaml

    target = tmp_path / "2025" / "基本公共卫生服务项目.yaml"
    code, output = invoke("new", str(target), "--year", "2025", "--name", "基本公共卫生服务项目",
                          "--department", "某市人民政府", "--unit", "某市卫生健康委员会",
                          "--layout", "hebei-2019")
    assert code == 0, output
    _filled(target)
    earlier = yaml.safe_load(scaffold.skeleton(
        "基本公共卫生服务项目", "某市人民政府", "某市卫生健康委员会", 2025, money_unit="万元",
        layout="hebei-2019"))
    data = _yaml_of(target)
    data = {**{k: v for k, v in data.items() if k != "自评"}, "申报": earlier["申报"],
            "自评": data["自评"]}
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    code, output = invoke("validate", str(target))
    assert code == 0, output
    assert "提示 申报.项目性质" in output and "（申报部分不会印出，仅供核对）" in output, output
    out = tmp_path / "output"
    code, output = invoke("packet", str(target), "--stage", "自评", "--date", "2026-03-01",
                          "-f", "pdf", "--out", str(out), "--no-cache")
    assert code == 0, output
    # a layout that prints the 申报 part still refuses its examples
    data["版式"] = "national-2020"
    target.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False),
                      encoding="utf-8")
    code, output = invoke("validate", str(target))
    assert code == 1 and "错误 申报.项目性质" in output, output
