"""``perfdocs``, ``perfdocs -h`` and ``perfdocs --help`` answered before click is imported.

The overview of the commands is what a new user types first, and what shells and editors
run to learn a tool. Through click it cost ≈ 30 ms above the interpreter's own start-up:
click itself (its types import uuid, platform, datetime), the Chinese catalogue, and every
command's module, imported to read its description. Here the same text is laid out from
the same words, with the layout functions click's help uses in perfdocs
(:mod:`perfdocs.cli.help_layout`), and nothing else is imported (issue 20.2).

The texts of the group and of its options are in :mod:`perfdocs.cli.group_texts`, used by
the click group (:mod:`perfdocs.cli.app`) too; each command's description lives in its
docstring, and :data:`COMMANDS` holds it as click shortens it for this list (first
paragraph, one line).
``tests/test_front.py`` compares :data:`COMMANDS` with click's commands and the whole
text with click's rendering at every width and for each way of starting perfdocs, so an
edited docstring or a new command fails there until this table follows.

Whenever this module is not sure to print what click would (another argument, shell
completion asked for, a usage line click would wrap, an output stream click would
re-encode), :func:`answer` returns None and click answers, as it always did.
"""

from __future__ import annotations

import os
import sys

from perfdocs.cli.group_texts import CONFIG_HELP, MAIN_HELP, VERSION_HELP

TYPE_CHECKING = False
if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import TextIO

OPTIONS: tuple[tuple[str, str], ...] = (
    ("--version", VERSION_HELP),
    ("--config 文件", CONFIG_HELP),
    ("-h, --help", "显示本帮助并退出。"),
)
"""The group's options as click lists them (its own help option last, in Chinese)."""

COMMANDS: dict[str, str] = {
    "check": "核对填好的表格（YAML 或 xlsx）中的执行率、得分、总分、评分等级，不生成表格。",
    "completion": "输出命令补全脚本（bash、zsh、fish、powershell），加载后按 Tab "
                  "补全命令、选项、文件名、 表名、阶段和版式名。",
    "diff": "列出同一项目两个版本（YAML 或 xlsx）之间逐项的变化，包括总分、评分等级等计算结果。",
    "evaluate-init": "为已申报的项目文件添加自评部分：复制每个申报的指标，实际完成值留空待填。",
    "example": "复制版式自带的示例项目（申报和自评都已填好），照着填写自己的项目。",
    "import": "把填好的自评表（可再加同一项目的申报表）xlsx 导入为项目 YAML 文件。",
    "init": "把一个文件夹设为本单位的工作文件夹（默认当前文件夹）。",
    "layout": "新建或修改版式（layout.toml）。",
    "layouts": "列出已安装的版式及其表格；--keys 列出版式文件的全部键。",
    "new": "新建一个带注释的项目文件（申报部分；版式只有自评表时为自评部分）。",
    "overview": "按实施单位和年度生成项目绩效一览表（每个项目一行，申报与自评两组列分开；"
                "xlsx、pdf、docx）。",
    "packet": "先校验全部文件，再为每个单位生成一个阶段的送审材料包"
              "（封面、目录、文件、清单、zip）。",
    "render": "校验并生成每个项目文件的申报表、自评表。",
    "report": "生成每个项目的项目支出绩效自评报告（docx、pdf），模板为版式中的 自评报告.docx。",
    "schema": "输出项目文件的 JSON Schema，供编辑器补全和检查 YAML。",
    "serve": "在浏览器中填写、校验、预览项目文件并生成材料包（本机网页工作台）。",
    "status": "一览各项目：申报、自评是否填好，错误与警告数，执行率、总分、评分等级，"
              "表格是否最新。",
    "summary": "按实施单位和年度生成项目绩效目标汇总表：标题下依次是各项目的申报表"
               "（pdf、docx、xlsx）。",
    "template": "生成给不编辑 YAML 的同事用的 Excel 填写表。",
    "validate": "只校验项目文件，不生成表格。",
}
"""Command → its description in the list, as click makes it from the command's docstring
(the first paragraph's words joined by one space, up to a sentence's closing period)."""

ASKING_FOR_HELP = (("-h",), ("--help",), ())
"""The arguments answered here: the help option, and no argument at all (click prints the
help then too, on stderr, with its usage-error status)."""


def answer(args: Sequence[str] | None = None) -> int | None:
    """Print the overview for ``args`` (default: the command line) as click would, and
    return the exit status; None when click has to answer."""
    if args is None:
        args = sys.argv[1:]
    if tuple(args) not in ASKING_FOR_HELP or not sys.argv:
        return None
    prog = program_name()
    completing = prog.replace("-", "_").replace(".", "_")
    if os.environ.get(f"_{completing}_COMPLETE".upper()):  # click's shell completion
        return None
    text = overview(prog, help_width())
    stream = sys.stdout if args else sys.stderr
    if text is None or stream is None or not _writes_as_click(stream, text):
        return None
    try:
        stream.write(text + "\n")
        stream.flush()
    except BrokenPipeError:  # click: exit 1, nothing said, nothing more flushed
        _silence(stream)
        return 1
    return 0 if args else 2


def overview(prog: str, width: int) -> str | None:
    """The text of ``perfdocs --help`` for program name ``prog`` at ``width`` columns, or
    None when click would wrap its usage line."""
    from perfdocs.cli.help_layout import definition_list, text_block, usage_line

    usage = usage_line("用法: ", prog, "[选项] 命令 [参数]...", width, 0)
    if usage is None:
        return None
    limit = width - 6 - max(len(name) for name in COMMANDS)
    rows = [(name, _shortened(COMMANDS[name], limit)) for name in sorted(COMMANDS)]
    parts = [usage, "\n", text_block(MAIN_HELP, width, 2),
             "\n选项:\n", definition_list(list(OPTIONS), width, 2),
             "\n命令:\n", definition_list(rows, width, 2)]
    return "".join(parts).rstrip("\n")


def _shortened(text: str, limit: int) -> str:
    """A description cut to ``limit`` characters as click cuts it (``textwrap.shorten``
    with the placeholder ``...``, not breaking at hyphens), without importing textwrap and
    the ``re`` it needs: whole words while they fit (a word longer than the whole limit cut
    where the limit falls), then ``...`` after the last word that leaves room for it."""
    if len(text) <= limit:
        return text
    if limit < len("..."):
        return "..."
    chunks: list[str] = []  # words and the single spaces between them
    for word in text.split(" "):
        if chunks:
            chunks.append(" ")
        chunks.append(word)
    line: list[str] = []
    used = at = 0
    while at < len(chunks) and used + len(chunks[at]) <= limit:
        line.append(chunks[at])
        used += len(chunks[at])
        at += 1
    if at < len(chunks) and len(chunks[at]) > limit:
        line.append(chunks[at][:limit - used])
        used = limit
    if line and not line[-1].strip():
        used -= len(line.pop())
    while line:
        if line[-1].strip() and used + len("...") <= limit:
            return "".join(line) + "..."
        used -= len(line.pop())
    return "..."


def program_name() -> str:
    """The name click shows for the running program: the script's file name, or
    ``python -m package`` for ``python -m``."""
    path = sys.argv[0]
    package = getattr(sys.modules["__main__"], "__package__", None)
    if not package:
        return os.path.basename(path)
    name = os.path.splitext(os.path.basename(path))[0]
    module = package if name == "__main__" else f"{package}.{name}"
    return f"python -m {module.lstrip('.')}"


def help_width() -> int:
    """The width click lays help out to: the terminal's columns (``COLUMNS`` first, 80
    when there is no terminal) less 2, between 50 and 78."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns or 80  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 80
    return max(min(columns, 80) - 2, 50)


def _writes_as_click(stream: TextIO, text: str) -> bool:
    """Whether writing ``text`` to ``stream`` gives what click's ``echo`` would: a text
    stream that can encode it and that click would not re-encode (it does so for ASCII)."""
    encoding = getattr(stream, "encoding", None)
    if not encoding or not hasattr(stream, "write"):
        return False
    import codecs

    try:
        if codecs.lookup(encoding).name == "ascii":
            return False
        text.encode(encoding, getattr(stream, "errors", None) or "strict")
    except (LookupError, UnicodeError):
        return False
    return True


def _silence(stream: TextIO) -> None:
    """After a closed pipe: what is still buffered goes nowhere, with no complaint at exit."""
    try:
        fileno = stream.fileno()
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, fileno)
        os.close(devnull)
    except (AttributeError, OSError, ValueError):
        pass
