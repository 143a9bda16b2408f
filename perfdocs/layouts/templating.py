"""Jinja for user-editable text: layout strings, file names, packet names and Word templates.

Templates come from users (a layout folder copied and edited, a restyled .docx, a naming
pattern in perfdocs.toml), so they are rendered in Jinja's immutable sandbox: a template
can read the values it is given and nothing else. Reaching for ``__class__``,
``__globals__`` and the like raises a :class:`~perfdocs.errors.RenderError` naming the
template instead of running.

The sandbox alone stops escapes, not exhaustion: nested ``range`` loops never finish,
``'x'|center(10**9)`` or an integer power tower allocates gigabytes. So every evaluation
runs under a :class:`Budget` that the sandbox itself enforces, whatever the template text:

- an operation count and a deadline, charged on every loop iteration (each ``{% for %}``
  iterates through a counting wrapper put in when the template compiles), every call,
  filter, attribute lookup and intercepted operator;
- a cap on what one operation may build: integer arguments of calls and filters (widths,
  counts, ``indent=``, ``n=``), format widths, range sizes, sequence repetition, the bits
  of an integer product or power, and the length of every result;
- a cap on the length of the whole output, counted while it is generated.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from functools import lru_cache

from perfdocs.errors import RenderError
from perfdocs.records import Record

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, TypeVar

    from jinja2 import Template
    from jinja2.compiler import Frame
    from jinja2.nodes import Template as TemplateNode
    from jinja2.runtime import Context
    from jinja2.sandbox import SandboxedEnvironment

    T = TypeVar("T")

MAX_RESULT = 100_000
"""Largest string, sequence or integer argument one template operation may build or take."""
MAX_RANGE = 10_000
MAX_OUTPUT = 200_000
"""Longest text one template may produce (a form's longest text is a few thousand)."""
MAX_OPERATIONS = 200_000
"""Loop iterations, calls, filters and lookups one evaluation may make."""
MAX_SECONDS = 5.0
"""Wall time one evaluation may take (a naming pattern takes microseconds)."""
MAX_INT_BITS = 4_000
"""Largest integer (in bits, about 1,200 digits) a product or power may make."""
BUDGET_FILTER = "perfdocs_budget"


class BudgetExceeded(Exception):
    """A template ran past its :class:`Budget`; the message says which limit, in Chinese."""


class Budget(Record):
    """What one template evaluation may still spend."""

    operations: int = MAX_OPERATIONS
    deadline: float = 0.0

    def charge(self, count: int = 1) -> None:
        self.operations -= count
        if self.operations < 0:
            raise BudgetExceeded(f"模板运算次数超出限制（{MAX_OPERATIONS} 次），可能是循环过多")
        if time.monotonic() > self.deadline:
            raise BudgetExceeded(f"模板运行时间超出限制（{MAX_SECONDS:g} 秒）")


_LOCAL = threading.local()


def _charge(count: int = 1) -> None:
    budget: Budget | None = getattr(_LOCAL, "budget", None)
    if budget is not None:
        budget.charge(count)


def _too_long() -> BudgetExceeded:
    return BudgetExceeded("生成的文字过长")


def _check_value(value: object) -> None:
    """Refuse an argument that would let one operation build something huge."""
    if isinstance(value, bool):
        return
    if isinstance(value, int) and abs(value) > MAX_RESULT:
        raise _too_long()
    if isinstance(value, float) and abs(value) > MAX_RESULT and value == int(value):
        raise _too_long()


def _check_result(value: T) -> T:
    if isinstance(value, (str, bytes, list, tuple, dict)) and len(value) > MAX_RESULT:
        raise _too_long()
    if isinstance(value, int) and not isinstance(value, bool) \
            and value.bit_length() > MAX_INT_BITS:
        raise BudgetExceeded("数值过大")
    return value


def _check_widths(spec: str) -> None:
    """Refuse a format string whose field width or precision exceeds :data:`MAX_RESULT`.

    The format string is a runtime value (``'%0999999999d' % 1``), read the way Python's
    formatting reads it: every run of digits in it may be a width.
    """
    if any(len(digits) > 6 or int(digits) > MAX_RESULT
           for digits in re.findall(r"\d+", spec)):
        raise BudgetExceeded("格式宽度过大")


def _counted(items: Iterable[T]) -> Iterator[T]:
    """What every ``{% for %}`` iterates: the items, each one charged to the budget."""
    for item in items:
        _charge()
        yield item


def _bounded_range(*args: int) -> range:
    for value in args:
        _check_value(value)
    result = range(*args)
    if len(result) > MAX_RANGE:
        raise BudgetExceeded(f"range 过大（超过 {MAX_RANGE}）")
    return result


def _bounded_lipsum(n: int = 5, html: bool = True, min: int = 20, max: int = 100) -> str:
    from jinja2.utils import generate_lorem_ipsum

    if n > 20 or max > 200 or min > max:
        raise _too_long()
    return str(generate_lorem_ipsum(n=n, html=html, min=min, max=max))


def _estimate(name: str, values: list[object]) -> int:
    """The length a text filter's result may reach, known before it runs (0: no estimate)."""
    if not values:
        return 0
    first = values[0]
    text = first if isinstance(first, str) else None
    if name == "do_replace" and len(values) >= 3 and text is not None:
        old, new = str(values[1]), str(values[2])
        grow = text.count(old) if old else len(text) + 1
        return len(text) + grow * max(len(new) - len(old), 0)
    if name == "do_indent" and text is not None:
        given = values[1] if len(values) > 1 else 4
        width = len(given) if isinstance(given, str) else _as_int(given or 0)
        return len(text) + (text.count("\n") + 1) * width
    if name == "do_join" and isinstance(first, (list, tuple)):
        if len(first) > MAX_RANGE:
            return MAX_RESULT + 1
        separator = str(values[1]) if len(values) > 1 else ""
        return sum(len(str(item)) for item in first) + len(separator) * len(first)
    return 0


def _as_int(value: object) -> int:
    """``int(value)`` of a template's value (a width, a tab size), TypeError as Python's."""
    from typing import SupportsIndex, SupportsInt  # a template's filter only (Jinja's path)

    if isinstance(value, (str, bytes, SupportsInt, SupportsIndex)):
        return int(value)
    raise TypeError(f"int() argument must be a string or a number, not {type(value).__name__!r}")


def _check_method(method: object, args: tuple[object, ...]) -> None:
    """Refuse a str method whose result size its arguments decide (``s.replace('x', big)``,
    ``sep.join(items)``, ``s.expandtabs(n)``) before it allocates."""
    owner = getattr(method, "__self__", None)
    if not isinstance(owner, str):
        return
    name = getattr(method, "__name__", "")
    if name == "replace":
        size = _estimate("do_replace", [owner, *args])
    elif name == "join" and args:
        items = args[0]
        size = _estimate("do_join", [list(items) if isinstance(items, (list, tuple)) else [],
                                     owner])
    elif name == "expandtabs":
        size = len(owner) * (_as_int(args[0]) if args else 8)
    else:
        return
    if size > MAX_RESULT:
        raise _too_long()


def _bounded_filter(func: Callable[..., object]) -> Callable[..., object]:
    """``func`` under the budget: charged, its arguments and result bounded.

    Checked *before* the call where an argument decides the size of the result: the sandbox
    cannot take back memory once a filter has allocated a gigabyte.
    """
    import functools

    @functools.wraps(func)
    def bounded(*args: object, **kwargs: object) -> object:
        _charge()
        values = [a for a in (*args, *kwargs.values()) if not hasattr(a, "environment")]
        for value in values[1:]:
            _check_value(value)
        name = getattr(func, "__name__", "")
        if name == "do_format" and values and isinstance(values[0], str):
            _check_widths(values[0])
        if _estimate(name, values) > MAX_RESULT:
            raise _too_long()
        return _check_result(func(*args, **kwargs))

    return bounded


@lru_cache(maxsize=1)
def _environment() -> SandboxedEnvironment:
    from jinja2 import StrictUndefined, nodes
    from jinja2.compiler import CodeGenerator
    from jinja2.sandbox import ImmutableSandboxedEnvironment

    class _CountingLoops(CodeGenerator):
        """Compiles every ``{% for … in X %}`` as ``for … in X|perfdocs_budget``."""

        def visit_Template(self, node: TemplateNode, frame: Frame | None = None) -> None:
            for loop in node.find_all(nodes.For):
                if not (isinstance(loop.iter, nodes.Filter) and loop.iter.name == BUDGET_FILTER):
                    loop.iter = nodes.Filter(loop.iter, BUDGET_FILTER, [], [], None, None,
                                             lineno=loop.lineno)
            super().visit_Template(node, frame)

    class _Bounded(ImmutableSandboxedEnvironment):
        """The immutable sandbox, every operation charged to the current :class:`Budget`."""

        code_generator_class = _CountingLoops
        intercepted_binops = frozenset({"*", "**", "%", "+", "//"})

        def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:
            _charge()
            for value in (*args, *kwargs.values()):
                _check_value(value)
            _check_method(__obj, args)
            return _check_result(super().call(__context, __obj, *args, **kwargs))

        def getattr(self, obj: object, attribute: str) -> Any:
            _charge()
            return super().getattr(obj, attribute)

        def getitem(self, obj: object, argument: object) -> Any:
            _charge()
            return super().getitem(obj, argument)

        def wrap_str_format(self, value: object) -> Callable[..., str] | None:
            """``'{:>999999999}'.format(1)``: the sandbox's str.format, widths bounded."""
            wrapped = super().wrap_str_format(value)
            owner = getattr(value, "__self__", None)
            if wrapped is None or not isinstance(owner, str):
                return wrapped
            _check_widths(owner)
            return wrapped

        def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
            _charge()
            if operator == "%":
                if isinstance(left, str):
                    _check_widths(left)
                    for value in right if isinstance(right, (tuple, list)) else (right,):
                        _check_value(value)
                return _check_result(left % right)
            if operator == "**":
                if isinstance(left, int) and isinstance(right, int) and right > 0 \
                        and max(left.bit_length() - 1, 0) * right > MAX_INT_BITS:
                    raise BudgetExceeded("指数过大")
                if isinstance(right, (int, float)) and abs(right) > MAX_INT_BITS:
                    raise BudgetExceeded("指数过大")
                return _check_result(left**right)
            if operator == "*":
                for a, b in ((left, right), (right, left)):
                    if isinstance(a, (str, list, tuple)) and isinstance(b, int) \
                            and len(a) * b > MAX_RESULT:
                        raise _too_long()
                if isinstance(left, int) and isinstance(right, int) \
                        and left.bit_length() + right.bit_length() > MAX_INT_BITS:
                    raise BudgetExceeded("数值过大")
                return _check_result(left * right)
            if operator == "+":
                return _check_result(left + right)
            return _check_result(left // right)

    env = _Bounded(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=True)
    env.globals["range"] = _bounded_range
    env.globals["lipsum"] = _bounded_lipsum
    for name, func in list(env.filters.items()):
        env.filters[name] = _bounded_filter(func)
    env.filters[BUDGET_FILTER] = _counted
    return env


@lru_cache(maxsize=512)
def _compile(source: str) -> Template:
    return _environment().from_string(source)


_PLAIN = re.compile(r"(?:[^{\r]|\{(?![{%#]))*")
"""Text Jinja copies as it is: no ``{{``, ``{%`` or ``{#``, no carriage return (Jinja turns
``\r\n`` into ``\n``)."""
_NAME = re.compile(r"\{\{[ \t]*([A-Za-z_][A-Za-z0-9_]*)[ \t]*\}\}")
"""``{{ name }}``: a plain variable, no filter, no whitespace control."""
_NOT_NAMES = frozenset({"true", "false", "none", "True", "False", "None", "and", "or", "not",
                        "in", "is", "if", "else", "elif", "endif", "for", "endfor"})
"""Words Jinja reads as literals or operators, never as a variable."""


def simple_names(source: str) -> list[str] | None:
    """The variables of a template that only places plain ``{{ name }}`` in text (every
    bundled layout's titles and sheet names, the default file and packet names), in
    order; None for anything else (filters, tags, comments, whitespace control…)."""
    names: list[str] = []
    position = 0
    for match in _NAME.finditer(source):
        plain = _PLAIN.match(source, position)  # not fullmatch(…, endpos): its look-ahead
        if plain is None or plain.end() != match.start():  # would not see the "{{" after
            return None
        if match[1] in _NOT_NAMES:
            return None
        names.append(match[1])
        position = match.end()
    if _PLAIN.fullmatch(source, position) is None:
        return None
    return names


def _substituted(source: str, context: Mapping[str, object]) -> str | None:
    """What Jinja renders for a template of :func:`simple_names` whose every variable is
    a text in ``context``: the names replaced by their values (``{{ x }}`` prints
    ``str(x)``, which is the text itself), without importing or running Jinja. None when
    Jinja has to decide (another template, a missing or non-text value, too long)."""
    names = simple_names(source)
    if names is None:
        return None
    if any(not isinstance(context.get(name), str) for name in names):
        return None
    text = _NAME.sub(lambda match: str(context[match[1]]), source)
    return text if len(text) <= MAX_OUTPUT else None


def render_text(source: str, context: Mapping[str, object], *, where: str) -> str:
    """Render one template string under a fresh :class:`Budget`; ``where`` names it in
    error messages. A text that only places plain variables is filled in directly
    (:func:`_substituted`: the same text, ≈ 20 ms of Jinja's import saved per process)."""
    if "{" not in source:
        return source
    quick = _substituted(source, context)
    if quick is not None:
        return quick
    from jinja2 import TemplateError
    from jinja2.exceptions import SecurityError

    outer = getattr(_LOCAL, "budget", None)
    _LOCAL.budget = Budget(deadline=time.monotonic() + MAX_SECONDS)
    try:
        pieces: list[str] = []
        size = 0
        for piece in _compile(source).generate(**context):
            size += len(piece)
            if size > MAX_OUTPUT:
                raise BudgetExceeded(f"模板生成的文字过长（超过 {MAX_OUTPUT} 字）")
            pieces.append(piece)
        return "".join(pieces)
    except SecurityError as exc:
        raise RenderError(f"模板试图访问不允许的属性（已阻止）：{exc}", file=where) from None
    except BudgetExceeded as exc:
        raise RenderError(f"模板错误：{exc}", file=where) from None
    except TemplateError as exc:
        raise RenderError(f"模板错误：{exc}", file=where) from None
    except (OverflowError, MemoryError, RecursionError, ArithmeticError, TypeError,
            ValueError) as exc:
        raise RenderError(f"模板错误：{type(exc).__name__}: {exc}", file=where) from None
    finally:
        _LOCAL.budget = outer
