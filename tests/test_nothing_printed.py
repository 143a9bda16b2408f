"""A file whose layout prints no form of any part it holds, said before the packet
(tester12 F1).

hubei-2020 has only a 自评表. A 申报-only file in it passed ``validate`` without a word,
and ``render`` (no ``--form`` given) said 「所选的表（--form）都没有生成：自评表要项目文件有
「自评」部分」 — an option the clerk never gave, and not that the layout has no 申报表.
Both now say what the packet says (engine/parts.no_stage_form), as an error; so do check,
import and status (tester13 F3: one verdict, engine/parts.unprinted_parts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT, invoke
from tests.test_packet_stage_forms import NATIONAL, _declaration_only, _line_of

HUBEI = ROOT / "data" / "hubei-2020" / "农村饮水安全工程维修养护.yaml"

NO_FORM = ("版式「hubei-2020」没有「申报」部分的表（它只有自评表），这个项目的申报部分印不出来，"
           "不能放入汇总表和绩效目标申报材料：请把{where}换成有这张表的版式"
           "（perfdocs layouts 列出各版式的表）")


@pytest.mark.parametrize("cache", ["--cache", "--no-cache"])
def test_render_says_the_layout_has_no_form_of_the_file(tmp_path: Path, cache: str) -> None:
    hubei = _declaration_only(tmp_path, "农村饮水工程维修", "hubei-2020")
    out = tmp_path / "out"
    for _ in range(2):  # the second run as the first (nothing kept in the cache)
        code, output = invoke("render", str(hubei), cache, "-f", "xlsx", "-o", str(out))
        assert code == 1, output
        assert (f"{hubei}:{_line_of(hubei, '版式')}: 错误 版式: "
                + NO_FORM.format(where="项目文件的「版式」")) in output
        assert "所选的表" not in output and "--form" not in output
        assert f"✗ {hubei}：未生成" in output
    assert not out.exists()


def test_render_blames_the_layout_option_it_was_given(tmp_path: Path) -> None:
    plain = _declaration_only(tmp_path, "小型水库除险加固", None)
    code, output = invoke("render", str(plain), "--layout", "hubei-2020", "-f", "xlsx",
                          "-o", str(tmp_path / "out"))
    assert code == 1, output
    assert f"{plain}: 错误 版式: " + NO_FORM.format(where=" --layout 给出的版式") in output


def test_render_form_gives_the_files_own_refusal(tmp_path: Path) -> None:
    """`--form 自评表` was asked for of a file its layout prints nothing of: the file is
    refused as validate refuses it (tester13 F3: one verdict), not for the form alone."""
    hubei = _declaration_only(tmp_path, "农村饮水工程维修", "hubei-2020")
    code, output = invoke("render", str(hubei), "--form", "自评表", "-f", "xlsx",
                          "-o", str(tmp_path / "out"))
    assert code == 1, output
    assert (f"{hubei}:{_line_of(hubei, '版式')}: 错误 版式: "
            + NO_FORM.format(where="项目文件的「版式」")) in output


def test_every_command_refuses_what_render_refuses(tmp_path: Path) -> None:
    """tester13 F3: validate said 校验通过（1 个警告）, check 未发现问题, status 警告 0 of the
    file render refuses. Now the same error from each, status 1."""
    hubei = _declaration_only(tmp_path, "农村饮水工程维修", "hubei-2020")
    said = (f"{hubei}:{_line_of(hubei, '版式')}: 错误 版式: "
            + NO_FORM.format(where="项目文件的「版式」"))
    for command in ("validate", "check"):
        code, output = invoke(command, str(hubei))
        assert code == 1, (command, output)
        assert said in output.splitlines(), (command, output)
        assert "校验通过" not in output and "未发现问题" not in output
    code, output = invoke("status", str(hubei))
    assert code == 1 and "1 个有错误" in output, output


def test_a_file_its_layout_prints_gets_a_note_only(tmp_path: Path) -> None:
    """A hubei 自评 file carrying its 申报 part prints its 自评表: no warning (``--strict``
    passes it), a note that the 申报 part is left out, said by validate and render alike;
    nothing for a 申报 file in national-2020."""
    national = _declaration_only(tmp_path, "社区助餐服务补助", "national-2020")
    declared = NATIONAL.read_text(encoding="utf-8").split("\n自评:")[0]
    declared = "申报:" + declared.split("\n申报:")[1]
    head, evaluated = HUBEI.read_text(encoding="utf-8").split("\n自评:")
    both = tmp_path / "both.yaml"  # hubei's 自评 file with a 申报 part
    both.write_text(f"{head}\n{declared}\n自评:{evaluated}", encoding="utf-8")
    note = (f"{both}:{_line_of(both, '申报')}: 提示 申报: 版式「hubei-2020」没有「申报」部分的表"
            "（它只有自评表）：申报部分不会印出，只生成自评表（申报部分仍用于核对）")
    code, output = invoke("validate", str(national), str(both), notes=True)
    assert code == 0, output
    assert f"✓ {both}：校验通过" in output
    assert output.count("没有「申报」部分的表") == 1 and note in output.splitlines(), output
    code, output = invoke("render", str(both), "-f", "xlsx", "-o", str(tmp_path / "out"),
                          notes=True)
    assert code == 0 and note in output.splitlines(), output
    assert [p.name for p in (tmp_path / "out").rglob("*.xlsx")] == ["农村饮水安全工程维修养护-自评表.xlsx"]


INIT_NOTE = ("注意：版式「hubei-2020」没有「申报」部分的表（它只有自评表）：perfdocs new 新建的项目"
             "只有自评部分；申报部分印不出来，不能放入汇总表和绩效目标申报材料，要申报的项目请用有申报表"
             "的版式（perfdocs layouts 列出各版式的表）")


def test_init_and_new_say_once_that_the_layout_has_no_declaration_form(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "农业农村局"
    code, output = invoke("init", str(folder), "--unit-name", "某县农业农村局",
                          "--department", "某县农业农村局", "--layout", "hubei-2020")
    assert code == 0, output
    assert output.count(INIT_NOTE) == 1, output
    monkeypatch.chdir(folder)
    code, output = invoke("new", "--year", "2027", "--name", "高标准农田建设项目管理经费")
    assert code == 0, output
    # new writes a 自评 part only there (tester15 F1), and says so instead
    assert "✓ 已生成 2027" in output and INIT_NOTE not in output, output
    assert output.count("注意：版式「hubei-2020」只有自评表，没有申报表") == 1, output
    code, output = invoke("new", "--year", "2027", "--name", "农业技术培训",
                          "--layout", "national-2020")
    assert code == 0, output
    assert "没有「申报」部分的表" not in output
    code, output = invoke("init", str(tmp_path / "民政局"), "--unit-name", "某县民政局",
                          "--layout", "national-2020")
    assert code == 0, output
    assert "没有「申报」部分的表" not in output


def test_validate_names_declaration_texts_no_form_prints(tmp_path: Path) -> None:
    """tester12 F4: the workbook's 项目概况/立项依据 boxes, filled and imported into a
    national-2020 file, are on no form: validate warns at each (--strict refuses); the
    2020 绩效目标表 examples (shanghai-2020, which prints them) get no such warning."""
    text = NATIONAL.read_text(encoding="utf-8").split("\n自评:")[0] + "\n"
    text = text.replace("\n申报:\n", "\n申报:\n  项目概况: 本项目用于社区居家养老。\n"
                        "  立项依据: 根据《某某办法》\n", 1)
    national = tmp_path / "社区居家养老服务补助.yaml"
    national.write_text(text, encoding="utf-8")
    code, output = invoke("validate", str(national))
    assert code == 0, output
    for key in ("项目概况", "立项依据"):
        assert (f"{national}:{_line_of(national, f'  {key}')}: 警告 申报.{key}: "
                f"版式「national-2020」的申报表没有「{key}」一栏，这里写的内容不会印出"
                "（2020 年绩效目标表的栏目，如 shanghai-2020 的绩效目标表）") in output
    assert f"✓ {national}：校验通过（2 个警告）" in output
    code, output = invoke("validate", str(national), "--strict")
    assert code == 1, output
    assert "错误 申报.项目概况: 版式「national-2020」的申报表没有「项目概况」一栏" in output
    shanghai = ROOT / "data" / "2020" / "促进就业专项资金.yaml"
    assert "项目概况:" in shanghai.read_text(encoding="utf-8")
    code, output = invoke("validate", str(shanghai))
    assert code == 0, output
    assert "一栏，这里写的内容不会印出" not in output


def test_a_fillin_workbook_naming_such_a_layout_is_refused_at_its_box(tmp_path: Path) -> None:
    """tester13 F3: a yunnan-2022 workbook holding a 2027 申报 (made before 69d3eb5 stopped
    offering the sheets, or its 版式 box changed): import ✓ and check 未发现问题. Now the
    refusal render gives, at the 版式 box, status 1, nothing written."""
    import openpyxl

    national = _declaration_only(tmp_path, "社区助餐服务补助", "national-2020")
    book = tmp_path / "填写表.xlsx"
    assert invoke("template", str(book), "--from", str(national))[0] == 0
    wb = openpyxl.load_workbook(book)
    (box,) = [row[1] for row in wb["基本信息"].iter_rows() if row[0].value == "版式"]
    box.value = "yunnan-2022"
    wb.save(book)
    said = (f"{book}: 错误 基本信息!{box.coordinate}（版式）: "
            + NO_FORM.replace("hubei-2020", "yunnan-2022").format(where="项目文件的「版式」"))
    target = tmp_path / "out.yaml"
    code, output = invoke("import", str(book), "-o", str(target))
    assert code == 1 and said in output.splitlines() and not target.exists(), output
    code, output = invoke("check", str(book))
    assert code == 1 and said in output.splitlines(), output
