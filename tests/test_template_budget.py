"""Templates run under a budget the sandbox enforces: loops, widths, powers and output are
bounded whatever the template text, in every place a user's Jinja runs (issue 14)."""

from __future__ import annotations

import re
import resource
import shutil
import time
from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke

from perfdocs.errors import RenderError
from perfdocs.layouts.layout import PACKAGE_TEMPLATES
from perfdocs.layouts.templating import MAX_OPERATIONS, render_text

NESTED = "{% for a in range(10000) %}{% for b in range(10000) %}{% endfor %}{% endfor %}"

HOSTILE = {
    "nested-range": (NESTED, f"模板运算次数超出限制（{MAX_OPERATIONS} 次），可能是循环过多"),
    "nested-over-a-string": ("{% set s = 'x' * 90000 %}{% for a in s %}{% for b in s %}"
                             "{% endfor %}{% endfor %}",
                             f"模板运算次数超出限制（{MAX_OPERATIONS} 次），可能是循环过多"),
    "recursion-by-macro": ("{% macro f(n) %}{{ f(n) }}{% endmacro %}{{ f(1) }}", None),
    "ljust": ("{{ 'x'.ljust(10**9) }}", "生成的文字过长"),
    "center-filter": ("{{ 'x'|center(10**9) }}", "生成的文字过长"),
    "star-width": ("{{ '%*d' % (10**9, 1) }}", "生成的文字过长"),
    "nested-format-width": ("{{ '{:{}}'.format(1, 10**9) }}", "生成的文字过长"),
    "tojson-indent": ("{{ {'a': 1}|tojson(indent=10**9) }}", "生成的文字过长"),
    "lipsum": ("{{ lipsum(n=10**6) }}", "生成的文字过长"),
    "power-tower": ("{{ 9**(9**(9**9)) }}", "指数过大"),
    "power-in-steps": ("{% set a = 2**4000 %}{{ a * a * a }}", "数值过大"),
    "replace-method": ("{{ ('x' * 99999).replace('x', 'x' * 99999) }}", "生成的文字过长"),
    "join-method": ("{{ ('x' * 99999).join(['a'] * 9999) }}", "生成的文字过长"),
    "expandtabs": ("{{ ('\t' * 99999).expandtabs(99999) }}", "生成的文字过长"),
    "indent-many-lines": ("{{ ('x\n' * 50000)|indent(99999) }}", "生成的文字过长"),
    "output-by-loop": ("{% for i in range(9999) %}{{ 'x' * 9999 }}{% endfor %}",
                       "模板生成的文字过长（超过 200000 字）"),
    "string-growth": ("{% set ns = namespace(s='x') %}{% for i in range(40) %}"
                      "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s|length }}",
                      "生成的文字过长"),
}


@pytest.mark.parametrize("case", list(HOSTILE))
def test_hostile_template_is_refused_quickly_and_small(case: str) -> None:
    source, reason = HOSTILE[case]
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    started = time.monotonic()
    with pytest.raises(RenderError) as caught:
        render_text(source, {"project": "测试项目"}, where="x")
    assert time.monotonic() - started < 10
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 100_000  # KB
    assert caught.value.message.startswith("模板错误：")
    if reason is not None:
        assert caught.value.message == f"模板错误：{reason}"


def test_ordinary_templates_are_untouched() -> None:
    source = ("{% for w in ['a', 'b'] %}{{ loop.index }}{{ w|upper }}{{ loop.length }}"
              "{% endfor %}|{{ year|int + 1 }}|{{ '%04d' % 2024 }}|{{ '{:>5}'.format(unit) }}"
              "|{{ unit|center(6) }}|{{ 2**10 }}|{{ range(3)|list|join(',') }}")
    assert render_text(source, {"year": "2024", "unit": "中心"}, where="x") == \
        "1A22B2|2025|2024|   中心|  中心  |1024|0,1,2"


def test_the_budget_is_per_evaluation() -> None:
    """Many small evaluations never add up to a refusal."""
    for _ in range(50):
        render_text("{% for i in range(9000) %}{% endfor %}ok", {}, where="x")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    return tmp_path


def _timed(*args: str) -> tuple[int, str]:
    started = time.monotonic()
    code, out = invoke(*args)
    assert time.monotonic() - started < 60, "hung"
    assert "Traceback" not in out and "内部错误" not in out
    return code, out


def test_a_looping_naming_pattern(workdir: Path) -> None:
    (workdir / "perfdocs.toml").write_text(f"[render]\nname = \"{NESTED}{{{{ project }}}}\"\n",
                                           encoding="utf-8")
    code, out = _timed("render", "p.yaml")
    assert code == 1
    assert out.splitlines()[0] == ("perfdocs.toml [render] name: 错误: 模板错误：模板运算次数超出限制"
                                   f"（{MAX_OPERATIONS} 次），可能是循环过多")


def test_a_looping_packet_name(workdir: Path) -> None:
    (workdir / "perfdocs.toml").write_text(f"[packet]\nname = \"{NESTED}{{{{ unit }}}}\"\n",
                                           encoding="utf-8")
    code, out = _timed("packet", "p.yaml", "--format", "xlsx")
    assert code != 0
    assert "perfdocs.toml [packet] name: 错误: 模板错误：模板运算次数超出限制" in out


def test_a_looping_layout_title_is_refused_by_layouts_and_validate(workdir: Path) -> None:
    folder = workdir / "layouts" / "循环版式"
    shutil.copytree(PACKAGE_TEMPLATES / "shanghai-2024", folder)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    toml.write_text(text.replace('title = "财政项目支出绩效自评表"', f'title = "{NESTED}"'),
                    encoding="utf-8")
    (workdir / "perfdocs.toml").write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    (workdir / "p.yaml").write_text(SMALL_PROJECT.replace("金额单位: 万元",
                                                          "金额单位: 万元\n版式: 循环版式"),
                                    encoding="utf-8")
    for command in (["layouts"], ["validate", "p.yaml"], ["render", "p.yaml"]):
        code, out = _timed(*command)
        assert code == 1
        message = (f"错误 forms.自评表.title: 模板错误：模板运算次数超出限制（{MAX_OPERATIONS} 次），"
                   "可能是循环过多")
        assert any(re.fullmatch(r".*layout\.toml:\d+: " + re.escape(message), line)
                   for line in out.splitlines()), out


def test_a_looping_word_template(workdir: Path) -> None:
    import docx

    folder = workdir / "layouts" / "循环模板"
    shutil.copytree(PACKAGE_TEMPLATES / "shanghai-2024", folder)
    template = folder / "自评表.docx"
    document = docx.Document(str(template))
    document.add_paragraph(NESTED)
    document.save(str(template))
    (workdir / "perfdocs.toml").write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    (workdir / "p.yaml").write_text(SMALL_PROJECT.replace("金额单位: 万元",
                                                          "金额单位: 万元\n版式: 循环模板"),
                                    encoding="utf-8")
    code, out = _timed("render", "p.yaml", "-f", "docx")
    assert code == 1
    first = out.splitlines()[0]
    assert "自评表.docx" in first and first.endswith(
        f": 错误: 模板错误：模板运算次数超出限制（{MAX_OPERATIONS} 次），可能是循环过多")
    assert not (workdir / "output").exists()
