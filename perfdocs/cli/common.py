"""What every command shares: the one guard, the exit statuses, settings and file lists.

The guard, :func:`report` and the exit statuses live in :mod:`perfdocs.cli.guarding`
(click-free, shared with the click-free ``render`` path) and are named here too; see there
why no traceback ever reaches a user. :func:`guarded` applies the guard to a command
object used on its own, :class:`GuardedGroup` to every command a group invokes.

Like :mod:`perfdocs.cli.app`, a command imports pydantic and the renderers inside its body, so
registering it keeps ``perfdocs --help`` fast.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from perfdocs.cli.globs import expand_globs as expand_globs
from perfdocs.cli.guarding import INPUT_ERROR as INPUT_ERROR
from perfdocs.cli.guarding import INTERNAL as INTERNAL
from perfdocs.cli.guarding import OK as OK
from perfdocs.cli.guarding import USAGE, guard
from perfdocs.cli.guarding import report as report
from perfdocs.cli.zh import install
from perfdocs.errors import PerfdocsError

install()  # commands used on their own (tests, other groups) speak Chinese too

if TYPE_CHECKING:
    from perfdocs.loading.settings import Settings


def guarded(func: Callable[..., Any]) -> Callable[..., Any]:
    """``func`` run inside :func:`guard` (for a command also used without the group)."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        with guard():
            return func(*args, **kwargs)

    return wrapper


class GuardedGroup(click.Group):
    """A command group that runs every command it invokes inside :func:`guard`, so a
    command added later cannot forget it."""

    def invoke(self, ctx: click.Context) -> Any:
        with guard():
            return super().invoke(ctx)


def settings_of(ctx: click.Context) -> Settings:
    """The run's settings: ``--config`` of the main group when there is one, else defaults."""
    from perfdocs.loading.settings import load_settings

    root = ctx.find_root()
    config = root.obj.get("config") if isinstance(root.obj, dict) else None
    try:
        return load_settings(config)
    except PerfdocsError as exc:  # the run cannot start: a usage error, as for every command
        report(exc)
        raise SystemExit(USAGE) from None


def layout_name(ctx: click.Context, _param: click.Parameter, value: str | None
                ) -> str | None:
    """A ``--layout`` / ``--from`` value checked before the command runs: a name no layout
    has is a usage error (exit 2) naming the option and the nearest installed name, not a
    ``<input>: 错误`` per file after the run has started. A layout folder's path passes."""
    if value is None or ctx.resilient_parsing:
        return value
    from perfdocs.layouts.layout import LAYOUT_FILE, available

    if (Path(value) / LAYOUT_FILE).is_file():
        return value
    settings = settings_of(ctx)
    names = list(available(settings.layout_paths))
    if value in names:
        return value
    have = "、".join(names) or "无"
    from perfdocs.layouts.layout import nearest_name

    if nearest_name(value, names):
        # a slip of a name that exists: advice to build a layout of the slipped name
        # (「perfdocs layout new shanghia-2024 …」) would only mislead (tester9 N4)
        where = ""
    elif settings.file is None:
        # No perfdocs.toml yet (``init`` is what writes it): pointing at its [layouts]
        # paths sent the tester to a file that did not exist (finding 18).
        where = (f"自建的版式要先建好：在工作文件夹中运行 perfdocs layout new {value} "
                 "--from national-2020，它放在 templates/ 下，之后就能找到")
    else:
        where = f"自己的版式所在的文件夹写在 {settings.file} 的 [layouts] paths 中"
    raise click.BadParameter(
        f"{not_a_layout(value, names)}已安装的版式：{have}（perfdocs layouts 列出全部"
        f"{'；' + where if where else ''}）")


def not_a_layout(value: str, names: Sequence[str]) -> str:
    """「找不到版式「x」。是不是「y」？」: the one wording of a layout name no installed layout
    has, with the nearest name when one is close (the option check and ``init``'s question)."""
    from perfdocs.layouts.layout import nearest_name

    guess = nearest_name(value, list(names))
    return f"找不到版式「{value}」。" + (f"是不是「{guess}」？" if guess else "")


LAYOUT_PARAMS = ("layout", "parent")
"""Parameter names that take a layout's name (``--layout``, ``layout new --from``)."""


def check_layout_options(command: click.Command) -> None:
    """Give every layout-name option of a command tree the :func:`layout_name` check."""
    for param in command.params:
        if isinstance(param, click.Option) and param.name in LAYOUT_PARAMS \
                and param.callback is None:
            param.callback = layout_name
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            check_layout_options(sub)
