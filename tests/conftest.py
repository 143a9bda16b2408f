"""Shared fixtures: a small valid project file and helpers to write variants of it."""

from __future__ import annotations

import shutil
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

# Every workbook and Word document a test makes is audited (tests/office_audit.py).
import perfdocs.render.docx.writer as _docx_writer
import perfdocs.render.xlsx.writer as _xlsx_writer
from tests import office_audit

office_audit.watch(_xlsx_writer, "render_xlsx", "xlsx")
office_audit.watch(_docx_writer, "render_docx", "docx")

ROOT = Path(__file__).resolve().parent.parent
DATA_2024 = ROOT / "data" / "2024"

SMALL_PROJECT = """\
年度: 2024
项目名称: 测试项目
主管部门: 某某局
实施单位: 某某中心
金额单位: 万元
自评:
  项目资金:
    年度资金总额: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}
    当年财政拨款: {年初预算数: "100.00", 全年预算数: "80.00", 全年执行数: "79.00"}
    上年结转资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
    其他资金: {年初预算数: 0, 全年预算数: 0, 全年执行数: 0}
  年度总体目标:
    预期目标: 完成年度培训任务。
    实际完成情况: 完成了年度培训任务。
  绩效指标:
    产出指标:
      数量指标:
        - 三级指标: 培训人数
          年度指标值: "≥100(人)"
          实际完成值: "120(人)"
          分值: 30
        - 三级指标: 培训完成率
          年度指标值: "=100(%)"
          实际完成值: "100(%)"
          分值: 20
    效益指标:
      社会效益指标:
        - 三级指标: 对就业的促进作用
          年度指标值: 具有促进作用
          实际完成值: 达成指标
          分值: 30
    满意度指标:
      服务对象满意度指标:
        - 三级指标: 学员满意度
          年度指标值: "≥90%"
          实际完成值: "95%"
          分值: 10
"""


@pytest.fixture
def write_project(tmp_path: Path) -> Callable[..., Path]:
    """Write ``text`` (default: the small valid project) to a file and return its path."""

    def write(text: str = SMALL_PROJECT, name: str = "project.yaml", *,
              encoding: str = "utf-8") -> Path:
        path = tmp_path / name
        path.write_bytes(textwrap.dedent(text).encode(encoding))
        return path

    return write


def need(tool: str) -> str:
    """The path of an external tool, or skip the test when the machine lacks it."""
    found = shutil.which(tool)
    if found is None:
        pytest.skip(f"{tool} is not installed")
    return found


def printed_text(data: bytes, tmp_path: Path, suffix: str) -> str:
    """The text a reader sees in a rendered PDF or docx, whitespace removed: a docx goes
    through LibreOffice's own PDF first (what Word/WPS users would see laid out), then
    ``pdftotext -raw``. Skips where LibreOffice or poppler is missing."""
    import re
    import subprocess

    path = tmp_path / f"f.{suffix}"
    path.write_bytes(data)
    if suffix != "pdf":
        need("soffice")
        subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir",
                        str(tmp_path), str(path)], capture_output=True, check=True, timeout=180)
        path = path.with_suffix(".pdf")
    need("pdftotext")
    out = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True,
                         check=True).stdout
    return re.sub(r"\s", "", out)


def findings_after_edit(path: Path, old: str, new: str) -> list[Any]:
    """Every finding on the project at ``path`` once ``old`` is replaced by ``new`` in it:
    the diagnostics of a run that prepared it, or of the refusal."""
    from perfdocs.engine.pipeline import prepare
    from perfdocs.errors import ValidationFailed
    from perfdocs.loading.settings import Settings

    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    try:
        return list(prepare(path, Settings()).diagnostics)
    except ValidationFailed as exc:
        return list(exc.diagnostics)


def line_holding(path: Path, text: str) -> int:
    """The number of the first line of ``path`` holding ``text``."""
    return next(i for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                if text in line)


def numbered_projects(folder: Path, count: int = 3) -> list[str]:
    """``count`` copies of the small project (测试项目0, 测试项目1 …) in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(count):
        path = folder / f"p{i}.yaml"
        path.write_text(SMALL_PROJECT.replace("测试项目", f"测试项目{i}"), encoding="utf-8")
        names.append(str(path))
    return names


def only_layout_fault(tmp_path: Path, text: str) -> Any:
    """The one fault of a national-2020 variant holding ``text`` (the test asserts it is one)."""
    from perfdocs.layouts.layout import LayoutInvalid, read_layout

    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "layout.toml").write_text(f'extends = "national-2020"\n{text}\n', encoding="utf-8")
    with pytest.raises(LayoutInvalid) as info:
        read_layout(folder)
    (found,) = info.value.diagnostics
    return found


NOTE = "提示 自评.自评报告: "
"""What ``validate``'s note on 自评报告 paragraphs written from the figures starts with."""


def without_notes(output: str) -> str:
    """``output`` without ``validate``'s note on the 自评报告 (every evaluated file that has
    no report paragraphs gets it): tests of other findings read the rest. The summary line
    still counts it (「1 个提示」): the count is of the lines printed."""
    return "".join(line for line in output.splitlines(keepends=True) if NOTE not in line)


def invoke(*args: str, notes: bool = False) -> tuple[int, str]:
    """Run the CLI in-process: its exit status and what it printed (notes only if asked)."""
    from click.testing import CliRunner

    from perfdocs.cli import main

    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output if notes else without_notes(result.output)


def as_printed(example: Path, folder: Path) -> Path:
    """A copy of ``example`` with its targets as the forms print them: a typed ">=90%" is
    printed (and so imported back) with the official symbol, "≥90%"."""
    copy = folder / f"as-printed-{example.name}"
    text = example.read_text(encoding="utf-8")
    copy.write_text(text.replace('">=', '"≥').replace('"<=', '"≤'), encoding="utf-8")
    return copy


@pytest.fixture(autouse=True)
def _audit_office_files() -> Iterator[None]:
    """Fail a test whose .xlsx or .docx openxml-audit (Microsoft 365) finds fault with."""
    start = office_audit.mark()
    yield
    problems = office_audit.problems_since(start)
    if problems:
        pytest.fail("openxml-audit：\n" + "\n".join(problems), pytrace=False)


def rendered_files(out: Path, pattern: str = "*") -> list[Path]:
    """The files in the output folder ``out`` matching ``pattern``, the render cache apart.

    ``render`` and ``packet`` keep their cache in ``out/.perfdocs-cache`` (on by default,
    perfdocs/engine/cache.py). It is checked here, not skipped blindly: it may hold only
    its CACHEDIR.TAG and entries that decode whole, so a stray, temporary or torn file
    hidden in it still fails the test that asks what a run left behind.
    """
    import json

    from perfdocs.engine import cache, output_record

    store = cache.cache_folder(out)
    if store.exists():
        for path in store.rglob("*"):
            if path.is_dir():
                assert path.parent == store and len(path.name) == 2, path
                continue
            if path == store / "CACHEDIR.TAG":
                continue
            if path == store / cache.MEMO_FILE:
                json.loads(path.read_text(encoding="utf-8"))  # whole, or the test fails
                continue
            if path == store / output_record.RECORD_FILE:
                assert output_record.decode(path.read_bytes()) is not None, path
                continue
            assert path.name.endswith(cache.ENTRY_SUFFIX), f"not a cache entry: {path}"
            assert cache.decode(path.read_bytes()) is not None, f"torn cache entry: {path}"
    return sorted(p for p in out.rglob(pattern)
                  if p.is_file() and cache.CACHE_FOLDER not in p.relative_to(out).parts)


def listing(out: Path) -> list[Path]:
    """What ``out`` holds (sorted), the render cache's folder apart — checked as in
    :func:`rendered_files`, so only whole entries may hide there."""
    from perfdocs.engine import cache

    rendered_files(out)
    return sorted(p for p in out.iterdir() if p.name != cache.CACHE_FOLDER)
