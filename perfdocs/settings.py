"""``perfdocs.toml``: the settings a unit keeps beside its project files.

Read once per run. Every key has a default, so perfdocs works without the file; an unknown
key or a wrong type is reported with the file and key (a typo in a setting must not be
silently ignored at a deadline). Relative paths are taken from the file's own folder.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from perfdocs.errors import SettingsError

SETTINGS_FILE = "perfdocs.toml"
FORMATS = ("xlsx", "docx", "pdf")
DEFAULT_NAME = "{{ year }}/{{ unit }}/{{ project }}-{{ form }}"


@dataclass(frozen=True)
class Settings:
    """Resolved settings of one run."""

    layout: str = "shanghai-2024"
    formats: tuple[str, ...] = FORMATS
    out: Path = Path("output")
    name: str = DEFAULT_NAME
    document_date: datetime = datetime(2000, 1, 1)
    input_unit: str = "元"
    pdf_fonts: tuple[str, ...] = ()
    pdf_footer: bool = True
    print_revision: bool = False
    layout_paths: tuple[str, ...] = ()
    packet_name: str = "{{ unit }}{{ year }}年度绩效材料"
    packet_forms: str = "表格"
    packet_single: bool = False
    packet_volume_size: int = 200
    file: Path | None = None
    extra: dict[str, Any] = field(default_factory=dict)


_KNOWN = {
    "render": {"layout", "formats", "out", "name", "document_date", "footer", "revision"},
    "input": {"unit"},
    "fonts": {"pdf"},
    "layouts": {"paths"},
    "packet": {"name", "forms", "single", "volume_size"},
}


def load_settings(path: str | Path | None = None) -> Settings:
    """Read ``path`` (or ./perfdocs.toml when it exists) into :class:`Settings`."""
    if path is None:
        candidate = Path.cwd() / SETTINGS_FILE
        if not candidate.is_file():
            return Settings()
        path = candidate
    file = Path(path)
    try:
        data = tomllib.loads(file.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise SettingsError("找不到设置文件", file=file) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SettingsError(f"无法读取设置文件：{exc}", file=file) from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"设置文件不是合法的 TOML：{exc}", file=file) from None
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
            raise SettingsError(f"设置 {key} 的类型不对（应为 {kind.__name__}）",
                                file=file, field=key)
        return value

    formats = tuple(get(render, "formats", list, list(FORMATS)))
    bad = [f for f in formats if f not in FORMATS]
    if bad or not formats:
        raise SettingsError(f"formats 只能取 {'、'.join(FORMATS)}", file=file,
                            field="render.formats")
    date = render.get("document_date", datetime(2000, 1, 1))
    if not isinstance(date, datetime):
        from datetime import date as date_type

        if isinstance(date, date_type):
            date = datetime(date.year, date.month, date.day)
        else:
            raise SettingsError("document_date 应写成日期，如 2025-01-15", file=file,
                                field="render.document_date")
    unit = get(data.get("input", {}), "unit", str, "元")
    if unit not in ("元", "万元"):
        raise SettingsError("input.unit 只能是「元」或「万元」", file=file, field="input.unit")
    fonts = [_resolve(base, p) for p in get(data.get("fonts", {}), "pdf", list, [])]
    paths = [_resolve(base, p) for p in get(data.get("layouts", {}), "paths", list, [])]
    packet = data.get("packet", {})
    packet = data.get("packet", {})
    return Settings(
        layout=get(render, "layout", str, "shanghai-2024"),
        formats=formats,
        out=Path(_resolve(base, get(render, "out", str, "output"))),
        name=get(render, "name", str, DEFAULT_NAME),
        document_date=date.replace(tzinfo=None),
        input_unit=unit,
        pdf_fonts=tuple(fonts),
        pdf_footer=get(render, "footer", bool, True),
        print_revision=get(render, "revision", bool, False),
        layout_paths=tuple(paths),
        packet_name=get(packet, "name", str, Settings.packet_name),
        packet_forms=get(packet, "forms", str, Settings.packet_forms),
        packet_single=get(packet, "single", bool, False),
        packet_volume_size=get(packet, "volume_size", int, 200),
        file=file,
    )


def _resolve(base: Path, value: Any) -> str:
    if not isinstance(value, str):
        raise SettingsError(f"路径应写成文字：{value!r}")
    anchor, _, index = value.partition("#")
    path = Path(anchor).expanduser()
    if not path.is_absolute():
        path = base / path
    return f"{path}#{index}" if index else str(path)
