"""One packet per stage (申报 / 自评), real dates, and a bound PDF a reviewer can navigate."""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from datetime import date
from pathlib import Path

import pytest

from perfdocs.loading.settings import Settings
from perfdocs.packet.packet import build_packet
from tests.conftest import DATA_2024, invoke

UNIT = "上海市职业技能鉴定中心"
ORDER = ["职业培训基础能力建设资助", "技能评价业务经费", "第48届世赛筹办场地经理跟岗学习经费"]
FILES = [str(DATA_2024 / f"{name}.yaml") for name in ORDER]
DECLARATION = f"{UNIT}2024年度绩效目标申报材料"
EVALUATION = f"{UNIT}2024年度绩效自评材料"


def packet(tmp_path: Path, *args: str, files: list[str] = FILES) -> tuple[Path, str]:
    out = tmp_path / "out"
    code, output = invoke("packet", *files, "--out", str(out), *args)
    assert code == 0, output
    return out, output


def outline(reader: object) -> list[tuple[int, str, int]]:
    """(depth, title, page index) of every bookmark, in order."""
    found: list[tuple[int, str, int]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title, reader.get_destination_page_number(item)))

    walk(reader.outline, 0)
    return found


def fonts_of(reader: object) -> set[tuple[str, bool]]:
    """(BaseFont, embedded as /FontFile2) of every font any page uses."""
    found = set()
    for page in reader.pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            embedded = descriptor is not None and "/FontFile2" in descriptor.get_object()
            found.add((str(font["/BaseFont"]), embedded))
    return found


@pytest.fixture(scope="module")
def declaration(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return packet(tmp_path_factory.mktemp("decl"), "--stage", "申报", "--date", "2024-09-01")


@pytest.fixture(scope="module")
def evaluation(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    return packet(tmp_path_factory.mktemp("eval"), "--stage", "自评", "--date", "2025-03-01")


def test_declaration_packet_holds_the_summary_only(declaration: tuple[Path, str]) -> None:
    out, output = declaration
    folder = out / DECLARATION
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    title = f"{UNIT}2024年度项目绩效目标汇总表"
    for suffix in ("pdf", "docx", "xlsx"):
        assert f"{title}.{suffix}" in files
    assert not [f for f in files if "自评" in f or "一览表" in f]
    assert sorted(f for f in files if f.startswith("表格/")) == sorted(
        f"表格/{name}-申报表.{s}" for name in ORDER[:2] for s in ("docx", "pdf", "xlsx"))
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["stage"] == "申报" and manifest["date"] == "2024-09-01"
    assert [p["项目名称"] for p in manifest["projects"]] == ORDER[:2]
    # no 自评 figures in what goes with the budget request (these files have a 自评 part)
    assert not [p for p in manifest["projects"] if "总分" in p or "评分等级" in p]
    # The project without a 申报 part is named on the terminal, not silently dropped.
    assert f"{FILES[2]}：没有「申报」部分" in output
    assert "已生成绩效目标申报阶段材料" in output and "按文件内容选定" not in output


def test_declaration_bound_pdf(declaration: tuple[Path, str]) -> None:
    pypdf = pytest.importorskip("pypdf")
    out, _output = declaration
    reader = pypdf.PdfReader(out / DECLARATION / f"{DECLARATION}.pdf")
    marks = outline(reader)
    title = f"{UNIT}2024年度项目绩效目标汇总表"
    assert [(d, t) for d, t, _p in marks] == [
        (0, "目录"), (0, title), (1, f"{ORDER[0]} 申报表"), (1, f"{ORDER[1]} 申报表")]
    pages = [re.sub(r"\s+", "", p.extract_text() or "") for p in reader.pages]
    assert marks[0][2] == 1 and "目录" in pages[1]
    _depth, _title, summary_page = marks[1]
    assert pages[summary_page].startswith(title + "财政项目支出绩效目标申报表")
    second = marks[3][2]
    assert ORDER[1] in pages[second] and title not in pages[second]  # the title once
    assert "2024年9月1日" in pages[0] and "绩效目标申报" in pages[0]  # as documents write it


def test_evaluation_packet_holds_overview_forms_and_reports(
        evaluation: tuple[Path, str]) -> None:
    out, output = evaluation
    folder = out / EVALUATION
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert f"{UNIT}2024年度项目绩效一览表.xlsx" in files
    assert not [f for f in files if "申报表" in f or "汇总表" in f]
    forms = [f for f in files if f.startswith("表格/")]
    assert len([f for f in forms if "-自评表." in f]) == 9  # 3 projects × xlsx, docx, pdf
    assert len([f for f in forms if "-自评报告." in f]) == 6  # 3 projects × docx, pdf
    assert "注意" not in output  # every file has a 自评 part


def test_evaluation_bound_pdf_bookmarks_links_fonts(evaluation: tuple[Path, str]) -> None:
    pypdf = pytest.importorskip("pypdf")
    out, _output = evaluation
    reader = pypdf.PdfReader(out / EVALUATION / f"{EVALUATION}.pdf")
    marks = outline(reader)
    assert marks[0][:2] == (0, "目录")
    assert marks[1][:2] == (0, f"{UNIT}2024年度项目绩效一览表")
    projects = [t for d, t, _p in marks if d == 0][2:]
    # the 自评 packet names each project as its 自评表 prints it: 技能评价业务经费's
    # 自评.项目名称 (the 申报 packet above keeps the 申报 name)
    assert projects == ["职业培训基础能力建设资助", "技能评价业务工作经费", ORDER[2]]
    children = [t for d, t, _p in marks if d == 1]
    assert children == ["自评表", "自评报告"] * 3
    pages = [re.sub(r"\s+", "", p.extract_text() or "") for p in reader.pages]
    for _depth, title, page in marks:
        if title == "自评表":
            assert "财政项目支出绩效自评表" in pages[page]
        elif title == "自评报告":
            assert "项目支出绩效自评报告" in pages[page]
    # The cover and the 目录 are not numbered; the 目录's numbers are the printed ones.
    assert reader.page_labels[:3] == ["封面", "目录", "1"]
    assert "页共" not in pages[0] and "页共" not in pages[1]
    assert f"第1页共{len(pages) - 2}页" in pages[2]
    # Every 目录 entry is a link to the page its entry names.
    links = [a.get_object() for a in reader.pages[1].get("/Annots", [])]
    links = [a for a in links if a["/Subtype"] == "/Link"]
    assert len(links) == len(marks) - 1  # every bookmark but the 目录's own
    targets = [reader.get_page_number(a["/Dest"][0].get_object()) for a in links]
    assert targets == [page for _d, _t, page in marks[1:]]
    # Every font is embedded; no reference to a base-14 font such as Helvetica.
    fonts = fonts_of(reader)
    assert fonts and all(embedded for _name, embedded in fonts), fonts
    assert not [name for name, _e in fonts if "Helvetica" in name]


def test_stage_chosen_from_the_files(tmp_path: Path) -> None:
    _out, output = packet(tmp_path / "a", "--date", "2025-03-01", "-f", "xlsx")
    assert "已生成绩效自评阶段材料（按文件内容选定" in output
    only_declared = tmp_path / "declared.yaml"
    text = Path(FILES[1]).read_text(encoding="utf-8")
    only_declared.write_text(text[:text.index("\n自评:")] + "\n", encoding="utf-8")
    out, output = packet(tmp_path / "b", "--date", "2025-03-01", "-f", "xlsx",
                         files=[str(only_declared)])
    assert "已生成绩效目标申报阶段材料（按文件内容选定" in output
    assert (out / DECLARATION).is_dir()
    code, output = invoke("packet", str(only_declared), "--stage", "自评", "--out",
                          str(tmp_path / "c"))
    assert code == 1 and "都没有「自评」部分" in output
    assert not (tmp_path / "c").exists()


def test_unknown_stage_is_a_usage_error(tmp_path: Path) -> None:
    code, output = invoke("packet", *FILES, "--stage", "决算", "--out", str(tmp_path))
    assert code == 2 and "决算" in output


def test_library_function_reports_stage_and_notes(tmp_path: Path) -> None:
    run = build_packet(FILES, Settings(), out=tmp_path, stage="申报", formats=("xlsx",),
                       day=date(2024, 9, 1))
    assert run.stage == "申报" and not run.chosen
    assert [f.name for f in run.folders] == [DECLARATION]
    assert len(run.notes) == 1 and FILES[2] in run.notes[0]


# -- dates -------------------------------------------------------------------------------


def _zip_entries(zip_path: Path) -> set[tuple[int, ...]]:
    with zipfile.ZipFile(zip_path) as archive:
        return {info.date_time for info in archive.infolist()}


def test_date_is_what_the_documents_say(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out, _output = packet(tmp_path, "--date", "2025-01-15", "-f", "docx,pdf")
    folder = out / EVALUATION
    cover = pypdf.PdfReader(folder / f"{EVALUATION}.pdf").pages[0].extract_text()
    assert "2025年1月15日" in cover and "2000" not in cover
    from docx import Document

    report = next((folder / "表格").glob("*-自评报告.docx"))
    paragraphs = [p.text for p in Document(str(report)).paragraphs]
    assert "2025年1月15日" in paragraphs and not [p for p in paragraphs if "2000" in p]
    assert _zip_entries(folder.with_name(folder.name + ".zip")) == {(2025, 1, 15, 0, 0, 0)}
    with zipfile.ZipFile(report) as docx:
        core = docx.read("docProps/core.xml").decode()
    assert "2025-01-15T00:00:00Z" in core and "2000" not in core
    meta = pypdf.PdfReader(folder / f"{EVALUATION}.pdf").metadata
    assert meta["/CreationDate"].startswith("D:20250115")


def test_today_without_date(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    out, _output = packet(tmp_path, "-f", "pdf")
    today = date.today()
    cover = pypdf.PdfReader(out / EVALUATION / f"{EVALUATION}.pdf").pages[0].extract_text()
    assert f"{today.year}年{today.month}月{today.day}日" in cover


def test_settings_date_is_an_override_and_date_option_wins(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\ndocument_date = 2024-12-31\n", encoding="utf-8")
    for args, expected in (((), "2024年12月31日"), (("--date", "2025-02-03"), "2025年2月3日")):
        out = tmp_path / f"out{len(args)}"
        code, output = invoke("--config", str(config), "packet", *FILES, "--out", str(out),
                              "-f", "pdf", *args)
        assert code == 0, output
        cover = pypdf.PdfReader(out / EVALUATION / f"{EVALUATION}.pdf").pages[0]
        assert expected in cover.extract_text()


def test_source_date_epoch_sets_embedded_timestamps(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    pypdf = pytest.importorskip("pypdf")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14 22:13:20 UTC
    out, _output = packet(tmp_path, "--date", "2025-01-15", "-f", "xlsx,pdf")
    folder = out / EVALUATION
    assert _zip_entries(folder.with_name(folder.name + ".zip")) == {(2023, 11, 14, 22, 13, 20)}
    xlsx = next((folder / "表格").glob("*-自评表.xlsx"))
    with zipfile.ZipFile(xlsx) as book:
        assert "2023-11-14T22:13:20Z" in book.read("docProps/core.xml").decode()
    pdf = next((folder / "表格").glob("*-自评表.pdf"))
    assert pypdf.PdfReader(pdf).metadata["/CreationDate"].startswith("D:20231114221320")
    cover = pypdf.PdfReader(folder / f"{EVALUATION}.pdf").pages[0].extract_text()
    assert "2025年1月15日" in cover  # what a person reads is still --date


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_inputs_and_date_same_bytes_for_both_stages(tmp_path: Path) -> None:
    for stage, name in (("申报", DECLARATION), ("自评", EVALUATION)):
        a, _ = packet(tmp_path / f"a{stage}", "--stage", stage, "--date", "2025-01-15")
        b, _ = packet(tmp_path / f"b{stage}", "--stage", stage, "--date", "2025-01-15")
        assert _digests(a / name) == _digests(b / name)
        assert (a / f"{name}.zip").read_bytes() == (b / f"{name}.zip").read_bytes()
    c, _ = packet(tmp_path / "c", "--stage", "自评", "--date", "2025-01-16")
    assert (c / f"{EVALUATION}.zip").read_bytes() != (a / f"{EVALUATION}.zip").read_bytes()


def test_no_2000_in_the_settings_file() -> None:
    text = (Path(__file__).parents[1] / "perfdocs.toml").read_text(encoding="utf-8")
    assert "2000" not in text
    assert Settings().document_date is None


def test_reproducible_docx_from_io() -> None:
    """The report's Word file: the same bytes for the same project and date."""
    from perfdocs.engine.pipeline import prepare
    from perfdocs.engine.reports import render_report

    settings = Settings().dated(date(2025, 1, 15))
    prepared = prepare(FILES[1], settings)
    first = dict(render_report(prepared, settings, None, ("docx",)))["docx"]
    assert first == dict(render_report(prepared, settings, None, ("docx",)))["docx"]
    assert zipfile.ZipFile(io.BytesIO(first)).testzip() is None


def test_a_cached_packet_follows_source_date_epoch(tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """The packet's projects come from the render cache: under another SOURCE_DATE_EPOCH
    they are rendered again, not served with the first value's dates."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    out, _output = packet(tmp_path, "--date", "2025-01-15", "-f", "xlsx")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1800000000")  # 2027-01-15 08:00:00 UTC
    out, _output = packet(tmp_path, "--date", "2025-01-15", "-f", "xlsx")
    folder = out / EVALUATION
    assert _zip_entries(folder.with_name(folder.name + ".zip")) == {(2027, 1, 15, 8, 0, 0)}
    for xlsx in (folder / "表格").glob("*.xlsx"):
        with zipfile.ZipFile(xlsx) as book:
            assert "2027-01-15T08:00:00Z" in book.read("docProps/core.xml").decode(), xlsx
