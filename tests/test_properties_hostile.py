"""Property tests over what issue 14 found: hostile mapping keys, settings files and
structure-aware workbook mutations. Each property holds that the answer is a form (or an
imported project) or a :class:`~perfdocs.errors.PerfdocsError` with a message naming its
file, never another exception, never a write outside the output folder.

``scripts/fuzz.py`` runs these with the properties of ``tests/test_properties.py``
(:data:`PROPERTIES`); CI runs the short profile.
"""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
import zipfile
from collections.abc import Callable
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from perfdocs.errors import PerfdocsError
from perfdocs.loading.settings import Settings
from tests.test_properties import CI, FUZZ

# -- mapping keys ----------------------------------------------------------------------------

_KEY_BITS = ["数量指标", "质量", "x:", ": ", "#", "- ", "? ", "'", '"', "  ", "\t", "\n", "\r",
             "\x00", "\x07", "\x85", "\x9f", "\u00ad", "\u200b", "\u202e", "\u2066", "\u2069",
             "\ufeff", "\U0001f600", "𠀀", "<<", "null", "~", "{{ 1 }}", "&a", "*a", "!x",
             "数" * 120, "%", "@", "`", "|", ">", "[", "]", "{", "}", ","]
KEYS = st.lists(st.sampled_from(_KEY_BITS) | st.text(max_size=3), min_size=0,
                max_size=4).map("".join)


def _bad_key(key: str) -> bool:
    """Whether a key (as perfdocs reads it: stripped) must be refused at validate."""
    from perfdocs.model.project_checks import _CONTROL, _INVISIBLE, MAX_NAME

    text = key.strip()
    return (not text or "\n" in text or "\r" in text or len(text) > MAX_NAME
            or bool(_CONTROL.search(text)) or not _INVISIBLE.isdisjoint(text))


def _small_tree(level1: str, level2: str) -> dict[str, Any]:
    return {
        "年度": 2024, "项目名称": "测试项目", "主管部门": "某某局", "实施单位": "某某中心",
        "金额单位": "万元",
        "自评": {
            "项目资金": {"年度资金总额": {"年初预算数": "100.00", "全年预算数": "80.00",
                                  "全年执行数": "79.00"}},
            "年度总体目标": {"预期目标": "完成任务。", "实际完成情况": "完成了。"},
            "绩效指标": {level1: {level2: [
                {"三级指标": "培训人数", "年度指标值": "≥100(人)", "实际完成值": "120(人)",
                 "分值": "90"}]}},
        },
    }


def keys_hold(pair: tuple[str, str]) -> str:
    """A project whose 一级/二级 names are hostile: refused on the key's line, or rendered."""
    from perfdocs.engine.pipeline import forms_of, prepare, render_format
    from perfdocs.loading.yamlfile import WriteRefused, emit

    level1, level2 = pair
    if level1.strip() == level2.strip() or (not level1.strip() and not level2.strip()):
        level2 += "组"
    try:
        text = emit(_small_tree(level1, level2))
    except WriteRefused:
        return "unwritable"  # the writer refuses rather than write what would not read back
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_text(text, encoding="utf-8")
        try:
            prepared = prepare(path, SETTINGS)
        except PerfdocsError as exc:
            lines = [d.format() for d in exc.all_diagnostics()]
            assert lines and all(not line.startswith("<input>") for line in lines), lines
            if _bad_key(level1) or _bad_key(level2):
                assert any(d.line is not None for d in exc.all_diagnostics()), lines
            return type(exc).__name__
        assert not _bad_key(level1) and not _bad_key(level2), (level1, level2)
        forms, _notes = forms_of(prepared, None)
        for fmt in ("xlsx", "docx"):
            try:
                render_format(fmt, forms, SETTINGS, None, str(path))
            except PerfdocsError as exc:
                assert exc.file, exc.message
                return "render:" + type(exc).__name__
    return "ok"


SETTINGS = Settings()

# -- settings files ------------------------------------------------------------------------------

_TEMPLATE_BITS = ["{{ unit }}", "{{ year }}", "{{ project }}", "{{ form }}", "/", "\\", "..",
                  "{{ ''.__class__ }}", "{% for i in range(99999) %}{% endfor %}",
                  "{{ 'x' * 99999 }}", "{{ unit|center(99999) }}", "{{ 9**9**9 }}", "~",
                  "CON", ":", "*", "\u202e", "{{", "{%", "}}", " ", "-", "报告"]
PATTERNS = st.lists(st.sampled_from(_TEMPLATE_BITS) | st.text(max_size=4), max_size=6).map(
    "".join)
DATES = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))


def _toml_string(text: str) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    return '"' + "".join(ch if ch.isprintable() else f"\\u{ord(ch):04x}" for ch in escaped
                         if ord(ch) < 0x10000) + '"'


@st.composite
def settings_texts(draw: st.DrawFn) -> str:
    """A perfdocs.toml with every key drawn from plausible and hostile values."""
    lines = ["[render]"]
    if draw(st.booleans()):
        lines.append(f"name = {_toml_string(draw(PATTERNS))}")
    if draw(st.booleans()):
        lines.append(f"document_date = {draw(DATES).isoformat()}")
    if draw(st.booleans()):
        lines.append(f"out = {_toml_string(draw(st.sampled_from(['out', '../out', '@ABS@', '.', 'o/../../x'])))}")
    if draw(st.booleans()):
        lines.append("formats = " + draw(st.sampled_from(['["xlsx"]', '["docx"]', '[]',
                                                          '["pdf"]', '["exe"]', '"xlsx"'])))
    lines.append("[packet]")
    if draw(st.booleans()):
        lines.append(f"name = {_toml_string(draw(PATTERNS))}")
    if draw(st.booleans()):
        lines.append(f"forms = {_toml_string(draw(st.sampled_from(['表格', '../../x', '/abs', '.bind', '..', 'a/b', ''])))}")
    if draw(st.booleans()):
        lines.append("[layouts]\npaths = " + draw(st.sampled_from(
            ['["loop"]', '["nope"]', '["."]', '[1]', '"x"'])))
    if draw(st.booleans()):
        lines.append("[fonts]\npdf = " + draw(st.sampled_from(
            ['["fake.ttf"]', '["fifo.ttf"]', '["nope.ttf"]', '[]'])))
    if draw(st.booleans()):
        lines.append(draw(st.sampled_from(["[input]\nunit = \"千元\"", "[bogus]\nx = 1",
                                           "[render]\nname = 1", "garbage = = ="])))
    return "\n".join(lines) + "\n"


def settings_hold(text: str) -> str:
    """``render`` and ``packet`` with a generated perfdocs.toml: exit 0, 1 or 2 with a message,
    nothing written outside the folder it runs in."""
    import os

    from click.testing import CliRunner

    from perfdocs.cli import main
    from tests.conftest import SMALL_PROJECT

    with tempfile.TemporaryDirectory() as outer:
        root = Path(outer) / "work"
        root.mkdir()
        (root / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
        text = text.replace("@ABS@", str(Path(outer) / "abs"))
        (root / "perfdocs.toml").write_text(text, encoding="utf-8")
        (root / "loop").symlink_to(root / "loop")
        (root / "fake.ttf").write_bytes(b"\x00\x01\x00\x00" + b"\x00" * 60)
        os.mkfifo(root / "fifo.ttf")
        before = set(Path(outer).iterdir())
        labels = []
        cwd = os.getcwd()
        os.chdir(root)
        try:
            for args in (["render", "p.yaml", "--format", "xlsx"],
                         ["packet", "p.yaml", "--format", "xlsx"]):
                result = CliRunner().invoke(main, args)
                output = result.output
                assert "Traceback" not in output and "内部错误" not in output, (text, output)
                assert result.exit_code in (0, 1, 2), (text, output, result.exception)
                assert "<input>" not in output, output
                labels.append(str(result.exit_code))
        finally:
            os.chdir(cwd)
        # beside the working folder only the output folder the settings name may appear
        from perfdocs.loading.settings import load_settings

        try:
            out = load_settings(root / "perfdocs.toml").out.resolve()
        except PerfdocsError:
            out = root / "output"
        for extra in set(Path(outer).iterdir()) - before:
            assert extra == out or extra in out.parents, ("written outside", extra, text)
    return "render " + labels[0] + ", packet " + labels[1]


# -- workbook mutations --------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _form_bytes() -> bytes:
    """The small project's 自评表 as perfdocs renders it (made once)."""
    from perfdocs.engine.pipeline import forms_of, prepare, render_format
    from tests.conftest import SMALL_PROJECT

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_text(SMALL_PROJECT, encoding="utf-8")
        prepared = prepare(path, SETTINGS)
        forms, _ = forms_of(prepared, None)
        return render_format("xlsx", forms, SETTINGS, None, str(path))


_NUMBERS = ["1E+308", "-1E+308", "1E-300", "-0", "NaN", "INF", "9" * 40, "0.1234567890123",
            "-79", "1e5", "", "abc", "٣"]
_TEXTS = ["\x07", "\u202e", "=1+1", "a" * 40_000, "≥100(万人)", "-10(起)", "<![CDATA[x]]>",
          "&amp;", "105.00", "0.00"]
_FORMATS = ["0%", "0.00%", '0.00"%"', "#,##0.00", "0.0000", "@", "General", "[Red]0.00",
            '"≥"0"人"', "0.00E+00", "# ?/?", "yyyy-mm-dd", ";;;", "0" * 300]
_REFS = st.tuples(st.integers(1, 16384), st.integers(1, 1_048_576), st.integers(0, 20),
                  st.integers(0, 3000))


def _column(number: int) -> str:
    letters = ""
    while number:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


@st.composite
def workbook_mutations(draw: st.DrawFn) -> bytes:
    """The form's xlsx changed where its structure allows: cells, merges, parts, headers."""
    with zipfile.ZipFile(io.BytesIO(_form_bytes())) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    sheet = next(name for name in parts if name.startswith("xl/worksheets/"))
    raw_tail = None
    for _ in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["value", "text", "merge", "far-cell", "move", "format",
                                     "drop", "dtd", "rels", "bytes"]))
        xml = parts[sheet].decode("utf-8")
        if kind == "value":
            values = list(re.finditer(r"<v>[^<]*</v>", xml))
            if values:
                hit = draw(st.sampled_from(values))
                number = draw(st.sampled_from(_NUMBERS))
                xml = xml[:hit.start()] + f"<v>{number}</v>" + xml[hit.end():]
        elif kind == "text" and "xl/sharedStrings.xml" in parts:
            strings = parts["xl/sharedStrings.xml"].decode("utf-8")
            found = list(re.finditer(r"<t[^>]*>[^<]*</t>", strings))
            if found:
                hit = draw(st.sampled_from(found))
                new = draw(st.sampled_from(_TEXTS)).replace("&", "&amp;").replace("<", "&lt;")
                strings = strings[:hit.start()] + f"<t>{new}</t>" + strings[hit.end():]
                parts["xl/sharedStrings.xml"] = strings.encode("utf-8")
        elif kind == "merge":
            col, row, width, height = draw(_REFS)
            ref = f"{_column(col)}{row}:{_column(min(col + width, 16384))}{min(row + height, 1_048_576)}"
            if "</mergeCells>" in xml:
                xml = xml.replace("</mergeCells>", f'<mergeCell ref="{ref}"/></mergeCells>', 1)
        elif kind == "far-cell":
            col, row, _, _ = draw(_REFS)
            xml = xml.replace("</sheetData>", f'<row r="{row}"><c r="{_column(col)}{row}">'
                                              f"<v>1</v></c></row></sheetData>", 1)
        elif kind == "move" and "xl/_rels/workbook.xml.rels" in parts:  # not dropped
            new_name = draw(st.sampled_from(["xl/other/s.xml", "xl/s.bin", "docProps/s.xml"]))
            parts[new_name] = parts.pop(sheet)
            rels = "xl/_rels/workbook.xml.rels"
            parts[rels] = parts[rels].replace(sheet[3:].encode(),
                                              ("/" + new_name).encode())
            sheet = new_name
            xml = parts[sheet].decode("utf-8")
        elif kind == "format" and "xl/styles.xml" in parts:
            code = draw(st.sampled_from(_FORMATS)).replace('"', "&quot;")
            styles = parts["xl/styles.xml"].decode("utf-8")
            styles = re.sub(r'formatCode="[^"]*"', f'formatCode="{code}"', styles, count=1)
            parts["xl/styles.xml"] = styles.encode("utf-8")
        elif kind == "drop":
            victim = draw(st.sampled_from(sorted(parts)))
            if victim != sheet:
                parts.pop(victim)
        elif kind == "dtd":
            victim = draw(st.sampled_from(sorted(parts)))
            parts[victim] = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>' + \
                parts[victim].split(b"?>", 1)[-1]
        elif kind == "rels":
            rels = "xl/_rels/workbook.xml.rels"
            if rels in parts:
                parts[rels] = parts[rels].replace(b'Target="', b'Target="../../', 1)
        else:
            raw_tail = draw(st.sampled_from(["truncate", "flip", "encrypt", "method"]))
        parts[sheet] = xml.encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = bytearray(buffer.getvalue())
    if raw_tail == "truncate":
        data = data[:draw(st.integers(0, len(data)))]
    elif raw_tail == "flip":
        for _ in range(draw(st.integers(1, 8))):
            at = draw(st.integers(0, len(data) - 1))
            data[at] ^= draw(st.integers(1, 255))
    elif raw_tail in ("encrypt", "method"):
        for signature, field in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
            at = data.find(signature)
            if at >= 0:
                if raw_tail == "encrypt":
                    data[at + field] |= 1
                else:
                    data[at + field + 2:at + field + 4] = (99).to_bytes(2, "little")
    return bytes(data)


def workbook_holds(data: bytes) -> str:
    """import (and its YAML) and check of a mutated workbook: an answer or a message."""
    from perfdocs.importer.workbooks import import_workbooks
    from perfdocs.review.audit import audit_file

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "x.xlsx"
        path.write_bytes(data)
        try:
            imported = import_workbooks([path], SETTINGS)
            imported.yaml()
            imported.loaded()
        except PerfdocsError as exc:
            lines = [d.format() for d in exc.all_diagnostics()]
            assert lines and not any(line.startswith("<input>") for line in lines), lines
            label = type(exc).__name__
        else:
            label = "ok"
        with contextlib.suppress(PerfdocsError):
            audit_file(path, SETTINGS)  # check: the same answer, or a message
    return label


PROPERTIES: dict[str, tuple[st.SearchStrategy[Any], Callable[[Any], str]]] = {
    "mapping keys": (st.tuples(KEYS, KEYS), keys_hold),
    "settings files": (settings_texts(), settings_hold),
    "workbook mutations": (workbook_mutations(), workbook_holds),
}
"""Each property: a strategy and a check returning an outcome label (scripts/fuzz.py counts them)."""


def _property(name: str, profile: Any) -> Callable[[], None]:
    strategy, check = PROPERTIES[name]

    @profile
    @given(strategy)
    def run(value: Any) -> None:
        check(value)

    return run


@pytest.mark.parametrize("name", list(PROPERTIES))
def test_property(name: str) -> None:
    _property(name, CI)()


@pytest.mark.fuzz
@pytest.mark.parametrize("name", list(PROPERTIES))
def test_property_long(name: str) -> None:
    _property(name, FUZZ)()
