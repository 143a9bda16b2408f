"""Mutation testing of the arithmetic: which changes to the code would the tests miss?

Runs mutmut (configured under ``[tool.mutmut]`` in pyproject.toml: the calculator, numbers,
targets and the layout's scoring, against the tests that pin figures) and prints, per module,
how many mutants the tests killed and which survived. It is slow (tens of minutes) and is not
part of the test command; run it after changing the arithmetic or its tests::

    pip install -e ".[test,mutation]"
    python scripts/mutation.py --run            # mutate, test, report
    python scripts/mutation.py                  # report the last run again
    python scripts/mutation.py --survivors      # … and show each survivor's diff
    python scripts/mutation.py --named          # the hand-made mutants named below

mutmut's operators change literals, operators and calls; the mistakes a maintainer is likely
to make in this code are of another kind — a rounding mode swapped, a rule's option ignored,
a bound made exclusive — so NAMED lists those too, each applied to a copy of the tree and run
against the same tests: every one must be killed.

In layouts/records.py only the scoring part counts (the classes named in SCORING below): the
rest of that module is the layout's other records (grid, labels, rows), which tests of the
forms, not of the arithmetic, cover. docs/mutation.md records the last run and why each
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


# (file, text in it, its replacement, what the mutant does)
NAMED: tuple[tuple[str, str, str, str], ...] = (
    ("perfdocs/model/numbers.py", '_MODES = {"half_up": ROUND_HALF_UP,',
     '_MODES = {"half_up": ROUND_HALF_EVEN,', "half_up rounds half-even"),
    ("perfdocs/model/numbers.py", '"down": ROUND_DOWN,', '"down": ROUND_HALF_UP,',
     "down (cut) rounds half-up"),
    ("perfdocs/model/numbers.py", '"up": ROUND_UP,', '"up": ROUND_HALF_UP,',
     "up (away from zero) rounds half-up"),
    ("perfdocs/compute/calculate.py",
     'basis = exact if scoring.execution_from == "exact" and exact is not None else rate',
     "basis = rate", "执行率得分 always from the printed rate"),
    ("perfdocs/compute/calculate.py",
     'basis = exact if scoring.execution_from == "exact" and exact is not None else rate',
     "basis = exact if exact is not None else rate", "执行率得分 always from the exact rate"),
    ("perfdocs/compute/calculate.py", "        score = min(score, weight)\n",
     "        score = score\n", "the 执行率得分 cap ignored"),
    ("perfdocs/compute/calculate.py", 'if scoring.reverse_rule == "deviation":',
     "if False:", "the deviation reverse rule ignored"),
    ("perfdocs/compute/calculate.py", "return max(ZERO, (1 - (got - goal) / goal) * weight)",
     "return max(ZERO, (1 - (got - goal) / got) * weight)", "deviation measured against 实际"),
    ("perfdocs/compute/calculate.py", "return min(weight, goal / got * weight)",
     "return min(weight, got / goal * weight)", "reverse ratio turned over"),
    ("perfdocs/rules/validate.py", "if tier.min <= percent <= tier.max:",
     "if tier.min < percent <= tier.max:", "a tier's lower bound exclusive"),
    ("perfdocs/rules/validate.py", "if tier.min <= percent <= tier.max:",
     "if tier.min <= percent < tier.max:", "a tier's upper bound exclusive"),
    ("perfdocs/layouts/records.py",
     "return total >= self.min if self.inclusive else total > self.min",
     "return total > self.min", "a grade's minimum exclusive"),
    ("perfdocs/rules/validate.py", "score_within_weight, figures_as_printed,",
     "score_within_weight,", "a typed 得分 of 23.555 accepted"),
    ("templates/shanghai-2021/layout.toml", 'rate = { places = 2, mode = "up" }',
     'rate = { places = 2, mode = "half_up" }', "2021 执行率 half-up (13.04%, not 13.05%)"),
)


def run_named() -> int:
    """Apply each NAMED mutant to a copy of the tree, run the figure tests, expect a failure."""
    import shutil
    import tempfile
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    tests = config["tool"]["mutmut"]["pytest_add_cli_args_test_selection"]
    survived = 0
    for path, old, new, what in NAMED:
        with tempfile.TemporaryDirectory() as folder:
            copy = Path(folder) / "tree"
            for part in ("perfdocs", "templates", "data", "tests", "pyproject.toml"):
                source = ROOT / part
                if source.is_dir():
                    shutil.copytree(source, copy / part)
                else:
                    shutil.copy2(source, copy / part)
            seeds = ROOT.parent / "shared"
            if seeds.exists():
                (Path(folder) / "shared").symlink_to(seeds)
            target = copy / path
            text = target.read_text(encoding="utf-8")
            if old not in text:
                print(f"  ?  {what}: the code it mutates is gone ({path})")
                survived += 1
                continue
            target.write_text(text.replace(old, new, 1), encoding="utf-8")
            env = {**os.environ, "PYTHONPATH": str(copy), "PERFDOCS_PROPERTY_EXAMPLES": "8"}
            code = subprocess.call([sys.executable, "-m", "pytest", "-x", "-q",
                                    "-p", "no:cacheprovider", *tests], cwd=copy, env=env,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            # pytest: 1 = a test failed (killed), 0 = all passed (survived); any other
            # status (no such test file, a collection error) proves nothing either way.
            verdict = {1: "killed  ", 0: "SURVIVED"}.get(code, f"ERROR {code}")
            survived += code != 1
            print(f"  {verdict}  {what}")
    print(f"{len(NAMED) - survived} of {len(NAMED)} named mutants killed")
    return 1 if survived else 0


def counted(module: str, key: str) -> bool:
    """Whether a mutant belongs to the arithmetic this run measures."""
    if module.endswith("layouts/records.py"):
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
    parser.add_argument("--named", action="store_true", help="run the hand-made mutants")
    args = parser.parse_args()
    if args.named:
        return run_named()
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
