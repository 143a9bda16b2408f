"""The checks of a project file's values: one module-level function per kind of box.

perfdocs.model.project_models (the pydantic models, the schema's one source) hands these
functions to its fields and validators; the validator kept per user
(perfdocs.loading.compiled_validators) names them by module and name when pickled, and
validates into the twins of perfdocs.model.project. So this module must never import
pydantic: a warm ``perfdocs render`` imports it (and not pydantic) to check a project.

Each function takes what YAML read and returns the value the twin holds, or raises
ValueError (:class:`~perfdocs.errors.BlankValue` for a box left empty) with the Chinese
words the preparer reads; pydantic-core turns it into an error at the field's location.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from decimal import Decimal

from perfdocs.errors import BlankValue
from perfdocs.model.numbers import NumberError, normalize_text, parse_amount, parse_decimal

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, Protocol, TypeVar

    from pydantic_core.core_schema import ValidationInfo
else:
    Protocol = object  # a protocol is the type checker's: a plain base at run time

MAX_TEXT = 20_000
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
"""C0 and C1 controls (U+0080–U+009F too: they reach file names and the terminal)."""


_INVISIBLE = frozenset(chr(code) for first, last in (
    (0x00AD, 0x00AD), (0x061C, 0x061C), (0x180E, 0x180E), (0x200B, 0x200F),
    (0x2028, 0x202E), (0x2060, 0x2069), (0xFEFF, 0xFEFF), (0xFFF9, 0xFFFB))
    for code in range(first, last + 1))
"""Zero-width characters, soft hyphens and direction marks and isolates (U+2066–U+2069):
pasted from web pages, invisible on screen and paper, and able to reorder what a reviewer
sees. A set, not a pattern: that class costs ≈ 3 M instructions to compile in every
process that reads a project."""


MAX_NAME = 100
"""Longest 一级指标/二级指标 name (a real one is under 20 汉字)."""


def as_text(value: object) -> str:
    if value is None:
        raise BlankValue("不能为空")
    if isinstance(value, (dict, list)):
        raise ValueError("应为一段文字")
    text = str(value).strip()
    bad = _CONTROL.search(text)
    if bad:
        raise ValueError(f"含有不可见的控制字符 U+{ord(bad.group()):04X}，请删除")
    if not _INVISIBLE.isdisjoint(text):
        hidden = next(ch for ch in text if ch in _INVISIBLE)  # the first, as a search finds
        raise ValueError(f"含有不可见字符 U+{ord(hidden):04X}，请删除")
    if len(text) > MAX_TEXT:
        raise ValueError(f"文字过长（{len(text)} 字），不应超过 {MAX_TEXT} 字")
    return text


def as_name(value: object) -> str:
    """A 一级指标/二级指标 name (a mapping key): the checks of every text, on one line, short.

    Keys skipped every text check and failed at render without file or line; checked here
    they are reported at validate on the key's own line.
    """
    text = as_text(value)
    if not text:
        raise BlankValue("指标名称不能为空")
    if "\n" in text or "\r" in text:
        raise ValueError("指标名称应为一行文字（不能含换行）")
    if len(text) > MAX_NAME:
        raise ValueError(f"指标名称过长（{len(text)} 字），不应超过 {MAX_NAME} 字")
    return text


def as_required_text(value: object) -> str:
    text = as_text(value)
    if not text:
        raise BlankValue("不能为空")
    return text


_WIDE_FIGURE = {0xFF10 + n: str(n) for n in range(10)} | {0xFF05: "%", 0xFF0E: "."}
"""Full-width digits, ％ and ．: typed with a Chinese input method, printed half-width."""


def fold_figures(text: str) -> str:
    """A 年度指标值 or 实际完成值 with its figures in the digits forms print (``２１５０亩`` →
    ``2150亩``, ``１２.５％`` → ``12.5%``, ``125，000`` → ``125,000``): a column mixing
    ２０００ and 2000 reads as two hands. Words, brackets (台（套）) and a Chinese comma
    between words stay as typed; a full-width comma goes only between two digits."""
    if text.isascii():
        return text
    folded = text.translate(_WIDE_FIGURE)
    if "，" in folded:
        folded = re.sub(r"(?<=\d)，(?=\d)", ",", folded)
    return folded


def as_measure_text(value: object) -> str:
    """A 年度指标值: required, its figures folded (:func:`fold_figures`)."""
    return fold_figures(as_required_text(value))


def as_filled_measure(value: object, info: ValidationInfo) -> str:
    """A 实际完成值: may be left out, not written empty, its figures folded."""
    return fold_figures(as_filled_text(value, info))


def as_optional_text(value: object) -> str | None:
    if value is None:
        return None
    return as_text(value) or None


def as_score(value: object) -> Decimal:
    """A 分值 or 得分: a figure, also with the word a clerk writes after it (``25分``)."""
    if is_blank(value):
        raise BlankValue("不能为空：请填写分数")
    try:
        number = parse_decimal(value if isinstance(value, (int, Decimal)) else str(value))
    except NumberError as exc:
        typed = value.rstrip() if isinstance(value, str) else ""
        try:
            if not typed.endswith("分"):
                raise exc from None
            number = parse_decimal(typed[:-1])
        except NumberError:
            raise ValueError(str(exc)) from None
    if number < 0:
        raise ValueError("分数不能为负数")
    if number > 100:
        raise ValueError(f"分数 {number} 超过 100")
    return number


def as_rate(value: object) -> Decimal:
    """A printed 执行率 in percent: any figure from 0 up, above 100 for an over-executed
    project (perfdocs prints 105.00 for one and must read its own form back). Written as
    the paper form prints it too, with its percent sign (``99.95%``, ``99.95％``): it was
    refused as 「不是数字」 (tester17 F2); the figure is the same, Decimal as written."""
    if is_blank(value):
        raise BlankValue("不能为空")
    if isinstance(value, str) and value.strip().endswith(("%", "％")):
        value = value.strip()[:-1]
    try:
        number = parse_decimal(value if isinstance(value, (int, Decimal)) else str(value))
    except NumberError as exc:
        raise ValueError(str(exc)) from None
    if number < 0:
        raise ValueError("执行率不能为负数")
    return number


def as_amount(value: object, info: ValidationInfo) -> Decimal:
    unit = (info.context or {}).get("unit", "元")
    if value is None or (isinstance(value, str) and not value.strip()):
        raise BlankValue("不能为空（没有资金请写 0）")
    if isinstance(value, (dict, list)):
        raise ValueError("应为一个金额，如 8,600.00")
    try:
        return parse_amount(value if isinstance(value, (int, Decimal)) else str(value), unit)
    except NumberError as exc:
        raise ValueError(str(exc)) from None


_TO_FILL = {
    "amount": "请填写金额，没有资金请写 0",
    "actual": "请填写实际完成值，如 120(人次)、达成指标（表上此格本就空白时，删去这一项）",
    "achieved": "请填写本年度实际完成的情况",
}
"""What to write in a box that is written in the file but left blank, by field."""


def is_blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def as_filled_amount(value: object, info: ValidationInfo) -> Decimal:
    """An amount that may be left out, but once written must be filled in."""
    if is_blank(value):
        raise BlankValue(f"不能为空：{_TO_FILL['amount']}")
    return as_amount(value, info)


def as_filled_text(value: object, info: ValidationInfo) -> str:
    """A text that may be left out (or is required), but once written must be filled in."""
    if is_blank(value):
        raise BlankValue(f"不能为空：{_TO_FILL.get(info.field_name or '', '请填写')}")
    return as_text(value)


def as_column_values(value: object) -> dict[str, str]:
    """``其他栏: {列名: 内容}``: each value one short text."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("应为「栏名: 内容」形式的映射，如 {完成时间: 2024年6月}")
    return {str(k).strip(): as_text(v) for k, v in value.items() if v is not None}


def as_choices(value: object) -> dict[str, list[str]]:
    """``勾选: {项目类别: 延续项目, 项目属性: [甲, 乙]}``: the options ticked on each of the
    layout's tick-box rows, one text or a list of texts."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("应为「行名: 所勾选项」形式的映射，如 {项目类别: 延续项目}")
    out: dict[str, list[str]] = {}
    for key, item in value.items():
        if item is None:
            continue
        items = item if isinstance(item, list) else [item]
        out[str(key).strip()] = [as_text(one) for one in items if one is not None]
    return out


def as_date(value: object) -> date:
    if isinstance(value, date):
        return value
    if is_blank(value):
        raise BlankValue("不能为空：请写成 2024-01-01 这样的日期")
    text = normalize_text(str(value))
    match = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    if not match:
        raise ValueError(f"「{value}」不是日期，请写成 2024-01-01")
    try:
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValueError(f"「{value}」不是有效的日期") from None


if TYPE_CHECKING:
    TreeT = TypeVar("TreeT", bound=Mapping[str, Mapping[str, Sequence[object]]])

MAX_INDICATORS = 500
"""Most 三级指标 one form may carry; real forms hold up to about 60, seed 001 48. A file of
30,000 (a paste gone wrong) would otherwise take gigabytes to lay out."""


def check_tree(tree: TreeT) -> TreeT:
    if not tree:
        raise ValueError("至少要有一个一级指标")
    count = sum(len(items) for groups in tree.values() for items in groups.values())
    if count > MAX_INDICATORS:
        raise ValueError(f"三级指标过多（{count} 个）：一张表最多 {MAX_INDICATORS} 个")
    for level1, groups in tree.items():
        if not groups:
            raise ValueError(f"一级指标「{level1}」下没有二级指标")
        for level2, items in groups.items():
            if not items:
                raise ValueError(f"二级指标「{level1} › {level2}」下没有三级指标")
    return tree


def as_filing(value: object) -> dict[str, object]:
    """``填报信息``: texts by the line labels' names (each checked as a value of its own, so
    a fault names its key and line: 填报信息.联系电话, not the whole table)."""
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise ValueError("应为「名称: 内容」形式的映射，如 填报人: 张三")
    return {str(key).strip(): item for key, item in value.items() if item is not None}


def as_filing_text(value: object) -> str:
    """One 填报信息 value: a date reads 2025年3月1日, anything else one short text."""
    if isinstance(value, date):
        return f"{value.year}年{value.month}月{value.day}日"
    return as_text(value)


def fund_row_names(value: object) -> object:
    """项目资金's keys (before validation): a row's name is its key, so refuse names no form
    could print (too long, blank)."""
    if isinstance(value, dict):
        for key in value:
            if not isinstance(key, str) or not key.strip() or len(key) > 40:
                raise ValueError(f"资金行的名称「{key}」不对：应为表上印的行名，"
                                 "如 当年财政拨款")
    return value


def as_money_unit(value: object) -> object:
    """金额单位 without blanks around it: 「万元　」 (a full-width space after it, invisible on
    screen) was refused as not 元 or 万元 while 实施单位 and 项目类别 drop theirs (tester6 10q)."""
    return value.strip() if isinstance(value, str) else value


def as_year(value: object) -> object:
    """年度 as a number or as forms print it: 2026年, 2026年度 (the form's 「（2026年度）」,
    tester6 10f: it was refused while 2026年 was read; `perfdocs new` and the folder names
    already took both). Any other text is told how to write it (26 and 二〇二六 are not read
    as a year)."""
    if isinstance(value, str):
        typed = value.strip()  # no blanks, no last 年度/年 (as re.sub(r"\s|年度?$", "", typed))
        bare = typed.removesuffix("年度") if typed.endswith("年度") else typed.removesuffix("年")
        digits = "".join(bare.split())
        if not (len(digits) == 4 and digits.isdecimal()):  # \d{4}: full-width ２０２６ too
            raise ValueError("应写成四位数的年份，如 2026、2026年 或 2026年度"
                             f"（不是「{value.strip()}」）")
        return int(digits)
    return value


class _Sections(Protocol):
    @property
    def declaration(self) -> object: ...

    @property
    def evaluation(self) -> object: ...


if TYPE_CHECKING:
    SectionsT = TypeVar("SectionsT", bound=_Sections)


def something_to_render(project: SectionsT) -> SectionsT:
    """A project (validated, after its fields) with 申报 or 自评 or both."""
    if project.declaration is None and project.evaluation is None:
        raise ValueError("项目文件须有「申报」或「自评」部分（或两者都有）")
    return project



REVISION_SHAPE = ("应为一条修订，如 {版本: 2, 日期: 2025-03-01, 阶段: 自评, 原因: 按评审意见更正}"
                  "（阶段可不写）；退回不止一次时写成列表，每条以「- 」开头")


def one_or_many(value: object, handler: Callable[[object], object]) -> object:
    """修订 as one entry (a mapping, as every file had it) or a list of entries (a file
    corrected in 申报 and again in 自评 keeps both). A mapping is validated as a list of one;
    its faults are said at its own keys (修订.日期), not at an index it does not have
    (修订[1].日期): the file never wrote a list. Anything else is neither, and is told so
    (not 「应为列表」: one entry alone is right too)."""
    if isinstance(value, (str, int, float)):
        raise ValueError(REVISION_SHAPE)
    if not isinstance(value, Mapping):
        return handler(value)
    from pydantic_core import ValidationError

    try:
        return handler([value])
    except ValidationError as exc:
        faults: list[Any] = []
        for error in exc.errors():
            loc = error["loc"]
            fault: dict[str, object] = {"type": error["type"], "input": error["input"],
                                        "loc": loc[1:] if loc[:1] == (0,) else loc}
            if "ctx" in error:
                fault["ctx"] = error["ctx"]
            faults.append(fault)
        raise ValidationError.from_exception_data(exc.title, faults) from None


def one_or_many_schema(schema: dict[str, Any]) -> None:
    """The JSON schema of 修订 as files write it (:func:`one_or_many`): beside the list of
    entries, one entry alone — the editor must not flag a file that has always been right."""
    if "anyOf" not in schema and schema.get("type") == "array":
        schema["anyOf"] = [{"type": "array", "items": schema.pop("items")}]
        del schema["type"]
    for option in schema.get("anyOf", []):
        items = option.get("items") if option.get("type") == "array" else None
        if isinstance(items, dict) and "$ref" in items:
            schema["anyOf"].insert(0, {"$ref": items["$ref"]})
            return
