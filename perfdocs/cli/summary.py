"""``perfdocs summary`` (the official 汇总表) and ``perfdocs overview`` (项目绩效一览表)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from perfdocs.cli.common import INPUT_ERROR, expand_globs, guarded, report, settings_of

if TYPE_CHECKING:
    from perfdocs.engine.pipeline import Prepared
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice

F = TypeVar("F", bound=Callable[..., Any])


def parse_date_option(ctx: click.Context, param: Any, value: str | None) -> date | None:
    """``--date YYYY-MM-DD`` as a date; a wrong one is a usage error (exit 2)."""
    from perfdocs.loading.settings import parse_day

    if value is None:
        return None
    try:
        return parse_day(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from None


DATE_HELP = ("文件上写的日期，如 2026-03-01 或 2026年3月1日（默认今天）；"
             "同样的输入和日期生成同样的文件。")


def document_options(command: F) -> F:
    """FILES, --out, --layout and --date: what summary, overview and report each take."""
    for option in reversed((
        click.argument("files", nargs=-1, required=True),
        click.option("--out", "-o", metavar="DIR",
                     help="输出文件夹（默认取 perfdocs.toml，即 output）。"),
        click.option("--layout", "-l", metavar="NAME",
                     help="版式名称，覆盖项目文件和设置中的版式。"),
        click.option("--date", "day", metavar="YYYY-MM-DD", callback=parse_date_option,
                     help=DATE_HELP),
    )):
        command = option(command)
    return command


def prepare_documents(ctx: click.Context, files: tuple[str, ...], out: str | None,
                      layout: str | None, day: date | None, what: str, *,
                      declared_only: bool = False
                      ) -> tuple[Settings, FontChoice, Path, list[Prepared]]:
    """The run's dated settings, the PDF font (its note printed), the output folder and the
    prepared files: the start every document command shares.

    One file with errors stops the run before anything is written (a 汇总表 without one
    project would total the wrong figures); the errors are listed, then one line says
    that no ``what`` was written and what to do, so the exit status is never the only word.
    With ``declared_only`` (the 汇总表: 申报表 only) a file whose errors are all in its 自评
    part is used from its 申报 part, one 注意 line each (tester7 N5).
    """
    from perfdocs.engine.summaries import prepare_all
    from perfdocs.errors import PerfdocsError, Severity
    from perfdocs.render.pdf.fonts import find_cjk_font

    settings = settings_of(ctx).dated(day)
    paths = expand_globs(files)
    font = find_cjk_font(settings.pdf_fonts)
    if font.note:
        click.echo(f"注意：{font.note}", err=True)
    out_dir = Path(out) if out else settings.out
    told: list[str] = []
    try:
        prepared = prepare_all(paths, settings, layout=layout,
                               declared_only=told if declared_only else None)
    except PerfdocsError as exc:
        report(exc)
        bad = {d.file for d in exc.all_diagnostics() if d.severity is Severity.ERROR}
        click.echo(f"未生成{what}，什么也没有写入：{len(bad) or 1} 个文件有错误（见上）。"
                   f"请改正后重新运行（perfdocs validate 文件 可逐个检查）。", err=True)
        raise SystemExit(INPUT_ERROR) from None
    for note in told:
        click.echo(f"注意：{note}", err=True)
    return settings, font, out_dir, prepared


def _one_spelling(prepared: list[Prepared], what: str) -> None:
    """Refuse a unit written two ways (（） and ()): its projects would be split into two
    tables (:mod:`perfdocs.engine.unit_spelling`)."""
    from perfdocs.engine.unit_spelling import refuse_spellings

    refuse_spellings(((p.path, p.project.unit, p.project.year) for p in prepared), what)


def _print_diagnostics(prepared: list[Prepared]) -> None:
    for item in prepared:
        for d in item.diagnostics:
            click.echo(d.format(), err=True)


@click.command("summary")
@document_options
@click.pass_context
@guarded
def summary(ctx: click.Context, files: tuple[str, ...], out: str | None,
            layout: str | None, day: date | None) -> None:
    """按实施单位和年度生成项目绩效目标汇总表：标题下依次是各项目的申报表（pdf、docx、xlsx）。"""
    from perfdocs.engine.declaration_summary import write_summaries

    settings, font, out_dir, prepared = prepare_documents(ctx, files, out, layout, day,
                                                          "汇总表", declared_only=True)
    _one_spelling(prepared, "汇总表")
    _print_diagnostics(prepared)
    done, left_out = write_summaries(prepared, settings, out_dir, font=font,
                                     override=layout)
    for made, written in done:
        click.echo(f"✓ {made.title}：{len(made.projects)} 个项目的申报表")
        for path in written:
            click.echo(f"  → {path}")
    if left_out:
        click.echo(f"注意：以下 {len(left_out)} 个文件没有「申报」部分，未列入汇总表：", err=True)
        for skipped in left_out:
            click.echo(f"  {skipped}", err=True)
    if not done:
        click.echo("没有生成汇总表：所给文件都没有「申报」部分", err=True)


@click.command("overview")
@document_options
@click.pass_context
@guarded
def overview(ctx: click.Context, files: tuple[str, ...], out: str | None,
             layout: str | None, day: date | None) -> None:
    """按实施单位和年度生成项目绩效一览表（每个项目一行，申报与自评两组列分开；xlsx、pdf、docx）。"""
    from perfdocs.engine.summaries import render_summaries

    settings, font, out_dir, prepared = prepare_documents(ctx, files, out, layout, day,
                                                          "项目绩效一览表")
    _one_spelling(prepared, "项目绩效一览表")
    _print_diagnostics(prepared)
    for table, written in render_summaries(prepared, settings, out_dir, font=font,
                                           formats=("xlsx", "pdf", "docx"), layout=layout):
        unit = table.money_unit
        if table.converted:
            click.echo(f"注意：{table.title}的项目用了不同的版式，一览表按版式"
                       f"「{table.layout.name}」印（perfdocs.toml 的 [render] layout；"
                       f"金额单位：{unit}），下列项目的金额已按它换算："
                       f"{'、'.join(table.converted)}", err=True)
        annual = table.totals.annual  # None: no project has a 申报 part
        click.echo(f"✓ {table.title}：{len(table.rows)} 个项目" + (
            f"，年度资金申请总额合计 {annual:,f} {unit}" if annual is not None else ""))
        for path in written:
            click.echo(f"  → {path}")
