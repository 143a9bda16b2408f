"""perfdocs: Chinese budget-performance forms from YAML project files.

The public library API is what this module exports; everything else is internal and may
change. A finance system embedding perfdocs imports only from here::

    import perfdocs

    settings = perfdocs.load_settings("perfdocs.toml")      # or perfdocs.Settings()
    findings = perfdocs.validate("项目.yaml", settings=settings)
    prepared = perfdocs.prepare("项目.yaml", settings=settings)  # loaded, checked, computed
    print(prepared.result.total, prepared.result.grade)        # 总分, 评分等级
    pdf = perfdocs.render_form(prepared, form="自评表", format="pdf")  # bytes
    folders = perfdocs.build_packet(["a.yaml", "b.yaml"], out="送审")

The pipeline shows in the packages: loading (YAML → model) → layouts → compute → rules →
forms (the renderer-neutral grid) → render (one package per format) → engine; packets,
import and review build on them, and the command line (:mod:`perfdocs.cli`) sits on top.
Every function here imports its stage only when called, so ``import perfdocs`` stays cheap.
(``render`` and ``compute`` name packages, so the functions are ``render_form`` and
``prepare``.)
"""

from __future__ import annotations

from perfdocs._deferred import defer_patterns

TYPE_CHECKING = False  # typing.TYPE_CHECKING without importing typing (≈ 3 ms)
if TYPE_CHECKING:
    from collections.abc import Iterable
    from pathlib import Path

    from perfdocs.engine.pipeline import Prepared
    from perfdocs.errors import (
        Diagnostic,
        InputError,
        LayoutError,
        LayoutInvalid,
        PacketInvalid,
        PerfdocsError,
        RenderError,
        SettingsError,
        Severity,
        ValidationFailed,
    )
    from perfdocs.loading.settings import Settings
    from perfdocs.model.project import Project
    from perfdocs.version import __version__

# PyYAML's pure-Python reader check (≈ 4.5 ms) and its implicit-tag and timestamp patterns
# (≈ 3 ms): unused by perfdocs' libyaml loader; string.Template's pattern (≈ 0.5 ms) and
# platform's (≈ 1.3 ms; reportlab asks it one question); glob's, urllib.parse's (pathlib
# imports it) and reportlab's canvas' (≈ 0.3 ms together), none of them used by a form
defer_patterns("yaml.reader", "yaml.resolver", "yaml.constructor", "string", "platform",
               "glob", "urllib.parse", "reportlab.pdfgen.canvas")

_ERRORS = frozenset({"Diagnostic", "InputError", "LayoutError", "LayoutInvalid",
                     "PacketInvalid", "PerfdocsError", "RenderError", "SettingsError",
                     "Severity", "ValidationFailed"})
"""Names of :mod:`perfdocs.errors` exported here, imported when first asked for: every
module that raises or catches them imports :mod:`perfdocs.errors` itself, and
``perfdocs --help`` needs none of them (the module imports enum, pathlib and the records)."""

__all__ = [
    "Diagnostic",
    "InputError",
    "LayoutError",
    "LayoutInvalid",
    "PacketInvalid",
    "PerfdocsError",
    "Prepared",
    "RenderError",
    "Settings",
    "SettingsError",
    "Severity",
    "ValidationFailed",
    "__version__",
    "build_packet",
    "formats",
    "load",
    "load_settings",
    "prepare",
    "render_form",
    "validate",
]


def __dir__() -> list[str]:
    """The module's names with those imported when first asked for (:data:`__all__`)."""
    return sorted({*globals(), *__all__})


def __getattr__(name: str) -> object:
    """``perfdocs.Settings``, ``perfdocs.Prepared``, the errors and ``__version__``,
    imported when first asked for."""
    if name in _ERRORS:
        from perfdocs import errors

        value: object = getattr(errors, name)
        globals()[name] = value  # asked once
        return value
    if name == "__version__":  # perfdocs.version, below every stage that records it
        from perfdocs.version import __version__

        return __version__
    if name == "Settings":
        from perfdocs.loading.settings import Settings

        return Settings
    if name == "Prepared":
        from perfdocs.engine.pipeline import Prepared

        return Prepared
    raise AttributeError(f"module 'perfdocs' has no attribute {name!r}")


def load_settings(path: str | Path | None = None) -> Settings:
    """perfdocs.toml at ``path`` (None: ./perfdocs.toml when there is one, else defaults).

    Raises :class:`SettingsError` naming the key to fix.
    """
    from perfdocs.loading.settings import load_settings as read

    return read(path)


def _settings(settings: Settings | None) -> Settings:
    if settings is not None:
        return settings
    from perfdocs.loading.settings import Settings

    return Settings()


def load(path: str | Path, *, settings: Settings | None = None) -> Project:
    """The project file at ``path`` read and checked against the schema (no rules yet).

    Raises :class:`InputError` for a file that cannot be read and :class:`ValidationFailed`
    listing every field that does not fit, each with its line.
    """
    from perfdocs.loading.project import load_project

    project: Project = load_project(path, default_unit=_settings(settings).input_unit).project
    return project


def validate(path: str | Path, *, settings: Settings | None = None, layout: str | None = None,
             strict: bool = False) -> list[Diagnostic]:
    """Every finding on the project file at ``path``: errors, warnings and notes, in order.

    Never raises for what is wrong in the file (that is what it returns); ``strict`` makes
    warnings errors, as ``perfdocs validate --strict`` does. A file passes when no finding
    has :attr:`Severity.ERROR`.
    """
    from perfdocs.engine.pipeline import prepare
    from perfdocs.errors import PerfdocsError

    try:
        prepared = prepare(path, _settings(settings), layout_name=layout, strict=strict)
    except PerfdocsError as exc:
        return exc.all_diagnostics()
    return list(prepared.diagnostics)


def prepare(path: str | Path, *, settings: Settings | None = None, layout: str | None = None,
            strict: bool = False) -> Prepared:
    """The project at ``path`` loaded, validated and computed, with its layout.

    ``result`` holds the 自评表's figures in Decimal (``total`` 总分, ``grade`` 评分等级,
    ``lines`` per funds row, ``indicators``), None for a project with no 自评 yet; warnings
    are in ``diagnostics``. Raises :class:`ValidationFailed` (every error) when it cannot
    be rendered.
    """
    from perfdocs.engine.pipeline import prepare as run

    return run(path, _settings(settings), layout_name=layout, strict=strict)


def formats() -> tuple[str, ...]:
    """The output formats ``render`` accepts (``xlsx``, ``docx``, ``pdf``, ``html``…)."""
    from perfdocs.render import format_names

    return format_names()


def render_form(project: str | Path | Prepared, *, form: str = "自评表", format: str = "pdf",
           settings: Settings | None = None, layout: str | None = None) -> bytes:
    """One form of a project as the bytes of one file of ``format``.

    ``project`` is a project file's path or what :func:`prepare` returned; ``form`` is the
    layout's name of the form (自评表, 申报表, 绩效目标表). Raises :class:`RenderError` when
    the layout has no such form or the project lacks the part it prints, and the errors of
    :func:`prepare` for a file that does not validate.
    """
    from perfdocs.engine.pipeline import Prepared, built_forms, field_lines, render_format
    from perfdocs.errors import RenderError
    from perfdocs.render import renderer

    chosen = _settings(settings)
    if format not in formats():
        raise RenderError(f"不支持的格式 {format}（可用：{'、'.join(formats())}）")
    prepared = project if isinstance(project, Prepared) else \
        prepare(project, settings=chosen, layout=layout)
    built, notes = built_forms(prepared, (form,), revision=chosen.print_revision)
    if not built:
        raise RenderError("；".join(notes) or f"没有{form}", file=prepared.path)
    font = None
    if renderer(format).needs_font:
        from perfdocs.render.pdf.fonts import find_cjk_font

        font = find_cjk_font(chosen.pdf_fonts)
    return render_format(format, built, chosen, font, prepared.path, field_lines(prepared))


def build_packet(paths: Iterable[str | Path], out: str | Path, *,
                 settings: Settings | None = None, formats: tuple[str, ...] | None = None,
                 forms: tuple[str, ...] | None = None, single: bool | None = None,
                 layout: str | None = None, jobs: int = 1) -> list[Path]:
    """Each unit's packet (forms, 汇总表, bound PDF, manifest, zip) under ``out``; the
    packet folders, as ``perfdocs packet`` builds them.

    Validates every file first and raises :class:`PacketInvalid` listing every error of
    every file before writing anything.
    """
    from pathlib import Path

    from perfdocs.packet.packet import build_packets
    from perfdocs.render.pdf.fonts import find_cjk_font

    chosen = _settings(settings)
    return build_packets([str(p) for p in paths], chosen, out=Path(out),
                         formats=formats or chosen.formats, kinds=forms, jobs=jobs,
                         single=chosen.packet_single if single is None else single,
                         layout=layout, font=find_cjk_font(chosen.pdf_fonts))
