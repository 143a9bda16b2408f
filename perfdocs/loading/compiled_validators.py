"""The compiled validators of perfdocs' pydantic models, kept per user
(perfdocs.loading.checked_files) so that a new process does not build them again.

The models are ``defer_build``: defining the classes is all an import does. The first
validation then has pydantic build the model's validator: it walks every field and nested
model to generate a core schema (≈ 14 ms for the project model), and it looks for pydantic
plugins through importlib.metadata on the way (≈ 10 ms, even with plugins turned off).
``perfdocs render`` validates one project per process, so both were paid by every run for
a schema that only changes with perfdocs' code.

A validator pydantic built is pickled (pydantic-core pickles a ``SchemaValidator`` as its
core schema and config, whose functions and classes are named, not copied) and a new process
builds the same validator from them (≈ 1 ms): the same checks in the same order, the same
errors, hence the same messages. The entry's key is the model's name, the source of the
modules that define it, and perfdocs', pydantic's and Python's versions: a change to any
of them is a miss, and pydantic builds the validator as before. An entry that does not
read back (damaged, from other code) is a miss too, then rewritten; nothing here raises.

:func:`kept` keeps a validator someone else builds: the project file's, built by
perfdocs.model.plain.twin_validator to make plain twins, so that reading it back imports
neither pydantic's Python package nor the models (≈ 60 ms of a one-form run).

:func:`validator` (a model's own validator, making pydantic objects) is kept only while
pydantic's plugins are turned off (``PYDANTIC_DISABLE_PLUGINS``, which the CLI
sets): with plugins on, pydantic wraps a validator in them, so it builds it itself.
"""

from __future__ import annotations

import os
from collections.abc import Callable

from perfdocs.files import pickled
from perfdocs.loading import checked_files

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from pydantic import BaseModel
    from pydantic_core import SchemaValidator

FORMAT = b"perfdocs-validator 1\n"
"""An entry's first bytes; a new arrangement of the entry gets a new number."""
KEPT_FORMAT = b"perfdocs-core-schema 1\n"
"""The first bytes of a :func:`kept` entry: a pickled (core schema, config) pair."""
OWN_CODE = ("loading/compiled_validators.py", "loading/core.py", "model/plain.py")

_BUILT: dict[type[BaseModel], SchemaValidator] = {}
_KEPT: dict[str, SchemaValidator] = {}


def validator(model: type[BaseModel], code: tuple[str, ...]) -> SchemaValidator:
    """``model``'s validator (what ``model.model_validate`` calls), read from the cache when
    an entry for ``model`` and the source of ``code`` (modules relative to the package, those
    that define the model's fields and their types) is there, else built by pydantic and kept.
    """
    found = _BUILT.get(model)
    if found is not None:
        return found
    if not _plugins_off():
        return _built(model)
    key = checked_files.entry_key(FORMAT, (model.__module__, model.__qualname__),
                                  code + OWN_CODE)
    found = _recall(key) if key is not None else None
    if found is None:
        found = _built(model)
        if key is not None:
            _keep(key, found)
    _BUILT[model] = found
    return found


def kept(name: str, code: tuple[str, ...], build: Callable[[], SchemaValidator]
         ) -> SchemaValidator:
    """The validator called ``name``, read from the cache when an entry for it and the
    source of ``code`` is there, else ``build()`` (and kept).

    For a validator that makes twins (perfdocs.model.plain.twin_validator): ``build``
    imports pydantic and the models, so a hit never does. pydantic's plugins play no part
    in such a validator (it is pydantic-core's own), so it is kept whatever
    ``PYDANTIC_DISABLE_PLUGINS`` says, and checks the same on a hit and on a miss.
    """
    found = _KEPT.get(name)
    if found is not None:
        return found
    key = checked_files.entry_key(KEPT_FORMAT, ("kept", name), code + OWN_CODE)
    found = _recall_schema(key) if key is not None else None
    if found is None:
        found = build()
        if key is not None:
            _keep_schema(key, found)
    _KEPT[name] = found
    return found


def _recall_schema(key: str) -> SchemaValidator | None:
    """A kept validator built again from its core schema and config, by the extension
    module alone (perfdocs.loading.core): a pickled ``SchemaValidator`` would name
    ``pydantic_core._pydantic_core`` and so import the whole ``pydantic_core`` package."""
    payload = checked_files.read_entry(KEPT_FORMAT, key)
    if payload is None:
        return None
    from perfdocs.loading.core import core

    try:
        schema, config = pickled.loads(payload)  # our own file, its digest checked
        built: SchemaValidator = core().SchemaValidator(schema, config)
    except Exception:  # not ours after all (other code, a class since renamed): rebuild
        return None
    return built


def _keep_schema(key: str, found: SchemaValidator) -> None:
    """Keep ``found``'s core schema and config; never raises."""
    try:
        reduced: Any = found.__reduce__()  # (SchemaValidator, (schema, config, …))
        schema, config = reduced[1][:2]
        payload = pickled.dumps((schema, config))
    except Exception:  # a schema holding something that does not pickle: built each time
        return
    checked_files.write_entry(KEPT_FORMAT, key, payload)


def _built(model: type[BaseModel]) -> SchemaValidator:
    """The validator pydantic builds for ``model`` (what its first validation builds)."""
    model.model_rebuild()
    return model.__pydantic_validator__  # type: ignore[return-value]


def _plugins_off() -> bool:
    """Whether pydantic loads no plugin (its own test, pydantic.plugin._loader)."""
    return os.environ.get("PYDANTIC_DISABLE_PLUGINS") in ("__all__", "1", "true")


def _recall(key: str) -> SchemaValidator | None:
    from pydantic_core import SchemaValidator

    payload = checked_files.read_entry(FORMAT, key)
    if payload is None:
        return None
    try:
        found = pickled.loads(payload)  # our own file, its digest checked
    except Exception:  # not ours after all (other code, a class since renamed): rebuild
        return None
    return found if type(found) is SchemaValidator else None


def _keep(key: str, found: object) -> None:
    """Keep a plain validator pydantic built; never raises."""
    from pydantic_core import SchemaValidator

    if type(found) is not SchemaValidator:
        return
    try:
        payload = pickled.dumps(found)
    except Exception:  # a schema holding something that does not pickle: built each time
        return
    checked_files.write_entry(FORMAT, key, payload)
