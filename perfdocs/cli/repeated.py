"""An option written twice is refused, not silently replaced by its last value.

click keeps the last value of an option given twice: ``render a.yaml -f 申报表 --format
pdf`` rendered every form, the clerk's ``-f 申报表`` (meant as ``--form``; ``-f`` is
``--format``) dropped without a word (tester6 #10b). Options that take several values
(``multiple``) or count are not concerned; a group's own options are left to click, its
arguments being mostly its command's.
"""

from __future__ import annotations

from typing import Any

import click


def refuse_repeats(command: click.Command) -> None:
    """Make ``command`` refuse an option written twice (once per command)."""
    if isinstance(command, click.Group) or getattr(command, "_refuses_repeats", False):
        return
    original = command.parse_args

    def parse_args(ctx: click.Context, args: list[str]) -> list[str]:
        _check(command, ctx, args)
        return original(ctx, args)

    command.parse_args = parse_args  # type: ignore[method-assign]
    command._refuses_repeats = True  # type: ignore[attr-defined]


def _check(command: click.Command, ctx: click.Context, args: list[str]) -> None:
    names: dict[str, click.Option] = {}
    for param in command.params:
        if isinstance(param, click.Option) and not param.multiple and not param.count:
            for name in (*param.opts, *param.secondary_opts):
                names[name] = param
    seen: dict[str, str] = {}
    for token in args:
        if token == "--":
            break
        if token.startswith("--"):
            name = token.partition("=")[0]
        elif token.startswith("-") and len(token) >= 2:
            name = token[:2]
        else:
            continue
        option: Any = names.get(name)
        if option is None:
            continue
        first = seen.get(option.name)
        if first is not None:
            hint = ("（-f 是 --format 的简写，指输出格式；选哪种表用 --form）"
                    if option.name == "formats" else "")
            said = f"选项 {name} 写了两次" if first == name else \
                f"选项 {first} 与 {name} 是同一个选项"
            raise click.UsageError(f"{said}，只能写一次{hint}", ctx)
        seen[option.name] = name
