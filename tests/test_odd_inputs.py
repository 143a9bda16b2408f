"""Odd inputs the fuzzers missed, each a message and never an internal error: a YAML
syntax fault after a NEL (U+0085) or U+2028/U+2029 line break (officefast found
'[0\\x85'), and a Word template without page setup."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import invoke


@pytest.mark.parametrize("text", ["[0\x85", "- [0\x85", "a: b\x85c: [\x85", "\u2028\u2028- [",
                                  "年度: 2024\u2029项目名称: \"x\"%\n"])
def test_a_syntax_fault_after_an_unusual_line_break_is_a_message(tmp_path: Path,
                                                                 text: str) -> None:
    path = tmp_path / "p.yaml"
    path.write_text(text, encoding="utf-8")
    code, out = invoke("validate", str(path))
    assert code == 1, out
    assert "内部错误" not in out and "Traceback" not in out
    assert f"{path}:" in out and "错误" in out


def test_a_word_template_without_page_setup_is_named(tmp_path: Path) -> None:
    """A .docx whose body has no section properties (Word always writes them; a generator
    may not) is a message naming the template, not an internal error."""
    import io
    import re
    import zipfile

    from docx import Document

    from tests.conftest import ROOT

    blob = io.BytesIO()
    Document().save(blob)
    source = zipfile.ZipFile(io.BytesIO(blob.getvalue()))
    folder = tmp_path / "templates" / "t-2025"
    folder.mkdir(parents=True)
    with zipfile.ZipFile(folder / "x.docx", "w") as target:
        for name in source.namelist():
            data = source.read(name)
            if name == "word/document.xml":
                data = re.sub(rb"<w:sectPr.*?</w:sectPr>", b"", data, flags=re.S)
                assert b"sectPr" not in data
            target.writestr(name, data)
    (folder / "layout.toml").write_text('extends = "national-2020"\n[forms."自评表"]\n'
                                        'template = "x.docx"\n', encoding="utf-8")
    example = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
    project = tmp_path / "p.yaml"
    project.write_text(example.read_text(encoding="utf-8").replace(
        "版式: national-2020", f"版式: {folder}"), encoding="utf-8")
    code, out = invoke("render", str(project), "-f", "docx", "-o", str(tmp_path / "o"))
    assert code == 1, out
    assert f"{folder / 'x.docx'}: 错误: Word 模板没有页面设置" in out
    assert "内部错误" not in out
