"""Every text a project file prints is seen by ``perfdocs diff`` (tester17 F3).

The 自评报告's paragraphs were not compared: a rewritten 自评结论 said 「没有变化」, exit 0,
and a script deciding on diff's exit code whether to re-issue the packet skipped it. This
walks the project schema's text keys (perfdocs/schemas/project.schema.json), changes each
one in a file that writes it, and asks that diff list the change: a key added to the schema
and printed somewhere, but not compared, fails here (so does one no file below writes).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from conftest import DATA_2024, SMALL_PROJECT, invoke

from perfdocs.loading.settings import load_settings
from perfdocs.loading.source import load_source
from perfdocs.review.diff import diff_versions, differs, format_changes, load_version

ROOT_2020 = DATA_2024.parent / "2020"
SCHEMA = Path(__file__).resolve().parent.parent / "perfdocs" / "schemas" / "project.schema.json"
NOT_PRINTED = {("自评", "原表", "评分等级"), ("自评", "绩效指标", "*", "*", "[]", "申报名称")}
"""Text keys no document prints: 原表 records the paper form's figures, to audit them;
申报名称 matches an indicator to its declaration (rules/consistency), never printed."""
Path_ = tuple[str, ...]

EVERY_TEXT = SMALL_PROJECT.replace("          分值: 10\n", """\
          分值: 10
          备注: 问卷调查
          申报名称: 学员满意度
          其他栏: {指标说明: 抽样调查}
          偏差原因分析及改进措施: 无
""").replace("  项目资金:\n", "  项目名称: 测试项目（自评）\n  项目资金:\n").replace(
    "    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}\n",
    "    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}\n    原因: 部分资金结转\n"
) + """\
  原表: {执行率: "98.75", 评分等级: 优}
  说明栏: {改进措施及结果应用方案: 继续开展培训}
  自评报告:
    项目概况: 本项目用于职业培训。
    资金使用情况: 资金按进度拨付。
    绩效目标: 完成年度培训任务。
    实现情况: {产出指标: 培训人数达到目标。, 效益指标: 促进了就业。}
    偏差原因及改进措施: 无偏差。
    自评结论: 经自评，本项目总分99.88分，评分等级为优。
    其他需要说明的问题: 无。
填报信息: {填报人: 张三, 联系电话: "12345678"}
勾选: {项目属性: [延续项目]}
修订: {版本: 2, 日期: 2025-03-01, 原因: 按评审意见修改}
"""
"""A 自评 file writing the keys data/'s examples do not."""


def _resolve(node: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = schema["$defs"][node["$ref"].rpartition("/")[2]]
    return node


def text_keys(node: dict[str, Any], schema: dict[str, Any], path: Path_ = ()) -> Iterator[Path_]:
    """The schema's free-text keys ("*": any key, "[]": any item); 一级指标 names as "*"."""
    node = _resolve(node, schema)
    if "anyOf" in node:
        for one in node["anyOf"]:
            yield from text_keys(one, schema, path)
        return
    if "properties" in node or isinstance(node.get("additionalProperties"), dict):
        for key, sub in node.get("properties", {}).items():
            yield from text_keys(sub, schema, (*path, "*" if path[-1:] == ("绩效指标",)
                                              else key))
        if isinstance(node.get("additionalProperties"), dict):
            yield from text_keys(node["additionalProperties"], schema, (*path, "*"))
        return
    if "items" in node:
        yield from text_keys(node["items"], schema, (*path, "[]"))
        return
    kinds = node.get("type")
    kinds = kinds if isinstance(kinds, list) else [kinds]
    if "string" in kinds and "number" not in kinds and not {"enum", "format", "pattern"} & set(node):
        yield path


def _general(path: tuple[Any, ...]) -> Path_:
    """A leaf's path in the data as the schema names it."""
    out: list[str] = []
    for step in path:
        if isinstance(step, int):
            out.append("[]")
        elif out[-1:] in (["勾选"], ["填报信息"], ["说明栏"], ["其他栏"], ["实现情况"]) or (
                len(out) >= 2 and out[-2] == "绩效指标") or out[-1:] == ["绩效指标"]:
            out.append("*")
        else:
            out.append(step)
    return tuple(out)


def leaves(data: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(data, dict):
        for key, value in data.items():
            yield from leaves(value, (*path, key))
    elif isinstance(data, list):
        for i, value in enumerate(data):
            yield from leaves(value, (*path, i))
    elif isinstance(data, str):
        yield path, data


def _changed(data: Any, path: tuple[Any, ...]) -> Any:
    if not path:
        return f"{data}改"
    if isinstance(data, list):
        return [_changed(v, path[1:]) if i == path[0] else v for i, v in enumerate(data)]
    return {k: _changed(v, path[1:]) if k == path[0] else v for k, v in data.items()}


def _files(tmp_path: Path) -> list[Path]:
    """data/'s examples, every bundled layout's example, and :data:`EVERY_TEXT`."""
    from perfdocs.layouts.examples import bundled_examples
    from perfdocs.loading.settings import Settings

    own = tmp_path / "every.yaml"
    own.write_text(EVERY_TEXT, encoding="utf-8")
    files = [*sorted(DATA_2024.glob("*.yaml"))]
    for example in bundled_examples(Settings.layout):
        copy = tmp_path / example.layout / example.path.name
        copy.parent.mkdir(exist_ok=True)
        copy.write_text(example.copy_text(), encoding="utf-8")
        files.append(copy)
    # a 申报 part's indicator with a 备注 and 其他栏, and a list of 修订 entries
    data: Any = load_source(files[0]).data
    first = next(iter(next(iter(data["申报"]["绩效指标"].values())).values()))[0]
    first.update({"备注": "按季度统计", "其他栏": {"指标说明": "全年累计"}})
    data["修订"] = [{"版本": 1, "日期": "2025-01-10", "原因": "初次申报"},
                  {"版本": 2, "日期": "2025-03-01", "原因": "按评审意见修改"}]
    more = tmp_path / "more.yaml"
    more.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return [*files, own, more]


def test_the_files_with_every_text_load(tmp_path: Path) -> None:
    """The keys changed below are changed in files that are good input (not a file a
    schema error keeps from being compared)."""
    files = _files(tmp_path)
    code, output = invoke("validate", *map(str, files[-2:]))
    assert code == 0, output


def test_every_printed_text_key_changed_is_listed_by_diff(tmp_path: Path) -> None:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    wanted = set(text_keys(schema, schema)) - NOT_PRINTED
    settings = load_settings(None)
    seen: set[Path_] = set()
    missed = []
    for file in _files(tmp_path):
        data = load_source(file).data
        base = load_version(file, settings)
        for path, _value in leaves(data):
            key = _general(path)
            if key not in wanted or (key in seen and key[:2] != ("自评", "自评报告")):
                continue
            seen.add(key)
            changed = tmp_path / "changed.yaml"
            changed.write_text(yaml.safe_dump(_changed(data, path), allow_unicode=True),
                               encoding="utf-8")
            changes = diff_versions(base, load_version(changed, settings))
            listed = [line for line in format_changes(changes) if "（未变）" not in line]
            assert len(listed) == len(set(listed)), listed  # said once
            if not differs(changes):
                missed.append((file.name, path))
            elif path[:2] == ("自评", "自评报告"):
                assert any("自评报告 › " in line for line in format_changes(changes))
    assert not missed, missed
    assert wanted <= seen, sorted(wanted - seen)


def test_a_rewritten_report_paragraph_is_a_change(tmp_path: Path) -> None:
    """The repro: 自评结论 and 项目概况 rewritten; long texts shown by what changed."""
    old = tmp_path / "old.yaml"
    new = tmp_path / "new.yaml"
    conclusion = "    自评结论: 经自评，本项目总分99.88分，评分等级为优。\n"
    overview = ("    项目概况: 本项目用于全市公共文化服务体系建设，补助各区文化馆、图书馆和基层综合"
                "文化服务中心开展群众文化活动，全年共开展活动一百二十场。\n")
    old.write_text(SMALL_PROJECT + "  自评报告:\n" + overview + conclusion, encoding="utf-8")
    new.write_text(SMALL_PROJECT + "  自评报告:\n"
                   + overview.replace("一百二十场", "一百场")
                   + "    偏差原因及改进措施: 部分活动延期。\n", encoding="utf-8")
    code, output = invoke("diff", str(old), str(new))
    assert code == 1, output
    assert ("自评报告 › 项目概况: …年共开展活动一百二十场。 → …年共开展活动一百场。"
            in output), output
    assert "自评报告 › 偏差原因及改进措施: （新增）部分活动延期。" in output
    assert "自评报告 › 自评结论: （删除）经自评，本项目总分99.88分，评分等级为优。" in output
    code, output = invoke("diff", str(old), str(old))
    assert code == 0, output


def test_the_target_tables_previous_funds_are_compared(tmp_path: Path) -> None:
    """The amounts the 2020 绩效目标表 prints under 上年度资金使用情况 (not free text, so not
    walked above) were not compared either: each changed is listed, once."""
    source = ROOT_2020 / "促进就业专项业务费.yaml"
    data: Any = load_source(source).data
    settings = load_settings(None)
    for key in ("项目总预算", "项目当年预算", "同名项目上年预算额", "同名项目上年预算执行数"):
        data["申报"]["上年度资金使用情况"] = {key: "1,000"}
        changed = tmp_path / "changed.yaml"
        changed.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
        lines = format_changes(diff_versions(load_version(source, settings),
                                             load_version(changed, settings)))
        assert [line for line in lines if key in line] == [
            f"  上年度资金使用情况 › {key}: （新增）1,000 元"], lines
