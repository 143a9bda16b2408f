"""The rendered 2024 自评表 against seed 000, figure by figure, from the PDF's own text.

Every figure with two decimals printed on the seed's form of a project (amounts, 执行率,
分值, 得分, 总分) must appear in our PDF exactly as often as on the seed. The seed text lives
beside the repository (../shared/seeds); without it only the calculator tests run.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import forms_of, prepare, render_format
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font
from tests.conftest import DATA_2024, ROOT, need

SEED = ROOT.parent / "shared" / "seeds" / "000_6193b3324f07b683.txt"
FIGURE = re.compile(r"(?<![\d,.])\d[\d,]*\.\d\d(?!\d)")
FILES = {
    "职业培训基础能力建设资助": "职业培训基础能力建设资助.yaml",
    "第48届世赛筹办场地经理跟岗学习经费": "第48届世赛筹办场地经理跟岗学习经费.yaml",
    "技能评价业务工作经费": "技能评价业务经费.yaml",
}


def seed_sections() -> dict[str, str]:
    if not SEED.exists():
        pytest.skip("seed texts are not beside the repository")
    text = SEED.read_text(encoding="utf-8")
    sections = {}
    for part in text.split("财政项目支出绩效自评表")[1:]:
        match = re.search(r"项目名称 (.+)", part)
        assert match is not None
        sections[re.sub(r"\s", "", match.group(1))] = part
    return sections


def pdf_text(yaml_name: str, tmp_path: Path) -> str:
    need("pdftotext")
    settings = Settings()
    prepared = prepare(DATA_2024 / yaml_name, settings)
    font = find_cjk_font(())
    if font.fallback:
        pytest.skip("no TrueType CJK font: pdftotext cannot read the built-in CID font here")
    data = render_format("pdf", forms_of(prepared, ("自评表",))[0], settings, font, yaml_name)
    path = tmp_path / "form.pdf"
    path.write_bytes(data)
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True,
                          text=True, check=True).stdout


@pytest.mark.parametrize("name", sorted(FILES))
def test_every_printed_figure_matches_the_seed(name: str, tmp_path: Path) -> None:
    seed = seed_sections()[name]
    ours = pdf_text(FILES[name], tmp_path)
    expected = Counter(FIGURE.findall(seed))
    assert sum(expected.values()) > 80
    assert Counter(FIGURE.findall(ours)) == expected


@pytest.mark.parametrize("name", sorted(FILES))
def test_indicator_rows_read_as_on_the_seed(name: str, tmp_path: Path) -> None:
    """Each indicator's name, 指标值, 实际完成值, 分值 and 得分 appear in the seed's order."""
    seed = re.sub(r"\s", "", seed_sections()[name]).replace("(", "(").replace(")", ")")
    ours = re.sub(r"\s", "", pdf_text(FILES[name], tmp_path))
    prepared = prepare(DATA_2024 / FILES[name], Settings())
    position = 0
    for r in prepared.result.indicators:
        ind = r.indicator
        for piece in (ind.target, ind.actual or "", f"{ind.weight:.2f}", f"{r.score:.2f}"):
            piece = re.sub(r"\s", "", piece)
            assert piece in ours
        found = seed.find(re.sub(r"\s", "", ind.target).replace("（", "(").replace("）", ")"),
                          position)
        assert found >= 0, (ind.name, ind.target)
        position = found
    assert "总分100.00" in ours and f"{prepared.result.total}" in ours
