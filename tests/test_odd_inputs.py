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


def test_a_character_the_pdf_font_lacks_on_a_signature_line_is_named(tmp_path: Path) -> None:
    """The glyph check looked at the table and the title only: a 填报人 the font cannot draw
    printed as a box on the signature line (pdfdraw noticed)."""
    from tests.conftest import ROOT

    steps = ROOT / "data" / "steps-2022" / "中小学校舍维修改造.yaml"
    project = tmp_path / "p.yaml"
    project.write_text(steps.read_text(encoding="utf-8").replace("填报人: 刘洋", "填报人: 刘😀"),
                       encoding="utf-8")
    code, out = invoke("render", str(project), "-f", "pdf", "-o", str(tmp_path / "o"))
    from perfdocs.render.pdf.fonts import find_cjk_font

    if find_cjk_font(()).fallback:
        pytest.skip("no TrueType CJK font")
    assert code == 1, out
    assert "表尾行（填报信息）" in out and "U+1F600" in out
    assert not list((tmp_path / "o").rglob("*.pdf"))


def test_a_signature_line_keeps_its_room_to_sign_in_the_pdf(tmp_path: Path) -> None:
    """The full-width spaces between a footer line's items (the room to sign and stamp)
    were folded into one space in the PDF; Word and Excel keep them (tester, pdfdraw)."""
    import re
    import subprocess

    from perfdocs.render.pdf.fonts import find_cjk_font
    from tests.conftest import ROOT, need

    if find_cjk_font(()).fallback:
        pytest.skip("no TrueType CJK font")
    steps = ROOT / "data" / "steps-2022" / "中小学校舍维修改造.yaml"
    code, out = invoke("render", str(steps), "-f", "pdf", "-o", str(tmp_path / "o"),
                       "--no-cache")
    assert code == 0, out
    (pdf,) = (tmp_path / "o").rglob("*.pdf")
    text = subprocess.run([need("pdftotext"), "-layout", str(pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    assert re.search(r"某区教育局 {4,}填报人：刘洋 {4,}联系电话", text), text[-400:]
