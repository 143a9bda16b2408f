"""A ``--single`` packet of several units (tester16 F1, F2, F3).

F1: the units followed one another in the order of their names' code points, while the
manifest and ``summary`` follow the files as given (which README tells clerks to order
by numbering the files): now the bound PDF's 目录, bookmarks and cover follow the files.
F2: a volume without a 一览表 sent its reader to the first volume holding any, not to
the one holding its own projects' unit's. F3: the 申报 packet's entries did not name the
unit, so two units' projects of one name read alike.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import DATA_2024, invoke

UNIT = "上海市职业技能鉴定中心"
OTHER = "上海市职业培训指导中心"  # 培 (U+57F9) sorts before 技 (U+6280)
SKILL = "技能评价业务经费"
TRAINING = "职业培训基础能力建设资助"
CONTEST = "第48届世赛筹办场地经理跟岗学习经费"


def _copy(folder: Path, number: int, name: str, unit: str) -> str:
    text = (DATA_2024 / f"{name}.yaml").read_text(encoding="utf-8")
    assert text.count(f"实施单位: {UNIT}\n") == 1
    path = folder / f"{number:02d}{name}.yaml"
    path.write_text(text.replace(f"实施单位: {UNIT}\n", f"实施单位: {unit}\n"), encoding="utf-8")
    return str(path)


def _outline(reader: object) -> list[tuple[int, str]]:
    found: list[tuple[int, str]] = []

    def walk(items: list, depth: int) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item, depth + 1)
            else:
                found.append((depth, item.title))

    walk(reader.outline, 0)  # type: ignore[attr-defined]
    return found


def _folder(out: Path) -> Path:
    (folder,) = [p for p in out.iterdir() if p.is_dir() and not p.name.startswith(".")]
    return folder


def test_declaration_packet_follows_the_files_and_names_each_projects_unit(
        tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = [_copy(inputs, 1, SKILL, UNIT), _copy(inputs, 2, SKILL, OTHER),
             _copy(inputs, 3, TRAINING, UNIT)]
    out = tmp_path / "out"
    code, said = invoke("packet", *files, "--stage", "申报", "--single", "-f", "pdf",
                        "--date", "2026-09-01", "-o", str(out))
    assert code == 0, said
    folder = _folder(out)
    reader = pypdf.PdfReader(folder / f"{folder.name}.pdf")
    marks = _outline(reader)
    tops = [title for depth, title in marks if depth == 0]
    assert [t for t in tops if "汇总表" in t] == [f"{UNIT}2024年度项目绩效目标汇总表",
                                               f"{OTHER}2024年度项目绩效目标汇总表"], marks
    projects = [title for depth, title in marks if depth == 1]
    assert projects == [f"技能评价业务经费（{UNIT}） 申报表",
                        f"职业培训基础能力建设资助（{UNIT}） 申报表",
                        f"技能评价业务经费（{OTHER}） 申报表"], marks
    contents = reader.pages[1].extract_text().replace(" ", "")
    assert contents.index(f"{UNIT}2024") < contents.index(f"{OTHER}2024"), contents
    assert f"技能评价业务经费（{OTHER}）申报表" in contents, contents
    cover = reader.pages[0].extract_text().replace(" ", "").replace("\n", "")
    assert f"{UNIT}、{OTHER}" in cover, cover
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    # the files given interleaved (01 A, 02 B, 03 A) are bound A A B: listed so too
    assert [(p["file"][:2], p["实施单位"]) for p in manifest["projects"]] == [
        ("01", UNIT), ("03", UNIT), ("02", OTHER)]


def test_a_volume_names_the_volume_holding_its_units_overview(tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = [_copy(inputs, 1, SKILL, OTHER), _copy(inputs, 2, TRAINING, OTHER),
             _copy(inputs, 3, SKILL, UNIT), _copy(inputs, 4, TRAINING, UNIT),
             _copy(inputs, 5, CONTEST, UNIT)]
    config = tmp_path / "perfdocs.toml"
    config.write_text("[packet]\nvolume_size = 2\n", encoding="utf-8")
    out = tmp_path / "out"
    code, said = invoke("--config", str(config), "packet", *files, "--stage", "自评",
                        "--single", "-f", "pdf", "--form", "自评表", "--date", "2026-03-01",
                        "-o", str(out))
    assert code == 0, said
    folder = _folder(out)
    covers = [pypdf.PdfReader(folder / f"{folder.name}（第{n}册）.pdf").pages[0]
              .extract_text().replace(" ", "").replace("\n", "") for n in (1, 2, 3)]
    assert "一览表见" not in covers[0] and "一览表见" not in covers[1], covers
    assert "项目绩效一览表见第2册" in covers[2], covers[2]
    second = _outline(pypdf.PdfReader(folder / f"{folder.name}（第2册）.pdf"))
    assert (0, f"{UNIT}2024年度项目绩效一览表") in second, second


def test_a_volume_with_another_units_later_projects_names_their_overviews_volume(
        tmp_path: Path) -> None:
    pypdf = pytest.importorskip("pypdf")
    inputs = tmp_path / "in"
    inputs.mkdir()
    files = [_copy(inputs, 1, SKILL, OTHER), _copy(inputs, 2, TRAINING, OTHER),
             _copy(inputs, 3, CONTEST, OTHER), _copy(inputs, 4, SKILL, UNIT)]
    config = tmp_path / "perfdocs.toml"
    config.write_text("[packet]\nvolume_size = 2\n", encoding="utf-8")
    out = tmp_path / "out"
    code, said = invoke("--config", str(config), "packet", *files, "--stage", "自评",
                        "--single", "-f", "pdf", "--form", "自评表", "--date", "2026-03-01",
                        "-o", str(out))
    assert code == 0, said
    folder = _folder(out)
    second = pypdf.PdfReader(folder / f"{folder.name}（第2册）.pdf")
    cover = second.pages[0].extract_text().replace(" ", "").replace("\n", "")
    # 第2册 holds 03 of OTHER (its 一览表 in 第1册) and 04 of UNIT with UNIT's 一览表
    assert f"项目绩效一览表、各项目绩效自评表和自评报告（{OTHER}的项目绩效一览表见第1册）" in cover, cover
    assert (0, f"{UNIT}2024年度项目绩效一览表") in _outline(second)
