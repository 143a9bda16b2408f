"""PERFDOCS_CACHE_MB mistyped is said once, and the default limit is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from perfdocs.engine.cache import DEFAULT_LIMIT, limit_bytes, limit_problem
from tests.conftest import ROOT, invoke

EXAMPLE = ROOT / "data" / "national-2020" / "社区居家养老服务补助.yaml"


@pytest.mark.parametrize(("value", "said"), [("abc", True), ("-5", True), ("1.5", True),
                                              ("0", False), (" 64 ", False), ("", False)])
def test_only_a_whole_number_is_a_limit(monkeypatch: pytest.MonkeyPatch, value: str,
                                        said: bool) -> None:
    monkeypatch.setenv("PERFDOCS_CACHE_MB", value)
    assert (limit_problem() is not None) == said
    if said:
        assert limit_bytes() == DEFAULT_LIMIT


def test_render_and_packet_say_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PERFDOCS_CACHE_MB", "abc")
    code, out = invoke("render", str(EXAMPLE), "-f", "xlsx", "-o", str(tmp_path / "r"))
    assert code == 0
    assert "注意：环境变量 PERFDOCS_CACHE_MB=「abc」不是整数" in out
    code, out = invoke("render", str(EXAMPLE), "-f", "xlsx", "-o", str(tmp_path / "n"),
                       "--no-cache")
    assert code == 0 and "PERFDOCS_CACHE_MB" not in out  # no cache, nothing to say
    code, out = invoke("packet", str(EXAMPLE), "-f", "xlsx", "-o", str(tmp_path / "p"),
                       "--stage", "自评")
    assert code == 0, out
    assert "PERFDOCS_CACHE_MB=「abc」" in out
