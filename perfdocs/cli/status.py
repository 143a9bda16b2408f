"""``perfdocs status FILES``: a folder of projects at a glance, without writing anything.

One row per project (:func:`perfdocs.review.status.project_status`): whether its 申报 and 自评
parts are filled, its errors and warnings, 执行率, 总分, 评分等级 and whether the forms in
the output folder are up to date. ``--json`` prints the same rows for scripts. The exit
status is 1 when any file has errors, so a script can stop before ``packet``.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from perfdocs.cli.common import expand_globs, guarded, settings_of

if TYPE_CHECKING:
    from perfdocs.review.status import ProjectStatus

_FORMS_STYLE = {"最新": "green", "过期": "yellow", "报告过期": "yellow", "旧表": "yellow",
                "不全": "yellow", "未知": "yellow", "未生成": "dim", "冲突": "red", "—": "dim"}
_PART_STYLE = {"已填": "green", "未填完": "yellow", "有错误": "red", "无": "dim"}


def status_table(rows: list[ProjectStatus]) -> object:
    """The rich Table of the rows (a function of its own so tests can read its cells)."""
    from rich.table import Table

    table = Table(title="项目状态", header_style="bold", show_lines=False)
    for title, justify in (("文件", "left"), ("项目名称", "left"), ("申报", "center"),
                           ("自评", "center"), ("错误", "right"), ("警告", "right"),
                           ("执行率", "right"), ("总分", "right"), ("评分等级", "center"),
                           ("表格", "center")):
        table.add_column(title, justify=justify)  # type: ignore[arg-type]
    for row in rows:
        table.add_row(
            row.file, row.name or "—",
            f"[{_PART_STYLE[row.declaration]}]{row.declaration}[/]",
            f"[{_PART_STYLE[row.evaluation]}]{row.evaluation}[/]",
            f"[red]{row.errors}[/]" if row.errors else "0",
            f"[yellow]{row.warnings}[/]" if row.warnings else "0",
            f"{row.shown_rate}%" if row.shown_rate is not None else "—",
            row.shown_total if row.shown_total is not None else "—",
            row.grade or "—",
            f"[{_FORMS_STYLE[row.forms]}]{row.forms}[/]",
        )
    return table


@click.command("status")
@click.argument("files", nargs=-1, required=True, metavar="文件…")
@click.option("--out", "-o", metavar="文件夹",
              help="与哪个输出文件夹中的表格比较（默认取设置，通常为 output）。")
@click.option("--layout", "-l", metavar="版式", help="版式名称，覆盖项目文件和设置中的版式。")
@click.option("--json", "as_json", is_flag=True, help="以 JSON 输出（供脚本使用）。")
@click.option("--details", "-d", is_flag=True, help="在表格下列出每个文件的错误和警告。")
@click.pass_context
@guarded
def status(ctx: click.Context, files: tuple[str, ...], out: str | None, layout: str | None,
           as_json: bool, details: bool) -> None:
    """一览各项目：申报、自评是否填好，错误与警告数，执行率、总分、评分等级，表格是否最新。

    不写任何文件。有文件存在错误时退出状态为 1。
    """
    from perfdocs.review.status import statuses

    settings = settings_of(ctx)
    output = Path(out) if out else None
    names, empty = in_folders(expand_globs(files), output or settings.out)
    for folder in empty:
        click.echo(f"{folder}：文件夹中没有项目文件（.yaml、.yml）", err=True)
    rows = statuses(names, settings, out=output, layout=layout)
    if as_json:
        import json

        text = json.dumps([r.as_json() for r in rows], ensure_ascii=False, indent=2)
        click.echo(text)
    elif rows or not empty:
        _print_table(rows, details)
    if empty or any(not r.ok for r in rows):
        raise SystemExit(1)


def in_folders(names: list[str], out: Path) -> tuple[list[str], list[str]]:
    """``names`` with each folder replaced by the project files in it, as ``perfdocs serve
    2026`` lists them (subfolders too; not the output folder ``out``, nor hidden ones), and
    the folders that hold none. ``status 2026`` gave one row 「2026 │ — │ 无 …」 and 「共 1
    个项目」, the reason under -d only (tester9 N8)."""
    from perfdocs.files.project_files import project_files

    found: list[str] = []
    empty: list[str] = []
    for name in names:
        folder = Path(name)
        if not folder.is_dir():
            found.append(name)
            continue
        root = folder.resolve()  # the walk's bound; the rows name the files as typed
        files, _cut = project_files(root, skip=(out,))
        found += [str(folder / path.relative_to(root)) for path in files]
        if not files:
            empty.append(name)
    return found, empty


def _print_table(rows: list[ProjectStatus], details: bool) -> None:
    from rich.console import Console

    console = Console(highlight=False, soft_wrap=False,
                      width=None if sys.stdout.isatty() else 160)
    console.print(status_table(rows))
    bad = [r for r in rows if not r.ok]
    stale = [r for r in rows if r.ok and r.forms in ("过期", "报告过期", "不全")]
    left = [r for r in bad if r.forms == "过期"]
    summary = f"共 {len(rows)} 个项目；{len(rows) - len(bad)} 个无错误"
    if bad:
        summary += f"，{len(bad)} 个有错误（perfdocs validate 文件 查看详情，或加 --details）"
    # a project whose forms are current but its 自评报告 is not needs report, not render
    forms = [r for r in stale if r.forms != "报告过期"]
    reports = [r for r in stale if r.forms == "报告过期"]
    if forms:
        summary += f"；{len(forms)} 个项目的表格需要重新生成（perfdocs render"
        if any(o.report and o.state == "过期" for r in forms for o in r.outputs):
            summary += "；自评报告用 perfdocs report"
        summary += "，--details 列出过期的文件）"
    if reports:
        summary += (f"；{len(reports)} 个项目的自评报告已过期，表格是最新的：用 perfdocs report "
                    "重新生成（--details 列出）")
    unknown = [r for r in rows if r.ok and r.forms == "未知"]
    if unknown:
        summary += (f"；{len(unknown)} 个项目的表格无法确认是否最新（用旧版 perfdocs 生成、"
                    "用 --no-cache 生成到从未用过缓存的文件夹，或生成后被改动、复制过），"
                    "重新生成（perfdocs render，"
                    "不加 -f/--format 和 --form：只生成一部分时，其余的表格仍无法确认）后即可确认")
    if left:
        summary += (f"；{len(left)} 个有错误的项目在输出文件夹里还留着以前生成的表格，"
                    "已与项目文件不符，改正错误后重新生成（perfdocs render）")
    renamed = [r for r in rows if any(o.state == "旧表" for o in r.outputs)]
    if renamed:
        summary += (f"；{len(renamed)} 个项目的输出文件夹里还有改名前生成的旧表格"
                    "（--details 列出），已不是这些项目的表，请删除，不要交上去")
    clashing = [r for r in rows if r.forms == "冲突"]
    if clashing:
        summary += (f"；{len(clashing)} 个项目文件生成的是同一组表格（项目名称和实施单位相同，"
                    "输出文件夹里的表格只是其中一个的），改正项目名称后重新生成（--details 查看）")
    console.print(summary + "。")
    if details:
        for row in rows:
            for d in row.diagnostics:
                console.print(d.format(), markup=False)
            for o in row.outputs:
                if o.state == "旧表":
                    console.print(f"{row.file}: 旧表（改名前生成，请删除）: {o.path}",
                                  markup=False)
                elif o.state == "过期" or (o.state == "缺失" and row.forms == "不全"):
                    command = "perfdocs report" if o.report else "perfdocs render"
                    done = "重新生成" if o.state == "过期" else "生成"
                    console.print(f"{row.file}: {o.state}（用 {command} {done}）: {o.path}",
                                  markup=False)
