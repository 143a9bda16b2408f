"""Packets: validated whole, reproducible byte for byte, bound PDF with contents and footers."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from tests.conftest import DATA_2024, SMALL_PROJECT

EXAMPLES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))


def build(out: Path, *args: str) -> Path:
    result = CliRunner().invoke(main, ["packet", *EXAMPLES, "--out", str(out), *args])
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    return folder


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_packet_is_byte_identical_when_built_twice(tmp_path: Path) -> None:
    a = build(tmp_path / "a", "--format", "xlsx,pdf")
    b = build(tmp_path / "b", "--format", "xlsx,pdf")
    assert tree_digest(a) == tree_digest(b)
    zip_a = a.with_name(a.name + ".zip").read_bytes()
    zip_b = b.with_name(b.name + ".zip").read_bytes()
    assert zip_a == zip_b


def test_manifest_lists_every_file_with_its_hash(tmp_path: Path) -> None:
    folder = build(tmp_path, "--format", "xlsx,pdf", "--form", "自评表")
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
        assert {i.date_time for i in archive.infolist()} == {(2000, 1, 1, 0, 0, 0)}


def test_bound_pdf_contents_and_footers(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    folder = build(tmp_path, "--format", "pdf", "--form", "自评表")
    bound = pypdf.PdfReader(folder / f"{folder.name}.pdf")
    pages = [page.extract_text() or "" for page in bound.pages]
    total = len(pages)
    for number, text in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {total} 页" in text
    assert "上海市职业技能鉴定中心" in pages[0] and "项目数" in pages[0]
    contents = pages[1]
    assert "目" in contents
    # Every entry of the contents points at the page where that form's title is.
    forms = sorted((folder / "表格").glob("*.pdf"))
    assert len(forms) == 3
    for form in forms:
        project = form.stem.rsplit("-", 1)[0]
        match = re.search(re.escape(project) + r"\s*自评表\s*(\d+)", contents)
        assert match is not None, (project, contents)
        page = int(match.group(1))
        assert project in pages[page - 1].replace(" ", "").replace("\n", "")
        assert "财政项目支出绩效自评表" in pages[page - 1].replace(" ", "")


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
    assert sorted(p.name for p in out.iterdir() if p.is_dir()) == [
        "乙中心2024年度绩效材料", "甲中心2024年度绩效材料"]
    out = tmp_path / "single"
    result = CliRunner().invoke(main, ["packet", *files, "--out", str(out), "-f", "xlsx",
                                       "--single"])
    assert result.exit_code == 0, result.output
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    assert len(list((folder / "表格").glob("*/*.xlsx"))) == 2


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
    (folder,) = [p for p in out.iterdir() if p.is_dir()]
    volumes = sorted(folder.glob(f"{folder.name}（第*册）.pdf"))
    assert [v.name[len(folder.name):] for v in volumes] == ["（第1册）.pdf", "（第2册）.pdf"]
    first = pypdf.PdfReader(volumes[0]).pages[0].extract_text()
    assert "第 1 册，共 2 册（2 个项目）" in first
    second = pypdf.PdfReader(volumes[1])
    assert "第 1 页 共" in second.pages[0].extract_text()
