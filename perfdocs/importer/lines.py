"""Header and footer lines read back: 单位名称：… 填报日期：… / 填报单位（盖章）：… 填报人：….

A layout may print lines above and below a form's table (``header_lines``,
``footer_lines``, see :mod:`perfdocs.forms.lines`) whose values come from the project file's
``填报信息``, from perfdocs.toml's ``[unit]`` or from the project's own header. Import reads
them back into ``填报信息`` so that a rendered form, imported, prints the same lines again;
without this, a reviewer's returned workbook would silently lose the 填报人 and 联系电话 the
preparer typed.

The lines are found by their labels, never by cell address: a cell whose text starts with
one of a line's labels followed by "：" (or ":") holds that line, and each item's value is
the text between its label and the next label of the layout's lines. Blank room left for
handwriting (ideographic spaces) reads as no value. A value the importing run would print
anyway — the same as perfdocs.toml's ``[unit]`` gives, or the project's 实施单位 for
填报单位 — is not written into the file, so a project whose lines came from ``[unit]`` comes
back as it was.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from perfdocs.forms.lines import lookup

if TYPE_CHECKING:
    from perfdocs.forms.sheet import Grid
    from perfdocs.layouts.layout import FormLayout, LineItem
    from perfdocs.loading.source import Loc

_SPACE = re.compile(r"[\s\u3000]+")


def _fold(text: str) -> str:
    """NFKC (full-width colon → ":") and no spaces, as labels are compared elsewhere."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", text))


def _labels(items: Iterable[LineItem]) -> list[str]:
    return [item.label.rstrip("：:").strip() for item in items]


def _folded_with_origin(text: str) -> tuple[str, list[int]]:
    """``text`` NFKC-folded character by character, and for each position of the folded
    text (and its end) the position in ``text`` it came from: a value found in the folded
    text is cut from the text as printed."""
    folded: list[str] = []
    origin: list[int] = []
    for at, char in enumerate(text):
        piece = unicodedata.normalize("NFKC", char)
        folded.append(piece)
        origin += [at] * len(piece)
    origin.append(len(text))
    return "".join(folded), origin


def _values_in(text: str, labels: Sequence[str]) -> dict[str, str]:
    """Each label's value in one printed line: the text after "label：" up to the next label.

    Labels are matched in the text as printed (spaces and full-width forms folded), so a
    hand-retyped "填报人: 张三" reads like perfdocs' own "填报人：张三". The values are the
    text as printed, never folded: 「部门：某县教育局（本级）」 is the unit 某县教育局（本级）,
    and read as 某县教育局(本级) it differed from the project's 实施单位, was written into
    填报信息 and printed back with ASCII brackets (tester13 F2).
    """
    folded_text, origin = _folded_with_origin(text)
    hits: list[tuple[int, int, str]] = []
    for label in labels:
        pattern = r"\s*".join(map(re.escape, unicodedata.normalize("NFKC", label)))
        for match in re.finditer(pattern + r"\s*:", folded_text):
            hits.append((match.start(), match.end(), label))
    hits.sort()
    values: dict[str, str] = {}
    for i, (_start, end, label) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(folded_text)
        newline = folded_text.find("\n", end)
        if newline != -1:
            stop = min(stop, newline)  # a line's values never run into the next line
        value = text[origin[end]:origin[stop]].strip(" \t\r\n\u3000")
        if label not in values:
            values[label] = value
    return values


def read_lines(grid: Grid, form: FormLayout, cells: dict[Loc, str],
               known: Sequence[Mapping[str, str]] = ()) -> dict[str, str]:
    """``填报信息`` from the header and footer lines ``form`` prints, as found in ``grid``.

    ``known``: the values the importing run would print without the file (perfdocs.toml's
    ``[unit]``, the project's header); a value equal to them (spaces and full-width forms
    aside, as ``import --into`` compares text, which then keeps the file's spelling) is
    left out of the file. The
    cell of each value read goes into ``cells`` under ``("填报信息", name)``.
    """
    lines = [*form.header_lines, *form.footer_lines]
    if not lines:
        return {}
    every_label = [label for items in lines for label in _labels(items)]
    found: dict[str, str] = {}
    for items in lines:
        labels = _labels(items)
        starts = {_fold(label) for label in labels if label}
        for anchor in grid.anchors:
            folded = _fold(anchor.text)
            if not any(folded.startswith(start + ":") for start in starts):
                continue
            values = _values_in(anchor.text, every_label)
            for item, label in zip(items, labels, strict=True):
                value = values.get(label, "")
                if not item.field or not value or item.field in found:
                    continue
                if _fold(lookup(item.field, known)) == _fold(value):
                    continue  # spaces and full-width forms aside, as a merge compares text
                found[item.field] = value
                cells[("填报信息", item.field)] = anchor.address
            break
    if found:
        cells.setdefault(("填报信息",), next(iter(
            cells[("填报信息", name)] for name in found)))
    return found


def lines_evidence(grid: Grid, form: FormLayout) -> int:
    """How far ``grid`` shows the header and footer lines ``form`` prints, for telling apart
    layouts whose tables carry the same labels (national-2020 and its variants).

    One point for each line found (a cell starting with one of its labels and "："); minus
    one when the form prints lines and the sheet has none of them, so that a plain national
    form is not taken for a variant that signs below its table.
    """
    lines = [*form.header_lines, *form.footer_lines]
    if not lines:
        return 0
    texts = [_fold(anchor.text) for anchor in grid.anchors]
    found = 0
    for items in lines:
        starts = [_fold(label) + ":" for label in _labels(items) if label]
        if any(text.startswith(start) for text in texts for start in starts):
            found += 1
    return found if found else -1


RUN_DATE = "填报日期"
"""The line value a run may print from its own date (``--date``, ``[render]
document_date``) where the project file writes none (loading/settings_values.line_values)."""


def without_run_date(read: Mapping[str, Any], written: object) -> dict[str, Any]:
    """The 填报信息 read back from a form, less a 填报日期 the project file does not write:
    that one is the date of the run that printed the form (the packet's ``--date``), not
    a reviewer's change. Merged, it froze the project's 填报日期 at the first packet's day
    and named 「填报信息」 in the suggested 修订 reason (tester11 F2); the next run's date
    prints it again."""
    if RUN_DATE in read and not (isinstance(written, Mapping) and RUN_DATE in written):
        return {key: value for key, value in read.items() if key != RUN_DATE}
    return dict(read)
