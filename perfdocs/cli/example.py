"""``perfdocs example``: copy a layout's bundled example project to fill in alongside.

A preparer learns a form fastest from a filled one. The examples live in the repository's
``data/`` and, in an installed perfdocs, in the package (:mod:`perfdocs.layouts.examples`);
this command puts a copy where the preparer works, never overwriting a file they have.
"""

from __future__ import annotations

from pathlib import Path

import click

from perfdocs.cli.common import guarded, settings_of
from perfdocs.errors import InputError


@click.command("example")
@click.argument("layout", required=False, metavar="[版式名称]")
@click.option("--output", "-o", "folder", metavar="文件夹", default=".",
              help="复制到的文件夹（默认当前文件夹）。")
@click.option("--force", is_flag=True, help="覆盖已有的同名文件。")
@click.pass_context
@guarded
def example(ctx: click.Context, layout: str | None, folder: str, force: bool) -> None:
    """复制版式自带的示例项目（申报和自评都已填好），照着填写自己的项目。

    不给版式名称时列出各版式的示例。示例中的项目与数字只作示范。
    """
    from perfdocs.files.writing import write_atomic
    from perfdocs.layouts.examples import bundled_examples
    from perfdocs.loading.settings import Settings

    settings_of(ctx)  # a faulty perfdocs.toml is reported as by every command
    examples = bundled_examples(Settings.layout)
    if layout is None:
        if not examples:
            raise InputError("这份 perfdocs 没有带示例项目")
        for item in examples:
            click.echo(f"{item.layout}  {item.path.stem}")
        click.echo("用 perfdocs example 版式名称 复制到当前文件夹")
        return
    chosen = [e for e in examples if e.layout == layout]
    if not chosen:
        have = "、".join(dict.fromkeys(e.layout for e in examples)) or "无"
        raise click.BadParameter(f"版式「{layout}」没有自带的示例项目（有示例的版式：{have}）",
                                 param_hint="版式名称")
    target = Path(folder)
    existing = [target / e.path.name for e in chosen if (target / e.path.name).exists()]
    if existing and not force:
        raise InputError("文件已存在，未覆盖（确需覆盖请加 --force）", file=existing[0])
    for item in chosen:
        write_atomic(target / item.path.name, item.copy_text().encode("utf-8"))
        click.echo(f"✓ {target / item.path.name}")
