"""One 实施单位 written two ways: refused where projects are grouped by unit.

``import`` takes 某中心（分中心） and 某中心(分中心) for the same unit: it compares names
after :func:`~perfdocs.model.numbers.normalize_text` (NFKC, no blanks), as a returned
汇总表's header is compared with the project file. ``packet``, ``summary`` and
``overview`` group projects by the name as written, so one clerk's half-width brackets
split the unit in two: its packet and its 一览表 合计 silently lacked the project
(tester16 F4). Grouping by the folded name instead would print both spellings in one
bound packet, which the reviewer then sees as two units, so such files are refused,
each file whose spelling differs from the one most files use named with its line.
"""

from __future__ import annotations

from collections.abc import Iterable

from perfdocs.errors import Diagnostic, FilesRefused, Severity


def spelling_errors(named: Iterable[tuple[str, str, int]],
                    field: str = "实施单位") -> list[Diagnostic]:
    """One error for each file whose ``field`` is written otherwise than the most files of
    its year write a name equal to it once folded. ``named``: (path, name, year) in the
    order given; the spelling most files use is kept (on a tie, the first one given)."""
    from perfdocs.loading.source import name_line
    from perfdocs.model.numbers import normalize_text

    spellings: dict[tuple[int, str], dict[str, list[str]]] = {}
    for path, name, year in named:
        spellings.setdefault((year, normalize_text(name)), {}).setdefault(name, []).append(path)
    found: list[Diagnostic] = []
    for ways in spellings.values():
        if len(ways) < 2:
            continue
        kept = max(ways, key=lambda way: len(ways[way]))  # max keeps the first of a tie
        example = ways[kept][0]
        count = len(ways[kept])
        for way, paths in ways.items():
            if way == kept:
                continue
            for path in paths:
                found.append(Diagnostic(
                    Severity.ERROR,
                    f"写作「{way}」，而 {count} 个文件（如 {example}）写作「{kept}」：两种写法只差"
                    "全角/半角或空格，是同一个单位，但表上会印出两种写法。请改成与其他文件相同的"
                    "写法后重新运行", file=path, line=name_line(path, field), field=field,
                    label=field, rule="unit-spelling"))
    return found


def refuse_spellings(named: Iterable[tuple[str, str, int]], what: str) -> None:
    """Raise :class:`FilesRefused` (nothing written) when :func:`spelling_errors` finds
    any; ``what`` is what was not made (材料包, 汇总表, 项目绩效一览表)."""
    errors = spelling_errors(named)
    if errors:
        raise FilesRefused(f"未生成{what}，什么也没有写入：{len(errors)} 个文件的实施单位与其他"
                           "文件写法不同（见上）", errors)
