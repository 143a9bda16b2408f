"""``perfdocs init [FOLDER]``: settings, schema and editor settings for a unit's folder."""

from __future__ import annotations

from pathlib import Path

import click

from perfdocs.cli.common import guarded


@click.command("init")
@click.argument("folder", required=False, default=".", metavar="[文件夹]")
@click.option("--unit-name", metavar="名称", help="单位名称（写入 [unit]）。")
@click.option("--department", metavar="名称", help="主管部门（写入 [unit]）。")
@click.option("--preparer", metavar="姓名", help="填报人（写入 [unit]）。")
@click.option("--phone", metavar="电话", help="联系电话（写入 [unit]）。")
@click.option("--layout", "-l", metavar="版式",
              help="本单位常用的版式（写入 [render] layout；项目文件没写「版式」时用它）。")
@click.pass_context
@guarded
def init(ctx: click.Context, folder: str, unit_name: str | None, department: str | None,
         preparer: str | None, phone: str | None, layout: str | None) -> None:
    """把一个文件夹设为本单位的工作文件夹（默认当前文件夹）。

    写入带注释的 perfdocs.toml（含本单位信息 [unit]）、项目文件的 JSON Schema
    （perfdocs.schema.json），以及 VS Code 的 .vscode/settings.json：用 VS Code 和它的
    YAML 扩展编辑项目文件时，会补全键名、提示每一项的含义并检查写法。已有的
    perfdocs.toml 不会被覆盖。
    """
    from perfdocs.cli.scaffold import interactive
    from perfdocs.layouts.workspace import init_folder
    from perfdocs.loading.settings import SETTINGS_FILE, UnitInfo, load_settings

    target = Path(folder)
    existing = target / SETTINGS_FILE
    given = {"name": unit_name, "department": department, "preparer": preparer, "phone": phone}
    if not existing.exists() and interactive():
        click.echo("请填写本单位的信息（新建项目时作为默认值；可直接回车留空，以后在 "
                   "perfdocs.toml 的 [unit] 中修改）：")
        for key, label in (("name", "单位名称"), ("department", "主管部门"),
                           ("preparer", "填报人"), ("phone", "联系电话")):
            if given[key] is None:
                given[key] = click.prompt(label, default="", show_default=False).strip()
        if layout is None:
            layout = _ask_layout(ctx, target)
    unit = UnitInfo(**{k: (v or "").strip() for k, v in given.items()})
    layout_paths = load_settings(existing).layout_paths if existing.exists() else ()
    fresh = not existing.exists()  # the layout written: init keeps an existing file
    if not existing.exists() and not any(given.values()):
        click.echo("注意：没有填写本单位的信息，[unit] 各项留空；可加 --unit-name、"
                   "--department、--preparer、--phone 重新运行（先删去 perfdocs.toml），"
                   "或直接编辑 perfdocs.toml。")
    if not existing.exists() and layout is None:
        from perfdocs.loading.settings import Settings

        # Not asked (a script, a pipe): say which layout the workspace gets, so a unit
        # outside Shanghai is not handed a Shanghai default without a word.
        click.echo(f"注意：没有用 --layout 指定版式，perfdocs.toml 中写的是默认的 {Settings.layout}"
                   "（上海市的表式）；其他地方的单位请加 --layout（如 --layout national-2020，"
                   "perfdocs layouts 列出全部）重新运行（先删去 perfdocs.toml），"
                   "或直接编辑 perfdocs.toml 的 [render] layout。")
    for step in init_folder(target, unit, layout_paths, layout):
        note = f"（{step.note}）" if step.note else ""
        click.echo(f"{'✓' if step.action != '保留' else '·'} {step.action} {step.path}{note}")
    if fresh and layout is not None:
        from perfdocs.cli.common import settings_of
        from perfdocs.engine.parts import init_note

        lacking = init_note(layout, settings_of(ctx).layout_paths)
        if lacking is not None:  # hubei-2020: a 自评表 only
            click.echo(lacking)
    where = "" if folder == "." else f"cd {folder}，然后 "
    click.echo(f"下一步：{where}perfdocs new 开始第一个项目；在 VS Code 中打开这个文件夹，"
               "安装 YAML 扩展（Red Hat），编辑项目文件时就有中文提示。")


def _ask_layout(ctx: click.Context, target: Path) -> str:
    """The unit's usual layout, asked with the installed names; a name no layout has is
    asked again, saying why and offering the nearest."""
    from perfdocs.cli.common import not_a_layout, settings_of
    from perfdocs.layouts.layout import available

    names = sorted(available(settings_of(ctx).layout_paths))
    click.echo(f"已安装的版式：{'、'.join(names)}（上海市的单位用 shanghai-年份，其他地方可从 "
               "national-2020 起步，或用 perfdocs layout new 建本省的版式）")
    # No built-in default: Enter must not make a unit outside Shanghai a Shanghai workspace
    # (the tester's finding 26). The one default is the layout of a workspace the folder
    # lies in, shown and taken on Enter (tester9 N4).
    default = _enclosing_layout(target, names)
    while True:
        answer = str(click.prompt("常用版式（输入上面的一个名称）", default=default,
                                  show_default=bool(default))).strip()
        if answer in names:
            return answer
        if not answer:  # click asked again without a word when nothing was typed
            click.echo("没有默认的版式，请输入上面的一个名称。")
            continue
        click.echo(not_a_layout(answer, names) + "请从上面的名称中选一个。")


def _enclosing_layout(target: Path, names: list[str]) -> str:
    """The layout the workspace ``target`` lies in writes (``[render] layout`` of a
    perfdocs.toml above it, as every command there would read), when it is installed; else
    none (""): perfdocs' own default is Shanghai's, never offered."""
    import tomllib

    from perfdocs.loading.settings import find_settings

    found = find_settings(target.resolve().parent)
    try:
        render = tomllib.loads(found.read_text(encoding="utf-8")).get("render") \
            if found is not None else None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return ""
    layout = render.get("layout") if isinstance(render, dict) else None
    return layout if isinstance(layout, str) and layout in names else ""
