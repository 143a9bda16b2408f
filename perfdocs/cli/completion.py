"""Shell completion: click's, plus the names only perfdocs knows.

click completes commands, options, files and fixed choices (``--stage 申报|自评``) by
itself. What it cannot know are the names that come from the installed layouts: the
forms (``--form 自评表``), the layouts (``--layout shanghai-2021``), and the formats of a
comma list (``--format xlsx,p`` → ``xlsx,pdf``). :func:`attach` gives every option of
those names a completer, whichever module defined the command. ``perfdocs completion
SHELL`` prints the script to load (bash, zsh, fish, PowerShell).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:  # click.shell_completion is imported by a completion run only (start-up)
    from click.shell_completion import CompletionItem

from perfdocs.files.formats import OUTPUT_FORMATS as FORMATS  # every format --format takes

SHELLS = ("bash", "zsh", "fish", "powershell")


def _settings(ctx: click.Context) -> Any:
    from perfdocs.errors import PerfdocsError
    from perfdocs.loading.settings import Settings, load_settings

    root = ctx.find_root()
    config = root.params.get("config") if root.params else None
    try:
        return load_settings(config)
    except PerfdocsError:
        return Settings()


def _layouts(ctx: click.Context) -> dict[str, Any]:
    from perfdocs.layouts.layout import available

    return available(_settings(ctx).layout_paths)


def _item(value: str, kind: str = "plain") -> CompletionItem:
    from click.shell_completion import CompletionItem

    return CompletionItem(value, type=kind)


def complete_layouts(ctx: click.Context, _param: click.Parameter, incomplete: str
                     ) -> list[CompletionItem]:
    """Installed layout names."""
    return [_item(name) for name in sorted(_layouts(ctx)) if name.startswith(incomplete)]


def complete_forms(ctx: click.Context, _param: click.Parameter, incomplete: str
                   ) -> list[CompletionItem]:
    """Form names of the installed layouts (申报表, 自评表, 绩效目标表…) and ``all``."""
    from perfdocs.errors import PerfdocsError
    from perfdocs.layouts.layout import read_layout

    names: list[str] = []
    for folder in _layouts(ctx).values():
        try:
            names += [n for n in read_layout(folder).forms if n not in names]
        except PerfdocsError:
            continue
    return [_item(n) for n in [*names, "all"] if n.startswith(incomplete)]


def complete_formats(_ctx: click.Context, _param: click.Parameter, incomplete: str
                     ) -> list[CompletionItem]:
    """The next format of a comma list: ``xlsx,p`` → ``xlsx,pdf`` (and ``xlsx，p`` →
    ``xlsx，pdf``: --format takes the separators a Chinese input method types too)."""
    cut = max(incomplete.rfind(separator) for separator in ",，、")
    prefix, last = incomplete[:cut + 1], incomplete[cut + 1:]
    chosen = set(prefix.replace("，", ",").replace("、", ",").split(","))
    return [_item(prefix + f) for f in FORMATS
            if f.startswith(last) and f not in chosen]


def complete_files(_ctx: click.Context, _param: click.Parameter, incomplete: str
                   ) -> list[CompletionItem]:
    """File names: the shell lists them (bash, zsh and PowerShell each their own way)."""
    return [_item(incomplete, "file")]


def complete_folders(_ctx: click.Context, _param: click.Parameter, incomplete: str
                     ) -> list[CompletionItem]:
    """Folder names, listed by the shell."""
    return [_item(incomplete, "dir")]


COMPLETERS: dict[str, Callable[..., list[CompletionItem]]] = {
    "layout": complete_layouts, "parent": complete_layouts,  # layout new --from NAME
    "form": complete_forms, "formats": complete_formats,
    **dict.fromkeys(("files", "file", "workbooks", "workbook", "old", "new", "into",
                     "output", "source", "config"), complete_files),
    **dict.fromkeys(("out", "folder"), complete_folders),
}
"""Parameter names → their completer. The file arguments are plain strings (a pattern such
as ``2026/*.yaml`` is expanded by perfdocs on Windows), so without a completer of their own
bash offered nothing after ``perfdocs render 2026/``."""


def attach(command: click.Command) -> None:
    """Give every parameter named in :data:`COMPLETERS` its completer, through the tree;
    a parameter with a completer or a type of its own (a choice, a number) keeps it."""
    for param in command.params:
        completer = COMPLETERS.get(param.name or "")
        if completer is None or getattr(param, "_custom_shell_complete", None) is not None:
            continue
        if isinstance(param, click.Option) and param.is_flag:
            continue
        if isinstance(param.type, click.types.StringParamType) \
                or param.name in ("layout", "parent", "form", "formats"):
            param._custom_shell_complete = completer
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            attach(sub)


@click.command("completion")
@click.argument("shell", type=click.Choice(SHELLS), metavar="终端")
def completion(shell: str) -> None:
    """输出命令补全脚本（bash、zsh、fish、powershell），加载后按 Tab 补全命令、选项、文件名、
    表名、阶段和版式名。

    \b
    bash:  perfdocs completion bash >> ~/.bashrc
    zsh:   perfdocs completion zsh >> ~/.zshrc
    PowerShell（第一次先运行 Set-ExecutionPolicy -Scope CurrentUser RemoteSigned）:
      perfdocs completion powershell | Out-File -Append -Encoding utf8 $PROFILE
    """
    from click.shell_completion import get_completion_class

    root = click.get_current_context().find_root()
    cls = get_completion_class(shell)
    if cls is None:  # pragma: no cover - SHELLS are click's own
        raise click.BadParameter(f"不支持 {shell}")
    # the installed command's name, also when this runs as ``python -m perfdocs``
    script = cls(root.command, {}, "perfdocs", "_PERFDOCS_COMPLETE")
    click.echo(script.source())
