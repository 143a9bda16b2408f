"""The ``perfdocs`` command: render, validate, schema, layouts.

click is the only import at start-up; pydantic, openpyxl, python-docx and reportlab are
imported by the command that needs them, so ``perfdocs --help`` answers at once. Every
error a user can cause is printed as ``file:line: 错误 field（label）: message`` with a
non-zero exit status, never as a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from perfdocs import __version__
from perfdocs.cli import process, rendering
from perfdocs.cli.common import (
    GuardedGroup,
    check_layout_options,
    expand_globs,
    guarded,
    report,
)
from perfdocs.cli.executing import chosen_executor, executor_options
from perfdocs.cli.group_texts import CONFIG_HELP, MAIN_HELP, VERSION_HELP
from perfdocs.cli.rendering import BadValue, load_settings_for
from perfdocs.cli.zh import install, localize
from perfdocs.errors import InputError, PerfdocsError, Severity
from perfdocs.render import FORMATS

process.prepare()  # pydantic's plugin search off, before any command builds a model
install()  # before the decorators below: click builds some help texts when they run

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings



@click.group(cls=GuardedGroup, help=MAIN_HELP,
             context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--version", is_flag=True, expose_value=False, is_eager=True,
              callback=lambda ctx, _param, value: _print_version(ctx, value), help=VERSION_HELP)
@click.option("--config", metavar="FILE", help=CONFIG_HELP)
@click.pass_context
def main(ctx: click.Context, config: str | None) -> None:
    """The group (its help, :data:`perfdocs.cli.group_texts.MAIN_HELP`, is shared with the overview
    :mod:`perfdocs.cli.front` prints without click)."""
    ctx.obj = {"config": config}


def _print_version(ctx: click.Context, value: bool) -> None:
    """``perfdocs --version``: the version, then every installed layout by name."""
    if not value or ctx.resilient_parsing:
        return
    from perfdocs.layouts.layout import available
    from perfdocs.loading.settings import load_settings

    try:
        extra = load_settings(ctx.params.get("config")).layout_paths
    except PerfdocsError:
        extra = ()
    names = "、".join(available(extra)) or "（无）"
    click.echo(f"perfdocs {__version__}\n版式：{names}")
    ctx.exit()


def _settings(ctx: click.Context) -> Settings:
    return load_settings_for(ctx.obj.get("config"))


OUT_HELP = "输出文件夹（不写时取 perfdocs.toml 的 [render] out，默认 output）。"


@contextmanager
def _usage_errors() -> Iterator[None]:
    """A value the run refuses (:class:`perfdocs.cli.rendering.BadValue`) as click's usage
    error of its option (exit 2)."""
    try:
        yield
    except BadValue as exc:
        raise click.BadParameter(exc.message, param_hint=exc.hint) from None


def _print_warnings(diagnostics: list[Any]) -> None:
    for d in diagnostics:
        if d.severity is not Severity.ERROR:
            click.echo(d.format(), err=True)


CACHE_HELP = ("默认只重新生成改动过的项目，其余沿用上次的结果（与全部重新生成的文件逐字节相同；"
              "缓存在输出文件夹的 .perfdocs-cache 中，最多 512 MB，环境变量 "
              "PERFDOCS_CACHE_MB 可改；可随时删除）。--no-cache：全部重新生成，不用缓存。")
"""``--cache/--no-cache`` of render and packet (issue 20.1; perfdocs/engine/cache.py)."""


JOBS_HELP = ("并行进程数。不写时自动决定：要生成的文件少时只用一个进程，多时按文件数增加，"
             "最多每个 CPU 核一个（至多 8 个）；--jobs 1 只用一个进程。")
"""``--jobs`` of render and packet (perfdocs/engine/pool.auto_jobs when not given)."""


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--format", "-f", "formats", metavar="LIST",
              help=f"输出格式，可写几种，用逗号（,，）或顿号（、）分隔：{','.join(FORMATS)}"
                   "（默认取 perfdocs.toml）。")
@click.option("--form", "form", default="all", show_default=True, metavar="表名|all",
              help="生成哪种表：申报表、绩效目标表、自评表，或 all（版式中的全部）。")
@click.option("--out", "-o", metavar="DIR", help=OUT_HELP)
@click.option("--layout", "-l", metavar="NAME", help="版式名称，覆盖项目文件和设置中的版式。")
@click.option("--strict", is_flag=True, help="把警告当作错误。")
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help=JOBS_HELP)
@click.option("--cache/--no-cache", "use_cache", default=True, help=CACHE_HELP)
@executor_options
@click.pass_context
@guarded
def render(ctx: click.Context, files: tuple[str, ...], formats: str | None, form: str,
           out: str | None, layout: str | None, strict: bool, jobs: int | None,
           use_cache: bool, executor: str, scheduler: str | None) -> None:
    """校验并生成每个项目文件的申报表、自评表。"""
    with _usage_errors():  # the body is perfdocs.cli.rendering's, shared with quick_render
        rendering.render(config=ctx.obj.get("config"), files=files, formats=formats,
                         form=form, out=out, layout=layout, strict=strict, jobs=jobs,
                         use_cache=use_cache,
                         where=lambda n: chosen_executor(ctx, executor, scheduler, n))


def _date_option(ctx: click.Context, param: Any, value: str | None) -> Any:
    from perfdocs.cli.summary import parse_date_option

    return parse_date_option(ctx, param, value)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--layout", "-l", metavar="NAME", help="版式名称，覆盖项目文件和设置中的版式。")
@click.option("--strict", is_flag=True, help="把警告当作错误。")
@click.pass_context
@guarded
def validate(ctx: click.Context, files: tuple[str, ...], layout: str | None,
             strict: bool) -> None:
    """只校验项目文件，不生成表格。"""
    from perfdocs.engine.clashes import Owners, claim
    from perfdocs.engine.pipeline import output_stems
    from perfdocs.engine.validation import validate_file
    from perfdocs.loading.source import name_line

    settings = _settings(ctx)
    failed = 0
    owners: Owners = {}
    for name in expand_globs(files):
        checked = validate_file(name, settings, layout_name=layout, strict=strict)
        prepared = checked.prepared
        try:  # as render refuses it: a file whose forms an earlier one already writes
            clash = None if prepared is None else claim(
                owners, name, (prepared.project.name, prepared.project.unit),
                [str(s) for s in output_stems(prepared, settings)])
            if clash is not None:
                field = "项目名称" if isinstance(clash, str) else clash.field
                raise InputError(clash if isinstance(clash, str) else clash.message(),
                                 file=name, line=name_line(name, field),
                                 field=field, label=field)
        except PerfdocsError as exc:
            report(exc)
            failed += 1
            continue
        if checked.refusal is not None:
            report(checked.refusal)
            failed += 1
            continue
        for d in checked.diagnostics:
            click.echo(d.format(), err=True)
        # the count says how many lines were printed above, the 自评报告's note included
        shown = checked.diagnostics
        warnings = sum(d.severity is Severity.WARNING for d in shown)
        notes = len(shown) - warnings
        counted = [f"{n} 个{word}" for n, word in ((warnings, "警告"), (notes, "提示")) if n]
        note = f"（{'，'.join(counted)}）" if counted else ""
        click.echo(f"✓ {name}：校验通过{note}")
    if failed:
        click.echo(f"{failed} 个文件有错误。", err=True)
        raise SystemExit(1)


@main.command()
@click.option("--output", "-o", metavar="FILE", help="写入文件（默认输出到屏幕）。")
@click.pass_context
@guarded
def schema(ctx: click.Context, output: str | None) -> None:
    """输出项目文件的 JSON Schema，供编辑器补全和检查 YAML。"""
    from perfdocs.layouts.project_schema import json_schema

    text = json_schema(_settings(ctx).layout_paths)
    if output:
        from perfdocs.files.writing import write_atomic

        write_atomic(Path(output), text.encode("utf-8"), through_links=True)
    else:
        sys.stdout.write(text)


@main.command()
@click.option("--keys", is_flag=True,
              help="列出 layout.toml 的全部键及其中文说明（同 docs/layouts.md）。")
@click.pass_context
@guarded
def layouts(ctx: click.Context, keys: bool) -> None:
    """列出已安装的版式及其表格；--keys 列出版式文件的全部键。"""
    if keys:
        from perfdocs.layouts.keys import reference

        click.echo(reference(), nl=False)
        return
    from perfdocs.layouts.layout import available, read_layout

    settings = _settings(ctx)
    broken = 0
    found = available(settings.layout_paths)
    if not found:  # an install without its layouts can render nothing: say so, and fail
        click.echo("没有找到任何版式：请检查安装是否完整，或在 perfdocs.toml 的 [layouts] paths "
                   "中指定版式文件夹。", err=True)
        raise SystemExit(1)
    for name, folder in found.items():
        try:
            layout = read_layout(folder, settings.layout_paths)
        except PerfdocsError as exc:
            report(exc)
            broken += 1
            continue
        forms = "、".join(layout.forms)
        default = " （默认）" if name == settings.layout else ""
        click.echo(f"{name}{default}: {forms}  {layout.description}  [{folder}]")
        from perfdocs.rules.layout_pitfalls import whole_number_notes

        for note in whole_number_notes(layout):  # prints unlike the province's form: said
            click.echo(f"  注意：{note}", err=True)
    if broken:  # a layout being written is checked with this command: say it failed
        click.echo(f"{broken} 个版式有错误。", err=True)
        raise SystemExit(1)


@main.command()
@click.argument("files", nargs=-1, required=True)
@click.option("--form", "form", default="all", show_default=True, metavar="表名|all",
              help="打包哪种表：申报表、绩效目标表、自评表，或 all。")
@click.option("--format", "-f", "formats", metavar="LIST",
              help="各表的输出格式（默认取设置），可写几种，用逗号（,，）或顿号（、）分隔。")
@click.option("--out", "-o", metavar="DIR", help=OUT_HELP)
@click.option("--jobs", "-j", type=click.IntRange(1, 64), default=None, help=JOBS_HELP)
@click.option("--single", is_flag=True, default=None,
              help="所有单位合成一个材料包（默认每个实施单位、年度一个）。")
@click.option("--layout", "-l", metavar="NAME", help="版式名称。")
@click.option("--stage", type=click.Choice(["申报", "自评"]), default=None,
              help="哪个阶段的材料：申报（汇总表，随预算报送）或 自评（一览表、自评表、自评报告，"
                   "年度终了后报送）。不写则按文件内容：有自评部分即为自评。")
@click.option("--date", "day", metavar="YYYY-MM-DD", callback=_date_option,
              help="封面和文件上写的日期，如 2026-03-01 或 2026年3月1日（默认今天）；"
                   "同样的输入和日期生成同样的文件。")
@click.option("--strict", is_flag=True,
              help="把警告当作错误：有警告的文件与有错误的一样，材料包不生成。")
@executor_options
@click.option("--cache/--no-cache", "use_cache", default=True, help=CACHE_HELP)
@click.pass_context
@guarded
def packet(ctx: click.Context, files: tuple[str, ...], form: str, formats: str | None,
           out: str | None, jobs: int | None, single: bool | None, layout: str | None,
           stage: str | None, day: Any, strict: bool, executor: str, scheduler: str | None,
           use_cache: bool) -> None:
    """先校验全部文件，再为每个单位生成一个阶段的送审材料包（封面、目录、文件、清单、zip）。"""
    from perfdocs.engine.batch import relative_path
    from perfdocs.packet.packet import STAGE_NAMES, build_packet

    settings = _settings(ctx)
    with _usage_errors():
        chosen = rendering.parse_formats(formats, settings)
        kinds = rendering.kinds_of(rendering.form_choice(form, settings))
        out_dir = rendering.out_folder(out, settings)
    paths = expand_globs(files)
    font = rendering.pdf_font(settings)
    where = chosen_executor(ctx, executor, scheduler, jobs)
    from perfdocs.cli.progress import for_terminal

    if use_cache:
        rendering.say_cache_limit()
    with for_terminal() as shown:  # 校验 / 生成 / 合订 / 打包, reported by build_packet
        run = build_packet(paths, settings, out=out_dir,
                           stage=stage, formats=chosen, kinds=kinds, jobs=where,
                           single=settings.packet_single if single is None else single,
                           layout=layout, font=font, day=day, progress=shown,
                           cache=use_cache, strict=strict)
    _print_warnings(run.warnings)  # every file's, as render prints them (cached ones too)
    for note in run.notes:
        click.echo(f"注意：{note}", err=True)
    how = "（按文件内容选定；另一阶段请用 --stage）" if run.chosen else ""
    click.echo(f"已生成{STAGE_NAMES[run.stage]}阶段材料{how}：")
    for folder in run.folders:
        click.echo(f"✓ {relative_path(folder)}（及 {folder.name}.zip）")
    if run.reused:
        from perfdocs.engine.batch import made_words

        click.echo(f"（{run.reused} 个项目文件未改动，表格沿用上次生成的结果；"
                   f"{made_words(run.made)}--no-cache 可全部重新生成）", err=True)


LATER_COMMANDS: dict[str, tuple[str, str]] = {
    "new": ("perfdocs.cli.scaffold", "new"),
    "example": ("perfdocs.cli.example", "example"),
    "evaluate-init": ("perfdocs.cli.scaffold", "evaluate_init"),
    "summary": ("perfdocs.cli.summary", "summary"),
    "overview": ("perfdocs.cli.summary", "overview"),
    "report": ("perfdocs.cli.selfreport", "report"),
    "import": ("perfdocs.cli.audit", "import_command"),
    "check": ("perfdocs.cli.audit", "check_command"),
    "diff": ("perfdocs.cli.audit", "diff_command"),
    "status": ("perfdocs.cli.status", "status"),
    "serve": ("perfdocs.serve.command", "serve"),
    "layout": ("perfdocs.cli.layout", "layout_group"),
    "init": ("perfdocs.cli.init", "init"),
    "template": ("perfdocs.cli.template", "template"),
    "completion": ("perfdocs.cli.completion", "completion"),
}
"""Commands that live in their own modules: name → (module, attribute). Each module is
imported when its command is run or anything lists the commands (``--help``), not by every
``perfdocs render`` (:mod:`perfdocs.cli.lazy`)."""


def _prepare(command: click.Command) -> None:
    """What every command of the tree gets: Chinese placeholders, completers, the layout
    option's check."""
    from perfdocs.cli.completion import attach
    from perfdocs.cli.repeated import refuse_repeats

    localize(command)
    attach(command)
    check_layout_options(command)
    for each in (command, *getattr(command, "commands", {}).values()):
        refuse_repeats(each)


def _register() -> None:
    from perfdocs.cli.lazy import LazyCommands

    _prepare(main)  # the commands defined above, and the group itself
    main.commands = LazyCommands(main.commands, LATER_COMMANDS, _prepare)


_register()

if __name__ == "__main__":
    main()
