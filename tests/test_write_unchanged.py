"""write_set leaves a file alone when it already holds the new bytes (the render cache's
rebuild then writes only what changed), and still replaces everything else as before."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from perfdocs.files.writing import unchanged, write_set


def _aged(path: Path) -> int:
    """Give ``path`` an old time; return its inode."""
    os.utime(path, (1_000_000, 1_000_000))
    return os.stat(path).st_ino


def test_only_the_changed_file_of_a_set_is_written(tmp_path: Path) -> None:
    files = [(tmp_path / f"{i}.pdf", f"内容{i}".encode()) for i in range(3)]
    write_set(files)
    inodes = [_aged(target) for target, _ in files]
    changed = [(target, data + b"!") if i == 1 else (target, data)
               for i, (target, data) in enumerate(files)]
    write_set(changed)
    assert [t.read_bytes() for t, _ in changed] == [d for _, d in changed]
    stats = [os.stat(t) for t, _ in files]
    assert stats[0].st_ino == inodes[0] and stats[0].st_mtime == 1_000_000
    assert stats[2].st_ino == inodes[2] and stats[2].st_mtime == 1_000_000
    assert stats[1].st_mtime != 1_000_000  # written again
    assert sorted(p.name for p in tmp_path.iterdir()) == ["0.pdf", "1.pdf", "2.pdf"]


def test_same_size_other_bytes_is_written(tmp_path: Path) -> None:
    target = tmp_path / "a.xlsx"
    target.write_bytes(b"abcd")
    assert unchanged(target, b"abcd")
    assert not unchanged(target, b"abce")
    assert not unchanged(target, b"abc")
    assert not unchanged(target, b"abcde")
    assert not unchanged(tmp_path / "missing.xlsx", b"")
    write_set([(target, b"abce")])
    assert target.read_bytes() == b"abce"


def test_a_link_with_the_same_bytes_is_still_replaced_by_a_file(tmp_path: Path) -> None:
    outside = tmp_path / "outside.docx"
    outside.write_bytes(b"same")
    out = tmp_path / "out"
    out.mkdir()
    link = out / "a.docx"
    link.symlink_to(outside)
    assert not unchanged(link, b"same")
    write_set([(link, b"same")])
    assert not link.is_symlink() and link.read_bytes() == b"same"
    assert outside.read_bytes() == b"same"


def test_a_folder_or_fifo_in_the_way_is_not_unchanged(tmp_path: Path) -> None:
    (tmp_path / "dir.pdf").mkdir()
    assert not unchanged(tmp_path / "dir.pdf", b"")
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    assert not unchanged(fifo, b"")  # answered at once, not blocked on the pipe


def test_a_set_of_one_file_is_renamed_into_place_without_a_journal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """One rename is atomic: a set of one file writes no journal, keeps no second name of
    the old file, and a failed rename leaves the old file and no staged one."""
    from perfdocs.files import writing

    began: list[Any] = []
    monkeypatch.setattr(writing._Journal, "begin", lambda *a: began.append(a))
    target = tmp_path / "a.pdf"
    target.write_bytes(b"old")
    writing.write_set([(target, b"new")])
    assert target.read_bytes() == b"new" and began == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf"]
    (tmp_path / "b.pdf").mkdir()  # a folder where the file should go
    with pytest.raises(writing.SetNotWritten) as caught:
        writing.write_set([(tmp_path / "b.pdf", b"new")])
    assert caught.value.kept and began == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.pdf", "b.pdf"]
