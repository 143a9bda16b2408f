"""Form types behind one protocol: each registered type builds its form from its package,
the 汇总表 included, and the pipeline finds a layout's form type through the registry."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.engine.pipeline import built_forms, forms_of, prepare, render_format
from perfdocs.forms import FORM_TYPES, builder, form_type
from perfdocs.forms.changes import Change, Version
from perfdocs.forms.summary.builder import build_summary_form, summarize
from perfdocs.loading.settings import Settings
from tests.conftest import DATA_2024, ROOT

EXAMPLES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))


def test_every_registered_type_is_described() -> None:
    assert set(FORM_TYPES) == {"selfeval", "declaration", "target", "summary"}
    for name in FORM_TYPES:
        kind = form_type(name)
        assert kind.name == name and kind.title
        assert (kind.section is None) == (name == "summary")
        assert kind.reads_back == (name != "summary")


def test_a_layouts_forms_are_built_by_their_registered_type() -> None:
    prepared = prepare(DATA_2024 / "技能评价业务经费.yaml", Settings())
    built, _ = forms_of(prepared)
    for form in built:
        layout_form = prepared.layout.forms[form.kind]
        again = builder(layout_form.builder)(prepared, layout_form)
        assert again == form
        assert form_type(layout_form.builder).section == layout_form.section


def test_the_summary_is_a_form_type_too() -> None:
    (summary,) = summarize([prepare(p, Settings()) for p in EXAMPLES])
    form = form_type("summary").build(summary, None)
    assert form == build_summary_form(summary)
    assert form.kind == "项目绩效一览表" and form.blocks  # the overview; the 汇总表 is the 申报表s under a title


def test_each_rendered_sheet_is_recognised_by_its_own_type_only(tmp_path: Path) -> None:
    """import asks every registered type which form a sheet is: exactly the type that built
    it answers (the 申报表, the 自评表 and the 2020 绩效目标表 alike)."""
    from perfdocs.forms import form_types
    from perfdocs.forms.sheet import Grid, open_workbook

    seen = set()
    for path in (DATA_2024 / "技能评价业务经费.yaml", ROOT / "data" / "2020" / "促进就业专项资金.yaml"):
        prepared = prepare(path, Settings())
        for one in built_forms(prepared)[0]:
            target = tmp_path / f"{one.form.kind}.xlsx"
            target.write_bytes(render_format("xlsx", [one], Settings(), None, str(path)))
            workbook, formulas = open_workbook(target)
            grid = Grid(workbook.worksheets[0], str(target), formulas.worksheets[0])
            answered = [kind.name for kind in form_types() if kind.recognizes(grid.keys)]
            assert answered == [prepared.layout.forms[one.form.kind].builder], one.form.kind
            seen.add(answered[0])
    assert seen == {"declaration", "selfeval", "target"}
    assert not form_type("summary").recognizes({"三级指标", "三级目标", "得分"})


class _Extra:
    """A form type nobody ships: registered with one line, it is asked by diff and import."""

    name = "extra"
    title = "附表"
    section: str | None = None
    reads_back = False

    def changes(self, old: Version, new: Version) -> list[Change]:
        return [Change(self.title, ("备注",), old.project.name, new.project.name)]

    def recognizes(self, keys: object) -> bool:
        return False


def test_a_registered_type_is_asked_by_diff(monkeypatch: pytest.MonkeyPatch,
                                            tmp_path: Path) -> None:
    import sys
    import types

    import perfdocs.forms as registry
    from perfdocs.review.diff import diff_versions, format_changes, load_version

    module = types.ModuleType("perfdocs_test_extra_form")
    module.FORM_TYPE = _Extra()  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, module.__name__, module)
    monkeypatch.setitem(registry.FORM_TYPES, "extra", module.__name__)
    old, new = tmp_path / "old.yaml", tmp_path / "new.yaml"
    text = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    old.write_text(text, encoding="utf-8")
    new.write_text(text.replace("项目名称: 技能评价业务经费", "项目名称: 技能评价业务经费（改）", 1),
                   encoding="utf-8")
    settings = Settings()
    lines = format_changes(diff_versions(load_version(old, settings), load_version(new, settings)))
    assert lines[-2:] == ["附表", "  备注: 技能评价业务经费 → 技能评价业务经费（改）"]
    assert "自评表" in lines and lines.index("自评表") < lines.index("附表")


def test_renderer_options_travel_beside_the_grid() -> None:
    """The Word template and the fields a template places come from the layout beside the
    form; the grid itself holds nothing only a renderer reads."""
    from perfdocs.forms.grid import Cell, Form
    from perfdocs.records import fields as dataclass_fields

    prepared = prepare(DATA_2024 / "技能评价业务经费.yaml", Settings())
    built, _ = built_forms(prepared)
    names = {f.name for f in dataclass_fields(Form)} | {f.name for f in dataclass_fields(Cell)}
    assert not names & {"template_dir", "template_file", "context", "number_format"}
    for one in built:
        layout_form = prepared.layout.forms[one.form.kind]
        assert one.options.template_dir == prepared.layout.folder
        assert one.options.template_file == layout_form.template
        assert one.options.fields["title"] == one.form.title
    selfeval = next(one for one in built if one.form.kind == "自评表")
    assert selfeval.options.fields["total"] == "92.85"  # as the 自评表 prints it
