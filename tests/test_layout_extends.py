"""``extends``: a variant layout states only what differs; faults name the file holding the
faulty key; every fault of a layout comes in one report; ``template`` is honoured."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from perfdocs.errors import LayoutError
from perfdocs.layouts.layout import LayoutInvalid, load_layout, read_layout
from tests.conftest import ROOT

SH2024 = ROOT / "templates" / "shanghai-2024"


def variant(root: Path, text: str, name: str = "my-2024") -> Path:
    folder = root / name
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "layout.toml").write_text(text, encoding="utf-8")
    return folder


def test_variant_changes_only_what_it_states(tmp_path: Path) -> None:
    folder = variant(tmp_path, '''extends = "shanghai-2024"
[forms."自评表"]
title = "某省项目支出绩效自评表"
[forms."自评表".labels]
reason = "偏差原因"
[forms."自评表".scoring]
execution_weight = 20
''')
    layout = read_layout(folder)
    parent = load_layout("shanghai-2024")
    form, base = layout.form("自评表"), parent.form("自评表")
    assert layout.name == "my-2024" and layout.extends == "shanghai-2024"
    assert form.title == "某省项目支出绩效自评表"
    assert form.labels["reason"] == "偏差原因"
    assert form.labels["weight"] == base.labels["weight"]          # inherited label
    assert form.scoring.execution_weight == Decimal(20)
    assert form.scoring.grades == base.scoring.grades              # inherited table list
    assert form.columns == base.columns and form.rounding == base.rounding
    assert layout.form("申报表") == parent.form("申报表")
    # The parent's Word templates are inherited: the variant's folder has none.
    assert form.template == str(SH2024.resolve() / "自评表.docx")


def test_lists_are_replaced_whole(tmp_path: Path) -> None:
    folder = variant(tmp_path, '''extends = "shanghai-2024"
[[forms."自评表".scoring.grades]]
name = "优"
min = 80
[[forms."自评表".scoring.grades]]
name = "差"
min = 0
''')
    grades = read_layout(folder).form("自评表").scoring.grades
    assert [(g.name, g.min) for g in grades] == [("优", 80), ("差", 0)]


def test_drop_forms(tmp_path: Path) -> None:
    folder = variant(tmp_path, 'extends = "shanghai-2024"\ndrop_forms = ["申报表"]\n')
    assert list(read_layout(folder).forms) == ["自评表"]


def test_fault_in_variant_names_the_variant_file(tmp_path: Path) -> None:
    folder = variant(tmp_path, '''extends = "shanghai-2024"
[forms."自评表".scoring]
execution_wieght = 20
''')
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    (found,) = info.value.diagnostics
    assert found.file == str((folder / "layout.toml").resolve())
    assert found.field == "forms.自评表.scoring.execution_wieght"
    assert "是不是「execution_weight」" in found.message


def test_fault_in_parent_names_the_parent_file(tmp_path: Path) -> None:
    parent = tmp_path / "base"
    shutil.copytree(SH2024, parent)
    toml = parent / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('level3 = "C:D"', 'level3 = "C:Z"'), encoding="utf-8")
    child = variant(tmp_path, 'extends = "base"\n[forms."自评表"]\ntitle = "变体"\n')
    with pytest.raises(LayoutInvalid) as info:
        read_layout(child)
    (found,) = info.value.diagnostics
    assert found.file == str(toml.resolve()) and found.field == "forms.自评表.columns.level3"


def test_unknown_parent_and_cycle(tmp_path: Path) -> None:
    folder = variant(tmp_path, 'extends = "no-such-layout"\n')
    with pytest.raises(LayoutError, match="no-such-layout") as info:
        read_layout(folder)
    assert info.value.field == "extends"
    variant(tmp_path, 'extends = "b"\n', name="a")
    b = variant(tmp_path, 'extends = "a"\n', name="b")
    with pytest.raises(LayoutError, match="循环"):
        read_layout(b)


def test_parent_edit_seen_by_variant(tmp_path: Path) -> None:
    parent = tmp_path / "base"
    shutil.copytree(SH2024, parent)
    child = variant(tmp_path, 'extends = "base"\n')
    assert read_layout(child).form("自评表").title == "财政项目支出绩效自评表"
    toml = parent / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('title = "财政项目支出绩效自评表"', 'title = "改过的标题"'),
                    encoding="utf-8")
    import os

    stat = toml.stat()
    os.utime(toml, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10_000_000))
    assert read_layout(child).form("自评表").title == "改过的标题"


def test_every_fault_in_one_pass(tmp_path: Path) -> None:
    """An unknown top-level key, a bad rounding mode, an unknown label and two parts on one
    column: four faults, one report (pydantic alone stops at the form's first one)."""
    folder = tmp_path / "broken"
    shutil.copytree(SH2024, folder)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    text = "colour = \"red\"\n" + text
    text = text.replace('rate = { places = 2, mode = "down" }', 'rate = { places = 2, mode = "cut" }')
    text = text.replace('reason = "偏差原因分析及\\n改进措施"', 'reason = "偏差原因分析及\\n改进措施"\nremarks = "备注"')
    text = text.replace('target = "E"\nactual = "F"', 'target = "E"\nactual = "E"')
    toml.write_text(text, encoding="utf-8")
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    fields = {d.field for d in info.value.diagnostics}
    assert fields == {"colour", "forms.自评表.rounding.rate.mode", "forms.自评表.labels.remarks",
                      "forms.自评表.columns.actual"}, info.value.diagnostics


def test_template_key_names_a_word_template(tmp_path: Path) -> None:
    folder = tmp_path / "tpl"
    shutil.copytree(SH2024, folder)
    (folder / "自评表.docx").rename(folder / "我的自评表模板.docx")
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    text = text.replace('[forms."自评表"]\n', '[forms."自评表"]\ntemplate = "我的自评表模板.docx"\n', 1)
    toml.write_text(text, encoding="utf-8")
    assert read_layout(folder).form("自评表").template == str(
        (folder / "我的自评表模板.docx").resolve())


def test_template_that_is_missing_is_a_fault(tmp_path: Path) -> None:
    folder = variant(tmp_path, 'extends = "shanghai-2024"\n[forms."自评表"]\n'
                               'template = "没有这个.docx"\n')
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    (found,) = info.value.diagnostics
    assert found.field == "forms.自评表.template" and "没有这个.docx" in found.message
    assert found.file == str((folder / "layout.toml").resolve())


def test_named_template_is_the_one_word_uses(tmp_path: Path) -> None:
    """A variant naming its parent's 申报表 template for its 自评表 gets that page: the
    rendered docx carries the 申报表 template's page setup, not the 自评表's."""
    import io
    import zipfile

    from docx import Document

    from perfdocs.forms.grid import Form

    folder = variant(tmp_path, '''extends = "shanghai-2024"
[forms."自评表"]
template = "mine.docx"
''')
    doc = Document(str(SH2024 / "自评表.docx"))
    doc.core_properties.title = "我的模板标记"
    doc.save(str(folder / "mine.docx"))
    form = read_layout(folder).form("自评表")
    assert form.template == str((folder / "mine.docx").resolve())
    from perfdocs.render.base import FormOptions
    from perfdocs.render.docx.writer import _template

    sample = Form(kind="自评表", title="t", subtitle="", column_widths=(Decimal(1),), blocks=())
    where, data = _template(sample, FormOptions(template_file=form.template,
                                                template_dir=str(SH2024)))
    assert where == form.template
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert "我的模板标记" in archive.read("docProps/core.xml").decode("utf-8")


@pytest.mark.parametrize(("scoring", "key", "words"), [
    ('execution_rule = "steps"\n', "forms.自评表.scoring.execution_steps", "须列出各档"),
    ('[[forms."自评表".scoring.execution_steps]]\nmin = 80\nscore = 7\n',
     "forms.自评表.scoring.execution_steps", "才按档计分"),
    ('execution_rule = "steps"\n[[forms."自评表".scoring.execution_steps]]\nmin = 80\nscore = 12\n',
     "forms.自评表.scoring.execution_steps[1].score", "不能大于 execution_weight（10）"),
    ('execution_rule = "steps"\n[[forms."自评表".scoring.execution_steps]]\nmin = 60\nscore = 5\n'
     '[[forms."自评表".scoring.execution_steps]]\nmin = 80\nscore = 7\n',
     "forms.自评表.scoring.execution_steps", "从高到低"),
    ('execution_weight = 20\nexecution_rule = "steps"\n[[forms."自评表".scoring.execution_steps]]\n'
     'min = 100\nscore = 10\n[[forms."自评表".scoring.execution_steps]]\nmin = 80\nscore = 7\n',
     "forms.自评表.scoring.execution_steps[1].score", "应等于 execution_weight（20）"),
    ('execution_from = "rounded"\n', "forms.自评表.scoring.execution_from",
     '应为 "printed" 或 "exact"'),
])
def test_step_faults_name_the_key(tmp_path: Path, scoring: str, key: str, words: str) -> None:
    folder = variant(tmp_path, f'extends = "shanghai-2024"\n[forms."自评表".scoring]\n{scoring}')
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    found = [(d.field, d.message) for d in info.value.diagnostics]
    assert any(field == key and words in message for field, message in found), found


def test_top_step_below_the_weight_is_refused_at_its_line(tmp_path: Path) -> None:
    """`layout new`'s examples once paired a 20-point weight with steps topping at 10:
    100 % execution would have scored 10 of 20 without a word. The fault is named with
    file:line at load, in the same pass as the layout's other faults."""
    text = ('extends = "national-2020"\n[forms."自评表".scoring]\nexecution_weight = 20\n'
            'execution_rule = "steps"\n[[forms."自评表".scoring.execution_steps]]\n'
            'min = 100\nscore = 10\n[forms."自评表".rounding]\nrate = { places = 9 }\n')
    folder = variant(tmp_path, text)
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    found = {d.field: d for d in info.value.diagnostics}
    top = found["forms.自评表.scoring.execution_steps[1].score"]
    assert top.severity == "error" and "得不到满分" in top.message
    assert top.line == 7 and top.file and top.file.endswith("layout.toml")
    assert any("rounding" in (field or "") for field in found)  # one pass, every fault


def test_a_fault_between_a_variant_key_and_an_inherited_one_is_at_the_variants_key(
        tmp_path: Path) -> None:
    """A variant of steps-2022 raising execution_weight to 20 while the inherited steps top
    at 10: the fault is the variant's line 3 (its own change), naming where the steps are —
    not the parent's line, which a user would then edit and break (tester)."""
    folder = variant(tmp_path, 'extends = "steps-2022"\n[forms."自评表".scoring]\n'
                               'execution_weight = 20\n')
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(folder)
    (found,) = caught.value.all_diagnostics()
    assert (found.file, found.line) == (str(folder / "layout.toml"), 3)
    assert found.field == "forms.自评表.scoring.execution_weight"
    steps = ROOT / "templates" / "steps-2022" / "layout.toml"
    assert "最高一档（min = 100）的得分（10）应等于 execution_weight（20）" in found.message
    assert f"forms.自评表.scoring.execution_steps[1].score 在 {steps.resolve()}:" in found.message


def test_an_unknown_parent_names_its_line_and_the_nearest_layout(tmp_path: Path) -> None:
    folder = variant(tmp_path, 'name = "x"\nextends = "step-2022"\n')
    with pytest.raises(LayoutError) as caught:
        read_layout(folder)
    assert caught.value.line == 2 and caught.value.field == "extends"
    assert "是不是「steps-2022」？" in caught.value.message


def test_steps_scoring_more_for_a_lower_rate_are_refused(tmp_path: Path) -> None:
    folder = variant(tmp_path, '''extends = "steps-2022"
[forms."自评表".scoring]
execution_steps = [{ min = 95, score = 10 }, { min = 85, score = 4 }, { min = 70, score = 5 }]
''')
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(folder)
    (found,) = caught.value.all_diagnostics()
    assert found.field == "forms.自评表.scoring.execution_steps[3].score"
    assert "执行率更低的一档得分（5）高于上一档（min = 85，4 分）" in found.message


def test_a_misnamed_form_in_a_variant_is_named_as_a_slip(tmp_path: Path) -> None:
    """[forms."自评"] in a variant of national-2020 (the tester): the fault is the form's own
    header line with 是不是「自评表」, not a 缺少必填项 for column_widths that sends the user to
    build a whole new form."""
    folder = variant(tmp_path, 'extends = "national-2020"\n[forms."自评"]\ntitle = "某省自评表"\n'
                               '[forms."自评".scoring]\nexecution_weight = 10\n')
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(folder)
    (found,) = caught.value.all_diagnostics()
    assert (found.line, found.field) == (2, "forms.自评")
    assert "所继承的版式中没有名为「自评」的表（有：申报表、自评表）：是不是「自评表」？" in found.message


def test_a_misspelt_extends_comes_first_and_explains_the_missing_keys(tmp_path: Path) -> None:
    """``extend = "national-2020"`` (the tester): the variant inherits nothing, so required
    keys are missing; the misspelling is the fault to fix and is reported first, and each
    missing key says it follows from it."""
    folder = variant(tmp_path, 'name = "v1"\nextend = "national-2020"\n')
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(folder)
    first, *rest = caught.value.all_diagnostics()
    assert (first.line, first.field) == (2, "extend")
    assert "是不是「extends」？" in first.message
    assert rest and all("（多半因为第 2 行的「extend」不是 extends，没有继承到）" in d.message
                        for d in rest if "缺少必填项" in d.message)


def test_a_form_the_parent_dropped_stays_dropped_for_its_variants(tmp_path: Path) -> None:
    """national-2020 → a 自评表-only parent (drop_forms = ["申报表"]) → its variant: the
    申报表 does not come back from the grandparent (whole-2019 had to repeat the list)."""
    variant(tmp_path, 'extends = "national-2020"\nname = "only"\ndrop_forms = ["申报表"]\n',
            name="only")
    child = variant(tmp_path, 'extends = "only"\nname = "child"\n'
                              '[forms."自评表".scoring]\nexecution_weight = 20\n', name="child")
    layout = load_layout(str(child), [tmp_path])
    assert list(layout.forms) == ["自评表"]
    # dropping it again in the variant names the form that is not there
    again = variant(tmp_path, 'extends = "only"\nname = "again"\ndrop_forms = ["申报表"]\n',
                    name="again")
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(again)
    assert "没有名为「申报表」的表可删（有：自评表）" in caught.value.all_diagnostics()[0].message


def test_a_grade_row_without_its_columns_is_refused(tmp_path: Path) -> None:
    """grade_row = true on a layout that places no 评分等级 cells printed an empty row,
    silently: the layout check names the missing columns."""
    folder = variant(tmp_path, 'extends = "national-2020"\n[forms."自评表"]\ngrade_row = true\n')
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(folder)
    found = [(d.file, d.line, d.field, d.message) for d in caught.value.all_diagnostics()]
    # at the variant's own grade_row line (the tester's: not in the installed parent)
    assert [(f, line, field) for f, line, field, _ in found] == \
        [(str(folder / "layout.toml"), 3, "forms.自评表.grade_row")] * 2
    assert all("grade_row = true（印评分等级一行）时须写出" in m for *_, m in found)
    assert "columns.grade_label" in found[0][3] and "columns.grade_value" in found[1][3]


def test_faults_of_a_table_and_of_its_own_checks_come_in_one_pass(tmp_path: Path) -> None:
    """The tester's layout needed three runs: a wrong width hid the extra column's
    ``after`` and the form's template check, a negative tier hid the tiers' order. A
    refused value now gets a valid stand-in (or its table its defaults) for the next
    pass, so every fault is in the first report — and only real ones."""
    folder = variant(tmp_path, '''extends = "national-2020"
extnds = "x"

[forms."自评表"]
template = "不存在.docx"

[[forms."自评表".extra_columns]]
field = "备注"
width = "abc"
after = "reasn"

[forms."自评表".scoring]
execution_rule = "steps"

[[forms."自评表".scoring.execution_steps]]
min = 100
score = 8
[[forms."自评表".scoring.execution_steps]]
min = "80%"
score = 12
[[forms."自评表".scoring.execution_steps]]
min = -5
score = 5
''')
    with pytest.raises(LayoutInvalid) as caught:
        read_layout(folder)
    found = [(d.line, d.field, d.message) for d in caught.value.all_diagnostics()]
    fields = [f for _, f, _ in found]
    assert "extnds" in fields
    assert "forms.自评表.extra_columns[1].width" in fields
    assert "forms.自评表.scoring.execution_steps[2].min" in fields
    assert "forms.自评表.scoring.execution_steps[3].min" in fields
    assert "forms.自评表.template" in fields
    assert "forms.自评表.extra_columns[1].after" in fields
    words = " ".join(m for _, _, m in found)
    assert "最高一档（min = 100）的得分（8）应等于 execution_weight（10）" in words
    assert "执行率更低的一档得分（12）高于上一档（min = 100，8 分）" in words
    # a stand-in never shows: the tier's "80%" is read as the 80 the user meant
    assert "min = 1）" not in words and "min = 0，" not in words
    assert all(line is not None for line, _, _ in found)
