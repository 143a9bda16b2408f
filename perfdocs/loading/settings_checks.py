"""The checks of perfdocs.toml's values that its model (perfdocs.loading.settings_file)
names: module-level functions of a module without pydantic, so the file's validator kept
per user (perfdocs.loading.settings) reads back naming only them, pydantic-core and the
twins of perfdocs.loading.settings_sections, and a run checking a new or edited
perfdocs.toml imports no pydantic either.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.files.formats import OUTPUT_FORMATS
from perfdocs.loading.settings_values import resolve

if TYPE_CHECKING:
    from pydantic_core.core_schema import ValidationInfo

EARLIEST = datetime(1980, 1, 1)
LATEST = datetime(2107, 12, 31)
"""The dates zip (xlsx, docx, the packet) can store."""


def as_format_name(value: str) -> str:
    """A format as ``-f`` takes it: ``"PDF"`` and ``" xlsx"`` are the formats a clerk
    meant (the command line has always read them so), anything else a fault with the
    nearest name."""
    name = value.strip().lower()
    if name not in OUTPUT_FORMATS:
        from perfdocs.loading.validation_messages import nearest  # a fault's words only

        near = nearest(name, OUTPUT_FORMATS)
        raise ValueError(f"只能取 {'、'.join(OUTPUT_FORMATS)}，不是「{value}」"
                         + (f"，是不是「{near}」？" if near else ""))
    return name


def as_document_date(value: object) -> datetime:
    """A TOML date or date-time as the naive moment the documents say, within zip's range."""
    if isinstance(value, datetime):
        moment = value.replace(tzinfo=None)
    elif isinstance(value, date):
        moment = datetime(value.year, value.month, value.day)
    else:
        raise ValueError("应写成日期（不加引号），如 2025-01-15")
    if not EARLIEST <= moment <= LATEST:
        raise ValueError("须在 1980-01-01 到 2107-12-31 之间"
                         "（xlsx、docx 和 zip 只能记录这段日期）")
    return moment


def as_loop_free_path(value: str, info: ValidationInfo) -> str:
    """A layout folder that is a symbolic link into itself is refused here, at its key,
    rather than hanging or failing in every command that searches the layouts."""
    base = (info.context or {}).get("base")
    if isinstance(base, Path):
        try:
            resolve(base, value).resolve(strict=False)
        except (RuntimeError, OSError):  # Python 3.11 says RuntimeError for a loop
            raise ValueError(f"[layouts] paths 中的 {resolve(base, value)} 是形成循环的符号链接"
                             ) from None
    return value
