"""The 自评 indicators left with nothing to score: neither 得分 nor 实际完成值.

The rule that says so (:func:`perfdocs.rules.validate.score_computable`) runs on a computed
project, after the schema has passed; a file with a blank 分值 elsewhere was refused by the
schema first, and the blank 实际完成值 came only in the run after (tester9 R12). Read here
from the file's own tree, it is listed with the schema's findings, in the rule's words, so
every blank to fill comes in one run. Only the blank is judged here: whether a written
实际完成值 can be scored needs the layout's rules.
"""

from __future__ import annotations

from collections.abc import Iterator

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

Loc = tuple[str | int, ...]


def unscored_message(name: str, actual: str) -> str:
    """The words of the finding, for the rule and for this tree reading alike."""
    return (f"「{name}」没有填写得分，实际完成值「{actual or '（空）'}」也无法按规则算出得分："
            "请填写得分，或把实际完成值写成数字或「达成指标」等档次用语")


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def unscored_blanks(tree: Any) -> Iterator[tuple[Loc, str]]:
    """Where (the 得分 to write) and the name of each 自评 indicator with a blank 实际完成值
    and no 得分, in the file's order; a tree the schema refuses is read as far as it goes."""
    part = tree.get("自评") if isinstance(tree, dict) else None
    groups = part.get("绩效指标") if isinstance(part, dict) else None
    if not isinstance(groups, dict):
        return
    for level1, level2s in groups.items():
        if not isinstance(level2s, dict):
            continue
        for level2, items in level2s.items():
            for index, item in enumerate(items if isinstance(items, list) else []):
                if isinstance(item, dict) and _blank(item.get("实际完成值")) \
                        and _blank(item.get("得分")):
                    name = item.get("三级指标")
                    yield (("自评", "绩效指标", level1, level2, index, "得分"),
                           name.strip() if isinstance(name, str) else "")
