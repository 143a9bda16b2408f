"""perfdocs.toml as written: its sections and keys, types, defaults and meanings.

A pydantic model, so perfdocs.toml is checked like a project file and a layout, through
the one translator of perfdocs.loading.validation_messages: every fault of the file at
once, each with the file, its line, the key and its Chinese meaning (the fields' title),
and an unknown key with the nearest valid name. Strict: TOML has real types, and
footer = "yes" is a typo to report, not a text to guess at.

The schema's one place; a run does not validate with it directly but with a validator
built from it for plain twins (perfdocs.loading.settings_sections) and kept per user
(perfdocs.model.plain.twin_validator; perfdocs.loading.settings), so this module (and
pydantic) is imported only to build that validator and on the error path. Hence every
check named here is a module-level function of perfdocs.loading.settings_checks.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field

from perfdocs.loading.settings_checks import EARLIEST as EARLIEST
from perfdocs.loading.settings_checks import LATEST as LATEST
from perfdocs.loading.settings_checks import as_document_date, as_format_name, as_loop_free_path
from perfdocs.loading.settings_values import UNIT_KEYS, Settings
from perfdocs.model import plain

if TYPE_CHECKING:
    from pydantic_core import SchemaValidator


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, strict=True)


FormatName = Annotated[str, AfterValidator(as_format_name)]
Text = Annotated[str, AfterValidator(str.strip)]


class RenderSection(_Section):
    layout: str = Field(Settings.layout, title="默认版式", examples=["shanghai-2024"])
    formats: list[FormatName] = Field(list(Settings.formats), min_length=1, title="输出格式",
                                      examples=[["xlsx", "pdf"]])
    out: str = Field(str(Settings.out), title="输出文件夹", examples=["output"])
    name: str = Field(Settings.name, title="输出文件名", examples=[Settings.name])
    document_date: Annotated[datetime, BeforeValidator(as_document_date)] | None = Field(
        None, title="文件上写的日期")
    footer: bool = Field(Settings.pdf_footer, title="PDF 页码")
    revision: bool = Field(Settings.print_revision, title="印修订说明")


class InputSection(_Section):
    unit: Literal["元", "万元"] = Field("元", title="金额单位")  # Settings.input_unit


class FontsSection(_Section):
    pdf: list[str] = Field([], title="PDF 字体", examples=[["fonts/simsun.ttc"]])


class LayoutsSection(_Section):
    paths: list[Annotated[str, AfterValidator(as_loop_free_path)]] = Field(
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


MODELS: tuple[type[_Section], ...] = (RenderSection, InputSection, FontsSection, LayoutsSection,
                                      PacketSection, UnitSection, SettingsFile)
"""Every model of perfdocs.toml (each has its twin in perfdocs.loading.settings_sections)."""


def twins() -> dict[type, type[plain.Plain]]:
    from perfdocs.loading import settings_sections

    return plain.twins_by_name(MODELS, settings_sections)


def twin_validator() -> SchemaValidator:
    """perfdocs.toml's validator, making twins (what perfdocs.loading.settings keeps)."""
    return plain.twin_validator(SettingsFile, twins())
