"""Incremental rebuilds (issue 20, item 1): one project of many changes, render again.

Run:  python benchmarks/rebuild.py [--projects 200] [--quick] [--json out.json]
Or from the main benchmark:  ``from benchmarks.rebuild import measure``.

Measures, whole process against whole process (each run a new ``python -m perfdocs``,
start-up included, as a user waits for it), on synthetic 60-indicator 自评表
(:mod:`benchmarks.synthetic`):

* ``render``: the first run of N projects in all three formats (the cache is on by
  default and filled by this run), then N rebuilds each after one project changed, and
  a ``--no-cache`` run of the same inputs for reference, and runs with nothing changed
  (start-up plus the unchanged projects' checks); the ratio first / rebuild (the
  issue's target: ≥ 10×), and whether the rebuilt folder equals a clean build of the same
  inputs byte for byte (``diff -r``, the cache folder apart);
* ``packet``: the same for ``perfdocs packet`` (the 自评 stage: forms, 自评报告, the
  一览表, the bound PDF, the manifest and the zip), with where the rebuild's time goes,
  measured inside the rebuild run itself (validating every file, the projects' forms,
  the 一览表, binding, manifest, zip).

Wall seconds (median of the rebuilds) and CPU seconds (user + system of the process and
its children) are both reported: the machine is shared, and CPU time moves less with
the load (``loadavg`` says what it was). It is a measurement, not a test.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks import installed  # noqa: E402

TARGET_RATIO = 10.0
"""Issue 20: 200 projects, one changed, rendered again ≥ 10× faster than the first run."""

_SPLIT = r"""
import json, sys, time
from perfdocs.packet import packet

spent = {}

def timed(name, fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            spent[name] = spent.get(name, 0.0) + time.perf_counter() - start
    return wrapper

def timed_run(fn):
    def wrapper(*args, **kwargs):
        start = time.perf_counter()
        for item in fn(*args, **kwargs):
            spent["forms"] = spent.get("forms", 0.0) + time.perf_counter() - start
            yield item
            start = time.perf_counter()
        spent["forms"] = spent.get("forms", 0.0) + time.perf_counter() - start
    return wrapper

packet.build_packet = timed("total", packet.build_packet)
packet._build_all = timed("after_validation", packet._build_all)
packet._run = timed_run(packet._run)
for name, key in (("_overview", "overview"), ("_declaration_summary", "summary"),
                  ("_bind_volumes", "binding"), ("_manifest", "manifest"), ("_zip", "zip"),
                  ("_swap", "swap")):
    setattr(packet, name, timed(key, getattr(packet, name)))
from perfdocs.cli import main
try:
    main(sys.argv[2:], standalone_mode=False)
finally:
    spent["validation"] = spent.get("total", 0.0) - spent.get("after_validation", 0.0)
    parts = ("forms", "overview", "summary", "binding", "manifest", "zip", "swap")
    spent["other"] = spent.get("after_validation", 0.0) - sum(spent.get(k, 0.0) for k in parts)
    with open(sys.argv[1], "w", encoding="utf-8") as handle:
        json.dump(spent, handle)
"""


def _run(args: list[str], cwd: Path, *, script: str | None = None) -> dict[str, float]:
    """One whole ``perfdocs`` process: wall and CPU seconds (it must succeed)."""
    runtime = installed.current()
    command = [runtime.python, "-c", script, *args] if script else \
        [runtime.python, "-m", "perfdocs.cli", *args]
    env = runtime.env()
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True,
                          check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise RuntimeError(f"perfdocs {' '.join(args[:2])} failed:\n{done.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"wall_s": round(wall, 3), "cpu_s": round(cpu, 3)}


def _change(path: Path, round_: int) -> None:
    """A visible change to one project (its 实际完成情况), as a correction would be."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("    实际完成情况: ", f"    实际完成情况: 第{round_}次更正：", 1),
                    encoding="utf-8")


def _identical(a: Path, b: Path) -> bool:
    """``diff -r`` of two output folders, the cache folder apart."""
    found = subprocess.run(["diff", "-rq", "-x", ".perfdocs-cache", str(a), str(b)],
                           capture_output=True, text=True, check=False)
    return found.returncode == 0


def _median(runs: list[dict[str, float]], key: str) -> float:
    return round(statistics.median(r[key] for r in runs), 3)


def _render(work: Path, names: list[str], rebuilds: int) -> dict[str, Any]:
    formats = ["--format", "xlsx,docx,pdf"]
    first = _run(["render", *names, "-o", "out", *formats], work)
    again = []
    for round_ in range(rebuilds):
        _change(work / names[(round_ * 37 + 11) % len(names)], round_ + 1)
        again.append(_run(["render", *names, "-o", "out", *formats], work))
    # nothing changed: what the 199 unchanged projects and start-up cost without a render
    unchanged = [_run(["render", *names, "-o", "out", *formats], work) for _ in range(rebuilds)]
    clean = _run(["render", *names, "-o", "clean", "--no-cache", *formats], work)
    return {
        "projects": len(names), "formats": "xlsx,docx,pdf",
        "jobs": "default (perfdocs picks: engine.pool.auto_jobs)",
        **_timings(first, again, clean),
        "unchanged_s": _median(unchanged, "wall_s"),
        "unchanged_cpu_s": _median(unchanged, "cpu_s"),
        "target_ratio": TARGET_RATIO,
        "identical_to_clean": _identical(work / "out", work / "clean"),
    }


def _timings(first: dict[str, float], again: list[dict[str, float]],
             clean: dict[str, float]) -> dict[str, Any]:
    """The first run, the rebuilds (median) and a ``--no-cache`` run; ``ratio`` is the first
    run's wall time over a rebuild's."""
    rebuild = _median(again, "wall_s")
    return {
        "first_s": first["wall_s"], "first_cpu_s": first["cpu_s"],
        "rebuild_s": rebuild, "rebuild_cpu_s": _median(again, "cpu_s"),
        "rebuilds": [r["wall_s"] for r in again],
        "no_cache_s": clean["wall_s"],
        "ratio": round(first["wall_s"] / rebuild, 2),
        "cpu_ratio": round(first["cpu_s"] / _median(again, "cpu_s"), 2),
    }


def _packet(work: Path, names: list[str], rebuilds: int) -> dict[str, Any]:
    common = ["--date", "2025-03-01", "--format", "xlsx,docx,pdf"]
    first = _run(["packet", *names, "-o", "pk", *common], work)
    again = []
    splits = []
    for round_ in range(rebuilds):
        _change(work / names[(round_ * 53 + 7) % len(names)], 100 + round_)
        split_file = work / f"split{round_}.json"
        again.append(_run([str(split_file), "packet", *names, "-o", "pk", *common], work,
                          script=_SPLIT))
        splits.append(json.loads(split_file.read_text(encoding="utf-8")))
    clean = _run(["packet", *names, "-o", "pk-clean", "--no-cache", *common], work)
    split = {key: round(statistics.median(s.get(key, 0.0) for s in splits), 3)
             for key in ("validation", "forms", "overview", "binding", "manifest", "zip",
                         "swap", "other", "total")}
    zips_same = all(
        (work / "pk" / z.name).read_bytes() == z.read_bytes()
        for z in (work / "pk-clean").glob("*.zip"))
    return {
        "projects": len(names), "stage": "自评",
        **_timings(first, again, clean),
        "split": split,
        "split_note": "seconds inside the rebuild process (median over the rebuilds): "
                      "validation = every file prepared; forms = the projects' files "
                      "(cached or rendered); overview = 一览表; binding = bound PDF; "
                      "other = staging, clean-up; start-up and imports are outside 'total'",
        "identical_to_clean": _identical(work / "pk", work / "pk-clean") and zips_same,
    }


def measure(work: Path, *, projects: int = 200, quick: bool = False,
            packet: bool = True) -> dict[str, Any]:
    """First run and rebuilds after one change, for ``render`` and ``packet``.

    ``work`` is an empty folder this fills (projects and outputs). ``quick``: 20
    projects, one rebuild each (a smoke run; the ratio then says little); ``packet``
    False measures ``render`` only. Returns JSON-able figures (see the module's docstring).
    """
    from benchmarks.synthetic import write_projects

    if quick:
        projects = min(projects, 20)
    rebuilds = 1 if quick else 3
    work = Path(work)
    paths = write_projects(work / "in", projects)
    names = [str(p.relative_to(work)) for p in paths]
    load_before = os.getloadavg()
    result: dict[str, Any] = {
        "what": "whole process (python -m perfdocs.cli), synthetic 60-indicator 自评表, "
                "one project changed before each rebuild",
        "runtime": installed.current().describe(),
        "render": _render(work, names, rebuilds),
    }
    print(json.dumps({"render": result["render"]}, ensure_ascii=False), file=sys.stderr,
          flush=True)  # a long run interrupted in its packet part still says this much
    if packet:  # from the original inputs again
        shutil.rmtree(work / "in")
        write_projects(work / "in", projects)
        result["packet"] = _packet(work, names, rebuilds)
    result["loadavg"] = {"before": [round(x, 2) for x in load_before],
                         "after": [round(x, 2) for x in os.getloadavg()],
                         "cpus": os.cpu_count()}
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--no-packet", action="store_true", help="render only")
    parser.add_argument("--json", metavar="FILE")
    parser.add_argument("--install", choices=("user", "checkout"), default="user",
                        help="a new venv with this checkout installed (default), or this "
                             "checkout with this interpreter (benchmarks/installed.py)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="perfdocs-rebuild-") as tmp:
        if args.install == "user":
            installed.CURRENT = installed.user(Path(tmp))
        report = measure(Path(tmp), projects=args.projects, quick=args.quick,
                         packet=not args.no_packet)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        Path(args.json).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
