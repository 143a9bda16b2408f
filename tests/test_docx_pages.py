"""Word's pages hold what perfdocs puts on them: the .docx opened in LibreOffice has the
pages perfdocs cut it into, no page with a lone row and blank 一级/二级 columns.

perfdocs decides where each Word page ends from its own row heights and forces the break
there (docs/wps.md). A row the office suite sets taller than estimated pushes a part's last
row onto a page of its own: a 26-indicator 自评表 of 4 PDF pages came out of LibreOffice
with 7. The forms here are converted twice: with the fonts LibreOffice finds for 宋体 on
its own (WenQuanYi Zen Hei here, a tall face, as WPS falling back on another face would
be) and with 宋体 mapped to AR PL UMing (the office fidelity tests' set-up).
"""

from __future__ import annotations

import os
import random
import re
import subprocess
from pathlib import Path
from typing import Any

import pytest

from benchmarks.synthetic import project_yaml
from tests.conftest import need
from tests.test_office_fidelity import FONTS_CONF

pytestmark = pytest.mark.office

LONG = "示范村第{k}项建设任务完成情况（含道路硬化、污水管网、公共照明等配套）"
LONGER = ("示范村第{k}项建设任务完成情况（含道路硬化、污水管网、公共照明等配套，"
          "及村内绿化美化和垃圾分类收集设施建设）")


MIXED = ("ISO9001", "2025年", "第3季度", "（含", "），", "95.5%", "GB/T 19001-2016", "覆盖率",
         "完成", "、", "，", "达标", "Wi-Fi", "≥98%", "“双随机”", "检查", "5G基站")
"""Pieces of Chinese text with Latin words, figures and signs, which LibreOffice breaks
between words (≥ / 98%、ISO90015G), not between any two characters."""


def _mixed(rng: random.Random, low: int, high: int) -> str:
    return "".join(rng.choice(MIXED) for _ in range(rng.randint(low, high)))


def _project(index: int, indicators: int, name: str | None) -> str:
    """The synthetic project ``index``, its 三级指标 named from ``name`` when given (MIXED:
    pieces of :data:`MIXED`, its 偏差原因 too)."""
    text = project_yaml(index, indicators=indicators)
    if name is None:
        return text
    if name == "MIXED":
        rng = random.Random(index)
        text = re.sub(r"三级指标: .*", lambda _m: "三级指标: " + _mixed(rng, 4, 14), text)
        return re.sub(r"偏差原因分析及改进措施: .*",
                      lambda _m: "偏差原因分析及改进措施: " + _mixed(rng, 6, 20), text)
    counter = iter(range(1, indicators + 1))
    return re.sub(r"三级指标: .*", lambda _m: "三级指标: " + name.format(k=next(counter)), text)


CASES = {
    "8 项": (4, 8, None),
    "20 项": (3, 20, None),
    "26 项、35 字的三级指标": (5, 26, LONG),
    "40 项": (2, 40, None),
    "26 项、60 字的三级指标": (6, 26, LONGER),
    "60 项": (1, 60, None),
    "44 项、中英文混排": (44, 44, "MIXED"),
    "56 项、中英文混排": (56, 56, "MIXED"),
}
WITH_FOOTER = {"36 项、表下签章一行（steps-2022）": (36, 36, None)}
"""A layout with a line under the table (填报单位（盖章）…): it went onto a page of its own."""
LAYOUTS = {case: "steps-2022" for case in WITH_FOOTER}
CASES |= WITH_FOOTER
SAME_AS_PDF = [case for case, (_i, _n, name) in CASES.items() if name != "MIXED"]
"""Forms whose Word pages are the PDF's: perfdocs counts lines of mixed text on the tall
side (a Latin word goes over whole), where the PDF breaks them its own way."""


@pytest.fixture(scope="module")
def converted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, Any]]:
    """Each case's form, its PDF's pages, its Word parts and LibreOffice's pages per font."""
    from perfdocs.engine.pipeline import build_forms, prepare
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.docx.writer import render_docx
    from perfdocs.render.pdf.fonts import find_cjk_font
    from perfdocs.render.pdf.writer import render_pdf

    soffice = need("soffice")
    pdftotext = need("pdftotext")
    work = tmp_path_factory.mktemp("pages")
    settings = load_settings(None)
    font = find_cjk_font([])
    found: dict[str, dict[str, Any]] = {}
    inbox = work / "in"
    inbox.mkdir()

    def pages(pdf: Path) -> list[str]:
        out = subprocess.run([pdftotext, "-raw", str(pdf), "-"], check=True,
                             capture_output=True, text=True, timeout=60).stdout
        return [re.sub(r"\s", "", page) for page in out.split("\f")[:-1]]

    for number, (case, (index, indicators, name)) in enumerate(CASES.items()):
        path = work / f"p{number}.yaml"
        path.write_text(_project(index, indicators, name), encoding="utf-8")
        form = build_forms(prepare(path, settings, layout_name=LAYOUTS.get(case)))[0]
        docx = render_docx([form])
        (inbox / f"f{number}.docx").write_bytes(docx)
        (work / f"f{number}.pdf").write_bytes(render_pdf([form], font=font))
        document = subprocess.run(["unzip", "-p", str(inbox / f"f{number}.docx"),
                                   "word/document.xml"], capture_output=True, check=True).stdout
        found[case] = {"form": form, "pdf": pages(work / f"f{number}.pdf"),
                       "parts": document.count(b"<w:pageBreakBefore/>") + 1}
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    for fonts, env in (("own", dict(os.environ)),
                       ("uming", dict(os.environ, FONTCONFIG_FILE=str(conf)))):
        out = work / fonts
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile-{fonts}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(out),
                        *sorted(str(p) for p in inbox.iterdir())],
                       check=True, capture_output=True, timeout=900, env=env)
        for number, case in enumerate(CASES):
            found[case][fonts] = pages(out / f"f{number}.pdf")
    return found


@pytest.mark.parametrize("fonts", ["own", "uming"])
def test_libreoffice_has_the_pages_perfdocs_cut_the_docx_into(
        converted: dict[str, dict[str, Any]], fonts: str) -> None:
    got = {case: (len(found[fonts]), found["parts"]) for case, found in converted.items()}
    assert all(lo == parts for lo, parts in got.values()), got


@pytest.mark.parametrize("fonts", ["own", "uming"])
def test_word_pages_as_many_as_the_pdf(converted: dict[str, dict[str, Any]],
                                       fonts: str) -> None:
    got = {case: (len(found[fonts]), len(found["pdf"])) for case, found in converted.items()
           if case in SAME_AS_PDF}
    assert all(lo == pdf for lo, pdf in got.values()), got


@pytest.mark.parametrize("fonts", ["own", "uming"])
def test_every_page_carries_its_group_labels(converted: dict[str, dict[str, Any]],
                                             fonts: str) -> None:
    """Each page of the indicator table shows the header and the 一级 and 二级 labels of
    the indicators on it (a page with a lone row had neither)."""
    missing = []
    for case, found in converted.items():
        part = found["form"]  # the labels as printed: a wide name over lines
        labels = {c.text.replace("\n", "") for c in part.blocks[-1].cells
                  if c.style == "label"}
        for number, page in enumerate(found[fonts][1:], start=2):
            if "三级指标" not in page:
                missing.append(f"{case} 第{number}页: 表头")
            if not any(label in page for label in labels if label.endswith("指标")):
                missing.append(f"{case} 第{number}页: 一级/二级指标")
    assert missing == []
