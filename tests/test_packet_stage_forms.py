"""A file whose layout prints no form of the stage it is handed in with (tester12 F7).

hubei-2020 has only a 自评表. A 申报 file in it, packed beside national-2020 files, was
left out of the 汇总表, 表格/ and the bound PDF while the cover and manifest counted it,
with exit 0 and no word; ``summary`` left it out saying it had no 申报 part. Both now
refuse, naming every such file at its 版式 line, and write nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import DATA_2024, invoke

NATIONAL = DATA_2024.parent / "national-2020" / "社区居家养老服务补助.yaml"


def _declaration_only(folder: Path, name: str, layout: str | None) -> Path:
    """The national example's 申报 part alone, as ``name``, in ``layout`` (None: no 版式 line)."""
    text = NATIONAL.read_text(encoding="utf-8").split("\n自评:")[0] + "\n"
    text = text.replace("项目名称: 社区居家养老服务补助", f"项目名称: {name}")
    text = text.replace("版式: national-2020\n", f"版式: {layout}\n" if layout else "")
    path = folder / f"{name}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _line_of(path: Path, start: str) -> int:
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(i for i, line in enumerate(lines, 1) if line.startswith(start))


@pytest.mark.parametrize("command", ["packet", "summary"])
def test_a_file_whose_layout_has_no_declaration_form_stops_the_run(
        tmp_path: Path, command: str) -> None:
    good = _declaration_only(tmp_path, "社区助餐服务补助", "national-2020")
    hubei = _declaration_only(tmp_path, "农村饮水工程维修", "hubei-2020")
    out = tmp_path / "out"
    extra = ["--stage", "申报"] if command == "packet" else []
    code, output = invoke(command, str(good), str(hubei), *extra, "--out", str(out))
    assert code == 1, output
    assert f"{hubei}:{_line_of(hubei, '版式')}: 错误 版式: 版式「hubei-2020」没有「申报」部分的表" \
           "（它只有自评表）" in output
    assert "请把项目文件的「版式」换成有这张表的版式" in output
    assert str(good) + ":" not in output  # the national file is not blamed
    assert not out.exists()  # nothing written, not even the good file's 汇总表


def test_every_such_file_is_named_and_the_layout_option_blamed(tmp_path: Path) -> None:
    first = _declaration_only(tmp_path, "农村饮水工程维修", None)
    second = _declaration_only(tmp_path, "小型水库除险加固", None)
    code, output = invoke("packet", str(first), str(second), "--stage", "申报",
                          "--layout", "hubei-2020", "--out", str(tmp_path / "out"))
    assert code == 1, output
    for path in (first, second):  # each file, not the first alone; no line: --layout chose
        assert f"{path}: 错误 版式: 版式「hubei-2020」没有「申报」部分的表" in output
    assert output.count("请把 --layout 给出的版式换成有这张表的版式") == 2
    assert "2 个文件共 2 个错误" in output
    assert not (tmp_path / "out").exists()


def test_a_long_units_tables_keep_their_titles_words_in_their_names(tmp_path: Path) -> None:
    """The 汇总表 of a unit with a 47-character name was named by cutting the whole title,
    「…联合管理办公室2027年~ubyqyl.xlsx」: 「项目绩效目标汇总表」 lost, while the 一览表 cut the
    unit and kept its words (tester12 F2). Both cut the unit where it stands now."""
    unit = "某县畜牧兽医服务中心动物疫病预防控制中心（动物卫生监督所）及乡镇畜牧兽医站联合管理办公室"
    path = _declaration_only(tmp_path, "动物防疫补助", "national-2020")
    path.write_text(path.read_text(encoding="utf-8").replace(
        "实施单位: 某市养老服务指导中心", f"实施单位: {unit}"), encoding="utf-8")
    for command, words in (("summary", "2023年度项目绩效目标汇总表"),
                           ("overview", "2023年度项目绩效一览表")):
        out = tmp_path / command
        code, output = invoke(command, str(path), "--out", str(out))
        assert code == 0, output
        names = sorted(p.name for p in out.iterdir())
        assert len(names) == 3, names
        for name in names:
            stem = name.rsplit(".", 1)[0]
            assert stem.endswith(words), name  # what the file is, kept whole
            assert stem.startswith("某县畜牧兽医服务中心") and "~" in stem  # the unit cut, tagged
            assert len(name.encode("utf-8")) <= 255
