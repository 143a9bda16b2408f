"""The long fuzz run: 10,000+ generated, mutated and arbitrary project files, then a summary.

    python scripts/fuzz.py                 # 12,000 examples over the nine properties
    python scripts/fuzz.py --examples 50000 --seed 7
    python scripts/fuzz.py --examples 10000 --only "mapping keys"

Each property of ``tests/test_properties.py`` and ``tests/test_properties_hostile.py`` is
run with hypothesis for its share of the examples; every example's outcome ("ok", or the
PerfdocsError subclass a user would see) is counted. Any other exception — a crash perfdocs
would print as 内部错误 — or a broken invariant stops that property with hypothesis' minimal
failing example, and the run exits 1.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--examples", type=int, default=12_000,
                        help="total examples (all properties)")
    parser.add_argument("--seed", type=int, default=None, help="hypothesis seed (default: random)")
    parser.add_argument("--only", action="append", default=[],
                        help="run only this property (repeatable; a name as printed)")
    args = parser.parse_args()

    from hypothesis import HealthCheck, given, seed, settings

    from tests.test_properties import PROPERTIES as PROJECT_PROPERTIES
    from tests.test_properties_hostile import PROPERTIES as HOSTILE_PROPERTIES

    PROPERTIES = {**PROJECT_PROPERTIES, **HOSTILE_PROPERTIES}
    if args.only:
        PROPERTIES = {name: PROPERTIES[name] for name in args.only}
    share = max(1, args.examples // len(PROPERTIES))
    profile = settings(max_examples=share, deadline=None, database=None,
                       suppress_health_check=list(HealthCheck))
    failed = False
    grand = Counter[str]()
    print(f"perfdocs fuzz: {share} examples for each of {len(PROPERTIES)} properties",
          flush=True)
    for name, (strategy, check) in PROPERTIES.items():
        counts = Counter[str]()
        test = profile(given(strategy)(_counting(check, counts, name)))
        if args.seed is not None:
            test = seed(args.seed)(test)
        start = time.monotonic()
        crashed = False
        try:
            test()
        except Exception as exc:  # a crash or a broken invariant: report and go on
            failed = crashed = True
            print(f"✗ {name}: {type(exc).__name__}: {exc}", flush=True)
        seconds = time.monotonic() - start
        total = sum(counts.values())
        grand.update(counts)
        detail = ", ".join(f"{label} {count}" for label, count in counts.most_common())
        mark = "✗" if crashed else "✓"
        print(f"{mark} {name}: {total} examples in {seconds:.1f} s — {detail}", flush=True)
    print(f"total: {sum(grand.values())} examples — "
          + ", ".join(f"{label} {count}" for label, count in grand.most_common()))
    print("no crash, every invariant held" if not failed else "FAILURES above")
    return 1 if failed else 0


PROGRESS_SECONDS = 60.0
"""How often a long property prints its counts so far (a run cut short still reports)."""


def _counting(check: Any, counts: Counter[str], name: str) -> Any:
    """The property's check, counting each example's outcome label, with a progress line
    every :data:`PROGRESS_SECONDS`."""
    last = [time.monotonic()]

    def run(value: Any) -> None:
        counts[check(value)] += 1
        now = time.monotonic()
        if now - last[0] >= PROGRESS_SECONDS:
            last[0] = now
            detail = ", ".join(f"{label} {count}" for label, count in counts.most_common())
            print(f"  … {name}: {sum(counts.values())} so far — {detail}", flush=True)

    return run


if __name__ == "__main__":
    raise SystemExit(main())
