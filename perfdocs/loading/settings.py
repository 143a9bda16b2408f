"""``perfdocs.toml``: the settings a unit keeps beside its project files.

Read once per run. Every key has a default, so perfdocs works without the file. The file is
checked by a pydantic model (:class:`SettingsFile`) through the one
translator of pydantic errors, so an unknown key or a wrong type is reported with the file,
the line and the key, every fault at once (a typo in a setting must not be silently ignored
at a deadline). Relative paths are taken from the file's own folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, ValidationInfo

from perfdocs.errors import Diagnostic, SettingsError, SettingsInvalid
from perfdocs.files.formats import OUTPUT_FORMATS
from perfdocs.loading.validation_messages import nearest

if TYPE_CHECKING:
    from pydantic import ValidationError

SETTINGS_FILE = "perfdocs.toml"
FORMATS = ("xlsx", "docx", "pdf")
"""What ``render`` writes when neither ``--format`` nor perfdocs.toml says (html on request)."""
DEFAULT_NAME = "{{ year }}/{{ unit }}/{{ project }}-{{ form }}"


UNIT_KEYS = {"name": "单位名称", "department": "主管部门", "preparer": "填报人",
             "phone": "联系电话", "head": "单位负责人"}
"""``[unit]`` keys and the labels they fill: the unit's own details, typed once in
perfdocs.toml rather than in every project file (``new`` offers them as defaults, layouts
print them on signature lines)."""


@dataclass(frozen=True)
class UnitInfo:
    """The ``[unit]`` section: who the forms are from. Every value is "" when not set."""

    name: str = ""
    department: str = ""
    preparer: str = ""
    phone: str = ""
    head: str = ""

    def labels(self) -> dict[str, str]:
        """The details by the forms' own labels (单位名称, 主管部门, 填报人…)."""
        return {label: getattr(self, key) for key, label in UNIT_KEYS.items()}


@dataclass(frozen=True)
class Settings:
    """Resolved settings of one run."""

    layout: str = "shanghai-2024"
    formats: tuple[str, ...] = FORMATS
    out: Path = Path("output")
    name: str = DEFAULT_NAME
    document_date: datetime | None = None
    """The date the documents say (cover, 自评报告, 填报日期): ``--date``, else perfdocs.toml's
    ``[render] document_date`` override, else today (fixed once per run by :meth:`dated`)."""
    input_unit: str = "元"
    pdf_fonts: tuple[str, ...] = ()
    pdf_footer: bool = True
    print_revision: bool = False
    layout_paths: tuple[str, ...] = ()
    packet_name: str = "{{ unit }}{{ year }}年度{{ stage }}材料"
    packet_forms: str = "表格"
    packet_single: bool = False
    packet_volume_size: int = 200
    unit: UnitInfo = field(default_factory=UnitInfo)
    file: Path | None = None

    def dated(self, day: date | None = None) -> Settings:
        """These settings with the run's document date fixed: ``day`` (``--date``), else the
        configured override, else today. Called once per run, so every worker of a packet
        and every file of it says the same date even across midnight."""
        if day is not None:
            return replace(self, document_date=datetime(day.year, day.month, day.day))
        if self.document_date is not None:
            return self
        today = date.today()
        return replace(self, document_date=datetime(today.year, today.month, today.day))

    @property
    def day(self) -> date:
        """The date a person reads in the documents."""
        return (self.document_date or datetime.now()).date()

    @property
    def stamp(self) -> datetime:
        """The moment embedded in files (Office metadata, PDF dates, zip entries).

        ``SOURCE_DATE_EPOCH`` (the reproducible-builds convention) wins; otherwise the
        document date at midnight, so the same inputs and the same date give the same bytes.
        """
        return source_date_epoch() or datetime.combine(self.day, time())


# -- perfdocs.toml as written: its sections and keys, types, defaults and meanings ------------
#
# A pydantic model, so perfdocs.toml is checked like a project file and a layout, through
# the one translator of perfdocs.loading.validation_messages: every fault of the file at
# once, each with the file, its line, the key and its Chinese meaning (the fields' title),
# and an unknown key with the nearest valid name. Strict: TOML has real types, and
# footer = "yes" is a typo to report, not a text to guess at.

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


def resolve(base: Path, value: str) -> Path:
    """``value`` taken from ``base`` (perfdocs.toml's folder) unless absolute; ``~`` expanded.
    A font's ``#index`` (the face of a .ttc collection) stays on the end."""
    anchor, _, index = value.partition("#")
    path = Path(anchor).expanduser()
    if not path.is_absolute():
        path = base / path
    return Path(f"{path}#{index}") if index else path


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


def find_settings(start: Path) -> Path | None:
    """perfdocs.toml in ``start`` or the nearest folder above it, as git finds its folder.

    A unit keeps one workspace (perfdocs.toml, templates/, a folder per year); a terminal
    opened in its ``2025/`` folder must use the unit's settings and layouts, not perfdocs'
    defaults — those would render a Shanghai form for a unit elsewhere, without a word.
    A FIFO or folder of that name is returned too, to be refused rather than skipped.
    """
    for folder in (start, *start.parents):
        candidate = folder / SETTINGS_FILE
        if candidate.exists() or candidate.is_symlink():
            return candidate
    return None


def load_settings(path: str | Path | None = None) -> Settings:
    """Read ``path`` (or the perfdocs.toml :func:`find_settings` finds) into :class:`Settings`.

    Raises :class:`SettingsError` for a file that cannot be read as TOML, and
    :class:`SettingsInvalid` with every fault of one that can, each at its key and line.
    """
    from pydantic import ValidationError

    if path is None:
        found = find_settings(Path.cwd())
        if found is None:
            return Settings()
        path = found
    file = Path(path)
    text = _read_text(file)
    data = _parse(text, file)
    base = file.resolve().parent
    try:
        checked = SettingsFile.model_validate(data, context={"base": base})
    except ValidationError as exc:
        raise SettingsInvalid(file, _diagnostics(exc, file, text)) from None
    render, packet, unit = checked.render, checked.packet, checked.unit
    return Settings(
        layout=render.layout,
        formats=tuple(render.formats),
        out=resolve(base, render.out),
        name=render.name,
        document_date=render.document_date,
        input_unit=checked.input.unit,
        pdf_fonts=tuple(str(resolve(base, p)) for p in checked.fonts.pdf),
        pdf_footer=render.footer,
        print_revision=render.revision,
        # the workspace's own layouts (perfdocs layout new writes them to templates/ beside
        # perfdocs.toml) are found from any folder of the workspace, not only from its top
        layout_paths=tuple(dict.fromkeys(
            [*(str(resolve(base, p)) for p in checked.layouts.paths), str(base / "templates")])),
        packet_name=packet.name,
        packet_forms=packet.forms,
        packet_single=packet.single,
        packet_volume_size=packet.volume_size,
        unit=UnitInfo(**{key: getattr(unit, key) for key in UNIT_KEYS}),
        file=file,
    )


def _diagnostics(exc: ValidationError, file: Path, text: str) -> list[Diagnostic]:
    """Every fault of perfdocs.toml in the words of the other files' messages."""
    from perfdocs.loading.toml_lines import key_lines
    from perfdocs.loading.validation_messages import Checked, translate

    lines = key_lines(text)
    found = translate(exc, Checked(str(file), SettingsFile, "toml", lines.line_of,
                                   rule="SettingsError"))
    return sorted(found, key=lambda d: d.line or 0)  # in the order the file is read


MAX_SETTINGS_BYTES = 1_000_000


def _read_text(file: Path) -> str:
    """perfdocs.toml's text: UTF-8 (BOM or not) or GB18030 as Notepad and WPS save it on
    Chinese Windows; line breaks made LF."""
    from perfdocs.errors import InputError
    from perfdocs.files.reading import read_capped

    if not file.exists() and not file.is_symlink():
        raise SettingsError("找不到设置文件", file=file)
    if file.is_dir():
        raise SettingsError("这是一个文件夹，不是设置文件", file=file)
    try:  # stat first: a FIFO or /dev/zero named as the settings file is refused
        raw = read_capped(file, MAX_SETTINGS_BYTES, "设置文件")
    except InputError as exc:
        raise SettingsError(exc.message, file=file) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            raise SettingsError("设置文件的编码无法识别：请在编辑器中以 UTF-8 编码另存为",
                                file=file) from None
    return text.replace("\r\n", "\n")


def _parse(text: str, file: Path) -> dict[str, object]:
    """The TOML tables of ``text``; tomllib's messages in Chinese with the line they name."""
    from perfdocs.loading.toml_messages import toml_error

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line = toml_error(exc)
        raise SettingsError(f"设置文件不是合法的 TOML：{message}", file=file, line=line) from None


def source_date_epoch() -> datetime | None:
    """``SOURCE_DATE_EPOCH`` as a naive UTC moment (clamped to the zip format's 1980), or
    None when unset or not a whole number of seconds."""
    text = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not text.isdigit():
        return None
    moment = datetime.fromtimestamp(int(text), UTC).replace(tzinfo=None)
    return min(max(moment, datetime(1980, 1, 1)), datetime(2107, 12, 31))


def parse_day(text: str) -> date:
    """``--date YYYY-MM-DD`` → a date; ValueError with a Chinese message otherwise."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise ValueError(f"日期「{text}」不对：应写成 YYYY-MM-DD，如 2025-01-15") from None
    if not date(1980, 1, 1) <= day <= date(2107, 12, 31):
        raise ValueError(f"日期「{text}」须在 1980-01-01 到 2107-12-31 之间"
                         "（xlsx、docx 和 zip 只能记录这段日期）")
    return day
