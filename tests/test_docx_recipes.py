"""Word templates kept per user as recipes (perfdocs.render.docx.prepared): a render from a
kept recipe writes the very bytes of the python-docx path, imports neither python-docx
nor lxml, and a damaged, foreign or outdated entry is only a miss."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path

import pytest
from docx import Document

from perfdocs.errors import RenderError
from perfdocs.forms.grid import Form
from perfdocs.records import replace
from perfdocs.render.base import FormOptions
from perfdocs.render.docx import prepared, writer
from perfdocs.render.docx.template import build_default_template
from perfdocs.render.docx.writer import render_docx
from tests.sample_forms import heading_form, sample_form
from tests.test_startup import imported_after

ROOT = Path(__file__).resolve().parents[1]
PROJECTS = sorted((ROOT / "data").glob("*/*.yaml"))
STAMP = datetime(2024, 5, 6, 7, 8, 9)


@pytest.fixture(autouse=True)
def own_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Every test starts with an empty recipe cache of its own and none in memory."""
    folder = tmp_path / "checked"
    monkeypatch.setenv("PERFDOCS_CHECKED_CACHE", str(folder))
    prepared.forget()
    yield folder
    prepared.forget()


def _cold(forms: Sequence[Form], options: Sequence[FormOptions] = ()) -> bytes:
    """The python-docx path alone (no recipe read or kept)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(prepared, "attempt", lambda *args: None)
        return render_docx(forms, options=options, stamp=STAMP)


def _warm(forms: Sequence[Form], options: Sequence[FormOptions] = ()) -> bytes:
    """A render from the recipe read back from the cache file, python-docx path barred
    (unless the forms have templates of their own: then the python-docx path renders)."""
    render_docx(forms, options=options, stamp=STAMP)  # keeps the recipe when missing
    prepared.forget()
    chosen = [options[i] if i < len(options) else FormOptions() for i in range(len(forms))]
    if len({prepared.template_source(f, o)[0] for f, o in zip(forms, chosen, strict=True)}) > 1:
        assert prepared.attempt(forms, chosen, STAMP) is None
        return render_docx(forms, options=options, stamp=STAMP)

    def barred(*args: object) -> bytes:
        raise AssertionError("the python-docx path was taken")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(writer, "_render", barred)
        return render_docx(forms, options=options, stamp=STAMP)


def _bundled() -> Iterator[tuple[str, list[Form], list[FormOptions]]]:
    from perfdocs.engine.pipeline import built_forms, prepare
    from perfdocs.loading.settings import load_settings

    settings = load_settings(None)
    for path in PROJECTS:
        built, _ = built_forms(prepare(path, settings))
        forms, options = [b.form for b in built], [b.options for b in built]
        yield f"{path.parent.name}/{path.stem}", forms, options


def test_every_bundled_form_warm_equals_cold_byte_for_byte() -> None:
    """Each form of every data/ project (layouts with and without their own Word
    templates), alone and all of a project's forms in one document (later forms start on
    a new page)."""
    seen = 0
    for name, forms, options in _bundled():
        for form, option in zip(forms, options, strict=True):
            assert _warm([form], [option]) == _cold([form], [option]), name
            seen += 1
        if len(forms) > 1:
            assert _warm(forms, options) == _cold(forms, options), name
    assert seen >= len(PROJECTS)


def test_summary_heading_and_repeated_forms_warm_equals_cold() -> None:
    """The 汇总表's heading line, and forms after the first (page breaks before a
    paragraph, before a table)."""
    forms = [heading_form(2, repeat=30), heading_form(2, repeat=30), sample_form(3)]
    assert _warm(forms) == _cold(forms)
    assert _warm([sample_form(3), sample_form(5)]) == _cold([sample_form(3), sample_form(5)])


def _user_template(path: Path, *, table_in_cell: bool = False, first_is_table: bool = False,
                   header: str = "页眉 {{ title }}（{{ unit }}）") -> Path:
    """The default template with fields in the page header and the body, split runs, and
    ``{{ table }}`` either alone in the body or in a table cell."""
    doc = Document(io.BytesIO(build_default_template()))
    paragraph = doc.paragraphs[0].insert_paragraph_before("项目：")
    for piece in ("{{ pro", "ject_name }}", " 单位 ", "{{ unit }}", " 尾"):
        paragraph.add_run(piece).bold = piece.startswith("{")
    doc.paragraphs[0].insert_paragraph_before("{% if unit %}有单位{% endif %}")
    doc.sections[0].header.paragraphs[0].add_run(header)
    if table_in_cell:
        placeholder = doc.paragraphs[-1]._p
        placeholder.getparent().remove(placeholder)
        doc.add_table(rows=1, cols=1).cell(0, 0).paragraphs[0].add_run("{{ table }}")
    if first_is_table:
        table = doc.add_table(rows=1, cols=2)._tbl
        table.getparent().remove(table)
        doc.element.body.insert(0, table)
    doc.save(path)
    return path


FIELDS = [
    {"project_name": "普通项目", "unit": "某单位"},
    {"project_name": "  前后空格 ", "unit": ""},
    {"project_name": "制表\t符与\n换行\r回车", "unit": "A&B <c> \"d\" 'e'"},
    {"project_name": "全角　空格　", "unit": "控制\x01字符\x0b"},
    {"project_name": "", "unit": "\t"},
]


@pytest.mark.parametrize("shape", ["body", "cell", "table-first"])
def test_a_user_template_warm_equals_cold_for_awkward_fields(tmp_path: Path, shape: str) -> None:
    """Fields with edge spaces, tabs, line breaks, XML specials and control characters,
    in split runs, a ``{% %}`` paragraph and a page header; ``{{ table }}`` in the body
    or in a table cell; a body starting with a table."""
    template = _user_template(tmp_path / "t.docx", table_in_cell=shape == "cell",
                              first_is_table=shape == "table-first")
    for fields in FIELDS:
        options = [FormOptions(template_file=str(template), fields=fields)] * 2
        forms = [sample_form(3), replace(sample_form(2), title="第二张 & <表>")]
        assert _warm(forms[:1], options[:1]) == _cold(forms[:1], options[:1]), fields
        assert _warm(forms, options) == _cold(forms, options), fields


def test_a_title_python_docx_would_refuse_takes_its_path(tmp_path: Path) -> None:
    """A core-properties title over 255 characters is python-docx's error either way."""
    render_docx([sample_form(2)], stamp=STAMP)  # the recipe is kept
    long = replace(sample_form(2), title="长" * 300)
    with pytest.raises(ValueError):
        render_docx([long], stamp=STAMP)


def _entries(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_file()) if folder.is_dir() else []


def test_a_damaged_or_foreign_entry_is_a_miss(own_cache: Path) -> None:
    expected = _cold([sample_form(3)])
    assert render_docx([sample_form(3)], stamp=STAMP) == expected
    (entry,) = _entries(own_cache)
    whole = entry.read_bytes()
    for damaged in (whole[:-7], whole[:40], whole[:-3] + b"xyz", b"", b"\x00" * 500):
        entry.write_bytes(damaged)
        prepared.forget()
        assert render_docx([sample_form(3)], stamp=STAMP) == expected
    # a whole entry (format line and digest right) holding something else
    import hashlib
    for payload in (b"not marshal", __import__("marshal").dumps((99, (), "x")),
                    __import__("marshal").dumps(("a",) * 13)):
        entry.write_bytes(prepared.KIND + hashlib.sha256(payload).digest() + payload)
        prepared.forget()
        assert render_docx([sample_form(3)], stamp=STAMP) == expected
    # the miss kept a good entry again, and it is used
    assert prepared.loads(entry.read_bytes()[len(prepared.KIND) + 32:]) is not None
    assert _warm([sample_form(3)]) == expected


def test_a_recipe_round_trips_and_refuses_wrong_shapes(tmp_path: Path) -> None:
    template = _user_template(tmp_path / "t.docx")
    recipe = writer._recipe(str(template), template.read_bytes())
    assert recipe is not None and any(isinstance(m, prepared.Part) for m in recipe.members)
    assert prepared.loads(prepared.dumps(recipe)) == recipe
    import marshal
    fields = list(marshal.loads(prepared.dumps(recipe)))
    for at, wrong in ((0, 2), (4, "wide"), (9, (("e", ("slot?",), None),)), (12, (1.5,))):
        bad = fields.copy()
        bad[at] = wrong
        with pytest.raises((ValueError, TypeError)):
            prepared.loads(marshal.dumps(tuple(bad)))


def test_a_changed_template_is_rendered_anew(tmp_path: Path) -> None:
    path = _user_template(tmp_path / "t.docx")
    options = [FormOptions(template_file=str(path), fields=FIELDS[0])]
    first = render_docx([sample_form(2)], options=options, stamp=STAMP)
    assert _warm([sample_form(2)], options) == first
    _user_template(path, header="新的页眉 {{ unit }}")
    prepared.forget()  # a new process: only the cache file is left
    changed = render_docx([sample_form(2)], options=options, stamp=STAMP)
    assert changed != first and changed == _cold([sample_form(2)], options)
    with zipfile.ZipFile(io.BytesIO(changed)) as package:
        headers = [n for n in package.namelist() if n.startswith("word/header")]
        assert any("新的页眉 某单位" in package.read(n).decode() for n in headers)
    # and in the same process (the kept recipe of the old bytes is not used)
    _user_template(path, header="第三版 {{ unit }}")
    assert render_docx([sample_form(2)], options=options, stamp=STAMP) == \
        _cold([sample_form(2)], options)


def test_a_template_python_docx_refuses_is_refused_every_time(tmp_path: Path,
                                                              own_cache: Path) -> None:
    path = tmp_path / "坏模板.docx"
    path.write_bytes(b"PK\x03\x04 not a word file")
    options = [FormOptions(template_file=str(path))]
    for _ in range(2):
        with pytest.raises(RenderError) as caught:
            render_docx([sample_form(2)], options=options)
        assert "无法打开 Word 模板" in caught.value.message and caught.value.file == str(path)
    assert _entries(own_cache) == []


def test_a_misplaced_table_placeholder_is_reported_every_time(tmp_path: Path) -> None:
    """A template the render refuses keeps no recipe: the same message every run."""
    path = _user_template(tmp_path / "t.docx", header="{{ table }}")
    options = [FormOptions(template_file=str(path))]
    messages = []
    for _ in range(2):
        with pytest.raises(RenderError, match="table") as caught:
            render_docx([sample_form(2)], options=options)
        messages.append(caught.value.message)
        prepared.forget()
    assert messages[0] == messages[1]


@pytest.mark.parametrize("layout_project", ["small", "data/2024/技能评价业务经费.yaml"])
def test_a_warm_docx_render_imports_neither_python_docx_nor_lxml(
        tmp_path: Path, small_project: Path, layout_project: str) -> None:
    """The second run with the same template (the built-in one; shanghai-2024's own) takes
    the kept recipe and writes the same files as the first."""
    project = small_project if layout_project == "small" else ROOT / layout_project
    cache = {"PERFDOCS_CHECKED_CACHE": str(tmp_path / "cache")}
    outputs = []
    for run in ("first", "second"):
        args = ["render", str(project), "-f", "docx", "-o", str(tmp_path / run), "--no-cache"]
        found = imported_after(args, tmp_path, cache)
        assert found["status"] in (0, None), found
        outputs.append({p.relative_to(tmp_path / run): p.read_bytes()
                        for p in (tmp_path / run).rglob("*.docx")})
        if run == "second":
            assert not {"docx", "lxml"} & set(found["heavy"]), found  # type: ignore[arg-type]
    assert outputs[0] and outputs[0] == outputs[1]


@pytest.fixture
def small_project(tmp_path: Path) -> Path:
    from tests.conftest import SMALL_PROJECT

    path = tmp_path / "p.yaml"
    path.write_text(SMALL_PROJECT, encoding="utf-8")
    return path


def test_the_cache_turned_off_still_renders_the_same(monkeypatch: pytest.MonkeyPatch,
                                                     tmp_path: Path) -> None:
    monkeypatch.setenv("PERFDOCS_CHECKED_CACHE", "off")
    forms = [sample_form(4)]
    assert render_docx(forms, stamp=STAMP) == _cold(forms)
    assert render_docx(forms, stamp=STAMP) == _cold(forms)  # the recipe kept in memory
    assert not (tmp_path / "checked").exists()
