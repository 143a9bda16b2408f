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
from typing import Any

import click

from perfdocs.cli.common import expand_globs, report, settings_of
from perfdocs.errors import Diagnostic, InputError, PerfdocsError, Severity, ValidationFailed
from perfdocs.files.oserrors import reason

UNREADABLE = 2


@click.command("import")
@click.argument("workbooks", nargs=-1, required=True)
@click.option("--output", "-o", metavar="FILE.yaml", help="写入项目文件（默认输出到屏幕）。")
@click.option("--force", is_flag=True,
              help="覆盖已有的项目文件；与 --into 同用：工作簿上的项目名称与文件不同也合并。")
@click.option("--into", metavar="FILE.yaml",
              help="合并到已有的项目文件：只改工作簿中有的内容，注释和其他部分原样保留。")
@click.option("--yes", "-y", is_flag=True, help="与 --into 同用：不询问，直接写入。")
@click.option("--sheet", metavar="工作表名",
              help="工作簿有多张表（如汇总表每个项目一张）时读哪一张；"
                   "与 --into 同用时默认按项目文件的项目名称选取。")
@click.pass_context
def import_command(ctx: click.Context, workbooks: tuple[str, ...], output: str | None,
                   force: bool, into: str | None, yes: bool, sheet: str | None = None) -> None:
    """把填好的自评表（可再加同一项目的申报表）xlsx 导入为项目 YAML 文件。

    按标签（项目名称、年初预算数、三级指标、分值、得分、总分……）查找内容，列的位置、
    合并方式、标签中的空格都不影响读取；读不出的内容报出单元格地址。
    评审退回的表用 --into 项目.yaml 合并回原文件：先列出改动，确认后才写入。
    """
    from perfdocs.importer.findings import workbook_findings
    from perfdocs.importer.workbooks import import_workbooks

    if into is not None and output is not None:
        raise click.UsageError("--into 不能与 -o 同用：--into 合并到已有文件，-o 写新文件")
    imported = None
    try:
        settings = settings_of(ctx)
        paths = expand_globs(workbooks)
        imported = _fillin(paths, settings) \
            or import_workbooks(paths, settings, sheet or _sheet_for(paths, into, settings))
        text = imported.yaml()
        imported.loaded()  # the file written must load: every field checked, by its cell
        # --into validates the merge instead: the workbook alone may be one part of it
        findings = workbook_findings(imported, settings) if into is None else []
    except PerfdocsError as exc:
        if imported is not None and imported.fillin and isinstance(exc, ValidationFailed):
            _filled_in_wrong(exc, imported, into or output, settings)  # read, but filled in wrong
        report(exc)
        raise SystemExit(_status_of(exc)) from None
    for warning in imported.warnings:  # also in the YAML's head, but say it now
        if into is None or "主管部门" not in warning.message:  # --into: the file has it
            click.echo(warning.format(), err=True)
    if into is not None:
        _merge(imported, into, settings, yes, force)
        return
    for finding in findings:  # every rule validate applies, at the workbook's cells
        click.echo(finding.format(), err=True)
    errors = sum(d.severity is Severity.ERROR for d in findings)
    if errors and imported.fillin:
        # a project a colleague typed: nothing half-done, no file render would refuse and
        # none to --force over once the workbook is fixed. (A printed form read back is
        # written whatever it holds: it records what the form printed, slips included,
        # which check then audits; the findings are said below.)
        where = f"未写入 {output}" if output is not None else "未输出项目文件"
        click.echo(f"{where}：{imported.file} 中有 {errors} 处错误（见上，按工作表!单元格列出）。"
                   "请在工作簿中改正后重新导入（同一命令，不必加 --force）", err=True)
        raise SystemExit(1)
    if output is None:
        sys.stdout.write(text)
        _recorded_with_errors(imported.file, "输出的项目文件", errors)
        if not errors and (said := _counted(findings)):
            click.echo(f"注意：{imported.file} 有{said}（见上，按工作表!单元格列出），请看过再用",
                       err=True)
        return
    target = Path(output)
    if target.exists() and not force:
        click.echo(f"{output}: 错误: 文件已存在，加 --force 覆盖", err=True)
        raise SystemExit(1)
    from perfdocs.loading.schema import with_schema_comment
    from perfdocs.loading.yamlfile import write_text_file

    try:
        write_text_file(target, with_schema_comment(text, target))
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    counted = len(imported.printed)
    if errors:
        click.echo(f"{imported.file} → {output}")
        _recorded_with_errors(imported.file, output, errors)
        return
    said = _counted(findings)  # the ✓ must not read as 「nothing found」 (tester5 N9)
    seen = f"；{imported.file} 有{said}，见上，按工作表!单元格列出" if said else ""
    if not counted:  # a declaration alone prints no computed figures
        click.echo(f"✓ {imported.file} → {output}" + (f"（{seen[1:]}）" if seen else ""))
        return
    click.echo(f"✓ {imported.file} → {output}（原表印出的 {counted} 个计算结果记入 自评.原表，"
               f"可用 perfdocs check {output} 核对{seen}）")


def _filled_in_wrong(exc: ValidationFailed, imported: Any, target: str | None,
                     settings: Any) -> None:
    """A fill-in workbook whose boxes do not fit (a blank required box, 「349..12」 for a
    figure): every such cell at once, then what to do, and status 1 — it was read, it is
    filled in wrong (README: 2 is for a workbook that cannot be read; tester8 #12)."""
    from perfdocs.importer.findings import refused_cells

    for warning in imported.warnings:
        click.echo(warning.format(), err=True)
    found = refused_cells(exc, imported, settings)
    for finding in found:
        click.echo(finding.format(), err=True)
    errors = sum(d.severity is Severity.ERROR for d in found)
    where = f"未写入 {target}" if target is not None else "未输出项目文件"
    click.echo(f"{where}：{imported.file} 中有 {errors} 处错误（见上，按工作表!单元格列出）。"
               "请在工作簿中改正后重新导入（同一命令，不必加 --force）", err=True)
    raise SystemExit(1)


def _sheet_for(paths: list[str], into: str | None, settings: Any) -> str | None:
    """The sheet of a many-project workbook (the 申报 packet's 汇总表, one sheet per
    project) that ``--into``'s project is on: the one named as the file names the project
    (tester6 6); said, so that the clerk sees which was read. None: read every sheet."""
    from perfdocs.importer.workbooks import form_sheets

    if into is None or len(paths) != 1:
        return None
    titles = form_sheets(paths[0])
    if len(titles) < 2:
        return None
    from perfdocs.importer.workbooks import listed_titles
    from perfdocs.loading.project import load_project
    from perfdocs.render.xlsx.writer import could_title

    project = load_project(into, default_unit=settings.input_unit).project
    names = list(dict.fromkeys(project.name_in(part) for part in ("申报", "自评")))
    full = {"".join(name.split()) for name in names}
    chosen = next((t for t in titles if "".join(t.split()) in full), None)
    if chosen is None:  # a long name: its title was cut to fit Excel's 31 characters
        cut = [t for t in titles if any(could_title(name, t) for name in names)]
        chosen = _printing(cut, names, paths[0], settings) if len(cut) > 1 else \
            next(iter(cut), None)
    if chosen is None:  # not 「找到 12 张申报表」: the clerk gave the project, and none is it
        named = "或".join(f"「{n}」" for n in names)
        raise InputError(f"没有以 {into} 的项目名称{named}命名的工作表（这个工作簿的 "
                         f"{len(titles)} 张表：{listed_titles(titles)}）：是这个项目的表请用 "
                         "--sheet 工作表名 指定", file=paths[0])
    click.echo(f"注意：{paths[0]} 有 {len(titles)} 张表，按 {into} 的项目名称读取工作表"
               f"「{chosen}」（另选一张请加 --sheet 工作表名）", err=True)
    return chosen


def _printing(titles: list[str], names: list[str], path: str, settings: Any) -> str | None:
    """Of sheets whose titles could all be a long name cut short, the one whose form prints
    the project's name: two names alike in their first 31 characters both fit the cut title,
    and the first was taken for the other project (tester12 F6). None when no sheet prints
    it (the caller then names the sheets)."""
    from perfdocs.importer.workbooks import import_workbooks

    wanted = {"".join(name.split()) for name in names}
    for title in titles:
        try:
            printed = import_workbooks([path], settings, title).tree.get("项目名称")
        except PerfdocsError:
            continue
        if "".join(str(printed or "").split()) in wanted:
            return title
    return None


def _counted(findings: list[Diagnostic]) -> str:
    """「 1 个警告、2 个提示」 for the warnings and notes among ``findings``; "" for none."""
    counts = [(sum(d.severity is severity for d in findings), word)
              for severity, word in ((Severity.WARNING, "警告"), (Severity.NOTE, "提示"))]
    return "、".join(f" {n} 个{word}" for n, word in counts if n).replace("、 ", "、")


def _recorded_with_errors(workbook: str, written: str, errors: int) -> None:
    """What a form read back with errors (written as printed) still needs."""
    if errors:
        click.echo(f"注意：{workbook} 有 {errors} 处错误（见上，按工作表!单元格列出），已照表写入"
                   f"{written}：改正前 perfdocs render 不会生成它的表格（perfdocs check 核对原表"
                   "印出的计算结果）", err=True)


def _where_changed(changes: list[Any]) -> str:
    """「自评部分」, 「申报、自评部分」, 「自评部分和项目名称」: where the changes are, not
    which parts the workbook holds (a fill-in workbook holds both; tester5 N5)."""
    keys = list(dict.fromkeys(str(c.loc[0]) for c in changes))
    parts = [p for p in ("申报", "自评") if p in keys]
    rest = [k for k in keys if k not in parts]
    said = "、".join(parts) + "部分" if parts else ""
    return said + ("和" if said and rest else "") + "、".join(rest)


def _merge(imported: Any, into: str, settings: Any, yes: bool, force: bool = False) -> None:
    """Show what merging the workbook into ``into`` changes, ask, write, suggest a 修订."""
    from datetime import date

    from perfdocs.importer.merge import OtherProject, merge_into, unified_diff

    try:
        merge = merge_into(imported, into, settings, force=force)
    except PerfdocsError as exc:
        report(exc)
        click.echo(_not_merged(exc, into), err=True)  # not the file's errors alone (tester8 #2b)
        # another project's workbook is refused, not unreadable: 1, as README says (tester10 #5)
        raise SystemExit(1 if isinstance(exc, OtherProject) else UNREADABLE) from None
    renamed = [c for c in merge.changes if c.loc[-1] == "项目名称"]
    for change in renamed:  # --force let a name the file did not have through: say so
        click.echo(f"注意：{into} 的 {change.field} 将由「{change.before or '（无）'}」改为"
                   f"「{change.after}」（工作簿上的名称）", err=True)
    plan = merge.plan
    printed = _printed_differences(imported, plan.after, into, settings)
    for note in merge.notes:  # what the merge leaves out (the 修订 boxes: tester9 N2)
        click.echo(f"注意：{note}", err=True)
    if not merge.changes or not plan.changed:
        if printed:  # the inputs agree, the figures the reviewer wrote do not (tester6 1)
            click.echo(f"{imported.file} 与 {into} 的填写内容一致，没有需要合并的改动；"
                       f"但工作簿上印的 {len(printed)} 个计算结果与文件算出的不同（见上）："
                       "评审改的若是这些数，请按提示核对它们所依据的数，在文件中改正", err=True)
            raise SystemExit(1)
        click.echo(f"✓ {imported.file} 与 {into} 一致：没有需要改动的内容")
        return
    for line in unified_diff(plan.before, plan.after, f"{into}（原文件）", f"{into}（合并后）"):
        click.echo(line)
    for change in merge.cleared:  # a paragraph of prose gone: said, not only in the diff
        where = imported.address_of(change.loc)
        click.echo(f"删除 {change.field.removeprefix('自评.')}"
                   + (f"（{where} 已清空）" if where else ""))
    click.echo(f"共 {len(merge.changes)} 处改动（{_where_changed(merge.changes)}）；"
               "文件中其余内容和注释不变。")
    checked = _check_merge(merge, imported, into, settings)
    if not yes:
        confirmed = _confirm("写入这些改动？")
        if not confirmed:
            click.echo(f"未写入 {into}（不询问直接写入请加 --yes）", err=True)
            raise SystemExit(1)
    try:
        plan.write()
    except OSError as exc:
        click.echo(f"{into}: 错误: 无法写入：{reason(exc)}", err=True)
        raise SystemExit(UNREADABLE) from None
    from perfdocs.loading.project import load_project

    click.echo(f"✓ 已把 {imported.file} 合并到 {into}（{len(merge.changes)} 处改动）")
    try:
        project = load_project(into, default_unit=settings.input_unit).project
    except PerfdocsError:
        project = None
    if project is not None and merge.revised and not merge.revision_merged:
        # a part filled in first is no revision; a 修订 typed in the workbook is the clerk's
        hint = merge.revision_hint(project, date.today())
        kept = "；原有的修订保留，新的一条加在最后（把文件中的「修订」换成这一段）" \
            if project.revisions else ""
        click.echo(f"建议在文件中记下这次修订（修改原因请按实际填写{kept}）：")
        click.echo("\n".join("  " + line for line in hint.splitlines()))
        if len(merge.revised_parts) == 1:
            part = merge.revised_parts[0]
            click.echo(f"  （阶段: {part}：修订说明只印在{part}部分的表上、只记入{part}材料包；"
                       "两部分都改了时删去阶段）")
    _left_to_do(checked, imported, into)
    if printed:
        click.echo(f"工作簿上印的 {len(printed)} 个计算结果与合并后的 {into} 算出的不同（见上），"
                   "未合并：请核对它们所依据的数", err=True)
        raise SystemExit(1)


def _not_merged(exc: PerfdocsError, into: str) -> str:
    """The line after a refused merge: nothing was written, and what to do first."""
    from perfdocs.errors import ValidationFailed

    if isinstance(exc, ValidationFailed):  # errors the workbook's parts do not cover
        return (f"未写入 {into}：它有工作簿改不到的错误（见上），合并前请先在文件中改正"
                f"（用 perfdocs validate {into} 检查），再重新导入（同一命令）")
    return f"未写入 {into}（原因见上）"


def _printed_differences(imported: Any, text: str, into: str, settings: Any
                         ) -> list[Diagnostic]:
    """Print (and return) the computed figures the reviewer wrote on the workbook: those
    that are neither what the file, as the merge writes it (``text``), computes nor what it
    computed before. A reviewer's 98.00% over 94.30% is no input to merge, but it must not
    vanish without a word (tester6 1); a 总分 left as it was beside a changed 得分 is only
    stale — the merged file computes the new one — and is not said."""
    from perfdocs.loading.project import load_project, load_project_text
    from perfdocs.review.audit import printed_against

    try:
        merged = load_project_text(text, into, default_unit=settings.input_unit)
        found = printed_against(imported, merged, settings)
        if found:
            original = load_project(into, default_unit=settings.input_unit)
            before = {d.field for d in printed_against(imported, original, settings)}
            found = [d for d in found if d.field in before]
    except PerfdocsError:
        return []  # the merge's own findings say why the file does not load
    for d in found:
        click.echo(d.format(), err=True)
    return found


def _confirm(question: str) -> bool:
    """Ask ``question`` (no by default) and end its line whatever comes: an answer read from
    a pipe, or none at all (end of input, Ctrl-D), is not echoed, and the next output ran on
    after 「[y/N]: 」 (tester6 10g)."""
    import sys

    try:
        confirmed = click.confirm(question, default=False)
    except click.Abort:
        click.echo()
        return False
    if not sys.stdin.isatty():
        click.echo()
    return confirmed


def _check_merge(merge: Any, imported: Any, into: str, settings: Any) -> Any:
    """Validate the merge as it would be written and print, before it is confirmed, the
    findings it adds to the file, each at the workbook's cell it came from.

    The merge is still offered: the file is the project's, and what the reviewer changed
    (a score lowered) may want the preparer's part (its 偏差原因分析) in the file or in the
    workbook, imported again (``--into`` changes only what differs). The command then
    ends with status 1, saying what is left to do."""
    from perfdocs.importer.findings import merged_findings

    checked = merged_findings(merge, imported, into, settings)
    for finding in checked.findings:
        click.echo(finding.format(), err=True)
    for line in checked.settle:
        click.echo(f"{into}: 注意: {line}", err=True)
    return checked


def _left_to_do(checked: Any, imported: Any, into: str) -> None:
    """After a merge was written: the errors it left, what to do, and status 1."""
    if not checked.errors:
        return
    steps = []
    if checked.from_workbook:
        steps.append(f"{len(checked.from_workbook)} 处出自工作簿（按工作表!单元格列出）：在工作簿"
                     f"中改正后重新导入（同一命令），或直接在 {into} 中改正")
    if checked.settle:
        steps.append(f"{len(checked.settle)} 处是金额换算所致：按上面的「注意」在 {into} 中核定")
    if checked.in_file:
        steps.append(f"{len(checked.in_file)} 处是 {into} 原有的：在文件中改正")
    click.echo(f"{into} 合并后有 {checked.errors} 处错误（见上），perfdocs render 不会生成"
               "它的表格：" + "；".join(steps) + f"。改好后用 perfdocs validate {into} 检查",
               err=True)
    raise SystemExit(1)


def _fillin(paths: list[str], settings: Any) -> Any:
    """The project of a ``perfdocs template`` workbook (read by :mod:`perfdocs.fillin`), or
    None when the workbooks are forms to read by their labels."""
    from perfdocs.fillin.reader import is_fillin
    from perfdocs.importer.workbooks import import_fillin

    if not any(is_fillin(p) for p in paths):
        return None
    if len(paths) != 1:
        fillin = next(p for p in paths if is_fillin(p))
        raise PerfdocsError("填写表须单独导入（一个填写表就是一个完整的项目）：请只给这一个文件",
                            file=fillin)
    return import_fillin(paths[0], settings)


@click.command("check")
@click.argument("files", nargs=-1, required=True)
@click.pass_context
def check_command(ctx: click.Context, files: tuple[str, ...]) -> None:
    """核对填好的表格（YAML 或 xlsx）中的执行率、得分、总分、评分等级，不生成表格。

    每处不符都列出单元格（或行号）、表上印的数、正确的数和所依据的规则；
    也检查扣分却没有偏差原因分析的指标、分值合计不为 100。
    退出码：0 未发现问题，1 有问题，2 有文件无法读取。
    """

    try:
        settings = settings_of(ctx)
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    status = 0
    for name, audit in _audits(expand_globs(files), settings):
        if audit is None:
            status = UNREADABLE
            continue
        for finding in audit.findings:
            click.echo(finding.format())
        unsure = len(audit.unsure)
        notes = len(audit.findings) - len(audit.problems) - unsure
        said = [f"{unsure} 个警告可能只是舍入"] * bool(unsure) + [f"{notes} 个提示"] * bool(notes)
        noted = f"（{'，'.join(said)}）" if said else ""
        if audit.problems:
            click.echo(f"✗ {name}：{len(audit.problems)} 处问题{noted}")
            status = max(status, 1)
        else:
            click.echo(f"✓ {name}：{audit.note or '未发现问题'}{noted}")
    raise SystemExit(status)


def _audits(names: list[str], settings: Any) -> Any:
    """(name, audit) of each file — of each form sheet of a workbook holding several (the
    申报 packet's 汇总表: one per project; tester6 6), named 「file「sheet」」; (name, None)
    for one that could not be read (said)."""
    from perfdocs.fillin.reader import is_fillin
    from perfdocs.importer.workbooks import form_sheets, import_workbooks
    from perfdocs.review.audit import audit_file, audit_imported, is_workbook

    for name in names:
        try:  # perfdocs' fill-in workbook is one project, whatever its sheets
            titles = form_sheets(name) if is_workbook(name) and not is_fillin(name) else []
        except PerfdocsError:
            titles = []
        if len(titles) < 2:
            titles = [""]
        for title in titles:
            shown = f"{name}「{title}」" if title else name
            try:
                audit = (audit_imported(import_workbooks([name], settings, title), settings)
                         if title else audit_file(name, settings))
            except PerfdocsError as exc:
                if _status_of(exc) != UNREADABLE:  # read, but a sheet is missing: a problem
                    from perfdocs.review.audit import Audit

                    yield shown, Audit(shown, exc.all_diagnostics())
                    continue
                report(exc)
                click.echo(f"✗ {shown}：无法读取", err=True)
                yield shown, None
                continue
            yield shown, audit


def _status_of(exc: PerfdocsError) -> int:
    """The exit status of a workbook ``exc`` refused: 1 for a fill-in workbook lacking a
    sheet (bad input, named), 2 for one that cannot be read."""
    from perfdocs.fillin.reader import SheetMissing

    return 1 if isinstance(exc, SheetMissing) else UNREADABLE


@click.command("diff")
@click.argument("old")
@click.argument("new")
@click.option("--sheet", metavar="工作表名",
              help="工作簿有多张表（如汇总表每个项目一张）时读哪一张；"
                   "默认按另一边项目文件的项目名称选取。")
@click.pass_context
def diff_command(ctx: click.Context, old: str, new: str, sheet: str | None = None) -> None:
    """列出同一项目两个版本（YAML 或 xlsx）之间逐项的变化，包括总分、评分等级等计算结果。

    退出码：0 没有变化，1 有变化，2 有文件无法读取。
    """
    from perfdocs.review.diff import (
        diff_versions,
        differs,
        format_changes,
        load_version,
        not_compared,
    )

    try:
        settings = settings_of(ctx)
        sheets = {old: sheet or _diff_sheet(old, new, settings),
                  new: sheet or _diff_sheet(new, old, settings)}
        before = load_version(old, settings, sheets[old])
        after = load_version(new, settings, sheets[new])
    except PerfdocsError as exc:
        report(exc)
        raise SystemExit(UNREADABLE) from None
    changes = diff_versions(before, after, printed_revisions=settings.print_revision)
    click.echo(f"--- {old}\n+++ {new}")
    for line in format_changes(changes):
        click.echo(line)
    for line in not_compared(before, after):
        click.echo(line)
    from perfdocs.review.diff import rule_scores_as_rules

    # against what diff compares: a printed 得分 that is the file's rule score left to the
    # rules there too (tester11 F3: 「总分: 78 → 82」 beside 「按规则应为 80」)
    compared = {old: rule_scores_as_rules(before, after).project,
                new: rule_scores_as_rules(after, before).project}
    printed = [d for side in (old, new)
               for d in _printed_on(side, settings, sheets[side], compared[side])]
    for d in printed:  # the figures a workbook prints, not what its numbers give (tester6 1)
        click.echo(d.format())
    raise SystemExit(1 if differs(changes) or printed else 0)


def _diff_sheet(path: str, other: str, settings: Any) -> str | None:
    """The sheet of ``path``, a many-project workbook (a 汇总表), that ``other``, a project
    file, names: picked as ``import --into`` picks it (tester7 D6)."""
    from perfdocs.review.audit import is_workbook

    if not is_workbook(path) or is_workbook(other):
        return None
    from perfdocs.fillin.reader import is_fillin

    return None if is_fillin(path) else _sheet_for([path], other, settings)


def _printed_on(path: str, settings: Any, sheet: str | None = None,
                project: Any = None) -> list[Diagnostic]:
    """The computed figures a returned form prints that its own numbers do not give
    (``diff`` compares what the numbers give: 「总分: 95.55（未变）」 beside a form that
    prints 95.92 would hide what the reviewer wrote)."""
    from perfdocs.review.audit import is_workbook, printed_against, read_workbook

    if not is_workbook(path):
        return []
    try:
        imported = read_workbook(path, settings, sheet)
        loaded = imported.loaded()
        if project is not None:  # the workbook's project as diff compares it
            loaded = loaded.replace(project=project)
        return printed_against(imported, loaded, settings)
    except PerfdocsError:
        return []
