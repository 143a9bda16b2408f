"""Jinja for user-editable text: layout strings, file names and Word templates.

Templates come from users (a layout folder copied and edited, a restyled .docx), so they
are rendered in Jinja's immutable sandbox: a template can read the values it is given and
nothing else. Reaching for ``__class__``, ``__globals__`` and the like raises a
:class:`~perfdocs.errors.RenderError` naming the template instead of running.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from perfdocs.errors import RenderError


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    return ImmutableSandboxedEnvironment(
        undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True
    )


@lru_cache(maxsize=512)
def _compile(source: str) -> Any:
    return _environment().from_string(source)


def render_text(source: str, context: Mapping[str, Any], *, where: str) -> str:
    """Render one template string; ``where`` names it in error messages."""
    if "{" not in source:
        return source
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    try:
        return _compile(source).render(**context)
    except SecurityError as exc:
        raise RenderError(f"模板试图访问不允许的属性（已阻止）：{exc}", file=where) from None
    except TemplateError as exc:
        raise RenderError(f"模板错误：{exc}", file=where) from None
