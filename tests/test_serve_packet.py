"""The workbench's packet job says what ``perfdocs packet`` prints (every file's warnings
and notes, the files left out; tester2 #1: it answered ``"messages": []``) and takes the
cover date ``--date`` takes (tester2 #12: it was always today)."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path

import pytest

from tests.serve_support import copy_projects, make_bench

pytest.importorskip("starlette")

FILES = ["2024/技能评价业务经费.yaml", "2024/第48届世赛筹办场地经理跟岗学习经费.yaml",
         "2024/职业培训基础能力建设资助.yaml"]


@pytest.fixture()
def bench(tmp_path: Path):
    return make_bench(copy_projects(tmp_path / "work"))


def _wait(bench, job: dict) -> dict:
    deadline = time.monotonic() + 300
    while job["state"] == "running" and time.monotonic() < deadline:
        time.sleep(0.2)
        job = bench.client.get(f"/api/jobs/{job['id']}").json()
    return job


def test_a_packet_job_says_the_warnings_and_notes_and_is_dated(bench) -> None:
    started = bench.post("/api/packet", {"stage": "申报", "paths": FILES,
                                         "date": "2025年3月1日"})
    assert started.status_code == 200, started.text
    job = _wait(bench, started.json())
    assert job["state"] == "done", job
    messages = job["messages"]
    # the 2024 set's one warning is on a 自评 实际完成值: not the 申报 packet's to say
    assert [m for m in messages if ": 警告 " in m] == [], messages
    assert f"注意：{FILES[1]}：没有「申报」部分，未放入绩效目标申报材料" in messages
    assert str(bench.root) not in "\n".join(messages)
    (folder,) = [p for p in (bench.root / "output").iterdir() if p.is_dir()
                 and not p.name.startswith(".")]
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["date"] == "2025-03-01"
    with zipfile.ZipFile(folder.with_name(folder.name + ".zip")) as archive:
        assert {i.date_time for i in archive.infolist()} == {(2025, 3, 1, 0, 0, 0)}
    # the 自评 packet holds that part: the warning, its file named as the list names it
    started = bench.post("/api/packet", {"stage": "自评", "paths": FILES,
                                         "date": "2025年3月1日"})
    assert started.status_code == 200, started.text
    job = _wait(bench, started.json())
    assert job["state"] == "done", job
    warned = [m for m in job["messages"] if ": 警告 " in m]
    assert len(warned) == 1 and warned[0].startswith(f"{FILES[2]}:344: 警告 "), job
    assert "超过年度指标值 2 的 3 倍" in warned[0]


@pytest.mark.parametrize(("day", "said"), [("2025-02-30", "不存在"), ("明天", "YYYY-MM-DD"),
                                           (20250301, "YYYY-MM-DD")])
def test_a_wrong_date_is_refused_before_anything_starts(bench, day: object,
                                                        said: str) -> None:
    answer = bench.post("/api/packet", {"stage": "自评", "paths": FILES, "date": day})
    assert answer.status_code == 400
    assert said in answer.json()["error"]
    assert not (bench.root / "output").exists()


def test_the_list_page_has_the_date_field_the_script_sends(bench) -> None:
    page = bench.client.get("/")
    assert 'id="packet-date"' in page.text
    script = bench.client.get("/static/list.js").text
    assert 'getElementById("packet-date")' in script and "date: day" in script
