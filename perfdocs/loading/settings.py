"""``perfdocs.toml``: the settings a unit keeps beside its project files.

Read once per run. Every key has a default, so perfdocs works without the file. The file is
checked by a pydantic model (:class:`~perfdocs.loading.settings_file.SettingsFile`, through
a validator built from it for plain twins and kept per user, so a run imports neither the
model nor pydantic to check it; only a fault's words need them) through the one translator
of pydantic errors, so an unknown key or a wrong type is reported with the
file, the line and the key, every fault at once (a typo in a setting must not be silently
ignored at a deadline). Relative paths are taken from the file's own folder.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from perfdocs.errors import Diagnostic, SettingsError, SettingsInvalid

# What a run's settings are (the records, their defaults) lives in settings_values, which
# the pydantic model of the file (settings_file) shares without importing this module.
from perfdocs.loading.settings_values import DEFAULT_NAME as DEFAULT_NAME
from perfdocs.loading.settings_values import FORMATS as FORMATS
from perfdocs.loading.settings_values import UNIT_KEYS as UNIT_KEYS
from perfdocs.loading.settings_values import Settings as Settings
from perfdocs.loading.settings_values import UnitInfo as UnitInfo
from perfdocs.loading.settings_values import resolve as resolve
from perfdocs.loading.settings_values import source_date_epoch as source_date_epoch

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from pydantic import ValidationError
    from pydantic_core import SchemaValidator

    from perfdocs.loading.settings_sections import SettingsFile

SETTINGS_FILE = "perfdocs.toml"


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
    if path is None:
        found = find_settings(Path.cwd())
        if found is None:
            return Settings()
        path = found
    file = Path(path)
    raw = _read_raw(file)
    kept = _recall(file, raw)
    if kept is not None:
        return kept
    text = _decode(raw, file)
    data = _parse(text, file)
    base = file.resolve().parent
    from perfdocs.loading.core import core

    ValidationError = core().ValidationError  # pydantic's, from the extension alone

    from perfdocs.loading import compiled_validators

    checker = compiled_validators.kept("perfdocs.loading.settings_file.SettingsFile",
                                       SETTINGS_FILE_CODE, _build_validator)
    try:
        checked: SettingsFile = checker.validate_python(data, context={"base": base})
    except ValidationError as exc:
        raise SettingsInvalid(file, _diagnostics(exc, file, text)) from None
    render, packet, unit = checked.render, checked.packet, checked.unit
    settings = Settings(
        layout=render.layout,
        formats=tuple(dict.fromkeys(render.formats)),  # ["pdf", "PDF"]: one pdf, as -f
        out=resolve(base, render.out),
        name=render.name,
        document_date=render.document_date,
        filing_date=None if render.document_date is None else render.document_date.date(),
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
    _keep(file, raw, settings)
    return settings


SETTINGS_FILE_CODE = ("loading/settings_file.py", "loading/settings_sections.py",
                      "loading/settings_checks.py", "loading/settings_values.py")
"""The modules that define perfdocs.toml's model, its twins and its checks: the key of its
kept validator (perfdocs.loading.compiled_validators)."""


def _build_validator() -> SchemaValidator:
    from perfdocs.loading.settings_file import twin_validator

    return twin_validator()


# -- perfdocs.toml checked once: perfdocs.loading.checked_files --------------------------------
#
# What the check of perfdocs.toml depends on: the file's bytes, its name as given and its
# folder (relative paths are taken from there), the home folder (``~`` in a path) and the
# code that checks it. One more thing: a [layouts] path that is a symbolic link into
# itself is refused by the check (settings_checks.as_loop_free_path); such a loop can
# appear later without the file changing, so the paths of a kept entry are tried again
# (cheap) and a loop means a check.

SETTINGS_FORMAT = b"perfdocs-settings-cache 1\n"
SETTINGS_CODE = ("loading/settings.py", "loading/settings_values.py",
                 "loading/settings_file.py", "loading/settings_sections.py",
                 "loading/settings_checks.py", "files/formats.py")


def _settings_key(file: Path, raw: bytes) -> str | None:
    from perfdocs.files.digests import sha256
    from perfdocs.loading import checked_files

    if checked_files.cache_dir() is None:
        return None
    try:
        where = (str(file), str(file.resolve().parent), str(Path("~").expanduser()))
    except (OSError, RuntimeError):
        return None
    return checked_files.entry_key(SETTINGS_FORMAT,
                                   (where, sha256(raw).hexdigest()), SETTINGS_CODE)


def _recall(file: Path, raw: bytes) -> Settings | None:
    """The settings a check of these same bytes, at this same place, made before."""
    from perfdocs.files import pickled
    from perfdocs.loading import checked_files

    key = _settings_key(file, raw)
    payload = checked_files.read_entry(SETTINGS_FORMAT, key) if key else None
    if payload is None:
        return None
    try:
        settings = pickled.loads(payload)  # our own file, its digest checked
        if not isinstance(settings, Settings):
            return None
        for folder in settings.layout_paths:  # still no symbolic-link loop (see above)
            Path(folder).resolve(strict=False)
    except Exception:  # a loop, or not ours after all: check the file again
        return None
    return settings


def _keep(file: Path, raw: bytes, settings: Settings) -> None:
    from perfdocs.files import pickled
    from perfdocs.loading import checked_files

    try:
        key = _settings_key(file, raw)
        if key:
            checked_files.write_entry(SETTINGS_FORMAT, key,
                                      pickled.dumps(settings))
    except Exception:  # settings that do not pickle: checked next time
        return


def _diagnostics(exc: ValidationError, file: Path, text: str) -> list[Diagnostic]:
    """Every fault of perfdocs.toml in the words of the other files' messages."""
    from perfdocs.loading.settings_file import SettingsFile
    from perfdocs.loading.toml_lines import key_lines
    from perfdocs.loading.validation_messages import Checked, translate

    lines = key_lines(text)
    found = translate(exc, Checked(str(file), SettingsFile, "toml", lines.line_of,
                                   rule="SettingsError"))
    return sorted(found, key=lambda d: d.line or 0)  # in the order the file is read


MAX_SETTINGS_BYTES = 1_000_000


def _read_raw(file: Path) -> bytes:
    """perfdocs.toml's bytes, refused with a message when it is no readable regular file."""
    from perfdocs.errors import InputError
    from perfdocs.files.reading import read_capped

    if not file.exists() and not file.is_symlink():
        raise SettingsError("找不到设置文件", file=file)
    if file.is_dir():
        raise SettingsError("这是一个文件夹，不是设置文件", file=file)
    try:  # stat first: a FIFO or /dev/zero named as the settings file is refused
        return read_capped(file, MAX_SETTINGS_BYTES, "设置文件")
    except InputError as exc:
        raise SettingsError(exc.message, file=file) from None


def _decode(raw: bytes, file: Path) -> str:
    """perfdocs.toml's text: UTF-8 (BOM or not) or GB18030 as Notepad and WPS save it on
    Chinese Windows; line breaks made LF."""
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
    import tomllib  # only a run with a perfdocs.toml parses TOML here

    from perfdocs.loading.toml_messages import toml_error

    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        message, line = toml_error(exc)
        raise SettingsError(f"设置文件不是合法的 TOML：{message}", file=file, line=line) from None


def parse_day(text: str) -> date:
    """``--date`` → a date; ValueError with a Chinese message otherwise.

    As a project file's dates are read: 2025-01-15, 2025/1/15, 2025.1.15 and
    2025年1月15日, full-width digits too (a clerk types the date as the cover prints it)."""
    import re
    import unicodedata

    plain = unicodedata.normalize("NFKC", text).strip()
    found = re.fullmatch(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?", plain)
    if found is None:
        raise ValueError(f"日期「{text}」不对：应写成 YYYY-MM-DD，如 2025-01-15"
                         "（2025年1月15日 也可以）")
    try:
        day = date(int(found[1]), int(found[2]), int(found[3]))
    except ValueError:
        raise ValueError(f"日期「{text}」不存在：{found[1]} 年 {int(found[2])} 月没有 "
                         f"{int(found[3])} 日" if 1 <= int(found[2]) <= 12
                         else f"日期「{text}」不存在：没有 {int(found[2])} 月") from None
    if not date(1980, 1, 1) <= day <= date(2107, 12, 31):
        raise ValueError(f"日期「{text}」须在 1980-01-01 到 2107-12-31 之间"
                         "（xlsx、docx 和 zip 只能记录这段日期）")
    return day
