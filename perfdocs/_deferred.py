"""Patterns libraries compile when imported that a perfdocs run seldom or never uses,
compiled instead the first time they are used (issue 20.2: start-up).

A library is not changed: while one of :data:`DEFERRED_PATTERNS`' modules runs its import,
each ``re.compile`` call of a pattern listed returns a :class:`_LazyPattern`, which compiles
the same pattern with the same flags when first asked for anything (``search``,
``match``, ``pattern``…). :func:`defer_patterns` is called before the module is imported
(``import perfdocs`` does it for PyYAML's reader, resolver and constructor; the PDF
package for reportlab's paragraphs); a module imported already is left as it is. Kept
apart from :mod:`perfdocs._compat` so that ``import perfdocs`` loads only this.
"""

from __future__ import annotations

import sys

TYPE_CHECKING = False  # typing's, without importing typing: ``import perfdocs`` loads this
if TYPE_CHECKING:
    import re
    from typing import Any, AnyStr

_URI_PATTERN_START = "(^(?:[a-z0-9\\.\\-\\+]*)://)"
"""How reportlab.platypus.paragraph's ``uri_pat`` begins (a URL validator taken from Django)."""

_NON_PRINTABLE_START = "[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF"
"""How PyYAML's ``Reader.NON_PRINTABLE`` begins (yaml/reader.py)."""

_IMPLICIT_START = "^(?:"
"""How each of PyYAML's implicit-tag patterns begins (yaml/resolver.py: bool, float, int,
merge, null, timestamp, value, yaml)."""

_TIMESTAMP_START = "^(?P<year>"
"""How PyYAML's ``SafeConstructor.timestamp_regexp`` begins (yaml/constructor.py)."""

DEFERRED_PATTERNS: dict[str, tuple[str, ...]] = {
    "reportlab.platypus.paragraph": (_URI_PATTERN_START,),
    "yaml.reader": (_NON_PRINTABLE_START,),
    "yaml.resolver": (_IMPLICIT_START,),
    "yaml.constructor": (_TIMESTAMP_START,),
    "string": ("",),
    "platform": ("",),
    "reportlab.lib.colors": (r"^\s*(pcmyk|", r"^\(\s*([^)/]*)"),
    "reportlab.pdfbase.pdfdoc": ("[^()]",),
    "glob": ("([*?[])",),
    "urllib.parse": ("([\x00-\x7f]+)",),
    "reportlab.pdfgen.canvas": ("\\d",),
}
"""Module → how the patterns it compiles at import, to be compiled on first use, begin.

reportlab's paragraph module compiles, at import, a case-insensitive pattern whose classes
span ``\\xa1-\\uffff``: Python folds case for the whole Basic Multilingual Plane, 20–30 ms
of every process that draws a paragraph, for a pattern used only to hyphenate URLs inside
paragraphs (perfdocs has none). PyYAML's reader compiles a class of every printable code
point (≈ 4.5 ms of every process that reads a project file) that only its pure-Python
reader uses: perfdocs reads YAML with libyaml's parser, which checks the characters
itself. PyYAML's resolver compiles eight patterns for the implicit tags of plain scalars
(≈ 2–3 ms; the timestamp one alone ≈ 1 ms) and its constructor one to read a timestamp:
perfdocs' libyaml loader answers a plain scalar's tag itself and builds its values itself
(:func:`perfdocs.loading.source._c_loader`, ``_convert``), so neither is used unless a
file falls back to PyYAML's own parser. Used, every pattern is compiled then and behaves
the same. ``string`` compiles one pattern at import, ``string.Template``'s placeholders
(case-insensitive and verbose, ≈ 0.5–1 ms), and reportlab's PDF canvas imports string;
reportlab's colours compile two patterns for CSS colour strings and its PDF document one
for the parentheses of a bracket check: a form's PDF uses none of them. ``platform``
compiles eight patterns at import (≈ 1.3 ms) for version strings, libc and os-release
files; reportlab asks it one question at import, which uses one of them. ``glob`` compiles
its check for wildcards (as text and as bytes; reportlab imports glob, and perfdocs'
command only globs an argument with a wildcard), ``urllib.parse`` one for ``unquote``
(pathlib imports it for ``as_uri``), reportlab's canvas one for decimal alignment: a
form uses none of them. A bytes pattern is deferred by how its bytes, read as Latin-1,
begin."""


class _LazyPattern:
    """A compiled regular expression that is compiled the first time it is used."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: str | bytes, flags: int) -> None:
        self._pattern, self._flags = pattern, flags
        self._compiled: re.Pattern[Any] | None = None

    def __getattr__(self, name: str) -> Any:
        if self._compiled is None:
            import re

            self._compiled = re.compile(self._pattern, self._flags)
        return getattr(self._compiled, name)


def lazy_pattern(pattern: AnyStr, flags: int = 0) -> re.Pattern[AnyStr]:
    """``re.compile(pattern, flags)`` done the first time the pattern is used, for a
    module-level pattern that a run may never use (a message's, another format's): its
    compiling (0.1–0.3 ms each) leaves every start-up. Per use it costs one Python-level
    attribute look-up more than a compiled pattern: for patterns off the hot paths."""
    return _LazyPattern(pattern, flags)  # type: ignore[return-value]


class _DeferPatterns:
    """Import the modules of :data:`DEFERRED_PATTERNS` with that one pattern compiled on
    first use: only that call of ``re.compile`` is changed, and only while the module runs.
    A finder by its ``find_spec`` alone (no importlib.abc base: not imported at start-up),
    which leaves ``sys.meta_path`` once every module it waits for is imported."""

    def __init__(self, modules: set[str]) -> None:
        self.modules = modules

    def find_spec(self, name: str, path: Any, target: Any = None) -> Any:
        if name not in self.modules:
            return None
        self.modules.discard(name)  # a module runs once per process
        if not self.modules and self in sys.meta_path:
            sys.meta_path.remove(self)
        starts = DEFERRED_PATTERNS[name]
        spec = _found_by_the_others(self, name, path, target)
        if spec is None or spec.loader is None or not hasattr(spec.loader, "exec_module"):
            return spec
        loader: Any = spec.loader
        run = loader.exec_module

        def exec_module(module: Any) -> None:
            import re  # the module imports it anyway

            real = re.compile

            def compile_deferring(pattern: Any, flags: int = 0) -> Any:
                text = pattern.decode("latin-1") if isinstance(pattern, bytes) else pattern
                if (isinstance(text, str) and text.startswith(starts)
                        and module.__name__ == name):
                    return _LazyPattern(pattern, flags)
                return real(pattern, flags)

            re.compile = compile_deferring
            try:
                run(module)
            finally:
                re.compile = real

        loader.exec_module = exec_module
        return spec


def _found_by_the_others(me: object, name: str, path: Any, target: Any) -> Any:
    """The spec the import system's other finders give for ``name`` (the parent package's
    ``path``): what ``importlib.util.find_spec`` asks them, without importing
    importlib.util and contextlib with it (≈ 2 ms of a run that imports urllib.parse)."""
    for finder in list(sys.meta_path):
        find = getattr(finder, "find_spec", None)
        if finder is me or find is None:
            continue
        spec = find(name, path, target)
        if spec is not None:
            return spec
    return None


def defer_patterns(*modules: str) -> None:
    """Have ``modules`` (of :data:`DEFERRED_PATTERNS`) compile their pattern only when it
    is used (:class:`_DeferPatterns`); a module imported already is left as it is."""
    waiting = {m for m in modules if m in DEFERRED_PATTERNS and m not in sys.modules}
    for finder in sys.meta_path:
        if isinstance(finder, _DeferPatterns):
            waiting -= finder.modules
    if waiting:
        sys.meta_path.insert(0, _DeferPatterns(waiting))
