"""``perfdocs template 工作簿.xlsx [--from 项目.yaml]``: a fill-in workbook for colleagues
who do not edit YAML; ``perfdocs import`` reads it back (:mod:`perfdocs.fillin`)."""

from __future__ import annotations

from pathlib import Path

import click

from perfdocs.cli.common import guarded, layout_name, settings_of
from perfdocs.errors import InputError


@click.command("template")
@click.argument("workbook", metavar="工作簿.xlsx")
@click.option("--from", "source", metavar="项目.yaml",
              help="把这个项目文件的内容填进工作簿（不给出时生成空白的填写表）。")
@click.option("--layout", "-l", metavar="NAME", callback=layout_name,
              help="按这个版式生成（资金行、说明栏等；默认取项目文件或设置中的版式）。")
@click.option("--force", is_flag=True, help="覆盖已有的工作簿。")
@click.pass_context
@guarded
def template(ctx: click.Context, workbook: str, source: str | None, layout: str | None,
             force: bool) -> None:
    """生成给不编辑 YAML 的同事用的 Excel 填写表。

    每部分一张工作表（基本信息、填报信息、申报、申报指标、自评、自评指标、自评报告），标签与表上一致，
    一级/二级指标、金额单位、版式有下拉列表；只有黄色格子可以填写，没有公式。
    自评的资金行、说明栏按版式（--layout，或项目文件、perfdocs.toml 中的版式）；
    版式没有申报表的（如 hubei-2020），不含申报、申报指标两张表。
    填好后用 perfdocs import 工作簿.xlsx -o 项目.yaml 读回为项目文件。
    """
    from perfdocs.files.writing import write_atomic
    from perfdocs.fillin.make import make_workbook

    settings = settings_of(ctx)
    target = Path(workbook)
    if target.suffix.lower() != ".xlsx":
        raise click.BadParameter("填写表须以 .xlsx 结尾", param_hint="工作簿")
    if target.exists() and not force:
        raise InputError("文件已存在，未覆盖（确需覆盖请加 --force）", file=target)
    data: dict[str, object] = {}
    if source:
        from perfdocs.loading.source import load_source

        loaded = load_source(source)
        if not isinstance(loaded.data, dict):
            raise InputError("项目文件的内容应为「键: 值」形式", file=source)
        data.update(loaded.data)
    blob = make_workbook(data, settings, source or workbook, layout)
    write_atomic(target, blob)
    what = f"（内容来自 {source}）" if source else ""
    # Made from a project file: read it back into that file (its comments stay), since -o
    # onto an existing file is refused without --force, which would drop the comments.
    back = f"--into {source}" if source else f"-o {target.with_suffix('.yaml')}"
    click.echo(f"✓ 已生成填写表 {target}{what}。填好后运行：perfdocs import {target} {back}")
