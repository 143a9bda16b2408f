"""Streams deflated on a helper thread while the PDF's save goes on (_compat.DeflatingAhead):
the same bytes as deflating each where reportlab asks, really on another thread, an error
raised where it would have been, and no thread left once a render returns."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
import zlib
from pathlib import Path
from typing import Any

import pytest

from perfdocs import _compat

ROOT = Path(__file__).resolve().parent.parent

_RENDER_ALL = r"""
import hashlib, json, sys, tempfile, threading
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from perfdocs import _compat
from benchmarks.synthetic import project_yaml
from perfdocs.engine.pipeline import built_forms, prepare, render_format
from perfdocs.errors import PerfdocsError
from perfdocs.loading.settings import Settings
from perfdocs.render.pdf.fonts import find_cjk_font

import os
os.getloadavg = lambda: (0.0, 0.0, 0.0)  # an idle machine, whatever the test's load
if sys.argv[2] == "off":
    _compat._cores = lambda: 1
threads = {}  # the thread each stream was deflated on by the helper's deflate, by name
released = _compat._released


def counted(text):
    if len(text) >= _compat.AHEAD_SMALLEST:  # not the filter's check of a sample
        name = threading.current_thread().name
        threads[name] = threads.get(name, 0) + 1
    return released(text)


_compat._released = counted
settings = Settings()
font = find_cjk_font(settings.pdf_fonts)
big = Path(tempfile.mkdtemp()) / "synthetic.yaml"
big.write_text(project_yaml(7, indicators=90), encoding="utf-8")
paths = sorted((Path(sys.argv[1]) / "data").rglob("*.yaml")) + [big]
digests, alive = {}, set()
for path in paths:
    try:
        forms = built_forms(prepare(path, settings))[0]
    except PerfdocsError:
        continue
    pdf = render_format("pdf", forms, settings, font, str(path))
    digests[path.name] = hashlib.sha256(pdf).hexdigest()
    alive.update(t.name for t in threading.enumerate())
print(json.dumps({"digests": digests, "threads": threads, "alive": sorted(alive)}))
"""


def _render_all(mode: str) -> dict[str, Any]:
    """Every PDF of data/ and a 90-indicator synthetic form, rendered in a fresh process
    (so that every font subset is made and deflated in it) with the helper ``on``/``off``."""
    done = subprocess.run([sys.executable, "-c", _RENDER_ALL, str(ROOT), mode],
                          capture_output=True, text=True, check=True, cwd=ROOT,
                          env={**os.environ, "PYTHONHASHSEED": "0"})
    result: dict[str, Any] = json.loads(done.stdout)
    return result


@pytest.mark.skipif(not hasattr(os, "sched_getaffinity") or len(os.sched_getaffinity(0)) < 2,
                    reason="the helper runs only with two cores or more")
def test_pdfs_are_the_same_bytes_with_the_helper_which_deflated_on_its_own_thread() -> None:
    on, off = _render_all("on"), _render_all("off")
    assert len(on["digests"]) >= 10 and "synthetic.yaml" in on["digests"]
    assert on["digests"] == off["digests"]
    # the mechanism ran: streams of 8 KB or more deflated on the helper, none without it
    assert on["threads"].get("perfdocs-deflate", 0) >= 10, on["threads"]
    assert off["threads"] == {}
    # and no helper outlived the render that started it
    assert on["alive"] == ["MainThread"], on["alive"]


@pytest.fixture
def two_cores(monkeypatch: pytest.MonkeyPatch) -> None:
    """Two cores, idle."""
    monkeypatch.setattr(_compat, "_cores", lambda: 2)
    monkeypatch.setattr(os, "getloadavg", lambda: (0.0, 0.0, 0.0))
    _compat._deflate_kept_once()


def _stream(seed: int, size: int = 64 * 1024) -> bytes:
    """Bytes of ``size`` that deflate slowly enough to be worth a helper (font-like)."""
    import random

    rng = random.Random(seed)
    return bytes(rng.choice(b"\x00\x01\x02\x7f\x80\xff glyf") for _ in range(size))


def test_a_stream_handed_over_is_deflated_on_the_helper_and_taken_from_it(
        two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfdoc

    where: list[str] = []
    plain, released = _compat._ENCODE, _compat._released
    assert plain is not None

    def encode(text: Any) -> Any:
        where.append("reportlab on " + threading.current_thread().name)
        return plain(text)

    def deflate(text: Any) -> bytes:
        where.append("released on " + threading.current_thread().name)
        return released(text)

    monkeypatch.setattr(_compat, "_ENCODE", encode)
    monkeypatch.setattr(_compat, "_released", deflate)
    data, small = _stream(1), _stream(2, _compat.AHEAD_SMALLEST - 1)
    before = threading.active_count()
    with _compat.DeflatingAhead() as ahead:
        assert threading.active_count() == before + 1
        ahead.submit(data)
        ahead.submit(small)  # too small to be worth the hop: deflated where asked
        for job in list(_compat._PENDING.values()):  # wait until the helper has it done
            job.done.acquire()
            job.done.release()
        assert pdfdoc.PDFZCompress.encode(data) == zlib.compress(data)
        assert pdfdoc.PDFZCompress.encode(small) == zlib.compress(small)
    assert where == ["released on perfdocs-deflate", "reportlab on MainThread"]
    assert threading.active_count() == before and not _compat._PENDING


def test_a_stream_the_helper_has_not_begun_is_deflated_where_it_is_asked_for(
        two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfdoc

    released = _compat._released
    hold = threading.Event()
    where: list[str] = []

    def deflate(text: Any) -> bytes:
        if threading.current_thread().name != "MainThread":
            hold.wait(5)  # the helper busy with the first stream
        where.append(threading.current_thread().name)
        return released(text)

    monkeypatch.setattr(_compat, "_released", deflate)
    first, second = _stream(3), _stream(4)
    with _compat.DeflatingAhead() as ahead:
        ahead.submit(first)
        ahead.submit(second)
        assert pdfdoc.PDFZCompress.encode(second) == zlib.compress(second)
        hold.set()
        assert pdfdoc.PDFZCompress.encode(first) == zlib.compress(first)
    assert where == ["MainThread", "perfdocs-deflate"]


def test_an_error_in_the_helper_is_raised_where_the_stream_is_taken(
        two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    from reportlab.pdfbase import pdfdoc

    def failing(text: Any) -> Any:
        raise ValueError(f"坏的流 {len(text)} on {threading.current_thread().name}")

    data = _stream(5)
    monkeypatch.setattr(_compat, "_ENCODE", failing)  # reportlab's filter
    monkeypatch.setattr(_compat, "_released", failing)  # the helper's deflate
    with pytest.raises(ValueError, match="MainThread") as without:
        pdfdoc.PDFZCompress.encode(data)
    with _compat.DeflatingAhead() as ahead:
        ahead.submit(data)
        job = _compat._PENDING[id(data)]
        job.done.acquire()  # the helper has met the error
        job.done.release()
        with pytest.raises(ValueError, match="MainThread") as within:
            pdfdoc.PDFZCompress.encode(data)
    assert str(within.value) == str(without.value)
    assert "perfdocs-deflate" not in {t.name for t in threading.enumerate()}


def test_the_helpers_deflate_is_zlib_compress() -> None:
    import random

    rng = random.Random(9)
    samples: list[Any] = [b"", "", "绩效目标 BT /F1 9 Tf (x) Tj ET\n" * 3000, _stream(8, 200_000),
                          bytes(rng.getrandbits(8) for _ in range(70_000))]
    for sample in samples:
        raw = sample.encode("utf8") if isinstance(sample, str) else sample
        assert _compat._released(sample) == zlib.compress(raw)
    _compat._deflate_kept_once()
    assert _compat._AHEAD_AGREES


def test_an_error_on_the_main_thread_joins_the_helper(two_cores: None) -> None:
    data = _stream(6)
    with pytest.raises(RuntimeError, match="drawing failed"), _compat.DeflatingAhead() as ahead:
        ahead.submit(data)
        raise RuntimeError("drawing failed")
    assert "perfdocs-deflate" not in {t.name for t in threading.enumerate()}
    assert not _compat._PENDING


def test_busy_cores_hand_nothing_over(two_cores: None, monkeypatch: pytest.MonkeyPatch
                                      ) -> None:
    monkeypatch.setattr(os, "getloadavg", lambda: (1.6, 1.0, 1.0))  # 2 cores, 1.6 busy
    with _compat.DeflatingAhead() as ahead:
        ahead.submit(_stream(11))
        assert not _compat._PENDING
    monkeypatch.setattr(os, "getloadavg", lambda: (1.4, 1.0, 1.0))  # ours and a bit more
    with _compat.DeflatingAhead() as ahead:
        ahead.submit(_stream(11))
        assert _compat._PENDING


def test_one_core_hands_nothing_over(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    monkeypatch.setattr(os, "cpu_count", lambda: 1)
    assert _compat._cores() == 1
    with _compat.DeflatingAhead() as ahead:
        ahead.submit(_stream(7))
        assert not _compat._PENDING
        assert "perfdocs-deflate" not in {t.name for t in threading.enumerate()}


def test_the_switch_interval_is_lowered_while_the_helper_runs_then_put_back(
        two_cores: None) -> None:
    before = sys.getswitchinterval()
    with _compat.DeflatingAhead():
        assert sys.getswitchinterval() == pytest.approx(
            min(before, _compat.AHEAD_SWITCH or before))
    assert sys.getswitchinterval() == before


def _cores_in_worker(_item: int) -> int:
    return _compat._cores()


@pytest.mark.skipif(os.name == "nt", reason="workers are forked on POSIX only")
def test_a_batchs_workers_share_the_cores_and_start_no_helper_on_two() -> None:
    from perfdocs.engine.pool import ordered_map

    cores = _compat._cores()
    seen = list(ordered_map(_cores_in_worker, [1, 2, 3, 4], 2))
    assert seen == [cores // 2] * 4
    assert _compat._cores() == cores  # the parent counts them all again afterwards


def test_no_thread_to_be_had_deflates_everything_where_asked(
        two_cores: None, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(self: threading.Thread) -> None:
        raise RuntimeError("can't start new thread")

    monkeypatch.setattr(threading.Thread, "start", refuse)
    before = sys.getswitchinterval()
    with _compat.DeflatingAhead() as ahead:
        data = _stream(12)
        ahead.submit(data)
        assert not _compat._PENDING and sys.getswitchinterval() == before
        from reportlab.pdfbase import pdfdoc

        assert pdfdoc.PDFZCompress.encode(data) == zlib.compress(data)
    assert getattr(_compat._HERE, "ahead", None) is None
