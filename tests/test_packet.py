"""Packets: validated whole, reproducible byte for byte, bound PDF with contents and footers."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.layouts.layout import PACKAGE_TEMPLATES
from tests.conftest import DATA_2024, SMALL_PROJECT, invoke, listing

EXAMPLES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))


def build(out: Path, *args: str) -> Path:
    result = CliRunner().invoke(main, ["packet", *EXAMPLES, "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in listing(out) if p.is_dir()]
    return folder


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_packet_is_byte_identical_when_built_twice(tmp_path: Path) -> None:
    a = build(tmp_path / "a", "--format", "xlsx,docx,pdf", "--date", "2025-03-01")
    b = build(tmp_path / "b", "--format", "xlsx,docx,pdf", "--date", "2025-03-01")
    assert tree_digest(a) == tree_digest(b)
    zip_a = a.with_name(a.name + ".zip").read_bytes()
    zip_b = b.with_name(b.name + ".zip").read_bytes()
    assert zip_a == zip_b


def test_manifest_lists_every_file_with_its_hash(tmp_path: Path) -> None:
    folder = build(tmp_path, "--format", "xlsx,pdf", "--form", "自评表", "--date", "2025-03-01")
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    listed = {f["path"]: f for f in manifest["files"]}
    on_disk = {p.relative_to(folder).as_posix() for p in folder.rglob("*")
               if p.is_file() and p.name != "manifest.json"}
    assert set(listed) == on_disk
    for path, entry in listed.items():
        data = (folder / path).read_bytes()
        assert entry["size"] == len(data)
        assert entry["sha256"] == hashlib.sha256(data).hexdigest()
    totals = {p["项目名称"]: (p["总分"], p["评分等级"]) for p in manifest["projects"]}
    assert ("92.96", "优") in totals.values() and ("97.76", "优") in totals.values()
    assert manifest["layouts"] == ["shanghai-2024"]
    with zipfile.ZipFile(folder.with_name(folder.name + ".zip")) as archive:
        names = archive.namelist()
        assert names == sorted(names)
        assert f"{folder.name}/manifest.json" in names
        assert {i.date_time for i in archive.infolist()} == {(2025, 3, 1, 0, 0, 0)}
    assert manifest["date"] == "2025-03-01" and manifest["stage"] == "自评"


def test_bound_pdf_contents_and_footers(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    folder = build(tmp_path, "--format", "pdf", "--form", "自评表")
    bound = pypdf.PdfReader(folder / f"{folder.name}.pdf")
    pages = [page.extract_text() or "" for page in bound.pages]
    front = 2  # the cover and the 目录 are not numbered
    body = len(pages) - front
    assert "第" not in pages[0].split("项目数")[-1] and "页 共" not in pages[1]
    for number, text in enumerate(pages[front:], start=1):
        assert f"第 {number} 页 共 {body} 页" in text
    assert "上海市职业技能鉴定中心" in pages[0] and "项目数" in pages[0]
    contents = pages[1]
    assert "目" in contents
    # Each project's 自评表 and 自评报告 entries point at the pages where they start.
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    lines = [line.strip() for line in contents.splitlines() if line.strip()]
    for project in manifest["projects"]:
        at = lines.index(project["项目名称"])
        assert lines[at + 2] == "自评表" and lines[at + 4] == "自评报告", lines
        form_page, report_page = int(lines[at + 3]) + front, int(lines[at + 5]) + front
        assert "财政项目支出绩效自评表" in pages[form_page - 1].replace(" ", "")
        assert "项目支出绩效自评报告" in re.sub(r"\s+", "", pages[report_page - 1])
        assert int(lines[at + 1]) + front == form_page  # the project's own entry


def test_errors_in_three_files_are_all_listed_and_nothing_written(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for p in EXAMPLES:
        shutil.copy(p, inputs)
    bad = {
        "bad1.yaml": SMALL_PROJECT.replace("分值: 20", "分值: 25"),
        "bad2.yaml": SMALL_PROJECT.replace("实施单位: 某某中心\n", ""),
        "bad3.yaml": SMALL_PROJECT.replace('"120(人)"', '"90(人)"'),
    }
    for name, text in bad.items():
        (inputs / name).write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    files = sorted(str(p) for p in inputs.glob("*.yaml"))
    result = CliRunner().invoke(main, ["packet", *files, "--out", str(out)])
    assert result.exit_code == 1
    for name in bad:
        assert name in result.output
    assert "3 个文件" in result.output
    assert not out.exists() or not any(out.iterdir())


def test_one_packet_per_unit_or_single(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for unit in ("甲中心", "乙中心"):
        (inputs / f"{unit}.yaml").write_text(SMALL_PROJECT.replace("某某中心", unit),
                                             encoding="utf-8")
    files = sorted(str(p) for p in inputs.glob("*.yaml"))
    out = tmp_path / "per-unit"
    result = CliRunner().invoke(main, ["packet", *files, "--out", str(out), "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in listing(out) if p.is_dir()) == [
        "乙中心2024年度绩效自评材料", "甲中心2024年度绩效自评材料"]
    out = tmp_path / "single"
    result = CliRunner().invoke(main, ["packet", *files, "--out", str(out), "-f", "xlsx",
                                       "--single"])
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in listing(out) if p.is_dir()]
    assert len(list((folder / "表格").glob("*/*.xlsx"))) == 2


def test_a_single_packet_is_titled_with_the_unit_handing_it_in(tmp_path: Path) -> None:
    """tester6 #9: a county 教育局 handing in for itself and its schools titles the packet
    with its own name ([unit] name), not 「全部单位」; without one set, 全部单位 as before."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for unit in ("某县教育局", "某县教育局(本级)"):
        (inputs / f"{unit}.yaml").write_text(SMALL_PROJECT.replace("某某中心", unit),
                                             encoding="utf-8")
    files = sorted(str(p) for p in inputs.glob("*.yaml"))
    config = tmp_path / "perfdocs.toml"
    config.write_text('[unit]\nname = "某县教育局"\n', encoding="utf-8")
    out = tmp_path / "single"
    result = CliRunner().invoke(main, ["--config", str(config), "packet", *files, "--out",
                                       str(out), "-f", "xlsx", "--single"])
    assert result.exit_code == 0, result.output
    both = "某县教育局（含所属单位）2024年度绩效自评材料"
    assert sorted(p.name for p in listing(out)) == [both, f"{both}.zip"]
    manifest = (out / both / "manifest.json").read_text("utf-8")
    assert '"unit": "某县教育局（含所属单位）"' in manifest
    # tester7 N1: the unit's own packet (no --single: its projects only) into the same
    # folder keeps its own name and leaves the single packet in place
    result = CliRunner().invoke(main, ["--config", str(config), "packet", *files, "--out",
                                       str(out), "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in listing(out)) == sorted([
        both, f"{both}.zip", "某县教育局2024年度绩效自评材料",
        "某县教育局2024年度绩效自评材料.zip", "某县教育局(本级)2024年度绩效自评材料",
        "某县教育局(本级)2024年度绩效自评材料.zip"])
    assert len(list((out / both / "表格").rglob("*.xlsx"))) == 2
    # a --single packet of the unit's own projects only is that unit's packet: one name
    alone = tmp_path / "alone"
    result = CliRunner().invoke(main, ["--config", str(config), "packet",
                                       str(inputs / "某县教育局.yaml"), "--out", str(alone),
                                       "-f", "xlsx", "--single"])
    assert result.exit_code == 0, result.output
    assert "某县教育局2024年度绩效自评材料" in [p.name for p in listing(alone)]
    result = CliRunner().invoke(main, ["packet", *files, "--out", str(tmp_path / "bare"),
                                       "-f", "xlsx", "--single"])
    assert result.exit_code == 0, result.output
    assert "全部单位2024年度绩效自评材料" in [p.name for p in listing(tmp_path / "bare")]


def test_parallel_jobs_give_the_same_packet(tmp_path: Path) -> None:
    a = build(tmp_path / "a", "--format", "xlsx,pdf", "--form", "自评表")
    b = build(tmp_path / "b", "--format", "xlsx,pdf", "--form", "自评表", "--jobs", "2")
    assert tree_digest(a) == tree_digest(b)


def test_two_files_naming_the_same_form_are_refused(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("a.yaml", "b.yaml"):
        (inputs / name).write_text(SMALL_PROJECT, encoding="utf-8")
    files = sorted(str(p) for p in inputs.glob("*.yaml"))
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["packet", *files, "--out", str(out), "-f", "xlsx"])
    assert result.exit_code == 1
    assert "b.yaml" in result.output and "a.yaml" in result.output
    assert not out.exists()  # nothing created, not even the --out folder


def test_large_units_are_bound_in_volumes(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[packet]\nvolume_size = 2\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "packet", *EXAMPLES, "--out",
                                       str(out), "-f", "pdf", "--form", "自评表"])
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in listing(out) if p.is_dir()]
    volumes = sorted(folder.glob(f"{folder.name}（第*册）.pdf"))
    assert [v.name[len(folder.name):] for v in volumes] == ["（第1册）.pdf", "（第2册）.pdf"]
    first = pypdf.PdfReader(volumes[0]).pages[0].extract_text()
    assert "第 1 册，共 2 册（2 个项目）" in first
    second = pypdf.PdfReader(volumes[1])
    assert "第 1 页 共" in second.pages[2].extract_text()  # after its cover and 目录
    # tester6 #10t: volume 2 holds no 一览表, and its cover says where it is
    cover = "".join(second.pages[0].extract_text().split())
    assert "项目绩效一览表见第1册" in cover, cover
    assert "项目绩效一览表、" in "".join(first.split())


# --- a relative --out, several units in one packet, one footer a page, failed runs ---

FOOTER = re.compile(r"第\s*\d+\s*页\s*共\s*\d+\s*页")
OTHER_UNIT = "上海市职业培训指导中心"


def packet_folder(out: Path) -> Path:
    (folder,) = [p for p in listing(out) if p.is_dir()]
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
    assert not [p for p in listing(tmp_path / "relpk") if p.name.startswith(".")]


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
    titles = [f"{unit}2024年度项目绩效一览表" for unit in ("上海市职业技能鉴定中心", OTHER_UNIT)]
    for title in titles:
        assert (folder / f"{title}.pdf").is_file()
    contents = pdftotext(bound, 2)
    entries = re.findall(r"^\s*(\S.*?)\s+(\d+)\s*$", contents, flags=re.M)
    assert entries, contents
    names = [name for name, _page in entries if name not in ("自评表", "自评报告")]
    assert len(names) == len(set(names)), names  # every project entry can be told apart
    for title in titles:
        (page,) = [int(p) for name, p in entries if name == title]
        assert title in pdftotext(bound, page + 2).replace(" ", "")  # + cover and 目录
    # The project both units have is listed under each unit's name.
    same = [name for name in names if name.startswith("职业培训基础能力建设资助")]
    assert sorted(same) == sorted(f"职业培训基础能力建设资助（{u}）"
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
    assert "上海市职业技能鉴定中心2024年度项目绩效一览表" in contents


# -- 3. one footer a page ----------------------------------------------------------------------


def test_every_bound_page_has_exactly_one_footer(tmp_path: Path) -> None:
    out = tmp_path / "out"
    code, output = invoke("packet", *EXAMPLES, "--out", str(out), "-f", "xlsx,pdf")
    assert code == 0, output
    folder = packet_folder(out)
    bound = folder / f"{folder.name}.pdf"
    total = page_count(bound) - 2  # the cover and the 目录 are not numbered
    for physical in (1, 2):
        assert not FOOTER.findall(pdftotext(bound, physical))
    for number in range(1, total + 1):
        footers = FOOTER.findall(pdftotext(bound, number + 2))
        assert [re.sub(r"\s+", " ", f) for f in footers] == [
            f"第 {number} 页 共 {total} 页"], (number, footers)
    # The standalone PDFs keep their own footer.
    form = next((folder / "表格").glob("*-自评表.pdf"))
    assert FOOTER.findall(pdftotext(form, 1)) == ["第 1 页 共 2 页"]
    summary = next(folder.glob("*一览表.pdf"))
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
        assert text.count(f"{unit}2024年度项目绩效一览表金额单位") == 1, unit
