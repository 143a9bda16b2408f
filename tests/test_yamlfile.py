"""The one YAML writer: fresh files and round-trip edits read back as meant, on disk safely."""

from __future__ import annotations

import os
import stat
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from conftest import DATA_2024
from hypothesis import example, given, settings
from hypothesis import strategies as st

from perfdocs.errors import InputError, PerfdocsError
from perfdocs.loading.source import load_source, parse_text
from perfdocs.loading.yamlfile import Style, WriteRefused, build, edit_file, emit, write_text_file

_TRICKY = ["x:", "a: b", "#", "a #b", "'", '"', "  lead", "- x", "? y", "<<", "null", "~",
           "|", ">", "&a", "*a", "!t", "%", "@", "`", "[", "{", ",", "=", "yes", "0.10", "012",
           "1e3", "\\", "\x85", "\u2028", "\u2029", "\ufeff", "\t", "\r", "\x00", "\x9f",
           "\u2066", "\u202e", "\xad", "\U0001f600", "\n", "\n\n", " "]

TEXT = st.lists(st.one_of(st.sampled_from(_TRICKY),
                          st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)),
                                  max_size=6)),
                max_size=5).map("".join)
"""Texts built from the pieces that broke hand-made YAML, and anything else UTF-8 holds."""
KEY = TEXT.map(str.strip).filter(bool)
"""Keys as perfdocs reads them (its reader strips a key's surrounding spaces)."""


def _reads_back(text: str) -> Any:
    try:
        return parse_text(text, "t.yaml").data
    except InputError as exc:
        raise AssertionError(f"{exc.message}\n{text}") from None


@settings(max_examples=100, deadline=None)
@example(name="x:", target="- x", key="? y")
@example(name="  lead", target="#", key="<<")
@given(name=TEXT, target=TEXT, key=KEY)
def test_fresh_tree_reads_back(name: str, target: str, key: str) -> None:
    """Every name and key comes back from :func:`emit` as the same text."""
    tree = {"项目名称": name, "申报": {"绩效指标": {key: {key + "2": [
        {"三级指标": name, "年度指标值": target, "备注": None}]}}}, "金额": Decimal("1.50")}
    text = emit(tree, Style(quoted=frozenset({"年度指标值"}), blocks=frozenset({"备注"}),
                            after={("项目名称",): name}, above={("申报",): [name, ""]}),
                head=[name, target])
    data = _reads_back(text)
    assert data["项目名称"] == name
    assert data["申报"]["绩效指标"][key][key + "2"] == [
        {"三级指标": name, "年度指标值": target, "备注": None}]
    assert data["金额"] == "1.50"


@settings(max_examples=40, deadline=None)
@given(name=TEXT, key=KEY)
def test_edit_keeps_the_file_and_adds_exactly_the_change(name: str, key: str) -> None:
    """An edit of a bundled project keeps every other byte, a flow row's padding too."""
    original = (DATA_2024 / "技能评价业务经费.yaml").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.yaml"
        path.write_text(original, encoding="utf-8")

        def change(doc: Any) -> None:
            doc["附注"] = build({key: name})

        edit_file(path, change)
        text = path.read_text(encoding="utf-8")
    before = parse_text(original, "p.yaml").data
    after = _reads_back(text)
    assert after.pop("附注") == {key: name}
    assert after == before
    assert text.startswith(original)


def test_edit_keeps_comments_order_encoding_crlf_bom(tmp_path: Path) -> None:
    path = tmp_path / "p.yaml"
    head = "# 注释一\n年度: 2024   # 行尾注释\n项目名称: 培训\n金额: 0.10\n代码: 012\n空:\n"
    raw = b"\xef\xbb\xbf" + head.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(raw)

    def change(doc: Any) -> None:
        doc["项目名称"] = "培训: 二期"

    edit_file(path, change)
    assert path.read_bytes() == raw.replace("项目名称: 培训".encode(),
                                            "项目名称: '培训: 二期'".encode())

    gbk = tmp_path / "g.yaml"
    gbk.write_bytes(head.replace("\n", "\r\n").encode("gb18030"))
    edit_file(gbk, change)
    assert gbk.read_bytes().decode("gb18030") == head.replace(
        "项目名称: 培训", "项目名称: '培训: 二期'").replace("\n", "\r\n")


def test_edit_writes_through_a_symlink_and_keeps_the_mode(tmp_path: Path) -> None:
    real = tmp_path / "shared" / "p.yaml"
    real.parent.mkdir()
    real.write_text("年度: 2024\n项目名称: 培训\n", encoding="utf-8")
    real.chmod(0o600)
    link = tmp_path / "p.yaml"
    link.symlink_to(real)
    edit_file(link, lambda doc: doc.__setitem__("项目名称", "新名"))
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert load_source(real).data["项目名称"] == "新名"
    assert stat.S_IMODE(real.stat().st_mode) == 0o600
    assert [p.name for p in real.parent.iterdir()] == ["p.yaml"]  # no temporary left


def test_new_file_gets_the_umask_mode_not_0600(tmp_path: Path) -> None:
    target = tmp_path / "n.yaml"
    old = os.umask(0o027)
    try:
        write_text_file(target, emit({"年度": 2024}))
    finally:
        os.umask(old)
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_symlink_loop_is_refused(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    a.symlink_to(b)
    b.symlink_to(a)
    with pytest.raises(InputError, match="循环"):
        write_text_file(a, emit({"年度": 2024}))


def test_a_file_read_differently_is_refused_untouched(tmp_path: Path) -> None:
    """NEL is a line break to perfdocs' YAML 1.1 reader; a plain text holding one would be
    rewritten differently, so the edit is refused and the file left as it was."""
    path = tmp_path / "p.yaml"
    raw = "年度: 2024\n项目名称: 'a\x85b'\n".encode()
    path.write_bytes(raw)
    try:
        edit_file(path, lambda doc: doc.__setitem__("年度", "2025"))
    except WriteRefused as exc:
        assert "未改动" in exc.message
        assert path.read_bytes() == raw
    else:
        assert load_source(path).data == {"年度": "2025",
                                          "项目名称": parse_text(raw.decode(), "x").data[
                                              "项目名称"]}


def test_failed_write_leaves_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.yaml"
    path.write_text("年度: 2024\n", encoding="utf-8")

    def broken(*_: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(PerfdocsError) as caught:
        edit_file(path, lambda doc: doc.__setitem__("年度", "2025"))
    assert caught.value.file == str(path) and "磁盘已满" in caught.value.message
    assert path.read_text(encoding="utf-8") == "年度: 2024\n"
    assert [p.name for p in tmp_path.iterdir()] == ["p.yaml"]
