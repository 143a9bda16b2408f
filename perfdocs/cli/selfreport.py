"""``perfdocs report FILES…``: each evaluated project's 项目支出绩效自评报告 (docx and PDF).

Named ``selfreport`` so the module never shadows a ``report`` name of the cli package.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import click

from perfdocs.cli.common import expand_globs, guarded, settings_of
from perfdocs.cli.summary import DATE_HELP, parse_date_option


@click.command("report")
@click.argument("files", nargs=-1, required=True)
@click.option("--out", "-o", metavar="DIR", help="输出文件夹（默认取 perfdocs.toml，即 output）。")
@click.option("--layout", "-l", metavar="NAME", help="版式名称，覆盖项目文件和设置中的版式。")
@click.option("--date", "day", metavar="YYYY-MM-DD", callback=parse_date_option, help=DATE_HELP)
@click.pass_context
@guarded
def report(ctx: click.Context, files: tuple[str, ...], out: str | None, layout: str | None,
           day: date | None) -> None:
    """生成每个项目的项目支出绩效自评报告（docx、pdf），模板为版式中的 自评报告.docx。"""
    from perfdocs.engine.summaries import prepare_all
    from perfdocs.forms.report.report import write_report
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.rules.report import report_notes

    settings = settings_of(ctx).dated(day)
    font = find_cjk_font(settings.pdf_fonts)
    if font.note:
        click.echo(f"注意：{font.note}", err=True)
    out_dir = Path(out) if out else settings.out
    prepared = prepare_all(expand_globs(files), settings, layout=layout)
    for item in prepared:
        if item.project.evaluation is None:
            click.echo(f"注意：{item.path} 没有「自评」部分，不生成自评报告", err=True)
            continue
        for note in report_notes(item.loaded):
            click.echo(note.format(), err=True)
        for path in write_report(item, settings, out=out_dir, font=font):
            click.echo(f"✓ {path}")
