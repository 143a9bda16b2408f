"""A corrected version: its revision is printed when perfdocs.toml asks, and recorded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from perfdocs.cli import main
from perfdocs.engine.pipeline import forms_of, prepare
from perfdocs.loading.settings import Settings
from perfdocs.records import replace
from tests.conftest import ROOT, SMALL_PROJECT

REVISED = SMALL_PROJECT.replace("金额单位: 万元", "金额单位: 万元\n修订: {版本: 2, 日期: 2025-03-01, 原因: 按评审意见更正实际完成值}")


def test_revision_off_by_default_and_printed_when_asked(write_project) -> None:
    prepared = prepare(write_project(REVISED), Settings())
    assert [r.number for r in prepared.project.revisions] == [2]
    (plain,), _ = forms_of(prepared)
    assert "修订" not in plain.footer
    (shown,), _ = forms_of(prepared, revision=True)
    assert shown.footer == "修订第 2 版（2025-03-01）：按评审意见更正实际完成值"


def test_revision_in_xlsx_and_manifest(tmp_path: Path) -> None:
    src = tmp_path / "p.yaml"
    src.write_text(REVISED, encoding="utf-8")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nrevision = true\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "render", str(src), "--out",
                                       str(out), "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    (xlsx,) = out.rglob("*.xlsx")
    sheet = load_workbook(xlsx).active
    texts = [c.value for row in sheet.iter_rows() for c in row if isinstance(c.value, str)]
    assert any("修订第 2 版（2025-03-01）" in t for t in texts)
    result = CliRunner().invoke(main, ["packet", str(src), "--out", str(tmp_path / "pk"),
                                       "-f", "xlsx"])
    assert result.exit_code == 0, result.output
    (manifest,) = (tmp_path / "pk").rglob("manifest.json")
    (project,) = json.loads(manifest.read_text(encoding="utf-8"))["projects"]
    assert project["revision"] == {"版本": 2, "日期": "2025-03-01", "原因": "按评审意见更正实际完成值"}


def test_settings_reject_unknown_render_key(tmp_path: Path) -> None:
    from perfdocs.errors import SettingsError
    from perfdocs.loading.settings import load_settings

    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nrevison = true\n", encoding="utf-8")
    with pytest.raises(SettingsError, match="revison"):
        load_settings(config)
    assert replace(Settings(), print_revision=True).print_revision


EXAMPLE = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
"""Both parts (申报 and 自评), so a revision of one of them has a form it must stay off."""


def _staged(tmp_path: Path, stage: str) -> Path:
    src = tmp_path / "p.yaml"
    text = EXAMPLE.read_text(encoding="utf-8").replace(
        "金额单位: 万元\n",
        f"金额单位: 万元\n修订: {{版本: 2, 日期: 2025-03-01, 阶段: {stage}, 原因: 按评审意见更正得分}}\n", 1)
    assert "阶段: " in text
    src.write_text(text, encoding="utf-8")
    return src


def _texts(path: Path) -> str:
    """Every text of a rendered form: the workbook's cells, or the PDF's pages."""
    if path.suffix == ".xlsx":
        book = load_workbook(path)
        return "\n".join(c.value for sheet in book for row in sheet.iter_rows() for c in row
                         if isinstance(c.value, str))
    pypdf = pytest.importorskip("pypdf")
    return "\n".join(page.extract_text() or "" for page in pypdf.PdfReader(path).pages)


@pytest.mark.parametrize(("stage", "shown", "left"), [("自评", "自评表", "申报表"),
                                                      ("申报", "申报表", "自评表")])
def test_a_revision_of_one_part_prints_on_that_parts_forms_only(
        tmp_path: Path, stage: str, shown: str, left: str) -> None:
    """tester4 #16: a reviewer who sent back the 自评表 alone corrected nothing the 申报表
    says; with 阶段 the line is printed under that stage's forms, in every format."""
    src = _staged(tmp_path, stage)
    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nrevision = true\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["--config", str(config), "render", str(src), "--out",
                                       str(out), "-f", "xlsx,pdf", "--no-cache"])
    assert result.exit_code == 0, result.output
    files = sorted(out.rglob("*.xlsx")) + sorted(out.rglob("*.pdf"))
    assert len(files) == 4
    line = "修订第 2 版（2025-03-01）：按评审意见更正得分"
    for path in files:
        text = _texts(path)
        assert "总分" in text or "年度总体目标" in text  # the form's text is read at all
        if path.stem.endswith(shown):
            assert line in text, path
        else:
            assert path.stem.endswith(left) and "修订第" not in text, path
    prepared = prepare(src, Settings())
    footers = {form.kind: form.footer for form in forms_of(prepared, revision=True)[0]}
    assert footers[shown].endswith(line) and "修订" not in (footers[left] or "")


def test_a_revision_of_one_part_is_in_that_stages_packet_manifest_only(tmp_path: Path) -> None:
    """The 申报 packet goes to the bureau with the budget: a 自评 correction is none of its
    business (README: a 申报 packet's manifest carries nothing of the 自评 part)."""
    src = _staged(tmp_path, "自评")
    records = {}
    for stage in ("申报", "自评"):
        out = tmp_path / stage
        result = CliRunner().invoke(main, ["packet", str(src), "--stage", stage, "--out",
                                           str(out), "-f", "xlsx", "--date", "2025-03-10"])
        assert result.exit_code == 0, result.output
        (manifest,) = out.rglob("manifest.json")
        (project,) = json.loads(manifest.read_text(encoding="utf-8"))["projects"]
        records[stage] = project.get("revision")
    assert records["申报"] is None
    assert records["自评"] == {"版本": 2, "日期": "2025-03-01", "阶段": "自评",
                               "原因": "按评审意见更正得分"}


def test_a_revision_of_the_whole_file_is_in_both_packets(tmp_path: Path) -> None:
    src = tmp_path / "p.yaml"
    src.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "金额单位: 万元\n", "金额单位: 万元\n修订: {版本: 2, 日期: 2025-03-01, 原因: 更正}\n", 1),
        encoding="utf-8")
    for stage in ("申报", "自评"):
        out = tmp_path / stage
        result = CliRunner().invoke(main, ["packet", str(src), "--stage", stage, "--out",
                                           str(out), "-f", "xlsx", "--date", "2025-03-10"])
        assert result.exit_code == 0, result.output
        (manifest,) = out.rglob("manifest.json")
        (project,) = json.loads(manifest.read_text(encoding="utf-8"))["projects"]
        assert project["revision"] == {"版本": 2, "日期": "2025-03-01", "原因": "更正"}


@pytest.mark.parametrize("written", ["自评表", "绩效自评", "全部"])
def test_a_wrong_stage_is_named_at_its_line(tmp_path: Path, written: str) -> None:
    src = tmp_path / "p.yaml"
    src.write_text(REVISED.replace("原因:", f"阶段: {written}, 原因:"), encoding="utf-8")
    line = REVISED.splitlines().index(next(s for s in REVISED.splitlines() if s.startswith("修订")))
    result = CliRunner().invoke(main, ["validate", str(src)])
    assert result.exit_code == 1
    assert (f"p.yaml:{line + 1}: 错误 修订.阶段: 应为「申报」或「自评」，不是「{written}」"
            in result.output), result.output


# --- 修订 as a list: a file corrected in 申报 and again in 自评 keeps both ----------------------

LISTED = """修订:
  - {版本: 2, 日期: 2025-03-01, 阶段: 申报, 原因: 按评审意见更正年度指标值}
  - {版本: 3, 日期: 2025-09-20, 原因: 更正实施单位}
  - {版本: 4, 日期: 2026-03-10, 阶段: 自评, 原因: 按评审意见更正得分}
"""


def _listed(tmp_path: Path, block: str = LISTED) -> Path:
    src = tmp_path / "p.yaml"
    src.write_text(EXAMPLE.read_text(encoding="utf-8").replace(
        "金额单位: 万元\n", "金额单位: 万元\n" + block, 1), encoding="utf-8")
    return src


def test_each_form_prints_the_latest_revision_of_its_stage(tmp_path: Path) -> None:
    """The 申报表 prints the newest entry that applies to 申报 (版本 3, of the whole file),
    the 自评表 the 自评 one (版本 4); nothing of the other stage's entries."""
    prepared = prepare(_listed(tmp_path), Settings())
    assert [r.number for r in prepared.project.revisions] == [2, 3, 4]
    footers = {form.kind: form.footer for form in forms_of(prepared, revision=True)[0]}
    assert footers["申报表"].endswith("修订第 3 版（2025-09-20）：更正实施单位")
    assert footers["自评表"].endswith("修订第 4 版（2026-03-10）：按评审意见更正得分")
    assert "第 2 版" not in footers["申报表"] + footers["自评表"]
    # the latest by 日期, not by where the entry is written
    reordered = LISTED.splitlines()
    moved = "\n".join([reordered[0], reordered[3], reordered[1], reordered[2]]) + "\n"
    prepared = prepare(_listed(tmp_path, moved), Settings())
    footers = {form.kind: form.footer for form in forms_of(prepared, revision=True)[0]}
    assert footers["自评表"].endswith("修订第 4 版（2026-03-10）：按评审意见更正得分")


def test_a_list_entry_with_a_fault_is_named_at_its_index(tmp_path: Path) -> None:
    src = _listed(tmp_path, LISTED.replace("阶段: 自评", "阶段: 评审"))
    result = CliRunner().invoke(main, ["validate", str(src)])
    assert result.exit_code == 1
    assert "错误 修订[3].阶段: 应为「申报」或「自评」，不是「评审」" in result.output, result.output


def test_the_manifest_lists_the_stages_revisions(tmp_path: Path) -> None:
    src = _listed(tmp_path)
    records = {}
    for stage in ("申报", "自评"):
        out = tmp_path / stage
        result = CliRunner().invoke(main, ["packet", str(src), "--stage", stage, "--out",
                                           str(out), "-f", "xlsx", "--date", "2026-03-12"])
        assert result.exit_code == 0, result.output
        (manifest,) = out.rglob("manifest.json")
        (records[stage],) = json.loads(manifest.read_text(encoding="utf-8"))["projects"]
    whole = {"版本": 3, "日期": "2025-09-20", "原因": "更正实施单位"}
    assert records["申报"]["revision"] == whole
    assert records["申报"]["revisions"] == [
        {"版本": 2, "日期": "2025-03-01", "阶段": "申报", "原因": "按评审意见更正年度指标值"}, whole]
    assert records["自评"]["revision"] == {"版本": 4, "日期": "2026-03-10", "阶段": "自评",
                                          "原因": "按评审意见更正得分"}
    assert [r["版本"] for r in records["自评"]["revisions"]] == [3, 4]


def test_diff_lists_an_added_entry(tmp_path: Path) -> None:
    one = "修订: {版本: 2, 日期: 2025-03-01, 阶段: 申报, 原因: 按评审意见更正年度指标值}\n"
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    old = _listed(tmp_path / "a", one)
    new = _listed(tmp_path / "b", "修订:\n  - " + one.removeprefix("修订: ")
                  + "  - {版本: 3, 日期: 2026-03-10, 阶段: 自评, 原因: 按评审意见更正得分}\n")
    result = CliRunner().invoke(main, ["diff", str(old), str(new)])
    assert result.exit_code == 1, result.output
    assert "修订 › 第 3 版: （新增）2026-03-10（自评）：按评审意见更正得分" in result.output
    assert "第 2 版" not in result.output


def test_the_fill_in_workbook_holds_the_latest_revision(tmp_path: Path) -> None:
    src = _listed(tmp_path)
    book = tmp_path / "填写表.xlsx"
    result = CliRunner().invoke(main, ["template", str(book), "--from", str(src)])
    assert result.exit_code == 0, result.output
    sheet = load_workbook(book)["基本信息"]
    values = {sheet.cell(r, 1).value: sheet.cell(r, 2).value for r in range(1, sheet.max_row + 1)}
    assert (values["修订：版本"], values["修订：阶段"]) in (("4", "自评"), (4, "自评"))
    back = tmp_path / "back.yaml"
    result = CliRunner().invoke(main, ["import", str(book), "-o", str(back)])
    assert result.exit_code == 0, result.output
    from perfdocs.loading.project import load_project

    (entry,) = load_project(back).project.revisions or []
    assert (entry.number, entry.stage) == (4, "自评")


def test_import_into_suggests_appending_a_revision(tmp_path: Path) -> None:
    """A file already corrected once (申报) and now sent back in 自评: the suggestion keeps
    the first entry and adds the next version after it, rather than replacing it."""
    from tests.test_import_into import cell_of, edit, render, run

    one = "修订: {版本: 2, 日期: 2025-03-01, 阶段: 申报, 原因: \"按评审意见更正, 年度指标值\"}\n"
    src = _listed(tmp_path, one)
    (tmp_path / "forms").mkdir()
    book = render(src, tmp_path / "forms")["自评表"]
    edit(book, [(cell_of(book, "业务印刷工作完成率", "偏差原因分析及改进措施"), "印刷延后。", None)])
    status, output = run("import", str(book), "--into", str(src), "--yes")
    assert status == 0, output
    assert "原有的修订保留，新的一条加在最后" in output
    lines = output.splitlines()
    start = lines.index("  修订:")
    assert lines[start + 1] == ('    - {版本: 2, 日期: 2025-03-01, 阶段: 申报, '
                                '原因: "按评审意见更正, 年度指标值"}')
    assert lines[start + 2].startswith("    - {版本: 3, 日期: ")
    assert "阶段: 自评, 原因: 按评审意见更正「业务印刷工作完成率」的偏差原因分析及改进措施}" in lines[start + 2]
    # what it suggests is a file that loads, both entries kept
    block = "\n".join(line[2:] for line in lines[start:start + 3]) + "\n"
    text = src.read_text(encoding="utf-8").replace(one, block)
    src.write_text(text, encoding="utf-8")
    assert [r.number for r in prepare(src, Settings()).project.revisions or []] == [2, 3]


def test_the_summary_and_the_bound_pdf_print_the_revision_as_the_forms_folder(
        tmp_path: Path) -> None:
    """tester6 #5: with revision = true the 申报表 in the 申报 packet's 汇总表 (every
    format) and in the bound PDF carries the 修订 line the same 申报表 in 表格/ carries."""
    from docx import Document

    src = _staged(tmp_path, "申报")
    config = tmp_path / "perfdocs.toml"
    config.write_text("[render]\nrevision = true\n", encoding="utf-8")
    out = tmp_path / "pk"
    result = CliRunner().invoke(main, ["--config", str(config), "packet", str(src), "--stage",
                                       "申报", "--out", str(out), "-f", "xlsx,docx,pdf",
                                       "--date", "2025-03-10"])
    assert result.exit_code == 0, result.output
    line = "修订第 2 版（2025-03-01）：按评审意见更正得分"
    (loose,) = [p for p in out.rglob("*申报表.xlsx")]
    assert line in _texts(loose)
    summaries = sorted(p for p in out.rglob("*汇总表.*") if p.suffix in (".xlsx", ".pdf"))
    bound = [p for p in out.rglob("*材料.pdf") if p.parent.name == p.stem]  # the bound PDF
    assert len(summaries) == 2 and len(bound) == 1, sorted(out.rglob("*"))
    for path in [*summaries, *bound]:
        assert line in _texts(path).replace("\n", ""), path
    (word,) = out.rglob("*汇总表.docx")
    document = Document(str(word))
    texts = [p.text for p in document.paragraphs]
    texts += [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(line in t for t in texts), texts
