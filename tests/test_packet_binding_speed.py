"""How a packet's bound PDF and zip are made fast (issue 20.1) without changing what they show.

The footer of a bound page is laid over the page without decoding its content (the
page's own streams stay as the form's PDF had them), and the zip stores what is
compressed already. The pictures of the pages are those ``merge_page`` gave: compared
here pixel for pixel with pdftoppm, page by page, against a binding with ``merge_page``.
"""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from perfdocs.packet import binding
from perfdocs.packet.binding import Cover, Part, bind
from tests.conftest import SMALL_PROJECT, invoke, listing


def _forms(tmp_path: Path) -> list[Path]:
    projects = []
    for number in range(2):
        project = tmp_path / f"p{number}.yaml"
        project.write_text(SMALL_PROJECT.replace("项目名称: ", f"项目名称: 第{number}个", 1),
                           encoding="utf-8")
        projects.append(str(project))
    assert invoke("render", *projects, "--out", str(tmp_path / "out"), "--format", "pdf")[0] == 0
    return sorted((tmp_path / "out").rglob("*.pdf"))


def _bound(tmp_path: Path, forms: list[Path], name: str) -> Path:
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import find_cjk_font

    parts = [part for form in forms for part in (Part(form.stem, None), Part("自评表", form, 1))]
    target = tmp_path / name
    bind(Cover("某某中心\n2024年度绩效自评材料", (("单位", "某某中心"),)), parts,
         find_cjk_font(Settings().pdf_fonts), target)
    return target


def test_footers_keep_each_page_compressed_and_look_as_merge_page_made_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pypdf = pytest.importorskip("pypdf")
    forms = _forms(tmp_path)
    fast = _bound(tmp_path, forms, "fast.pdf")
    reader = pypdf.PdfReader(fast)
    body = reader.pages[2:]
    assert body
    for page in body:
        contents = page.raw_get("/Contents").get_object()
        assert isinstance(contents, pypdf.generic.ArrayObject) and len(contents) >= 3
        # the form's own stream, untouched: still deflated as reportlab wrote it
        assert all("/Filter" in part.get_object() for part in contents[1:-1])
        assert binding.FOOTER_FONT in page["/Resources"]["/Font"]

    class Slow(binding._Footers):
        def stamp(self, page: object, foot: object) -> None:
            page.merge_page(foot)  # type: ignore[attr-defined]

    monkeypatch.setattr(binding, "_Footers", Slow)
    slow = _bound(tmp_path, forms, "slow.pdf")
    assert fast.stat().st_size < slow.stat().st_size
    if shutil.which("pdftoppm") is None:
        pytest.skip("pdftoppm is not installed")
    for name, pdf in (("fast", fast), ("slow", slow)):
        subprocess.run(["pdftoppm", "-r", "60", str(pdf), str(tmp_path / name)], check=True)
    pictures = sorted(tmp_path.glob("fast-*.ppm"))
    assert len(pictures) == len(reader.pages)
    for picture in pictures:
        twin = tmp_path / picture.name.replace("fast-", "slow-")
        assert picture.read_bytes() == twin.read_bytes(), picture.name


def test_zip_stores_what_is_compressed_already(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    code, output = invoke("packet", str(project), "--out", str(tmp_path / "pk"),
                          "--date", "2025-03-01")
    assert code == 0, output
    (archive,) = [p for p in listing(tmp_path / "pk") if p.suffix == ".zip"]
    with zipfile.ZipFile(archive) as opened:
        methods = {Path(info.filename).suffix: info.compress_type for info in opened.infolist()}
        assert opened.testzip() is None
    assert methods[".pdf"] == methods[".docx"] == methods[".xlsx"] == zipfile.ZIP_STORED
    assert methods[".json"] == zipfile.ZIP_DEFLATED
