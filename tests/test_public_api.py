"""The library API as a finance system embedding perfdocs uses it: ``import perfdocs`` and
nothing else (no private module), from a project file to the bytes of each format."""

from __future__ import annotations

import io
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest

import perfdocs
from tests.conftest import DATA_2024, SMALL_PROJECT

EXAMPLE = DATA_2024 / "技能评价业务经费.yaml"


def test_prepare_gives_the_seed_figures() -> None:
    prepared = perfdocs.prepare(EXAMPLE)
    assert isinstance(prepared, perfdocs.Prepared)
    assert prepared.result.total == Decimal("92.85")
    assert prepared.result.grade == "优"
    project = perfdocs.load(EXAMPLE)
    assert project.name == "技能评价业务经费" and project.year == 2024


def test_render_form_in_every_format() -> None:
    prepared = perfdocs.prepare(EXAMPLE)
    assert set(perfdocs.formats()) >= {"xlsx", "docx", "pdf", "html"}
    xlsx = perfdocs.render_form(prepared, form="自评表", format="xlsx")
    docx = perfdocs.render_form(EXAMPLE, form="申报表", format="docx")
    pdf = perfdocs.render_form(prepared, form="自评表", format="pdf")
    html = perfdocs.render_form(prepared, form="自评表", format="html").decode("utf-8")
    assert zipfile.ZipFile(io.BytesIO(xlsx)).read("xl/workbook.xml")
    assert "word/document.xml" in zipfile.ZipFile(io.BytesIO(docx)).namelist()
    assert pdf.startswith(b"%PDF")
    assert "92.85" in html and "财政项目支出绩效自评表" in html
    assert perfdocs.render_form(prepared, form="自评表", format="xlsx") == xlsx  # same bytes


def test_errors_are_the_public_hierarchy(tmp_path: Path) -> None:
    broken = tmp_path / "p.yaml"
    broken.write_text(SMALL_PROJECT.replace("年度: 2024", "年度: 二〇二四"), encoding="utf-8")
    findings = perfdocs.validate(broken)
    assert findings and all(isinstance(d, perfdocs.Diagnostic) for d in findings)
    assert any(d.severity is perfdocs.Severity.ERROR and d.line for d in findings)
    with pytest.raises(perfdocs.ValidationFailed) as info:
        perfdocs.prepare(broken)
    assert isinstance(info.value, perfdocs.PerfdocsError)
    with pytest.raises(perfdocs.RenderError):
        perfdocs.render_form(EXAMPLE, format="odt")
    with pytest.raises(perfdocs.RenderError):
        perfdocs.render_form(EXAMPLE, form="绩效目标表")  # the 2024 layout has none


def test_settings_and_packets(tmp_path: Path) -> None:
    toml = tmp_path / "perfdocs.toml"
    toml.write_text('[render]\nformats = ["pdf"]\n', encoding="utf-8")
    settings = perfdocs.load_settings(toml)
    assert isinstance(settings, perfdocs.Settings) and settings.formats == ("pdf",)
    folders = perfdocs.build_packet([EXAMPLE], tmp_path / "送审", settings=settings)
    assert len(folders) == 1 and folders[0].is_dir()
    assert (folders[0].parent / f"{folders[0].name}.zip").is_file()
    assert any(p.suffix == ".pdf" for p in folders[0].rglob("*"))


def test_the_api_is_small_and_declared() -> None:
    public = {name for name in dir(perfdocs) if not name.startswith("_")}
    assert {n for n in perfdocs.__all__ if not n.startswith("_")} - {"Prepared", "Settings"} <= public
    for name in ("load", "validate", "prepare", "render_form", "build_packet", "formats",
                 "load_settings", "PerfdocsError"):
        assert name in perfdocs.__all__
