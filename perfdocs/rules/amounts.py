"""Money typed in the wrong unit: amounts no project of this file plausibly holds.

A file that says (or, without 金额单位, defaults to) 元 with its amounts typed in 万元 —
435.82 for a ¥4,358,200 project — is valid YAML with valid figures, and the 万元 form
prints 0.04. Nothing in the arithmetic objects; only the size gives it away. These rules
compare a project's amounts with each other and with what a form can print:

- the declaration's 年度资金申请总额 against the evaluation's 年初预算数 (the same money, by
  rule), and the evaluation's 年初预算数, 全年预算数 and 全年执行数 against each other: about
  10,000 times apart is one figure typed in 元 and the other in 万元;
- a part's funds below one unit of the form that prints them (under 1 万元 on a 万元 form);
- a part's funds outside the layout's ``[amounts]`` range (by default 1 千元 to 100 亿元).

Each is a warning (an error with ``--strict``): some projects are small, and a reviewer
decides. Messages write amounts as the preparer typed them and say what to change.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from perfdocs.errors import Diagnostic, Severity
from perfdocs.loading.source import Loc
from perfdocs.model.numbers import MONEY_UNITS
from perfdocs.records import Record
from perfdocs.rules.validate import FileRules, file_unit, written

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from perfdocs.layouts.layout import Layout
    from perfdocs.loading.project import Loaded

WARNING = Severity.WARNING
SLIP = Decimal(10000)
"""万元 ÷ 元: two figures this far apart were typed in different units."""
SLIP_RANGE = (SLIP / 2, SLIP * 2)
"""How close to 10,000 times apart counts (budgets change within a year, never 5,000-fold)."""


class Figure(Record, frozen=True, slots=True):
    """One amount of the project file, in 元, with where it is and its form label."""

    part: str
    label: str
    loc: Loc
    amount: Decimal
    shown: str = ""
    """The label as the form prints it, when not ``label`` (national-2020's 申报表 prints
    the file's 年度资金申请总额 as 年度资金总额): what a message names."""

    @property
    def name(self) -> str:
        return self.shown or self.label



class Rules(FileRules):
    """The amount rules of one project file."""

    def __init__(self, loaded: Loaded, layout: Layout) -> None:
        self.loaded = loaded
        self.layout = layout
        self.project = loaded.project

    @property
    def total_name(self) -> str:
        """The 自评表's total funds row as the layout names it (年度资金总额, 总额 …)."""
        from perfdocs.layouts.layout import selfeval_form

        form = selfeval_form(self.layout)
        return form.total_fund_key() if form is not None else "年度资金总额"

    def figures(self, part: str) -> list[Figure]:
        """The headline amounts of ``part`` (申报 or 自评) that are written and not 0."""
        found: list[Figure] = []
        if part == "自评" and self.project.evaluation is not None:
            name = self.total_name
            total = self.project.evaluation.funds.row(name)
            for attr, column in (("initial", "年初预算数"), ("budget", "全年预算数"),
                                 ("executed", "全年执行数")):
                amount = getattr(total, attr) if total is not None else None
                if amount is not None:
                    found.append(Figure(part, f"{name}的{column}",
                                        ("自评", "项目资金", name, column), amount))
        if part == "申报" and self.project.declaration is not None:
            from perfdocs.rules.consistency import printed_name

            form = next((f for f in self.layout.forms.values() if f.section == "申报"), None)
            funds = self.project.declaration.funds
            found.append(Figure(part, "年度资金申请总额", ("申报", "项目资金", "年度资金申请总额",
                                                          "合计"), funds.annual.total,
                                printed_name(form, "年度资金申请总额")))
            if funds.project.total is not None:  # the left half may be left blank
                found.append(Figure(part, "项目资金总额", ("申报", "项目资金", "项目资金总额",
                                                          "合计"), funds.project.total,
                                    printed_name(form, "项目资金总额")))
        return [f for f in found if f.amount]

    def unit_words(self) -> str:
        """The file's unit, and whether it was written or is the default."""
        unit = file_unit(self.loaded)
        if written(self.loaded.source.data, ("金额单位",)) is None:
            return f"本文件没有写金额单位，金额按「{unit}」读取"
        return f"本文件的金额单位是「{unit}」"

    def slips(self) -> Iterator[Diagnostic]:
        """Pairs of amounts about 10,000 times apart."""
        declared = self.figures("申报")
        evaluated = self.figures("自评")
        by_label = {f.label: f for f in evaluated}
        pairs: list[tuple[Figure, Figure]] = []
        annual = next((f for f in declared if f.label == "年度资金申请总额"), None)
        name = self.total_name
        start = by_label.get(f"{name}的年初预算数") or by_label.get(f"{name}的全年预算数")
        if annual is not None and start is not None:
            pairs.append((annual, start))
        for a, b in (("年初预算数", "全年预算数"), ("全年预算数", "全年执行数")):
            first, second = by_label.get(f"{name}的{a}"), by_label.get(f"{name}的{b}")
            if first is not None and second is not None:
                pairs.append((first, second))
        seen: set[Loc] = set()
        for one, other in pairs:
            small, large = sorted((one, other), key=lambda f: f.amount)
            ratio = large.amount / small.amount
            if not SLIP_RANGE[0] <= ratio <= SLIP_RANGE[1]:
                continue
            odd = small if file_unit(self.loaded) == "元" else large
            if odd.loc in seen:
                continue
            seen.add(odd.loc)
            other = large if odd is small else small
            where = (f"{'申报' if other.part == '申报' else '自评'}的" if other.part != odd.part
                     else "")
            # both in the file's unit (README): 「2,001,000.00 万元与 200.00 万元」, not each
            # as typed (「…万元与 2,000,000.00 元」 hid the slip's size; tester17 F7)
            yield self.at(WARNING, f"{odd.name} {self.money(odd.amount)}与{where}"
                          f"{other.name} {self.money(other.amount)}相差约 "
                          f"{ratio:,.0f} 倍：是否一处按万元、一处按元填写？{self.unit_words()}；"
                          "与它不同单位的金额可在数字后写明单位，如 \"435.82万元\"",
                          odd.loc, odd.name.rsplit("的", 1)[-1], "amount-unit-slip")

    def below_one_unit(self) -> tuple[list[Diagnostic], set[str]]:
        """A part whose funds print as less than one unit of its form (0.04 万元)."""
        found: list[Diagnostic] = []
        parts: set[str] = set()
        for kind, form in self.layout.forms.items():
            unit = form.money_unit
            size = MONEY_UNITS[unit]
            small = [f for f in self.figures(form.section) if f.amount < size]
            if not small or form.section in parts:
                continue
            parts.add(form.section)
            figure = max(small, key=lambda f: f.amount)
            printed = form.rounding.money.rounding()(figure.amount / size)
            hint = ("若金额是按万元填写的，请把金额单位改为「万元」"
                    "（项目文件：在开头写「金额单位: 万元」；"
                    "填写表：在「基本信息」表的金额单位格选「万元」）"
                    if file_unit(self.loaded) == "元" and unit == "万元"
                    else "请核对金额和单位")
            more = "（这一部分其他金额同样如此）" if len(small) > 1 else ""
            written, shown = self.money(figure.amount, figure.loc), f"{printed:,f} {unit}"
            # 「0.27 万元在申报表上印作 0.27 万元」 said nothing (tester12 F8): only a figure
            # the form prints otherwise is told how it prints
            said = "，" if written == shown else f"在{kind}上印作 {shown}，"
            found.append(self.at(WARNING, f"{figure.name} {written}"
                                 f"{said}不到 1 {unit}{more}："
                                 f"{self.unit_words()}，{hint}", figure.loc,
                                 figure.name.rsplit("的", 1)[-1], "amount-below-unit"))
        return found, parts

    def outside_range(self, skip: set[str]) -> Iterator[Diagnostic]:
        """A part's headline amount outside the layout's plausible range."""
        low, high = self.layout.amounts.min, self.layout.amounts.max
        for part, label in (("申报", "年度资金申请总额"), ("自评", "年度资金总额的全年预算数")):
            if part in skip:
                continue
            figure = next((f for f in self.figures(part) if f.label == label), None)
            if figure is None or low <= figure.amount <= high:
                continue
            bound = (f"不到 {_yuan(low)}" if figure.amount < low else f"超过 {_yuan(high)}")
            yield self.at(WARNING, f"{figure.name} {self.money(figure.amount, figure.loc)}"
                          f"{bound}，不像一个项目一年的资金：金额单位是否写错？{self.unit_words()}"
                          f"（版式 {self.layout.name} 的 [amounts] 给出合理范围）", figure.loc,
                          figure.name.rsplit("的", 1)[-1], "amount-implausible")


def _yuan(amount: Decimal) -> str:
    """A bound in words a preparer reads at a glance: 1,000 元, 100 亿元 (a quotient keeps
    the exponent of its operands, 100.00000000: normalized, it prints as a person writes)."""
    if amount >= Decimal("1e8") and amount % Decimal("1e8") == 0:
        return f"{(amount / Decimal('1e8')).normalize():,f} 亿元"
    if amount >= SLIP and amount % SLIP == 0:
        return f"{(amount / SLIP).normalize():,f} 万元"
    return f"{amount.normalize():,f} 元"


def check_amounts(loaded: Loaded, layout: Layout) -> list[Diagnostic]:
    """Every amount rule over one project file (the pipeline and ``check`` call this)."""
    rules = Rules(loaded, layout)
    small, parts = rules.below_one_unit()
    found: list[Diagnostic] = []
    for finding in [*rules.slips(), *small, *rules.outside_range(parts)]:
        if all(d.field != finding.field for d in found):  # one word about each figure
            found.append(finding)
    return sorted(found, key=lambda d: d.line or 0)
