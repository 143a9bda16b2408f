"""The command line as a user meets it: summaries, exit codes, no tracebacks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from tests.conftest import DATA_2024, ROOT, SMALL_PROJECT, rendered_files

EXAMPLES = sorted(str(p) for p in DATA_2024.glob("*.yaml"))


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_render_examples_one_line_each(tmp_path: Path) -> None:
    code, out = run("render", *EXAMPLES, "--out", str(tmp_path), "--form", "自评表")
    assert code == 0, out
    lines = [line for line in out.splitlines() if line.startswith("✓")]
    assert len(lines) == 3
    assert any("职业培训基础能力建设资助  总分 92.96  优" in line for line in lines)
    target = tmp_path / "2024" / "上海市职业技能鉴定中心"
    for stem in ("职业培训基础能力建设资助", "第48届世赛筹办场地经理跟岗学习经费", "技能评价业务工作经费"):
        for ext in ("xlsx", "docx", "pdf"):
            assert (target / f"{stem}-自评表.{ext}").stat().st_size > 1000


def test_same_input_same_bytes(tmp_path: Path) -> None:
    for out in ("a", "b"):
        code, text = run("render", EXAMPLES[0], "--out", str(tmp_path / out))
        assert code == 0, text
    a = rendered_files(tmp_path / "a", "*.*")
    b = rendered_files(tmp_path / "b", "*.*")
    assert [p.name for p in a] == [p.name for p in b] and a
    for x, y in zip(a, b, strict=True):
        assert x.read_bytes() == y.read_bytes(), x.name


def test_bad_file_fails_alone_and_leaves_nothing(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_PROJECT.replace("分值: 20", "分值: 25"), encoding="utf-8")
    out = tmp_path / "out"
    code, text = run("render", str(bad), EXAMPLES[0], "--out", str(out), "-f", "xlsx")
    assert code == 1
    assert f"{bad}:" in text and "应为 100" in text and "✗" in text
    assert "Traceback" not in text
    assert not list(out.rglob("测试项目*"))
    assert list(out.rglob("*.xlsx"))


def test_format_and_form_options(tmp_path: Path) -> None:
    code, text = run("render", EXAMPLES[0], "--out", str(tmp_path), "-f", "pdf",
                     "--form", "自评表")
    assert code == 0, text
    assert sorted(p.suffix for p in rendered_files(tmp_path, "*.*")) == [".pdf"]
    code, text = run("render", EXAMPLES[0], "-f", "odt")
    assert code == 2 and "odt" in text


def test_missing_file_and_directory(tmp_path: Path) -> None:
    code, text = run("validate", str(tmp_path / "nope.yaml"), str(tmp_path))
    assert code == 1 and "Traceback" not in text
    assert "nope.yaml" in text


def test_duplicate_outputs_refused(tmp_path: Path) -> None:
    for name in ("a.yaml", "b.yaml"):
        (tmp_path / name).write_text(SMALL_PROJECT, encoding="utf-8")
    code, text = run("render", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"),
                     "--out", str(tmp_path / "out"), "-f", "xlsx")
    assert code == 1 and "a.yaml" in text and "b.yaml" in text


def test_schema_is_json_schema() -> None:
    import json

    code, text = run("schema")
    assert code == 0
    schema = json.loads(text)
    assert schema["$schema"].endswith("2020-12/schema")
    assert "项目名称" in schema["properties"] and "自评" in schema["properties"]
    assert schema["additionalProperties"] is False


def test_help_imports_no_heavy_library() -> None:
    code = ("import sys, perfdocs.cli; heavy = {'openpyxl', 'docx', 'reportlab', 'pydantic', "
            "'yaml', 'jinja2', 'pypdf'} & set(sys.modules); print(sorted(heavy))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, cwd=ROOT).stdout.strip()
    assert out == "[]"
    help_text = subprocess.run([sys.executable, "-m", "perfdocs.cli", "--help"],
                               capture_output=True, text=True, check=True, cwd=ROOT).stdout
    for command in ("render", "validate", "schema", "layouts", "packet"):
        assert command in help_text


def test_jobs_change_nothing_but_the_time(tmp_path: Path) -> None:
    """--jobs 2 prints the same lines in the same order and writes the same bytes."""
    bad = tmp_path / "bad.yaml"
    bad.write_text(SMALL_PROJECT.replace("分值: 20", "分值: 25"), encoding="utf-8")
    dup_a, dup_b = tmp_path / "dup_a.yaml", tmp_path / "dup_b.yaml"
    for dup in (dup_a, dup_b):
        dup.write_text(SMALL_PROJECT, encoding="utf-8")
    files = [*EXAMPLES, str(bad), str(dup_a), str(dup_b)]
    outputs = {}
    for jobs in ("1", "2"):
        out = tmp_path / f"out{jobs}"
        result = CliRunner().invoke(main, ["render", *files, "--out", str(out), "-f", "xlsx,pdf",
                                           "--jobs", jobs])
        assert result.exit_code == 1
        files_written = {p.relative_to(out).as_posix(): p.read_bytes()
                         for p in rendered_files(out, "*.*")}
        outputs[jobs] = (result.output.replace(str(out), "OUT"), files_written)
    assert outputs["1"] == outputs["2"]
    text = outputs["1"][0]
    assert "bad.yaml" in text and "dup_a.yaml" in text and "dup_b.yaml" in text
    assert len(outputs["1"][1]) == 2 * (5 + 1)  # 5 forms of the examples + the first duplicate


def test_patterns_the_shell_left_alone_are_expanded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Windows cmd passes ``*.yaml`` as typed: the commands expand it themselves."""
    import shutil

    from tests.conftest import invoke

    monkeypatch.chdir(tmp_path)
    for path in DATA_2024.glob("*.yaml"):
        shutil.copy(path, tmp_path / path.name)
    code, out = invoke("validate", "*.yaml")
    assert code == 0 and out.count("校验通过") == 3
    code, out = invoke("check", "*.yaml")  # one example's own warning is said (tester17 F1)
    assert code == 1 and "文件不存在" not in out and out.count("未发现问题") == 2, out
    code, out = invoke("validate", "nothing/*.yaml")
    assert code == 1 and "nothing/*.yaml: 错误: 文件不存在" in out


def test_auto_jobs_follow_the_files_to_do_and_the_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    from perfdocs.engine import pool

    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1, 2, 3}, raising=False)
    per = pool.ITEMS_PER_WORKER["spawn" if pool.os.name == "nt" else "fork"]
    assert pool.auto_jobs(0) == 1 and pool.auto_jobs(per - 1) == 1  # a handful: no pool
    assert pool.auto_jobs(2 * per) == 2
    assert pool.auto_jobs(100 * per) == 4  # never more than the cores
    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: set(range(64)),
                        raising=False)
    assert pool.auto_jobs(100 * per) == pool.AUTO_MAX


def test_without_jobs_a_large_run_uses_a_pool_and_writes_the_same(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """--jobs not given: 16 files on 2 cores get 2 workers (the user need not know --jobs),
    with the same lines and bytes as --jobs 1; a few files run in this process."""
    import concurrent.futures

    from perfdocs.engine import pool

    monkeypatch.setattr(pool.os, "sched_getaffinity", lambda _pid: {0, 1}, raising=False)
    monkeypatch.setattr(pool, "ITEMS_PER_WORKER", {"fork": 8, "spawn": 8})
    started: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    def counted(*args: object, **kwargs: Any) -> Any:
        started.append(int(kwargs["max_workers"]))
        return real(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", counted)
    files = []
    for i in range(16):
        path = tmp_path / "in" / f"p{i:02}.yaml"
        path.parent.mkdir(exist_ok=True)
        path.write_text(SMALL_PROJECT.replace("项目名称: 测试项目", f"项目名称: 测试项目{i:02}"),
                        encoding="utf-8")
        files.append(str(path))
    outputs = {}
    for jobs in ([], ["--jobs", "1"]):
        out = tmp_path / f"out{len(jobs)}"
        result = CliRunner().invoke(main, ["render", *files, "--out", str(out), "-f", "xlsx",
                                           "--no-cache", *jobs])
        assert result.exit_code == 0, result.output
        outputs[len(jobs)] = (result.output.replace(str(out), "OUT"),
                              {p.relative_to(out).as_posix(): p.read_bytes()
                               for p in rendered_files(out, "*.*")})
    assert started == [2]  # the automatic run only
    assert outputs[0] == outputs[2] and len(outputs[0][1]) == 16
    result = CliRunner().invoke(main, ["render", *files[:3], "--out", str(tmp_path / "few"),
                                       "-f", "xlsx", "--no-cache"])
    assert result.exit_code == 0 and started == [2]  # three files: no pool
