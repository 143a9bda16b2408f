"""``perfdocs report FILES…``: each evaluated project's 项目支出绩效自评报告 (docx and PDF).

Named ``selfreport`` so the module never shadows a ``report`` name of the cli package.
"""

from __future__ import annotations

from datetime import date

import click

from perfdocs.cli.common import guarded
from perfdocs.cli.summary import document_options, prepare_documents

TYPE_CHECKING = False
if TYPE_CHECKING:
    from perfdocs.errors import Diagnostic


@click.command("report")
@document_options
@click.pass_context
@guarded
def report(ctx: click.Context, files: tuple[str, ...], out: str | None, layout: str | None,
           day: date | None) -> None:
    """生成每个项目的项目支出绩效自评报告（docx、pdf），模板为版式中的 自评报告.docx。"""
    from perfdocs.engine.reports import write_report
    from perfdocs.rules.report import report_notes

    settings, font, out_dir, prepared = prepare_documents(ctx, files, out, layout, day,
                                                          "自评报告")
    for item in prepared:
        if item.project.evaluation is None:
            click.echo(f"注意：{item.path} 没有「自评」部分，不生成自评报告", err=True)
            continue
        for note in report_notes(item.loaded, item.layout):
            click.echo(note.format(), err=True)
        warned: list[Diagnostic] = []
        for path in write_report(item, settings, out=out_dir, font=font,
                                 recorded=True, layout=layout, warnings=warned):
            click.echo(f"✓ {path}")
        for warning in warned:
            click.echo(warning.format(), err=True)
