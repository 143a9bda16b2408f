"""Libraries reportlab imports at its own import but a form's PDF never uses, loaded lazily.

``reportlab.lib.utils`` (imported by ``reportlab.rl_config``, so by every PDF) runs
``from PIL import Image`` at the top, for bitmaps drawn with ``drawImage``. A form's PDF
draws no bitmap, yet importing ``PIL.Image`` (its C core, the EXIF and TIFF tag tables)
costs ≈ 8 ms of every process that writes a PDF (`-X importtime`, issue 20.2).

:func:`defer_pil_image` puts ``PIL.Image`` into ``sys.modules`` through the standard
library's :class:`importlib.util.LazyLoader` (the recipe of the importlib documentation):
the name is bound at once, the module body runs the first time anything reads one of
its attributes. reportlab only tests ``Image is not None`` at import, so the body never
runs for a form; any code that does use Pillow (an image in a 自评报告, openpyxl with a
picture) gets the real module on its first attribute access, unchanged. reportlab itself
is not touched.

:func:`defer_safe_eval` does the same for reportlab's sandboxed evaluator
(``reportlab.lib.rl_safe_eval``, ≈ 18 M instructions of every PDF process: an AST
transformer class of some 800 lines, its tables and patterns), which ``reportlab.lib.utils``
imports by name at the top for colour strings and document-template expressions a form
never has. Names imported with ``from … import`` are read at once, so a lazy module cannot
serve; the stand-in module gives ``reportlab.lib.utils`` a forwarding function for each of
the four names it takes, and runs the real module (then in ``sys.modules``) the first time
any of them is called or anything else is read from it. :func:`defer_rl_tempfile` does the
same for ``reportlab.lib.rltempfile`` (two names), whose only import is :mod:`tempfile`
(with shutil, bz2, lzma, random: ≈ 3 ms of every PDF process) for a folder reportlab's
test suite and font finder write to, never a form.
"""

from __future__ import annotations

import sys
import threading
import types
from collections.abc import Callable

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

PIL_IMAGE = "PIL.Image"
SAFE_EVAL = "reportlab.lib.rl_safe_eval"
SAFE_EVAL_NAMES = ("rl_safe_exec", "rl_safe_eval", "safer_globals", "rl_extended_literal_eval")
"""What ``reportlab.lib.utils`` takes from ``rl_safe_eval`` at its import (by name, so a
lazily loaded module would be loaded at once): each is called, never inspected."""
RL_TEMPFILE = "reportlab.lib.rltempfile"
RL_TEMPFILE_NAMES = ("get_rl_tempfile", "get_rl_tempdir")
"""What ``reportlab.lib.utils`` takes from ``rltempfile`` at its import (by name)."""


def find_spec(name: str) -> Any:
    """``importlib.util.find_spec(name)``; a top-level module's asked of the import
    system's finders directly (:mod:`perfdocs._deferred`), without importing importlib.util
    and contextlib (≈ 1 ms of a form's PDF process, which the native writer makes without
    reportlab: only reportlab's deferrals need importlib.util)."""
    if "." not in name:
        module = sys.modules.get(name)
        if module is not None:
            return module.__spec__
        from perfdocs._deferred import _found_by_the_others

        return _found_by_the_others(None, name, None, None)
    import importlib.util

    return importlib.util.find_spec(name)


def defer_pil_image() -> None:
    """Bind ``PIL.Image`` as a module loaded on first use; nothing when it is imported
    already, when Pillow is not installed or when its loader cannot be made lazy."""
    if PIL_IMAGE in sys.modules:
        return
    import importlib.util

    try:
        spec = importlib.util.find_spec(PIL_IMAGE)  # imports the small PIL package only
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[PIL_IMAGE] = module
    loader.exec_module(module)
    parent = sys.modules.get("PIL")
    if parent is not None:  # as the import system binds a submodule on its package
        parent.Image = module  # type: ignore[attr-defined]


class _StandIn(types.ModuleType):
    """A module until it is first used (:func:`defer_safe_eval`): ``names`` are functions
    forwarding to the real one."""

    def __init__(self, spec: Any, names: tuple[str, ...] = SAFE_EVAL_NAMES) -> None:
        super().__init__(spec.name)
        # what a scan of sys.modules reads (a module's spec, file, package) answered here
        self.__spec__, self.__loader__, self.__file__ = spec, spec.loader, spec.origin
        self.__package__, self.__cached__ = spec.parent, spec.cached
        self._spec = spec
        self._loaded: types.ModuleType | None = None
        self._lock = threading.Lock()
        for name in names:
            setattr(self, name, self._forwarder(name))

    def _forwarder(self, name: str) -> Callable[..., Any]:
        def forward(*args: Any, **kwargs: Any) -> Any:
            return getattr(self.real(), name)(*args, **kwargs)

        forward.__name__ = forward.__qualname__ = name
        return forward

    def real(self) -> types.ModuleType:
        """The real module, run the first time it is asked for and then in ``sys.modules``
        (and on the ``reportlab.lib`` package) in place of this stand-in."""
        with self._lock:
            if self._loaded is None:
                import importlib.util

                module = importlib.util.module_from_spec(self._spec)
                self._spec.loader.exec_module(module)
                self._loaded = module
                if sys.modules.get(self.__name__) is self:
                    sys.modules[self.__name__] = module
                    package, _, last = self.__name__.rpartition(".")
                    parent = sys.modules.get(package) if package else None
                    if parent is not None and getattr(parent, last, None) is self:
                        setattr(parent, last, module)
            return self._loaded

    def __getattr__(self, name: str) -> Any:  # anything but the four names: the real one
        if name in _NOT_LOADING:
            raise AttributeError(name)
        return getattr(self.real(), name)


_NOT_LOADING = frozenset(("_spec", "_loaded", "_lock", "__path__", "__all__"))
"""Asked of every module by the import system (``from … import`` looks for ``__path__``,
``import *`` for ``__all__``; the real module, no package, defines neither): answered
without running the real module."""


def defer_safe_eval() -> None:
    """Put a :class:`_StandIn` for ``reportlab.lib.rl_safe_eval`` into ``sys.modules``;
    nothing when the module is imported already or its loader cannot run it apart."""
    _defer(SAFE_EVAL, SAFE_EVAL_NAMES)


def defer_rl_tempfile() -> None:
    """The same for ``reportlab.lib.rltempfile`` (so no :mod:`tempfile` in a PDF run)."""
    _defer(RL_TEMPFILE, RL_TEMPFILE_NAMES)


def defer_standard_library() -> None:
    """:func:`defer_pickle` and :func:`defer_ast`: for the ``perfdocs`` command's own
    process only (a stand-in in ``sys.modules`` for a standard module is the command's
    business, not that of a program importing perfdocs), before a PDF is made."""
    defer_pickle()
    defer_ast()


def defer_pickle() -> None:
    """The same for :mod:`pickle`, which ``reportlab.lib.utils`` imports at its top for a
    debugging aid (``DebugMemo``) a form never uses (≈ 1.4 ms: pickle.py, its pattern,
    _compat_pickle): anything read from the stand-in (``pickle.dumps``, ``from pickle
    import Pickler``) runs the real module, which then replaces it in ``sys.modules``.
    perfdocs reads its kept pickles with the C unpickler itself (:mod:`perfdocs.files.
    pickled`)."""
    _defer("pickle", ())


def defer_ast() -> None:
    """The same for :mod:`ast`, from which ``reportlab.lib.utils`` takes ``literal_eval``
    at its top for values read from strings a form never has (≈ 1 ms: the module and its
    node classes); a forwarding ``literal_eval`` runs the real one."""
    _defer("ast", ("literal_eval",))


UTILS = "reportlab.lib.utils"


class _BeforeUtils:
    """A finder that finds nothing: when ``reportlab.lib.utils`` is about to be imported
    (reportlab and its ``lib`` package already are), it defers Pillow's image module,
    the safe evaluator and the temporary-folder helper that module imports at its top.

    They were deferred when the PDF package was imported; :func:`defer_safe_eval`'s
    ``find_spec`` imports reportlab's package to find the module, which a process whose
    PDF never touches reportlab (:mod:`.native`) must not do. Deferred here, they are
    deferred for every use of reportlab in the process, as before."""

    done = False

    def find_spec(self, name: str, path: Any = None, target: Any = None) -> None:
        if name == UTILS and not self.done:
            self.done = True  # not removed from sys.meta_path: the import loops over it
            defer_pil_image()
            defer_safe_eval()
            defer_rl_tempfile()

    def invalidate_caches(self) -> None:
        return None


def defer_before_reportlab() -> None:
    """Defer Pillow's image module, the safe evaluator and the temporary-folder helper
    when reportlab's ``lib.utils`` is first imported (:class:`_BeforeUtils`); at once if
    reportlab is imported already (its ``utils`` not yet)."""
    if UTILS in sys.modules:
        return
    if "reportlab.lib" in sys.modules:
        defer_pil_image()
        defer_safe_eval()
        defer_rl_tempfile()
        return
    if not any(isinstance(finder, _BeforeUtils) for finder in sys.meta_path):
        sys.meta_path.insert(0, _BeforeUtils())


def _defer(name: str, names: tuple[str, ...]) -> None:
    if name in sys.modules:
        return
    try:
        spec = find_spec(name)  # imports the parent package (reportlab's)
    except (ImportError, ValueError):
        return
    if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
        return
    stand_in = _StandIn(spec, names)
    sys.modules[name] = stand_in
    package, _, last = name.rpartition(".")
    parent = sys.modules.get(package) if package else None
    if parent is not None:  # as the import system binds a submodule on its package
        setattr(parent, last, stand_in)
