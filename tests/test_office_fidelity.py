"""The Word and Excel copies of every bundled project, opened the way users' office suites do.

Every .docx and .xlsx of data/ is rendered, audited with openxml-audit (Microsoft 365) and
converted to PDF by LibreOffice with the fonts .ci/run installs (宋体 mapped to AR PL UMing,
Times New Roman to Liberation Serif, as WPS and Word would find SimSun and Times New Roman);
pdftotext then shows, page by page, what a user prints:

* the page footer 第 X 页 共 Y 页 on every page, with the right numbers;
* every caption of up to four characters (一级指标, 数量指标, 主管部门…) and the unit's and
  department's names on one line, never broken mid-word;
* the 一级 and 二级 labels of every indicator group on each page the group runs onto.
"""

from __future__ import annotations

import os
import re
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests import office_audit
from tests.conftest import ROOT, need

pytestmark = pytest.mark.office

PROJECTS = sorted((ROOT / "data").glob("*/*.yaml"))
FONTS_CONF = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>
  <alias binding="same"><family>宋体</family><prefer><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>SimSun</family><prefer><family>AR PL UMing CN</family></prefer></alias>
  <alias binding="same"><family>Times New Roman</family>
    <prefer><family>Liberation Serif</family></prefer></alias>
</fontconfig>
"""


@dataclass(frozen=True)
class Printed:
    """One converted file: the form it holds, its project and the text of each page."""

    form: Any
    project: Any
    pages: list[str]
    """pdftotext's reading order (a wrapped cell's lines follow one another)."""
    layout_pages: list[str]
    """pdftotext -layout (lines as printed: a label broken over two lines shows so)."""


def _squeeze(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _files() -> Iterator[tuple[str, Any, Any, dict[str, bytes]]]:
    """(name, form, project, {suffix: bytes}) of every form of every bundled project."""
    from perfdocs.engine.pipeline import build_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.docx.writer import render_docx
    from perfdocs.render.xlsx.writer import render_xlsx

    settings = load_settings(None)
    for path in PROJECTS:
        prepared = prepare(path, settings)
        for form in build_forms(prepared):
            name = f"{path.parent.name}-{path.stem}-{form.kind}"
            yield name, form, prepared.project, {"docx": render_docx([form]),
                                                 "xlsx": render_xlsx([form])}


@pytest.fixture(scope="module")
def rendered() -> list[tuple[str, Any, Any, dict[str, bytes]]]:
    return list(_files())


@pytest.fixture(scope="module")
def printed(rendered: list[tuple[str, Any, Any, dict[str, bytes]]],
            tmp_path_factory: pytest.TempPathFactory) -> dict[str, Printed]:
    """Every bundled form as .docx and .xlsx, converted to PDF by LibreOffice."""
    soffice = need("soffice")
    pdftotext = need("pdftotext")
    work = tmp_path_factory.mktemp("office")
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    env = dict(os.environ, FONTCONFIG_FILE=str(conf))
    result: dict[str, Printed] = {}
    for suffix in ("docx", "xlsx"):
        inbox = work / f"in-{suffix}"
        inbox.mkdir()
        for index, (_name, _form, _project, data) in enumerate(rendered):
            (inbox / f"f{index:02d}.{suffix}").write_bytes(data[suffix])
        outdir = work / f"pdf-{suffix}"
        subprocess.run(
            [soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
             "--convert-to", "pdf", "--outdir", str(outdir),
             *sorted(str(p) for p in inbox.iterdir())],
            check=True, capture_output=True, timeout=900, env=env)
        for index, (name, form, project, _data) in enumerate(rendered):
            pdf = outdir / f"f{index:02d}.pdf"
            assert pdf.exists(), f"LibreOffice did not convert {name}.{suffix}"

            def text(*options: str, pdf: Path = pdf) -> list[str]:
                done = subprocess.run([pdftotext, *options, str(pdf), "-"], check=True,
                                      capture_output=True, text=True, timeout=60)
                return done.stdout.split("\f")[:-1]

            result[f"{name}.{suffix}"] = Printed(form, project, text(), text("-layout"))
    return result


def test_every_bundled_file_passes_openxml_audit(
        rendered: list[tuple[str, Any, Any, dict[str, bytes]]]) -> None:
    """0 errors and no unexplained warning (Microsoft 365 profile) for every bundled form."""
    found = [f"{name}.{suffix}: {problem}" for name, _form, _project, data in rendered
             for suffix, blob in data.items() for problem in office_audit.findings(blob, suffix)]
    assert len(rendered) >= 15 and found == []


def test_openxml_audit_would_catch_a_workbook_excel_repairs() -> None:
    """The audit is not a rubber stamp: without its theme part a workbook is an error."""
    import io
    import zipfile

    from perfdocs.render.xlsx.writer import render_xlsx
    from tests.sample_forms import sample_form

    good = render_xlsx([sample_form(3)])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(good)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/_rels/workbook.xml.rels":
                data = re.sub(rb'<Relationship [^>]*/theme"[^>]*/>', b"", data)
            if item.filename != "xl/theme/theme1.xml":
                target.writestr(item, data)
    assert office_audit.findings(good, "xlsx") == []
    assert any("theme" in problem for problem in office_audit.findings(out.getvalue(), "xlsx"))


def test_every_page_is_numbered(printed: dict[str, Printed]) -> None:
    for name, copy in printed.items():
        total = len(copy.pages)
        assert total >= 1, name
        for number, page in enumerate(copy.pages, start=1):
            assert f"第{number}页共{total}页" in _squeeze(page), (name, number)


def _captions(form: Any) -> set[str]:
    """Each line of up to four characters of the form's captions (一级指标, 数量指标…)."""
    out: set[str] = set()
    for block in form.blocks:
        for cell in block.cells:
            if cell.style not in ("label", "header"):
                continue
            for line in cell.text.split("\n"):
                line = line.strip()
                if line and len(line) <= 4 and not line.isascii():
                    out.add(line)
    return out


def test_labels_are_never_broken_mid_word(printed: dict[str, Printed]) -> None:
    broken = []
    for name, copy in printed.items():
        lines = "\n".join(_squeeze(line) for page in copy.layout_pages
                           for line in page.splitlines())
        printed_texts = {c.text for b in copy.form.blocks for c in b.cells}
        names = {copy.project.unit, copy.project.department} & printed_texts
        wanted = _captions(copy.form) | (names - {""})
        broken += [f"{name}: {label}" for label in sorted(wanted)
                   if _squeeze(label) not in lines]
    assert broken == [], "\n".join(broken)


def test_group_labels_on_every_page_a_group_spans(printed: dict[str, Printed]) -> None:
    missing = []
    checked = 0
    for name, copy in printed.items():
        part = copy.project.evaluation if copy.form.kind == "自评表" else \
            copy.project.declaration
        groups = [(l1, l2, ind.name) for l1, l2, _i, ind in part.flat()]
        # a group name as printed: a wide one over lines (服务对象\n满意度指标)
        printed_as = {c.text.replace("\n", ""): c.text.split("\n")
                      for c in copy.form.blocks[-1].cells if c.style == "label"}
        for number, (page, layout) in enumerate(zip(copy.pages, copy.layout_pages,
                                                    strict=True), start=1):
            flat = _squeeze(page)
            lines = "\n".join(_squeeze(line) for line in layout.splitlines())
            # the indicator table of this page: from its (repeated) header on
            heads = [flat.find(head) for head in ("三级指标", "三级目标") if head in flat]
            if not heads:
                continue
            table = flat[min(heads):]
            for level1, level2, indicator in groups:
                # an indicator printed on this page: its group's labels must be there too
                if len(indicator) >= 6 and _squeeze(indicator) in table:
                    checked += number > 1
                    missing += [
                        f"{name} 第{number}页: {label}（{indicator}）"
                        for label in (level1, level2)
                        if not all(_squeeze(piece) in lines
                                   for piece in printed_as.get(label, [label]))]
    assert checked  # groups do run onto second pages
    assert missing == [], "\n".join(missing)
