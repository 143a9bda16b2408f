"""The 项目绩效一览表 as printed: in the PDF and in LibreOffice's rendering of its .docx,
numbers and short words whole on one line, each project's figures as its layout prints them.

A clerk's 12-project 一览表 printed 序号 10 as 1 over 0, 延续项/目, 专项/业务/费 (PDF) and
59.53/% (Word), and 总分 98.00 for a project whose layout prints whole-number scores (98 on
its own 自评表 and in its 自评报告).
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT, need

from tests.test_office_fidelity import FONTS_CONF

pytestmark = pytest.mark.office

SOURCE = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"
WHOLE_SCORES = """\
extends = "national-2020"
name = "whole-scores"

[forms."自评表".rounding]
score = { places = 0, mode = "half_up" }
execution_score = { places = 0, mode = "half_up" }
total = { places = 0, mode = "half_up" }

[forms."自评表".display]
score = { places = 0 }
weight = { places = 0 }
"""
NAMES = ["社区居家养老服务补助", "农业技术推广与培训", "农产品质量安全监管经费",
         "农机购置补贴资金", "农村人居环境整治专项", "农村宅基地改革试点经费", "动物防疫补助经费",
         "基层农技推广体系改革与建设补助", "村级集体经济扶持资金", "森林防火及林业有害生物防治经费",
         "渔业资源增殖放流", "耕地地力保护补贴工作经费"]
WHOLE = "森林防火及林业有害生物防治经费"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """Lines of the 一览表 as printed: the PDF, and the .docx through LibreOffice with its
    own fonts and with 宋体 as AR PL UMing."""
    from perfdocs.engine.summaries import write_summary
    from perfdocs.loading.settings import load_settings
    from perfdocs.render.pdf.fonts import find_cjk_font

    soffice = need("soffice")
    pdftotext = need("pdftotext")
    work = tmp_path_factory.mktemp("overview")
    # the unit's layout: the 一览表 of projects mixing layouts is printed with it
    (work / "perfdocs.toml").write_text('[render]\nlayout = "national-2020"\n', encoding="utf-8")
    (work / "templates" / "whole-scores").mkdir(parents=True)
    (work / "templates" / "whole-scores" / "layout.toml").write_text(WHOLE_SCORES,
                                                                    encoding="utf-8")
    text = SOURCE.read_text(encoding="utf-8")
    paths = []
    for index, name in enumerate(NAMES):
        project = text.replace("项目名称: 社区居家养老服务补助", f"项目名称: {name}")
        if name == WHOLE:
            project = project.replace("版式: national-2020", "版式: whole-scores") \
                .replace("得分: 7.5", "得分: 8")  # whole scores: a whole score typed
        path = work / f"p{index:02d}.yaml"
        path.write_text(project, encoding="utf-8")
        paths.append(path)
    out = work / "out"
    files = write_summary(paths, load_settings(work / "perfdocs.toml"), out,
                          font=find_cjk_font([]), formats=("pdf", "docx"))
    pdf = next(f for f in files if f.suffix == ".pdf")
    docx = next(f for f in files if f.suffix == ".docx")

    def lines(path: Path) -> list[str]:
        return subprocess.run([pdftotext, "-layout", str(path), "-"], check=True,
                              capture_output=True, text=True, timeout=60).stdout.splitlines()

    found = {"pdf": lines(pdf)}
    conf = work / "fonts.conf"
    conf.write_text(FONTS_CONF, encoding="utf-8")
    for fonts, env in (("own", dict(os.environ)),
                       ("uming", dict(os.environ, FONTCONFIG_FILE=str(conf)))):
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile-{fonts}",
                        "--headless", "--convert-to", "pdf", "--outdir", str(work / fonts),
                        str(docx)], check=True, capture_output=True, timeout=300, env=env)
        found[fonts] = lines(work / fonts / docx.with_suffix(".pdf").name)
    return found


def _whole(token: str, lines: list[str]) -> bool:
    """Whether ``token`` is printed whole, on one line, between spaces or line ends."""
    pattern = re.compile(rf"(?<!\S){re.escape(token)}(?!\S)")
    return any(pattern.search(line) for line in lines)


@pytest.mark.parametrize("copy", ["pdf", "own", "uming"])
def test_numbers_and_short_words_are_never_broken(printed: dict[str, list[str]],
                                                  copy: str) -> None:
    lines = printed[copy]
    wanted = [str(n) for n in range(1, len(NAMES) + 1)]  # 序号 10, 11, 12
    wanted += ["延续项目", "专项业务费", "94.30%", "300.00", "320.00", "301.77",
               "3,600.00", "3,840.00", "3,621.24"]  # 执行率 of each project, the sums
    broken = [token for token in wanted if not _whole(token, lines)]
    assert broken == [], "\n".join(lines)


def test_figures_stay_whole_where_the_page_is_tight(tmp_path: Path) -> None:
    """Amounts in 元 (86,000,000.00) leave too little room for every short text on one
    line: the texts wrap, every figure still prints whole (PDF and LibreOffice)."""
    from perfdocs.engine.summaries import prepare_all, write_summary
    from perfdocs.forms.summary.builder import build_summary_form, summarize
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import find_cjk_font

    soffice = need("soffice")
    pdftotext = need("pdftotext")
    files = sorted((ROOT / "data" / "2024").glob("*.yaml"))
    (summary,) = summarize(prepare_all(files, Settings()))
    figures = {c.text for c in build_summary_form(summary).blocks[0].cells
               if c.number is not None and c.text}
    assert "86,000,000.00" in figures
    written = write_summary(files, Settings(), tmp_path, font=find_cjk_font([]),
                            formats=("pdf", "docx"))
    docx = next(f for f in written if f.suffix == ".docx")
    subprocess.run([soffice, f"-env:UserInstallation=file://{tmp_path}/profile", "--headless",
                    "--convert-to", "pdf", "--outdir", str(tmp_path / "lo"), str(docx)],
                   check=True, capture_output=True, timeout=300)
    for pdf in (next(f for f in written if f.suffix == ".pdf"),
                tmp_path / "lo" / docx.with_suffix(".pdf").name):
        lines = subprocess.run([pdftotext, "-layout", str(pdf), "-"], check=True,
                               capture_output=True, text=True).stdout.splitlines()
        assert sorted(f for f in figures if not _whole(f, lines)) == [], "\n".join(lines)


def test_short_texts_take_the_whole_page_where_it_is_tight() -> None:
    """The tight 一览表 of data/2024 (amounts in 元) is laid out on the page all three
    formats share (the PDF's frame, the Word copy's since both have 15 mm margins): on
    Word's old 2 cm page 经常性专项业务费 had two characters a line (4 lines)."""
    from perfdocs.engine.summaries import prepare_all
    from perfdocs.forms.labels import WORD_PADDING
    from perfdocs.forms.page_geometry import FRAME_WIDTH
    from perfdocs.forms.summary.builder import BODY_SIZE, build_summary_form, summarize
    from perfdocs.loading.settings import Settings

    files = sorted((ROOT / "data" / "2024").glob("*.yaml"))
    (summary,) = summarize(prepare_all(files, Settings()))
    form = build_summary_form(summary)
    widths = form.column_widths
    assert abs(float(sum(widths)) - FRAME_WIDTH) < 0.1
    column = next(c.col for c in form.blocks[0].cells if c.text == "经常性专项业务费")
    per_line = int((widths[column] - WORD_PADDING) / BODY_SIZE)
    assert per_line >= 4, [str(w) for w in widths]


@pytest.mark.parametrize("copy", ["pdf", "own", "uming"])
def test_each_project_prints_its_layouts_scores(printed: dict[str, list[str]],
                                                copy: str) -> None:
    """The project on the whole-score layout shows its 总分 as its own form does; the
    others keep two places."""
    lines = printed[copy]
    row = next(line for line in lines if re.match(r"\s*10\s", line))
    others = next(line for line in lines if re.match(r"\s*11\s", line))
    scores = re.findall(r"(?<!\S)\d+(?:\.\d+)?(?!\S)", row)
    assert scores[-1].isdigit() and "." not in scores[-1], row
    assert re.search(r"(?<!\S)\d+\.\d\d(?!\S)\s+\S+\s*$", others), others
