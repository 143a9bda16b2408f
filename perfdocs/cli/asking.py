"""The questions ``perfdocs new`` asks, each with its default and its reason to ask again.

A preparer at a terminal answers six questions: 年度 (next year by default, ``2026年`` as
good as ``2026``), 项目名称, 主管部门 and 实施单位 (the unit's own from perfdocs.toml's
``[unit]``), 版式 (the settings' default) and 金额单位 (what the layout's forms print in).
An answer that cannot be used is refused with the reason, then asked again — never a
silent repeat of the question. Where the file will go is checked as soon as it is known,
so nobody answers everything to learn the file exists.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings

MONEY_UNITS = ("元", "万元")


class YearType(click.ParamType):  # type: ignore[type-arg]
    """A year as a preparer writes it: 2026, 2026年, ２０２６ (full-width digits)."""

    name = "年度"

    def convert(self, value: Any, param: click.Parameter | None,
                ctx: click.Context | None) -> int:
        if isinstance(value, int):
            year = value
        else:
            import unicodedata

            text = unicodedata.normalize("NFKC", str(value)).strip()
            found = re.fullmatch(r"(\d{4})\s*(年|年度)?", text)
            if not found:
                self.fail(f"「{value}」不是年度，请写成 2026 或 2026年", param, ctx)
            year = int(found.group(1))
        if not 1990 <= year <= 2100:
            self.fail(f"年度 {year} 不在 1990–2100 之间", param, ctx)
        return year


YEAR = YearType()


def one_line(label: str) -> Any:
    """A check for a required one-line answer, saying why a blank or a line break fails."""

    def check(value: Any) -> str:
        text = str(value or "").strip()
        if not text:
            raise click.UsageError(f"{label}不能为空，请填写")
        if "\n" in text or "\r" in text:
            raise click.UsageError(f"{label}应为一行文字")
        return text

    return check


def layout_money_unit(layout_name: str, settings: Settings) -> str:
    """The money unit a layout's forms print in (:func:`~perfdocs.layouts.layout.
    print_money_unit`), else the settings' input unit."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import load_layout, print_money_unit

    try:
        layout = load_layout(layout_name, settings.layout_paths)
    except PerfdocsError:
        return settings.input_unit
    return print_money_unit(layout) or settings.input_unit


def prompt(label: str, default: str | None, check: Any) -> Any:
    """Ask until the answer passes ``check``; click prints each refusal's reason (错误：…)."""
    return click.prompt(label, default=default if default else "",
                        show_default=bool(default), value_proc=check)
