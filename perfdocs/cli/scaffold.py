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
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import click

from perfdocs.cli.asking import (
    MONEY_UNITS,
    YEAR,
    layout_money_unit,
    one_line,
    prompt,
)
from perfdocs.cli.common import guarded, settings_of
from perfdocs.errors import InputError
from perfdocs.model.marks import PLACEHOLDER

if TYPE_CHECKING:
    from decimal import Decimal


DECLARED_FIELDS: tuple[tuple[Literal["nature", "category"], str], ...] = (
    ("nature", "项目性质"), ("category", "项目类别"))
"""The 申报 fields whose values vary by place: (layout key, project file key)."""


def skeleton(name: str, department: str, unit: str, year: int, *, money_unit: str = "元",
             layout: str | None = None,
             field_examples: dict[str, tuple[str, str]] | None = None) -> str:
    """The text of a new project file: header keys, a full 申报 section, example indicators.

    Emitted by the one YAML writer, so any name a preparer types (a ``:`` at its end, a
    ``#``, quotes, ``- ``) reads back as typed. ``field_examples``: project file key →
    (value, hint) from the layout (:func:`layout_examples`); a field without one gets a
    marked example, which ``perfdocs validate`` reports until it is replaced — a value one
    place writes is wrong in another.
    """
    from perfdocs.loading.yamlfile import Style, emit

    example = PLACEHOLDER
    given = field_examples or {}
    declared = {key: given.get(key) or unmarked_example(key) for _, key in DECLARED_FIELDS}
    tree: dict[str, Any] = {
        "年度": year, "项目名称": name, "主管部门": department, "实施单位": unit,
        **({"版式": layout} if layout else {}), "金额单位": money_unit,
        "申报": {
            **{key: value for key, (value, _) in declared.items()},
            "计划开始日期": f"{year}-01-01", "计划完成日期": f"{year}-12-31",
            "项目资金": {
                "项目资金总额": {"合计": "0.00", "财政资金": "0.00", "其他资金": "0.00"},
                "年度资金申请总额": {"合计": "0.00", "当年财政拨款": "0.00",
                                     "上年结转资金": "0.00", "其他资金": "0.00"},
            },
            "项目总目标": f"{example}通过项目实施，……",
            "年度总体目标": f"{example}完成年度培训任务，保障……工作顺利完成。",
            "绩效指标": example_indicators(),
        },
    }
    funds = ("申报", "项目资金")
    style = Style(
        quoted=frozenset({"年度指标值", "合计", "财政资金", "其他资金", "当年财政拨款",
                          "上年结转资金"}),
        blocks=frozenset({"项目总目标", "年度总体目标"}),
        after={("金额单位",): "下面金额的单位：元 或 万元；也可在金额后写单位，如 \"435.82万元\"",
               ("版式",): "perfdocs layouts 列出全部版式",
               **{("申报", key): hint for key, (_, hint) in declared.items()},
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


def example_indicators() -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The marked example indicators a new file starts with (一级 → 二级 → items of 三级指标
    and 年度指标值), the same in a 申报 part and in a 自评-only file."""
    example = PLACEHOLDER
    return {
        "产出指标": {
            "数量指标": [{"三级指标": f"{example}培训人次", "年度指标值": "≥100(人次)"}],
            "质量指标": [{"三级指标": f"{example}培训合格率", "年度指标值": "≥95.00(%)"}],
            "时效指标": [{"三级指标": f"{example}培训完成及时性", "年度指标值": "及时"}],
        },
        "效益指标": {"社会效益指标": [{"三级指标": f"{example}对就业的促进作用",
                                       "年度指标值": "具有促进作用"}]},
        "满意度指标": {"服务对象满意度指标": [{"三级指标": f"{example}学员满意度",
                                               "年度指标值": "≥90.00(%)"}]},
    }


def evaluation_skeleton(name: str, department: str, unit: str, year: int, *,
                        money_unit: str, layout: str, form: Any) -> str:
    """The text of a new project file for a layout that prints a 自评表 and no 申报表
    (hebei-2019, hubei-2020, yunnan-2022…): the header keys and a 自评 part to fill, with
    its own 年度指标值, no 申报 part.

    A 申报 part there could never be printed, yet validate held its examples against the
    file, so a clerk who filled the whole 自评 part was refused the 自评材料包 over 申报 boxes
    no form of the layout has (tester15 F1). ``form``: the layout's 自评表, whose 项目资金
    rows and points the part and its comment follow.
    """
    from perfdocs.loading.yamlfile import Style, emit

    rows = _layout_fund_rows(form) or [(label, label == "年度资金总额") for label in
                                       ("年度资金总额", "当年财政拨款", "上年结转资金", "其他资金")]
    after: dict[tuple[str | int, ...], str] = {
        ("金额单位",): "下面金额的单位：元 或 万元；也可在金额后写单位，如 \"435.82万元\"",
        ("版式",): "perfdocs layouts 列出全部版式",
        ("自评", "项目资金"): "不用的其中行整项删去；其中各行之和应等于合计",
        ("自评", "年度总体目标", "实际完成情况"): "填写本年度实际完成的情况"}
    funds: dict[str, Any] = {}
    for label, _total in rows:
        funds[label] = {"年初预算数": None, "全年预算数": None, "全年执行数": None}
        for column in ("年初预算数", "全年预算数", "全年执行数"):
            after[("自评", "项目资金", label, column)] = "填写"
    indicators = example_indicators()
    for level1, groups in indicators.items():
        for level2, items in groups.items():
            for index, item in enumerate(items):
                item.update({"实际完成值": "", "分值": None})
                at = ("自评", "绩效指标", level1, level2, index)
                after[(*at, "实际完成值")] = "填写"
                after[(*at, "分值")] = "填写本指标的分值"
    tree: dict[str, Any] = {
        "年度": year, "项目名称": name, "主管部门": department, "实施单位": unit,
        "版式": layout, "金额单位": money_unit,
        "自评": {"项目资金": funds,
                 "年度总体目标": {
                     "预期目标": f"{PLACEHOLDER}完成年度培训任务，保障……工作顺利完成。",
                     "实际完成情况": None},
                 "绩效指标": indicators}}
    style = Style(quoted=frozenset({"年初预算数", "全年预算数", "全年执行数", "年度指标值",
                                    "实际完成值"}),
                  blocks=frozenset({"预期目标"}), after=after,
                  above={("自评",): evaluation_head(form.scoring, own_targets=True)})
    head = [f"财政项目支出绩效自评表（{year}年度）— {name}",
            f"由 perfdocs new 生成。版式 {layout} 只有自评表，没有申报表，所以本文件只有自评部分。",
            f"键名就是表上的栏目名；照表填写。以「{PLACEHOLDER}」开头的示例内容",
            "须改成本项目的（不需要的示例指标整项删去）：留着示例文字，perfdocs validate 会报错。",
            "填好后：perfdocs validate 本文件 检查，perfdocs render 本文件 生成自评表。"]
    return emit(tree, style, head=head)


def new_project_text(name: str, department: str, unit: str, year: int, *, layout: str,
                     money_unit: str, settings: Any) -> tuple[str, str]:
    """The text ``perfdocs new`` and the workbench's 新建项目 write, and the part it holds
    (申报, or 自评 for a layout with a 自评表 and no 申报表): one choice for both."""
    from perfdocs.engine.parts import prints_part
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import load_layout
    from perfdocs.layouts.records import selfeval_form

    try:
        loaded = load_layout(layout, settings.layout_paths)
    except PerfdocsError:
        loaded = None  # said when the file is validated or rendered
    if loaded is not None and not prints_part(loaded, "申报") and prints_part(loaded, "自评"):
        form = selfeval_form(loaded)
        if form is not None:
            return evaluation_skeleton(name, department, unit, year, money_unit=money_unit,
                                       layout=layout, form=form), "自评"
    return skeleton(name, department, unit, year, money_unit=money_unit, layout=layout,
                    field_examples=layout_examples(layout, settings)), "申报"


def unmarked_example(key: str, label: str | None = None) -> tuple[str, str]:
    """A field the layout gives no example for: a marked value and a hint naming the label
    the form prints it under (the project file key when the form prints none)."""
    shown = (label or key).strip().rstrip("：:") or key
    return (f"{PLACEHOLDER}{shown}",
            f"填表上「{shown}」一栏的内容，照本地申报通知的写法")


def layout_examples(layout_name: str, settings: Any) -> dict[str, tuple[str, str]]:
    """Project file key → (example value, hint) for the 申报 fields whose values vary by
    place, from the layout's 申报 form (``examples`` and ``labels``); a layout that cannot
    be read gives the marked examples (render says why it cannot)."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import load_layout

    try:
        loaded = load_layout(layout_name, settings.layout_paths)
    except PerfdocsError:
        return {}
    form = next((f for f in loaded.forms.values() if f.section == "申报"), None)
    found: dict[str, tuple[str, str]] = {}
    for layout_key, key in DECLARED_FIELDS:
        values = form.examples.get(layout_key) if form is not None else None
        if values:
            found[key] = (values[0], "如 " + "、".join(values))
        else:
            label = form.labels.get(layout_key) if form is not None else None
            found[key] = unmarked_example(key, label)
    return found


def interactive() -> bool:
    """Whether to prompt: only when a person is at a terminal (never in scripts or CI)."""
    return sys.stdin.isatty()


@click.command("new")
@click.argument("file", required=False, metavar="[文件]")
@click.option("--year", type=YEAR,
              help="年度，如 2026 或 2026年（在终端中询问时默认明年；不在终端中运行时必须给出）。")
@click.option("--name", metavar="名称", help="项目名称（不在终端中运行时必须给出）。")
@click.option("--department", metavar="名称",
              help="主管部门（默认取 perfdocs.toml 的 [unit]）。")
@click.option("--unit", metavar="名称",
              help="实施单位（默认取 perfdocs.toml 的 [unit] 单位名称）。")
@click.option("--layout", "-l", metavar="版式",
              help="版式（默认取设置，perfdocs layouts 列出全部）。")
@click.option("--money-unit", type=click.Choice(MONEY_UNITS), help="金额单位（默认取版式的规定）。")
@click.option("--force", is_flag=True, help="覆盖已有的文件。")
@click.pass_context
@guarded
def new(ctx: click.Context, file: str | None, year: int | None, name: str | None,
        department: str | None, unit: str | None, layout: str | None, money_unit: str | None,
        force: bool) -> None:
    """新建一个带注释的项目文件（申报部分；版式只有自评表时为自评部分）。

    在终端中逐项询问未给出的内容：年度（默认明年）、项目名称、主管部门、实施单位（默认取
    perfdocs.toml 的 [unit]）、版式和金额单位（默认取版式的规定）。不在终端中运行（脚本、
    批处理）时不询问：--year 和 --name 必须给出，perfdocs.toml 的 [unit] 中没有主管部门、
    单位名称时 --department、--unit 也必须给出。不给出文件名时写到「年度/项目名称.yaml」。
    """
    from datetime import date

    from perfdocs.engine.output import sanitize_segment
    from perfdocs.layouts.layout import available
    from perfdocs.loading.schema import with_schema_comment
    from perfdocs.loading.yamlfile import write_text_file

    settings = settings_of(ctx)
    asking = interactive()
    if file:
        _refuse_existing(Path(file), force)  # before any question
    if year is None and asking:
        year = click.prompt("年度", type=YEAR, default=date.today().year + 1)
    if name is None and asking:
        name = prompt("项目名称", None, one_line("项目名称"))
    if not asking:
        needed = (("--year", year), ("--name", name),
                  ("--department", department or settings.unit.department),
                  ("--unit", unit or settings.unit.name))
        missing = [flag for flag, value in needed if not value]
        if missing:
            raise click.UsageError(f"缺少 {'、'.join(missing)}：不在终端中运行时须用参数给出"
                                   "（如 --year 2026 --name 项目名称 --department 主管部门 "
                                   "--unit 实施单位；后两项也可写在 perfdocs.toml 的 [unit] 中）")
    assert year is not None and name is not None
    name = one_line("项目名称")(name)
    target = Path(file) if file else Path(str(year)) / (sanitize_segment(name) + ".yaml")
    _refuse_existing(target, force)  # as soon as the name says where the file goes
    department = _answer(department, "主管部门", settings.unit.department, asking)
    unit = _answer(unit, "实施单位", settings.unit.name, asking)
    layouts = sorted(available(settings.layout_paths))
    if layout is None:
        layout = settings.layout
        if asking and len(layouts) > 1:
            layout = click.prompt("版式", type=click.Choice(layouts), default=settings.layout)
    elif layout not in layouts:
        raise click.BadParameter(f"没有版式「{layout}」（可用：{'、'.join(layouts)}）",
                                 param_hint="--layout")
    if money_unit is None:
        money_unit = layout_money_unit(layout, settings)
        if asking:
            money_unit = click.prompt("金额单位", type=click.Choice(MONEY_UNITS),
                                      default=money_unit)
    text, part = new_project_text(name, department, unit, year, layout=layout,
                                  money_unit=money_unit, settings=settings)
    write_text_file(target, with_schema_comment(text, target))
    click.echo(f"✓ 已生成 {target}：请按注释填写{part}部分，然后运行 perfdocs validate {target}")
    if part == "自评":  # hebei-2019, hubei-2020…: a 自评表 only, so a 自评 part only
        click.echo(f"注意：版式「{layout}」只有自评表，没有申报表：新文件只有自评部分，"
                   "年度指标值直接在自评部分填写", err=True)
    for other in same_project(target, year, name, unit):
        click.echo(f"注意：{other} 的年度、项目名称和实施单位与 {target} 相同（{name}，{unit}）："
                   "两个文件生成的表格会互相覆盖；同一项目请只保留一个文件", err=True)


def same_project(target: Path, year: int, name: str, unit: str) -> list[Path]:
    """The other project files beside ``target`` for the same 年度, 项目名称 and 实施单位
    (names compared as forms print them): a clerk who numbers the files (01营养餐.yaml) does
    not see from the file names that the project is there already, and heard of it only when
    ``render``/``status`` called the two a clash (tester6 10u). Files that do not read are
    passed over; ``validate`` speaks of them."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.loading.source import load_source
    from perfdocs.model.project_checks import as_year

    def name_key(text: str) -> str:  # as rules.consistency.name_key: NFKC, no spaces
        import unicodedata

        return "".join(unicodedata.normalize("NFKC", text).split())

    found = []
    for other in sorted(target.parent.glob("*.yaml")):
        if other.resolve() == target.resolve():
            continue
        try:
            data = load_source(other).data
            written = as_year(data.get("年度")) if isinstance(data, dict) else None
        except (PerfdocsError, ValueError, OSError):
            continue
        if written == year and name_key(str(data.get("项目名称") or "")) == name_key(name) \
                and name_key(str(data.get("实施单位") or "")) == name_key(unit):
            found.append(other)
    return found


def _refuse_existing(target: Path, force: bool) -> None:
    if target.exists() and not force:
        raise InputError("文件已存在，未覆盖（确需覆盖请加 --force）", file=target)


def _answer(value: str | None, label: str, default: str, asking: bool) -> str:
    """An option's value, else the answer to a question (default from [unit]), else the
    default (one line, not blank: the caller checked that a script gave one)."""
    if value is None and asking:
        value = prompt(label, default or None, one_line(label))
    if value is None:
        value = default
    return str(one_line(label)(value))


def _amount_text(amount: Decimal | None, unit: str) -> str:
    """An amount held in 元 written in the file's unit, exactly ("435.8177" rather than rounded)."""
    from perfdocs.model.numbers import money_text

    if amount is None:
        return ""
    return money_text(amount, unit)  # at least the 2 places the forms print


def evaluation_head(scoring: Any, *, own_targets: bool = False) -> list[str]:
    """The comment ``evaluate-init`` writes above the 自评 part, from the layout's
    ``scoring`` (:class:`~perfdocs.layouts.records.Scoring`) in effect.

    Its points are the layout's: the 执行率's weight and the total (hubei-2020 gives the
    执行率 20 of 100), and the 分值 each 一级指标 must add up to where the layout fixes them
    (``scoring.level1_weights``): the figures validate holds the file to, said before the
    preparer types a 分值.
    """
    def points(value: Any) -> str:
        return format(value.normalize(), "f")

    execution, total = points(scoring.execution_weight), points(scoring.total_weight)
    weights = f"（分值与执行率的 {execution} 分合计 {total}）"
    fixed = "、".join(f"{name} {points(weight)} 分"
                     for name, weight in scoring.level1_weights.items())
    lines = ["", "自评部分：由 perfdocs evaluate-init 从申报部分生成。须填写：",
             "  全年预算数、全年执行数；年度总体目标的实际完成情况；",
             f"  每个指标的实际完成值和分值{weights}；"]
    if own_targets:  # a 自评-only file: nothing was copied from a 申报 part
        lines[1:3] = ["自评部分。须填写：",
                      "  年初预算数、全年预算数、全年执行数；"
                      "年度总体目标的预期目标和实际完成情况；",
                      "  每个指标的三级指标、年度指标值；"]
    if fixed:
        lines.append(f"  本版式规定各一级指标的分值合计：{fixed}；")
    return [*lines, "  得分可不填，由规则算出；失分的指标须写偏差原因分析及改进措施。",
            "留空的项 perfdocs validate 都会报告；没有资金写 0，表上本就空白的格整项删去。"]


def evaluation_tree(project: Any, unit: str,
                    fund_rows: Sequence[tuple[str, bool]] | None = None
                    ) -> tuple[dict[str, Any], Any]:
    """The 自评 section for a declared project, and the :class:`Style` that comments it.

    ``fund_rows``: the layout's own 项目资金 rows (name, is the total), when its 自评表
    declares them (``fund_rows``); the total row starts from the declared 年度资金申请总额,
    a row the declaration also has from its amount, any other row blank to fill."""
    from perfdocs.loading.yamlfile import Style

    decl = project.declaration
    annual = decl.funds.annual
    national = {"年度资金总额": annual.total, "当年财政拨款": annual.appropriation,
                "上年结转资金": annual.carried_over, "其他资金": annual.other}
    rows = tuple(national.items())
    if fund_rows:
        rows = tuple((name, annual.total if total else national.get(name))
                     for name, total in fund_rows)
    keep = {"年度资金总额"} | {name for name, _ in fund_rows or ()}  # a layout's: all
    after: dict[tuple[str | int, ...], str] = {
        ("项目资金",): "年初预算数取自申报的年度资金申请总额"
        + ("" if unit == "元" else f"（单位：{unit}）"),
        ("年度总体目标", "实际完成情况"): "填写本年度实际完成的情况"}
    funds: dict[str, Any] = {}
    for label, amount in rows:
        if amount is None and label not in keep:
            continue
        funds[label] = {"年初预算数": _amount_text(amount, unit) if amount is not None else None,
                        "全年预算数": None,
                        "全年执行数": None}
        if amount is None:  # a layout's row the declaration has no amount for
            after[("项目资金", label, "年初预算数")] = "填写"
        after[("项目资金", label, "全年预算数")] = "填写"
        after[("项目资金", label, "全年执行数")] = "填写"
    indicators: dict[str, Any] = {}
    for level1, groups in decl.indicators.items():
        indicators[level1] = {}
        for level2, items in groups.items():
            indicators[level1][level2] = []
            for index, ind in enumerate(items):
                item: dict[str, Any] = {"三级指标": ind.name, "年度指标值": ind.target,
                                        "实际完成值": "", "分值": None}
                # a layout's extra columns (备注 …) print on both forms: what the
                # declaration wrote in them carries over, to be edited, not typed again
                if ind.remark:
                    item["备注"] = ind.remark
                if ind.other_columns:
                    item["其他栏"] = dict(ind.other_columns)
                indicators[level1][level2].append(item)
                at = ("绩效指标", level1, level2, index)
                after[(*at, "实际完成值")] = "填写"
                after[(*at, "分值")] = "填写本指标的分值"
    tree = {"项目资金": funds,
            "年度总体目标": {"预期目标": decl.annual_goal, "实际完成情况": None},
            "绩效指标": indicators}
    style = Style(quoted=frozenset({"年初预算数", "年度指标值", "实际完成值"}),
                  blocks=frozenset({"预期目标"}), after=after)
    return tree, style


NOT_ADDED = "未添加自评部分"
"""Said after :func:`evaluation_year`'s reason when the 自评 part is refused."""


def evaluation_year(path: Path, settings: Any) -> tuple[str | None, bool]:
    """What ``evaluate-init`` says of the 年度 of the file at ``path`` on the run's day, and
    whether it refuses to add the 自评 part without ``--force``: (None, False) for a year
    ended (or a file add_evaluation refuses, which says why); in the last month of the
    running year (rules/years.closing_early) the 注意 and False; for a year not yet ended
    or not begun the reason and True. The one rule of the CLI and the workbench's 「添加自评」
    (tester10 #4): a 自评 part of blank boxes in a 申报 file is refused by validate and
    render until filled in (tester6 #7), so it is added early only when asked for."""
    from perfdocs.engine.validation import year_said
    from perfdocs.errors import PerfdocsError
    from perfdocs.loading.project import load_project

    try:
        year = load_project(path, default_unit=settings.input_unit).project.year
    except PerfdocsError:
        return None, False
    return year_said(year, settings)


@click.command("evaluate-init")
@click.argument("file")
@click.option("--force", is_flag=True, help="年度还没有结束也添加自评部分。")
@click.pass_context
@guarded
def evaluate_init(ctx: click.Context, file: str, force: bool) -> None:
    """为已申报的项目文件添加自评部分：复制每个申报的指标，实际完成值留空待填。"""
    path = Path(file)
    settings = settings_of(ctx)
    early, refused = evaluation_year(path, settings)
    if refused and not force:
        raise InputError(f"{early}{NOT_ADDED}（确要现在添加请加 --force）", file=path,
                         field="年度")
    n = add_evaluation(path, settings)
    click.echo(f"✓ 已在 {path} 末尾添加自评部分（{n} 个指标）。请填写全年预算数、全年执行数、"
               "实际完成情况、各指标的实际完成值和分值；填好之前 perfdocs validate 会报告"
               "这些空项，这是正常的。")
    if early is not None:  # --force, or the closing month: said now, not later
        click.echo(f"注意：{path}：{early}", err=True)


def _layout_form(loaded: Any, settings: Any) -> Any:
    """The 自评表 of the project's layout, or None (no such form, or a layout that cannot
    be read: render says why)."""
    from perfdocs.engine.pipeline import layout_of
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import selfeval_form

    try:
        return selfeval_form(layout_of(loaded, settings))
    except PerfdocsError:
        return None


def _layout_fund_rows(form: Any) -> list[tuple[str, bool]] | None:
    """The 项目资金 rows the layout's 自评表 ``form`` declares (name, is the total), or None
    for the national four (or no form)."""
    if form is None or not form.fund_rows:
        return None
    return [(spec.key, spec.total) for spec in form.fund_rows]


def add_evaluation(path: Path, settings: Any) -> int:
    """Append the 自评 part to a declared project file; the number of indicators copied.

    The library side of ``evaluate-init`` (the workbench calls it too). Raises
    :class:`InputError` when the file already has a 自评 part or has no 申报 part.
    """
    from perfdocs.loading.project import load_project
    from perfdocs.loading.source import load_source
    from perfdocs.loading.yamlfile import build, edit_file

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
    unit = str(loaded.source.data.get("金额单位") or settings.input_unit)
    form = _layout_form(loaded, settings)
    tree, style = evaluation_tree(project, unit, _layout_fund_rows(form))
    if form is None:
        from perfdocs.layouts.records import Scoring

        head = evaluation_head(Scoring())
    else:
        head = evaluation_head(form.scoring)

    def append(doc: Any) -> None:
        doc["自评"] = build(tree, style, column=2)
        doc.yaml_set_comment_before_after_key("自评", before="\n".join(head))

    from perfdocs.loading.schema import with_schema_comment

    edit_file(path, append, finish=lambda text: with_schema_comment(text, path))
    return len(project.declaration.flat())
