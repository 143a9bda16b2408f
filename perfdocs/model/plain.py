"""Plain twins of pydantic models: the objects a run works with, without pydantic.

The pydantic models (perfdocs.model.project_models, perfdocs.loading.settings_file, the
layout models) stay the one place that defines a file's schema: the fields, their checks,
the JSON Schema (``perfdocs schema``) and, on the error path, the words of every fault.
But a process that imports them imports pydantic (≈ 40 ms of Python) and builds their
classes (≈ 20 ms): more than a one-form ``perfdocs render`` may spend altogether.

What a run needs at runtime is only the validated *values*. pydantic-core, pydantic's
compiled half, validates into any class whose instances take ``__dict__``,
``__pydantic_fields_set__``, ``__pydantic_extra__`` and ``__pydantic_private__``; a twin is
such a class, written by hand with the same attribute names and the methods consumers
call (``Funds.rows()`` …). :func:`twin_schema` turns a model's core schema into one that
builds twins (every model class replaced by its twin, the parts that name pydantic's own
Python code dropped), so a validator built from it (and pickled per user) validates
exactly as the model does, into objects whose import costs nothing.

A twin behaves as the frozen model it stands for: equal by type and fields, the same
``repr``, no assignment; :meth:`Plain.replace` stands in for ``model_copy(update=…)``.
:func:`to_plain` turns an object tree pydantic validated into twins (for code that still
validates with the model itself). :func:`field_mismatches` is what a test compares, so a
field added to a model and not to its twin (or the reverse) fails the suite.

No pydantic import here, at any time: this module is what a warm run imports instead.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from types import ModuleType

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, ClassVar, TypeVar

    from pydantic_core import SchemaValidator

if TYPE_CHECKING:
    T = TypeVar("T", bound="Plain")

_DROPPED = frozenset({"metadata", "serialization"})
"""Core-schema keys holding pydantic's Python code (JSON-schema functions, serialisers):
a twin validator needs neither, and pickling them would import pydantic again."""


class FrozenTwinError(AttributeError):
    """Raised on assignment to a twin: the models are frozen, and so are their twins."""


class Plain:
    """Base of a twin: declare the model's fields as annotated class attributes.

    The slots are the ones pydantic-core writes (through the generic ``setattr``, so the
    frozen :meth:`__setattr__` does not stand in its way). Every declared field is in
    ``__dict__`` after validation (defaults included), in the model's field order.
    """

    __slots__ = ("__dict__", "__pydantic_extra__", "__pydantic_fields_set__",
                 "__pydantic_private__")
    __pydantic_fields_set__: set[str]
    __pydantic_extra__: dict[str, Any] | None
    __pydantic_private__: dict[str, Any] | None

    _fields: ClassVar[tuple[str, ...]] = ()
    """The declared fields, base classes' first (what :func:`field_mismatches` compares)."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        names: dict[str, None] = {}
        for klass in reversed(cls.__mro__):
            for name, annotation in vars(klass).get("__annotations__", {}).items():
                if not name.startswith("_") and "ClassVar" not in str(annotation):
                    names[name] = None
        cls._fields = tuple(names)

    @classmethod
    def _build(cls: type[T], values: Mapping[str, Any], fields_set: set[str] | None = None,
               extra: Mapping[str, Any] | None = None) -> T:
        """A twin holding ``values`` as pydantic-core would have made it (no checks)."""
        made = cls.__new__(cls)
        made._fill(dict(values), set(values) if fields_set is None else set(fields_set),
                   None if extra is None else dict(extra))
        return made

    def _fill(self, values: dict[str, Any], fields_set: set[str],
              extra: dict[str, Any] | None) -> None:
        """Set what pydantic-core sets on an object it makes (its fields, which of them were
        given, its extras, no private attributes), past the frozen ``__setattr__``."""
        object.__setattr__(self, "__dict__", values)
        object.__setattr__(self, "__pydantic_fields_set__", fields_set)
        object.__setattr__(self, "__pydantic_extra__", extra)
        object.__setattr__(self, "__pydantic_private__", None)

    def replace(self: T, **changes: Any) -> T:
        """A copy with ``changes`` (attribute names), as ``model_copy(update=…)`` makes one:
        nothing is checked again. A name that is no field goes to the extras of a twin that
        keeps extras, and is refused otherwise."""
        values = dict(self.__dict__)
        extra = None if self.__pydantic_extra__ is None else dict(self.__pydantic_extra__)
        for name, value in changes.items():
            if name in self._fields:
                values[name] = value
            elif extra is not None:
                extra[name] = value
            else:
                raise TypeError(f"{type(self).__name__} has no field {name!r}")
        return self._build(values, self.__pydantic_fields_set__ | set(changes), extra)

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenTwinError(f"{type(self).__name__} is frozen: cannot set {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenTwinError(f"{type(self).__name__} is frozen: cannot delete {name!r}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Plain):
            return NotImplemented
        return (type(self) is type(other) and self.__dict__ == other.__dict__
                and self.__pydantic_extra__ == other.__pydantic_extra__)

    def __hash__(self) -> int:
        return hash((type(self), *(self.__dict__.get(name) for name in self._fields)))

    def _repr_items(self) -> Iterator[tuple[str, Any]]:
        for name, value in self.__dict__.items():
            if name in self._fields:
                yield name, value
        yield from (self.__pydantic_extra__ or {}).items()

    def __repr__(self) -> str:
        inner = ", ".join(f"{name}={value!r}" for name, value in self._repr_items())
        return f"{type(self).__name__}({inner})"

    def __getstate__(self) -> dict[str, Any]:
        return {"__dict__": self.__dict__,
                "__pydantic_fields_set__": self.__pydantic_fields_set__,
                "__pydantic_extra__": self.__pydantic_extra__,
                "__pydantic_private__": self.__pydantic_private__}

    def __setstate__(self, state: Mapping[str, Any]) -> None:
        for name in self.__slots__:
            value = state.get(name)
            object.__setattr__(self, name, dict(value or {}) if name == "__dict__" else value)

    def __copy__(self: T) -> T:
        return self._build(self.__dict__, self.__pydantic_fields_set__, self.__pydantic_extra__)


def _is_model(value: object) -> bool:
    """A pydantic model class (told without importing pydantic)."""
    return isinstance(value, type) and hasattr(value, "__pydantic_fields__")


def _from_pydantic(value: object) -> bool:
    """Whether ``value`` (or its type) is defined by pydantic's Python package, which a
    pickled twin validator would import again."""
    module = getattr(value, "__module__", None) or type(value).__module__
    return isinstance(module, str) and module.split(".")[0] == "pydantic"


def to_plain(value: Any, twins: Mapping[type, type[Plain]]) -> Any:
    """``value`` with every pydantic model instance in it (nested in dicts, lists, tuples,
    other models) replaced by its twin from ``twins`` (model class → twin class).

    A model without a twin is refused (TypeError) rather than passed on: a run must never
    hold half pydantic objects and half twins.
    """
    kind = type(value)
    twin = twins.get(kind)
    if twin is not None:
        extra = value.__pydantic_extra__
        # a model with typed extras also shows __pydantic_extra__ in its __dict__: not a field
        return twin._build({name: to_plain(item, twins) for name, item in value.__dict__.items()
                            if not name.startswith("__pydantic")},
                           value.__pydantic_fields_set__,
                           None if extra is None else {name: to_plain(item, twins)
                                                       for name, item in extra.items()})
    if kind is dict:
        return {key: to_plain(item, twins) for key, item in value.items()}
    if kind is list:
        return [to_plain(item, twins) for item in value]
    if kind is tuple:
        return tuple(to_plain(item, twins) for item in value)
    if _is_model(kind):
        raise TypeError(f"no twin for the pydantic model {kind.__name__}")
    return value


def twin_schema(schema: Any, twins: Mapping[type, type[Plain]]) -> Any:
    """A pydantic core schema that validates into twins: each ``model`` schema's ``cls``
    replaced by its twin, defaults made twins, ``metadata`` and ``serialization`` dropped.

    Refuses (TypeError) what would still name pydantic-defined code: a model class without
    a twin, a validator that is a method of a model (write it as a module-level function
    of a module that does not import pydantic, and hand that to the decorator).
    """
    if isinstance(schema, dict):
        out: dict[str, Any] = {}
        for key, item in schema.items():
            if key in _DROPPED:
                continue
            if key == "cls" and schema.get("type") == "model":
                if item not in twins:
                    raise TypeError(f"no twin for the pydantic model {item.__name__}")
                out[key] = twins[item]
            elif key == "default":
                out[key] = to_plain(item, twins)
            else:
                out[key] = twin_schema(item, twins)
        return out
    if isinstance(schema, list):
        return [twin_schema(item, twins) for item in schema]
    if isinstance(schema, tuple):
        return tuple(twin_schema(item, twins) for item in schema)
    if _is_model(schema):
        raise TypeError(f"no twin for the pydantic model {schema.__name__}")
    if _from_pydantic(schema):
        raise TypeError(f"{schema!r} is pydantic's own: a twin validator cannot name it (a "
                        "check named like a field of its model reads as the field's default)")
    bound_to = getattr(schema, "__self__", None)
    if callable(schema) and _is_model(bound_to):
        raise TypeError(f"{getattr(schema, '__name__', schema)} is a method of a pydantic "
                        "model: make it a module-level function of a pydantic-free module")
    return schema


def twin_validator(model: Any, twins: Mapping[type, type[Plain]]) -> SchemaValidator:
    """A validator checking exactly as ``model``'s own (same schema, same config, same
    errors) that makes twins: built from the core schema pydantic builds for ``model``.

    Called on a cache miss only (it imports pydantic, through ``model``); what it returns
    pickles naming only pydantic-core, the twins and the check functions.
    """
    from pydantic_core import SchemaValidator

    model.model_rebuild()  # a defer_build model is built here
    built = model.__pydantic_validator__
    built = getattr(built, "_schema_validator", built)  # plugins on: pydantic's wrapper
    _, (schema, config, *_) = built.__reduce__()
    return SchemaValidator(twin_schema(schema, twins), config)


def twins_by_name(models: Iterable[type], module: ModuleType) -> dict[type, type[Plain]]:
    """Each model of ``models`` with the class of the same name in ``module`` (its twin);
    a missing twin is a KeyError naming it."""
    found: dict[type, type[Plain]] = {}
    for model in models:
        twin = getattr(module, model.__name__, None)
        if not (isinstance(twin, type) and issubclass(twin, Plain)):
            raise KeyError(f"no twin {model.__name__} in {module.__name__}")
        found[model] = twin
    return found


def field_mismatches(model: type, twin: type[Plain]) -> list[str]:
    """How ``twin``'s declared fields differ from ``model``'s (pydantic) fields, in words:
    empty when they are the same names in the same order."""
    fields = tuple(getattr(model, "__pydantic_fields__", {}))
    found: list[str] = []
    missing = [name for name in fields if name not in twin._fields]
    more = [name for name in twin._fields if name not in fields]
    if missing:
        found.append(f"{twin.__name__} lacks {', '.join(missing)} of {model.__name__}")
    if more:
        found.append(f"{twin.__name__} has {', '.join(more)}, not in {model.__name__}")
    if not found and fields != twin._fields:
        found.append(f"{twin.__name__}'s fields are not in {model.__name__}'s order")
    return found
