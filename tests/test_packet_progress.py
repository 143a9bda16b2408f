"""A packet reports its phases (校验 / 生成 / 合订 / 打包) as it goes, each counted to its end.

The bar used to show only the rendering and sat at 100 % while the bound PDF and the zip
were made; here every phase is announced by the packet code itself, with a total that its
advances reach exactly, and a packet per unit names the unit it is on.
"""

from __future__ import annotations

import io
from pathlib import Path

from click.testing import CliRunner

from perfdocs.cli import main
from perfdocs.engine.progress import PHASES, Progress
from tests.conftest import SMALL_PROJECT


class Recorder(Progress):
    """Every phase and advance, in order."""

    def __init__(self) -> None:
        self.events: list[tuple[str, str, int, str]] = []

    def phase(self, name: str, total: int, *, part: str = "", unit: str = "") -> None:
        self.events.append(("phase", name, total, part))

    def advance(self, label: str = "", count: int = 1) -> None:
        self.events.append(("advance", label, count, ""))

    def phases(self) -> list[tuple[str, int, int, str]]:
        """(name, total, items advanced, part) of each phase announced."""
        out: list[tuple[str, int, int, str]] = []
        for kind, name, number, part in self.events:
            if kind == "phase":
                out.append((name, number, 0, part))
            else:
                assert out, "an advance before any phase"
                last = out[-1]
                out[-1] = (last[0], last[1], last[2] + number, last[3])
        return out


def _projects(folder: Path, units: list[str]) -> list[str]:
    paths = []
    for index, unit in enumerate(units):
        text = SMALL_PROJECT.replace("测试项目", f"测试项目{index}").replace("某某中心", unit)
        path = folder / f"p{index}.yaml"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def _build(tmp_path: Path, units: list[str]) -> Recorder:
    from perfdocs.loading.settings import Settings
    from perfdocs.packet.packet import build_packet
    from perfdocs.render.pdf.fonts import find_cjk_font

    recorder = Recorder()
    build_packet(_projects(tmp_path, units), Settings(), out=tmp_path / "out",
                 formats=("pdf",), font=find_cjk_font(()), progress=recorder)
    return recorder


def test_every_phase_is_reported_in_order_and_counted_to_its_total(tmp_path: Path) -> None:
    phases = _build(tmp_path, ["某某中心", "某某中心"]).phases()
    sized = [(name, total, done) for name, total, done, _part in phases if total]
    assert [name for name, _t, _d in sized] == list(PHASES)
    for name, total, done in sized:
        assert done == total, f"{name}: {done}/{total}"
    counted = dict((name, total) for name, total, _d in sized)
    assert counted["校验"] == 2 and counted["生成"] == 2
    # the bound PDF: two documents (自评表, 自评报告) per project, each copied then numbered,
    # plus the 一览表 (copied, numbered) and the volume's writing
    assert counted["合订"] == 2 * (2 * 2 + 1) + 1
    zipped = sorted(p for p in (tmp_path / "out").rglob("*") if p.is_file()
                    and p.suffix != ".zip")
    assert counted["打包"] == sum(p.stat().st_size for p in zipped)  # bytes: every file


def test_a_packet_per_unit_names_its_unit_on_each_phase(tmp_path: Path) -> None:
    phases = _build(tmp_path, ["甲中心", "乙中心"]).phases()
    assert phases[0][:3] == ("校验", 2, 2) and phases[0][3] == ""
    parts = [part for name, _t, _d, part in phases if name == "生成"]
    first, second = sorted(["甲中心", "乙中心"])  # packets go in the units' sorted order
    assert parts == [f"材料包 1/2 {first}", f"材料包 2/2 {second}"]
    assert {part for name, _t, _d, part in phases if name == "打包"} == set(parts)


def test_the_packet_command_shows_the_phases_on_a_terminal(
        tmp_path: Path, monkeypatch: object) -> None:
    import pytest

    from perfdocs.cli import progress as progress_module

    assert isinstance(monkeypatch, pytest.MonkeyPatch)
    screen = io.StringIO()
    monkeypatch.setattr(progress_module, "for_terminal",
                        lambda: progress_module.TerminalProgress(screen, width=100))
    paths = _projects(tmp_path, ["某某中心"])
    result = CliRunner().invoke(main, ["packet", *paths, "--out", str(tmp_path / "out"),
                                       "--format", "pdf"])
    assert result.exit_code == 0, result.output
    shown = screen.getvalue()
    for step, name in enumerate(PHASES, start=1):
        assert f"[{step}/4 {name}]" in shown
    last = shown.rsplit("\r", 1)[-1]
    assert last.startswith("[4/4 打包]") and "完成" in last


def test_no_progress_is_written_when_not_a_terminal(tmp_path: Path) -> None:
    paths = _projects(tmp_path, ["某某中心"])
    result = CliRunner().invoke(main, ["packet", *paths, "--out", str(tmp_path / "out"),
                                       "--format", "xlsx"])
    assert result.exit_code == 0, result.output
    assert "\r" not in result.output and "[1/4" not in result.output
