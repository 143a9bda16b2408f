"""A long text in the Word copy is cut into rows only where a page breaks (tester14 F7).

The PDF cuts a text taller than a quarter page into rows; the Word copy joins the rows
on one page again (perfdocs/render/docx/rejoin.py), so that no paragraph stops mid-line
and goes on in the next row below a gap (「…服务能力提升和长」 | 「效机制建设…」). Here every
narrative of every bundled layout's example is made 900 and 2,500 characters long, and
on each page of the .docx (between its page breaks) a text is in one cell at most.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.test_docx_repeated_header import _examples

SENTENCE = "第{k}项：统筹推进基础设施改造、服务能力提升和长效机制建设，年内完成资金拨付1,234.56万元。"


def _long(length: int, field: int) -> str:
    """A text of ``length`` characters of numbered sentences (``field`` tells the texts
    of one project apart)."""
    text, k = "", 0
    while len(text) < length:
        k += 1
        text += SENTENCE.format(k=f"{field}-{k}")
    return text[:length]


def _lengthen(node: Any, length: int, texts: list[str]) -> Any:
    """``node`` with every narrative (a text of 40 characters or more outside the
    indicators) ``length`` characters long; the new texts are added to ``texts``."""
    if isinstance(node, dict):
        return {key: value if key in ("绩效指标", "原表") else _lengthen(value, length, texts)
                for key, value in node.items()}
    if isinstance(node, str) and len(node) >= 40:
        texts.append(_long(length, len(texts) + 1))
        return texts[-1]
    return node


def _cells_per_page(docx: bytes) -> list[list[str]]:
    """The texts of the cells on each page the .docx breaks into."""
    xml = zipfile.ZipFile(io.BytesIO(docx)).read("word/document.xml").decode()
    pages = re.split(r"<w:pageBreakBefore/>|<w:br w:type=\"page\"/>", xml)
    return [["".join(re.findall(r"<w:t[^>]*>([^<]*)</w:t>", cell))
             for cell in re.findall(r"<w:tc>.*?</w:tc>", page, re.S)] for page in pages]


@pytest.mark.parametrize("layout", sorted(_examples()))
def test_a_long_text_is_one_cell_a_page(layout: str, tmp_path: Path) -> None:
    from perfdocs.engine.pipeline import build_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.docx.writer import render_docx

    source = yaml.safe_load(_examples()[layout].read_text(encoding="utf-8"))
    torn = {}
    for length in (900, 2500):
        texts: list[str] = []
        path = tmp_path / f"{length}.yaml"
        path.write_text(yaml.safe_dump(_lengthen(source, length, texts), allow_unicode=True,
                                       sort_keys=False, width=100000), encoding="utf-8")
        assert texts
        for form in build_forms(prepare(path, load_settings(None))):
            for number, cells in enumerate(_cells_per_page(render_docx([form])), 1):
                for text in texts:
                    pieces = [c for c in cells if len(c) >= 10 and c in text]
                    if len(pieces) > 1:
                        torn[f"{length} {form.kind} page {number}"] = [
                            f"…{p[-8:]}" for p in pieces]
    assert torn == {}
