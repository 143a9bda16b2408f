"""click's own words in Chinese: help headings, usage errors, prompts.

click marks every message it prints with ``gettext`` (``_("Missing argument")``,
``ngettext(...)``), bound at import in each of its modules. :func:`install` gives those
modules a catalogue of our own — a :class:`gettext.NullTranslations` whose lookups come
from :data:`MESSAGES` — so ``Show this message and exit.``, ``Invalid value for …``,
``No such option …``, ``Missing argument …``, ``Usage:`` and the rest read in Chinese,
whatever the machine's locale, without touching the process-wide gettext domain other
libraries use. Type names (``integer range``) and the ``[OPTIONS]`` placeholders are
set here too, because click prints them inside the same messages.

Placeholders keep click's names; where click quotes a value with ``!r`` the translation
uses 「」 instead (``「2025年」不是有效的整数``). ``tests/test_translations.py`` checks that
every message the installed click can print has a translation here.
"""

from __future__ import annotations

import gettext
import importlib
import re
import sys
from types import ModuleType
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    from collections.abc import Sequence
    from importlib.machinery import ModuleSpec

MESSAGES: dict[str, str] = {
    # help
    "Show this message and exit.": "显示本帮助并退出。",
    "Show the version and exit.": "显示版本号并退出。",
    "Usage:": "用法:",
    "Options": "选项",
    "Commands": "命令",
    "Positional arguments": "位置参数",
    "default: {default}": "默认：{default}",
    "env var: {var}": "环境变量：{var}",
    "(dynamic)": "（动态）",
    "required": "必填",
    "deprecated": "已弃用",
    "%(prog)s, version %(version)s": "%(prog)s 版本 %(version)s",
    "Do you want to continue?": "要继续吗？",
    "Confirm the action without prompting.": "不询问，直接确认。",
    # usage errors
    "Error: {message}": "错误：{message}",
    "Try '{command} {option}' for help.": "运行「{command} {option}」查看帮助。",
    "Missing argument": "缺少参数",
    "Missing option": "缺少选项",
    "Missing parameter": "缺少参数",
    "Missing parameter: {param_name}": "缺少参数：{param_name}",
    "Missing {param_type}": "缺少{param_type}",
    "Missing command.": "缺少命令。",
    "Invalid value for {param_hint}: {message}": "{param_hint} 的值无效：{message}",
    "Invalid value: {message}": "值无效：{message}",
    "No such option {name!r}.": "没有选项「{name}」。",
    "No such command {name!r}.": "没有命令「{name}」。",
    "unknown error": "未知错误",
    "Could not open file {filename!r}: {message}": "无法打开文件「{filename}」：{message}",
    "Invalid start character for option ({option})": "选项的首字符不对（{option}）",
    "Option {name!r} does not take a value.": "选项「{name}」不带值。",
    "Argument {name!r} takes {nargs} values.": "参数「{name}」需要 {nargs} 个值。",
    "Value must be an iterable.": "值应为多个。",
    "Aborted!": "已取消。",
    # prompts
    "Repeat for confirmation": "再输入一次以确认",
    "Error: The two entered values do not match.": "错误：两次输入不一致。",
    "Error: invalid input": "错误：输入无效",
    "Press any key to continue...": "按任意键继续……",
    # values
    "Choose from:\n\t{choices}": "可选：\n\t{choices}",
    "Choice({choices})": "可选({choices})",
    "{value} is not in the range {range}.": "{value} 不在 {range} 范围内。",
    "{value!r} is not a valid boolean. Recognized values: {states}":
        "「{value}」不是是非值。可用：{states}",
    "{value!r} is not a valid {number_type}.": "「{value}」不是有效的{number_type}。",
    "{value!r} is not a valid UUID.": "「{value}」不是有效的 UUID。",
    "{name} {filename!r} is a file.": "{name}「{filename}」是一个文件。",
    "{name} {filename!r} is a directory.": "{name}「{filename}」是一个文件夹。",
    "{name} {filename!r} is not readable.": "{name}「{filename}」不可读。",
    "{name} {filename!r} is not writable.": "{name}「{filename}」不可写。",
    "{name} {filename!r} is not executable.": "{name}「{filename}」不可执行。",
    "{name} {filename!r} does not exist.": "{name}「{filename}」不存在。",
    "file": "文件",
    "directory": "文件夹",
    "path": "路径",
    # shell completion, editor, misc.
    "Couldn't detect Bash version, shell completion is not supported.":
        "无法判断 Bash 的版本，不能使用命令补全。",
    "Shell completion is not supported for Bash versions older than 4.4.":
        "Bash 4.4 以下的版本不支持命令补全。",
    "{editor}: Editing failed": "{editor}：编辑失败",
    "{editor}: Editing failed: {e}": "{editor}：编辑失败：{e}",
    "Unknown color {colour!r}": "未知的颜色「{colour}」",
    "Unknown standard stream '{name}'": "未知的标准流「{name}」",
    "Windows error: {error}": "Windows 错误：{error}",
    "DeprecationWarning: The command {name!r} is deprecated.{extra_message}":
        "提示：命令「{name}」已弃用。{extra_message}",
    "DeprecationWarning: The {param_type} {name!r} is deprecated.{extra_message}":
        "提示：{param_type}「{name}」已弃用。{extra_message}",
    # messages only a perfdocs developer sees (wrong decorators), kept in Chinese too
    "Could not determine name for option with declarations {decls!r}":
        "无法确定选项的名称：{decls}",
    "No options defined but a name was passed ({name}). Did you mean to declare an argument "
    "instead? Did you mean to pass '--{name}'?":
        "没有定义选项却给了名称（{name}）：是要声明参数，还是 '--{name}'？",
    "Arguments take exactly one parameter declaration, got {length}: {decls}.":
        "参数只能有一个声明，给了 {length} 个：{decls}。",
    "Name '{name}' defined twice": "名称「{name}」定义了两次",
    "Boolean option {decl!r} cannot use the same flag for true/false.":
        "是非选项「{decl}」不能用同一个开关表示真和假。",
}
"""click's message → its Chinese. Keys are click's msgids exactly."""

PLURALS: dict[str, str] = {
    "Got unexpected extra argument ({args})": "多了参数（{args}）",
    "Takes {nargs} values but 1 was given.": "需要 {nargs} 个值，只给了 1 个。",
    "Did you mean {possibility}?": "是不是 {possibility}？",
    "{value!r} is not {choice}.": "「{value}」不是 {choice}。",
    "{value!r} does not match the format {format}.": "「{value}」不符合格式 {format}。",
    "{len_type} values are required, but {len_value} was given.":
        "需要 {len_type} 个值，给了 {len_value} 个。",
    "Option {name!r} requires an argument.": "选项「{name}」需要一个值。",
}
"""ngettext's singular msgid → the one Chinese form (Chinese has no plural)."""

PLURAL_OTHER: dict[str, str] = {
    "Got unexpected extra arguments ({args})": "多了参数（{args}）",
    "Takes {nargs} values but {len} were given.": "需要 {nargs} 个值，给了 {len} 个。",
    "(Did you mean one of: {possibilities}?)": "（是不是其中之一：{possibilities}？）",
    "{value!r} is not one of {choices}.": "「{value}」不是 {choices} 之一。",
    "{value!r} does not match the formats {formats}.":
        "「{value}」不符合格式 {formats} 中的任何一个。",
    "{len_type} values are required, but {len_value} were given.":
        "需要 {len_type} 个值，给了 {len_value} 个。",
    "Option {name!r} requires {nargs} arguments.": "选项「{name}」需要 {nargs} 个值。",
}
"""ngettext's plural msgid → the Chinese form used when n ≠ 1."""

TYPE_NAMES: dict[str, str] = {
    "IntParamType": "整数",
    "IntRange": "整数",
    "FloatParamType": "数字",
    "FloatRange": "数字",
    "BoolParamType": "是非值",
    "StringParamType": "文字",
    "UnprocessedParamType": "文字",
    "Choice": "选项值",
    "DateTime": "日期时间",
    "UUIDParameterType": "UUID",
    "File": "文件",
}
"""click's parameter types by class name → the word printed for them (metavars, errors)."""

class ChineseHelpFormatter(click.HelpFormatter):
    """click's help layout measured in terminal columns, so Chinese help lines up and wraps
    (:mod:`perfdocs.cli.help_layout`, which ``perfdocs --help`` uses without click too)."""

    def write_text(self, text: str) -> None:
        from perfdocs.cli.help_layout import text_block  # help only: not at every start

        self.write(text_block(text, self.width, self.current_indent))

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """click's usage line. One that fits on its line is written as click's wrapper
        would write it, without importing that wrapper (textwrap compiles its patterns at
        import: ≈ 1.5 ms of every ``--help``); any other goes to click."""
        from perfdocs.cli.help_layout import usage_line

        head = prefix if prefix is not None else f"{CATALOGUE.gettext('Usage:')} "
        line = usage_line(head, prog, args, self.width, self.current_indent)
        if line is None:
            super().write_usage(prog, args, prefix)
            return
        self.write(line)

    def write_dl(self, rows: Any, col_max: int = 30, col_spacing: int = 2) -> None:
        from perfdocs.cli.help_layout import definition_list

        self.write(definition_list(list(rows), self.width, self.current_indent, col_max,
                                   col_spacing))


class ChineseContext(click.Context):
    """A context whose help is laid out by :class:`ChineseHelpFormatter`."""

    formatter_class = ChineseHelpFormatter


OPTIONS_METAVAR = "[选项]"
SUBCOMMAND_METAVAR = "命令 [参数]..."

_CLICK_MODULES = ("core", "exceptions", "parser", "types", "decorators", "formatting",
                  "termui", "shell_completion", "utils", "_termui_impl")
_LATER_MODULES = frozenset({"shell_completion", "_termui_impl"})
"""click modules that ``import click`` leaves alone (completion scripts; pager, editor,
progress bar): translated when something imports them, not imported for that (≈ 1.5 ms of
every command's start-up)."""


class ChineseCatalogue(gettext.NullTranslations):
    """A gettext catalogue over :data:`MESSAGES`; an unknown message stays as click wrote it."""

    def gettext(self, message: str) -> str:
        return MESSAGES.get(message, message)

    def ngettext(self, msgid1: str, msgid2: str, n: int) -> str:
        if n == 1:
            return PLURALS.get(msgid1, msgid1)
        return PLURAL_OTHER.get(msgid2, msgid2)


CATALOGUE = ChineseCatalogue()
_installed = False


def install() -> None:
    """Make click speak Chinese in this process (idempotent).

    Each click module looks ``_`` and ``ngettext`` up in its globals when it prints, so
    rebinding them there is enough; help texts click builds at decoration time (the
    ``--version`` option's) are translated when the decorator runs after this call.
    """
    global _installed
    if _installed:
        return
    later = []
    for name in _CLICK_MODULES:
        if name in _LATER_MODULES and f"click.{name}" not in sys.modules:
            later.append(f"click.{name}")
            continue
        try:
            module = importlib.import_module(f"click.{name}")
        except ImportError:  # a module a later click drops or renames
            continue
        _speak_chinese(module)
    if later:
        sys.meta_path.insert(0, _TranslateOnImport(later))
    _missing_in_chinese()
    _suggestions_in_chinese()
    _numbers_in_chinese()
    click.Parameter.get_error_hint = _error_hint  # type: ignore[method-assign]
    for cls_name, word in TYPE_NAMES.items():
        cls = getattr(click.types, cls_name, None)
        if cls is not None:
            cls.name = word
    _installed = True


def _speak_chinese(module: ModuleType) -> None:
    if hasattr(module, "_"):
        module._ = CATALOGUE.gettext  # type: ignore[attr-defined]
    if hasattr(module, "ngettext"):
        module.ngettext = CATALOGUE.ngettext  # type: ignore[attr-defined]


class _TranslateOnImport:
    """A finder on ``sys.meta_path`` that finds nothing itself: when one of ``names`` is
    imported, it asks the finders after it and wraps the loader they give, so the module
    speaks Chinese once it has run (no importlib.abc or importlib.util at start-up)."""

    def __init__(self, names: list[str]) -> None:
        self.names = set(names)

    def find_spec(self, fullname: str, path: Sequence[str] | None,
                  target: ModuleType | None = None) -> ModuleSpec | None:
        if fullname not in self.names:
            return None
        self.names.discard(fullname)
        finders = sys.meta_path[sys.meta_path.index(self) + 1:]
        if not self.names:
            sys.meta_path.remove(self)
        for finder in finders:
            find = getattr(finder, "find_spec", None)
            spec: ModuleSpec | None = find(fullname, path, target) if find else None
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        if loader is not None and hasattr(loader, "exec_module"):
            spec.loader = _TranslatingLoader(loader)  # type: ignore[assignment]
        return spec


class _TranslatingLoader:
    """``loader`` that also gives the module it runs :data:`CATALOGUE`."""

    def __init__(self, loader: Any) -> None:
        self.loader = loader

    def __getattr__(self, name: str) -> Any:  # get_source, get_filename… (tracebacks)
        return getattr(self.loader, name)

    def create_module(self, spec: ModuleSpec) -> ModuleType | None:
        module: ModuleType | None = self.loader.create_module(spec)
        return module

    def exec_module(self, module: ModuleType) -> None:
        self.loader.exec_module(module)
        _speak_chinese(module)


def _missing_in_chinese() -> None:
    """``缺少参数「文件...」。`` rather than click's ``缺少参数 '文件...'.``: its message joins
    the words with English punctuation outside the translated text."""
    from click.exceptions import MissingParameter

    english = MissingParameter.format_message

    def format_message(self: MissingParameter) -> str:
        text = english(self)
        text = re.sub(r"^(\S+) '([^']+)'\.", r"\1「\2」。", text)
        return text.replace("。 ", "。")  # click joins its sentences with a space

    MissingParameter.format_message = format_message  # type: ignore[method-assign]


def _suggestions_in_chinese() -> None:
    """``没有选项「--fromat」。是不是「--format」？``: click quotes the names it suggests
    with ``'…'`` and puts a space after the Chinese full stop."""
    from click import exceptions

    def possibilities(names: list[str]) -> str:
        shown = "、".join(f"「{name}」" for name in sorted(names))
        return f"是不是{shown}？" if len(names) == 1 else f"是不是其中之一：{shown}？"

    def format_message(self: exceptions.NoSuchOption) -> str:
        if not self.possibilities:
            return self.message
        return f"{self.message}{possibilities(self.possibilities)}"

    def no_such_option(self: exceptions.NoSuchOption) -> str:
        return _before_the_command(self) or format_message(self)

    exceptions.NoSuchOption.format_message = no_such_option  # type: ignore[method-assign]
    no_command = getattr(exceptions, "NoSuchCommand", None)  # click 8.4 and later
    if no_command is not None:
        no_command.format_message = format_message

    def invalid_choice(self: click.Choice[Any], value: Any, ctx: click.Context | None) -> str:
        from perfdocs.loading.validation_messages import nearest

        choices = [str(choice) for choice in self.choices]
        near = nearest(str(value), choices)
        hint = f"是不是「{near}」？" if near else ""
        return f"「{value}」不是可选的值；{hint}可选：{'、'.join(choices)}"

    click.Choice.get_invalid_choice_message = invalid_choice  # type: ignore[method-assign]

    def missing_choice(self: click.Choice[Any], param: click.Parameter,
                       ctx: click.Context | None) -> str:
        return "可选：" + "、".join(str(choice) for choice in self.choices)

    click.Choice.get_missing_message = missing_choice  # type: ignore[method-assign]


_METAVARS = {"FILE": "文件"}


def _before_the_command(error: Any) -> str | None:
    """``perfdocs render --config x.toml``: an option of the group (perfdocs.toml's
    ``--config``) written after a command name is no option of that command; say where it
    goes instead of that it does not exist, as the clerk read it in the documentation."""
    ctx = error.ctx
    name = error.option_name
    if ctx is None or ctx.parent is None or not name.startswith("-"):
        return None
    for outer in (ctx.parent, *_parents(ctx.parent)):
        for param in outer.command.params:
            if isinstance(param, click.Option) and name in (*param.opts, *param.secondary_opts):
                value = "" if param.is_flag else \
                    " " + _METAVARS.get(str(param.metavar), str(param.metavar or "值"))
                return (f"{name} 要写在命令名前面：{outer.command_path} {name}{value} "
                        f"{ctx.info_name} …")
    return None


def _parents(ctx: Any) -> list[Any]:
    """The contexts around ``ctx``, innermost first (a group in a group)."""
    found = []
    while ctx.parent is not None:
        ctx = ctx.parent
        found.append(ctx)
    return found


def option_words(param: click.Parameter | None) -> str:
    """How a usage error names an option to a clerk: ``--jobs（-j）``, not click's
    ``'--jobs' / '-j'`` (English quotes and a slash read as program text)."""
    if param is None:
        return "这个值"
    if isinstance(param, click.Option) and param.opts:
        first, *others = param.opts
        return first + (f"（{'、'.join(others)}）" if others else "")
    return f"「{param.human_readable_name}」"


def _error_hint(self: click.Parameter, ctx: click.Context | None = None) -> str:
    """The option a usage error is about, as :func:`option_words` names it everywhere:
    ``--layout（-l） 的值无效：…``, not click's ``'--layout' / '-l' 的值无效：…``."""
    return option_words(self)


def range_words(low: Any, high: Any, low_open: bool = False, high_open: bool = False) -> str:
    """A number range in words: ``1 到 64``, ``不小于 1``, ``大于 0、小于 100`` (click
    writes ``1<=x<=64``, which a clerk reads as a formula)."""
    if low is not None and high is not None and not (low_open or high_open):
        return f"{low} 到 {high}"
    parts = []
    if low is not None:
        parts.append(f"{'大于' if low_open else '不小于'} {low}")
    if high is not None:
        parts.append(f"{'小于' if high_open else '不大于'} {high}")
    return "、".join(parts)


class NumberError(click.BadParameter):
    """A number option given a value it cannot take, said as one plain sentence that names
    the option: 「--jobs（-j）只能是 1 到 64 之间的整数，不能是「0」。」 — the same words for a
    value out of range and for one that is no number, in every command."""

    def format_message(self) -> str:
        return f"{option_words(self.param)}{self.message}"


def _number_sentence(kind: Any, value: Any) -> str:
    """``只能是 1 到 64 之间的整数，不能是「0」。`` for click number type ``kind``."""
    from click import types

    noun = "整数" if isinstance(kind, types.IntParamType) else "数字"
    if isinstance(kind, types._NumberRangeBase):
        span = range_words(kind.min, kind.max, kind.min_open, kind.max_open)
        if kind.min is not None and kind.max is not None and not (kind.min_open
                                                                  or kind.max_open):
            noun = f" {span} 之间的{noun}"
        elif span:
            noun = f"{span} 的{noun}"
    return f"只能是{noun}，不能是「{value}」。"


def _numbers_in_chinese() -> None:
    """click's number messages (``'--jobs' / '-j' 的值无效：0 不在 1<=x<=64 范围内。``,
    ``「abc」不是有效的整数``) as :class:`NumberError`'s one sentence, and a range in help
    compact and readable (``[1~64]``, not ``[1<=x<=64]``)."""
    from click import types

    number_base = getattr(types, "_NumberParamTypeBase", None)
    range_base = getattr(types, "_NumberRangeBase", None)
    if number_base is None or range_base is None:  # a click that reorganised its types
        return

    def plain(convert: Any) -> Any:
        def converted(self: Any, value: Any, param: click.Parameter | None,
                      ctx: click.Context | None) -> Any:
            try:
                return convert(self, value, param, ctx)
            except NumberError:
                raise
            except click.BadParameter:
                raise NumberError(_number_sentence(self, value), ctx=ctx,
                                  param=param) from None
        return converted

    number_base.convert = plain(number_base.convert)
    range_base.convert = plain(range_base.convert)

    def describe(self: Any) -> str:
        if self.min is not None and self.max is not None and not (self.min_open
                                                                  or self.max_open):
            return f"{self.min}~{self.max}"  # ASCII: one word the help wrapper never cuts
        return range_words(self.min, self.max, self.min_open, self.max_open)

    range_base._describe_range = describe


def localize(command: click.Command) -> click.Command:
    """Put Chinese placeholders on a command tree's usage line (``[选项]``, ``命令 [参数]...``)
    and on arguments that name none (``FILES...`` → ``文件...``)."""
    command.context_class = ChineseContext
    if command.options_metavar == "[OPTIONS]":
        command.options_metavar = OPTIONS_METAVAR
    for param in command.params:
        if isinstance(param, click.Argument) and param.metavar is None:
            word = ARGUMENT_WORDS.get(param.name or "")
            if word:
                param.metavar = word + ("..." if param.nargs != 1 else "")
        elif isinstance(param, click.Option) and param.metavar in METAVAR_WORDS:
            param.metavar = METAVAR_WORDS[param.metavar]
    if isinstance(command, click.Group):
        if command.subcommand_metavar.startswith("COMMAND"):
            command.subcommand_metavar = SUBCOMMAND_METAVAR
        for sub in command.commands.values():
            localize(sub)
    return command


ARGUMENT_WORDS: dict[str, str] = {
    "files": "文件", "file": "文件", "folder": "文件夹", "old": "旧文件", "new": "新文件",
    "workbook": "工作簿", "source": "来源", "target": "目标", "paths": "路径", "path": "路径",
    "shell": "shell", "name": "名称", "workbooks": "工作簿",
}
"""Argument names → the word shown for them in usage lines and ``缺少参数「文件...」``."""

METAVAR_WORDS: dict[str, str] = {
    "FILE": "文件", "DIR": "文件夹", "NAME": "名称", "LIST": "列表", "FOLDER": "文件夹",
    "PATH": "路径", "N": "数量", "FILE.yaml": "文件.yaml", "SHELL": "shell",
    "ADDRESS": "地址", "PORT": "端口",
}
"""English placeholders a command may still give its options → Chinese."""


def translate(message: str) -> str:
    """One click message in Chinese (for code that builds a click message itself)."""
    return CATALOGUE.gettext(message)

