"""The ``perfdocs`` command gives the cyclic garbage collector room (perfdocs/cli/__init__.py
``roomy_collector``, issue 20.2): a one-form render no longer spends 10–16 ms walking the
objects its imports made, and a process that tuned its own collector keeps its setting."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from perfdocs.cli import COMMAND_THRESHOLDS, PYTHON_THRESHOLDS

ROOT = Path(__file__).resolve().parent.parent
FORM = ROOT / "data" / "2024" / "技能评价业务经费.yaml"

RUN = """
import atexit, gc, json, sys
tuned = json.loads(sys.argv[1])
# runs after every exit function registered later (the command's): what Python's shutdown sees
atexit.register(lambda: print(json.dumps({"frozen at exit": gc.get_freeze_count()})))
if tuned:
    gc.set_threshold(*tuned)
counts = [0, 0, 0]
gc.callbacks.append(lambda phase, info: phase == "stop"
                    and counts.__setitem__(info["generation"], counts[info["generation"]] + 1))
from perfdocs.cli import main
try:
    main(sys.argv[2:])
except SystemExit as exc:
    status = exc.code
print(json.dumps({"status": status, "threshold": gc.get_threshold(), "collections": counts}))
"""


def run(args: list[str], tuned: tuple[int, ...] | None = None) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", RUN, json.dumps(tuned), *args],
                          capture_output=True, text=True, encoding="utf-8", check=True,
                          cwd=ROOT)
    *_, line, at_exit = done.stdout.splitlines()
    result: dict[str, object] = json.loads(line) | json.loads(at_exit)
    return result


def test_python_defaults_are_what_the_check_compares_with() -> None:
    probe = subprocess.run([sys.executable, "-c", "import gc; print(list(gc.get_threshold()))"],
                           capture_output=True, text=True, check=True)
    assert tuple(json.loads(probe.stdout)) == PYTHON_THRESHOLDS


def test_a_one_form_render_walks_no_start_up_objects(tmp_path: Path) -> None:
    args = ["render", str(FORM), "--form", "自评表", "-f", "pdf", "-o", str(tmp_path),
            "--no-cache"]
    run(args)  # the per-user caches filled: a first run ever makes more objects
    roomy = run(args)
    assert roomy["status"] in (0, None)
    assert tuple(roomy["threshold"]) == COMMAND_THRESHOLDS  # type: ignore[arg-type]
    # Python's own thresholds, as close as the check lets a process keep them
    python = run(args, tuned=(PYTHON_THRESHOLDS[0] + 1, *PYTHON_THRESHOLDS[1:]))
    collected = sum(roomy["collections"])  # type: ignore[arg-type]
    walked = sum(python["collections"])  # type: ignore[arg-type]
    assert walked >= 20, python  # ≈ 56 young and 5 middle collections in 2026
    assert collected * 5 <= walked, (roomy, python)
    assert list(tmp_path.rglob("*.pdf"))


def test_the_command_leaves_its_objects_frozen_for_the_shutdown(tmp_path: Path) -> None:
    """Python's shutdown collects twice over every object left; the command freezes them
    at exit (≈ 6 % of a one-form render's instructions), a tuned process does not."""
    args = ["render", str(FORM), "--form", "自评表", "-f", "pdf", "-o", str(tmp_path),
            "--no-cache"]
    done = run(args)
    assert done["status"] in (0, None)
    assert done["frozen at exit"] > 10_000  # type: ignore[operator]
    assert list(tmp_path.rglob("*.pdf"))
    assert run(["--help"])["frozen at exit"] > 0  # type: ignore[operator]
    assert run(["--help"], tuned=(1000, 5, 5))["frozen at exit"] == 0


def test_the_setting_applies_to_every_command_line() -> None:
    assert tuple(run(["--help"])["threshold"]) == COMMAND_THRESHOLDS  # type: ignore[arg-type]
    assert tuple(run(["nosuchcommand"])["threshold"]) == COMMAND_THRESHOLDS  # type: ignore[arg-type]


def test_a_process_that_tuned_its_collector_keeps_it() -> None:
    result = run(["--help"], tuned=(1000, 5, 5))
    assert tuple(result["threshold"]) == (1000, 5, 5)  # type: ignore[arg-type]
