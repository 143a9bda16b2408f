"""The body of ``perfdocs render``, without click: what the command does once its command
line is parsed.

There are two ways in: the click command (:func:`perfdocs.cli.app.render`, for every
command line) and the click-free path (:mod:`perfdocs.cli.quick_render`, for the common
ones, ≈ 25 ms sooner: issue 20.2). Both call :func:`render` here, so a run behaves the
same whichever parsed it: the settings, the formats and forms asked for, the font, the
render cache, the executor, the files, the messages and the exit statuses. Nothing here
imports click; each step imports the library it needs when it runs.

A value click would report as a usage error (a format or form name nobody knows) raises
:class:`BadValue` before anything is printed or written: the click command turns it into
``click.BadParameter`` (click's usage message, exit 2), the click-free path hands the whole
command line to click, which then says the same.
"""

from __future__ import annotations

from pathlib import Path

from perfdocs.cli.globs import expand_globs
from perfdocs.cli.guarding import USAGE, report
from perfdocs.files.console import echo_err

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any

    from perfdocs.engine.pool import Parallel
    from perfdocs.loading.settings import Settings

FORM_CHOICES = ("申报表", "绩效目标表", "自评表", "all")
"""The form names ``--form`` always accepts (a layout may add its own)."""


class BadValue(Exception):
    """A value of option ``hint`` that click reports as a usage error (exit 2) with
    ``message``; raised before the run prints or writes anything."""

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint


def render(*, config: str | None, files: tuple[str, ...], formats: str | None, form: str,
           out: str | None, layout: str | None, strict: bool, jobs: int | None,
           use_cache: bool, where: Callable[[int | None], Parallel]) -> None:
    """``perfdocs render`` with its parameters as click gives them (``config``: the
    group's ``--config``); ``where(jobs)`` chooses the executor (a usage error of its own
    when the executor options do not fit together). Exits 1 when a file failed."""
    settings = load_settings_for(config)
    chosen = parse_formats(formats, settings)
    kinds = kinds_of(form_choice(form, settings))
    out_dir = out_folder(out, settings)
    font = None
    if needs_font(chosen):
        from perfdocs.render.pdf.deferred import defer_standard_library

        defer_standard_library()  # this process is the command's: see its doc
        font = pdf_font(settings)
    from perfdocs.engine.batch import Options, render_files

    options = Options(settings, chosen, kinds, out_dir, font, layout, strict)
    if use_cache:
        from perfdocs.engine.cache import run_digest
        from perfdocs.records import replace

        say_cache_limit()
        options = replace(options, cache=run_digest(options))
    executor = where(jobs)
    failed = render_files(expand_globs(files), options, jobs=executor)
    if failed:
        echo_err(f"{failed} 个文件未能生成。")
        raise SystemExit(1)


def out_folder(out: str | None, settings: Settings) -> Path:
    """The output folder (``--out``/``-o``, else perfdocs.toml's ``[render] out``), checked
    before anything is rendered: when it, or a folder it would be made in, is an existing
    file, every project would be rendered only to fail at writing with the system's English
    words (「无法写入：Not a directory」, exit 1). ``-o`` is then a usage error (exit 2,
    :class:`BadValue`); the settings' folder is reported with its file (exit 2)."""
    folder = Path(out) if out else settings.out
    blocking = _file_in_the_way(folder)
    if blocking is None:
        return folder
    shown = (f"「{out}」" if out else
             f"「{folder}」（未用 -o 时取 perfdocs.toml 的 [render] out，默认 output）")
    if blocking == folder:
        what = f"输出位置{shown}是一个文件，不是文件夹"
    else:
        what = f"输出位置{shown}建不了：其中的「{blocking}」是一个文件，不是文件夹"
    if out:
        raise BadValue(f"{what}；请另给一个文件夹（没有的会新建）", "-o")
    from perfdocs.errors import SettingsError

    report(SettingsError(f"{what}；请用 -o 另给一个文件夹", file=settings.file))
    raise SystemExit(USAGE)


def _file_in_the_way(folder: Path) -> Path | None:
    """The nearest existing path of ``folder`` and its parents, when it is no folder."""
    for path in (folder, *folder.parents):
        if path.exists():
            return None if path.is_dir() else path
    return None


def local_jobs(jobs: int | None) -> Parallel:
    """This machine's workers: ``--jobs``, or chosen by the run when not given (what
    :func:`perfdocs.cli.executing.chosen_executor` gives for ``--executor local``)."""
    from perfdocs.engine.pool import AUTO

    return AUTO if jobs is None else jobs


def load_settings_for(config: str | None) -> Settings:
    """The run's settings (``--config``, else perfdocs.toml found from here); one that
    cannot be read is reported and the run cannot start (a usage error, exit 2)."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.loading.settings import load_settings

    try:
        return load_settings(config)
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(USAGE) from None


FORMAT_SEPARATORS = ("，", "、")
"""Separators ``--format`` takes besides the comma: what a Chinese input method types
(``-f xlsx，pdf``, ``-f xlsx、pdf``)."""


def parse_formats(value: str | None, settings: Settings) -> tuple[str, ...]:
    """``--format pdf,XLSX, docx`` (or ``pdf，xlsx``, ``pdf、xlsx``) → ``("pdf", "xlsx",
    "docx")``; the settings' formats when not given. An empty value (``-f ''``,
    ``--format=``) is a usage error: it would otherwise quietly make every format."""
    if value is None:
        return settings.formats
    from perfdocs.render import format_names

    names = format_names()
    example = "如 -f pdf 或 -f xlsx,pdf；不写 --format 则按 perfdocs.toml 的设置"
    listed = value
    for separator in FORMAT_SEPARATORS:
        listed = listed.replace(separator, ",")
    formats = tuple(dict.fromkeys(p.strip().lower() for p in listed.split(",") if p.strip()))
    if not formats:
        raise BadValue(f"没有写格式。可选 {'、'.join(names)}，{example}",
                       "--format")
    bad = [f for f in formats if f not in names]
    if bad:
        from perfdocs.loading.validation_messages import nearest

        unknown = "、".join(f"「{f}」" for f in bad)
        near = [n for n in (nearest(f, names) for f in bad) if n]
        hint = f"（是不是{'、'.join(f'「{n}」' for n in near)}？）" if near else ""
        # -f 自评表: -f is --format's short name, not --form's (tester6 10b)
        forms = any(f in FORM_CHOICES[:-1] or f.endswith("表") for f in bad)
        raise BadValue(f"不认识{unknown}{hint}；只能是 {'、'.join(names)} 中的一种或几种，"
                       "用逗号分隔，如 -f xlsx,pdf" + "（选哪种表用 --form）" * forms,
                       "--format")
    return formats


def kinds_of(value: str) -> tuple[str, ...] | None:
    """The forms to make for a checked ``--form`` (None: every form of the layout)."""
    return None if value == "all" else (value,)


def form_choice(value: str, settings: Settings | None = None) -> str:
    """``--form`` checked against the forms there are: a mistyped 自平表 is a usage error
    (exit 2) with the nearest name (「是不是「自评表」？」, as for a layout name) and the
    valid names, not a run that renders nothing and exits 0."""
    typed = value.strip()
    if typed in FORM_CHOICES:  # a built-in name: no need to read every layout (start-up)
        return typed
    choices = form_kinds(settings)
    if typed not in choices:
        from perfdocs.layouts.layout import nearest_name

        shown = f"「{typed}」" if typed else "空值"
        guess = nearest_name(typed, choices) if typed else None
        hint = f"是不是「{guess}」？" if guess else ""
        raise BadValue(f"{shown}不是可选的表。{hint}可选：{'、'.join(choices)}", "--form")
    return typed


def form_kinds(settings: Settings | None = None) -> list[str]:
    """Every form name ``--form`` accepts: the built-in ones, those of every layout found
    (a custom layout may add a form), and ``all``."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import available, read_layout

    kinds = dict.fromkeys(k for k in FORM_CHOICES if k != "all")
    for folder in available(settings.layout_paths if settings else ()).values():
        try:
            kinds.update(dict.fromkeys(read_layout(folder).forms))
        except PerfdocsError:
            continue  # a broken layout is reported when it is used, not here
    return [*kinds, "all"]


def needs_font(formats: tuple[str, ...]) -> bool:
    """Whether one of ``formats`` embeds a font (PDF), so the run must find one first."""
    from perfdocs.render import renderer

    return any(renderer(name).needs_font for name in formats)


def pdf_font(settings: Settings) -> Any:
    """The CJK font the PDFs embed; none usable is reported and the run cannot start
    (exit 2); a note on the choice is said once."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.render.pdf.fonts import find_cjk_font

    try:
        font = find_cjk_font(settings.pdf_fonts)
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(USAGE) from None
    if font.note:
        echo_err(f"注意：{font.note}")
    return font


def say_cache_limit() -> None:
    """A mistyped ``PERFDOCS_CACHE_MB`` said once, for render and packet alike."""
    from perfdocs.engine.cache import limit_problem

    if problem := limit_problem():
        echo_err(f"注意：{problem}")
