"""Settings that crashed and inputs that hung or ate memory: each refused up front, quickly,
with a message naming the file (issue 14)."""

from __future__ import annotations

import os
import struct
import time
from pathlib import Path

import pytest
from conftest import SMALL_PROJECT, invoke


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "p.yaml").write_text(SMALL_PROJECT, encoding="utf-8")
    return tmp_path


def run(*args: str) -> tuple[int, list[str]]:
    started = time.monotonic()
    code, out = invoke(*args)
    assert time.monotonic() - started < 30, "not refused up front"
    assert "Traceback" not in out and "内部错误" not in out, out
    assert "<input>" not in out, out
    return code, out.splitlines()


# -- settings -------------------------------------------------------------------------------


@pytest.mark.parametrize("day", ["1970-01-01", "1979-12-31", "2108-01-01", "2200-06-30"])
def test_document_date_outside_what_zip_stores(workdir: Path, day: str) -> None:
    (workdir / "perfdocs.toml").write_text(f"[render]\ndocument_date = {day}\n",
                                           encoding="utf-8")
    for command in (["render", "p.yaml", "--out", "o"], ["validate", "p.yaml"]):
        code, lines = run(*command)
        assert code != 0
        assert lines[0] == (f"{workdir / 'perfdocs.toml'}:2: 错误 render.document_date"
                            "（文件上写的日期）: 须在 1980-01-01 到 2107-12-31 之间"
                            "（xlsx、docx 和 zip 只能记录这段日期）")
    assert not (workdir / "o").exists()


def test_document_date_at_the_bounds_works(workdir: Path) -> None:
    for day in ("1980-01-01", "2107-12-31"):
        (workdir / "perfdocs.toml").write_text(f"[render]\ndocument_date = {day}\n",
                                               encoding="utf-8")
        code, lines = run("render", "p.yaml", "--out", "o", "--format", "xlsx,docx")
        assert code == 0, lines


def _fake_font(path: Path) -> None:
    """A TrueType header and table directory whose tables hold garbage."""
    tables = [(b"cmap", 44, 4), (b"glyf", 48, 4), (b"head", 52, 4)]
    data = b"\x00\x01\x00\x00" + struct.pack(">HHHH", len(tables), 0, 0, 0)
    data += b"".join(struct.pack(">4sIII", tag, 0, start, size) for tag, start, size in tables)
    path.write_bytes(data + b"\xff" * 12)


def _truncated_font(path: Path) -> None:
    real = next((p for p in (Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"),
                             *Path("/usr/share/fonts").rglob("*.ttf")) if p.is_file()), None)
    if real is None:
        pytest.skip("no TrueType font installed")
    path.write_bytes(real.read_bytes()[:3000])


@pytest.mark.parametrize(("make", "message"), [
    (_fake_font, "字体文件已损坏（表的内容无法解析）：请在 perfdocs.toml 的 [fonts] pdf 中换一个完好的 "
                 "TrueType 字体"),
    (_truncated_font, "表超出文件末尾），请换一个完好的字体文件"),
    (lambda p: os.mkfifo(p), "不是普通文件（管道、设备或文件夹），不能作为字体"),
])
def test_broken_pdf_font_is_a_message(workdir: Path, make, message: str) -> None:  # type: ignore[no-untyped-def]
    font = workdir / "x.ttf"
    make(font)
    (workdir / "perfdocs.toml").write_text('[fonts]\npdf = ["x.ttf"]\n', encoding="utf-8")
    code, lines = run("render", "p.yaml", "--out", "o")
    assert code != 0
    assert lines[0].startswith(f"{font}: 错误: ") and lines[0].endswith(message), lines


def test_layouts_path_in_a_symlink_loop(workdir: Path) -> None:
    (workdir / "l1").symlink_to(workdir / "l2")
    (workdir / "l2").symlink_to(workdir / "l1")
    (workdir / "perfdocs.toml").write_text('[layouts]\npaths = ["l1"]\n', encoding="utf-8")
    for command in (["render", "p.yaml", "--out", "o"], ["validate", "p.yaml"], ["layouts"]):
        code, lines = run(*command)
        assert code != 0
        assert lines[0] == (f"{workdir / 'perfdocs.toml'}:2: 错误 layouts.paths[1]: "
                            f"[layouts] paths 中的 {workdir / 'l1'} 是形成循环的符号链接")


# -- input size: stat first, regular files only, read with a cap ------------------------------


def test_a_fifo_project_file_is_refused_not_waited_on(workdir: Path) -> None:
    os.mkfifo(workdir / "f.yaml")
    code, lines = run("validate", "f.yaml")
    assert code == 1
    assert lines[0] == "f.yaml: 错误: 这是一个管道（FIFO），不是普通文件，不会读取"


def test_a_link_to_dev_zero_is_refused(workdir: Path) -> None:
    if not Path("/dev/zero").exists():
        pytest.skip("no /dev/zero")
    (workdir / "z.yaml").symlink_to("/dev/zero")
    (workdir / "z.xlsx").symlink_to("/dev/zero")
    code, lines = run("validate", "z.yaml")
    assert (code, lines[0]) == (1, "z.yaml: 错误: 这是一个设备文件，不是普通文件，不会读取")
    code, lines = run("import", "z.xlsx")
    assert code != 0 and lines[0] == "z.xlsx: 错误: 这是一个设备文件，不是普通文件，不会读取"


def test_a_sparse_giant_file_is_refused_from_its_size(workdir: Path) -> None:
    big = workdir / "big.yaml"
    with big.open("wb") as handle:
        handle.truncate(3 * 1024 ** 3)  # 3 GB, sparse: nothing is stored
    code, lines = run("validate", "big.yaml")
    assert (code, lines[0]) == (1, "big.yaml: 错误: 项目文件过大（3 GB），不应超过 5 MB")
    book = workdir / "big.xlsx"
    with book.open("wb") as handle:
        handle.truncate(3 * 1024 ** 3)
    code, lines = run("check", "big.xlsx")
    assert code != 0 and lines[0] == "big.xlsx: 错误: 填好的表格过大（3 GB），不应超过 20 MB"


def test_a_fifo_settings_file_and_layout_are_refused(workdir: Path) -> None:
    os.mkfifo(workdir / "perfdocs.toml")
    code, lines = run("validate", "p.yaml")
    assert code != 0
    assert lines[0] == (f"{workdir / 'perfdocs.toml'}: 错误: "
                        "这是一个管道（FIFO），不是普通文件，不会读取")
