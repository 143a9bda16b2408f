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

        intercepted_binops = frozenset({"*", "**", "%"})

        def wrap_str_format(self, value: Any) -> Any:
            """``'{:>999999999}'.format(1)``: the sandbox's str.format, widths bounded."""
            wrapped = super().wrap_str_format(value)
            owner = getattr(value, "__self__", None)
            if wrapped is None or not isinstance(owner, str):
                return wrapped
            _check_widths(owner)
            return wrapped

        def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
            from jinja2.exceptions import TemplateRuntimeError

            if operator == "%":
                if isinstance(left, str):
                    _check_widths(left)
                return left % right
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
    for name in _SIZED_FILTERS:
        env.filters[name] = _bounded_filter(env.filters[name])
    return env


_SIZED_FILTERS = ("center", "indent", "wordwrap", "truncate", "format", "replace", "join")
"""Filters whose result can be far larger than their input (``'x'|center(10**9)``)."""


def _check_widths(spec: str) -> None:
    """Refuse a format string with a field width or precision of six digits or more."""
    import re

    from jinja2.exceptions import TemplateRuntimeError

    if re.search(r"\d{6,}", spec):
        raise TemplateRuntimeError("格式宽度过大")


def _bounded_filter(func: Any) -> Any:
    """``func`` refusing arguments that would build text beyond :data:`MAX_RESULT`.

    Checked *before* the call: the sandbox cannot take back memory once a filter has
    allocated a gigabyte.
    """
    import functools

    from jinja2.exceptions import TemplateRuntimeError

    @functools.wraps(func)
    def bounded(*args: Any, **kwargs: Any) -> Any:
        values = [a for a in (*args, *kwargs.values()) if not hasattr(a, "environment")]
        if any(isinstance(v, int) and not isinstance(v, bool) and abs(v) > MAX_RESULT
               for v in values):
            raise TemplateRuntimeError("生成的文字过长")
        if func.__name__ == "do_format" and values and isinstance(values[0], str):
            _check_widths(values[0])
        if func.__name__ == "do_replace" and len(values) >= 3:
            text, old, new = (str(v) for v in values[:3])
            grow = text.count(old) if old else len(text) + 1
            if len(text) + grow * max(len(new) - len(old), 0) > MAX_RESULT:
                raise TemplateRuntimeError("生成的文字过长")
        if func.__name__ == "do_join" and values:
            items = values[0]
            if isinstance(items, (list, tuple)) and len(items) > MAX_RANGE:
                raise TemplateRuntimeError("生成的文字过长")
        return func(*args, **kwargs)

    return bounded


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
