"""``perfdocs new`` and ``perfdocs evaluate-init``: start a project file, then its evaluation.

A project's year starts with its declaration: ``new`` writes a commented YAML file with every
key of the 申报 section and a few example indicators, so a preparer fills in a form rather
than learning a schema. When the year is over, ``evaluate-init`` appends the 自评 section
with every declared indicator copied (三级指标, 年度指标值) and the boxes to fill left empty.

Both write through the one YAML writer (:mod:`perfdocs.loading.yamlfile`): ``evaluate-init`` edits
the file round trip, so the preparer's comments, key order and quoting stay as they were
and only the 自评 section is new; any indicator name (one ending in ``:``, holding ``#`` or
quotes) reads back as declared. The file is written atomically, through a symlink, with
its permissions kept, so an interrupted run leaves the old file.
"""

from __future__ import annotations

import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import click

from perfdocs.cli.common import guarded, settings_of
from perfdocs.errors import InputError
from perfdocs.model.marks import PLACEHOLDER


def skeleton(name: str, department: str, unit: str, year: int) -> str:
    """The text of a new project file: header keys, a full 申报 section, example indicators.

    Emitted by the one YAML writer, so any name a preparer types (a ``:`` at its end, a
    ``#``, quotes, ``- ``) reads back as typed.
    """
    from perfdocs.loading.yamlfile import Style, emit

    example = PLACEHOLDER
    tree: dict[str, Any] = {
        "年度": year, "项目名称": name, "主管部门": department, "实施单位": unit,
        "金额单位": "元",
        "申报": {
            "项目性质": "经常性专项业务费", "项目类别": "特定目标类",
            "计划开始日期": f"{year}-01-01", "计划完成日期": f"{year}-12-31",
            "项目资金": {
                "项目资金总额": {"合计": "0.00", "财政资金": "0.00", "其他资金": "0.00"},
                "年度资金申请总额": {"合计": "0.00", "当年财政拨款": "0.00",
                                     "上年结转资金": "0.00", "其他资金": "0.00"},
            },
            "项目总目标": f"{example}通过项目实施，……",
            "年度总体目标": f"{example}完成年度培训任务，保障……工作顺利完成。",
            "绩效指标": {
                "产出指标": {
                    "数量指标": [{"三级指标": f"{example}培训人次", "年度指标值": "≥100(人次)"}],
                    "质量指标": [{"三级指标": f"{example}培训合格率",
                                  "年度指标值": "≥95.00(%)"}],
                    "时效指标": [{"三级指标": f"{example}培训完成及时性", "年度指标值": "及时"}],
                },
                "效益指标": {"社会效益指标": [{"三级指标": f"{example}对就业的促进作用",
                                               "年度指标值": "具有促进作用"}]},
                "满意度指标": {"服务对象满意度指标": [{"三级指标": f"{example}学员满意度",
                                                       "年度指标值": "≥90.00(%)"}]},
            },
        },
    }
    funds = ("申报", "项目资金")
    style = Style(
        quoted=frozenset({"年度指标值", "合计", "财政资金", "其他资金", "当年财政拨款",
                          "上年结转资金"}),
        blocks=frozenset({"项目总目标", "年度总体目标"}),
        after={("金额单位",): "下面金额的单位：元 或 万元；也可在金额后写单位，如 \"435.82万元\"",
               ("申报", "项目性质"): "如 经常性专项业务费、一次性项目",
               ("申报", "项目类别"): "如 特定目标类、其他运转类",
               ("申报", "计划开始日期"): "写成 年-月-日",
               (*funds, "项目资金总额"): "项目全周期的资金；不填可整节删除",
               (*funds, "年度资金申请总额"): "本年度申请的资金（必填）；其中三项之和应等于合计",
               ("申报", "项目总目标"): "项目全周期的总目标（可留空：整行删除）",
               ("申报", "年度总体目标"): "本年度要达到的目标（必填）"},
        above={("申报",): [""],
               ("申报", "绩效指标"): [
                   "绩效指标：一级指标 → 二级指标 → 三级指标列表，按表上的顺序。",
                   "年度指标值照表填写并加引号：\"≥50.00(个)\"、\"=100(%)\"、\"≤5%\"、"
                   "\"=0(起)\"，或文字如 及时。"]},
    )
    head = [f"财政项目支出绩效目标申报表（{year}年度）— {name}",
            f"由 perfdocs new 生成。键名就是表上的栏目名；照表填写。以「{PLACEHOLDER}」开头的"
            "示例内容",
            "须改成本项目的（不需要的示例指标整项删去）：留着示例文字，perfdocs validate 会报错。",
            "填好后：perfdocs validate 本文件 检查，perfdocs render 本文件 生成申报表。",
            "年度结束后：perfdocs evaluate-init 本文件 添加自评部分。"]
    return emit(tree, style, head=head)


def interactive() -> bool:
    """Whether to prompt: only when a person is at a terminal (never in scripts or CI)."""
    return sys.stdin.isatty()


def _ask(value: Any, flag: str, prompt: str, asking: bool, missing: list[str],
         kind: Any = str) -> Any:
    if value not in (None, ""):
        return value
    if asking:
        return click.prompt(prompt, type=kind)
    missing.append(flag)
    return None


@click.command("new")
@click.argument("file", required=False)
@click.option("--name", help="项目名称。")
@click.option("--department", help="主管部门。")
@click.option("--unit", help="实施单位。")
@click.option("--year", type=click.IntRange(1990, 2100), help="年度，如 2025。")
@click.option("--force", is_flag=True, help="覆盖已有的文件。")
@guarded
def new(file: str | None, name: str | None, department: str | None, unit: str | None,
        year: int | None, force: bool) -> None:
    """新建一个带注释的项目文件（申报部分），终端中会逐项询问未给出的内容。"""
    asking = interactive()
    missing: list[str] = []
    name = _ask(name, "--name", "项目名称", asking, missing)
    department = _ask(department, "--department", "主管部门", asking, missing)
    unit = _ask(unit, "--unit", "实施单位", asking, missing)
    year = _ask(year, "--year", "年度", asking, missing, click.IntRange(1990, 2100))
    if missing:
        raise click.UsageError(f"缺少 {'、'.join(missing)}：不在终端中运行时须用参数给出"
                               "（如 --name 项目名称 --department 主管部门 --unit 实施单位 "
                               "--year 2025）")
    assert name and department and unit and year
    for label, value in (("项目名称", name), ("主管部门", department), ("实施单位", unit)):
        if "\n" in value or not value.strip():
            raise click.BadParameter(f"{label}应为一行文字")
    from perfdocs.engine.output import sanitize_segment
    from perfdocs.loading.yamlfile import write_text_file

    target = Path(file) if file else Path(sanitize_segment(name) + ".yaml")
    if target.exists() and not force:
        raise InputError("文件已存在，未覆盖（确需覆盖请加 --force）", file=target)
    write_text_file(target, skeleton(name.strip(), department.strip(), unit.strip(), year))
    click.echo(f"✓ 已生成 {target}：请按注释填写申报部分，然后运行 perfdocs validate {target}")


def _amount_text(amount: Decimal | None, unit: str) -> str:
    """An amount held in 元 written in the file's unit, exactly ("435.8177" rather than rounded)."""
    from perfdocs.model.numbers import money_text

    if amount is None:
        return ""
    return money_text(amount, unit)  # at least the 2 places the forms print


_EVALUATION_HEAD = [
    "",
    "自评部分：由 perfdocs evaluate-init 从申报部分生成。须填写：",
    "  全年预算数、全年执行数；年度总体目标的实际完成情况；",
    "  每个指标的实际完成值和分值（分值与执行率的 10 分合计 100）；",
    "  得分可不填，由规则算出；失分的指标须写偏差原因分析及改进措施。",
    "留空的项 perfdocs validate 都会报告；没有资金写 0，表上本就空白的格整项删去。",
]


def evaluation_tree(project: Any, unit: str) -> tuple[dict[str, Any], Any]:
    """The 自评 section for a declared project, and the :class:`Style` that comments it."""
    from perfdocs.loading.yamlfile import Style

    decl = project.declaration
    annual = decl.funds.annual
    rows = (("年度资金总额", annual.total), ("当年财政拨款", annual.appropriation),
            ("上年结转资金", annual.carried_over), ("其他资金", annual.other))
    after: dict[tuple[str | int, ...], str] = {
        ("项目资金",): "年初预算数取自申报的年度资金申请总额"
        + ("" if unit == "元" else f"（单位：{unit}）"),
        ("年度总体目标", "实际完成情况"): "填写本年度实际完成的情况"}
    funds: dict[str, Any] = {}
    for label, amount in rows:
        if amount is None and label != "年度资金总额":
            continue
        funds[label] = {"年初预算数": _amount_text(amount, unit), "全年预算数": None,
                        "全年执行数": None}
        after[("项目资金", label, "全年预算数")] = "填写"
        after[("项目资金", label, "全年执行数")] = "填写"
    indicators: dict[str, Any] = {}
    for level1, groups in decl.indicators.items():
        indicators[level1] = {}
        for level2, items in groups.items():
            indicators[level1][level2] = []
            for index, ind in enumerate(items):
                indicators[level1][level2].append(
                    {"三级指标": ind.name, "年度指标值": ind.target, "实际完成值": "",
                     "分值": None})
                at = ("绩效指标", level1, level2, index)
                after[(*at, "实际完成值")] = "填写"
                after[(*at, "分值")] = "填写本指标的分值"
    tree = {"项目资金": funds,
            "年度总体目标": {"预期目标": decl.annual_goal, "实际完成情况": None},
            "绩效指标": indicators}
    style = Style(quoted=frozenset({"年初预算数", "年度指标值", "实际完成值"}),
                  blocks=frozenset({"预期目标"}), after=after)
    return tree, style


@click.command("evaluate-init")
@click.argument("file")
@click.pass_context
@guarded
def evaluate_init(ctx: click.Context, file: str) -> None:
    """为已申报的项目文件添加自评部分：复制每个申报的指标，实际完成值留空待填。"""
    from perfdocs.loading.project import load_project
    from perfdocs.loading.source import load_source
    from perfdocs.loading.yamlfile import build, edit_file

    settings = settings_of(ctx)
    path = Path(file)
    # Before the schema: a 自评 part half filled in fails it, and the user must hear that
    # the part is already there (and nothing was changed), not the list of its blanks.
    source = load_source(path)
    if isinstance(source.data, dict) and "自评" in source.data:
        raise InputError("已有「自评」部分，未做改动", file=path,
                         line=source.lines.get(("自评",)), field="自评")
    loaded = load_project(path, default_unit=settings.input_unit)
    project = loaded.project
    if project.declaration is None:
        raise InputError("没有「申报」部分：evaluate-init 从申报的指标生成自评部分",
                         file=path, field="申报")
    unit = loaded.source.data.get("金额单位") or settings.input_unit
    tree, style = evaluation_tree(project, unit)

    def add_evaluation(doc: Any) -> None:
        doc["自评"] = build(tree, style, column=2)
        doc.yaml_set_comment_before_after_key("自评", before="\n".join(_EVALUATION_HEAD))

    edit_file(path, add_evaluation)
    n = len(project.declaration.flat())
    click.echo(f"✓ 已在 {path} 末尾添加自评部分（{n} 个指标）。请填写全年预算数、全年执行数、"
               "实际完成情况、各指标的实际完成值和分值；填好之前 perfdocs validate 会报告"
               "这些空项，这是正常的。")
