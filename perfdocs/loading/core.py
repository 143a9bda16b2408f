"""pydantic-core's compiled module, without the Python package around it when a run does not
otherwise need that package.

A warm run validates its project file and perfdocs.toml with validators kept per user
(perfdocs.loading.compiled_validators): all it needs of pydantic is ``SchemaValidator`` and
``ValidationError``, both defined in the compiled extension
``pydantic_core._pydantic_core``. Importing it the ordinary way first runs
``pydantic_core/__init__.py``, which imports ``typing_extensions`` and defines the ≈ 200
TypedDicts of ``pydantic_core.core_schema``: ≈ 80 M instructions (≈ 6 % of a one-form
``render``) for type hints nobody reads at runtime.

:func:`core` loads the extension alone, under its own name, so that a later ordinary
``import pydantic_core`` (pydantic, the error path) finds it in ``sys.modules`` and reuses
it: the same classes, one module object, whichever came first. Anything unexpected
(another layout of the package, a finder that does not work this way) falls back to the
ordinary import: slower, never different.
"""

from __future__ import annotations

import sys
from types import ModuleType

NAME = "pydantic_core._pydantic_core"


def core() -> ModuleType:
    """The ``pydantic_core._pydantic_core`` extension module (loaded once per process)."""
    found = sys.modules.get(NAME)
    if found is not None:
        return found
    if "pydantic_core" not in sys.modules:
        try:
            return _alone()
        except Exception:  # not as expected: the ordinary way below
            sys.modules.pop(NAME, None)
    import pydantic_core._pydantic_core as module

    return module


def _alone() -> ModuleType:
    """The extension loaded from the package's folder without running the package."""
    # importlib.util's module_from_spec is this one; importing importlib.util would bring
    # importlib._abc and contextlib (≈ 0.5 M instructions) into every run for it
    from importlib._bootstrap import module_from_spec
    from importlib.machinery import PathFinder

    from perfdocs._deferred import _found_by_the_others

    # finds the folder, imports nothing: what importlib.util.find_spec asks the finders
    package = _found_by_the_others(None, "pydantic_core", None, None)
    if package is None or not package.submodule_search_locations:
        raise ImportError("pydantic_core")
    spec = PathFinder.find_spec(NAME, list(package.submodule_search_locations))
    if spec is None or spec.loader is None:
        raise ImportError(NAME)
    module = module_from_spec(spec)
    sys.modules[NAME] = module
    spec.loader.exec_module(module)
    if not hasattr(module, "SchemaValidator") or not hasattr(module, "ValidationError"):
        raise ImportError(NAME)
    return module
