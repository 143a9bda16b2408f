"""A mistyped 年度 is warned about (tester4 #6): a 自评 of a year not ended or not yet
come, a declaration years ahead, a file in another year's folder. Each is a warning that
``--strict`` refuses; data/'s files say none of them."""

from __future__ import annotations

import shutil
from datetime import date, datetime
from pathlib import Path

import pytest

from perfdocs.engine.pipeline import prepare
from perfdocs.errors import ValidationFailed
from perfdocs.loading.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
STEPS = ROOT / "data" / "steps-2022" / "中小学校舍维修改造.yaml"  # 自评 and 申报, 年度 2022
DECLARED = ROOT / "data" / "2020" / "促进就业专项业务费.yaml"    # 申报 only, 年度 2020


def _on(day: str) -> Settings:
    return Settings(document_date=datetime.fromisoformat(day))


def _copy(tmp_path: Path, source: Path, folder: str, year: int) -> Path:
    text = source.read_text(encoding="utf-8")
    old = next(line for line in text.splitlines() if line.startswith("年度:"))
    path = tmp_path / folder / source.name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text.replace(old, f"年度: {year}", 1), encoding="utf-8")
    return path


def _rules(path: Path, settings: Settings) -> dict[str, str]:
    return {d.rule: d.message for d in prepare(path, settings).diagnostics
            if d.rule and d.rule.startswith("year-")}


def test_evaluation_of_a_year_not_ended(tmp_path: Path) -> None:
    path = _copy(tmp_path, STEPS, "x", 2026)
    found = _rules(path, _on("2026-12-02"))
    assert set(found) == {"year-not-ended"}
    assert "2026 尚未结束" in found["year-not-ended"]
    assert _rules(path, _on("2027-01-05")) == {}  # the year has ended
    later = _copy(tmp_path, STEPS, "y", 2052)
    assert "2052 还没有到" in _rules(later, _on("2026-12-02"))["year-not-ended"]


def test_an_early_evaluation_in_the_closing_month_is_a_note(tmp_path: Path) -> None:
    """tester8 F2: a 财政局 asking for the 2026 自评 on 10 December had every file warned,
    so ``--strict`` refused the whole round. In December it is a note that says how to fill
    the 全年执行数; before December it stays a warning, and --strict refuses it."""
    from perfdocs.errors import Severity

    path = _copy(tmp_path, STEPS, "2026", 2026)
    december = prepare(path, _on("2026-12-10"), strict=True).diagnostics  # not refused
    (note,) = [d for d in december if d.rule == "year-not-ended"]
    assert note.severity is Severity.NOTE and "按提前自评处理" in note.message
    assert note.line == 3
    november = [d for d in prepare(path, _on("2026-11-20")).diagnostics
                if d.rule == "year-not-ended"]
    assert [d.severity for d in november] == [Severity.WARNING]
    with pytest.raises(ValidationFailed):
        prepare(path, _on("2026-11-20"), strict=True)


def test_declaration_years_ahead(tmp_path: Path) -> None:
    assert _rules(_copy(tmp_path, DECLARED, "a", 2028), _on("2026-12-02")) == {}  # 2 ahead
    found = _rules(_copy(tmp_path, DECLARED, "b", 2072), _on("2026-12-02"))
    assert set(found) == {"year-far-off"} and "晚 46 年" in found["year-far-off"]


def test_file_in_another_years_folder(tmp_path: Path) -> None:
    found = _rules(_copy(tmp_path, STEPS, "2025", 2024), _on("2026-12-02"))
    assert set(found) == {"year-folder"} and "「2025」文件夹" in found["year-folder"]
    assert _rules(_copy(tmp_path, STEPS, "2024年", 2024), _on("2026-12-02")) == {}
    assert _rules(_copy(tmp_path, STEPS, "steps-2022", 2024), _on("2026-12-02")) == {}


def test_a_year_written_as_the_form_prints_it(tmp_path: Path) -> None:
    """tester6 10f: 「年度: 2027年度」 (the form prints 「（2027年度）」) was refused while
    2027年 was read; it is the year 2027, in its folder 2027年度/ or 2027/ as in another."""
    for folder, written in (("2027年度", "2027年度"), ("2027", "２０２７年度")):
        path = _copy(tmp_path, DECLARED, folder, 2027)
        path.write_text(path.read_text(encoding="utf-8").replace(
            "年度: 2027", f"年度: {written}", 1), encoding="utf-8")
        assert prepare(path, _on("2026-12-02")).loaded.project.year == 2027
        assert _rules(path, _on("2026-12-02")) == {}
    path = _copy(tmp_path, DECLARED, "2026年度", 2027)
    path.write_text(path.read_text(encoding="utf-8").replace("年度: 2027", "年度: 2027年度", 1),
                    encoding="utf-8")
    assert set(_rules(path, _on("2026-12-02"))) == {"year-folder"}


def test_strict_refuses_a_mistyped_year(tmp_path: Path) -> None:
    path = _copy(tmp_path, STEPS, "2025", 2026)
    with pytest.raises(ValidationFailed) as caught:
        prepare(path, _on("2026-06-01"), strict=True)
    lines = {d.rule: d.line for d in caught.value.diagnostics}
    assert lines["year-not-ended"] == lines["year-folder"] == 3  # the 年度 line


def test_data_files_say_no_year_finding() -> None:
    for path in sorted((ROOT / "data").glob("*/*.yaml")):
        assert _rules(path, _on("2026-12-02")) == {}, path


def test_a_copied_data_folder_keeps_quiet(tmp_path: Path) -> None:
    folder = tmp_path / "2024"
    shutil.copytree(ROOT / "data" / "2024", folder)
    for path in sorted(folder.glob("*.yaml")):
        assert _rules(path, _on("2026-12-02")) == {}, path


def test_evaluate_init_says_the_year_has_not_ended(tmp_path: Path) -> None:
    """evaluate-init adds no 自评 for a year not yet over without --force (tester6 #7: a
    part of blank boxes then refused the file's 申报 packet); with it, says so at once
    (tester5 N15)."""
    from tests.conftest import invoke

    ahead = date.today().year + 5
    path = _copy(tmp_path, DECLARED, "x", ahead)
    before = path.read_bytes()
    code, out = invoke("evaluate-init", str(path), notes=True)
    assert code == 1, out
    assert f"年度 {ahead} 还没有到" in out and "未添加自评部分" in out and "--force" in out
    assert path.read_bytes() == before
    code, out = invoke("evaluate-init", str(path), "--force", notes=True)
    assert code == 0, out
    assert "注意：" in out and f"年度 {ahead} 还没有到" in out
    past = _copy(tmp_path, DECLARED, "y", 2020)
    code, out = invoke("evaluate-init", str(past), notes=True)
    assert code == 0 and "注意" not in out, out


def test_folder_year_reads_as_the_pattern_did() -> None:
    """folder_year is the pattern ((?:19|20)\\d\\d)(?:年|年度)? matched whole, as string work."""
    import re

    from perfdocs.rules.years import folder_year

    pattern = re.compile(r"((?:19|20)\d\d)(?:年|年度)?")
    digits = ["0", "1", "2", "9", "２", "٣", "a", "年"]
    names = ["", "2025", "2025年", "2025年度", "2025年年", "2025度", "1899", "2100", "20251",
             "steps-2022", "２０２５", "20２５年度", "2025 ", "年度2025"]
    names += [f"{a}{b}{c}{d}{e}" for a in "12" for b in "09" for c in digits for d in digits
              for e in ("", "年", "年度", "度")]
    for name in names:
        found = pattern.fullmatch(name)
        assert folder_year(name) == (int(found.group(1)) if found else None), name


def test_status_reads_the_year_of_a_file_that_does_not_load() -> None:
    """``status`` finds the forms of a file that does not load by its names as written:
    「2027年度」 is 2027 there too (it was read as no year, so no forms were shown)."""
    from perfdocs.review.status import _year

    assert [_year(v) for v in (2027, "2027", "2027年", "2027年度", "２０２７年度")] == [2027] * 5
    assert [_year(v) for v in ("明年", "2027.5", None, True, "27")] == [None] * 5


def _dated(folder: Path, day: str) -> None:
    """A workspace whose perfdocs.toml dates its documents ``day`` (the reference day)."""
    (folder / "perfdocs.toml").write_text(f'[render]\ndocument_date = {day}\n',
                                          encoding="utf-8")


def test_evaluate_init_in_the_closing_month_adds_with_a_note(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    _dated(tmp_path, "2026-12-10")
    path = _copy(tmp_path, DECLARED, "2026", 2026)
    code, out = invoke("evaluate-init", str(path), notes=True)
    assert code == 0, out
    assert "注意" in out and "2026 尚未结束" in out and "按提前自评处理" in out
    assert "年度是否写错" not in out  # the note's words, as validate says them (tester9 N3)
    assert "\n自评:" in path.read_text(encoding="utf-8")
    _dated(tmp_path, "2026-11-10")
    again = _copy(tmp_path, DECLARED, "b", 2026)
    code, out = invoke("evaluate-init", str(again), notes=True)
    assert code == 1 and "--force" in out, out


def test_validate_warns_of_the_year_of_a_refused_evaluation(tmp_path: Path) -> None:
    """tester10 #4: a 自评 part begun on a project of a year to come — blank boxes, its
    funds and indicators not yet written — was refused with 「不能为空」 and 「缺少必填项」
    alone; 「年度 … 还没有到」, evaluate-init's own rule, came only once the schema passed."""
    from tests.conftest import invoke

    path = tmp_path / "p.yaml"
    path.write_text("年度: 2100年\n项目名称: 测试项目\n主管部门: 某某局\n实施单位: 某某中心\n"
                    "金额单位: 万元\n自评:\n  年度总体目标:\n    预期目标: 完成年度培训任务。\n"
                    "    实际完成情况:\n", encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1, output
    this_year = date.today().year
    assert output.splitlines()[:2] == [
        f"{path}:1: 警告 年度: 年度 2100 还没有到（今年是 {this_year} 年），"
        "自评的是已结束的年度：年度是否写错？",
        f"{path}:6: 错误 自评.项目资金: 缺少必填项"], output
    code, output = invoke("validate", "--strict", str(path))
    assert f"{path}:1: 错误 年度: 年度 2100 还没有到" in output
    path.write_text(path.read_text(encoding="utf-8").replace("2100年", "2020"), encoding="utf-8")
    code, output = invoke("validate", str(path))
    assert code == 1 and "年度" not in output.splitlines()[0], output
