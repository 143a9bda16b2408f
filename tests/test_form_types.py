"""Form types behind one protocol: each registered type builds its form from its package,
the 汇总表 included, and the pipeline finds a layout's form type through the registry."""

from __future__ import annotations

from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.forms import FORM_TYPES, builder, form_type
from perfdocs.forms.summary.builder import build_summary_form, summarize
from perfdocs.loading.settings import Settings
from tests.conftest import DATA_2024

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
