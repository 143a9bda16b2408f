"""Packets: a relative --out, several units in one packet, one footer a page, failed runs.

Found by acceptance testing: a relative ``--out`` (and the default ``output``) crashed; a
``--single`` packet of two units bound only one unit's 汇总表 and listed like-named projects
of two units alike; every bound page carried two overlapping footers (the form's own and
the packet's); and a refused layout or Word template left an empty ``--out`` behind.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from perfdocs.layouts.layout import PACKAGE_TEMPLATES
from tests.conftest import DATA_2024, SMALL_PROJECT, invoke

EXAMPLES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))
FOOTER = re.compile(r"第\s*\d+\s*页\s*共\s*\d+\s*页")
OTHER_UNIT = "上海市职业培训指导中心"


def packet_folder(out: Path) -> Path:
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    return folder


def pdftotext(pdf: Path, page: int) -> str:
    if shutil.which("pdftotext") is None:
        pytest.skip("pdftotext (poppler-utils) is not installed")
    done = subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf),
                           "-"], capture_output=True, check=True)
    return done.stdout.decode("utf-8")


def page_count(pdf: Path) -> int:
    pypdf = pytest.importorskip("pypdf")
    return len(pypdf.PdfReader(pdf).pages)


# -- 1. a relative --out ---------------------------------------------------------------------


def test_relative_out_builds_the_packet(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("packet", *EXAMPLES, "--out", "relpk", "-f", "xlsx,pdf")
    assert code == 0, output
    folder = packet_folder(tmp_path / "relpk")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"] for f in manifest["files"]}
    assert f"{folder.name}.pdf" in listed
    assert any(p.startswith("表格/") and p.endswith(".xlsx") for p in listed)
    assert folder.with_name(folder.name + ".zip").is_file()
    assert not [p for p in (tmp_path / "relpk").iterdir() if p.name.startswith(".")]


def test_default_out_without_settings_file(tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    code, output = invoke("packet", *EXAMPLES, "-f", "xlsx", "--form", "自评表")
    assert code == 0, output
    assert (packet_folder(tmp_path / "output") / "manifest.json").is_file()


def test_relative_out_packet_equals_absolute_one(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    args = ("packet", *EXAMPLES, "-f", "xlsx,pdf", "--form", "自评表")
    assert invoke(*args, "--out", "rel")[0] == 0
    assert invoke(*args, "--out", str(tmp_path / "abs"))[0] == 0
    rel, absolute = packet_folder(tmp_path / "rel"), packet_folder(tmp_path / "abs")
    assert (rel.with_name(rel.name + ".zip").read_bytes()
            == absolute.with_name(absolute.name + ".zip").read_bytes())


# -- 2. several units in one packet ----------------------------------------------------------


def two_units(tmp_path: Path) -> list[str]:
    """The three 2024 examples plus a copy of one whose 实施单位 is another unit."""
    inputs = tmp_path / "two"
    inputs.mkdir()
    for p in EXAMPLES:
        shutil.copy(p, inputs)
    source = DATA_2024 / "职业培训基础能力建设资助.yaml"
    text = source.read_text(encoding="utf-8")
    assert text.count("实施单位: 上海市职业技能鉴定中心") == 1
    (inputs / "copy.yaml").write_text(
        text.replace("实施单位: 上海市职业技能鉴定中心", f"实施单位: {OTHER_UNIT}"),
        encoding="utf-8")
    return sorted(str(p) for p in inputs.glob("*.yaml"))


def test_single_packet_binds_every_units_summary(tmp_path: Path) -> None:
    out = tmp_path / "X"
    code, output = invoke("packet", *two_units(tmp_path), "--single", "--out", str(out),
                          "-f", "pdf")
    assert code == 0, output
    folder = packet_folder(out)
    bound = folder / f"{folder.name}.pdf"
    titles = [f"{unit}2024年度项目绩效目标汇总表" for unit in ("上海市职业技能鉴定中心", OTHER_UNIT)]
    for title in titles:
        assert (folder / f"{title}.pdf").is_file()
    contents = pdftotext(bound, 2)
    entries = re.findall(r"^\s*(\S.*?)\s+(\d+)\s*$", contents, flags=re.M)
    assert entries, contents
    names = [name for name, _page in entries]
    assert len(names) == len(set(names)), names  # every entry can be told apart
    for title in titles:
        (page,) = [int(p) for name, p in entries if name == title]
        assert title in pdftotext(bound, page).replace(" ", "")
    # The project both units have is listed under each unit's name.
    same = [name for name in names if name.startswith("职业培训基础能力建设资助 自评表")]
    assert sorted(same) == sorted(f"职业培训基础能力建设资助 自评表（{u}）"
                                  for u in ("上海市职业技能鉴定中心", OTHER_UNIT))
    cover = pdftotext(bound, 1)
    assert OTHER_UNIT in cover.replace(" ", "").replace("\n", "")


def test_packet_of_one_unit_keeps_plain_contents(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("packet", *EXAMPLES, "--out", str(out), "-f", "pdf", "--single")
    assert code == 0, output
    folder = packet_folder(out)
    contents = pdftotext(folder / f"{folder.name}.pdf", 2)
    assert "（上海市职业技能鉴定中心）" not in contents
    assert "上海市职业技能鉴定中心2024年度项目绩效目标汇总表" in contents


# -- 3. one footer a page ----------------------------------------------------------------------


def test_every_bound_page_has_exactly_one_footer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("packet", *EXAMPLES, "--out", str(out), "-f", "xlsx,pdf")
    assert code == 0, output
    folder = packet_folder(out)
    bound = folder / f"{folder.name}.pdf"
    total = page_count(bound)
    for number in range(1, total + 1):
        footers = FOOTER.findall(pdftotext(bound, number))
        assert [re.sub(r"\s+", " ", f) for f in footers] == [
            f"第 {number} 页 共 {total} 页"], (number, footers)
    # The standalone PDFs keep their own footer.
    form = next((folder / "表格").glob("*-自评表.pdf"))
    assert FOOTER.findall(pdftotext(form, 1)) == ["第 1 页 共 2 页"]
    summary = next(folder.glob("*汇总表.pdf"))
    assert len(FOOTER.findall(pdftotext(summary, 1))) == 1
    assert not (folder / ".bind").exists()


def test_packet_without_pdf_format_has_no_pdf_forms(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("packet", *EXAMPLES, "--out", str(out), "-f", "xlsx")
    assert code == 0, output
    folder = packet_folder(out)
    assert not list((folder / "表格").glob("*.pdf"))
    assert (folder / f"{folder.name}.pdf").is_file()
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    for project in manifest["projects"]:
        assert all(f.endswith(".xlsx") for f in project["forms"])
    files = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file()}
    assert files == {f["path"] for f in manifest["files"]} | {"manifest.json"}


# -- 4. a refused layout or Word template creates nothing ------------------------------------


def _hostile_layout(root: Path) -> Path:
    folder = root / "layouts" / "恶意版式"
    shutil.copytree(PACKAGE_TEMPLATES / "shanghai-2024", folder)
    (root / "perfdocs.toml").write_text('[layouts]\npaths = ["layouts"]\n', encoding="utf-8")
    (root / "p.yaml").write_text(
        SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 万元\n版式: 恶意版式"), encoding="utf-8")
    return folder


def test_refused_word_template_creates_nothing(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    docx = pytest.importorskip("docx")
    monkeypatch.chdir(tmp_path)
    template = _hostile_layout(tmp_path) / "自评表.docx"
    document = docx.Document(str(template))
    document.add_paragraph("{{ lipsum.__globals__['os'].popen('id').read() }}")
    document.save(str(template))
    code, output = invoke("packet", "p.yaml", "--out", "deep/pk", "-f", "docx")
    assert code == 1, output
    assert "自评表.docx" in output and "Traceback" not in output
    assert not (tmp_path / "deep").exists()
    code, output = invoke("packet", "p.yaml", "-f", "docx")
    assert code == 1, output
    assert not (tmp_path / "output").exists()


def test_refused_layout_creates_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    toml = _hostile_layout(tmp_path) / "layout.toml"
    text = toml.read_text(encoding="utf-8")
    assert text.count('title = "财政项目支出绩效自评表"') == 1
    toml.write_text(text.replace('title = "财政项目支出绩效自评表"',
                                 'title = "{{ cycler.__init__.__globals__.os }}"'),
                    encoding="utf-8")
    code, output = invoke("packet", "p.yaml", "--out", "pk")
    assert code == 1, output
    assert "不允许的属性" in output
    assert not (tmp_path / "pk").exists()


def test_failed_run_keeps_an_out_folder_that_existed(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    _hostile_layout(tmp_path)
    toml = tmp_path / "layouts" / "恶意版式" / "layout.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        'title = "财政项目支出绩效自评表"', 'title = "{{ cycler.__init__.__globals__.os }}"'),
        encoding="utf-8")
    (tmp_path / "pk").mkdir()
    (tmp_path / "pk" / "keep.txt").write_text("x", encoding="utf-8")
    code, _output = invoke("packet", "p.yaml", "--out", "pk")
    assert code == 1
    assert [p.name for p in (tmp_path / "pk").iterdir()] == ["keep.txt"]


def test_volumes_of_a_several_unit_packet_bind_each_summary_once(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[packet]\nvolume_size = 2\n", encoding="utf-8")
    out = tmp_path / "out"
    code, output = invoke("--config", str(config), "packet", *two_units(tmp_path), "--single",
                          "--out", str(out), "-f", "pdf", "--form", "自评表")
    assert code == 0, output
    folder = packet_folder(out)
    volumes = sorted(folder.glob(f"{folder.name}（第*册）.pdf"))
    assert len(volumes) == 2
    text = "".join((page.extract_text() or "").replace(" ", "").replace("\n", "")
                   for volume in volumes for page in pypdf.PdfReader(volume).pages)
    for unit in ("上海市职业技能鉴定中心", OTHER_UNIT):
        assert text.count(f"{unit}2024年度项目绩效目标汇总表金额单位") == 1, unit
