"""Local ``--jobs 2`` against a 2-worker Dask cluster on this machine, and what 100,000
projects would take on N workers (issue 20, item 3).

Run:  python benchmarks/cluster.py [--projects 200] [--quick] [--json out.json]

Both runs are whole ``perfdocs render`` processes over the same synthetic projects (a
60-indicator 2024 自评表 each, all three formats, no render cache), timed from start to
exit: what a user waits for. The cluster is a ``distributed.LocalCluster`` of two worker
processes with one thread each, started here before the timed runs; the first render on it
("cold") pays the workers' imports and font parse, the second ("warm") is a cluster that
has served a run before — how a standing cluster is used. A one-project render on the warm
cluster gives the fixed cost of a run (connecting, checking the workers, shipping fonts and
layouts). The client's own CPU seconds per form (receiving, checking and writing every
file) bound how fast one client can go, whatever the number of workers.

The projection for P projects on N workers, with F forms per project:
    per-form worker time  w = (warm − fixed) × 2 / forms          (2 workers here)
    client time per form  c = client CPU seconds / forms
    time(N) = fixed + P × F × max(w / N, c)
It assumes workers as fast as this machine's cores and a client that only writes.

Import-safe: nothing runs at import, and only the standard library is imported at the
top, so ``benchmarks/render.py`` can call :func:`measure`.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

PROJECTION_PROJECTS = 100_000
PROJECTION_WORKERS = (2, 8, 32, 128)


def _render(files: list[Path], out: Path, *extra: str) -> dict[str, float]:
    """One whole ``perfdocs render`` process: wall seconds and its own CPU seconds."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)}
    env.pop("SOURCE_DATE_EPOCH", None)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # users' installs have their bytecode
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "perfdocs", "render", *map(str, files),
                           "--format", "xlsx,docx,pdf", "--no-cache", "--out", str(out),
                           *extra], capture_output=True, text=True, env=env, check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if proc.returncode != 0:
        raise RuntimeError(f"perfdocs render failed ({proc.returncode}): {proc.stderr[-2000:]}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return {"seconds": round(wall, 3), "cpu_seconds": round(cpu, 3)}


def _cpu_seconds() -> float:
    """This process's CPU seconds (run on each worker)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _worker_cpu(client: Any) -> float:
    """CPU seconds used so far by all the cluster's worker processes together."""
    return float(sum(client.run(_cpu_seconds).values()))


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def measure(work: Path, *, projects: int = 200, quick: bool = False) -> dict[str, Any]:
    """The figures (JSON-able): local ``--jobs 2`` and the 2-worker cluster on the same
    projects, forms per second, whether the files are identical, and the projection.
    Returns ``{"missing": why}`` when dask.distributed is not installed."""
    try:
        import distributed
    except ImportError:
        return {"missing": "dask.distributed is not installed (pip install 'perfdocs[dask]')"}
    from benchmarks.synthetic import write_projects

    count = min(projects, 30) if quick else projects
    load_before = list(os.getloadavg())
    work = Path(work)
    files = write_projects(work / "projects", count)
    local = _render(files, work / "local", "--jobs", "2")
    forms = sum(1 for p in (work / "local").rglob("*.pdf"))
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                  dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        on = ("--executor", "dask", "--scheduler", cluster.scheduler_address)
        cold = _render(files, work / "cold", *on)
        used = _worker_cpu(client)
        warm = _render(files, work / "warm", *on)
        warm["worker_cpu_seconds"] = round(_worker_cpu(client) - used, 3)
        fixed = _render(files[:1], work / "one", *on)
    identical = _tree(work / "local") == _tree(work / "warm") == _tree(work / "cold")
    per_form_worker = max(warm["seconds"] - fixed["seconds"], 0.0) * 2 / forms
    per_form_worker_cpu = warm["worker_cpu_seconds"] / forms
    per_form_client = warm["cpu_seconds"] / forms
    per_project = forms / count
    projection: dict[str, Any] = {}
    for basis, per_form in (("measured_wall", per_form_worker),
                            ("worker_cpu", per_form_worker_cpu)):
        projection[basis] = {}
        for workers in PROJECTION_WORKERS:
            seconds = fixed["seconds"] + PROJECTION_PROJECTS * per_project * max(
                per_form / workers, per_form_client)
            projection[basis][str(workers)] = {
                "seconds": round(seconds), "hours": round(seconds / 3600, 2),
                "bound_by": "client" if per_form_client > per_form / workers else "workers"}
    return {
        "what": "whole `perfdocs render` processes, all three formats, --no-cache; "
                "LocalCluster(n_workers=2, threads_per_worker=1, processes=True)",
        "projects": count, "forms": forms, "cores": os.cpu_count(),
        "loadavg_before": load_before,
        "local_jobs2": {**local, "forms_per_s": round(forms / local["seconds"], 2)},
        "cluster_cold": {**cold, "forms_per_s": round(forms / cold["seconds"], 2)},
        "cluster_warm": {**warm, "forms_per_s": round(forms / warm["seconds"], 2)},
        "cluster_one_project_s": fixed["seconds"],
        "identical_bytes": identical,
        "per_form_worker_s": round(per_form_worker, 4),
        "per_form_worker_cpu_s": round(per_form_worker_cpu, 4),
        "per_form_client_cpu_s": round(per_form_client, 4),
        "projection": {"projects": PROJECTION_PROJECTS, "forms": round(
            PROJECTION_PROJECTS * per_project), "formula":
            "fixed + P*F*max(w/N, c); c = client CPU s/form; w = (warm-fixed)*2/forms "
            "(measured_wall: as this loaded machine gave it) or worker CPU s/form "
            "(worker_cpu: a worker with a core to itself)",
            "by_workers": projection},
        "loadavg_after": list(os.getloadavg()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--projects", type=int, default=200)
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    import tempfile

    with tempfile.TemporaryDirectory(prefix="perfdocs-cluster-") as work:
        report = measure(Path(work), projects=args.projects, quick=args.quick)
    text = json.dumps(report, ensure_ascii=False, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
