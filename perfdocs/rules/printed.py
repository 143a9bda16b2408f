"""The 自评表's figures as a reader checks them: the printed ones, not the exact ones.

The calculator works from the amounts as typed and rounds each figure on its own (FORMS.md):
an amount typed in 元 on a form printed in 万元 is converted and rounded, each 其中 row
separately, and the 执行率 comes from the exact amounts. So the form may print figures that
do not foot although the file's do: 116.30 + 0.00 + 8.42 under a 年度资金总额 of 124.73
(tester4), or 0.50 of 0.50 万元 beside 99.20 %. A bureau adds the printed figures, and sends
such a form back; ``perfdocs check`` itself calls the 其中 rows that do not add up an error.
These rules say so before the form is handed in:

- :func:`printed_funds_add_up`: the printed 其中 rows against the printed total (a warning
  naming the rows, the figures and what to do);
- :func:`printed_rate_follows`: rows whose printed amounts divided give another 执行率
  than the printed one (a note: the rate is right, a reader may not think so);
- :func:`steps_band_printed`: a layout scoring 执行率 steps from the exact rate, where the
  printed rate falls in another step (79.996 % prints 80.00 % and scores the 60 % step).

Amounts typed with no more places than the form prints (data/ in 万元) print exactly and
are never named here.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import ROUND_DOWN, Decimal

from perfdocs.errors import Diagnostic, Severity
from perfdocs.model.numbers import MONEY_UNITS
from perfdocs.rules.validate import FUND_COLUMNS, Context, file_unit, written

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.compute.calculate import Result
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.source import Loc

WARNING, NOTE = Severity.WARNING, Severity.NOTE


def _printed(ctx: Context, amount: Decimal) -> str:
    """An amount as the form prints it (its places and thousands), with the form's unit."""
    from perfdocs.rules.explain import figure

    return figure(amount, ctx.form.display.money, f" {ctx.form.money_unit}")


def _bare(ctx: Context, amount: Decimal) -> str:
    from perfdocs.rules.explain import figure

    return figure(amount, ctx.form.display.money, "")


def _exact(amount: Decimal, ctx: Context) -> Decimal:
    """An amount held in 元 in the form's unit, unrounded."""
    return amount / MONEY_UNITS[ctx.form.money_unit]


def _unit_slip(ctx: Context) -> bool:
    """Whether the total row's 全年预算数 is below one unit of the form (80 元 on a 万元 form):
    the amount rules (:mod:`perfdocs.rules.amounts`) then ask about the unit, and what
    rounding does to such figures is beside the point."""
    total = ctx.evaluation.funds.row(ctx.result.funds[0].field) if ctx.result.funds else None
    budget = total.budget if total is not None else None
    return budget is not None and 0 < budget < MONEY_UNITS[ctx.form.money_unit]


def _why(ctx: Context) -> str:
    """Where the rounding comes from, in the preparer's terms."""
    unit, places = ctx.form.money_unit, ctx.form.rounding.money.places
    typed = file_unit(ctx.loaded)
    if typed != unit:
        return (f"金额按{typed}填写，表上按{unit}逐项四舍五入到 {places} 位小数所致"
                "（所填金额本身相符）")
    return f"金额填写的小数位多于表上的 {places} 位，表上逐项四舍五入所致（所填金额本身相符）"


def _typed_in_form_unit(ctx: Context) -> bool:
    """Whether the file's amounts are in the form's unit (then only extra decimal places
    make the printed figures differ, and writing in another unit is no remedy)."""
    return file_unit(ctx.loaded) == ctx.form.money_unit


def printed_funds_add_up(ctx: Context) -> Iterator[Diagnostic]:
    """The 其中 rows as printed add up to the total row as printed, column by column.

    Only where the typed amounts add up (:func:`~perfdocs.rules.validate.funds_add_up`
    says it otherwise) and every 其中 row has the column: the difference then comes from
    rounding each printed figure on its own. The warning names the rows and their printed
    figures, the difference, and two ways out: type the amounts in the form's unit (one
    row settled by the difference, as is usual by hand), and which row rounding moved
    most (the one a clerk would settle).
    """
    from perfdocs.rules.validate import _fund_parts

    if _unit_slip(ctx):
        return
    funds = ctx.evaluation.funds
    total_name, part_names = _fund_parts(ctx)
    total_row = funds.row(total_name)
    lines = {line.field: line for line in ctx.result.funds}
    total_line = lines.get(total_name)
    if total_row is None or total_line is None:
        return
    rows = written(ctx.loaded.source.data, ("自评", "项目资金"))
    rows = rows if isinstance(rows, dict) else {}
    parts = [(name, row, lines[name]) for name in part_names
             if (row := funds.row(name)) is not None and rows.get(name) and name in lines]
    if not parts:
        return
    unit = ctx.form.money_unit
    step = Decimal(1).scaleb(-ctx.form.rounding.money.places)
    for attr, label in FUND_COLUMNS:
        total, shown_total = getattr(total_row, attr), getattr(total_line, attr)
        exact = [getattr(row, attr) for _name, row, _line in parts]
        shown = [getattr(line, attr) for _name, _row, line in parts]
        if total is None or shown_total is None or any(a is None for a in exact) \
                or any(s is None for s in shown):
            continue
        if sum(exact, Decimal(0)) != total:
            continue  # funds_add_up: the typed amounts do not add up either
        added = sum(shown, Decimal(0))
        gap = shown_total - added
        if not gap:
            continue
        figures = "、".join(f"{name} {_bare(ctx, s)}"
                           for (name, _r, _l), s in zip(parts, shown, strict=True))
        # the row rounding moved most the other way from the gap: settled by the gap, it
        # prints nearest its exact amount
        moved = [(_exact(e, ctx) - s) * (1 if gap > 0 else -1)
                 for e, s in zip(exact, shown, strict=True)]
        pick = max(range(len(parts)), key=lambda i: moved[i])
        name = parts[pick][0]
        settled = shown[pick] + gap
        count = abs(gap / step)
        how = (f"差 {_bare(ctx, abs(gap))} {unit}，是逐项舍入的 {count:f} 个末位" if count > 1
               else f"差 {_bare(ctx, abs(gap))} {unit}")
        loc: Loc = ("自评", "项目资金", total_name, label)
        in_unit = _typed_in_form_unit(ctx)
        yield ctx.at(WARNING,
                     f"表上印的其中各行{label}（{figures}）合计 {_printed(ctx, added)}，"
                     f"与{total_name}印的 {_printed(ctx, shown_total)}{how}：{_why(ctx)}。"
                     f"核对表上数字的人会认为不符；"
                     + (f"可把这一栏的金额写到 {ctx.form.rounding.money.places} 位小数"
                        if in_unit else
                        f"可按{unit}填写这一栏的各个金额（合计和其中各行，数字后写「{unit}」，"
                        f"如合计写「{_bare(ctx, shown_total)}{unit}」）")
                     + f"，把其中一行调整 "
                     f"{_bare(ctx, abs(gap))} {unit}使各行之和等于合计"
                     # typed as the clerk types it: in a 元 file, 116.31 alone is 116.31 元
                     f"（如{name}写 {_bare(ctx, settled)}{'' if in_unit else unit}）",
                     loc, label, "funds-sum-printed")


def printed_rate_follows(ctx: Context) -> Iterator[Diagnostic]:
    """Rows whose printed amounts give another 执行率 than the one printed beside them.

    The 执行率 is computed from the exact amounts (FORMS.md), and it is right; but 4,960 of
    5,000 元 prints as 0.50 of 0.50 万元 beside 99.20 %, and a reader dividing the printed
    figures gets 100.00 %. Only where rounding the amounts made the difference (amounts
    that print exactly give the printed rate by definition). One note for the file,
    naming each such row: nothing is wrong, and most 元 files on a 万元 form have one.
    """
    if _unit_slip(ctx):
        return
    rounding = ctx.form.rounding.rate.rounding()
    found: list[str] = []
    first: Loc | None = None
    for line in ctx.result.funds:
        if line.rate is None or line.budget is None or line.executed is None \
                or not line.budget:
            continue
        row = ctx.evaluation.funds.row(line.field)
        if row is None or row.budget is None or row.executed is None:
            continue
        if (line.budget, line.executed) == (_exact(row.budget, ctx), _exact(row.executed, ctx)):
            continue  # printed as typed
        divided = rounding(line.executed / line.budget * 100)
        if divided == line.rate:
            continue
        from perfdocs.rules.explain import rate_text  # a finding's words only

        loc: Loc = ("自评", "项目资金", line.field, "全年执行数")
        first = first or loc
        found.append(f"{line.field} {_bare(ctx, line.executed)}÷{_bare(ctx, line.budget)} 得 "
                     f"{rate_text(divided, ctx.form)}，表上印 {rate_text(line.rate, ctx.form)}"
                     f"（{ctx.money(row.executed, loc)}÷{ctx.money(row.budget, loc)}）")
    if first is None:
        return
    yield ctx.at(NOTE,
                 f"用表上印出的金额（{ctx.form.money_unit}）相除，执行率与印出的不同："
                 f"{'；'.join(found)}。执行率按所填金额计算，无误；不同是{_why(ctx)}。"
                 + (f"要表上一致，金额写到 {ctx.form.rounding.money.places} 位小数"
                    if _typed_in_form_unit(ctx) else
                    f"要表上一致，可按{ctx.form.money_unit}填写金额"),
                 first, "全年执行数", "rate-printed-amounts")


def _rate_words(rate: Decimal) -> str:
    """An exact 执行率 for a message: at most 4 places, cut, "约" when cut."""
    cut = rate.quantize(Decimal("0.0001"), rounding=ROUND_DOWN)
    text = f"{cut.normalize():f}%"
    return text if cut == rate else f"约 {text}"


def steps_band_printed(ctx: Context) -> Iterator[Diagnostic]:
    """A stepped 执行率得分 taken from the exact rate, where the printed rate is in another
    step: 79.996 % prints 80.00 % and scores the 60 % step's 10, not the 80 % step's 14,
    and the form contradicts its own rule. Said on the project, naming both rates, both
    scores and the layout key that decides (``scoring.execution_from``)."""
    scoring = ctx.form.scoring
    if scoring.execution_rule != "steps" or scoring.execution_from != "exact":
        return
    if not ctx.result.funds:
        return
    line = ctx.result.funds[0]
    if line.rate is None or line.exact_rate is None:
        return
    from perfdocs.compute.calculate import execution_score
    from perfdocs.rules.explain import rate_text, score_text

    scored = execution_score(line.rate, ctx.form, line.exact_rate)
    printed = execution_score(line.rate, ctx.form)
    if scored is None or printed is None or scored == printed:
        return
    kind = ctx.form.kind or "自评表"
    loc: Loc = ("自评", "项目资金", line.field, "全年执行数")
    yield ctx.at(WARNING,
                 f"执行率 {_rate_words(line.exact_rate)} 表上印作 "
                 f"{rate_text(line.rate, ctx.form)}，"
                 f"本版式按未舍入的执行率分档（[forms.\"{kind}\".scoring] execution_from = "
                 f"\"exact\"），执行率得分为 {score_text(scored, ctx.form)}；按印出的 "
                 f"{rate_text(line.rate, ctx.form)} 应得 {score_text(printed, ctx.form)}，"
                 "表上的执行率与得分对不上。若按印出的执行率分档，请在版式的 layout.toml 写 "
                 "execution_from = \"printed\"",
                 loc, "全年执行数", "steps-exact-rate")


RULES = (printed_funds_add_up, printed_rate_follows, steps_band_printed)
"""The rules of this module, in the order their findings are printed."""


def check_printed(loaded: Loaded, form: FormLayout, result: Result) -> list[Diagnostic]:
    """Every rule of this module over one computed evaluation (the pipeline runs it beside
    :func:`~perfdocs.rules.validate.check_evaluation`, whose :class:`Context` it shares)."""
    ctx = Context(loaded, form, result)
    return [d for rule in RULES for d in rule(ctx)]
