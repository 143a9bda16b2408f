"""Records: classes of plain named fields, made without :mod:`dataclasses`.

``@dataclass`` writes each class's ``__init__``, ``__repr__``, ``__eq__``, ``__hash__`` …
as source text and compiles them every time the module is imported (0.3–2 ms a class), and
``import dataclasses`` itself pulls :mod:`inspect` (with ast, tokenize, linecache): some
25 ms of every ``perfdocs`` run for the ~40 records a one-form render imports (issue 20.2).

A record here derives from :class:`Record` and declares its fields as annotations, with
defaults or :func:`field` exactly as a dataclass does::

    class Cell(Record, frozen=True, slots=True):
        row: int
        text: str = ""
        notes: list[str] = field(default_factory=list)

It behaves as the dataclass of the same declaration would (``tests/test_records.py``
compares every record with such a twin): fields in declaration order, base classes'
first; an ``__init__`` taking them; ``repr``, ``==`` and (when frozen) ``hash`` over the
fields — ``field(repr=False)``/``field(compare=False)`` leave one out. These four are
straight-line code as the dataclass's, each compiled the first time it is called (a
record a run never makes, compares, hashes or prints costs nothing but its class:
≈ 40 µs against ≈ 700 µs for ``@dataclass``) — but ``__init__`` only at its
:data:`COMPILE_AFTER`-th call: the instances before it are bound in a loop, the same
objects, as a record made once or twice is not worth compiling for (``inspect.signature``
shows the stand-in's ``(*given, **named)`` until then); frozen records refuse assignment with
:class:`FrozenRecordError` (an AttributeError, as dataclasses' FrozenInstanceError is);
``slots=True`` gives slotted instances (decided while the class is made, by the metaclass:
no second class as ``@dataclass(slots=True)`` makes); ``kw_only=True`` keyword-only fields.
:func:`replace`, :func:`fields`, :func:`asdict` and :func:`is_record` stand in for
dataclasses' functions of those names (and ``record.replace(**changes)``).
"""

from __future__ import annotations

from operator import attrgetter

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import Any, ClassVar, TypeVar

    from typing_extensions import dataclass_transform
else:
    def dataclass_transform(**_: Any) -> Any:
        """Only for type checkers: no ``typing`` machinery at run time."""
        return lambda cls: cls

if TYPE_CHECKING:
    R = TypeVar("R", bound="Record")


class _Missing:
    __slots__ = ()

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Any = _Missing()
"""No default (as dataclasses.MISSING)."""


class _Factory:
    __slots__ = ()

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY: Any = _Factory()
"""The default an ``__init__`` shows for a field made by a factory (called when omitted)."""


class FrozenRecordError(AttributeError):
    """Assignment to (or deletion from) a frozen record."""


class Field:
    """One field of a record: what :func:`fields` lists (the attributes dataclasses' Field
    has that perfdocs reads)."""

    __slots__ = ("compare", "default", "default_factory", "kw_only", "name", "repr", "type")

    def __init__(self, default: Any = MISSING, default_factory: Any = MISSING,
                 repr: bool = True, compare: bool = True,
                 kw_only: bool | None = None) -> None:
        if default is not MISSING and default_factory is not MISSING:
            raise ValueError("cannot specify both default and default_factory")
        self.name = ""
        self.type: Any = None
        self.default = default
        self.default_factory = default_factory
        self.repr = repr
        self.compare = compare
        self.kw_only = kw_only

    def _named(self, name: str, annotation: Any, kw_only: bool) -> Field:
        made = Field(self.default, self.default_factory, self.repr, self.compare,
                     kw_only if self.kw_only is None else self.kw_only)
        made.name, made.type = name, annotation
        return made

    def __repr__(self) -> str:
        return (f"Field(name={self.name!r}, type={self.type!r}, default={self.default!r}, "
                f"default_factory={self.default_factory!r}, repr={self.repr}, "
                f"compare={self.compare}, kw_only={self.kw_only})")


def field(*, default: Any = MISSING, default_factory: Any = MISSING,
          repr: bool = True, compare: bool = True,
          kw_only: bool | None = None) -> Any:
    """A field's default made by ``default_factory`` or left out of ``repr``/``==``/hash,
    as ``dataclasses.field``."""
    return Field(default, default_factory, repr, compare, kw_only)


def _is_class_var(annotation: Any) -> bool:
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith(("ClassVar", "typing.ClassVar", "t.ClassVar"))


def _tuple_getter(names: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """A function giving ``obj``'s values of ``names`` as a tuple (in C, by attrgetter)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:  # attrgetter of one name gives the value, not a 1-tuple
        one = attrgetter(names[0])
        return lambda obj: (one(obj),)
    return attrgetter(*names)


class _RecordType(type):
    """Makes a ``slots=True`` record slotted as its class is made: its own fields become
    ``__slots__`` and their defaults move out of the class body (a slot and a class
    attribute of one name cannot coexist), kept for :meth:`Record.__init_subclass__`."""

    def __new__(mcls, name: str, bases: tuple[type, ...], namespace: dict[str, Any],
                **options: Any) -> _RecordType:
        if options.get("slots") and "__slots__" not in namespace:
            own = [key for key, annotation in namespace.get("__annotations__", {}).items()
                   if not _is_class_var(annotation)]
            taken = {slot for base in bases for klass in base.__mro__
                     for slot in vars(klass).get("__slots__", ())}
            namespace["__slots__"] = tuple(key for key in own if key not in taken)
            namespace["_record_defaults"] = {key: namespace.pop(key) for key in own
                                             if key in namespace}
        return super().__new__(mcls, name, bases, namespace, **options)


@dataclass_transform(field_specifiers=(field, Field))
class Record(metaclass=_RecordType):
    """Base of a record (see the module's doc). Options are class keywords:
    ``class X(Record, frozen=True, slots=True, eq=True, kw_only=False)``."""

    __slots__ = ()

    _record_fields: ClassVar[tuple[Field, ...]] = ()
    _record_frozen: ClassVar[bool] = False
    _record_names: ClassVar[tuple[str, ...]] = ()
    # a function of one record giving the tuple of its field values: ClassVar[Any] as a
    # type checker would bind a Callable to self
    _record_values: ClassVar[Any]

    def __init_subclass__(cls, *, frozen: bool = False, slots: bool = False, eq: bool = True,
                          kw_only: bool = False, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        own = vars(cls)
        bases = [klass for klass in cls.__mro__[1:] if issubclass(klass, Record)]
        if any(base._record_fields and base._record_frozen != frozen for base in bases):
            raise TypeError(f"{cls.__name__}: a record and its record bases are all frozen "
                            "or all not frozen")
        found: dict[str, Field] = {}
        for base in reversed(bases):
            found.update((f.name, f) for f in base._record_fields)
        defaults = own.get("_record_defaults", own)
        for name, annotation in own.get("__annotations__", {}).items():
            if _is_class_var(annotation):
                continue
            default = defaults.get(name, MISSING)
            spec = default if isinstance(default, Field) else Field(default)
            made = spec._named(name, annotation, kw_only)
            if isinstance(default, Field) and not slots:
                # as dataclasses: the class keeps a plain default, never the field() spec
                if made.default is MISSING:
                    delattr(cls, name)
                else:
                    setattr(cls, name, made.default)
            found[name] = made
        every = tuple(found.values())
        _check_order(every)
        cls._record_fields = every
        cls._record_frozen = frozen
        names = tuple(f.name for f in every)
        cls._record_names = names
        cls._record_values = staticmethod(_tuple_getter(names))
        compared = tuple(f.name for f in every if f.compare)
        shown = tuple(f.name for f in every if f.repr)
        methods: dict[str, Any] = {}
        if "__init__" not in own:
            methods["__init__"] = _binding_init(cls, every, frozen)
        if "__repr__" not in own:
            methods["__repr__"] = _on_first_use(cls, "__repr__", _make_repr, shown)
        if eq and "__eq__" not in own:
            methods["__eq__"] = _on_first_use(cls, "__eq__", _make_eq, compared)
            if "__hash__" not in own:  # a class's own hash stays, as dataclasses leaves it
                methods["__hash__"] = (_on_first_use(cls, "__hash__", _make_hash, compared)
                                       if frozen else None)
        if frozen:
            methods["__setattr__"] = _refuse_set
            methods["__delattr__"] = _refuse_delete
        if slots and frozen:  # as dataclasses: its own __setattr__ refuses pickle's way
            methods["__getstate__"] = _getstate
            methods["__setstate__"] = _setstate
        methods["__match_args__"] = tuple(f.name for f in every if not f.kw_only)
        for name, method in methods.items():
            setattr(cls, name, method)

    def replace(self: R, **changes: Any) -> R:
        """A copy with ``changes`` (field names), made by ``__init__`` as
        ``dataclasses.replace`` makes one."""
        return replace(self, **changes)


def _check_order(every: tuple[Field, ...]) -> None:
    """As dataclasses, when the class is made: a field without a default may not follow
    one with a default (unless keyword-only)."""
    seen_default = False
    for f in every:
        if f.kw_only:
            continue
        if f.default is MISSING and f.default_factory is MISSING:
            if seen_default:
                raise TypeError(f"non-default argument {f.name!r} follows default argument")
        else:
            seen_default = True


def _on_first_use(cls: type, name: str, make: Callable[..., Callable[..., Any]],
                  *args: Any) -> Callable[..., Any]:
    """A stand-in for method ``name`` of ``cls`` that compiles the real one (``make(cls,
    *args)``) the first time it is called, puts it on the class and calls it: a record a
    run never makes (or never compares, hashes, prints) costs no compiling (≈ 0.1 ms a
    method). Compiled twice by two threads at once, it is the same method twice."""

    def first_use(self: Any, *given: Any, **named: Any) -> Any:
        real = make(cls, *args)
        setattr(cls, name, real)
        return real(self, *given, **named)

    first_use.__name__ = name
    first_use.__qualname__ = f"{cls.__qualname__}.{name}"
    return first_use


_ABSENT: Any = object()
"""A field not given to an ``__init__`` (never a value, unlike :data:`MISSING`)."""

COMPILE_AFTER = 64
"""Instances a record's ``__init__`` makes by binding its arguments in a loop before its
straight-line ``__init__`` is compiled (see :func:`_binding_init`)."""


def _binding_init(cls: type, every: tuple[Field, ...], frozen: bool) -> Callable[..., None]:
    """The stand-in ``__init__`` of ``cls``: it binds its arguments to the fields in a loop
    and sets them as the compiled ``__init__`` of :func:`_make_init` would (the same
    order, defaults, factories, the same ``object.__setattr__`` of frozen fields), for the
    first :data:`COMPILE_AFTER` instances; then, or at once for a call the loop does not
    bind exactly (too many arguments, an unknown or repeated name, a missing field: the
    compiled one raises Python's own TypeError for it), it compiles the real one, puts it
    on the class and calls it.

    Compiling an ``__init__`` costs ≈ 0.15–0.6 ms (3.11's compiler): a one-form render
    made instances of 28 record classes, 20 of them once or twice, and compiled 28
    ``__init__`` (≈ 6 ms of the process). The loop costs ≈ 1–2 µs a call more than the
    compiled code, so a record made thousands of times (a grid's cells) still gets the
    straight-line one after its first :data:`COMPILE_AFTER`."""
    positional = tuple(f.name for f in every if not f.kw_only)
    names = frozenset(f.name for f in every)
    required = frozenset(f.name for f in every
                         if f.default is MISSING and f.default_factory is MISSING)
    plan = tuple((f.name, f.default, f.default_factory) for f in every)
    store = object.__setattr__ if frozen else setattr
    calls = [0]

    def compile_and_call(self: Any, given: tuple[Any, ...], named: dict[str, Any]) -> None:
        real = _make_init(cls, every, frozen)
        cls.__init__ = real  # type: ignore[misc]
        real(self, *given, **named)

    def __init__(self: Any, *given: Any, **named: Any) -> None:
        calls[0] += 1
        if (calls[0] > COMPILE_AFTER or len(given) > len(positional)
                or not names.issuperset(named)):
            return compile_and_call(self, given, named)
        values = dict(zip(positional, given, strict=False))
        if named:
            if not values.keys().isdisjoint(named):  # a field given twice
                return compile_and_call(self, given, named)
            values.update(named)
        if not required.issubset(values):  # a field left out
            return compile_and_call(self, given, named)
        for name, default, factory in plan:
            value = values.get(name, _ABSENT)
            if value is _ABSENT:  # left out: its default, or made by its factory
                value = default if default is not MISSING else factory()
            elif value is _FACTORY and factory is not MISSING:
                value = factory()
            store(self, name, value)
        return None

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    __init__.__module__ = cls.__module__
    return __init__


def _compiled(cls: type, name: str, source: str, scope: dict[str, Any]) -> Callable[..., Any]:
    """Function ``name`` compiled from ``source`` (our own text, built from field names),
    named as a method of ``cls``, as dataclasses compiles its methods."""
    exec(source, scope)
    made: Callable[..., Any] = scope[name]
    made.__qualname__ = f"{cls.__qualname__}.{name}"
    made.__module__ = cls.__module__
    return made


def _make_init(cls: type, every: tuple[Field, ...], frozen: bool) -> Callable[..., None]:
    """The class's ``__init__``: the fields in order, defaults bound, factories called
    when a value is left out, frozen fields set past the refusing ``__setattr__``."""
    scope: dict[str, Any] = {"_FACTORY": _FACTORY, "_set": object.__setattr__}
    positional: list[str] = []
    keyword: list[str] = []
    body: list[str] = []
    for f in every:
        if f.default is not MISSING:
            scope[f"_d_{f.name}"] = f.default
            parameter = f"{f.name}=_d_{f.name}"
            value = f.name
        elif f.default_factory is not MISSING:
            scope[f"_f_{f.name}"] = f.default_factory
            parameter = f"{f.name}=_FACTORY"
            value = f"_f_{f.name}() if {f.name} is _FACTORY else {f.name}"
        else:
            parameter = value = f.name
        (keyword if f.kw_only else positional).append(parameter)
        body.append(f"    _set(self, {f.name!r}, {value})" if frozen
                    else f"    self.{f.name} = {value}")
    parameters = ", ".join(["self", *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({parameters}):\n" + ("\n".join(body) or "    pass")
    return _compiled(cls, "__init__", source, scope)


def _make_repr(cls: type, shown: tuple[str, ...]) -> Callable[[Any], str]:
    inner = ", ".join(f"{name}={{self.{name}!r}}" for name in shown)
    source = (f"def __repr__(self):\n"
              f"    return f'{{self.__class__.__qualname__}}({inner})'")
    return _compiled(cls, "__repr__", source, {})


def _make_eq(cls: type, compared: tuple[str, ...]) -> Callable[[Any, object], Any]:
    mine = "".join(f"self.{name}," for name in compared)
    theirs = "".join(f"other.{name}," for name in compared)
    source = ("def __eq__(self, other):\n"
              "    if other.__class__ is self.__class__:\n"
              f"        return ({mine}) == ({theirs})\n"
              "    return NotImplemented")
    return _compiled(cls, "__eq__", source, {})


def _make_hash(cls: type, compared: tuple[str, ...]) -> Callable[[Any], int]:
    mine = "".join(f"self.{name}," for name in compared)
    return _compiled(cls, "__hash__", f"def __hash__(self):\n    return hash(({mine}))", {})


def _refuse_set(self: Record, name: str, value: object) -> None:
    raise FrozenRecordError(f"cannot assign to field {name!r}")


def _refuse_delete(self: Record, name: str) -> None:
    raise FrozenRecordError(f"cannot delete field {name!r}")


def _getstate(self: Record) -> list[Any]:
    """A frozen slotted record pickles as the list of its field values (as dataclasses)."""
    return list(self._record_values(self))


def _setstate(self: Record, state: list[Any]) -> None:
    for f, value in zip(self._record_fields, state, strict=False):
        object.__setattr__(self, f.name, value)


def is_record(value: object) -> bool:
    """Whether ``value`` is a record or a record class (as ``dataclasses.is_dataclass``)."""
    kind = value if isinstance(value, type) else type(value)
    return issubclass(kind, Record) and kind is not Record


def fields(value: Record | type[Record]) -> tuple[Field, ...]:
    """The record's (or record class's) fields in order, as ``dataclasses.fields``."""
    if not is_record(value):
        raise TypeError("fields() takes a record or a record class")
    return value._record_fields


def replace(record: R, /, **changes: Any) -> R:
    """A copy of ``record`` with ``changes``, made by its ``__init__`` (as
    ``dataclasses.replace``: a name that is no field is a TypeError there)."""
    if not isinstance(record, Record):
        raise TypeError("replace() should be called on record instances")
    kind = record.__class__
    values = dict(zip(kind._record_names, kind._record_values(record), strict=True))
    values.update(changes)
    return kind(**values)


def asdict(record: Record) -> dict[str, Any]:
    """The record as a dict, nested records, lists, tuples and dicts too, other values
    deep-copied: what ``dataclasses.asdict`` gives for the same dataclass."""
    if not is_record(record) or isinstance(record, type):
        raise TypeError("asdict() should be called on record instances")
    return _as_plain(record)  # type: ignore[no-any-return]


def _as_plain(value: Any) -> Any:
    if isinstance(value, Record):
        return {f.name: _as_plain(item) for f, item in zip(
            value._record_fields, value._record_values(value), strict=True)}
    if isinstance(value, tuple) and hasattr(value, "_fields"):  # a namedtuple
        return type(value)(*[_as_plain(item) for item in value])
    if isinstance(value, (list, tuple)):
        return type(value)(_as_plain(item) for item in value)
    if isinstance(value, dict):
        return type(value)((_as_plain(key), _as_plain(item)) for key, item in value.items())
    from copy import deepcopy

    return deepcopy(value)
