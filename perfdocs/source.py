"""Reading a project file: bytes → text → YAML tree with a line number for every field.

PyYAML's own loaders turn "2.50" into a float, silently keep the last of two equal keys and
forget where a value was written. Here the YAML is only *composed* into nodes, and the
nodes are turned into plain dicts, lists and strings by :func:`_convert`, which

- keeps every scalar as its text (the model parses figures into Decimal itself),
- rejects duplicate keys and any tag beyond the standard ones (no object construction),
- records the line of every key and list item, so any later message can name its line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from perfdocs.errors import InputError

Loc = tuple[str | int, ...]

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
"""Caps that keep a hostile file (alias bombs, a huge paste) from exhausting memory."""

_SAFE_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
}
_NULLS = {"", "~", "null", "Null", "NULL"}


@dataclass(slots=True)
class Source:
    """A loaded project file: its data and where each field was written."""

    path: str
    data: Any
    lines: dict[Loc, int] = field(default_factory=dict)

    def line_of(self, loc: Loc) -> int | None:
        """Line of ``loc``, or of its nearest written ancestor (a missing key's parent)."""
        for end in range(len(loc), -1, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        return None


def format_loc(loc: Loc) -> str:
    """Print a location the way a person reads it: ``自评.绩效指标.产出指标.数量指标[3].得分``.

    List positions are printed counting from 1, as a person counts the items.
    """
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part + 1}]"
        else:
            out += ("." if out else "") + str(part)
    return out


def read_text(path: Path) -> str:
    """Read a file as text: UTF-8 (with or without BOM), or GB18030 as Chinese Windows saves it."""
    name = str(path)
    if path.is_dir():
        raise InputError("这是一个文件夹，不是项目文件（请给出 .yaml 文件，如 data/2024/*.yaml）",
                         file=name)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError("文件不存在", file=name) from None
    except OSError as exc:
        raise InputError(f"无法读取文件：{exc.strerror}", file=name) from None
    if len(raw) > MAX_FILE_BYTES:
        raise InputError(f"文件过大（{len(raw)} 字节），项目文件不应超过 5 MB", file=name)
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            message = "文件编码无法识别：请在编辑器中以 UTF-8 编码另存为"
            raise InputError(message, file=name) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_source(path: str | Path) -> Source:
    """Read and compose one YAML project file into a :class:`Source`."""
    import yaml

    p = Path(path)
    text = read_text(p)
    if not text.strip():
        raise InputError("文件是空的：请参照 README 中的示例填写项目", file=str(p))
    if "\t" in text:
        for number, line in enumerate(text.split("\n"), start=1):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                message = "行首用了制表符（Tab）缩进：YAML 只允许空格缩进，请把 Tab 换成空格"
                raise InputError(message, file=str(p), line=number)
    try:
        node = _compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else None
        problem = exc.problem or str(exc)
        raise InputError(f"YAML 格式错误：{problem}（检查缩进、冒号后的空格和引号是否成对）",
                         file=str(p), line=line) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML 格式错误：{exc}", file=str(p)) from None
    source = Source(str(p), None)
    if node is None:
        raise InputError("文件里没有内容：请参照 README 中的示例填写项目", file=str(p))
    counter = [0]
    source.data = _convert(node, (), source, counter)
    if not isinstance(source.data, dict):
        raise InputError("项目文件的顶层应是「键: 值」形式的映射（如 项目名称: …）",
                         file=str(p), line=node.start_mark.line + 1)
    return source


_PY_ONLY_CHARS = frozenset("\t\x85\ufeff\u2028\u2029?!")
_PY_ONLY_HEADER = re.compile(r"[|>][0-9+-]*#")
"""Text libyaml and PyYAML's own parser may read differently; such files take the latter."""


def _compose(text: str) -> Any:
    """The YAML node tree of ``text``, with libyaml (C) when PyYAML was built with it.

    Composing with the pure-Python parser was three quarters of the time of preparing a
    60-indicator project (17 ms of 23). libyaml builds the same nodes (tags, values,
    marks; a plain scalar's style is "" instead of None) several times faster. The two
    parsers differ only on rare input: libyaml accepts a tab or ``?`` where PyYAML
    refuses it, and so on. A differential fuzz of both over the bundled projects and
    mutations of them found every such difference in text holding one of
    :data:`_PY_ONLY_CHARS` or a block-scalar header running into a comment; that text, and
    any text libyaml refuses, goes to PyYAML, so a file is accepted or refused (and the
    message and line) exactly as before, and a well-formed project is read by libyaml.
    """
    import yaml

    loader = getattr(yaml, "CSafeLoader", None)
    if (loader is not None and _PY_ONLY_CHARS.isdisjoint(text)
            and not _PY_ONLY_HEADER.search(text)):
        try:
            return yaml.compose(text, Loader=loader)
        except yaml.YAMLError:
            pass  # PyYAML words the error (and finds its line) as users have seen it
    return yaml.compose(text, Loader=yaml.SafeLoader)


def _convert(node: Any, loc: Loc, source: Source, counter: list[int]) -> Any:
    import yaml

    counter[0] += 1
    if counter[0] > MAX_NODES:
        raise InputError("文件中的条目过多（可能是 YAML 别名展开），已停止读取",
                         file=source.path, line=node.start_mark.line + 1)
    line = node.start_mark.line + 1
    if node.tag not in _SAFE_TAGS:
        raise InputError(f"不支持的 YAML 标签 {node.tag}：项目文件只能包含文字、数字、列表和映射",
                         file=source.path, line=line, field=format_loc(loc) or None)
    if isinstance(node, yaml.MappingNode):
        out: dict[str, Any] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise InputError("键必须是文字", file=source.path,
                                 line=key_node.start_mark.line + 1)
            key = key_node.value.strip()
            key_line = key_node.start_mark.line + 1
            if key in out:
                first = source.lines.get((*loc, key))
                raise InputError(
                    f"键「{key}」重复出现（第 {first} 行已经写过）：请删除或合并其中一个",
                    file=source.path, line=key_line, field=format_loc((*loc, key)))
            source.lines[(*loc, key)] = key_line
            out[key] = _convert(value_node, (*loc, key), source, counter)
        return out
    if isinstance(node, yaml.SequenceNode):
        items = []
        for index, item in enumerate(node.value):
            source.lines[(*loc, index)] = item.start_mark.line + 1
            items.append(_convert(item, (*loc, index), source, counter))
        return items
    if node.tag == "tag:yaml.org,2002:null" or (not node.style and node.value in _NULLS):
        return None
    return node.value
