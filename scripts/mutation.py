"""Mutation testing of the arithmetic: which changes to the code would the tests miss?

Runs mutmut (configured under ``[tool.mutmut]`` in pyproject.toml: the calculator, numbers,
targets and the layout's scoring, against the tests that pin figures) and prints, per module,
how many mutants the tests killed and which survived. It is slow (tens of minutes) and is not
part of the test command; run it after changing the arithmetic or its tests::

    pip install -e ".[test,mutation]"
    python scripts/mutation.py --run            # mutate, test, report
    python scripts/mutation.py                  # report the last run again
    python scripts/mutation.py --survivors      # … and show each survivor's diff

In layout.py only the scoring part counts (the classes named in SCORING below): the rest of
that module is the layout schema, whose mutants change error wording that tests of the
schema, not of the arithmetic, cover. docs/mutation.md records the last run and why each
surviving mutant is harmless.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MUTANTS = ROOT / "mutants"

# Exit codes mutmut records per mutant (mutmut.stats.status_by_exit_code).
STATUS = {1: "killed", 3: "killed", 0: "survived", 5: "no tests", 33: "no tests",
          34: "skipped", 36: "timeout", 37: "killed", -24: "timeout", 24: "timeout",
          152: "timeout", 255: "timeout", None: "not checked"}
SCORING = ("ǁScoringǁ", "ǁTierǁ", "ǁGradeǁ", "ǁExecutionStepǁ", "ǁRoundingSpecǁ",
           "ǁRoundingSetǁ", "ǁNumberStyleǁ")


def counted(module: str, key: str) -> bool:
    """Whether a mutant belongs to the arithmetic this run measures."""
    if module.endswith("layouts/layout.py"):
        return any(mark in key for mark in SCORING)
    return True


def results() -> dict[str, dict[str, str]]:
    """Every mutant's status, by module, from mutmut's .meta files."""
    found: dict[str, dict[str, str]] = defaultdict(dict)
    for meta in sorted(MUTANTS.rglob("*.py.meta")):
        module = str(meta.relative_to(MUTANTS))[: -len(".meta")]
        data = json.loads(meta.read_text(encoding="utf-8"))
        for key, code in data.get("exit_code_by_key", {}).items():
            if counted(module, key):
                found[module][key] = STATUS.get(code, "suspicious")
    return found


def report(found: dict[str, dict[str, str]]) -> dict[str, object]:
    rows = []
    total: Counter[str] = Counter()
    for module, statuses in sorted(found.items()):
        counts = Counter(statuses.values())
        total.update(counts)
        rows.append((module, counts))
    print(f"{'module':45} {'mutants':>8} {'killed':>7} {'survived':>9} {'other':>6} {'score':>7}")
    for module, counts in [*rows, ("total", total)]:
        n = sum(counts.values())
        killed, survived = counts["killed"], counts["survived"]
        decided = killed + survived
        score = f"{100 * killed / decided:.1f}%" if decided else "—"
        print(f"{module:45} {n:8} {killed:7} {survived:9} {n - decided:6} {score:>7}")
    survivors = sorted(k for statuses in found.values() for k, s in statuses.items()
                       if s == "survived")
    decided = total["killed"] + total["survived"]
    return {"killed": total["killed"], "survived": total["survived"],
            "other": sum(total.values()) - decided,
            "score": round(100 * total["killed"] / decided, 1) if decided else None,
            "survivors": survivors}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--run", action="store_true", help="run mutmut first (slow)")
    parser.add_argument("--survivors", action="store_true", help="show each survivor's diff")
    parser.add_argument("--json", type=Path, help="write the summary as JSON here")
    args = parser.parse_args()
    if args.run:
        # Each surviving mutant runs its tests once; the valid-project property's examples per
        # layout are cut from 40 to 8 there so a run takes minutes per module, not hours.
        env = {**os.environ}
        env.setdefault("PERFDOCS_PROPERTY_EXAMPLES", "8")
        code = subprocess.call([sys.executable, "-m", "mutmut", "run"], cwd=ROOT, env=env)
        if code not in (0, 1):
            return code
    if not MUTANTS.exists():
        print("还没有运行过变异测试：python scripts/mutation.py --run", file=sys.stderr)
        return 1
    summary = report(results())
    survivors = summary["survivors"]
    assert isinstance(survivors, list)
    print(f"\n{len(survivors)} surviving mutants")
    for key in survivors:
        print(f"  {key}")
        if args.survivors:
            subprocess.call([sys.executable, "-m", "mutmut", "show", key], cwd=ROOT)
    if args.json:
        args.json.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
