"""Progress in phases: an estimate that leaves the slow first item out, quiet off a terminal."""

from __future__ import annotations

import io

from perfdocs.cli.progress import QUIET, Estimate, TerminalProgress, for_terminal


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_first_item_start_up_does_not_inflate_the_estimate() -> None:
    est = Estimate(25, 0.0)
    est.advance(1, 8.0)  # the first project took 8 s (imports, fonts, layouts)
    assert est.remaining(8.0) is None  # nothing measured yet: no guess
    est.advance(1, 9.0)
    est.advance(1, 10.0)  # then 1 s each
    left = est.remaining(10.0)
    assert left is not None and abs(left - 22.0) < 1e-9  # 22 items × 1 s, not 22 × 3.3 s


def test_line_shows_phase_count_estimate_and_label() -> None:
    clock, out = Clock(), io.StringIO()
    shown = TerminalProgress(out, width=100, clock=clock)
    shown.phase("生成", 10)
    assert shown.line().startswith("[2/4 生成] ░") and "0/10" in shown.line()
    for index in range(4):
        clock.now += 2.0
        shown.advance(f"项目{index}.yaml")
    line = shown.line()
    assert "4/10" in line and "还需约 0:12" in line and line.endswith("项目3.yaml")
    shown.phase("合订", 3)
    assert shown.line().startswith("[3/4 合订]")
    shown.advance("", 3)
    assert "3/3  完成" in shown.line()
    shown.close()
    assert out.getvalue().endswith("\n") and "\r" in out.getvalue()


def test_long_labels_are_cut_to_the_terminal() -> None:
    from perfdocs.cli.cjk_text import display_width

    shown = TerminalProgress(io.StringIO(), width=40, clock=Clock())
    shown.phase("校验", 2)
    shown.advance("非常长的项目名称" * 10)
    assert display_width(shown.line()) <= 39 and shown.line().endswith("…")


def test_quiet_when_not_a_terminal() -> None:
    stream = io.StringIO()
    assert for_terminal(stream) is QUIET
    with for_terminal(stream) as shown:
        shown.phase("生成", 3)
        shown.advance("a.yaml")
    assert stream.getvalue() == ""


def test_a_phase_met_again_is_estimated_from_what_it_measured_before() -> None:
    clock, out = Clock(), io.StringIO()
    shown = TerminalProgress(out, width=100, clock=clock)
    shown.phase("生成", 4, part="材料包 1/2 甲")
    clock.now += 9.0  # start-up, paid once
    shown.advance("a")
    for name in ("b", "c", "d"):
        clock.now += 2.0
        shown.advance(name)
    shown.phase("打包", 1, part="材料包 1/2 甲")
    shown.advance("zip")
    shown.phase("生成", 5, part="材料包 2/2 乙")
    assert shown.line().startswith("[2/4 生成] 材料包 2/2 乙")
    clock.now += 2.0
    shown.advance("e")
    # 2 s an item, as measured in the first packet (its start-up left out): 4 items left
    assert "还需约 0:08" in shown.line()


def test_a_phase_counted_in_bytes_is_estimated_by_bytes() -> None:
    """Zipping: a 40 MB bound PDF then a hundred small forms. By files the estimate after
    the PDF said a minute for the second it took; by bytes it holds."""
    clock = Clock()
    shown = TerminalProgress(io.StringIO(), width=100, clock=clock)
    shown.phase("打包", 50_000_000, unit="B")
    clock.now += 4.0
    shown.advance("材料.pdf", 40_000_000)  # the first (start-up) is not measured
    clock.now += 1.0
    shown.advance("表.xlsx", 5_000_000)
    line = shown.line()
    assert "45.0/50.0 MB" in line and "还需约 0:01" in line
