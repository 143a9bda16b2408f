"""``status`` and the workbench's list count what ``validate`` prints.

README says the list is 「与 perfdocs status 相同」 and status's 错误/警告 columns are the
file's errors and warnings. status ran ``prepare`` alone: a blank 分值 beside an overspent
全年执行数 was 1 error 0 warnings in status and the list while ``validate`` (and the
workbench's editor, f641d21) gave 2 errors and 1 warning: the 其中 rows' sum and the
overspend beside the blank (engine/stand_ins.refusal_with_rules); a 申报 text no form prints was no warning there.
Now every one of them takes a file's findings from engine/validation.validate_file.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from tests.serve_support import copy_projects, make_bench

SKILLS = "2024/技能评价业务经费.yaml"
NATIONAL = "national-2020/社区居家养老服务补助.yaml"


def _variants(root: Path) -> list[str]:
    """Four files: one 分值 blank with the 全年执行数 over budget; over budget alone;
    a 申报 text national-2020's form does not print; one clean as bundled."""
    text = (root / SKILLS).read_text(encoding="utf-8")
    # 年度资金总额 alone over budget: its 其中 rows no longer add up (an error)
    total_over = text.replace('全年执行数: "429.46"}', '全年执行数: "500.00"}', 1)
    blank = total_over.replace("          分值: 2\n", "          分值:\n", 1)
    assert blank != total_over != text
    over = text.replace('全年执行数: "429.46"}', '全年执行数: "500.00"}')  # and 当年财政拨款
    national = (root / NATIONAL).read_text(encoding="utf-8").split("\n自评:")[0] + "\n"
    unprinted = national.replace("\n申报:\n", "\n申报:\n  项目概况: 本项目用于社区居家养老。\n", 1)
    assert unprinted != national
    # other names (自评.项目名称 too): no clash with the bundled file in the list
    files = {"parity/blank.yaml": blank.replace("技能评价", "甲技能评价"),
             "parity/over.yaml": over.replace("技能评价", "乙技能评价"),
             "parity/unprinted.yaml": unprinted.replace("项目名称: ", "项目名称: 另一", 1)}
    (root / "parity").mkdir()
    for name, body in files.items():
        (root / name).write_text(body, encoding="utf-8")
    return [*files, "2024/职业培训基础能力建设资助.yaml"]


def _cli(root: Path, monkeypatch: pytest.MonkeyPatch, *args: str):
    from perfdocs.cli import main

    monkeypatch.chdir(root)
    return CliRunner().invoke(main, list(args))


def _validated(root: Path, monkeypatch: pytest.MonkeyPatch, name: str) -> tuple[int, int]:
    """(errors, warnings) in the lines ``validate`` prints for the file alone."""
    printed = _cli(root, monkeypatch, "validate", name).stderr.splitlines()
    kinds = [m.group(1) for line in printed
             if (m := re.match(rf"{re.escape(name)}(?::\d+)?: (错误|警告) ", line))]
    return kinds.count("错误"), kinds.count("警告")


def test_status_and_the_list_count_what_validate_prints(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    root = copy_projects(tmp_path / "projects")
    names = _variants(root)
    validated = {name: _validated(root, monkeypatch, name) for name in names}
    # what each file shows: beside the blank, the 其中 sum and the overspend (status and
    # the list said 1 and 0); the overspend alone; the unprinted text's warning
    assert validated["parity/blank.yaml"] == (2, 1)
    assert validated["parity/over.yaml"] == (0, 2)
    assert validated["parity/unprinted.yaml"][1] == 1
    status = _cli(root, monkeypatch, "status", "--json", *names)
    printed = {row["文件"]: row for row in json.loads(status.stdout)}
    for name in names:
        assert (printed[name]["错误"], printed[name]["警告"]) == validated[name], name
    assert printed["parity/blank.yaml"]["自评"] == "未填完"  # the blank, not the overspend
    assert printed["parity/blank.yaml"]["申报"] == "已填"
    bench = make_bench(root)
    listed = {row["name"]: row for row in bench.client.get("/api/projects").json()["projects"]}
    for name in names:
        assert (listed[name]["errors"], listed[name]["warnings"]) == validated[name], name
