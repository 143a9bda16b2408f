"""perfdocs.toml as written: its sections and keys, types, defaults and meanings.

A pydantic model, so perfdocs.toml is checked like a project file and a layout, through
the one translator of perfdocs.loading.validation_messages: every fault of the file at
once, each with the file, its line, the key and its Chinese meaning (the fields' title),
and an unknown key with the nearest valid name. Strict: TOML has real types, and
footer = "yes" is a typo to report, not a text to guess at.

Its own module, imported by :func:`perfdocs.loading.settings.load_settings` only when there
is a perfdocs.toml to check: building these classes costs pydantic's import and ≈ 20 ms,
which a run without the file (and ``perfdocs --help``) does not pay.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo

from perfdocs.files.formats import OUTPUT_FORMATS
from perfdocs.loading.settings_values import UNIT_KEYS, Settings, resolve
from perfdocs.loading.validation_messages import nearest

EARLIEST = datetime(1980, 1, 1)
LATEST = datetime(2107, 12, 31)
"""The dates zip (xlsx, docx, the packet) can store."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


def _format_name(value: str) -> str:
    if value not in OUTPUT_FORMATS:
        near = nearest(value.strip().lower(), OUTPUT_FORMATS)  # "PDF" is "pdf" mistyped
        raise ValueError(f"只能取 {'、'.join(OUTPUT_FORMATS)}，不是「{value}」"
                         + (f"，是不是「{near}」？" if near else ""))
    return value


def _document_date(value: object) -> datetime:
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


def _no_loop(value: str, info: ValidationInfo) -> str:
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


FormatName = Annotated[str, AfterValidator(_format_name)]
Text = Annotated[str, AfterValidator(str.strip)]


class RenderSection(_Section):
    layout: str = Field(Settings.layout, title="默认版式", examples=["shanghai-2024"])
    formats: list[FormatName] = Field(list(Settings.formats), min_length=1, title="输出格式",
                                      examples=[["xlsx", "pdf"]])
    out: str = Field(str(Settings.out), title="输出文件夹", examples=["output"])
    name: str = Field(Settings.name, title="输出文件名", examples=[Settings.name])
    document_date: Annotated[datetime, BeforeValidator(_document_date)] | None = Field(
        None, title="文件上写的日期")
    footer: bool = Field(Settings.pdf_footer, title="PDF 页码")
    revision: bool = Field(Settings.print_revision, title="印修订说明")


class InputSection(_Section):
    unit: Literal["元", "万元"] = Field("元", title="金额单位")  # Settings.input_unit


class FontsSection(_Section):
    pdf: list[str] = Field([], title="PDF 字体", examples=[["fonts/simsun.ttc"]])


class LayoutsSection(_Section):
    paths: list[Annotated[str, AfterValidator(_no_loop)]] = Field(
        [], title="版式文件夹", examples=[["我的版式"]])


class PacketSection(_Section):
    name: str = Field(Settings.packet_name, title="材料包名称", examples=[Settings.packet_name])
    forms: str = Field(Settings.packet_forms, title="表格子文件夹", examples=["表格"])
    single: bool = Field(Settings.packet_single, title="合成一个材料包")
    volume_size: int = Field(Settings.packet_volume_size, title="合订 PDF 每册项目数",
                             examples=[200])


class UnitSection(_Section):
    name: Text = Field("", title=UNIT_KEYS["name"], examples=["某某中心"])
    department: Text = Field("", title=UNIT_KEYS["department"], examples=["某某局"])
    preparer: Text = Field("", title=UNIT_KEYS["preparer"], examples=["张三"])
    phone: Text = Field("", title=UNIT_KEYS["phone"], examples=["021-12345678"])
    head: Text = Field("", title=UNIT_KEYS["head"], examples=["李四"])


class SettingsFile(_Section):
    """A whole perfdocs.toml; every section and key may be left out."""

    render: RenderSection = Field(RenderSection(), title="生成")
    input: InputSection = Field(InputSection(), title="输入")
    fonts: FontsSection = Field(FontsSection(), title="字体")
    layouts: LayoutsSection = Field(LayoutsSection(), title="版式")
    packet: PacketSection = Field(PacketSection(), title="材料包")
    unit: UnitSection = Field(UnitSection(), title="本单位信息")
