"""perfdocs status: one row per project, figures equal to render's, outputs up to date or not."""

from __future__ import annotations

import json
import os
import shutil
from decimal import Decimal as D
from pathlib import Path

import pytest

from perfdocs.loading.settings import Settings
from perfdocs.review.status import project_status
from tests.conftest import DATA_2024, ROOT, SMALL_PROJECT, invoke


def _settings(out: Path, formats: tuple[str, ...] = ("xlsx",)) -> Settings:
    """The settings ``render`` run from here reads (the forms are 最新 only for the inputs
    they were made from, perfdocs.toml's included), with another output folder and formats
    (which do not change a form's bytes)."""
    from perfdocs.loading.settings import load_settings
    from perfdocs.records import replace

    return replace(load_settings(), out=out, formats=formats)


def test_bundled_project_row_has_the_seed_figures(tmp_path: Path) -> None:
    row = project_status(DATA_2024 / "技能评价业务经费.yaml", _settings(tmp_path))
    # 429.46 / 435.82 = 98.540… → 98.54 (cut); seed 000: 总分 92.85, 优
    assert (row.rate, row.total, row.grade) == (D("98.54"), D("92.85"), "优")
    assert (row.declaration, row.evaluation) == ("已填", "已填")
    assert (row.errors, row.ok, row.forms) == (0, True, "未生成")
    assert [o.state for o in row.outputs] == ["缺失", "缺失"]  # 申报表.xlsx, 自评表.xlsx
    assert {o.path.name for o in row.outputs} == {"技能评价业务经费-申报表.xlsx",
                                                  "技能评价业务工作经费-自评表.xlsx"}


def test_declaration_only_project(tmp_path: Path) -> None:
    row = project_status(ROOT / "data" / "2020" / "促进就业专项业务费.yaml", _settings(tmp_path))
    assert (row.declaration, row.evaluation) == ("已填", "无")
    assert row.total is None and row.grade is None and row.rate is None


def test_forms_go_from_missing_to_current_to_stale(tmp_path: Path) -> None:
    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    out = tmp_path / "output"
    settings = _settings(out, ("xlsx", "pdf"))
    assert project_status(project, settings).forms == "未生成"
    code, _ = invoke("render", str(project), "-f", "xlsx", "-o", str(out))
    assert code == 0
    assert project_status(project, settings).forms == "不全"  # the PDF is missing
    row = project_status(project, _settings(out))
    assert row.forms == "最新" and [o.state for o in row.outputs] == ["最新"]
    later = row.outputs[0].path.stat().st_mtime + 10
    os.utime(project, (later, later))  # touched, not changed: the forms still match it
    assert project_status(project, _settings(out)).forms == "最新"
    project.write_text(SMALL_PROJECT + "\n# 改过\n", encoding="utf-8")  # nothing printed
    assert project_status(project, _settings(out)).forms == "最新"  # (tester17 F9)
    project.write_text(SMALL_PROJECT.replace('全年执行数: "79.00"}', '全年执行数: "78.00"}'),
                       encoding="utf-8")  # a figure the form prints
    row = project_status(project, _settings(out))
    assert row.forms == "过期" and row.outputs[0].state == "过期"


def test_file_with_errors_counts_them_and_keeps_the_name(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_PROJECT.replace("分值: 20", "分值: 25"),
                   encoding="utf-8")
    row = project_status(bad, _settings(tmp_path))
    assert row.name == "测试项目" and row.errors >= 1 and not row.ok
    # 分值 that do not add up: the part is filled, a figure is wrong (not 未填完)
    assert row.evaluation == "有错误" and row.declaration == "无"
    assert row.forms == "—" and row.total is None
    assert any("分值" in d.format() for d in row.diagnostics)


def test_unreadable_file_is_a_row_not_a_crash(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("年度: 2024\n项目名称: [未闭合\n", encoding="utf-8")
    row = project_status(broken, _settings(tmp_path))
    assert row.errors == 1 and row.name is None and row.diagnostics
    missing = project_status(tmp_path / "none.yaml", _settings(tmp_path))
    assert missing.errors == 1 and "不存在" in missing.diagnostics[0].message


def test_evaluation_just_started_is_not_filled(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    shutil.copy(ROOT / "data" / "2020" / "促进就业专项业务费.yaml", path)
    code, _ = invoke("evaluate-init", str(path))
    assert code == 0
    row = project_status(path, _settings(tmp_path))
    assert (row.declaration, row.evaluation) == ("已填", "未填完")
    assert row.errors > 0


def test_status_command_table_json_and_exit_status(tmp_path: Path) -> None:
    good = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
    code, output = invoke("status", str(good), "-o", str(tmp_path))
    assert code == 0
    assert "技能评价业务经费" in output and "92.85" in output and "98.54%" in output
    assert "共 1 个项目；1 个无错误" in output
    bad = tmp_path / "bad.yaml"
    bad.write_text("年度: 2024\n", encoding="utf-8")
    code, output = invoke("status", str(good), str(bad), "--json", "-o", str(tmp_path))
    assert code == 1
    rows = json.loads(output)
    assert [r["文件"] for r in rows] == [str(good), str(bad)]
    assert rows[0]["总分"] == "92.85" and rows[0]["评分等级"] == "优"
    assert rows[0]["表格"] == "未生成" and rows[1]["错误"] >= 1
    assert rows[1]["问题"] and all("错误" in p for p in rows[1]["问题"])


def test_a_folder_is_the_project_files_in_it(tmp_path: Path) -> None:
    """``status 2026`` (a folder, as ``serve 2026`` takes) lists the project files in it,
    subfolders too, the output folder not (tester9 N8: one row 「2026 │ — │ 无 …」, 「共 1
    个项目」); a folder without any says so, status 1."""
    year = tmp_path / "2026"
    (year / "二科").mkdir(parents=True)
    (year / "output").mkdir()
    shutil.copy(DATA_2024 / "技能评价业务经费.yaml", year / "10技能.yaml")
    (year / "2小.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    (year / "二科" / "3小.yml").write_text(SMALL_PROJECT.replace("项目名称: 测试项目", "项目名称: 另一个项目"),
                                          encoding="utf-8")
    (year / "output" / "旧.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    (year / "备注.txt").write_text("不是项目", encoding="utf-8")
    code, output = invoke("status", str(year), "--json", "-o", str(year / "output"), notes=True)
    assert code == 0, output
    assert [r["文件"] for r in json.loads(output)] == [
        str(year / "2小.yaml"), str(year / "10技能.yaml"), str(year / "二科" / "3小.yml")]
    code, output = invoke("status", str(year), "-o", str(year / "output"))
    assert "共 3 个项目；3 个无错误" in output, output
    empty = tmp_path / "空"
    empty.mkdir()
    code, output = invoke("status", str(empty))
    assert code == 1 and output.strip() == f"{empty}：文件夹中没有项目文件（.yaml、.yml）"


@pytest.mark.parametrize("path", sorted((ROOT / "data").glob("*/*.yaml")), ids=lambda p: p.stem)
def test_every_bundled_project_has_a_clean_row(path: Path, tmp_path: Path) -> None:
    from perfdocs.engine.pipeline import prepare
    from perfdocs.rules.report import report_notes

    row = project_status(path, _settings(tmp_path))
    prepared = prepare(path, Settings())
    # validate's count: the findings and its note on the 自评报告's unwritten paragraphs
    shown = [*prepared.diagnostics, *report_notes(prepared.loaded)]
    assert row.ok and row.warnings + row.notes == len(shown)
    assert row.warnings == sum(d.severity.value == "warning" for d in prepared.diagnostics)
    expected = prepared.result.total if prepared.result else None
    assert row.total == expected


def test_a_blank_box_is_unfinished_a_wrong_sum_is_an_error(tmp_path: Path) -> None:
    """未填完 means a box is left blank; a filled part whose figures do not add up is 有错误."""
    blank = tmp_path / "blank.yaml"
    blank.write_text(SMALL_PROJECT.replace("分值: 20", "分值:", 1), encoding="utf-8")
    row = project_status(blank, _settings(tmp_path))
    assert row.evaluation == "未填完", [d.format() for d in row.diagnostics]
    wrong = tmp_path / "wrong.yaml"
    wrong.write_text(SMALL_PROJECT.replace("分值: 20", "分值: 25", 1), encoding="utf-8")
    row = project_status(wrong, _settings(tmp_path))
    assert row.evaluation == "有错误", [d.format() for d in row.diagnostics]


def test_blank_is_a_tag_set_where_the_finding_is_made_not_read_from_words(
        tmp_path: Path) -> None:
    """A wrong figure whose message quotes the preparer's own words (here 「未填写」 typed
    as a unit) stays 有错误; an example text left by ``perfdocs new`` is a box
    not yet filled (未填完); a missing key and an empty box carry the tag from the
    translator, a wrong type does not."""
    quoted = tmp_path / "quoted.yaml"
    quoted.write_text(SMALL_PROJECT.replace('"120(人)"', '"120(未填写)"'), encoding="utf-8")
    row = project_status(quoted, _settings(tmp_path))
    assert row.evaluation == "有错误", [d.format() for d in row.diagnostics]
    assert any("未填写" in d.message for d in row.diagnostics)  # the words alone would mislead
    assert not any(d.blank for d in row.diagnostics)

    example = tmp_path / "example.yaml"
    example.write_text(SMALL_PROJECT.replace("完成了年度培训任务。", "示例：写明完成情况"),
                       encoding="utf-8")
    row = project_status(example, _settings(tmp_path))
    assert row.evaluation == "未填完", [d.format() for d in row.diagnostics]
    assert [d.rule for d in row.diagnostics if d.blank] == ["placeholder"]

    missing = tmp_path / "missing.yaml"
    missing.write_text(SMALL_PROJECT.replace('          分值: 10\n', ""), encoding="utf-8")
    row = project_status(missing, _settings(tmp_path))
    assert row.evaluation == "未填完"
    assert [d.blank for d in row.diagnostics if d.field and d.field.endswith("分值")] == [True]

    typed = tmp_path / "typed.yaml"
    typed.write_text(SMALL_PROJECT.replace("分值: 10", "分值: [10]"), encoding="utf-8")
    row = project_status(typed, _settings(tmp_path))
    assert row.evaluation == "有错误", [d.format() for d in row.diagnostics]
    assert not any(d.blank for d in row.diagnostics)


@pytest.mark.parametrize("path", sorted((ROOT / "data").glob("*/*.yaml")), ids=lambda p: p.stem)
def test_status_prints_total_and_rate_as_the_form_does(path: Path, tmp_path: Path) -> None:
    """status is read beside the forms: its 总分 and 执行率 are the 自评表's printed figures
    (95 on a whole-number form, 97.2 on the 2020 form that trims zeros), not the Decimal's
    own text (95.00)."""
    from perfdocs.engine.pipeline import build_forms, prepare

    row = project_status(path, _settings(tmp_path))
    prepared = prepare(path, _settings(tmp_path))
    if prepared.result is None:
        assert row.shown_total is None and row.shown_rate is None
        return
    (form,) = [f for f in build_forms(prepared) if f.kind == "自评表"]
    cells = [c for block in form.blocks for c in block.cells]
    printed_total = [c.text for c in cells if c.number == prepared.result.total
                     and c.style == "total"]
    assert row.shown_total in printed_total, (row.shown_total, printed_total)
    printed = {c.text.removesuffix("%") for c in cells}
    assert row.shown_rate in printed, row.shown_rate


def test_a_whole_number_variant_shows_its_total_as_printed(tmp_path: Path) -> None:
    """The tester's variant: scores rounded and shown as whole numbers, the 总分's rounding
    left at two places — the form prints 96, status printed 96.00."""
    folder = tmp_path / "templates" / "whole-2025"
    folder.mkdir(parents=True)
    (folder / "layout.toml").write_text(
        'extends = "national-2020"\nname = "whole-2025"\n'
        '[forms."自评表".rounding]\nscore = { places = 0, mode = "half_up" }\n'
        'execution_score = { places = 0, mode = "half_up" }\n'
        '[forms."自评表".display]\nscore = { places = 0 }\n', encoding="utf-8")
    project = tmp_path / "p.yaml"
    project.write_text(f"版式: {folder}\n" + SMALL_PROJECT, encoding="utf-8")
    row = project_status(project, _settings(tmp_path))
    assert row.total is not None and str(row.total).endswith(".00")
    assert row.shown_total == str(row.total.quantize(D(1)))
    # status --json and the workbench give the printed figure too (tester's 19: "95.00")
    assert row.as_json()["总分"] == row.shown_total
    assert row.as_json()["执行率"] == row.shown_rate


def test_forms_are_current_after_rendering_an_edit_to_one_part(tmp_path: Path) -> None:
    """An edit to the 自评 part leaves the 申报表's bytes as they were: render does not
    rewrite it (a sync client copies only what changed), but records it as made from the
    edited file, so status says 最新 rather than 过期 for good (the tester's finding 29).
    The 申报表 keeps its inode: it was not written again."""
    project = tmp_path / "p.yaml"
    project.write_text((DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8"),
                       encoding="utf-8")
    out = tmp_path / "output"
    code, _ = invoke("render", str(project), "-f", "xlsx", "-o", str(out))
    assert code == 0
    settings = _settings(out)
    assert project_status(project, settings).forms == "最新"
    (declared,) = out.rglob("*-申报表.xlsx")
    inode = declared.stat().st_ino
    text = project.read_text(encoding="utf-8")
    project.write_text(text.replace("实际完成情况:", "实际完成情况:  ", 1) + "\n# 自评改过\n",
                       encoding="utf-8")  # nothing a form prints (tester17 F9)
    assert project_status(project, settings).forms == "最新"
    project.write_text(text.replace('全年执行数: "429.46"}', '全年执行数: "429.45"}'),
                       encoding="utf-8")  # the 自评表's figures
    assert project_status(project, settings).forms == "过期"
    code, _ = invoke("render", str(project), "-f", "xlsx", "-o", str(out))
    assert code == 0
    assert project_status(project, settings).forms == "最新"
    assert declared.stat().st_ino == inode  # not written again


def test_file_that_now_has_errors_shows_its_earlier_forms_as_stale(tmp_path: Path) -> None:
    """render refuses a broken file and keeps the forms it made before; status must say
    those files no longer match the project file (a colleague would hand them in)."""
    from perfdocs.engine.pipeline import prepare, render_project

    project = tmp_path / "p.yaml"
    project.write_text(SMALL_PROJECT, encoding="utf-8")
    out = tmp_path / "out"
    settings = _settings(out)
    written, _ = render_project(prepare(project, settings), settings,
                                formats=settings.formats, out=out, font=None)
    assert written
    project.write_text(SMALL_PROJECT.replace("分值: 20", "分值: 25"), encoding="utf-8")
    row = project_status(project, settings)
    assert not row.ok
    assert row.forms == "过期"
    assert sorted(o.path for o in row.outputs) == sorted(written)
    assert {o.state for o in row.outputs} == {"过期"}
    # another output folder holds nothing of it: nothing to compare, as before
    assert project_status(project, _settings(tmp_path / "elsewhere")).forms == "—"
    code, output = invoke("status", str(project), "-o", str(out))
    output = output.replace("\n", "")  # the summary wraps at the console's width
    assert code == 1
    assert "1 个有错误的项目在输出文件夹里还留着以前生成的表格" in output
    assert "改正错误后重新生成（perfdocs render）" in output and "个的表格需要重新生成" not in output


def test_status_counts_the_notes_validate_prints(tmp_path: Path, monkeypatch: pytest.MonkeyPatch
                                                 ) -> None:
    """status said 「提示 0」 where validate said 「（1 个提示）」 for the same file."""
    import re

    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, out = invoke("validate", "p.yaml", notes=True)
    said = re.search(r"（(?:(\d+) 个警告，?)?(?:(\d+) 个提示)?）", out)
    assert code == 0 and said and said[2], out
    code, out = invoke("status", "p.yaml", "--json", notes=True)
    row = json.loads(out[out.index("["):])[0]
    assert row["提示"] == int(said[2]) and row["警告"] == int(said[1] or 0)


def test_forms_a_no_cache_render_wrote_are_not_called_stale(tmp_path: Path,
                                                             monkeypatch: pytest.MonkeyPatch
                                                             ) -> None:
    """tester6 #10l: after a settings change that leaves the forms' bytes as they were, a
    ``render --no-cache`` found them holding its bytes and kept them (same inode, times),
    so the record of the earlier cached render still matched them and status called the
    forms just made 过期. The --no-cache render records what it made them from, so they
    are 最新 (they were 未知 until it did), and 过期 again once the inputs change."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    config = tmp_path / "perfdocs.toml"
    plain = "[render]\nout = \"out\"\nformats = [\"xlsx\"]\n"
    config.write_text(plain, encoding="utf-8")

    def status() -> str:
        _code, output = invoke("--config", str(config), "status", "p.yaml", "--json", notes=True)
        return str(json.loads(output[output.index("["):])[0]["表格"])

    assert invoke("--config", str(config), "render", "p.yaml", "-f", "xlsx")[0] == 0
    assert status() == "最新"
    config.write_text(plain + "revision = true\n", encoding="utf-8")
    assert status() == "过期"  # the inputs changed since: true before this render
    (form,) = (tmp_path / "out").rglob("*.xlsx")
    before = os.stat(form)
    entries = sorted((tmp_path / "out" / ".perfdocs-cache").glob("*/*.entry"))
    code, output = invoke("--config", str(config), "render", "p.yaml", "-f", "xlsx",
                          "--no-cache")
    assert code == 0, output
    assert os.stat(form).st_ino == before.st_ino  # the same bytes: the file was kept
    assert status() == "最新"
    assert sorted((tmp_path / "out" / ".perfdocs-cache").glob("*/*.entry")) == entries
    config.write_text(plain, encoding="utf-8")
    assert status() == "过期"
    assert invoke("--config", str(config), "render", "p.yaml", "-f", "xlsx")[0] == 0
    assert status() == "最新"


def test_a_no_cache_render_into_a_folder_without_a_record_records_nothing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no render ever kept a record, ``--no-cache`` makes none (no cache folder, no
    hashing of perfdocs and the fonts for it: a one-form render stays light); its forms
    are 未知."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nout = \"out\"\nformats = [\"xlsx\"]\n", encoding="utf-8")
    code, output = invoke("--config", str(config), "render", "p.yaml", "--no-cache")
    assert code == 0, output
    assert list((tmp_path / "out").rglob("*.xlsx"))
    assert not (tmp_path / "out" / ".perfdocs-cache").exists()
    _code, output = invoke("--config", str(config), "status", "p.yaml", "--json", notes=True)
    assert json.loads(output[output.index("["):])[0]["表格"] == "未知"


def test_a_project_without_a_declaration_is_listed_by_its_evaluation_name(tmp_path: Path
                                                                          ) -> None:
    """tester7 D10o: a hebei-2019 file (自评 only) whose 自评.项目名称 a reviewer changed is
    printed, packed and listed in the 一览表 under that name; status showed 项目名称."""
    source = (ROOT / "data" / "hebei-2019" / "教学楼供暖管网改造.yaml").read_text(encoding="utf-8")
    renamed = source.replace("\n自评:\n", "\n自评:\n  项目名称: 教学楼供暖管网改造（一期）\n", 1)
    assert renamed != source
    path = tmp_path / "p.yaml"
    path.write_text(renamed, encoding="utf-8")
    row = project_status(path, _settings(tmp_path))
    assert row.errors == 0 and row.name == "教学楼供暖管网改造（一期）"
    path.write_text(renamed.replace("版式: hebei-2019", "版式: 没有这个版式"), encoding="utf-8")
    unloaded = project_status(path, _settings(tmp_path))
    assert unloaded.errors and unloaded.name == "教学楼供暖管网改造（一期）"
