"""Nothing runs that should not: YAML tags, template escapes, spreadsheet formulas, paths.

Project files, layouts, Word templates and settings come from users and from strangers (a
layout folder passed around between units). None of them may construct objects, reach
Python internals through Jinja, plant a formula in a spreadsheet or write outside the
output folder.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest

from perfdocs.engine.output import MAX_SEGMENT_BYTES, output_path, sanitize_segment
from perfdocs.errors import InputError, RenderError, ValidationFailed
from perfdocs.layouts.layout import PACKAGE_TEMPLATES
from perfdocs.layouts.templating import render_text
from perfdocs.loading.project import load_project
from perfdocs.loading.settings import DEFAULT_NAME
from tests.conftest import DATA_2024, SMALL_PROJECT, invoke, rendered_files


def edit(old: str, new: str, text: str = SMALL_PROJECT) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


# -- YAML ---------------------------------------------------------------------------------


@pytest.mark.parametrize("payload", [
    "!!python/object/apply:os.system ['touch {marker}']",
    "!!python/object/new:os.system ['touch {marker}']",
    "!!python/name:os.system",
    "!!python/object:builtins.object {{}}",
    "!!binary aGVsbG8=",
    "!!set {{a, b}}",
    "!<tag:yaml.org,2002:python/object/apply:os.system> ['touch {marker}']",
])
def test_yaml_object_tags_refused_and_never_run(payload: str, tmp_path: Path) -> None:
    marker = tmp_path / "pwned"
    path = tmp_path / "p.yaml"
    path.write_text(edit("项目名称: 测试项目", "项目名称: " + payload.format(marker=marker)),
                    encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_project(path)
    assert info.value.line == 2 and info.value.field == "项目名称"
    assert info.value.message.startswith("不支持的 YAML 标签 ")
    assert info.value.message.endswith("：项目文件只能包含文字、数字、列表和映射")
    assert not marker.exists()


def test_merge_keys_are_not_expanded(tmp_path: Path) -> None:
    """``<<: *b`` does not pull keys in from elsewhere: it is just an unknown key."""
    path = tmp_path / "p.yaml"
    path.write_text(edit("项目名称: 测试项目", "<<: {项目名称: 甲}"), encoding="utf-8")
    with pytest.raises(ValidationFailed) as info:
        load_project(path)
    found = [(d.line, d.field, d.message) for d in info.value.diagnostics]
    assert (1, "项目名称", "缺少必填项") in found
    assert (2, "<<", "未知的键「<<」；此处可用的键：年度、项目名称、主管部门、实施单位、版式、金额单位、修订、填报信息、勾选、申报、自评") \
        in found


# -- sandboxed templates --------------------------------------------------------------------

ESCAPES = [
    ("{{ ''.__class__.__mro__ }}", "access to attribute '__class__' of 'str' object is unsafe."),
    ("{{ ''.__class__.__mro__[1].__subclasses__() }}",
     "access to attribute '__class__' of 'str' object is unsafe."),
    ("{{ cycler.__init__.__globals__.os }}",
     "access to attribute '__init__' of 'type' object is unsafe."),
    ("{{ lipsum.__globals__['os'].popen('id').read() }}",
     "access to attribute '__globals__' of 'function' object is unsafe."),
    ("{{ self._TemplateReference__context }}",
     "access to attribute '_TemplateReference__context' of 'TemplateReference' object is unsafe."),
    ("{{ '{0.__class__}'.format(project) }}",
     "access to attribute '__class__' of 'str' object is unsafe."),
    ("{{ project.__class__.__base__.__subclasses__() }}",
     "access to attribute '__class__' of 'str' object is unsafe."),
]


@pytest.mark.parametrize(("source", "reason"), ESCAPES, ids=[s for s, _ in ESCAPES])
def test_template_escapes_are_render_errors(source: str, reason: str) -> None:
    with pytest.raises(RenderError) as info:
        render_text(source, {"project": "测试项目"}, where="layout.toml title")
    assert str(info.value) == f"layout.toml title: 错误: 模板试图访问不允许的属性（已阻止）：{reason}"


def test_template_mutation_is_refused() -> None:
    with pytest.raises(RenderError, match="access to attribute 'append' of 'list' object is unsafe"):
        render_text("{{ items.append(1) }}", {"items": []}, where="x")


def test_template_huge_range_is_a_render_error() -> None:
    with pytest.raises(RenderError, match="模板错误"):
        render_text("{% for i in range(10**10) %}{% endfor %}", {}, where="x")


def test_template_cannot_build_a_huge_string() -> None:
    with pytest.raises(RenderError, match="模板错误"):
        render_text("{{ 'x' * 10**8 }}", {}, where="x")


@pytest.mark.parametrize(("source", "reason"), [
    ("{{ ('x' * 99999)|center(10**9) }}", "生成的文字过长"),
    ("{{ 'x'|indent(10**7) }}", "生成的文字过长"),
    ("{{ ('x' * 99999)|replace('x', 'x' * 99999) }}", "生成的文字过长"),
    ("{{ '%0999999999d' % 1 }}", "格式宽度过大"),
    ("{{ '%0999999999d'|format(1) }}", "格式宽度过大"),
    ("{{ '{:>999999999}'.format(1) }}", "格式宽度过大"),
])
def test_filters_and_formats_cannot_build_a_huge_string(source: str, reason: str) -> None:
    """Refused before the filter runs: a gigabyte allocated cannot be taken back."""
    import resource

    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with pytest.raises(RenderError, match=f"模板错误：{reason}"):
        render_text(source, {}, where="x")
    assert resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before < 50_000  # KB


def test_bounded_filters_still_work() -> None:
    source = "{{ 'ab'|center(6) }}|{{ 'a b'|replace(' ', '-') }}|{{ '%03d' % 7 }}|{{ '{:>3}'.format(1) }}"
    assert render_text(source, {}, where="x") == "  ab  |a-b|007|  1"


def test_output_name_pattern_that_escapes_fails_clearly(workdir: Path) -> None:
    (workdir / "perfdocs.toml").write_text(
        "[render]\nname = \"{{ ''.__class__.__mro__ }}\"\n", encoding="utf-8")
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, out = invoke("render", "p.yaml")
    assert out == ("perfdocs.toml [render] name: 错误: 模板试图访问不允许的属性（已阻止）："
                   "access to attribute '__class__' of 'str' object is unsafe.\n"
                   "✗ p.yaml：未生成\n1 个文件未能生成。\n")
    assert code == 1
    assert not (workdir / "output").exists()


def _layout_copy(root: Path) -> Path:
    folder = root / "layouts" / "恶意版式"
    shutil.copytree(PACKAGE_TEMPLATES / "shanghai-2024", folder)
    return folder


def test_layout_title_that_escapes_fails_clearly(workdir: Path) -> None:
    folder = _layout_copy(workdir)
    toml = folder / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    assert text.count('title = "财政项目支出绩效自评表"') == 1
    toml.write_text(text.replace('title = "财政项目支出绩效自评表"',
                                 'title = "{{ cycler.__init__.__globals__.os }}"'), encoding="utf-8")
    (workdir / "perfdocs.toml").write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    (workdir / "p.yaml").write_text(edit("金额单位: 万元", "金额单位: 万元\n版式: 恶意版式"), encoding="utf-8")
    # Refused when the layout loads: by validate and layouts too, with the key, not
    # only when a form renders.
    for command in ("render", "validate", "layouts"):
        code, out = invoke(command, *(["p.yaml"] if command != "layouts" else []))
        assert code == 1 and "Traceback" not in out
        first = next(line for line in out.splitlines() if "恶意版式" in line)
        assert re.search(r"layout\.toml:\d+: 错误 forms\.自评表\.title: " + re.escape(
            "模板试图访问不允许的属性（已阻止）：access to attribute '__init__' of 'type' "
            "object is unsafe.") + "$", first), first
    assert not (workdir / "output").exists()


def test_word_template_that_escapes_fails_clearly(workdir: Path) -> None:
    """A restyled 自评表.docx received from elsewhere, with a payload in a paragraph."""
    import docx

    folder = _layout_copy(workdir)
    template = folder / "自评表.docx"
    document = docx.Document(str(template))
    document.add_paragraph("{{ lipsum.__globals__['os'].popen('id').read() }}")
    document.save(str(template))
    (workdir / "perfdocs.toml").write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    (workdir / "p.yaml").write_text(edit("金额单位: 万元", "金额单位: 万元\n版式: 恶意版式"), encoding="utf-8")
    code, out = invoke("render", "p.yaml", "-f", "docx")
    assert code == 1 and "Traceback" not in out
    first = out.splitlines()[0]
    assert "自评表.docx" in first
    assert first.endswith(": 错误: 模板试图访问不允许的属性（已阻止）："
                          "access to attribute '__globals__' of 'function' object is unsafe.")
    assert not (workdir / "output").exists()


def test_template_syntax_in_project_text_is_printed_not_run(workdir: Path) -> None:
    """A project's own text is data: ``{{ … }}`` in a name is printed as typed."""
    import docx

    payload = "{{ ''.__class__.__mro__ }}{% for x in range(3) %}x{% endfor %}"
    (workdir / "p.yaml").write_text(edit("预期目标: 完成年度培训任务。", f'预期目标: "{payload}"'),
                                    encoding="utf-8")
    code, out = invoke("render", "p.yaml", "-f", "docx,xlsx")
    assert code == 0, out
    stem = workdir / "output" / "2024" / "某某中心" / "测试项目-自评表"
    words = "".join(p.text for t in docx.Document(str(stem.with_suffix(".docx"))).tables
                    for r in t.rows for c in r.cells for p in c.paragraphs)
    assert payload in words
    assert "<class" not in words


# -- spreadsheet formulas -------------------------------------------------------------------

FORMULAS = {
    "项目名称": '=HYPERLINK("http://example.com","点击")',
    "三级指标": "+1+1",
    "预期目标": "@SUM(A1:A9)",
    "实际完成情况": "-2+3",
    "偏差原因分析及改进措施": "=cmd|' /C calc'!A0",
}


def test_text_starting_with_formula_characters_is_written_as_text(workdir: Path) -> None:
    text = SMALL_PROJECT
    text = edit("项目名称: 测试项目", f"项目名称: '{FORMULAS['项目名称']}'", text)
    text = edit("三级指标: 培训人数", f"三级指标: '{FORMULAS['三级指标']}'", text)
    text = edit("预期目标: 完成年度培训任务。", f"预期目标: '{FORMULAS['预期目标']}'", text)
    text = edit("实际完成情况: 完成了年度培训任务。", f"实际完成情况: '{FORMULAS['实际完成情况']}'", text)
    reason = FORMULAS["偏差原因分析及改进措施"].replace("'", "''")
    text = edit("          分值: 20\n",
                f"          分值: 20\n          得分: 19\n          偏差原因分析及改进措施: '{reason}'\n",
                text)
    (workdir / "p.yaml").write_text(text, encoding="utf-8")
    code, out = invoke("render", "p.yaml", "-f", "xlsx")
    assert code == 0, out
    (book,) = (workdir / "output").rglob("*.xlsx")
    with zipfile.ZipFile(book) as z:
        sheets = [n for n in z.namelist() if n.startswith("xl/worksheets/")]
        xml = "".join(z.read(n).decode("utf-8") for n in sheets)
        strings = z.read("xl/sharedStrings.xml").decode() if "xl/sharedStrings.xml" in \
            z.namelist() else ""
    assert "<f>" not in xml and "<f " not in xml
    import html

    written = html.unescape(xml + strings)
    for value in FORMULAS.values():
        assert f"<t>{value}</t>" in written or f'<t xml:space="preserve">{value}</t>' in written, \
            value
    import openpyxl

    sheet = openpyxl.load_workbook(book).worksheets[0]
    typed = {c.value: c.data_type for row in sheet.iter_rows() for c in row if c.value}
    for value in FORMULAS.values():
        assert typed[value] in ("s", "inlineStr"), value


# -- file names -------------------------------------------------------------------------------

HOSTILE_NAMES = [
    "../../../../etc/passwd", "/etc/passwd", "..", ".", "...", "CON", "nul", "Com1.txt",
    "LPT9", "a/b\\c:d", "C:\\Windows\\System32\\evil", "\\\\server\\share\\x", "名" * 300,
    " trailing. ", "tab\there", "new\nline", "<>:\"|?*", "~/x", "$HOME", "%APPDATA%",
]


@pytest.mark.parametrize("name", HOSTILE_NAMES)
def test_output_path_stays_inside_and_is_portable(name: str, tmp_path: Path) -> None:
    out = tmp_path / "out"
    fields = {"year": "2024", "unit": name, "project": name, "department": "局", "form": "自评表",
              "layout": "shanghai-2024"}
    target = output_path(out, DEFAULT_NAME, fields, ".xlsx")
    assert out.resolve() in target.resolve().parents
    for part in target.relative_to(out.resolve()).parts:
        stem = part.split(".")[0].upper()
        assert stem not in {"CON", "PRN", "AUX", "NUL", "COM1", "LPT9"}, part
        assert not re.search(r'[\x00-\x1f<>:"/\\|?*]', part), part
        assert part not in {"", ".", ".."} and not part.endswith((" ", "."))
        assert len(part.encode("utf-8")) <= MAX_SEGMENT_BYTES + len(".xlsx")


@pytest.mark.parametrize("name", ["培训/鉴定", "培训\\鉴定", "../../etc/passwd", "a/../../b"])
def test_project_name_is_one_file_name(name: str, tmp_path: Path) -> None:
    """A 项目名称 with / or \\ names one file in the unit's folder, not a folder tree."""
    out = tmp_path / "out"
    fields = {"year": "2024", "unit": "某某中心", "project": name, "department": "局",
              "form": "自评表", "layout": "shanghai-2024"}
    target = output_path(out, DEFAULT_NAME, fields, ".xlsx")
    assert target.parent == out.resolve() / "2024" / "某某中心"


def test_long_project_name_keeps_the_forms_apart(tmp_path: Path) -> None:
    """A 300-character 项目名称 is shortened before "-申报表"/"-自评表" is added, so the two
    forms of one project never share a file (cutting the whole name did)."""
    out = tmp_path / "out"
    names = set()
    for form in ("申报表", "自评表"):
        fields = {"year": "2024", "unit": "某某中心", "project": "长" * 300, "department": "局",
                  "form": form, "layout": "shanghai-2024"}
        target = output_path(out, DEFAULT_NAME, fields, ".xlsx")
        assert target.name.endswith(f"-{form}.xlsx")
        names.add(target.name)
    assert len(names) == 2


def test_a_naming_pattern_without_the_form_is_refused(workdir: Path) -> None:
    """Both forms of a project written to one name would lose one of them silently."""
    shutil.copy(DATA_2024 / "技能评价业务经费.yaml", workdir / "p.yaml")  # 申报 and 自评
    (workdir / "perfdocs.toml").write_text('[render]\nname = "{{ year }}/{{ unit }}"\n',
                                           encoding="utf-8")
    code, out = invoke("render", "p.yaml", "--out", "out")
    assert code == 1
    assert "两张表的输出文件名相同" in out
    assert not (workdir / "out").exists() or not any((workdir / "out").rglob("*.*"))


def test_sanitize_segment_examples() -> None:
    assert sanitize_segment("../机密") == "_机密"
    assert sanitize_segment("CON") == "_CON"
    assert sanitize_segment("aux.txt") == "_aux.txt"
    assert sanitize_segment("a:b*c") == "a_b_c"
    assert sanitize_segment("") == "_"
    assert len(sanitize_segment("名" * 300).encode()) <= MAX_SEGMENT_BYTES


def test_full_render_of_hostile_names_writes_only_inside_the_output_folder(workdir: Path) -> None:
    names = [("../../逃逸", "CON"), ("/etc/passwd", "..\\..\\单位"), ("名" * 200, "NUL:"),
             ("a:b|c", "LPT1")]
    for index, (project, unit) in enumerate(names):
        text = edit("项目名称: 测试项目", f"项目名称: '{project}'")
        text = edit("实施单位: 某某中心", f"实施单位: '{unit}'", text)
        (workdir / f"p{index}.yaml").write_text(text, encoding="utf-8")
    before = {p for p in workdir.parent.rglob("*")} - set(workdir.rglob("*")) - {workdir}
    code, out = invoke("render", *[f"p{i}.yaml" for i in range(len(names))], "--out", "out")
    assert code == 0, out
    after = {p for p in workdir.parent.rglob("*")} - set(workdir.rglob("*")) - {workdir}
    assert after == before
    written = rendered_files(workdir / "out")
    assert len(written) == 3 * len(names)
    top = {p.relative_to(workdir / "out").parts[0] for p in written}
    assert top == {"2024"}
    units = {p.relative_to(workdir / "out" / "2024").parts[0] for p in written}
    # "..\\..\\单位" is one name: its separators become "_" rather than folders; a name
    # that had characters replaced carries a tag of the name as typed (unique files)
    from perfdocs.engine.output import name_tag

    assert units == {"_CON", "_.._单位~" + name_tag("..\\..\\单位"),
                     "NUL_~" + name_tag("NUL:"), "_LPT1"}
    for path in written:
        assert len(path.name.encode()) <= MAX_SEGMENT_BYTES + len("-自评表.xlsx".encode())
