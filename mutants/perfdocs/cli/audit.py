"""``perfdocs import``, ``perfdocs check`` and ``perfdocs diff``: filled and corrected forms.

- ``import FORM.xlsx [DECL.xlsx] [-o FILE.yaml]``: a filled 自评表 (and the project's 申报表)
  back to a project file (:mod:`perfdocs.importer.workbooks`);
- ``check FILE…``: audit the arithmetic of filled forms, YAML or xlsx
  (:mod:`perfdocs.review.audit`); exit status 0 = nothing found, 1 = findings, 2 = a file
  could not be read;
- ``diff OLD NEW``: what changed between two versions (:mod:`perfdocs.review.diff`); exit status
  0 = the same, 1 = differences, 2 = a file could not be read (as diff(1) does).

The lead registers ``import_command``, ``check_command`` and ``diff_command`` in the CLI;
like every command they import pydantic and openpyxl only when they run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from perfdocs.cli.common import expand_globs, report, settings_of
from perfdocs.errors import PerfdocsError

UNREADABLE = 2


@click.command("import")
@click.argument("workbooks", nargs=-1, required=True)
@click.option("--output", "-o", metavar="FILE.yaml", help="写入项目文件（默认输出到屏幕）。")
@click.option("--force", is_flag=True, help="覆盖已有的项目文件。")
@click.pass_context
def import_command(ctx: click.Context, workbooks: tuple[str, ...], output: str | None,
                   force: bool) -> None:
    """把填好的自评表（可再加同一项目的申报表）xlsx 导入为项目 YAML 文件。

    按标签（项目名称、年初预算数、三级指标、分值、得分、总分……）查找内容，列的位置、
    合并方式、标签中的空格都不影响读取；读不出的内容报出单元格地址。
    """
    from perfdocs.importer.workbooks import import_workbooks

    try:
        settings = settings_of(ctx)
        imported = import_workbooks(expand_globs(workbooks), settings)
        text = imported.yaml()
        imported.loaded()  # the file written must load: every field checked, by its cell
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    for warning in imported.warnings:  # also in the YAML's head, but say it now
        click.echo(warning.format(), err=True)
    if output is None:
        sys.stdout.write(text)
        return
    target = Path(output)
    if target.exists() and not force:
        click.echo(f"{output}: 错误: 文件已存在，加 --force 覆盖", err=True)
        raise SystemExit(1)
    from perfdocs.loading.yamlfile import write_text_file

    try:
        write_text_file(target, text)
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    counted = len(imported.printed)
    if not counted:  # a declaration alone prints no computed figures
        click.echo(f"✓ {imported.file} → {output}")
        return
    click.echo(f"✓ {imported.file} → {output}（原表印出的 {counted} 个计算结果记入 自评.原表，"
               f"可用 perfdocs check {output} 核对）")


@click.command("check")
@click.argument("files", nargs=-1, required=True)
@click.pass_context
def check_command(ctx: click.Context, files: tuple[str, ...]) -> None:
    """核对填好的表格（YAML 或 xlsx）中的执行率、得分、总分、评分等级，不生成表格。

    每处不符都列出单元格（或行号）、表上印的数、正确的数和所依据的规则；
    也检查扣分却没有偏差原因分析的指标、分值合计不为 100。
    退出码：0 未发现问题，1 有问题，2 有文件无法读取。
    """
    from perfdocs.review.audit import audit_file

    try:
        settings = settings_of(ctx)
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    status = 0
    for name in expand_globs(files):
        try:
            audit = audit_file(name, settings)
        except PerfdocsError as exc:
            report(exc)
            click.echo(f"✗ {name}：无法读取", err=True)
            status = UNREADABLE
            continue
        for finding in audit.findings:
            click.echo(finding.format())
        notes = len(audit.findings) - len(audit.problems)
        noted = f"（{notes} 个提示）" if notes else ""
        if audit.problems:
            click.echo(f"✗ {name}：{len(audit.problems)} 处问题{noted}")
            status = max(status, 1)
        else:
            click.echo(f"✓ {name}：{audit.note or '未发现问题'}{noted}")
    raise SystemExit(status)


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.pass_context
def diff_command(ctx: click.Context, old: str, new: str) -> None:
    """列出同一项目两个版本（YAML 或 xlsx）之间逐项的变化，包括总分、评分等级等计算结果。

    退出码：0 没有变化，1 有变化，2 有文件无法读取。
    """
    from perfdocs.review.diff import diff_versions, differs, format_changes, load_version

    try:
        settings = settings_of(ctx)
        before = load_version(old, settings)
        after = load_version(new, settings)
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    changes = diff_versions(before, after)
    click.echo(f"--- {old}\n+++ {new}")
    for line in format_changes(changes):
        click.echo(line)
    raise SystemExit(1 if differs(changes) else 0)
