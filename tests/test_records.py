"""Records (:mod:`perfdocs.records`) behave exactly as the dataclass each one was.

Every record class of perfdocs is found (every module importing perfdocs.records is
imported, then every subclass of ``Record`` defined in perfdocs is taken) and compared with
a twin made by :mod:`dataclasses` from the class's own source: its annotations and the
defaults / ``field(...)`` written in its body (read with ast, evaluated as
``dataclasses.field``), its class keywords (frozen, slots, eq, kw_only) and its bases'
twins. So a field the record machinery reads wrongly (order, default, factory, repr or
compare flag, inheritance) fails here: the same ``__init__`` signature, fields, ``repr``,
equality, hash, refusal to change, ``__slots__``, pickled state, copy, ``replace`` and
``asdict``.
"""

from __future__ import annotations

import ast
import contextlib
import copy
import dataclasses
import importlib
import inspect
import json
import os
import pickle
import subprocess
import sys
import sysconfig
import textwrap
from pathlib import Path
from typing import Any

import pytest

import perfdocs
from perfdocs import records
from perfdocs.loading import checked_files
from perfdocs.records import Record, field

PACKAGE = Path(perfdocs.__file__).resolve().parent
ROOT = PACKAGE.parent


def _record_classes() -> list[type]:
    """Every record class perfdocs defines."""
    for path in sorted(PACKAGE.rglob("*.py")):
        if "perfdocs.records import" in path.read_text(encoding="utf-8"):
            parts = path.relative_to(ROOT).with_suffix("").parts
            importlib.import_module(".".join(p for p in parts if p != "__init__"))
    found: list[type] = []
    waiting = list(Record.__subclasses__())
    while waiting:
        cls = waiting.pop()
        waiting.extend(cls.__subclasses__())
        if cls.__module__.startswith("perfdocs.") and cls not in found:
            found.append(cls)
    return sorted(found, key=lambda c: (c.__module__, c.__qualname__))


RECORDS = _record_classes()
NAMES = [f"{c.__module__}.{c.__qualname__}" for c in RECORDS]


def test_every_record_of_a_one_form_render_is_among_them() -> None:
    """The records a one-form render makes (issue 20.2) are all found and compared."""
    assert {"perfdocs.errors.Diagnostic", "perfdocs.forms.grid.Cell",
            "perfdocs.compute.calculate.Result", "perfdocs.engine.batch.Options",
            "perfdocs.engine.batch.Outcome", "perfdocs.packet.packet.Job",
            "perfdocs.loading.settings_values.Settings", "perfdocs.render.pdf.fonts.FontSet",
            "perfdocs.render.pdf.textlines.LineStyle", "perfdocs.loading.source.Source",
            "perfdocs.rules.consistency.Context"} <= set(NAMES)
    assert len(RECORDS) > 90


def test_no_module_of_perfdocs_uses_dataclasses() -> None:
    """A record is a ``perfdocs.records.Record``: ``import dataclasses`` costs every run
    ≈ 7 ms (inspect, ast, tokenize) and each ``@dataclass`` 0.3–2 ms more (issue 20.2).
    ``class X(Record, frozen=True, slots=True)`` declares the same fields and options, and
    perfdocs.records' replace/fields/asdict/is_record stand in for dataclasses' own."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            if "dataclasses" in names:
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert found == [], "use perfdocs.records instead of dataclasses: " + ", ".join(found)


_OPTIONS = ("frozen", "slots", "eq", "kw_only")


def _class_node(cls: type) -> ast.ClassDef:
    source = textwrap.dedent(inspect.getsource(cls))
    node = ast.parse(source).body[0]
    assert isinstance(node, ast.ClassDef) and node.name == cls.__name__
    return node


_TWINS: dict[type, type] = {}


def _twin(cls: type) -> type:
    """The dataclass ``cls`` was written as: made from its source by dataclasses."""
    if cls in _TWINS:
        return _TWINS[cls]
    node = _class_node(cls)
    module = sys.modules[cls.__module__]
    scope = {**vars(module), "field": dataclasses.field}
    options = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg in _OPTIONS}
    spec: list[Any] = []
    for item in node.body:
        if not isinstance(item, ast.AnnAssign) or not isinstance(item.target, ast.Name):
            continue
        annotation = ast.unparse(item.annotation)
        if annotation.startswith("ClassVar"):
            continue
        if item.value is None:
            spec.append((item.target.id, annotation))
            continue
        value = eval(compile(ast.Expression(item.value), "<default>", "eval"), scope)
        spec.append((item.target.id, annotation,
                     value if isinstance(value, dataclasses.Field)
                     else dataclasses.field(default=value)))
    bases = tuple(_twin(b) if issubclass(b, Record) else b
                  for b in cls.__bases__ if b is not Record)
    written = {"__init__", "__repr__", "__eq__", "__hash__"} - _made(cls)
    own = {name: vars(cls)[name] for name in written if name in vars(cls)}
    twin: type = dataclasses.make_dataclass(cls.__name__, spec, bases=bases, namespace=own,
                                            **options)
    twin.__qualname__ = cls.__qualname__
    _TWINS[cls] = twin
    return twin


def _made(cls: type) -> set[str]:
    """The dunder methods the record machinery put on ``cls`` (not written in its body)."""
    written = {item.name for item in _class_node(cls).body if isinstance(item, ast.FunctionDef)}
    return {"__init__", "__repr__", "__eq__", "__hash__"} - written


def _values(cls: type, tag: str = "value") -> dict[str, Any]:
    """A distinct hashable value for every field."""
    return {f.name: f"{f.name} {tag}" for f in records.fields(cls)}


def _signature(of: type) -> list[tuple[str, Any, Any]]:
    """``__init__``'s (name, kind, default); a factory's default compared by what it makes."""
    found = []
    fields = {f.name: f for f in dataclasses.fields(of)} if dataclasses.is_dataclass(of) \
        else {f.name: f for f in records.fields(of)}
    for p in inspect.signature(of.__init__).parameters.values():  # type: ignore[misc]
        default = p.default
        spec = fields.get(p.name)
        if spec is not None and spec.default_factory not in (dataclasses.MISSING,
                                                             records.MISSING):
            default = ("factory", spec.default_factory())
        found.append((p.name, p.kind, default))
    return found


@pytest.mark.parametrize("cls", RECORDS, ids=NAMES)
def test_a_record_behaves_as_its_dataclass(cls: type) -> None:
    twin = _twin(cls)
    mine = records.fields(cls)
    theirs = dataclasses.fields(twin)
    # the fields: names in order, defaults, factories, flags
    assert [f.name for f in mine] == [f.name for f in theirs]
    for a, b in zip(mine, theirs, strict=True):
        assert (a.default is records.MISSING) == (b.default is dataclasses.MISSING), a.name
        if a.default is not records.MISSING:
            assert a.default == b.default, a.name
        assert (a.default_factory is records.MISSING) == \
            (b.default_factory is dataclasses.MISSING), a.name
        if a.default_factory is not records.MISSING:
            assert a.default_factory is b.default_factory, a.name
        assert (a.repr, a.compare, bool(a.kw_only)) == (b.repr, b.compare, bool(b.kw_only))
    assert cls.__match_args__ == twin.__match_args__  # type: ignore[attr-defined]
    values = _values(cls)
    real, generated = cls(**values), twin(**values)  # the first makes its __init__
    if "__init__" in _made(cls):
        for _ in range(records.COMPILE_AFTER):  # past the binding stand-in: compiled
            cls(**values)
        assert _signature(cls) == _signature(twin)
    assert repr(real) == repr(generated)
    assert (real == cls(**values)) is (generated == twin(**values))
    assert real != generated  # other classes: unequal, as between two dataclasses
    frozen = twin.__dataclass_params__.frozen  # type: ignore[attr-defined]
    if cls.__hash__ is None:
        assert twin.__hash__ is None
    else:
        assert hash(real) == hash(generated) == hash(cls(**values))
    # slots: the same __slots__ and no __dict__ where the dataclass had none
    assert ("__slots__" in vars(cls)) == ("__slots__" in vars(twin))
    if "__slots__" in vars(twin):
        assert tuple(vars(cls)["__slots__"]) == tuple(vars(twin)["__slots__"])
    assert hasattr(real, "__dict__") == hasattr(generated, "__dict__")
    # pickled and copied as the dataclass is
    state, twin_state = real.__getstate__(), generated.__getstate__()
    assert state == twin_state
    again = pickle.loads(pickle.dumps(real))
    assert type(again) is cls and repr(again) == repr(real)
    assert repr(copy.copy(real)) == repr(real) == repr(copy.deepcopy(real))
    assert records.asdict(real) == dataclasses.asdict(generated)
    for f in mine:
        other = _values(cls, "other")[f.name]
        changed = cls(**{**values, f.name: other})
        assert (changed == real) is (twin(**{**values, f.name: other}) == generated), f.name
        assert repr(records.replace(real, **{f.name: other})) == repr(changed) == \
            repr(real.replace(**{f.name: other}))
        if frozen:
            with pytest.raises(AttributeError) as refused:
                setattr(real, f.name, 1)
            with pytest.raises(AttributeError) as refused_too:
                setattr(generated, f.name, 1)
            assert str(refused.value) == str(refused_too.value)
            assert isinstance(refused.value, records.FrozenRecordError)
            with pytest.raises(AttributeError) as refused:
                delattr(real, f.name)
            with pytest.raises(AttributeError) as refused_too:
                delattr(generated, f.name)
            assert str(refused.value) == str(refused_too.value)
        else:
            setattr(changed, f.name, f.name)
            assert getattr(changed, f.name) == f.name
    # positional construction gives the same record (keyword-only fields by name)
    if "__init__" in _made(cls):
        by_place = [values[f.name] for f in mine if not f.kw_only]
        by_name = {f.name: values[f.name] for f in mine if f.kw_only}
        assert repr(cls(*by_place, **by_name)) == repr(real)
    # the defaults an omitted field takes
    required = {f.name: values[f.name] for f in mine
                if f.default is records.MISSING and f.default_factory is records.MISSING}
    if "__init__" in _made(cls):
        assert repr(cls(**required)) == repr(twin(**required))


def test_the_machinery_on_made_up_records() -> None:
    """Options the perfdocs records may not all use yet: repr/compare flags, kw_only,
    inheritance with an overridden default, a non-record base."""

    class Base:
        def greet(self) -> str:
            return "hi"

    class A(Record, frozen=True, slots=True):
        a: int
        b: str = "b"
        hidden: list[int] = field(default_factory=list, repr=False, compare=False)

    class B(A, frozen=True, slots=True):
        b: str = "bb"
        c: int = 3

    class C(Base, Record, kw_only=True):
        x: int
        y: int = 2

    b = B(1)
    assert repr(b) == "test_the_machinery_on_made_up_records.<locals>.B(a=1, b='bb', c=3)"
    assert b == B(1, hidden=[9]) and hash(b) == hash(B(1, hidden=[5]))
    assert [f.name for f in records.fields(B)] == ["a", "b", "hidden", "c"]
    assert B.__slots__ == ("c",) and not hasattr(b, "__dict__")
    assert copy.deepcopy(b) == b and copy.deepcopy(b) is not b
    c = C(x=1)
    assert c.greet() == "hi" and c == C(x=1, y=2) and C.__hash__ is None
    with pytest.raises(TypeError):
        C(1)  # type: ignore[misc]
    c.y = 5
    assert records.replace(c, x=4) == C(x=4, y=5)
    assert records.is_record(c) and records.is_record(C) and not records.is_record(Base())
    with pytest.raises(TypeError):
        records.replace(C, x=1)  # type: ignore[type-var]
    with pytest.raises(TypeError):
        records.replace(c, z=1)
    with pytest.raises(TypeError):
        class Late(Record):  # a required field after a defaulted one, as dataclasses says
            a: int = 1
            b: int  # type: ignore[misc]
    with pytest.raises(TypeError):
        class Thawed(A):  # a record of a frozen record is frozen too
            d: int = 1


def test_the_binding_init_makes_what_the_compiled_one_makes() -> None:
    """A record's first instances are made by a stand-in that binds the arguments in a
    loop (compiling an ``__init__`` costs more than a few calls, issue 20.2); it must make
    the very objects the compiled ``__init__`` makes, and leave every call it cannot bind
    exactly to the compiled one, which raises Python's own TypeError."""
    made: list[Any] = []

    def listed() -> list[int]:
        made.append(1)
        return []

    class Base:
        pass

    def kinds() -> list[type]:
        class Frozen(Record, frozen=True, slots=True):
            a: int
            b: str = "b"
            c: list[int] = field(default_factory=listed)
            d: int = field(default=4, kw_only=True)

        class Open(Base, Record):
            a: int
            b: str = "b"
            c: list[int] = field(default_factory=listed, repr=False)

            def __setattr__(self, name: str, value: Any) -> None:  # set through this
                object.__setattr__(self, name, ("set", value))

        class Empty(Record, frozen=True):
            pass

        return [Frozen, Open, Empty]

    calls: list[tuple[tuple[Any, ...], dict[str, Any]]] = [
        ((), {}), ((1,), {}), ((1, "x"), {}), ((1, "x", [7]), {}), ((1, "x", [7], 9), {}),
        ((), {"a": 1}), ((1,), {"c": [8], "d": 5}), ((1,), {"a": 2}), ((1,), {"z": 3}),
        ((1,), {"c": records._FACTORY}), ((records.MISSING,), {"b": records.MISSING}),
        ((1,), {"self": 2}), ((), {"d": 1}),
    ]

    def outcome(cls: type, given: tuple[Any, ...], named: dict[str, Any]) -> Any:
        before = len(made)
        try:
            made_one = cls(*given, **named)
        except TypeError as exc:
            return ("TypeError", str(exc).replace(cls.__qualname__, ""), len(made) - before)
        state = [getattr(made_one, f.name) for f in records.fields(cls)]
        return (repr(made_one), state, len(made) - before)

    bound = kinds()  # fresh classes: their stand-ins bind
    compiled = kinds()
    for cls in compiled:
        for _ in range(records.COMPILE_AFTER + 1):
            with contextlib.suppress(TypeError):
                cls()
        assert vars(cls)["__init__"].__code__.co_filename == "<string>"  # compiled by now
    for loose, tight in zip(bound, compiled, strict=True):
        for given, named in calls:
            assert outcome(loose, given, named) == outcome(tight, given, named), \
                (loose.__name__, given, named)
        assert vars(loose)["__init__"].__code__.co_filename == "<string>"  # a bad call compiled it


def test_a_warm_one_form_render_imports_no_dataclasses(tmp_path: Path) -> None:
    """Issue 20.2: ``perfdocs render one.yaml --form 自评表 -f pdf`` with the per-user
    caches warm processes no dataclass and so never imports dataclasses (nor inspect,
    which it would pull), nor tempfile or shutil (its temporary files are made by
    files/temporary), nor difflib (misspellings only); reportlab's pickle and ast stay
    stand-ins. Nor typing (≈ 20 M of ≈ 545 M instructions with what it made: perfdocs'
    modules import its names for the type checker only, ``TYPE_CHECKING = False``), nor
    the validation translator (a fault's or a misspelt fund row's words only)."""
    project = ROOT / "data" / "2024" / "技能评价业务经费.yaml"
    code = ("import sys, json\nfrom perfdocs.cli import main\n"
            "try:\n    main(sys.argv[1:])\nexcept SystemExit as exc:\n    status = exc.code\n"
            "loaded = {m: vars(sys.modules[m]) for m in ('pickle', 'ast') if m in sys.modules}\n"
            "print(json.dumps({'status': status, 'modules': sorted(m for m in sys.modules\n"
            "    if m in ('dataclasses', 'tempfile', 'inspect', 'difflib', 'shutil', 'typing',\n"
            "             'perfdocs.loading.validation_messages')),\n"
            "    'stand-ins': [m for m, names in loaded.items()\n"
            "                  if 'Pickler' in names or 'NodeTransformer' in names]}))\n")
    args = ["render", str(project), "--form", "自评表", "-f", "pdf", "-o", "out", "--no-cache"]
    paths = [str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]]
    runs = []
    for _ in range(2):
        done = subprocess.run(  # -S: no site hooks (an editable finder imports tempfile)
            [sys.executable, "-S", "-c", code, *args], capture_output=True, text=True,
            cwd=tmp_path, env={**os.environ, "PYTHONPATH": os.pathsep.join(paths),
                 checked_files.CACHE_VARIABLE: str(tmp_path / "cache"),
                 "PERFDOCS_FONT_CACHE": "off"}, check=True)
        runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
    warm = runs[-1]
    assert warm["status"] in (0, None)
    assert warm["modules"] == []
    assert warm["stand-ins"] == []  # pickle and ast (reportlab's) never run
    assert [p.name for p in (tmp_path / "out").rglob("*.pdf")] == ["技能评价业务工作经费-自评表.pdf"]
