"""status says 最新 only for forms made from what they would be made from now.

The tester's finding: status compared the forms' times with the project file's alone, so
a changed layout title or ``[unit]`` phone left forms 最新 whose text was old. Here a work
folder is made as a clerk makes it (``perfdocs init``, ``perfdocs layout new``), rendered,
and each input of the forms is changed in turn: status (and the workbench's list) must
say 过期, and 最新 again after ``render``.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from tests.conftest import SMALL_PROJECT

PROJECT = "2026/p.yaml"


def _run(*args: str) -> tuple[int, str]:
    from perfdocs.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout


def _set(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A work folder from ``perfdocs init`` with a layout from ``perfdocs layout new`` and
    one project of that layout; xlsx only (cheap), unless a test asks for PDFs too."""
    monkeypatch.chdir(tmp_path)
    assert _run("init", ".")[0] == 0
    assert _run("layout", "new", "mine")[0] == 0
    _set(tmp_path / "perfdocs.toml", 'formats = ["xlsx", "docx", "pdf"]', 'formats = ["xlsx"]')
    (tmp_path / "2026").mkdir()
    (tmp_path / PROJECT).write_text("版式: mine\n" + SMALL_PROJECT, encoding="utf-8")
    return tmp_path


def _rows() -> dict[str, object]:
    code, text = _run("status", "--json", PROJECT)
    assert code == 0, text
    (row,) = json.loads(text)
    return {"表格": row["表格"], "文件": [o["状态"] for o in row["输出文件"]]}


def _forms() -> object:
    return _rows()["表格"]


def _render(*extra: str) -> None:
    code, text = _run("render", *extra, PROJECT)
    assert code == 0, text


def test_unchanged_inputs_stay_current(folder: Path) -> None:
    assert _forms() == "未生成"
    _render()
    assert _rows() == {"表格": "最新", "文件": ["最新"]}
    assert _forms() == "最新"  # status writes nothing and changes nothing
    _render()  # everything reused from the cache
    assert _forms() == "最新"


def test_a_changed_layout_title_makes_the_forms_stale(folder: Path) -> None:
    _render()
    layout = folder / "templates" / "mine" / "layout.toml"
    _set(layout, '# [forms."自评表"]\n# title = "某省项目支出绩效自评表"',
         '[forms."自评表"]\ntitle = "某省项目支出绩效自评表"')
    assert _forms() == "过期"
    _render()
    assert _forms() == "最新"
    from openpyxl import load_workbook

    (made,) = (folder / "output").rglob("*.xlsx")
    texts = {c.value for row in load_workbook(made).active.iter_rows() for c in row}
    assert "某省项目支出绩效自评表" in texts  # and the file on disk says it now


def test_a_changed_unit_phone_makes_the_forms_stale(folder: Path) -> None:
    _render()
    _set(folder / "perfdocs.toml", 'phone = ""', 'phone = "021-12345678"')
    assert _forms() == "过期"
    _render()
    assert _forms() == "最新"
    _set(folder / "perfdocs.toml", 'phone = "021-12345678"', 'phone = ""')
    assert _forms() == "过期"  # back to the old text: the forms on disk say the new one


def test_a_changed_font_setting_makes_the_pdf_stale(folder: Path) -> None:
    from perfdocs.render.pdf.fonts import find_cjk_font

    _set(folder / "perfdocs.toml", 'formats = ["xlsx"]', 'formats = ["xlsx", "pdf"]')
    _render()
    assert _rows() == {"表格": "最新", "文件": ["最新", "最新"]}
    font = find_cjk_font(())
    if font.path is None:
        pytest.skip("no CJK font file on this machine (the CID fallback is used)")
    chosen = font.path if not font.subfont_index else f"{font.path}#{font.subfont_index}"
    toml = (folder / "perfdocs.toml").read_text(encoding="utf-8")
    assert "\npdf = []" in toml
    _set(folder / "perfdocs.toml", "\npdf = []", f"\npdf = [{json.dumps(chosen)}]")
    assert _rows()["表格"] == "过期"
    _render()
    assert _forms() == "最新"


def test_another_perfdocs_makes_the_forms_stale(folder: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """perfdocs' own files are an input (a fixed renderer writes other bytes): a stand-in
    for an upgrade, as the render cache sees it."""
    from perfdocs.engine import cache

    _render()
    monkeypatch.setattr(cache, "package_digest", lambda: "perfdocs 9.9")
    assert _forms() == "过期"
    _render()
    assert _forms() == "最新"


def test_the_project_file_edited_and_only_touched(folder: Path) -> None:
    import os

    _render()
    project = folder / PROJECT
    later = project.stat().st_mtime + 100
    os.utime(project, (later, later))  # touched: same bytes, the forms still match them
    assert _forms() == "最新"
    project.write_text(project.read_text(encoding="utf-8") + "# 改过\n", encoding="utf-8")
    assert _forms() == "最新"  # a comment no form prints (tester17 F9)
    for _total_and_fiscal in range(2):
        _set(project, '全年执行数: "79.00"}', '全年执行数: "78.00"}')
    assert _forms() == "过期"


def test_forms_no_record_vouches_for_are_unknown_not_current(folder: Path) -> None:
    """A form edited by hand is no longer what perfdocs wrote: status cannot say it
    matches, and says so (未知) instead of 最新. A --no-cache render into a folder with a
    record records what it made its forms from, as a cached one does."""
    _render()
    layout = folder / "templates" / "mine" / "layout.toml"
    _set(layout, '# [forms."自评表"]\n# title = "某省项目支出绩效自评表"',
         '[forms."自评表"]\ntitle = "某省项目支出绩效自评表"')
    assert _forms() == "过期"
    _render("--no-cache")  # another title: the file is written anew, and recorded
    assert _forms() == "最新"
    _render()  # same bytes: kept as they are, and recorded as made from these inputs
    assert _forms() == "最新"
    (made,) = (folder / "output").rglob("*.xlsx")
    with made.open("ab") as handle:
        handle.write(b"\0")  # edited by hand after rendering
    assert _forms() == "未知"
    code, text = _run("status", PROJECT)
    assert code == 0 and "无法确认是否最新" in text.replace("\n", "")
    # what to run says a partial render does not vouch for the rest (tester3 #11)
    assert "-f/--form" in text.replace("\n", ""), text
    _render("--no-cache")
    assert _forms() == "最新"


def test_unreadable_layout_or_font_does_not_crash_status(folder: Path) -> None:
    _render()
    (folder / "bad.ttf").write_bytes(b"not a font")
    _set(folder / "perfdocs.toml", 'formats = ["xlsx"]', 'formats = ["xlsx", "pdf"]')
    _set(folder / "perfdocs.toml", "\npdf = []", '\npdf = ["bad.ttf"]')
    code, text = _run("status", "--json", PROJECT)
    assert code == 0, text
    assert json.loads(text)[0]["表格"] in ("未知", "不全")  # never 最新
    _set(folder / "perfdocs.toml", '\npdf = ["bad.ttf"]', "\npdf = []")
    _set(folder / "perfdocs.toml", 'formats = ["xlsx", "pdf"]', 'formats = ["xlsx"]')
    layout = folder / "templates" / "mine" / "layout.toml"
    layout.write_text("extends = [不是 TOML\n", encoding="utf-8")
    code, text = _run("status", "--json", PROJECT)
    assert code == 1  # the project cannot be read with its layout: an error, not a crash
    (row,) = json.loads(text)
    assert row["表格"] != "最新" and row["错误"] >= 1


def test_the_workbench_list_says_the_same(folder: Path) -> None:
    pytest.importorskip("starlette")
    from perfdocs.loading.settings import load_settings
    from tests.serve_support import make_bench

    _render()
    bench = make_bench(folder, settings=load_settings(folder / "perfdocs.toml"))

    def listed() -> object:
        (row,) = [r for r in bench.client.get("/api/projects").json()["projects"]
                  if r["name"] == PROJECT]
        return row["forms"]

    assert listed() == _forms() == "最新"
    # perfdocs.toml changed while the workbench runs: it compares with the file as it is now
    _set(folder / "perfdocs.toml", 'phone = ""', 'phone = "021-12345678"')
    assert listed() == _forms() == "过期"
    _render()
    assert listed() == _forms() == "最新"
    layout = folder / "templates" / "mine" / "layout.toml"
    _set(layout, '# [forms."自评表"]\n# title = "某省项目支出绩效自评表"',
         '[forms."自评表"]\ntitle = "某省项目支出绩效自评表"')
    assert listed() == _forms() == "过期"


def test_forms_left_under_an_earlier_name_are_old_forms(folder: Path) -> None:
    """The reviewer had the project renamed: render writes the forms under the new name
    and leaves the old ones (it removes nothing it did not just write), so status names
    them 旧表 (tester2 #2: both versions' 总分 sat side by side, all 最新). Once they are
    deleted, 最新 again."""
    _render()
    assert _forms() == "最新"
    old = sorted((folder / "output").rglob("*.xlsx"))
    assert [p.name for p in old] == ["测试项目-自评表.xlsx"]
    _set(folder / PROJECT, "项目名称: 测试项目", "项目名称: 测试项目（更正）")
    _render()
    rows = _rows()
    assert rows["表格"] == "旧表" and sorted(rows["文件"]) == ["旧表", "最新"], rows
    code, text = _run("status", "--details", PROJECT)
    assert code == 0, text
    assert "改名前生成的旧表格" in text and "旧表（改名前生成，请删除）" in text, text
    assert "测试项目-自评表.xlsx" in text
    _code, text = _run("status", "--json", PROJECT)
    listed = json.loads(text)[0]["输出文件"]
    assert any(o["路径"].endswith("测试项目-自评表.xlsx") and o["状态"] == "旧表" for o in listed)
    old[0].unlink()
    assert _forms() == "最新"
    _render()  # the record forgets a removed old form
    assert _forms() == "最新"


def test_a_render_of_the_old_name_again_is_current(folder: Path) -> None:
    """Renamed, rendered, then the name put back: the first forms are current again, the
    second name's are the old ones now."""
    _render()
    _set(folder / PROJECT, "项目名称: 测试项目", "项目名称: 测试项目（更正）")
    _render()
    _set(folder / PROJECT, "项目名称: 测试项目（更正）", "项目名称: 测试项目")
    _render()
    _code, text = _run("status", "--json", PROJECT)
    listed = {Path(o["路径"]).name: o["状态"] for o in json.loads(text)[0]["输出文件"]}
    assert listed == {"测试项目-自评表.xlsx": "最新", "测试项目（更正）-自评表.xlsx": "旧表"}


@pytest.mark.parametrize("limit", [None, "0"])
def test_a_partial_render_leaves_the_other_files_state_file_by_file(
        folder: Path, monkeypatch: pytest.MonkeyPatch, limit: str | None) -> None:
    """``render`` (all formats), then ``render -f docx``: the .xlsx is the file the first
    run made and still matches the project, so it stays 最新 (it was 未知 once the first
    run's cache entry was gone — ``PERFDOCS_CACHE_MB=0`` or the size limit — since its
    set was dropped from the output record with it). After an edit and another
    ``-f docx``, the .docx is 最新 and the .xlsx 过期, each by what it was made from."""
    if limit is not None:
        monkeypatch.setenv("PERFDOCS_CACHE_MB", limit)
    _set(folder / "perfdocs.toml", 'formats = ["xlsx"]', 'formats = ["xlsx", "docx"]')
    _render()
    assert _rows() == {"表格": "最新", "文件": ["最新", "最新"]}
    _render("-f", "docx")
    assert _rows() == {"表格": "最新", "文件": ["最新", "最新"]}
    _set(folder / PROJECT, "完成了年度培训任务。", "完成了全部年度培训任务。")
    _render("-f", "docx")
    assert _rows() == {"表格": "过期", "文件": ["过期", "最新"]}
    _render("-f", "xlsx")
    assert _rows() == {"表格": "最新", "文件": ["最新", "最新"]}
    _render("-f", "xlsx")  # the same again (reused from the record, or rendered anew)
    assert _rows() == {"表格": "最新", "文件": ["最新", "最新"]}


def test_the_workbench_agrees_after_a_partial_render(
        folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("starlette")
    from perfdocs.loading.settings import load_settings
    from tests.serve_support import make_bench

    monkeypatch.setenv("PERFDOCS_CACHE_MB", "0")
    _set(folder / "perfdocs.toml", 'formats = ["xlsx"]', 'formats = ["xlsx", "docx"]')
    _render()
    _render("-f", "docx")
    bench = make_bench(folder, settings=load_settings(folder / "perfdocs.toml"))
    (row,) = [r for r in bench.client.get("/api/projects").json()["projects"]
              if r["name"] == PROJECT]
    assert row["forms"] == _forms() == "最新"


def test_source_date_epoch_counts_as_an_input(folder: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    """Forms rendered under SOURCE_DATE_EPOCH embed its moment: a plain render now would
    write other bytes, so status says 过期 until render is run again."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    _render()
    assert _forms() == "最新"
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    assert _forms() == "过期"
    _render()
    assert _forms() == "最新"


def _report() -> None:
    code, text = _run("report", PROJECT)
    assert code == 0, text


def _states() -> dict[str, str]:
    code, text = _run("status", "--json", PROJECT)
    assert code == 0, text
    (row,) = json.loads(text)
    return {Path(o["路径"]).name: o["状态"] for o in row["输出文件"]} | {"表格": row["表格"]}


def test_the_self_report_is_tracked_like_the_forms(folder: Path) -> None:
    """tester4 #4: `perfdocs report` writes the 自评报告 beside the forms; after a changed
    figure and a `render` alone, status said 最新 while the report still printed the old
    全年执行数. It is 过期 now (the summary says to run report), 最新 after `report`, and a
    report left under the project's old name is 旧表."""
    _render()
    assert _states() == {"测试项目-自评表.xlsx": "最新", "表格": "最新"}  # none written: not listed
    _report()
    assert _states() == {"测试项目-自评表.xlsx": "最新", "测试项目-自评报告.docx": "最新",
                         "测试项目-自评报告.pdf": "最新", "表格": "最新"}
    for _total_and_fiscal in range(2):
        _set(folder / PROJECT, '全年执行数: "79.00"}', '全年执行数: "78.00"}')
    _render()
    assert _states() == {"测试项目-自评表.xlsx": "最新", "测试项目-自评报告.docx": "过期",
                         "测试项目-自评报告.pdf": "过期", "表格": "报告过期"}
    code, text = _run("status", PROJECT)
    assert code == 0 and "perfdocs report" in text.replace("\n", ""), text
    _report()
    assert _states()["表格"] == "最新"
    _set(folder / PROJECT, "项目名称: 测试项目", "项目名称: 测试项目（更正）")
    _render()
    _report()
    assert _states() == {"测试项目（更正）-自评表.xlsx": "最新", "测试项目（更正）-自评报告.docx": "最新",
                         "测试项目（更正）-自评报告.pdf": "最新", "测试项目-自评表.xlsx": "旧表",
                         "测试项目-自评报告.docx": "旧表", "测试项目-自评报告.pdf": "旧表",
                         "表格": "旧表"}


def test_details_name_a_stale_report_and_the_summary_says_report(folder: Path) -> None:
    """tester5 N4: with the forms re-rendered and only the 自评报告 stale, status said 「1 个的
    表格需要重新生成」 and --details named no file. Now the summary says it is the 自评报告
    (perfdocs report), --details lists each stale file with the command that remakes it."""
    _render()
    _report()
    _set(folder / PROJECT, "完成了年度培训任务。", "完成了年度培训任务，另开展线上培训。")
    _render()
    assert _states()["测试项目-自评表.xlsx"] == "最新"
    code, text = _run("status", "--details", PROJECT)
    flat = text.replace("\n", "")
    assert code == 0, text
    assert "1 个项目的自评报告已过期，表格是最新的：用 perfdocs report 重新生成" in flat, text
    assert "个的表格" not in flat and "需要重新生成（perfdocs render" not in flat, text
    lines = [x for x in text.splitlines() if "过期（" in x]
    assert len(lines) == 2 and all("用 perfdocs report 重新生成" in x for x in lines), text
    assert {x.rsplit("/", 1)[-1] for x in lines} == {"测试项目-自评报告.docx",
                                                     "测试项目-自评报告.pdf"}
    _set(folder / PROJECT, '全年执行数: "79.00"}', '全年执行数: "78.00"}')
    _set(folder / PROJECT, '全年执行数: "79.00"}', '全年执行数: "78.00"}')
    code, text = _run("status", "--details", PROJECT)
    flat = text.replace("\n", "")
    assert "1 个项目的表格需要重新生成（perfdocs render；自评报告用 perfdocs report" in flat, text
    assert "过期（用 perfdocs render 重新生成）" in text and "测试项目-自评表.xlsx" in text


def test_render_says_which_old_name_forms_remain(folder: Path) -> None:
    """tester4 #10: after a rename, render printed only the new names, and the old forms
    stayed beside them; it now says so once (the same render again too), and no more
    once they are deleted."""
    from perfdocs.cli import main

    def said() -> str:
        result = CliRunner().invoke(main, ["render", PROJECT])
        assert result.exit_code == 0, result.output
        return result.output.replace("\n", "")

    assert "旧名称" not in said()
    _set(folder / PROJECT, "项目名称: 测试项目", "项目名称: 测试项目（更正）")
    text = said()
    assert "注意：输出文件夹里还有改名前按旧名称生成的表格" in text, text
    assert "某某中心/测试项目-自评表.xlsx" in text and "请删除" in text, text
    assert "测试项目-自评表.xlsx" in said()  # reused from the cache: still said
    _set(folder / "perfdocs.toml", 'formats = ["xlsx"]', 'formats = ["xlsx", "docx"]')
    assert "测试项目-自评表.xlsx" in said()  # the new name's .docx is not an old form
    assert "测试项目（更正）-自评表.docx" not in said()
    (old,) = (folder / "output").rglob("测试项目-自评表.xlsx")
    old.unlink()
    assert "旧名称" not in said()


def test_the_column_says_only_the_report_is_stale(folder: Path) -> None:
    """tester17 F4: the 「表格」 column said 过期 while the summary under it said 「自评报告已过期，
    表格是最新的」; a clerk reading the column re-ran render (the column stayed 过期). The
    column says 报告过期, in status's table, its --json and the workbench's list; a stale
    form besides the report is 过期 as ever."""
    pytest.importorskip("starlette")
    from perfdocs.cli.status import status_table
    from perfdocs.loading.settings import load_settings
    from perfdocs.review.status import statuses
    from tests.serve_support import make_bench

    _render()
    _report()
    _set(folder / PROJECT, "完成了年度培训任务。", "完成了年度培训任务，另开展线上培训。")
    _render()
    settings = load_settings(folder / "perfdocs.toml")
    table: Any = status_table(statuses([PROJECT], settings))
    assert list(table.columns[-1].cells) == ["[yellow]报告过期[/]"]
    code, text = _run("status", PROJECT)
    assert code == 0 and "│ 报告过期 │" in text and "表格是最新的" in text.replace("\n", ""), text
    assert "│ 过期 │" not in text
    bench = make_bench(folder, settings=settings)
    (row,) = [r for r in bench.client.get("/api/projects").json()["projects"]
              if r["name"] == PROJECT]
    assert row["forms"] == _forms() == "报告过期"
    _set(folder / "perfdocs.toml", 'phone = ""', 'phone = "021-12345678"')  # the form too
    assert _forms() == "过期"


def test_a_report_paragraph_leaves_the_forms_current(folder: Path) -> None:
    """tester17 F9 / tester18 F5: a reworded 自评.自评报告 paragraph made the national-2020
    自评表 .xlsx/.docx/.pdf 过期 although ``render`` then wrote them byte-identical: status
    judged every output by the project file's bytes. A form is judged by what it prints
    (its built form), the report by the whole file: the paragraph makes only the report
    stale; a changed 自评 figure makes the forms stale too."""
    _set(folder / "perfdocs.toml", 'formats = ["xlsx"]', 'formats = ["xlsx", "docx", "pdf"]')
    _set(folder / PROJECT, "版式: mine\n", "版式: national-2020\n")
    _set(folder / PROJECT, "\n自评:\n", "\n自评:\n  自评报告:\n    项目概况: 本项目开展培训。\n")
    _render()
    _report()
    forms = ["测试项目-自评表.xlsx", "测试项目-自评表.docx", "测试项目-自评表.pdf"]
    before = {name: next(folder.rglob(name)).read_bytes() for name in forms}
    assert set(_states().values()) == {"最新"}
    _set(folder / PROJECT, "本项目开展培训。", "本项目开展培训，另有线上课程。")
    states = _states()
    assert [states[name] for name in forms] == ["最新"] * 3
    assert states["测试项目-自评报告.docx"] == states["测试项目-自评报告.pdf"] == "过期"
    assert states["表格"] == "报告过期"
    _render()  # the forms it writes are the very bytes status called 最新
    assert {name: next(folder.rglob(name)).read_bytes() for name in forms} == before
    assert _states()["表格"] == "报告过期"
    for _total_and_fiscal in range(2):
        _set(folder / PROJECT, '全年执行数: "79.00"}', '全年执行数: "78.00"}')
    states = _states()
    assert [states[name] for name in forms] == ["过期"] * 3 and states["表格"] == "过期"
    _render()
    _report()
    assert set(_states().values()) == {"最新"}
