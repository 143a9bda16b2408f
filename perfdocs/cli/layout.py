"""``perfdocs layout new NAME --from national-2020``: a variant layout folder to edit.

A province's form is usually a known layout with a few changes. The new folder holds one
layout.toml with ``extends`` and, commented out, the changes people make most often (the
title, a 20-point execution weight, steps, a 备注 column, a signature line, grades, rounding)
written for the parent's own form names, so removing a ``#`` is all most edits take. The
file is loaded once written, so what the command leaves behind is a working layout.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from perfdocs.cli.common import guarded, settings_of

if TYPE_CHECKING:
    from decimal import Decimal

    from perfdocs.layouts.layout import FormLayout, Layout

DEFAULT_PARENT = "national-2020"
"""A new province's layout starts from the national form (财预〔2020〕10号), which every
province's form is a variant of; shanghai-2024 carries Shanghai's own rounding and labels."""

NAME_PATTERN = r"^[A-Za-z0-9\u4e00-\u9fff][A-Za-z0-9_.\-\u4e00-\u9fff]{0,63}$"


@click.group("layout")
def layout_group() -> None:
    """新建或修改版式（layout.toml）。"""


@layout_group.command("new")
@click.argument("name")
@click.option("--from", "parent", default=DEFAULT_PARENT, show_default=True, metavar="版式",
              help="以哪个版式为基础（新版式只写与它不同之处）。")
@click.option("--dir", "folder", default="templates", show_default=True, metavar="DIR",
              help="新版式放在哪个文件夹下（./templates 会被自动找到）。")
@click.pass_context
@guarded
def layout_new(ctx: click.Context, name: str, parent: str, folder: str) -> None:
    """新建一个继承 --from 版式的变体文件夹，内含带注释示例的 layout.toml。"""
    import re

    from perfdocs.errors import InputError
    from perfdocs.files.writing import write_atomic
    from perfdocs.layouts.layout import LAYOUT_FILE, load_layout, read_layout

    if not re.match(NAME_PATTERN, name):
        raise click.UsageError("版式名称只能由字母、数字、汉字和 - _ . 组成（如 hubei-2025）")
    settings = settings_of(ctx)
    base = load_layout(parent, settings.layout_paths)
    target = Path(folder) / name
    if target.exists():
        raise InputError("这个文件夹已经存在，不覆盖：请换一个名称或先移走它", file=target)
    text = variant_text(name, base)
    target.mkdir(parents=True)
    write_atomic(target / LAYOUT_FILE, text.encode("utf-8"))
    read_layout(target, settings.layout_paths)  # what we leave behind must load
    click.echo(f"✓ 已新建版式 {name}：{target / LAYOUT_FILE}（基于 {base.name}）")
    _refresh_schema(settings.layout_paths)
    click.echo("  下一步：打开 layout.toml，去掉要用的示例行行首的 #，改成你的表上的样子；")
    click.echo(f"  项目文件写「版式: {name}」；改完运行 perfdocs layouts 检查。"
               "全部键的说明：perfdocs layouts --keys")


def _refresh_schema(layout_paths: tuple[str, ...]) -> None:
    """Rewrite the folder's editor schema (written by ``perfdocs init``) so that the
    editor offers the new layout's name in 版式 instead of marking it as wrong."""
    from perfdocs.files.writing import write_atomic
    from perfdocs.layouts.project_schema import json_schema
    from perfdocs.loading.schema import SCHEMA_FILE

    schema = Path(SCHEMA_FILE)
    if not schema.is_file() or schema.is_symlink():
        return
    write_atomic(schema, json_schema(layout_paths).encode("utf-8"))
    click.echo(f"  已更新 {SCHEMA_FILE}：编辑器里「版式」可以选新版式了。")


VARIANT_FILE = Path(__file__).with_name("layout_variant.txt")
"""The commented layout.toml of a variant: a head, a part per form and one for the 自评表
(``#@@ form`` and ``#@@ selfeval`` mark them), with ``$name``-style fields."""


def _grade_fields(form: FormLayout) -> dict[str, str]:
    """The 评分等级 row of a 自评表's example: the parent's columns for it, else under the
    总分 row's label (its label cell) and the rest of the grid (the grade); and the line that
    turns the row on, unless the parent prints it already."""
    from perfdocs.layouts.layout import column_letters

    last = len(form.grid_widths) - 1
    first, width = form.span("total_label") or (0, 1)
    label = form.columns.get("grade_label") or form.columns.get("total_label") or "A"
    value = form.columns.get("grade_value") or \
        f"{column_letters(min(first + width, last))}:{column_letters(last)}"
    turn_on = "" if form.grade_row else ("\n# grade_row = true                        "
                                          "# 印「评分等级」一行（其栏位见下文 columns 的示例）")
    return {"grade_label": label, "grade_value": value, "grade_row": turn_on}


def _decimal_text(value: Decimal) -> str:
    return format(value.normalize(), "f")


def _scoring_fields(form: FormLayout, parent: str) -> dict[str, str]:
    """What the 自评表's scoring examples take from the parent's own rule.

    The grades are the parent's, as written there (national-2020: 90 分（含）以上优), with
    ``inclusive = false`` only under a grade whose parent has it: the example once carried
    one under 优, and a clerk who copied it and lowered 90 to 80 graded exactly 80 as 良
    (tester11 F5). And whether the parent scores the exact 执行率, which whole-number
    scores turn into a whole point (97.4951% printed 97.50% scored 19, tester11 F7)."""
    grades = form.scoring.grades
    said = []
    lines = []
    for index, grade in enumerate(grades):
        bound = _decimal_text(grade.min)
        last = index == len(grades) - 1 and grade.min == 0 and grade.inclusive
        said.append(f"其余{grade.name}" if last else
                    f"{bound} 分（含）以上{grade.name}" if grade.inclusive else
                    f"高于 {bound} 分{grade.name}（恰好 {bound} 分不算）")
        lines += [f'# [[forms."{form.kind}".scoring.grades]]', f'# name = "{grade.name}"',
                  f"# min = {bound}"]
        if not grade.inclusive:
            lines.append(f"# inclusive = false                        "
                         f"# 恰好 {bound} 分不算{grade.name}")
    exact = form.scoring.execution_from == "exact"
    from_said = (f'{parent} 用的是 "exact"（未舍入的执行率）。' if exact else
                 f'{parent} 已按印出的执行率计分，这一行可不写。')
    return {"grades": "\n".join(lines), "grades_said": "，".join(said),
            "execution_from_said": from_said}


def variant_text(name: str, base: Layout) -> str:
    """The commented layout.toml of a new variant of ``base``."""
    from string import Template

    head, _, rest = VARIANT_FILE.read_text(encoding="utf-8").partition("#@@ form\n")
    per_form, _, selfeval = rest.partition("#@@ selfeval\n")
    forms = ", ".join(f'"{kind}"' for kind in base.forms)
    out = [Template(head).substitute(name=name, parent=base.name, form_list=forms,
                                     parent_description=base.description)]
    for kind, form in base.forms.items():
        fields = {"kind": kind, "parent": base.name, "title": form.title,
                  "level3": form.labels.get("level3", ""),
                  "last": "reason" if form.builder == "selfeval" else "target", "grade_row": ""}
        if form.builder == "selfeval":
            fields.update(_grade_fields(form))
            fields.update(_scoring_fields(form, base.name))
        out.append(Template(per_form).substitute(fields))
        if form.builder == "selfeval":
            out.append(Template(selfeval).substitute(fields))
    return "".join(out).rstrip() + "\n"
