"""Font subsets made and deflated once per process (_compat.remember_subsets): the same
bytes as reportlab makes them fresh, in a PDF as in each subset."""

from __future__ import annotations

import os
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from perfdocs import _compat
from perfdocs.render.pdf.fonts import find_cjk_font, register_set

ROOT = Path(__file__).resolve().parent.parent


def _face(name: str) -> Any:
    from reportlab.pdfbase import pdfmetrics

    return pdfmetrics.getFont(name).face


def test_a_kept_subset_is_the_subset_reportlab_makes_and_comes_back_whole() -> None:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import TTFontFile

    font = find_cjk_font()
    if font.path is None:
        pytest.skip("no TrueType CJK font")
    face = _face(register_set(font).cjk)
    codes = [0, *range(32, 127), *map(ord, "绩效目标自评表（万元）")]
    first = face.makeSubset(codes)
    assert first == TTFontFile.makeSubset(face, codes)  # reportlab's own, made again
    assert face.makeSubset(list(codes)) is first  # an equal list: the kept bytes
    other = codes[:-1]
    assert face.makeSubset(other) == TTFontFile.makeSubset(face, other)
    deflated = pdfdoc.PDFZCompress.encode(first)
    assert deflated == zlib.compress(first)
    assert pdfdoc.PDFZCompress.encode(first) is deflated  # deflated once
    copy = first[:10] + first[10:]  # equal bytes, another object: deflated as before
    assert copy is not first and pdfdoc.PDFZCompress.encode(copy) == deflated
    assert pdfdoc.PDFZCompress.encode(b"q 1 0 0 1 0 0 cm Q") == zlib.compress(
        b"q 1 0 0 1 0 0 cm Q")


def test_a_small_stream_is_deflated_once_by_content_as_zlib_does_it() -> None:
    from reportlab.pdfbase import pdfdoc
    from reportlab.pdfbase.ttfonts import makeToUnicodeCMap

    _compat._deflate_kept_once()
    cmap = makeToUnicodeCMap("AAAAAA+Serif", list(range(32, 127)))
    first = pdfdoc.PDFZCompress.encode(cmap)
    assert first == zlib.compress(cmap.encode("utf8"))
    again = pdfdoc.PDFZCompress.encode("".join(list(cmap)))  # equal text, another object
    assert again is first
    assert pdfdoc.PDFZCompress.encode(cmap.encode("utf8")) == first
    for n in range(_compat.SMALL_STREAMS_KEPT + 5):  # the oldest go
        text = f"BT /F1 12 Tf ({n}) Tj ET"
        assert pdfdoc.PDFZCompress.encode(text) == zlib.compress(text.encode())
    assert len(_compat._SMALL) <= _compat.SMALL_STREAMS_KEPT
    assert cmap not in _compat._SMALL
    big = bytes(range(256)) * (_compat.SMALL_STREAM // 256 + 1)
    assert pdfdoc.PDFZCompress.encode(big) == zlib.compress(big)
    assert big not in _compat._SMALL


def test_only_the_newest_subsets_are_kept() -> None:
    calls: list[tuple[int, ...]] = []

    class Face:
        def makeSubset(self, subset: list[int]) -> bytes:
            calls.append(tuple(subset))
            return bytes(subset)

    face = Face()
    _compat.remember_subsets(face, keep=2)
    _compat.remember_subsets(face, keep=2)  # once per face
    for subset in ([1], [2], [1], [3], [2], [1]):
        assert face.makeSubset(subset) == bytes(subset)
    # [1] [2] made; [1] kept; [3] made, [2] dropped; [2] made again, [1] dropped; [1] again
    assert calls == [(1,), (2,), (3,), (2,), (1,)]
    assert sum(1 for entry in _compat._DEFLATED.values() if len(entry[0]) == 1) <= 2


SCRIPT = """
import hashlib, sys
sys.path.insert(0, 'tests')
from sample_forms import sample_form, heading_form
from perfdocs.render.pdf.fonts import find_cjk_font
from perfdocs.render.pdf.writer import render_pdf
font = find_cjk_font()
forms = {'a': sample_form(30), 'b': sample_form(8), 'c': heading_form(3, 40)}
for key in sys.argv[1]:
    print(key, hashlib.sha256(render_pdf([forms[key]], font=font)).hexdigest())
"""


def _digests(order: str) -> list[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, order], env=env, cwd=ROOT,
                          capture_output=True, text=True, check=True, timeout=300)
    return done.stdout.split("\n")[:len(order)]


def test_pdfs_of_a_batch_are_the_pdfs_each_makes_alone() -> None:
    if find_cjk_font().path is None:
        pytest.skip("no TrueType CJK font")
    batch = _digests("abcab")
    alone = [_digests(key)[0] for key in "abc"]
    assert batch == [*alone, *alone[:2]]
    assert len(set(alone)) == 3
