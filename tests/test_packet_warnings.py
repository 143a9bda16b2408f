"""``perfdocs packet`` says every file's warnings and notes as ``render`` does, and
``--strict`` refuses a packet of files with warnings (tester: amounts typed in 元 under
金额单位 万元 went into a packet silently; its 一览表 showed a 43.6 billion 元 budget)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from perfdocs.cli import main
from tests.conftest import DATA_2024

SLIPPED = "技能评价业务经费.yaml"
"""The project whose amounts are typed in 元 in the copy made here."""


def _inputs(folder: Path, *, slip: bool) -> list[str]:
    """The 2024 examples; with ``slip`` one has its 万元 amounts typed in 元."""
    folder.mkdir()
    for example in sorted(DATA_2024.glob("*.yaml")):
        text = example.read_text(encoding="utf-8")
        if slip and example.name == SLIPPED:
            text = text.replace('"435.82"', '"4358200"').replace('"429.46"', '"4294600"')
        (folder / example.name).write_text(text, encoding="utf-8")
    return [str(p) for p in sorted(folder.glob("*.yaml"))]


def _run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def _findings(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if ": 警告 " in line or ": 提示 " in line]


def test_packet_prints_what_render_prints_also_from_the_cache(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    names = _inputs(tmp_path / "in", slip=True)
    code, _out, rendered = _run("render", *names, "-o", str(tmp_path / "r"), "-f", "xlsx",
                                "--no-cache")
    assert code == 0, rendered
    said = _findings(rendered)
    assert any("相差约 10,000 倍" in line and SLIPPED in line for line in said), rendered
    assert any("职业培训基础能力建设资助.yaml" in line for line in said)  # the 2024 set's own
    packet_args = ("packet", *names, "-o", str(tmp_path / "pk"), "-f", "xlsx",
                   "--date", "2025-03-01", "--stage", "自评")
    code, out, err = _run(*packet_args)
    assert code == 0, err
    assert _findings(err) == said
    assert "已生成绩效自评阶段材料" in out
    # again: every project from the cache, not validated again, and the same lines said
    from perfdocs.engine import pipeline

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("validated again")

    monkeypatch.setattr(pipeline, "prepare", refused)
    code, out, err = _run(*packet_args)
    assert code == 0, err
    assert "3 个项目文件未改动" in err
    assert _findings(err) == said


def test_strict_packet_refuses_a_file_with_warnings_and_writes_nothing(
        tmp_path: Path) -> None:
    names = _inputs(tmp_path / "in", slip=True)
    out = tmp_path / "pk"
    code, _out, err = _run("packet", *names, "-o", str(out), "-f", "xlsx",
                           "--date", "2025-03-01", "--strict")
    assert code == 1
    assert any(f"{SLIPPED}:" in line and ": 错误 " in line and "相差约 10,000 倍" in line
               for line in err.splitlines()), err
    assert "未生成任何材料（原有的材料包没有改动）" in err
    assert not out.exists()
    # the render's --strict refuses the same file, with the same lines
    code, _out, rendered = _run("render", *names, "-o", str(tmp_path / "r"), "-f", "xlsx",
                                "--strict", "--no-cache")
    assert code == 1
    refused = [line for line in rendered.splitlines() if ": 错误 " in line]
    assert refused and all(line in err for line in refused)


def test_strict_refuses_warnings_a_cached_validation_kept(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A first packet without --strict fills the cache; --strict then refuses the same
    files from their entries (not validated again), and the packet already built stays
    as it was."""
    names = _inputs(tmp_path / "in", slip=True)
    out = tmp_path / "pk"
    args = ("packet", *names, "-o", str(out), "-f", "xlsx", "--date", "2025-03-01")
    code, _out, err = _run(*args)
    assert code == 0, err
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()
              and ".perfdocs-cache" not in p.parts}
    from perfdocs.engine import pipeline

    def refused(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("validated again")

    monkeypatch.setattr(pipeline, "prepare", refused)
    code, _out, err = _run(*args, "--strict")
    assert code == 1, err
    # the unit slip's three warnings and the 2024 set's own one, each now an error
    assert "2 个文件共 4 个错误" in err and "相差约 10,000 倍" in err
    assert ": 警告 " not in err
    after = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()
             and ".perfdocs-cache" not in p.parts}
    assert after == before


def test_strict_packet_of_files_without_warnings_is_built(tmp_path: Path) -> None:
    """Notes stay notes under --strict (as for render): only warnings stop a packet."""
    names = [n for n in _inputs(tmp_path / "in", slip=False)
             if "职业培训" not in n]  # the only example with a warning
    code, out, err = _run("packet", *names, "-o", str(tmp_path / "pk"), "-f", "xlsx",
                          "--date", "2025-03-01", "--strict")
    assert code == 0, err
    assert "✓" in out


def test_a_refused_packet_still_says_the_other_files_warnings(tmp_path: Path) -> None:
    """One file with an error stops the packet; the warnings of the others are said too
    (render says them for every file), in file order, before the closing line."""
    names = _inputs(tmp_path / "in", slip=True)
    broken = Path(names[-1])
    broken.write_text(broken.read_text(encoding="utf-8").replace("年度: 2024", "年度: 两千"),
                      encoding="utf-8")
    code, _out, err = _run("packet", *names, "-o", str(tmp_path / "pk"), "-f", "xlsx")
    assert code == 1
    lines = err.splitlines()
    slipped = [i for i, line in enumerate(lines) if SLIPPED in line and ": 警告 " in line]
    wrong = [i for i, line in enumerate(lines) if broken.name in line and ": 错误 " in line]
    assert slipped and wrong and max(slipped) < min(wrong)
    assert lines[-1].startswith("1 个文件共 ")


def test_two_files_naming_one_form_are_refused_once(tmp_path: Path) -> None:
    """Not once per file of the clash (xlsx, docx, pdf, report docx, report pdf: five
    times, tester): once, naming both files, as render says it."""
    names = _inputs(tmp_path / "in", slip=False)
    twin = tmp_path / "in" / "副本.yaml"
    shutil.copy(names[1], twin)
    files = [*names, str(twin)]
    code, _out, err = _run("packet", *files, "-o", str(tmp_path / "pk"), "--date",
                           "2025-03-01", "--stage", "自评", "--no-cache")
    assert code == 1
    refused = [line for line in err.splitlines() if ": 错误 " in line]
    assert len(refused) == 1, err
    assert refused[0].startswith(f"{twin}:5: 错误 项目名称") and names[1] in refused[0]  # its line
    assert "两个项目的项目名称和实施单位相同" in refused[0]
    assert "1 个文件共 1 个错误" in err
    assert not (tmp_path / "pk").exists()


@pytest.mark.parametrize("cached", [False, True])
def test_a_stage_answers_for_its_own_part(tmp_path: Path, cached: bool) -> None:
    """data/2024's one warning is on a 自评 实际完成值: the 申报 packet (no 自评表 in it)
    neither says it nor is refused for it under --strict (tester3); the 自评 packet does
    both. With the cache, the second run's findings come from the kept validation."""
    names = _inputs(tmp_path / "in", slip=False)
    cache = () if cached else ("--no-cache",)
    common = ("-f", "xlsx", "--date", "2025-03-01", *cache)
    for _ in range(2 if cached else 1):
        code, _out, said = _run("packet", *names, "-o", str(tmp_path / "s"), "--stage", "申报",
                                *common)
        assert code == 0, said
        assert not any("自评." in line for line in _findings(said)), said
        code, _out, said = _run("packet", *names, "-o", str(tmp_path / "s2"), "--stage", "申报",
                                "--strict", *common)
        assert code == 0, said
    code, _out, said = _run("packet", *names, "-o", str(tmp_path / "e"), "--stage", "自评",
                            *common)
    assert code == 0 and any("自评.绩效指标" in line for line in _findings(said)), said
    code, _out, said = _run("packet", *names, "-o", str(tmp_path / "e2"), "--stage", "自评",
                            "--strict", *common)
    assert code == 1 and "错误 自评.绩效指标" in said, said
    assert "（--strict：警告按错误处理）" in said, said
    assert not (tmp_path / "e2").exists() or not any((tmp_path / "e2").glob("*材料"))
