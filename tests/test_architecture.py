"""The package graph: no import cycle, and no arrow running back up the pipeline.

Every module of perfdocs is parsed (not imported) and each ``import`` it runs — at the top
or inside a function, but not under ``if TYPE_CHECKING`` — becomes an arrow. The stages are
layered as the folders show them; a module may import its own stage and the ones below.
"""

from __future__ import annotations

import ast
from pathlib import Path

import perfdocs

PACKAGE = Path(perfdocs.__file__).resolve().parent

LAYERS: list[set[str]] = [
    {"records", "kept", "version"},
    {"errors", "files", "_compat", "_deferred"},
    {"model"},
    {"loading"},
    {"layouts"},
    {"compute"},
    {"rules"},
    {"forms"},
    {"render"},
    {"engine"},
    {"fillin"},
    {"packet", "importer"},
    {"review"},
    {"cli", "serve", "__main__"},
]
"""Bottom to top: the stages of load → validate → compute → build → render → write, then
what builds on the engine, then the command line. The package root (``perfdocs``: the
version and the public API, which imports every stage lazily) sits above all."""

ALLOWED: dict[tuple[str, str], str] = {}
"""Arrows up the layers that are deliberate, each with the reason."""


def _module(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {_module(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _imports(name: str, path: Path) -> set[str]:
    """The perfdocs modules ``name`` imports when it runs (TYPE_CHECKING blocks left out)."""
    found: set[str] = set()
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]

    def visit(node: ast.AST) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and "TYPE_CHECKING" in ast.unparse(child.test):
                for stmt in child.orelse:
                    visit(stmt)
                continue
            if isinstance(child, ast.Import):
                found.update(a.name for a in child.names if a.name.startswith("perfdocs"))
            elif isinstance(child, ast.ImportFrom):
                base = child.module or ""
                if child.level:
                    up = package[: len(package) - (child.level - 1)]
                    base = ".".join([*up, *([child.module] if child.module else [])])
                if base.startswith("perfdocs"):
                    for alias in child.names:
                        sub = f"{base}.{alias.name}"
                        found.add(sub if sub in MODULES else base)
            visit(child)

    visit(ast.parse(path.read_text(encoding="utf-8")))
    # Importing any submodule runs the package root first; an arrow to it says nothing.
    found.discard("perfdocs")
    found.discard(name)
    return found


GRAPH = {name: _imports(name, path) for name, path in MODULES.items()}


def _layer(name: str) -> int:
    parts = name.split(".")
    if len(parts) == 1:
        return len(LAYERS)  # the package root
    for index, stage in enumerate(LAYERS):
        if parts[1] in stage:
            return index
    raise AssertionError(f"{name} is in no layer: add its folder to LAYERS")


def test_every_module_is_in_a_layer() -> None:
    for name in MODULES:
        _layer(name)


def test_no_arrow_runs_back_up_the_pipeline() -> None:
    upward = []
    for source, targets in GRAPH.items():
        for target in targets:
            if _layer(target) > _layer(source) and (source, target) not in ALLOWED:
                upward.append(f"{source} → {target}")
    assert not upward, "imports against the pipeline:\n" + "\n".join(sorted(upward))


def test_allowed_exceptions_are_still_needed() -> None:
    for source, target in ALLOWED:
        assert target in GRAPH[source], f"{source} → {target} no longer exists: drop it"


def test_no_import_cycle() -> None:
    """Tarjan's strongly connected components over the runtime import graph."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []

    def connect(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in GRAPH.get(node, ()):
            if target not in GRAPH:
                continue
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                component.append(top)
                if top == node:
                    break
            if len(component) > 1:
                cycles.append(sorted(component))

    for node in sorted(GRAPH):
        if node not in index:
            connect(node)
    # A package's __init__ that re-exports its own module is not a cycle users see.
    cycles = [c for c in cycles if not _package_and_member(c)]
    assert not cycles, f"import cycles: {cycles}"


def _package_and_member(component: list[str]) -> bool:
    return len(component) == 2 and component[1].startswith(component[0] + ".")


def test_no_stage_reads_the_package_root() -> None:
    """``from perfdocs import __version__`` in a cache or the packet ran up to the public
    API at the top (the graph above leaves arrows to the root out: importing any module
    runs it first). What a stage needs of it lives below (perfdocs.version); only the
    command line, which sits above it, may ask the root."""
    above = {"cli", "serve", "__main__"}
    asked = []
    for name, path in MODULES.items():
        parts = name.split(".")
        if len(parts) == 1 or parts[1] in above:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import) and any(a.name == "perfdocs" for a in node.names):
                asked.append(f"{name}: import perfdocs")
            elif isinstance(node, ast.ImportFrom) and node.module == "perfdocs" \
                    and not node.level:
                asked += [f"{name}: from perfdocs import {a.name}" for a in node.names
                          if f"perfdocs.{a.name}" not in MODULES]
    assert not asked, "\n".join(asked)


def test_the_graph_sees_lazy_imports() -> None:
    """The parser finds imports inside functions (most of perfdocs imports lazily)."""
    assert "perfdocs.rules.consistency" in GRAPH["perfdocs.engine.pipeline"]
    assert "perfdocs.engine.batch" in GRAPH["perfdocs.cli.app"]
