"""Templates that only place plain ``{{ name }}`` are filled in without Jinja
(perfdocs.layouts.templating._substituted): the text must be exactly what Jinja renders,
and anything else must still go to Jinja."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from perfdocs.errors import RenderError
from perfdocs.layouts.templating import _compile, _substituted, render_text, simple_names

CONTEXT = {"year": "2024", "unit": "某某中心", "project": "项目{{ year }}", "form": "自评表",
           "empty": "", "number": 7}
PIECES = ["{{ year }}", "{{unit}}", "{{\tform\t}}", "{{ project }}", "{{ empty }}",
          "{{ number }}", "{{ missing }}", "{{- year }}", "{{ year -}}", "{{ true }}",
          "{{ year|upper }}", "{% if 1 %}x{% endif %}", "{# note #}", "{", "}", "}}", "{ {",
          "{%", "{#", "年度", "/", "-", " ", "\n", "\r\n", "\r", "x", "{{", "{{ year }"]


def jinja(source: str) -> str | None:
    """What Jinja itself renders (None: it refuses)."""
    try:
        return "".join(_compile(source).generate(**CONTEXT))
    except Exception:
        return None


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=8).map("".join))
@example("{{ year }}/{{ unit }}/{{ project }}-{{ form }}")
@example("{{ unit }}{{ year }}年度项目绩效目标汇总表")
@example("{{ year }}年度项目支出绩效自评表\n")
def test_plain_templates_render_as_jinja_does(source: str) -> None:
    quick = _substituted(source, CONTEXT)
    if quick is not None:
        assert quick == jinja(source)


@pytest.mark.parametrize("source", [
    "{{ year }}", "{{year}}年度", "（{{ year }}年度）", "{{ unit }}{{ year }}年度{{ form }}",
    "{ not jinja }{{ year }}", "a}}b{{ form }}"])
def test_plain_templates_take_the_quick_way(source: str) -> None:
    assert simple_names(source) is not None
    assert _substituted(source, CONTEXT) == jinja(source)


@pytest.mark.parametrize("source", [
    "{{ year|upper }}", "{{- year }}", "{% for x in range(3) %}{{ x }}{% endfor %}",
    "{# c #}{{ year }}", "{{ true }}", "{{ none }}", "a\r\n{{ year }}", "{{ year ~ unit }}",
    "{{ year }", "{{ number }}", "{{ missing }}"])
def test_anything_else_goes_to_jinja(source: str) -> None:
    assert _substituted(source, CONTEXT) is None


def test_errors_are_jinja_s_as_before() -> None:
    with pytest.raises(RenderError, match="undefined"):
        render_text("{{ missing }}", CONTEXT, where="x")
    with pytest.raises(RenderError, match="模板"):
        render_text("{{ ''.__class__ }}", CONTEXT, where="x")
    assert render_text("{{ number }}", CONTEXT, where="x") == "7"
