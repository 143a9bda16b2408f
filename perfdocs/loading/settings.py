"""``perfdocs.toml``: the settings a unit keeps beside its project files.

Read once per run. Every key has a default, so perfdocs works without the file; an unknown
key or a wrong type is reported with the file and key (a typo in a setting must not be
silently ignored at a deadline). Relative paths are taken from the file's own folder.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time
from pathlib import Path
from typing import Any

from perfdocs.errors import SettingsError

SETTINGS_FILE = "perfdocs.toml"
FORMATS = ("xlsx", "docx", "pdf")
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
    extra: dict[str, Any] = field(default_factory=dict)

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


_KNOWN = {
    "render": {"layout", "formats", "out", "name", "document_date", "footer", "revision"},
    "input": {"unit"},
    "fonts": {"pdf"},
    "layouts": {"paths"},
    "packet": {"name", "forms", "single", "volume_size"},
    "unit": set(UNIT_KEYS),
}


def load_settings(path: str | Path | None = None) -> Settings:
    """Read ``path`` (or ./perfdocs.toml when it exists) into :class:`Settings`."""
    if path is None:
        candidate = Path.cwd() / SETTINGS_FILE
        if not candidate.exists() and not candidate.is_symlink():
            return Settings()  # a FIFO or folder of that name is refused, not ignored
        path = candidate
    file = Path(path)
    data = _read_toml(file)
    for section, values in data.items():
        if section not in _KNOWN or not isinstance(values, dict):
            raise SettingsError(f"不认识的设置节 [{section}]（可用：{'、'.join(_KNOWN)}）",
                                file=file, field=section)
        for key in values:
            if key not in _KNOWN[section]:
                raise SettingsError(
                    f"不认识的设置 {key}（[{section}] 可用：{'、'.join(sorted(_KNOWN[section]))}）",
                    file=file, field=f"{section}.{key}")
    base = file.resolve().parent
    render = data.get("render", {})

    def get(section: dict[str, Any], key: str, kind: type, default: Any) -> Any:
        value = section.get(key, default)
        if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
            where = next((f"{name}.{key}" for name, values in data.items()
                          if values is section), key)
            raise SettingsError(f"设置 {key} 的写法不对：应为{_KIND_WORDS[kind]}",
                                file=file, field=where)
        return value

    from perfdocs.files.formats import OUTPUT_FORMATS

    formats = tuple(get(render, "formats", list, list(FORMATS)))
    bad = [f for f in formats if f not in OUTPUT_FORMATS]
    if bad or not formats:
        raise SettingsError(f"formats 只能取 {'、'.join(OUTPUT_FORMATS)}", file=file,
                            field="render.formats")
    date = render.get("document_date")
    if date is not None and not isinstance(date, datetime):
        from datetime import date as date_type

        if isinstance(date, date_type):
            date = datetime(date.year, date.month, date.day)
        else:
            raise SettingsError("document_date 应写成日期，如 2025-01-15", file=file,
                                field="render.document_date")
    if date is not None and not (datetime(1980, 1, 1) <= date.replace(tzinfo=None)
                                 <= datetime(2107, 12, 31)):
        # zip (xlsx, docx, the packet) stores dates from 1980 to 2107 only
        raise SettingsError("document_date 须在 1980-01-01 到 2107-12-31 之间"
                            "（xlsx、docx 和 zip 只能记录这段日期）", file=file,
                            field="render.document_date")
    unit = get(data.get("input", {}), "unit", str, "元")
    if unit not in ("元", "万元"):
        raise SettingsError("input.unit 只能是「元」或「万元」", file=file, field="input.unit")
    fonts = [_resolve(base, p, file) for p in get(data.get("fonts", {}), "pdf", list, [])]
    paths = [_resolve(base, p, file) for p in get(data.get("layouts", {}), "paths", list, [])]
    for entry in paths:
        try:
            Path(entry).resolve(strict=False)
        except (RuntimeError, OSError):  # Python 3.11 says RuntimeError for a loop
            raise SettingsError(f"[layouts] paths 中的 {entry} 是形成循环的符号链接",
                                file=file, field="layouts.paths") from None
    packet = data.get("packet", {})
    unit_section = data.get("unit", {})
    unit_info = UnitInfo(**{key: get(unit_section, key, str, "").strip() for key in UNIT_KEYS})
    return Settings(
        layout=get(render, "layout", str, "shanghai-2024"),
        formats=formats,
        out=Path(_resolve(base, get(render, "out", str, "output"), file)),
        name=get(render, "name", str, DEFAULT_NAME),
        document_date=date.replace(tzinfo=None) if date is not None else None,
        input_unit=unit,
        pdf_fonts=tuple(fonts),
        pdf_footer=get(render, "footer", bool, True),
        print_revision=get(render, "revision", bool, False),
        layout_paths=tuple(paths),
        packet_name=get(packet, "name", str, Settings.packet_name),
        packet_forms=get(packet, "forms", str, Settings.packet_forms),
        packet_single=get(packet, "single", bool, False),
        packet_volume_size=get(packet, "volume_size", int, 200),
        unit=unit_info,
        file=file,
    )


_KIND_WORDS = {str: "加英文双引号的文字，如 \"元\"", list: "方括号中的列表，如 [\"xlsx\", \"pdf\"]",
               bool: " true 或 false", int: "整数，如 200"}

MAX_SETTINGS_BYTES = 1_000_000


def _read_toml(file: Path) -> dict[str, Any]:
    """perfdocs.toml as data: UTF-8 (BOM or not) or GB18030 as Notepad and WPS save it on
    Chinese Windows; tomllib's messages in Chinese with the line they name."""
    from perfdocs.errors import InputError
    from perfdocs.files.reading import read_capped
    from perfdocs.loading.toml_messages import toml_error

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
    try:
        return tomllib.loads(text.replace("\r\n", "\n"))
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


def _resolve(base: Path, value: Any, file: Path | None = None) -> str:
    if not isinstance(value, str):
        raise SettingsError(f"路径应写成文字：{value!r}", file=file)
    anchor, _, index = value.partition("#")
    path = Path(anchor).expanduser()
    if not path.is_absolute():
        path = base / path
    return f"{path}#{index}" if index else str(path)
