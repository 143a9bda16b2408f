"""``perfdocs import 退回的表.xlsx --into 项目.yaml``: a returned workbook merged into its file.

A reviewer sends the forms back with cells changed. Importing them into a *new* file and
copying it over the project file loses what the workbook does not hold: the other part
(申报 beside 自评), the 修订 entry, 申报名称, every comment. Here the workbook's project
(:class:`~perfdocs.importer.workbooks.Imported`) is laid over the existing file through
the one round-trip YAML writer (:mod:`perfdocs.loading.yamlfile`), value by value:

- only the parts the workbook holds (自评 for a 自评表, 申报 for a 申报表/绩效目标表) and the
  header fields it prints are touched; a field is rewritten only when its *meaning* changed
  (an amount printed to 2 places in 万元 that still rounds to the file's 元 figure, a target
  printed "≥90%" for a typed ">=90%", a score 30.00 for 30, a rule's score the file left
  to the rules: all unchanged), and then in the file's own unit and quoting;
- what a form never prints stays (申报名称, 原表, comments, key order, other parts); a box
  the form prints and the reviewer emptied is removed, and so is a 自评报告 paragraph the
  clerk cleared in the fill-in workbook;
- the fill-in workbook's 修订 boxes are added to the file's 修订 when they hold a newer
  version than the file has (:meth:`_Merger.revision`); an entry the file has is never
  changed, and boxes not merged are said (:attr:`Merge.notes`);
- the result is a :class:`~perfdocs.loading.yamlfile.PlannedEdit`, shown as a diff and
  written only when confirmed.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import InputError
from perfdocs.loading.source import Loc, format_loc
from perfdocs.model.numbers import MONEY_UNITS, NumberError, money_text, normalize_text
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from perfdocs.importer.workbooks import Imported
    from perfdocs.layouts.layout import FormLayout
    from perfdocs.loading.project import Loaded
    from perfdocs.loading.settings import Settings
    from perfdocs.loading.yamlfile import PlannedEdit
    from perfdocs.model.project import Project

AMOUNT_KEYS = {"年初预算数", "全年预算数", "全年执行数", "合计", "财政资金", "其他资金",
               "当年财政拨款", "上年结转资金", "项目总预算", "项目当年预算", "同名项目上年预算额",
               "同名项目上年预算执行数"}
NUMBER_KEYS = {"分值", "得分"}
DATE_KEYS = {"计划开始日期", "计划完成日期"}
PRINTED_ITEM_KEYS = {"三级指标", "年度指标值", "实际完成值", "分值", "得分",
                     "偏差原因分析及改进措施"}
"""Boxes of an indicator row: emptied by the reviewer, they leave the file too."""
NEVER_PRINTED = {"原表", "申报名称", "上年度资金使用情况"}
"""Kept as the file has them: no form shows them, so a workbook cannot say they changed
(原表 records a paper form's figures; the workbook's own are checked by ``check``)."""
HEADER = ("年度", "主管部门", "实施单位")
FILLED_IN = {"实际完成值", "全年执行数", "实际完成情况"}
"""What a 自评 part holds once filled in: a part with none of them (absent, or the blanks
``evaluate-init`` left) is filled for the first time by the workbook, not revised."""


class Change(Record, frozen=True, slots=True):
    """One field the merge changes: where, and its text before and after (None: absent)."""

    loc: Loc
    before: str | None
    after: str | None

    @property
    def field(self) -> str:
        return format_loc(self.loc)


class Merge(Record):
    """What merging a workbook into a project file does, before anything is written."""

    plan: PlannedEdit
    parts: list[str]
    changes: list[Change] = field(default_factory=list)
    names: dict[Loc, str] = field(default_factory=dict)
    """Each indicator's 三级指标 by its location, to name a change inside it."""
    first: list[str] = field(default_factory=list)
    """The parts the workbook fills for the first time (the file had none of it, or only
    blanks): filling in is no revision (tester8 #2c)."""
    notes: list[str] = field(default_factory=list)
    """What the merge leaves out and the clerk must hear of: the fill-in workbook's 修订
    boxes when they are not merged, and why (tester9 N2)."""

    @property
    def revised(self) -> list[Change]:
        """The changes a 修订 records: not those filling a part in for the first time, nor a
        自评报告 paragraph written or cleared (the clerk's own prose: a first 自评结论 beside
        the file's 项目概况 is no correction, tester9 #2 — a paragraph reworded may be), nor
        the 修订 itself."""
        return [c for c in self.changes if str(c.loc[0]) not in self.first
                and c.loc[0] != "修订"
                and not ((not c.before or c.after is None)
                         and tuple(c.loc[1:2]) == ("自评报告",))]

    @property
    def cleared(self) -> list[Change]:
        """The 自评报告 paragraphs the merge deletes (cleared in the fill-in workbook): said
        one by one, a paragraph of prose gone is easily missed in the diff."""
        return [c for c in self.changes
                if c.after is None and tuple(c.loc[:2]) == ("自评", "自评报告")]

    @property
    def revision_merged(self) -> bool:
        """Whether the workbook's 修订 boxes were merged: the clerk wrote the 修订, so none
        is suggested."""
        return any(c.loc[0] == "修订" for c in self.changes)

    def revision_hint(self, project: Project, today: date) -> str:
        """The 修订 to write: the next version, today, the part the workbook corrected
        (阶段, when it holds one part: a returned 自评表 corrects nothing the 申报表 says,
        so the line is printed on the 自评表 alone), and what changed.

        A file without 修订 gets one entry (a line); a file that has one gets a list — its
        entries as written, then the new one —, so that a file corrected in 申报 and then in
        自评 keeps both (each stage's forms print their own)."""
        entries = project.revisions or []
        number = max((r.number for r in entries), default=1) + 1
        revised = self.revised
        labels = self.reason_labels(revised)
        shown = "、".join(labels[:4]) + ("等" if len(labels) > 4 else "")
        parts = self.revised_parts
        stage = f"阶段: {parts[0]}, " if len(parts) == 1 else ""
        new = (f"{{版本: {number}, 日期: {today.isoformat()}, {stage}"
               f"原因: 按评审意见更正{shown}}}")
        if not entries:
            return f"修订: {new}"
        kept = ["  - {" + ", ".join(f"{k}: {_flow(v)}" for k, v in r.as_written().items())
                + "}" for r in entries]
        return "\n".join(["修订:", *kept, f"  - {new}"])


    @property
    def revised_parts(self) -> list[str]:
        """The parts a 修订 is about: those the workbook holds, less those filled in first."""
        return [p for p in self.parts if p not in self.first]

    def label(self, loc: Loc) -> str:
        """A change's field as a reviewer names it: 「培训人数」的实际完成值, 全年执行数; a
        合计 by its row (年度资金申请总额, 项目资金总额: 「合计」 said neither; tester10 #12)."""
        name, key = self._named(loc)
        return f"「{name}」的{key}" if name else key

    def _named(self, loc: Loc) -> tuple[str | None, str]:
        """The indicator a change is in (None: not in one) and its field's key."""
        name = self.names.get(loc[:5]) if len(loc) >= 6 else None
        key = str(next((p for p in reversed(loc) if isinstance(p, str)), loc[0]))
        if key == "合计" and len(loc) >= 2 and isinstance(loc[-2], str):
            key = str(loc[-2])
        return name, key

    def reason_labels(self, changes: list[Change]) -> list[str]:
        """The fields of ``changes`` for the 修订 reason, each once, an indicator's named
        once: 「助餐点建设数量」的实际完成值和得分, not 「助餐点建设数量」的实际完成值、
        「助餐点建设数量」的得分."""
        keys: dict[tuple[str, str | None], list[str]] = {}
        for c in changes:
            name, key = self._named(c.loc)
            group = keys.setdefault(("name", name) if name else ("field", key), [])
            if key not in group:
                group.append(key)
        said = []
        for (kind, name), group in keys.items():
            if kind == "field":
                said.append(group[0])
                continue
            joined = group[0] if len(group) == 1 else "、".join(group[:-1]) + "和" + group[-1]
            said.append(f"「{name}」的{joined}")
        return said


class OtherProject(InputError):
    """The workbook is of another year than the file: another project's (or year's) file.
    A refusal of the merge, not an unreadable workbook: ``import`` exits 1 (tester10 #5)."""


class OtherName(OtherProject):
    """The workbook names the project otherwise than the file does: perhaps the wrong file."""


def merge_into(imported: Imported, path: str | Path, settings: Settings, *,
               force: bool = False) -> Merge:
    """Work out the merge of ``imported`` into the project file at ``path`` (not written).

    Raises :class:`~perfdocs.errors.PerfdocsError` when the file cannot be read, does not
    load, or is another project: its 年度 is not the workbook's, or its 项目名称 (and
    自评.项目名称) are not the name the workbook prints (:class:`OtherName`, unless
    ``force``: a reviewer may have renamed the project, and the diff then shows it).
    """
    from perfdocs.loading.yamlfile import plan_edit

    existing = _existing(imported, path, settings)
    merger = _Merger(imported, existing, settings)
    merger.same_project(force)
    plan = plan_edit(path, merger.apply)
    names: dict[Loc, str] = {}
    for part in merger.parts:
        for level1, groups in (imported.tree[part].get("绩效指标") or {}).items():
            for level2, items in groups.items():
                for index, item in enumerate(items):
                    names[(part, "绩效指标", level1, level2, index)] = str(item.get("三级指标"))
    return Merge(plan, [str(part) for part in merger.parts], merger.changes, names,
                 merger.first, merger.notes)


def _unfilled(part: object) -> bool:
    """Whether a part of the file (as written) holds nothing a clerk fills in: absent, or
    a 自评 part whose 实际完成值, 全年执行数 and 实际完成情况 are all blank."""
    if isinstance(part, dict):
        return all(_unfilled(v) for k, v in part.items()
                   if k in FILLED_IN or isinstance(v, (dict, list)))
    if isinstance(part, list):
        return all(_unfilled(v) for v in part)
    return part is None or not str(part).strip()


def _existing(imported: Imported, path: str | Path, settings: Settings) -> Loaded:
    """The project file as the merge starts from it.

    A file that does not load only because of the parts the workbook replaces is merged
    all the same: ``evaluate-init`` leaves the 自评 boxes blank for the clerk to fill, in
    the file or in the ``template --from`` workbook (tester8 #2b). The merged result is
    what is validated (:func:`~perfdocs.importer.findings.merged_findings`); here the file
    is read without those parts, for its name, year and unit. Errors elsewhere still refuse.
    """
    from perfdocs.errors import Severity, ValidationFailed
    from perfdocs.loading.project import load_project, loaded_from
    from perfdocs.loading.source import Source, load_source

    try:
        return load_project(path, default_unit=settings.input_unit)
    except ValidationFailed as refused:
        source = load_source(path)
        errors = [d for d in refused.diagnostics if d.severity is Severity.ERROR]
        wrong = {str(d.field or "").split(".")[0] for d in errors}
        if not isinstance(source.data, dict) or not wrong <= set(imported.tree) & {"申报", "自评"}:
            raise
        kept = {k: v for k, v in source.data.items() if k not in wrong}
        if not {"申报", "自评"} & set(kept):  # the file's only part: the workbook's stands in
            kept.update({part: imported.tree[part] for part in sorted(wrong)})
        try:
            return loaded_from(Source(source.path, kept, source.lines, source.split_amounts),
                               settings.input_unit)
        except ValidationFailed:
            raise refused from None


class _Merger:
    def __init__(self, imported: Imported, existing: Loaded, settings: Settings) -> None:
        self.imported = imported
        self.existing = existing
        self.tree = imported.tree
        self.parts = [p for p in ("申报", "自评") if p in self.tree]
        self.changes: list[Change] = []
        self.first: list[str] = []
        self.notes: list[str] = []
        self.scores, self.form = _computed_scores(existing, settings)
        self.trimmed = _trimmed_parts(existing, settings)

    # --- which project ---------------------------------------------------------------------

    def same_project(self, force: bool = False) -> None:
        """Refuse to merge another project's workbook: the year differs, or the name.

        A name the file does not have, however alike (职业培训基础能力建设资助 and …补助 are
        two projects), is refused unless ``force``: merging it would rename the project
        in the file, which the diff shows among a dozen figures and is easily confirmed
        by mistake.
        """
        project = self.existing.project
        names = {project.name}
        if project.evaluation is not None and project.evaluation.printed_name:
            names.add(project.evaluation.printed_name)
        part = self.existing.source.data.get("自评")
        if project.evaluation is None and isinstance(part, dict) and part.get("项目名称"):
            names.add(str(part["项目名称"]))  # a 自评 part read aside (see _existing)
        name = str(self.tree.get("项目名称", ""))
        evaluated = (self.tree.get("自评") or {}).get("项目名称")
        year = self.tree.get("年度")
        known = {_squeeze(n) for n in names}
        typed = {_squeeze(str(n)) for n in (name, evaluated) if n is not None}
        if not force and not typed & known:
            alike = any(_similar(a, b) for a in typed for b in known)
            where = "、".join(f"「{n}」" for n in dict.fromkeys(names))
            judged = ("名称相近但不相同，可能是另一个项目的表格" if alike
                      else "不是同一个项目")
            raise OtherName(f"工作簿上的项目名称是「{name}」，项目文件中是{where}：{judged}。"
                            "请确认导入的是这个项目的表格、合并到的是它的项目文件；确是这个项目"
                            "（两张表上的名称写法不同，或评审改了名称）时加 --force 合并，"
                            "工作簿上的名称随之写入",
                            file=self.existing.path, line=self.existing.line(("项目名称",)),
                            field="项目名称")
        self.same_unit(force)
        # as the loader reads 年度: 「2027年」「2027年度」「２０２７」 are the file's 2027
        # (tester8 #2a: the workbook template --from made of a file saying 2027年 was refused)
        if year is not None and _year(year) != _year(project.year):
            raise OtherProject(f"工作簿是 {_year(year)} 年度的，项目文件是 {project.year} 年度的",
                             file=self.existing.path, line=self.existing.line(("年度",)),
                             field="年度")

    def same_unit(self, force: bool = False) -> None:
        """Refuse, unless ``force``, a workbook that prints another 实施单位 or 主管部门:
        two units of one bureau may each have a project of the same name, and a 汇总表 of
        the other unit merged by that name moved the project and its money over as if a
        reviewer had edited them (tester12 F5). A box the form does not print (待填写) is
        no evidence."""
        from perfdocs.model.marks import TO_FILL

        project = self.existing.project
        for key, ours in (("实施单位", project.unit), ("主管部门", project.department)):
            theirs = self.tree.get(key)
            if force or not isinstance(theirs, str) or theirs.startswith(TO_FILL) \
                    or _squeeze(theirs) == _squeeze(ours):
                continue
            raise OtherName(f"工作簿上的{key}是「{theirs}」，项目文件中是「{ours}」：多半是另一个"
                            "单位的同名项目的表格。请确认导入的是这个单位的表格、合并到的是它的项目"
                            f"文件；确是这个项目（评审改了{key}）时加 --force 合并，工作簿上的"
                            f"{key}随之写入", file=self.existing.path,
                            line=self.existing.line((key,)), field=key)

    # --- the edit --------------------------------------------------------------------------

    def names_project(self) -> bool:
        """Whether the workbook's 项目名称 is the project's own (top-level 项目名称): a
        申报表 prints it, and the fill-in workbook holds it in 基本信息. A 自评表 alone
        prints its 自评 part's name, written as 自评.项目名称 (see :meth:`apply`)."""
        return self.imported.fillin or "申报" in self.tree

    def apply(self, doc: Any) -> None:
        """Lay the workbook's parts and header over the document (``plan_edit``'s change)."""
        from perfdocs.importer.workbooks import yaml_style
        from perfdocs.loading.yamlfile import build
        from perfdocs.model.marks import TO_FILL

        self.first = [p for p in self.parts if p not in doc or (
            p == "自评" and _unfilled(doc[p]))]
        for key in HEADER:
            if str(self.tree.get(key, "")).startswith(TO_FILL):
                continue  # a box the form does not print (主管部门 on a 绩效目标表): the file's
            if key in self.tree and key in doc:
                self.scalar(doc, key, doc[key], self.tree[key], (key,))
        if self.names_project() and "项目名称" in self.tree and "项目名称" in doc:
            # a reviewer's new name (let through by --force): what the refusal promised
            self.scalar(doc, "项目名称", doc["项目名称"], self.tree["项目名称"], ("项目名称",))
        self.filing(doc)
        self.filing(doc, "勾选")
        self.revision(doc)
        for part in self.parts:
            new = dict(self.tree[part])
            printed = self.tree.get("项目名称")
            if part == "自评" and printed is not None and not self.names_project() and (
                    (isinstance(doc.get("自评"), dict) and "项目名称" in doc["自评"])
                    or _squeeze(str(printed)) != _squeeze(str(doc.get("项目名称", "")))):
                # a 自评表 alone prints the name the 自评 part gives it (自评.项目名称,
                # where the 自评表 words the project's name differently)
                new = {"项目名称": printed, **new}
            if part not in doc:
                flow = [(part, "项目资金", row) for row in (new.get("项目资金") or {})
                        ] if part == "自评" else []
                doc[part] = build(self.in_file_unit(new, (part,)), yaml_style(flow), (part,), 2)
                self.changes.append(Change((part,), None, f"（新增{part}部分）"))
                continue
            self.mapping(doc[part], new, (part,))

    def filing(self, doc: Any, key: str = "填报信息") -> None:
        """The header and footer lines' values the workbook prints (填报人, 联系电话 …), or
        with ``key = "勾选"`` the options its tick-box rows tick.

        Only values the workbook holds are laid over the file: one it lacks may be printed
        from perfdocs.toml's [unit] or the project's header, so its absence removes nothing.
        """
        from perfdocs.importer.workbooks import yaml_style
        from perfdocs.loading.yamlfile import build

        filing = self.tree.get(key)
        if filing and key == "填报信息":  # the packet's --date is no reviewer's change
            from perfdocs.importer.lines import without_run_date

            filing = without_run_date(filing, doc.get(key))
        if key == "填报信息" and self.imported.fillin and isinstance(doc.get(key), dict):
            self._cleared_filing(doc, dict(filing or {}))
        if not filing:
            return
        if isinstance(doc.get(key), dict):
            self.mapping(doc[key], dict(filing), (key,))
            return
        keys = list(doc)
        position = next((keys.index(k) for k in ("申报", "自评") if k in keys), len(keys))
        doc.insert(position, key, build(dict(filing), yaml_style(), (key,), 0))
        self.changes.append(Change((key,), None, _shown(filing)))

    def _cleared_filing(self, doc: Any, filing: dict[str, Any]) -> None:
        """The file's 填报信息 entries the fill-in workbook's 填报信息 sheet no longer lists:
        ``template --from`` writes every entry of the file there, so a row the clerk
        emptied is one to drop (tester13 F2: an entry could be undone in YAML only, and the
        emptied row was passed over without a word). The section goes with its last entry.
        A printed form's lines are not a full list (a value [unit] gives is left out) and
        never remove anything (:meth:`filing`)."""
        node = doc["填报信息"]
        for name in [k for k in node if k not in filing]:
            self.changes.append(Change(("填报信息", name), _shown(node[name]), None))
            del node[name]
        if not node:
            del doc["填报信息"]

    def revision(self, doc: Any) -> None:
        """The fill-in workbook's 修订 boxes (基本信息: 版本, 日期, 原因, 阶段), merged when
        they record a correction the file does not have yet (tester9 N2).

        The file's own entries are never changed (README: 文件中的修订不动): the boxes'
        entry is added — as the file's one 修订, or after its entries, making a list —
        only when its 版本 is higher than every version the file has. The same entry (a
        workbook ``template --from`` the file, returned) is no change; any other — the same
        version written otherwise, an older version — is left out and said in
        :attr:`notes`. A returned form's printed 修订 line is the file's own and is not
        merged."""
        from perfdocs.errors import PerfdocsError

        typed = self.tree.get("修订")
        if not self.imported.fillin or not isinstance(typed, dict):
            return
        try:
            entries = self.imported.loaded().project.revisions or []
        except PerfdocsError:
            return  # the import has said why the boxes do not fit
        if len(entries) != 1:
            return
        new = entries[0]
        where = self.imported.cells.get(("修订", "版本")) or self.imported.address_of(("修订",))
        boxes = f"填写表的修订（{where}，第 {new.number} 版）" if where \
            else f"填写表的修订（第 {new.number} 版）"
        have = self.existing.project.revisions or []
        same = [r for r in have if r.number == new.number]
        if same and any(_same_revision(r, new) for r in same):
            return  # the file's own entry, as the workbook was made with it
        if same:
            self.notes.append(
                f"{boxes}未合并：项目文件中已有第 {new.number} 版，写法不同（文件中："
                f"{_revision_text(same[0])}；填写表中：{_revision_text(new)}）。文件中已有的"
                f"修订不改：是又一次修订请把填写表的「修订：版本」改为 "
                f"{max(r.number for r in have) + 1} 后重新导入，是同一次请直接在文件中改正")
            return
        if have and new.number < max(r.number for r in have):
            self.notes.append(
                f"{boxes}未合并：项目文件中已有更新的第 {max(r.number for r in have)} 版，"
                "较早的版本不补进文件（文件中已有的修订不改）；确要记下这一条请直接写入文件")
            return
        self.add_revision(doc, new.as_written())

    def add_revision(self, doc: Any, entry: dict[str, object]) -> None:
        """``entry`` (a 修订 as written) added to the document: the file's one 修订 where it
        has none (at the top, under the header lines, where README has it written), else
        after its entries, a single entry becoming a list of two."""
        from ruamel.yaml.comments import CommentedMap, CommentedSeq

        node = CommentedMap()
        for key, value in entry.items():
            node[key] = str(value)  # 版本: 2 reads back as the file's other figures do
        node.fa.set_flow_style()
        old = doc.get("修订")
        if isinstance(old, list):
            old.append(node)
            at: Loc = ("修订", len(old) - 1)
        elif isinstance(old, dict):
            listed = CommentedSeq([old, node])
            doc["修订"] = listed
            at = ("修订", 1)
        else:
            if "修订" in doc:
                doc["修订"] = node
            else:
                keys = list(doc)
                position = next((keys.index(k) for k in ("填报信息", "勾选", "申报", "自评")
                                 if k in keys), len(keys))
                doc.insert(position, "修订", node)
                if position:
                    _blank_lines_after(doc, keys[position - 1], "修订")
            at = ("修订",)
        self.changes.append(Change(at, None, _revision_text_of(entry)))

    def mapping(self, node: Any, new: dict[str, Any], loc: Loc) -> None:
        from perfdocs.importer.workbooks import yaml_style
        from perfdocs.loading.yamlfile import build

        for key, value in new.items():
            if key in NEVER_PRINTED or value is None:
                continue
            child = (*loc, key)
            if key in node:
                old = node[key]
                if isinstance(value, dict) and isinstance(old, dict):
                    self.mapping(old, value, child)
                elif isinstance(value, list) and isinstance(old, list):
                    self.sequence(old, value, child)
                else:
                    self.scalar(node, key, old, value, child)
                continue
            if key == "得分" and self.scores.get(loc) == _score(value):
                actual = new.get("实际完成值")
                if self.rules_score(loc, actual):
                    continue  # the rule's score, printed: the file leaves it to the rules
                # the reviewer's new 实际完成值 gives no rule score: the printed one is the
                # only score there is, kept (and said), not an error at a full cell that
                # the same command merges the next time (tester10 #3)
                self.notes.append(
                    f"「{new.get('三级指标') or ''}」的实际完成值改为「{actual}」，按规则算不出"
                    f"得分：沿用工作簿上印的得分 {_score(value)}（它是按原来的实际完成值算的），"
                    "请核对后按实际改正")
            sibling = next((node[k] for k in NUMBER_KEYS if k in node), None)
            if key in NUMBER_KEYS and sibling is not None and _score(value) is not None:
                value = _in_style(sibling, _score(value) or Decimal(0))  # as 分值 is written
            position = self._position(node, new, key)
            flow = [child] if len(loc) == 2 and loc[1] == "项目资金" and loc[0] == "自评" else []
            built = build(self.in_file_unit(value, child), yaml_style(flow), child, 2 * len(loc))
            if key in AMOUNT_KEYS and type(built) is str:  # quoted as the file's amounts are
                from ruamel.yaml.scalarstring import DoubleQuotedScalarString

                built = DoubleQuotedScalarString(built)
            node.insert(position, key, built)
            self.changes.append(Change(child, None, _shown(value)))
        for key in [k for k in node if k not in new]:
            child = (*loc, key)
            if isinstance(node[key], dict) and self._report_boxes(child):
                self.mapping(node[key], {}, child)  # every paragraph under it cleared
                if not node[key]:
                    del node[key]
                continue
            if self._removable(child):
                self.changes.append(Change(child, _shown(node[key]), None))
                del node[key]

    def rules_score(self, loc: Loc, actual: object) -> bool:
        """Whether the printed 得分 at ``loc`` (the file's rule score) stays the rules'
        with the workbook's 实际完成值 ``actual`` in place of the file's
        (:func:`~perfdocs.compute.calculate.rules_own_scores`)."""
        evaluation = self.existing.project.evaluation
        if evaluation is None or self.form is None:
            return True
        from perfdocs.compute.calculate import rules_own_scores

        _, _, level1, level2, index = loc
        key = (str(level1), str(level2), int(index))
        try:
            row = evaluation.indicators[key[0]][key[1]][key[2]]
        except (KeyError, IndexError):
            return True
        if actual is not None and row.actual != str(actual):
            indicators = {one: {two: list(rows) for two, rows in twos.items()}
                          for one, twos in evaluation.indicators.items()}
            indicators[key[0]][key[1]][key[2]] = row.replace(actual=str(actual))
            evaluation = evaluation.replace(indicators=indicators)
        score = self.scores[loc]
        return key in rules_own_scores(evaluation, self.form, {key: score}, {key: score})

    def in_file_unit(self, value: Any, loc: Loc) -> Any:
        """A value the file lacks, its amounts in the file's unit: 10.00 read off a 万元
        form goes into a file kept in 元 as "100,000.00" (written as printed, it would
        read as 10 元). An amount typed with its own unit, or in the file's, stays as typed."""
        if isinstance(value, dict):
            return {k: self.in_file_unit(v, (*loc, k)) for k, v in value.items()}
        if isinstance(value, list):
            return [self.in_file_unit(v, (*loc, i)) for i, v in enumerate(value)]
        if loc[-1] not in AMOUNT_KEYS or value is None:
            return value
        from perfdocs.model.numbers import parse_amount
        from perfdocs.rules.validate import file_unit

        unit = file_unit(self.existing)
        typed = normalize_text(str(value))
        if typed.endswith(tuple(MONEY_UNITS)):
            return value
        if unit == self.imported.unit:
            return self.as_printed(typed, loc) if isinstance(value, str) else value
        try:
            return self.as_printed(money_text(parse_amount(typed, self.imported.unit), unit),
                                   loc)
        except NumberError:
            return value

    @staticmethod
    def _position(node: Any, new: dict[str, Any], key: str) -> int:
        """Where a new key goes: after the nearest key before it (in the workbook's order)
        that the file has."""
        order = list(new)
        for earlier in reversed(order[:order.index(key)]):
            if earlier in node:
                return list(node).index(earlier) + 1
        return 0

    def _report_boxes(self, loc: Loc) -> bool:
        """Whether ``loc`` is (or holds) a 自评报告 paragraph the workbook has a box for: the
        fill-in workbook's 自评报告 sheet (a returned 自评表 has none)."""
        if tuple(loc[:2]) != ("自评", "自评报告"):
            return False
        size = len(loc)
        return any(tuple(box[:size]) == tuple(loc) for box in self.imported.blanks)

    def _removable(self, loc: Loc) -> bool:
        """Whether a field the workbook lacks was emptied on the form (so leaves the file).

        A 自评报告 paragraph goes when its box on the fill-in workbook's 自评报告 sheet is
        blank: the clerk cleared it there, and kept in the file it came back in the packet
        (tester9 N7); the merge names it (:attr:`Merge.cleared`)."""
        key = loc[-1]
        if key in NEVER_PRINTED or key == "项目名称":
            return False
        if tuple(loc[:2]) == ("自评", "自评报告"):
            return tuple(loc) in self.imported.blanks
        if len(loc) >= 2 and loc[1] == "绩效指标":
            return len(loc) in (3, 4) or key in PRINTED_ITEM_KEYS
        if len(loc) >= 2 and loc[1] == "项目资金":
            # an amount goes only when the workbook has its box (hubei-2020 prints no 年初预算数):
            # a filled one (cells) or one the clerk emptied (the fill-in workbook's blanks)
            boxed = tuple(loc) in self.imported.cells or tuple(loc) in self.imported.blanks
            return (key in AMOUNT_KEYS and boxed) or len(loc) == 3
        return False

    def sequence(self, node: Any, new: list[Any], loc: Loc) -> None:
        """Indicator lists: item by item when the count is the same, else by name."""
        from perfdocs.importer.workbooks import yaml_style
        from perfdocs.loading.yamlfile import build

        if len(node) == len(new):
            for index, item in enumerate(new):
                if isinstance(item, dict) and isinstance(node[index], dict):
                    self.mapping(node[index], item, (*loc, index))
            return
        by_name: dict[str, list[Any]] = {}
        for old in node:
            if isinstance(old, dict):
                by_name.setdefault(str(old.get("三级指标", "")), []).append(old)
        items = []
        for index, item in enumerate(new):
            kept = by_name.get(str(item.get("三级指标", "")), [])
            if kept:
                old = kept.pop(0)
                self.mapping(old, item, (*loc, index))
                items.append(old)
            else:
                items.append(build(item, yaml_style(), (*loc, index), 2 * len(loc) + 2))
                self.changes.append(Change((*loc, index), None, _shown(item.get("三级指标"))))
        for left in by_name.values():
            for old in left:
                self.changes.append(Change(loc, _shown(old.get("三级指标")), None))
        del node[:]
        node.extend(items)

    def scalar(self, node: Any, key: str | int, old: Any, new: Any, loc: Loc) -> None:
        """Rewrite one value when its meaning changed, in the file's unit and quoting."""
        text = self._text_for(old, new, loc)
        if text is None:
            return
        if old is None and loc[-1] in AMOUNT_KEYS:  # a blank box filled: quoted as amounts are
            from ruamel.yaml.scalarstring import DoubleQuotedScalarString

            node[key] = DoubleQuotedScalarString(text)
        else:
            node[key] = _like(old, text)
        self.changes.append(Change(loc, _shown(old), text))

    def _text_for(self, old: Any, new: Any, loc: Loc) -> str | None:
        """The new text of the value at ``loc``, or None when it means what the file says."""
        key = loc[-1]
        if key in AMOUNT_KEYS:
            return self._amount(old, new, loc)
        if key in NUMBER_KEYS:
            was, now = _score(old), _score(new)
            if was is not None and was == now:
                return None
            return _in_style(old, now) if now is not None else _shown(new)
        if key == "年度":
            return None if _year(old) == _year(new) else _shown(new)
        if key in DATE_KEYS:
            return None if _date(old) == _date(new) else _shown(new)
        if key == "年度指标值":
            return None if _same_target(str(old), str(new)) else _shown(new)
        return None if _squeeze(str(old)) == _squeeze(str(new)) else _shown(new)

    def _amount(self, old: Any, new: Any, loc: Loc) -> str | None:
        """An amount the sheet printed (to its places, in its unit) against the file's."""
        from perfdocs.model.numbers import parse_amount
        from perfdocs.rules.validate import unit_at

        unit = unit_at(self.existing, loc)
        try:
            was = parse_amount(old if isinstance(old, (int, Decimal)) else str(old), unit)
            now = parse_amount(str(new), self.imported.unit)
        except NumberError:
            return _shown(new)
        printed = normalize_text(str(new)).rstrip("元万")
        places = max(0, -_exponent(printed))
        suffix = next((u for u in sorted(MONEY_UNITS, key=len, reverse=True)
                       if normalize_text(str(new)).endswith(u)), self.imported.unit)
        half = Decimal(5).scaleb(-places - 1) * MONEY_UNITS[suffix]
        if abs(was - now) <= half:
            return None
        if half > Decimal("0.005") * MONEY_UNITS[unit]:  # coarser than the file's figures
            # 46.83 万元 into a file in 元 is 468,300.00, not the 468,321.18 meant (tester12 F3)
            typed = normalize_text(str(new))
            shown = typed if typed.endswith(suffix) else f"{typed} {suffix}"
            self.notes.append(
                f"{_money_label(loc)}按工作簿上的 {shown} 换算为{unit}：表上只印到{suffix}的 "
                f"{places} 位小数，换算出的{unit}数不是精确数（原为 {_shown(old)}），请在 "
                f"{Path(self.existing.path).name} 中按实际{unit}数核定")
        typed_suffix = next((u for u in sorted(MONEY_UNITS, key=len, reverse=True)
                             if normalize_text(str(old)).endswith(u)), "")
        if _number(normalize_text(str(old)).removesuffix(typed_suffix)) is None:
            return self.as_printed(money_text(now, unit), loc) + typed_suffix
        value = now / MONEY_UNITS[unit]
        return self.as_printed(_in_style(normalize_text(str(old)).removesuffix(typed_suffix),
                                         value, least=2), loc) + typed_suffix

    def as_printed(self, text: str, loc: Loc) -> str:
        """An amount written as the form printed it when its layout drops trailing zeros
        (hebei-2019: 40, 3.2, 0 — what the reviewer saw), not 「40.0」 beside the file's
        「43.2」 nor 「3.20」「0.00」 (tester6 10o); else as given."""
        if not loc or loc[0] not in self.trimmed or "." not in text:
            return text
        return text.rstrip("0").rstrip(".")


def _money_label(loc: Loc) -> str:
    """年度资金总额的全年执行数, 年度资金申请总额 (a 合计 by its row): an amount's name."""
    key, row = str(loc[-1]), str(loc[-2]) if len(loc) >= 2 else ""
    return row if key == "合计" and row else f"{row}的{key}" if row else key


def _blank_lines_after(doc: Any, above: str, key: str) -> None:
    """The blank lines under ``above`` (the header's last line) moved under ``key``, just
    inserted after it: the header keeps its lines together, the parts stay set apart."""
    comments = doc.ca.items.get(above)
    token = comments[2] if comments and len(comments) > 2 else None
    if token is None or str(token.value).strip() or isinstance(doc[above], (dict, list)):
        return  # a comment after the line, or a nested value: left where it is
    doc.ca.items[key] = [None, None, token, None]
    comments[2] = None


def _same_revision(a: Any, b: Any) -> bool:
    """Two 修订 entries (:class:`~perfdocs.model.project.Revision`) that say the same:
    version, date and stage equal, the reasons alike but for spaces."""
    return (a.number, a.date, a.stage) == (b.number, b.date, b.stage) \
        and _squeeze(a.reason) == _squeeze(b.reason)


def _revision_text(revision: Any) -> str:
    """A 修订 entry in a line: 「2026-12-10（自评）：按评审意见更正…」."""
    return _revision_text_of(revision.as_written())


def _revision_text_of(entry: dict[str, object]) -> str:
    stage = f"（{entry['阶段']}）" if entry.get("阶段") else ""
    return f"第 {entry['版本']} 版 {entry['日期']}{stage}：{entry['原因']}"


def _flow(value: object) -> str:
    """A value inside a YAML flow mapping ``{…}``: quoted when a comma, bracket, colon or
    quote in it would end or split it there."""
    import json

    shown = str(value)
    if any(ch in shown for ch in ',{}[]:#"\'&*!|>%@`') or shown != shown.strip():
        return json.dumps(shown, ensure_ascii=False)
    return shown


def _trimmed_parts(existing: Loaded, settings: Settings) -> set[str]:
    """The parts (申报, 自评) whose form prints amounts without trailing zeros (a layout's
    ``display.money.trim``): amounts merged into them are written so."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import load_layout

    try:
        layout = load_layout(existing.project.layout or settings.layout,
                             settings.layout_paths)
    except PerfdocsError:
        return set()
    return {form.section for form in layout.forms.values() if form.display.money.trim}


def _computed_scores(existing: Loaded, settings: Settings
                     ) -> tuple[dict[Loc, Decimal], FormLayout | None]:
    """Each indicator's score the file's rules give (where it writes no 得分), by location,
    and the 自评表 layout that gave them."""
    project = existing.project
    if project.evaluation is None:
        return {}, None
    from perfdocs.compute.calculate import evaluate
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import load_layout, selfeval_form

    try:
        layout = load_layout(project.layout or settings.layout, settings.layout_paths)
    except PerfdocsError:
        return {}, None
    form = selfeval_form(layout)
    if form is None:
        return {}, None
    result = evaluate(project.evaluation, form)
    return {("自评", "绩效指标", r.level1, r.level2, r.index): r.score
            for r in result.indicators if r.score is not None and r.source == "rule"}, form


def _similar(a: str, b: str) -> bool:
    """The same project's name as two forms word it (技能评价业务经费 / …业务工作经费)."""
    import difflib

    return a == b or difflib.SequenceMatcher(None, a, b).ratio() >= 0.8


def _number(value: object) -> Decimal | None:
    from perfdocs.model.numbers import parse_decimal

    if value is None:
        return None
    try:
        return parse_decimal(value if isinstance(value, (int, Decimal)) else str(value))
    except NumberError:
        return None


def _score(value: object) -> Decimal | None:
    """A 分值 or 得分 as a project file reads it (``9分``, full-width ``２７分`` and ``27``
    are one score: the merge must not call a clerk's spelling a reviewer's change)."""
    from perfdocs.model.project_checks import as_score

    if value is None:
        return None
    try:
        return as_score(value)
    except (ValueError, NumberError):
        return None


def _year(value: object) -> object:
    """年度 as a project file reads it: ``2025年``, ``２０２５`` and ``2025`` are one year."""
    from perfdocs.model.project_checks import as_year

    try:
        return as_year(value)
    except ValueError:
        return _squeeze(str(value))


def _in_style(old: Any, value: Decimal, *, least: int = 0) -> str:
    """``value`` written as the file wrote the figure it replaces: as many decimals as the
    file used (``9`` stays ``8``, ``9.50`` becomes ``8.00``, ``10.0`` becomes ``9.5``), more
    only where the new figure needs them (then at least ``least``: an amount's cents), and
    thousands separators if the file had them."""
    typed = normalize_text(str(old)).strip()
    word = "分" if typed.endswith("分") else ""  # 9分 becomes 8分: the clerk's spelling stays
    typed = typed.removesuffix(word).rstrip()
    body = typed.split(".", 1)
    places = len(body[1]) if len(body) == 2 and body[1].isdigit() else 0
    exponent = value.normalize().as_tuple().exponent
    needed = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if needed > places:
        places = max(needed, least)
    fixed = value.quantize(Decimal(1).scaleb(-places))
    return (f"{fixed:,f}" if "," in typed else f"{fixed:f}") + word


def _date(value: object) -> str:
    import re

    text = normalize_text(str(value))
    found = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text)
    return f"{found[1]}-{int(found[2]):02d}-{int(found[3]):02d}" if found else text


def _exponent(text: str) -> int:
    from perfdocs.model.numbers import parse_decimal

    try:
        exponent = parse_decimal(text).as_tuple().exponent
    except NumberError:
        return -2
    return exponent if isinstance(exponent, int) else -2


def _same_target(old: str, new: str) -> bool:
    """A 年度指标值 the form printed as the file has it: the same comparator, figure and
    unit however written (:func:`~perfdocs.rules.consistency.same_target`). A typed ">=90%"
    prints "≥90%"; a form that prints 指标值 and 度量单位 in two boxes (sichuan-2023) reads
    "=0(起)" back as "=0起", and "≥100(人次)" as "≥100人次": no reviewer changed them
    (tester5 N11). Texts (明显改善) compare as printed, spaces aside."""
    from perfdocs.model.targets import official_text
    from perfdocs.rules.consistency import same_target

    was, now = official_text(old), official_text(new)
    return _squeeze(was) == _squeeze(now) or same_target(was, now)


def _squeeze(text: str) -> str:
    return "".join(normalize_text(text).split())


def _shown(value: object) -> str:
    if isinstance(value, Decimal):
        return format(value, "f")
    return str(value).strip() if value is not None else ""


def _like(old: object, text: str) -> Any:  # a ruamel scalar string (untyped)
    """``text`` written the way the file wrote the value it replaces (quotes, ``|`` block)."""
    from ruamel.yaml.scalarstring import LiteralScalarString, ScalarString

    if isinstance(old, LiteralScalarString) or "\n" in text:
        return LiteralScalarString(text if text.endswith("\n") else text + "\n")
    if isinstance(old, ScalarString):
        return type(old)(text)
    return text


def unified_diff(before: str, after: str, old_name: str, new_name: str) -> list[str]:
    """The change as a unified diff, lines matched exactly (no "popular line" heuristics:
    a file repeats ``分值: 2`` dozens of times, and difflib's autojunk would misalign it)."""
    import difflib

    a, b = before.splitlines(), after.splitlines()
    out = [f"--- {old_name}", f"+++ {new_name}"]
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(3):
        first, last = group[0], group[-1]
        out.append(f"@@ -{first[1] + 1},{last[2] - first[1]} +{first[3] + 1},"
                   f"{last[4] - first[3]} @@")
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                out += [" " + line for line in a[i1:i2]]
                continue
            out += ["-" + line for line in a[i1:i2]]
            out += ["+" + line for line in b[j1:j2]]
    return out

