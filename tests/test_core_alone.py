"""perfdocs.loading.core: pydantic-core's extension loaded without its Python package, and
the package imported afterwards (by pydantic, on the error path) reusing it."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _run(code: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True,
                          text=True, check=True, env={"PYTHONPATH": str(ROOT)}, cwd=ROOT)
    found: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return found


def test_the_extension_alone_then_the_package_is_one_module() -> None:
    found = _run("""
        import json, sys
        from perfdocs.loading.core import core
        ext = core()
        alone = sorted(m for m in sys.modules if m.startswith(("pydantic", "typing_extensions")))
        checker = ext.SchemaValidator({"type": "int", "gt": 0})
        value = checker.validate_python("7")
        try:
            checker.validate_python(-1)
        except ext.ValidationError as exc:
            error = exc.errors(include_url=False)[0]["type"]
        import pydantic_core
        from pydantic import BaseModel

        class M(BaseModel):
            n: int

        print(json.dumps({"alone": alone, "value": value, "error": error,
                          "same": [pydantic_core.SchemaValidator is ext.SchemaValidator,
                                   pydantic_core.ValidationError is ext.ValidationError,
                                   core() is ext],
                          "version": ext.__version__ == pydantic_core.__version__,
                          "pydantic": M.model_validate({"n": "3"}).n}))
    """)
    assert found["alone"] == ["pydantic_core._pydantic_core"]
    assert found["value"] == 7 and found["error"] == "greater_than"
    assert found["same"] == [True, True, True] and found["version"] is True
    assert found["pydantic"] == 3


def test_with_the_package_imported_first_it_is_the_packages() -> None:
    found = _run("""
        import json, pydantic_core
        from perfdocs.loading.core import core
        print(json.dumps({"same": core().SchemaValidator is pydantic_core.SchemaValidator}))
    """)
    assert found["same"] is True


def test_an_unexpected_package_falls_back_to_the_ordinary_import() -> None:
    found = _run("""
        import json, sys
        from perfdocs import _deferred
        from perfdocs.loading import core as loader
        real = _deferred._found_by_the_others  # what core asks the finders with (98597c6)
        _deferred._found_by_the_others = lambda *a: None  # the package's folder not found
        ext = loader.core()
        _deferred._found_by_the_others = real
        print(json.dumps({"package": "pydantic_core" in sys.modules,
                          "works": ext.SchemaValidator({"type": "str"}).validate_python("x")}))
    """)
    assert found == {"package": True, "works": "x"}
