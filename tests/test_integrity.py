"""Nothing lost: unique output names, packets that delete only their own, confined
configured paths, a project's files replaced together or not at all (issue 14)."""

from __future__ import annotations

import os
import stat
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import SMALL_PROJECT, invoke, listing, rendered_files

from perfdocs.engine.output import MAX_FIELD_BYTES, name_part, name_tag
from perfdocs.files import processes

LONG = "上海市人力资源和社会保障局职业技能鉴定中心第一分中心培训部门"  # 30 汉字
assert len(LONG.encode()) == MAX_FIELD_BYTES


def edit(old: str, new: str, text: str = SMALL_PROJECT) -> str:
    assert text.count(old) == 1, old
    return text.replace(old, new)


def project(unit: str = "某某中心", name: str = "测试项目") -> str:
    text = edit("项目名称: 测试项目", f"项目名称: '{name}'")
    return edit("实施单位: 某某中心", f"实施单位: '{unit}'", text)


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files_under(folder: Path) -> set[str]:
    """What a render wrote (its cache checked and set apart: tests/conftest.py)."""
    return {p.relative_to(folder).as_posix() for p in rendered_files(folder)}


# -- unique names --------------------------------------------------------------------------


def test_name_part_keeps_distinct_names_distinct() -> None:
    assert name_part("测试项目") == "测试项目"  # a name that fits is used as typed
    a, b = name_part(LONG + "一期"), name_part(LONG + "二期")
    assert a != b and a.startswith(LONG[:25]) and len(a.encode()) <= MAX_FIELD_BYTES
    assert name_part("培训/一期") != name_part("培训_一期")
    assert name_part("培训/一期") == "培训_一期~" + name_tag("培训/一期")
    assert name_part(LONG + "一期") == name_part(LONG + "一期")  # stable


def test_projects_sharing_a_long_prefix_get_their_own_files_across_runs(workdir: Path) -> None:
    (workdir / "a.yaml").write_text(project(name=LONG + "一期"), encoding="utf-8")
    (workdir / "b.yaml").write_text(project(name=LONG + "二期"), encoding="utf-8")
    assert invoke("render", "a.yaml", "--out", "out")[0] == 0
    assert invoke("render", "b.yaml", "--out", "out")[0] == 0
    written = files_under(workdir / "out")
    assert len(written) == 6, written  # 3 formats × 2 projects, none overwritten
    code, out = invoke("render", "a.yaml", "b.yaml", "--out", "out2")
    assert code == 0, out  # no false "项目名称和实施单位相同"
    assert "相同" not in out


def test_units_differing_after_the_cut_get_two_packets_and_two_summaries(workdir: Path) -> None:
    (workdir / "a.yaml").write_text(project(unit=LONG + "甲"), encoding="utf-8")
    (workdir / "b.yaml").write_text(project(unit=LONG + "乙"), encoding="utf-8")
    code, out = invoke("overview", "a.yaml", "b.yaml", "--out", "sum")
    assert code == 0, out
    assert len([p for p in (workdir / "sum").iterdir() if p.suffix == ".xlsx"]) == 2
    code, out = invoke("packet", "a.yaml", "b.yaml", "--out", "pk", "--format", "xlsx")
    assert code == 0, out
    folders = [p for p in listing(workdir / "pk") if p.is_dir()]
    assert len(folders) == 2, folders
    for folder in folders:
        assert len([p for p in folder.rglob("*.xlsx")]) == 2  # its form and its summary


def test_a_packet_name_without_the_unit_is_refused_before_writing(workdir: Path) -> None:
    (workdir / "a.yaml").write_text(project(unit="甲中心"), encoding="utf-8")
    (workdir / "b.yaml").write_text(project(unit="乙中心"), encoding="utf-8")
    (workdir / "perfdocs.toml").write_text('[packet]\nname = "{{ year }}年度材料"\n',
                                           encoding="utf-8")
    code, out = invoke("packet", "a.yaml", "b.yaml", "--out", "pk", "--format", "xlsx")
    assert code == 1
    assert "两个材料包的文件名相同（2024年度材料（绩效自评）），未写入任何文件" in out
    assert not (workdir / "pk").exists() or not any((workdir / "pk").iterdir())


# -- packets remove only their own -----------------------------------------------------------


def test_packet_leaves_a_users_hidden_folder_that_looks_like_a_staging_folder(
        workdir: Path) -> None:
    (workdir / "a.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    pk = workdir / "pk"
    pk.mkdir()
    backup = pk / ".某某中心2024年度绩效材料.20241201.备份"
    backup.mkdir()
    (backup / "我的文件.txt").write_text("重要", encoding="utf-8")
    lookalike = pk / ".某某中心2024年度绩效材料.999999.abcdefgh.building"  # no marker
    lookalike.mkdir()
    (lookalike / "x.txt").write_text("也是我的", encoding="utf-8")
    for _ in range(2):  # the second run replaces the first packet
        code, out = invoke("packet", "a.yaml", "--out", "pk", "--format", "xlsx")
        assert code == 0, out
    assert (backup / "我的文件.txt").read_text(encoding="utf-8") == "重要"
    assert (lookalike / "x.txt").exists()
    packet = pk / "某某中心2024年度绩效材料"
    assert not (packet / ".perfdocs-packet").exists()  # the marker does not ship


def test_a_dead_runs_marked_staging_folder_is_cleared(workdir: Path) -> None:
    (workdir / "a.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    pk = workdir / "pk"
    pk.mkdir()
    dead = pk / ".某某中心2024年度绩效自评材料.999999.abcdefgh.building"
    dead.mkdir()
    (dead / ".perfdocs-packet").write_text("perfdocs 999999\n", encoding="utf-8")
    code, out = invoke("packet", "a.yaml", "--out", "pk", "--format", "xlsx")
    assert code == 0, out
    assert not dead.exists()


@pytest.mark.parametrize("marker", [None, b"", b"perf"])
def test_a_dead_runs_staging_folder_killed_before_its_marker_is_cleared(
        workdir: Path, marker: bytes | None) -> None:
    """Killed between making the staging folder and writing its marker (or mid-write): the
    folder holds nothing or only that marker, so it goes; the user's look-alike holding a
    file of its own stays (the test above)."""
    (workdir / "a.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    pk = workdir / "pk"
    pk.mkdir()
    dead = pk / ".某某中心2024年度绩效自评材料.999999.abcdefgh.building"
    dead.mkdir()
    if marker is not None:
        (dead / ".perfdocs-packet").write_bytes(marker)
    code, out = invoke("packet", "a.yaml", "--out", "pk", "--format", "xlsx")
    assert code == 0, out
    assert not dead.exists()


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="no /proc: pids only")
def test_a_dead_runs_folder_is_cleared_though_its_pid_now_names_another_process(
        workdir: Path) -> None:
    """Process ids wrap (32768 on Linux): a dead run's id given to a new process kept that
    run's staging folder for as long as the new one ran. The marker's start time tells the
    two apart; a folder of a run still running (our own parent here) stays."""
    (workdir / "a.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    pk = workdir / "pk"
    pk.mkdir()
    alive = os.getppid()  # runs, and started long before the dead run would have
    reused = pk / f".某某中心2024年度绩效自评材料.{alive}.abcdefgh.building"
    running = pk / f".某某中心2024年度绩效自评材料.{alive}.ijklmnop.building"
    for folder, started in ((reused, "1"), (running, processes.started(alive))):
        (folder / "表格").mkdir(parents=True)
        (folder / "表格" / "a.xlsx").write_bytes(b"half")
        (folder / ".perfdocs-packet").write_text(f"perfdocs {alive} {started}\n",
                                                 encoding="utf-8")
    code, out = invoke("packet", "a.yaml", "--out", "pk", "--format", "xlsx")
    assert code == 0, out
    assert not reused.exists()
    assert running.exists()


# -- configured paths are confined ---------------------------------------------------------


@pytest.mark.parametrize("forms", ["../../x", "/tmp/perfdocs-escape", ".bind", "..", "C:\\x"])
def test_packet_forms_folder_stays_inside_the_packet(workdir: Path, forms: str) -> None:
    (workdir / "a.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    (workdir / "perfdocs.toml").write_text(f"[packet]\nforms = '{forms}'\n", encoding="utf-8")
    before = {p for p in workdir.parent.rglob("*")} - set(workdir.rglob("*")) - {workdir}
    code, out = invoke("packet", "a.yaml", "--out", "pk", "--format", "xlsx")
    assert code == 0, out
    after = {p for p in workdir.parent.rglob("*")} - set(workdir.rglob("*")) - {workdir}
    assert after == before
    assert not Path("/tmp/perfdocs-escape").exists()
    packet = workdir / "pk" / "某某中心2024年度绩效自评材料"
    forms_written = [p for p in packet.rglob("*.xlsx") if "一览表" not in p.name]
    assert len(forms_written) == 1  # the form is in the packet (not hidden, not lost)
    assert not any(part.startswith(".") for part in forms_written[0].relative_to(packet).parts)


# -- a project's files together or not at all --------------------------------------------------


def test_a_format_that_cannot_be_written_leaves_the_old_set(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("render", "p.yaml", "--out", "out")[0] == 0
    folder = workdir / "out" / "2024" / "某某中心"
    old = {p.name: p.read_bytes() for p in folder.iterdir()}
    assert len(old) == 3
    (workdir / "p.yaml").write_text(edit("预期目标: 完成年度培训任务。", "预期目标: 新的目标。"),
                                    encoding="utf-8")
    pdf = folder / "测试项目-自评表.pdf"
    pdf.unlink()
    pdf.mkdir()  # a folder where the .pdf should go
    code, out = invoke("render", "p.yaml", "--out", "out", "--format", "xlsx,docx,pdf")
    assert code == 1
    assert "✗ p.yaml：未生成（原有的文件均未改动）" in out
    now = {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}
    assert now == {k: v for k, v in old.items() if not k.endswith(".pdf")}
    assert sorted(p.name for p in folder.iterdir()) == sorted(old)  # no temporary left


def test_a_full_disk_changes_nothing(workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("render", "p.yaml", "--out", "out", "--format", "xlsx,docx")[0] == 0
    folder = workdir / "out" / "2024" / "某某中心"
    old = {p.name: p.read_bytes() for p in folder.iterdir()}
    (workdir / "p.yaml").write_text(edit("预期目标: 完成年度培训任务。", "预期目标: 新的目标。"),
                                    encoding="utf-8")
    real_fsync = os.fsync
    calls = []

    def full(fd: int) -> None:
        calls.append(fd)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(os, "fsync", full)
    code, out = invoke("render", "p.yaml", "--out", "out", "--format", "xlsx,docx")
    assert code == 1
    assert "磁盘已满" in out and "<input>" not in out  # files/oserrors, in Chinese
    assert "✗ p.yaml：未生成（原有的文件均未改动）" in out
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == old


def test_rendered_files_keep_their_mode(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("render", "p.yaml", "--out", "out", "--format", "xlsx")[0] == 0
    target = workdir / "out" / "2024" / "某某中心" / "测试项目-自评表.xlsx"
    target.chmod(0o600)
    assert invoke("render", "p.yaml", "--out", "out", "--format", "xlsx")[0] == 0
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


# -- unknown choices --------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["render", "packet"])
def test_a_mistyped_form_is_a_usage_error_listing_the_choices(workdir: Path,
                                                              command: str) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, out = invoke(command, "p.yaml", "--form", "自平表", "--out", "o")
    assert code == 2
    assert ("--form 的值无效：「自平表」不是可选的表。是不是「自评表」？"
            "可选：申报表、绩效目标表、自评表、all") in out
    assert not (workdir / "o").exists()


def test_a_form_name_far_from_every_choice_gets_no_guess(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    code, out = invoke("render", "p.yaml", "--form", "汇总", "--out", "o")
    assert code == 2
    assert "「汇总」不是可选的表。可选：申报表、绩效目标表、自评表、all" in out
    assert "是不是" not in out


def test_a_packet_with_no_form_at_all_is_refused(workdir: Path) -> None:
    """tester6 #10e: --form naming the other stage's form says that, not a file's fault."""
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")  # 自评 only
    code, out = invoke("packet", "p.yaml", "--form", "申报表", "--out", "o")
    assert code == 1
    # a 自评 packet (the file has 自评 only) holds no 申报表: said so, no file blamed
    assert ("错误: 绩效自评材料中没有申报表（申报表属于「申报」阶段，用 --stage 申报）；"
            "这一阶段的表是自评表，--form 不写即全部。材料包未生成") in out, out
    assert "p.yaml: 错误" not in out
    assert not (workdir / "o").exists()


# -- figures ----------------------------------------------------------------------------------


def _funds(budget: str, executed: str) -> str:
    text = SMALL_PROJECT
    for row in ("年度资金总额", "当年财政拨款"):
        text = edit(f'{row}: {{年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}}',
                    f'{row}: {{年初预算数: "100.00", 全年预算数: "{budget}", 全年执行数: "{executed}"}}',
                    text)
    return text


@pytest.mark.parametrize(("budget", "executed"), [("0.001", "79.00"),
                                                  ("0.0000000001", "90000000000")])
def test_a_budget_printing_as_zero_is_an_error(workdir: Path, budget: str,
                                               executed: str) -> None:
    (workdir / "p.yaml").write_text(_funds(budget, executed), encoding="utf-8")
    code, out = invoke("render", "p.yaml", "p.yaml", "--out", "o")
    assert code == 1 and "Traceback" not in out and "内部错误" not in out
    assert (f"p.yaml:8: 错误 自评.项目资金.年度资金总额.全年预算数: 年度资金总额的全年预算数 "
            f"{budget} 万元在表上（万元，2 位小数）印作 0.00 万元，执行率无从核对："
            "请检查金额的单位和小数点") in out.splitlines()


def test_a_bad_file_does_not_stop_the_batch(workdir: Path) -> None:
    (workdir / "a.yaml").write_text(_funds("0.0000000001", "90000000000"), encoding="utf-8")
    (workdir / "b.yaml").write_text(project(name="好项目"), encoding="utf-8")
    code, out = invoke("render", "a.yaml", "b.yaml", "--out", "o", "--format", "xlsx")
    assert code == 1
    assert "✓ b.yaml：好项目" in out


@pytest.mark.parametrize(("weight", "message"), [
    ("29.999999999999999999999999999",
     "「29.999999999999999999999999999」的小数位数过多（最多 10 位），请检查"),
    ("29.9999999", "「培训人数」分值 29.9999999 有 7 位小数，本表的分值只印 2 位（会印成 30.00，"
                   "与合计对不上）：请填写表上要印的数"),
])
def test_a_weight_with_absurd_digits(workdir: Path, weight: str, message: str) -> None:
    text = edit("分值: 30\n        - 三级指标: 培训完成率",
                f"分值: {weight}\n        - 三级指标: 培训完成率")
    (workdir / "p.yaml").write_text(text, encoding="utf-8")
    code, out = invoke("validate", "p.yaml")
    assert code == 1
    assert f"p.yaml:21: 错误 自评.绩效指标.产出指标.数量指标[1].分值: {message}" in out.splitlines()


def test_minus_zero_prints_as_zero(workdir: Path) -> None:
    from openpyxl import load_workbook

    text = edit("其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}",
                '其他资金: {年初预算数: "-0", 全年预算数: "-0.00", 全年执行数: -0}')
    (workdir / "p.yaml").write_text(text, encoding="utf-8")
    code, out = invoke("render", "p.yaml", "--out", "o", "--format", "xlsx")
    assert code == 0, out
    (book,) = (workdir / "o").rglob("*.xlsx")
    shown = [str(c.value) for row in load_workbook(book).active.iter_rows() for c in row
             if c.value is not None]
    assert not [v for v in shown if v.startswith("-0")], shown


def test_an_over_executed_project_reads_back(workdir: Path) -> None:
    """perfdocs prints 执行率 105.00 for an over-executed project and reads it back."""
    (workdir / "p.yaml").write_text(_funds("80.00", "84.00"), encoding="utf-8")
    assert invoke("render", "p.yaml", "--out", "o", "--format", "xlsx")[0] == 0
    (book,) = (workdir / "o").rglob("*.xlsx")
    code, out = invoke("import", str(book), "-o", "back.yaml")
    assert code == 0, out
    assert "执行率: 105.00" in (workdir / "back.yaml").read_text(encoding="utf-8")
    code, out = invoke("check", "back.yaml")
    # the 105.00 printed is right; what is said is validate's warning of the overspend
    # itself, on each row (tester17 F1), and that counts
    assert code == 1 and "印的" not in out, out
    assert out.count("高于全年预算数 80.00 万元") == 2, out


# -- text: mapping keys, hidden characters, aliases -------------------------------------------

KEY_CASES = {
    "control": ('"数量\\x07指标"', "自评.绩效指标.产出指标.数量<U+0007>指标: 含有不可见的控制字符 U+0007，请删除"),
    "c1-control": ('"数量\\x85指标"', "自评.绩效指标.产出指标.数量<U+0085>指标: 含有不可见的控制字符 U+0085，请删除"),
    "right-to-left-override": ('"数量\\u202e指标"',
                               "自评.绩效指标.产出指标.数量<U+202E>指标: 含有不可见字符 U+202E，请删除"),
    "bidi-isolate": ('"数量\\u2066指标"', "自评.绩效指标.产出指标.数量<U+2066>指标: 含有不可见字符 U+2066，请删除"),
    "soft-hyphen": ('"数量\\u00ad指标"', "自评.绩效指标.产出指标.数量<U+00AD>指标: 含有不可见字符 U+00AD，请删除"),
    "newline": ('"数量\\n指标"', "自评.绩效指标.产出指标.数量<U+000A>指标: 指标名称应为一行文字（不能含换行）"),
    "empty": ('""', "自评.绩效指标.产出指标.: 指标名称不能为空"),
    "long": ("数" * 101, f"自评.绩效指标.产出指标.{'数' * 101}: 指标名称过长（101 字），不应超过 100 字"),
}


@pytest.mark.parametrize("case", list(KEY_CASES))
def test_an_indicator_group_name_gets_the_text_checks_on_its_line(workdir: Path,
                                                                   case: str) -> None:
    key, message = KEY_CASES[case]
    (workdir / "p.yaml").write_text(SMALL_PROJECT.replace("      数量指标:", f"      {key}:"),
                                    encoding="utf-8")
    for command in ("validate", "render"):
        code, out = invoke(command, "p.yaml")
        assert code == 1 and "<input>" not in out and "Traceback" not in out
        assert out.splitlines()[0] == f"p.yaml:17: 错误 {message}"
    assert not (workdir / "output").exists()


def test_a_key_beyond_yamls_limit(workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT.replace("      数量指标:", f"      {'数' * 2000}:"),
                                    encoding="utf-8")
    code, out = invoke("validate", "p.yaml")
    assert (code, out.splitlines()[0]) == (1, "p.yaml:17: 错误: 键过长（2000 个字符）：YAML 的键不能超过 "
                                              "1024 个字符，一级、二级指标名称不应超过 100 字")


def test_an_emoji_in_a_group_name_names_its_line_when_the_pdf_font_lacks_it(
        workdir: Path) -> None:
    (workdir / "p.yaml").write_text(SMALL_PROJECT.replace("      数量指标:", "      数量指标😀:"),
                                    encoding="utf-8")
    code, out = invoke("render", "p.yaml", "--format", "pdf")
    assert code == 1
    # the layout's list of 二级 names may refuse it first; either way on the key's line
    assert out.splitlines()[0].startswith("p.yaml:17: 错误 自评.绩效指标.产出指标.数量指标😀")


@pytest.mark.parametrize(("value", "code"), [("\\u0090", "U+0090"), ("\\u2067", "U+2067"),
                                             ("\\u00ad", "U+00AD")])
def test_hidden_characters_in_values(workdir: Path, value: str, code: str) -> None:
    (workdir / "p.yaml").write_text(edit("项目名称: 测试项目", f'项目名称: "测试{value}项目"'),
                                    encoding="utf-8")
    status, out = invoke("validate", "p.yaml")
    kind = "不可见的控制字符" if code == "U+0090" else "不可见字符"
    assert (status, out.splitlines()[0]) == (1, f"p.yaml:2: 错误 项目名称: 含有{kind} {code}，请删除")


def test_aliases_cannot_multiply_the_text(workdir: Path) -> None:
    long = "很" * 19600
    text = edit("预期目标: 完成年度培训任务。", f"预期目标: &t {long}")
    items = "".join("        - 三级指标: *t\n          年度指标值: \"≥1(人)\"\n"
                    "          实际完成值: \"1(人)\"\n          分值: 0\n" for _ in range(500))
    text = text.replace("      数量指标:\n", "      数量指标:\n" + items, 1)
    (workdir / "p.yaml").write_text(text, encoding="utf-8")
    assert (workdir / "p.yaml").stat().st_size < 200_000
    started = time.monotonic()
    code, out = invoke("render", "p.yaml")
    assert time.monotonic() - started < 20
    assert code == 1
    assert out.splitlines()[0] == ("p.yaml:13: 错误: 文件中的文字合计超过 1,000,000 字（可能是 YAML 别名 *… "
                                   "反复引用同一段长文字），已停止读取")


# -- units of targets and actuals ---------------------------------------------------------------


def _indicator(target: str, actual: str) -> str:
    return edit('年度指标值: "≥100(人)"\n          实际完成值: "120(人)"',
                f'年度指标值: "{target}"\n          实际完成值: "{actual}"')


UNIT_CASES = {
    # target, actual, exit status, the line about 实际完成值 (line 20)
    "wan-against-ones": ("≥100(万人)", "120(人)", 1,
                         "提示 自评.绩效指标.产出指标.数量指标[1].实际完成值: 「培训人数」实际完成值 120人 "
                         "按年度指标值的单位换算为 0.012万人 后与「≥100(万人)」比较"),
    "hours-against-days": ("≤3(天)", "48(小时)", 0,
                           "提示 自评.绩效指标.产出指标.数量指标[1].实际完成值: 「培训人数」实际完成值 48小时 "
                           "按年度指标值的单位换算为 2天 后与「≤3(天)」比较"),
    "percent-against-a-count": ("≥90%", "95(人)", 1,
                                "错误 自评.绩效指标.产出指标.数量指标[1].实际完成值: 「培训人数」实际完成值"
                                "「95(人)」的单位「人」与年度指标值「≥90%」的单位「%」不同，无法换算比较："
                                "请按年度指标值的单位填写实际完成值，或填写得分"),
    "negative-count": ("≤5(起)", "-10(起)", 1,
                       "错误 自评.绩效指标.产出指标.数量指标[1].实际完成值: 「培训人数」实际完成值"
                       "「-10(起)」为负数：以「起」计的数不能小于 0"),
    "permille-against-percent": ("≥5‰", "0.6%", 0,
                                 "提示 自评.绩效指标.产出指标.数量指标[1].实际完成值: 「培训人数」实际完成值 "
                                 "0.6% 按年度指标值的单位换算为 6‰ 后与「≥5‰」比较"),
}


@pytest.mark.parametrize("case", list(UNIT_CASES))
def test_target_and_actual_are_compared_in_one_unit(workdir: Path, case: str) -> None:
    target, actual, status, line = UNIT_CASES[case]
    (workdir / "p.yaml").write_text(_indicator(target, actual), encoding="utf-8")
    code, out = invoke("validate", "p.yaml")
    assert code == status, out
    assert f"p.yaml:20: {line}" in out.splitlines(), out


def test_a_wan_target_is_not_met_by_ones(workdir: Path) -> None:
    """≥100(万人) against 120(人) scored full marks; now 0.012 of 100 万人: 0 points."""
    from perfdocs.engine.pipeline import prepare
    from perfdocs.loading.settings import Settings

    text = _indicator("≥100(万人)", "120(人)").replace(
        "          分值: 30\n", "          分值: 30\n          偏差原因分析及改进措施: 未达到。\n", 1)
    (workdir / "p.yaml").write_text(text, encoding="utf-8")
    prepared = prepare(str(workdir / "p.yaml"), Settings())
    assert prepared.result is not None
    assert prepared.result.indicators[0].score == 0


def test_unit_conversion_table() -> None:
    from decimal import Decimal

    from perfdocs.model.units import comparable, convert

    assert convert(Decimal(12000), "人", "万人") == Decimal("1.2")
    assert convert(Decimal(2), "亿元", "万元") == Decimal(20000)
    assert convert(Decimal(3), "个月", "天") == Decimal(90)
    assert convert(Decimal(1), "周", "小时") == Decimal(168)
    assert convert(Decimal(5), "%", "‰") == Decimal(50)
    assert convert(Decimal(7), "", "人") == Decimal(7)  # a bare figure takes the target's unit
    assert not comparable("人次", "人") and not comparable("%", "个") and not comparable("天", "工作日")


def test_a_form_held_open_leaves_the_old_set_says_so_and_status_says_stale(
        workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """tester6 #10d: the .pdf held open (Windows; ``chattr +i`` here: no rename over it, no
    hard link to it). The old files are all intact: the ✗ line says so (not 「未能恢复」),
    the error names the .pdf, no journal or temporary file is left, and ``status`` says
    过期 (the project changed since), not 未知."""
    (workdir / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    assert invoke("render", "p.yaml", "--out", "out", "--format", "xlsx,docx,pdf")[0] == 0
    folder = workdir / "out" / "2024" / "某某中心"
    old = {p.name: p.read_bytes() for p in folder.iterdir()}
    (workdir / "p.yaml").write_text(edit("预期目标: 完成年度培训任务。", "预期目标: 新的目标。"),
                                    encoding="utf-8")
    pdf = folder / "测试项目-自评表.pdf"
    real_replace, real_link = os.replace, os.link

    def replace(source: Any, target: Any) -> None:
        if Path(target) == pdf:
            raise PermissionError(1, "Operation not permitted")
        real_replace(source, target)

    def link(source: Any, target: Any) -> None:
        if Path(source) == pdf:
            raise PermissionError(1, "Operation not permitted")
        real_link(source, target)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(os, "link", link)
    code, out = invoke("render", "p.yaml", "--out", "out", "--format", "xlsx,docx,pdf")
    monkeypatch.setattr(os, "replace", real_replace)
    monkeypatch.setattr(os, "link", real_link)
    assert code == 1
    assert "✗ p.yaml：未生成（原有的文件均未改动）" in out, out
    assert "测试项目-自评表.pdf" in out
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == old
    assert not [p for p in (workdir / "out").rglob("*") if p.name.endswith(
        (".journal", ".part", ".writing"))]
    code, out = invoke("status", "p.yaml", "--out", "out", "--json")
    assert '"表格": "过期"' in out, out
