"""Which perfdocs the benchmarks' whole processes run: a user's install, or this checkout.

A user installs perfdocs with pipx (README's quick start): a virtual environment of its
own holding a plain, non-editable install with its bytecode compiled. The interpreter of
such an environment starts without whatever the developer's Python loads at start-up. On
this project's machines the shared interpreter runs four ``.pth`` hooks at every start
(a sandbox's certifi CA injection, coverage's start-up hook, setuptools' distutils shim,
and the editable install's finder, which also resolves every ``perfdocs`` import): about
30 ms of ``python -c pass`` that a user's perfdocs never pays, and that a whole-process
target of 0.2 s cannot absorb without measuring the wrong thing.

So the whole-process measures run, by default, the perfdocs of a new virtual environment
made here with ``python -m venv`` and ``pip install <this checkout>`` (``user``), as
pipx would make it. ``checkout`` runs this checkout with the benchmark's own interpreter
(what earlier runs measured, kept for comparison). Both are reported with their own
``python -c pass``, the floor of any command in that environment.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Runtime:
    """An interpreter, the perfdocs command beside it, and the environment to run them in."""

    how: str
    python: str
    perfdocs: list[str]
    path: list[str] = field(default_factory=list)
    """Folders put first on PYTHONPATH (this checkout, for ``checkout``); none for ``user``."""
    note: str = ""

    def env(self, extra: dict[str, str] | None = None) -> dict[str, str]:
        """``os.environ`` for a child: this runtime's path, then ``extra``."""
        env = dict(os.environ)
        env.pop("PYTHONPATH", None)
        if self.path:
            env["PYTHONPATH"] = os.pathsep.join(self.path)
        env.update(extra or {})
        return env

    def describe(self) -> dict[str, str]:
        return {"how": self.how, "python": self.python, "perfdocs": " ".join(self.perfdocs),
                **({"note": self.note} if self.note else {})}


def checkout() -> Runtime:
    """This checkout, run by the benchmark's own interpreter (its site hooks included)."""
    script = Path(sys.executable).with_name("perfdocs")
    command = [str(script)] if script.is_file() else [sys.executable, "-m", "perfdocs"]
    return Runtime("checkout (this interpreter, this checkout first on PYTHONPATH)",
                   sys.executable, command, [str(ROOT)])


def user(work: Path) -> Runtime:
    """A new virtual environment in ``work`` with this checkout installed plainly (as pipx
    does), or :func:`checkout` with a note saying why it could not be made (offline…)."""
    venv = work / "user-venv"
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    python = bindir / ("python.exe" if os.name == "nt" else "python")
    started = time.perf_counter()
    try:
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True,
                       capture_output=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", "--disable-pip-version-check",
                        str(ROOT)], check=True, capture_output=True, text=True,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"})
    except (OSError, subprocess.CalledProcessError) as exc:
        why = getattr(exc, "stderr", "") or str(exc)
        fallback = checkout()
        fallback.note = f"no user install could be made here: {why.strip()[-300:]}"
        return fallback
    script = bindir / ("perfdocs.exe" if os.name == "nt" else "perfdocs")
    return Runtime("user (new venv, pip install of this checkout, as pipx installs it)",
                   str(python), [str(script)],
                   note=f"installed in {time.perf_counter() - started:.0f} s")


CURRENT: Runtime | None = None
"""The runtime the benchmark chose (``benchmarks/render.py --install``); None: checkout."""


def current() -> Runtime:
    """The runtime whole processes run in: the chosen one, else this checkout."""
    return CURRENT if CURRENT is not None else checkout()
