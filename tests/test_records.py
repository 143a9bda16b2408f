"""Records written by hand (:mod:`perfdocs.records`) behave exactly as the frozen dataclass
each one was: every class deriving from ``Frozen`` is found in the source and compared with
a twin ``@dataclass(frozen=True, slots=True)`` built from its fields — the same ``__init__``
signature, ``repr``, equality, hash, refusal to change, pickled state and ``replace``."""

from __future__ import annotations

import ast
import dataclasses
import importlib
import inspect
import pickle
from pathlib import Path
from typing import Any

import pytest

import perfdocs
from perfdocs.records import Frozen

PACKAGE = Path(perfdocs.__file__).resolve().parent


def _record_classes() -> list[tuple[str, str]]:
    """(module, class name) of every class in perfdocs whose bases name ``Frozen``."""
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, ast.ClassDef) and any(
                    isinstance(b, ast.Name) and b.id == "Frozen" for b in node.bases):
                parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
                found.append((".".join(parts), node.name))
    return found


RECORDS = _record_classes()


def test_the_hot_records_are_written_by_hand() -> None:
    """The records of a one-form render (issue 20.2) are among them."""
    names = {f"{m}.{c}" for m, c in RECORDS}
    assert {"perfdocs.errors.Diagnostic", "perfdocs.forms.grid.Cell",
            "perfdocs.compute.calculate.Result"} <= names


def _twin(cls: type) -> type:
    """A generated frozen dataclass with the same fields, defaults and name."""
    spec: list[Any] = []
    for f in dataclasses.fields(cls):
        if f.default is not dataclasses.MISSING:
            spec.append((f.name, f.type, dataclasses.field(default=f.default)))
        elif f.default_factory is not dataclasses.MISSING:
            spec.append((f.name, f.type, dataclasses.field(default_factory=f.default_factory)))
        else:
            spec.append((f.name, f.type))
    twin: type = dataclasses.make_dataclass(cls.__name__, spec, frozen=True, slots=True)
    twin.__qualname__ = cls.__qualname__
    return twin


@pytest.mark.parametrize(("module", "name"), RECORDS, ids=[f"{m}.{c}" for m, c in RECORDS])
def test_a_written_record_behaves_as_its_frozen_dataclass(module: str, name: str) -> None:
    cls = getattr(importlib.import_module(module), name)
    assert issubclass(cls, Frozen) and dataclasses.is_dataclass(cls)
    assert not hasattr(cls, "__dict__") or "__dict__" not in dir(cls(**_values(cls)))
    twin = _twin(cls)

    factories = {f.name: f.default_factory for f in dataclasses.fields(cls)
                 if f.default_factory is not dataclasses.MISSING}

    def params(of: type) -> list[tuple[str, Any, Any]]:
        """(name, kind, default); a default made by a factory is compared by value (the
        written ``__init__`` takes one frozen instance, the generated one calls it)."""
        signature = inspect.signature(of.__init__)  # type: ignore[misc]
        return [(p.name, p.kind, factories[p.name]() if p.name in factories else p.default)
                for p in signature.parameters.values()]

    # __init__: the same parameters in the same order with the same defaults (a field added
    # to the class but not to its __init__ fails here)
    assert params(cls) == params(twin)
    values = _values(cls)
    real, generated = cls(**values), twin(**values)
    assert repr(real) == repr(generated)
    assert real == cls(**values) and hash(real) == hash(cls(**values))
    assert hash(real) == hash(generated)
    assert real.__getstate__() == generated.__getstate__()  # type: ignore[attr-defined]
    copy = pickle.loads(pickle.dumps(real))
    assert copy == real and type(copy) is cls
    for field_name in values:
        other = cls(**{**values, field_name: f"other {field_name}"})
        assert other != real, field_name
        assert dataclasses.replace(real, **{field_name: f"other {field_name}"}) == other
        with pytest.raises(dataclasses.FrozenInstanceError):
            setattr(real, field_name, 1)
        with pytest.raises(dataclasses.FrozenInstanceError):
            delattr(real, field_name)
    assert real != generated  # another class: not equal, as between two dataclasses
    # positional construction gives the same record
    assert cls(*values.values()) == real


def _values(cls: type) -> dict[str, Any]:
    """A distinct hashable value for every field."""
    return {f.name: f"{f.name} value" for f in dataclasses.fields(cls)}
