"""``perfdocs summary FILES… [--out DIR]``: the 汇总表 of each 实施单位 and 年度."""

from __future__ import annotations

from pathlib import Path

import click

from perfdocs.cli.common import expand_globs, guarded, settings_of


@click.command("summary")
@click.argument("files", nargs=-1, required=True)
@click.option("--out", "-o", metavar="DIR", help="输出文件夹（默认取 perfdocs.toml，即 output）。")
@click.option("--layout", "-l", metavar="NAME", help="版式名称，覆盖项目文件和设置中的版式。")
@click.pass_context
@guarded
def summary(ctx: click.Context, files: tuple[str, ...], out: str | None,
            layout: str | None) -> None:
    """按实施单位和年度生成项目绩效目标汇总表（xlsx 和 pdf）。"""
    from perfdocs.engine.summaries import prepare_all, render_summaries
    from perfdocs.render.pdf.fonts import find_cjk_font

    settings = settings_of(ctx)
    paths = expand_globs(files)
    font = find_cjk_font(settings.pdf_fonts)
    if font.note:
        click.echo(f"注意：{font.note}", err=True)
    out_dir = Path(out) if out else settings.out
    prepared = prepare_all(paths, settings, layout=layout)
    for item in prepared:
        for d in item.diagnostics:
            click.echo(d.format(), err=True)
    for table, written in render_summaries(prepared, settings, out_dir, font=font):
        unit = table.money_form.money_unit
        click.echo(f"✓ {table.title}：{len(table.rows)} 个项目，年度资金申请总额合计 "
                   f"{table.totals.annual:,f} {unit}")
        for path in written:
            click.echo(f"  → {path}")
