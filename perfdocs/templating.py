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

MAX_RESULT = 100_000
"""Largest string, sequence or number a template operator may build (text on a form is short)."""
MAX_RANGE = 10_000


@lru_cache(maxsize=1)
def _environment() -> Any:
    from jinja2 import StrictUndefined
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class _Bounded(ImmutableSandboxedEnvironment):  # type: ignore[misc]
        """The immutable sandbox, with ``*``, ``**`` and ``range`` kept small.

        The stock sandbox blocks attribute escapes but lets ``'x' * 10**8`` build a
        100 MB string; a form's template never needs anything that large.
        """

        intercepted_binops = frozenset({"*", "**"})

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            from jinja2.exceptions import TemplateRuntimeError

            if operator == "**":
                if isinstance(right, int) and abs(right) > 64:
                    raise TemplateRuntimeError("指数过大")
                return left**right
            for a, b in ((left, right), (right, left)):
                if isinstance(a, (str, list, tuple)) and isinstance(b, int) \
                        and len(a) * b > MAX_RESULT:
                    raise TemplateRuntimeError("生成的文字过长")
            return left * right

    def bounded_range(*args: int) -> range:
        from jinja2.exceptions import TemplateRuntimeError

        result = range(*args)
        if len(result) > MAX_RANGE:
            raise TemplateRuntimeError(f"range 过大（超过 {MAX_RANGE}）")
        return result

    env = _Bounded(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.globals["range"] = bounded_range
    return env


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
    except (OverflowError, MemoryError, RecursionError, ArithmeticError, TypeError,
            ValueError) as exc:
        raise RenderError(f"模板错误：{type(exc).__name__}: {exc}", file=where) from None
