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
from pathlib import Path

from perfdocs._deferred import lazy_pattern
from perfdocs.errors import InputError, PerfdocsError
from perfdocs.records import Record, field

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

    from yaml import MarkedYAMLError
    from yaml.nodes import Node as YamlNode
    from yaml.nodes import ScalarNode
    from yaml.reader import ReaderError

Loc = tuple[str | int, ...]
Node = str | None | list["Node"] | dict[str, "Node"]
"""A value of a project file as read: YAML's scalars stay text (the model parses figures)."""
Tree = dict[str, Node]
"""A whole project file: a mapping at the top."""

MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_NODES = 200_000
MAX_TEXT_CHARS = 1_000_000
"""Most characters of text a project may hold, counted after YAML aliases are expanded (a
real project holds some tens of thousands; a 5 MB file without aliases under 2 million)."""
"""Caps that keep a hostile file (alias bombs, a huge paste) from exhausting memory."""
MAX_DEPTH = 100
"""Deepest nesting :func:`_convert` accepts; a real project nests seven levels."""

_SAFE_TAGS = {
    "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool", "tag:yaml.org,2002:null", "tag:yaml.org,2002:map",
    "tag:yaml.org,2002:seq", "tag:yaml.org,2002:timestamp",
    # PyYAML resolves a lone plain "=" to this tag; to a preparer it is the text "=".
    "tag:yaml.org,2002:value",
}
_NULLS = {"", "~", "null", "Null", "NULL"}


class Source(Record, slots=True):
    """A loaded project file: its data and where each field was written."""

    path: str
    data: Tree
    lines: dict[Loc, int] = field(default_factory=dict)
    split_amounts: dict[Loc, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    """Amounts written with thousands commas inside ``{ }`` (``全年执行数: 1,037.62`` there
    reads as 全年执行数: 1 and a key 037.62), by the amount's key, with the amount meant and
    the keys YAML made of its thousands: ``(…, "全年执行数") → ("1,037.62", ("037.62",))``
    (:func:`_split_amounts`)."""

    def line_of(self, loc: Loc) -> int | None:
        """Line of ``loc``, or of its nearest written ancestor (a missing key's parent); a
        missing top-level key (项目名称) points at the file's first key, where the top-level
        keys are written, so that its message has a line as every other one has."""
        for end in range(len(loc), 0, -1):
            line = self.lines.get(tuple(loc[:end]))
            if line is not None:
                return line
        line = self.lines.get(())
        if line is None and loc and self.lines:
            line = min(self.lines.values())
        return line


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
    return decode_text(read_project_bytes(path), str(path)).text


def read_project_bytes(path: Path) -> bytes:
    """The bytes of a project file: a regular file of at most :data:`MAX_FILE_BYTES`."""
    from perfdocs.files.reading import read_capped

    if path.is_dir():
        raise InputError("这是一个文件夹，不是项目文件（请给出 .yaml 文件，如 data/2024/*.yaml）",
                         file=str(path))
    return read_capped(path, MAX_FILE_BYTES, "项目文件")


class Decoded(Record, frozen=True, slots=True):
    """A file's text with line breaks made LF, and how to write it back the same way."""

    text: str
    encoding: str
    bom: bool
    newline: str

    def encode(self, text: str) -> bytes:
        """``text`` (LF line breaks) in this file's encoding, BOM and line breaks."""
        body = text.replace("\n", self.newline).encode(self.encoding)
        return (b"\xef\xbb\xbf" if self.bom else b"") + body


def decode_text(raw: bytes, name: str) -> Decoded:
    """``raw`` decoded as UTF-8 (with or without BOM), or GB18030 as Chinese Windows saves it.

    A workbook, Word file or PDF given where a project file belongs (``perfdocs render
    退回的表.xlsx``) is named for what it is, with the command that reads it, rather than
    reported as text in an unknown encoding.
    """
    refuse_office_file(raw, name)
    bom = raw.startswith(b"\xef\xbb\xbf")
    if bom:
        raw = raw[3:]
    try:
        text, encoding = raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        try:
            text, encoding = raw.decode("gb18030"), "gb18030"
        except UnicodeDecodeError:
            message = "文件编码无法识别：请在编辑器中以 UTF-8 编码另存为"
            raise InputError(message, file=name) from None
    newline = "\r\n" if "\r\n" in text else "\n"
    return Decoded(text.replace("\r\n", "\n").replace("\r", "\n"), encoding, bom, newline)


OFFICE_KINDS: tuple[tuple[bytes, str], ...] = (
    (b"PK\x03\x04", "zip"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "ole"),
    (b"%PDF-", "pdf"),
)
"""The first bytes of the files a preparer may hand perfdocs by mistake."""
WORKBOOK_NAMES = (".xlsx", ".xlsm", ".xls")
"""Names that say a file is a workbook, whatever its bytes."""


def refuse_office_file(raw: bytes, name: str) -> None:
    """Refuse, naming what it is, a workbook, Word file or PDF where YAML belongs.

    A file *named* as a workbook is one whatever it holds (an empty ``x.xlsx``, a CSV
    saved as ``.xls``): the preparer meant a workbook, and is told which command reads one,
    not that a project file is empty."""
    suffix = Path(name).suffix.lower()
    kind = next((kind for magic, kind in OFFICE_KINDS if raw.startswith(magic)), None)
    if kind is None and suffix in WORKBOOK_NAMES:
        kind = "ole" if suffix == ".xls" else "zip"  # .xls: save it as .xlsx first
    if kind is None:
        return
    if kind == "pdf":
        message = ("这是 PDF 文件，不是项目文件（YAML）：perfdocs 不从 PDF 读数；"
                   "请用生成它的项目文件，或用 perfdocs import 读入同一张表的 Excel 版")
    elif kind == "ole":
        message = ("这是旧版 Excel/Word 文件（.xls/.doc），不是项目文件（YAML）："
                   "请在 Excel 或 WPS 中另存为 .xlsx，"
                   "再运行 perfdocs import <文件>.xlsx -o <项目>.yaml 读回项目文件")
    elif suffix == ".docx":
        message = ("这是 Word 文档，不是项目文件（YAML）：perfdocs 从 Excel 版读回表格，请运行 "
                   "perfdocs import <表>.xlsx -o <项目>.yaml")
    else:
        what = (" Excel 工作簿" if suffix in (".xlsx", ".xlsm")
                else "压缩格式的文件（Excel、Word 文件或 zip 包）")
        message = (f"这是{what}，不是项目文件（YAML）："
                   f"要把填好或退回的表读回项目文件，请运行 perfdocs import {Path(name).name} "
                   f"-o <项目>.yaml；要核对表上的数，运行 perfdocs check {Path(name).name}")
    raise InputError(message, file=name)


def load_source(path: str | Path) -> Source:
    """Read and compose one YAML project file into a :class:`Source`.

    A file that is not YAML is refused with a Chinese message on the line the user must
    edit: PyYAML's own wording ("could not find expected ':'") and line (often the one
    *after* the fault) are kept only for faults no rule below recognises.
    """
    p = Path(path)
    return parse_text(read_text(p), str(p))


def name_line(path: str | Path, field: str = "项目名称") -> int | None:
    """The line of a project file's 项目名称 (of ``自评.项目名称`` when only that is written),
    None when the file cannot be read: where a file whose forms another file already
    writes is blamed (two files with the same 项目名称, :mod:`perfdocs.engine.clashes`), so
    that the clerk is taken to the name to change (tester7 10c: that error named no line).
    Read again only then: a clash is rare, and the callers hold no source of their own.
    ``field`` 实施单位: the line of that field (two units written alike)."""
    try:
        source = load_source(path)
    except PerfdocsError:
        return None
    if field != "项目名称":
        return source.line_of((field,))
    for loc in (("项目名称",), ("自评", "项目名称")):
        if loc in source.lines:
            return source.lines[loc]
    return source.line_of(("项目名称",))


START_HERE = ("可运行 perfdocs new 文件名.yaml 新建一个带注释、待填写的项目文件，"
              "或运行 perfdocs example 复制一个填好的示例项目照着改")
"""What a clerk with an empty project file can do next: the commands that give one to fill
in (a clerk does not know the README)."""


def parse_text(text: str, name: str) -> Source:
    """Compose ``text`` (the content of file ``name``) into a :class:`Source`."""
    import yaml

    if not text.strip():
        raise InputError(f"文件是空的：{START_HERE}", file=name)
    _check_characters(text, name)
    try:
        node = _compose(text)
        if node is None:
            raise InputError(f"文件里没有内容：{START_HERE}", file=name)
        source = Source(name, {})
        data = _convert(node, (), source, [0, 0])
    except yaml.MarkedYAMLError as exc:
        raise _syntax_error(exc, text, name) from None
    except yaml.reader.ReaderError as exc:
        raise _reader_error(exc, text, name) from None
    except yaml.YAMLError as exc:
        raise InputError(f"YAML 格式错误：{exc}", file=name) from None
    except RecursionError:
        # Only the pure-Python composer and _convert recurse, and both stop on Python's
        # recursion limit; where in the file is unknown by then.
        raise InputError(_TOO_DEEP, file=name) from None
    if not isinstance(data, dict):
        raise InputError("项目文件的顶层应是「键: 值」形式的映射（如 项目名称: …）",
                         file=name, line=node.start_mark.line + 1)
    source.data = data
    return source


_TOO_DEEP = "嵌套层次过深（列表或映射套了太多层）：请检查括号是否成对"
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f]")
"""Control characters YAML refuses anywhere in a file, even inside quotes (NUL, BEL, …).

They come from pasting out of other programs and are invisible in an editor, so the
message names the line and the code point. ``\\x85`` (NEL) is a YAML line break, not refused.
"""


def _check_characters(text: str, name: str) -> None:
    """Refuse, before parsing, what the parser would report without a line or in English."""
    found = _CONTROL.search(text)
    if found:
        raise InputError(f"含有不可见的控制字符 U+{ord(found.group()):04X}，请删除",
                         file=name, line=text.count("\n", 0, found.start()) + 1)
    if "\t" in text:
        for number, line in enumerate(text.split("\n"), start=1):
            indent = line[: len(line) - len(line.lstrip(" \t"))]
            if "\t" in indent:
                message = "行首用了制表符（Tab）缩进：YAML 只允许空格缩进，请把 Tab 换成空格"
                raise InputError(message, file=name, line=number)


def _reader_error(exc: ReaderError, text: str, name: str) -> InputError:
    """A character the YAML reader refuses that :data:`_CONTROL` let through (U+FFFE, …).

    The pure-Python reader (the one whose error reaches here) counts ``position`` in
    characters of ``text``.
    """
    import unicodedata

    char = exc.character if isinstance(exc.character, int) else None
    if char is None:
        return InputError(f"YAML 格式错误：{exc}", file=name)
    kind = "不可见的控制字符" if unicodedata.category(chr(char)) == "Cc" else "不允许的字符"
    line = text.count("\n", 0, max(exc.position, 0)) + 1
    return InputError(f"含有{kind} U+{char:04X}，请删除", file=name, line=line)


_SYNTAX = "YAML 格式错误："
_YAML_HINT = "（检查缩进、冒号后的空格和引号是否成对）"
_TAB_AFTER_COLON = "冒号后用了制表符（Tab）：YAML 只允许空格，请把 Tab 换成空格"
_TAB = "用了制表符（Tab）：YAML 只允许空格，请把 Tab 换成空格"
_NOT_A_PAIR = "这一行不是「键: 值」的形式（缺少冒号或冒号后的空格）"
_VALUE = lazy_pattern(r"^\s*(?P<dashes>(?:-\s+)*)"
                    r"(?:(?P<key>[^\s#'\"\-?:,\[\]{}][^#]*?):\s+)?(?P<value>\S.*)$")
"""A line split into its list dashes, its ``key: `` and the value after them."""
_INDICATORS = ">|@`%*&!,]}"
"""Characters that cannot start an unquoted value: YAML reads them as syntax."""
_NO_SPACE = lazy_pattern(r"^(\s*(?:-\s+)?[^\s:#]+):(\S.*)$")
_FULLWIDTH_PAIR = lazy_pattern(r"^\s*(?P<dashes>(?:-\s+)*)(?P<key>\w{1,16})\s*：\s*(?P<value>.*)$")
"""A key (a short word, as every key of a project is) written with the full-width colon."""
_KEY_OR_ITEM = lazy_pattern(r"^(?:-(?:\s|$)|[^\s#'\"][^#]*?:(?:\s|$))")


_YAML_LINES = lazy_pattern("\r\n|[\n\r\x85\u2028\u2029]")
"""The line breaks of YAML 1.1, by which PyYAML's marks count lines."""


def _syntax_error(exc: MarkedYAMLError, text: str, name: str) -> InputError:
    """The YAML fault in words a preparer can act on, on the line to edit.

    Each rule matches one common typing mistake by PyYAML's problem and the text of the
    line it points at; anything else keeps PyYAML's problem and line with a hint.
    """
    lines = _YAML_LINES.split(text)  # as PyYAML counts lines: NEL and U+2028 break them too
    problem = exc.problem or ""
    mark = exc.problem_mark or exc.context_mark
    number = mark.line + 1 if mark else None
    typed = lines[mark.line] if mark and mark.line < len(lines) else ""

    def error(message: str, line: int | None = number) -> InputError:
        return InputError(message, file=name, line=line)

    if "'\\t'" in problem or "tab character" in problem:
        before = typed[: mark.column].rstrip(" \t") if mark else ""
        return error(_TAB_AFTER_COLON if before.endswith(":") else _TAB)
    key = typed.lstrip(" -").split(": ", 1)[0] if ": " in typed or typed.endswith(":") else ""
    if len(key.rstrip(":")) > 1024:
        # YAML allows a key (a name before ":") of at most 1024 characters; PyYAML then
        # reports a stray ':' that the preparer cannot see
        return error(f"键过长（{len(key.rstrip(':'))} 个字符）：YAML 的键不能超过 1024 个字符，"
                     "一级、二级指标名称不应超过 100 字")
    quoting = _unquoted_indicator(lines, mark.line, mark.column) if mark else None
    if quoting:
        return error(_SYNTAX + quoting)
    opened = _unclosed_quote(exc, lines)
    if opened:
        return error(_SYNTAX + "引号不成对，请补上另一半引号", opened)
    # "≥95"% or "≥100"(人): whatever PyYAML says of the text after the closing quote (a
    # '%' "cannot start any token"), the slip is the quote placed too early
    partly = _quote_then_text(lines, mark.line, mark.column) if mark else None
    if partly:
        return error(_SYNTAX + partly[1], partly[0])
    indented = _fullwidth_indent(lines, mark.line if mark else -1)
    if indented:
        return error("行首用了全角空格缩进：YAML 只允许半角空格缩进，请把全角空格换成半角空格",
                     indented)
    if "could not find expected ':'" in problem and exc.context_mark:
        # PyYAML marks the start of the *next* line; the key that lacks its ':' began at
        # the context mark, the line the user typed wrong.
        number = exc.context_mark.line + 1
        return error(_SYNTAX + _not_a_pair(lines[exc.context_mark.line]), number)
    if "mapping values are not allowed" in problem and mark:
        # A key written with "：" is read as text running on into the next, deeper line,
        # and the parser fails at that line's ':'; the fault is on the line above.
        above = next((i for i in range(mark.line - 1, -1, -1) if lines[i].strip()), None)
        if above is not None and ":" not in lines[above] and _FULLWIDTH_PAIR.match(lines[above]):
            return error(_SYNTAX + _not_a_pair(lines[above]), above + 1)
        found = _mapping_value_fault(lines, mark.line)
        if found:
            return error(_SYNTAX + found[1], found[0])
    if problem.startswith(("expected ',' or '}'", "expected ',' or ']'")) and exc.context_mark:
        return error(_SYNTAX + _unclosed_flow(lines, exc.context_mark.line,
                                              exc.context_mark.column), exc.context_mark.line + 1)
    if problem.startswith("expected '<document start>'"):
        first = next((i for i, typed in enumerate(lines) if _structural(typed)), None)
        if first is not None and _indent(lines[first]):
            return error(_SYNTAX + f"顶层的键须从行首写起：「{_key_name(lines[first])}」前有 "
                         f"{_indent(lines[first])} 个空格，请删去", first + 1)
    if problem.startswith("expected <block end>") and mark:
        found = _quote_then_text(lines, mark.line, mark.column) or _misaligned(lines, mark.line)
        if found:
            return error(_SYNTAX + found[1], found[0])
    return error(_SYNTAX + _translated(problem, str(exc)))


_PROBLEMS = (
    ("mapping values are not allowed",
     "这一行多了一个「: 」（冒号加空格）；值里有冒号时请给整个值加引号"),
    ("could not find expected ':'", "缺少「: 」（冒号加空格）"),
    ("did not find expected key", "这里应是「键: 值」，请检查这一行的缩进和格式"),
    ("did not find expected '-' indicator", "这里应是以「- 」开头的列表项，请检查缩进"),
    ("expected <block end>", "缩进与上文对不齐：同一节的键须左对齐"),
    ("found undefined alias", "以「*」开头的值须加引号"),
    ("that cannot start any token", "这个字符不能出现在值的开头：请给整个值加引号"),
    ("sequence entries are not allowed here",
     "这里不能出现以「- 」开头的列表项：请检查缩进；以「-」开头的文字请加引号"),
    ("expected URI", "「!」开头的值须加引号"),
    ("expected '<document start>'", "顶层的键须从行首写起，不要缩进"),
    ("found undefined tag handle", "「!」开头的值须加引号"),
    ("found unexpected end of stream", "文件在引号或括号闭合之前就结束了：请补上另一半引号或括号"),
    ("found unknown escape character",
     "双引号中的反斜杠「\\」后跟了不认识的字符：反斜杠请写成「\\\\」，或改用单引号"),
    ("expected alphabetic or numeric character", "「&」或「*」开头的值须加引号"),
    ("expected a comment or a line break", "值后面还有多余的内容：请给整个值加引号"),
    ("expected chomping or indentation indicators",
     "以「|」或「>」开头的值须加引号（「|」后只能换行写多行文字）"),
    ("expected the node content", "这里缺少值"),
    ("expected a single document", "文件里有多个 YAML 文档（「---」分隔）：一个项目文件只能有一个"),
    ("found duplicate anchor", "「&」开头的值须加引号"),
    ("found unexpected ':'", "多了一个冒号：值里有冒号时请给整个值加引号"),
)
"""PyYAML's problems in Chinese, for faults no rule above pins to a typing mistake."""


def _translated(problem: str, whole: str) -> str:
    """PyYAML's ``problem`` in Chinese with the usual causes; its own words only when new."""
    for english, chinese in _PROBLEMS:
        if english in problem:
            return chinese + _YAML_HINT
    return f"无法解析这一行{_YAML_HINT}（解析器的原话：{problem or whole}）"


_KEY_NAME = lazy_pattern(r"^\s*(?:-\s+)*(?P<key>[^\s#'\"\-?:,\[\]{}][^#:]*?)\s*:(?:\s|$)")


def _key_name(typed: str) -> str:
    found = _KEY_NAME.match(typed)
    return found["key"] if found else typed.strip()


def _key_column(typed: str) -> int:
    """Where the key of ``typed`` starts: after its indentation and any list dashes."""
    found = re.match(r"^\s*(?:-\s+)*", typed)
    return found.end() if found else 0


def _structural(typed: str) -> bool:
    """A line that is a key or a list item (not a comment, not a line of a text block)."""
    body = typed.strip()
    return bool(body) and not body.startswith("#") and bool(_KEY_OR_ITEM.match(body))


def _mapping_value_fault(lines: list[str], index: int) -> tuple[int, str] | None:
    """Why ``key: value`` on line ``index`` has a ': ' too many, and on which line."""
    typed = lines[index]
    above = next((i for i in range(index - 1, -1, -1) if _structural(lines[i])), None)
    for line in (index, above):
        body = lines[line].strip() if line is not None else ""
        if re.match(r"^-[^\s-]", body) and line is not None:
            # "-三级指标: 培训人数" is a key named "-三级指标"; the item's next key fails
            return line + 1, f"列表项的「-」后缺少空格，请写成「- {body[1:]}」"
    for line in range(index - 1, (above if above is not None else -1) - 1, -1):
        typed_above = lines[line]
        if _NO_SPACE.match(typed_above) and ": " not in typed_above:
            # "预期目标:|" is text, not a key with a block: the lines below run on from it
            return line + 1, _not_a_pair(typed_above)
    if above is not None and _indent(typed) > _key_column(lines[above]):
        found = _VALUE.match(lines[above])
        if found and found["key"]:
            width = _key_column(lines[above])
            return index + 1, (f"「{_key_name(typed)}」缩进了 {_indent(typed)} 个空格，比上一行"
                               f"「{found['key'].strip()}」（第 {above + 1} 行）多，被读成了上一行"
                               f"内容的延续：同一节的键须左对齐，请改为 {width} 个空格")
    found = _VALUE.match(typed)
    if found and found["key"] and ": " in found["value"]:
        value = found["value"].split(" #", 1)[0].rstrip()
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return index + 1, ("值里有「: 」（冒号加空格），YAML 会把它当成又一个键：请给整个值加"
                           f"引号，写成 {_dashes(found)}{found['key'].strip()}: {quoted}")
    return None


def _unclosed_flow(lines: list[str], index: int, column: int) -> str:
    """A ``[`` or ``{`` that opens a value and is not closed on its line."""
    typed = lines[index]
    opener = typed[column:column + 1] or "["
    closer = "]" if opener == "[" else "}"
    found = _VALUE.match(typed)
    if opener == "[" and found and found["key"] and found.start("value") == column:
        value = found["value"].split(" #", 1)[0].rstrip()
        quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
        return (f"以「[」开头的值被读作列表，却没有对应的「]」：如果它是文字，请给整个值加"
                "引号，写成 "
                f"{_dashes(found)}{found['key'].strip()}: {quoted}；否则请在行末补上「{closer}」"
                "并检查各项之间的逗号")
    return (f"这一行的「{opener}」没有对应的「{closer}」，或其中两项之间缺少逗号：请在行末补上"
            f"「{closer}」并检查各项之间的逗号")


def _quote_then_text(lines: list[str], index: int, column: int) -> tuple[int, str] | None:
    """A value quoted in part (``"≥100"(人)``): the text after the closing quote."""
    typed = lines[index]
    found = _VALUE.match(typed)
    if not found or not found["key"] or found["value"][:1] not in "\"'":
        return None
    quote = found["value"][0]
    if column <= found.start("value") or not typed[:column].rstrip().endswith(quote):
        return None
    value = found["value"].split(" #", 1)[0].rstrip()
    whole = value.replace(quote, "")
    return index + 1, (f"引号只括住了值的一部分（{value}）：引号须括住整个值，请写成 "
                       f"{_dashes(found)}{found['key'].strip()}: \"{whole}\"")


def _misaligned(lines: list[str], index: int) -> tuple[int, str] | None:
    """The line whose indentation breaks the block around line ``index``, and why.

    PyYAML stops at the first line that fits no open block. That line is usually the one
    to fix; but when the block's FIRST line was indented differently from its parent's
    usual step (5 spaces where every other level adds 2) and the stopping line follows
    the usual step, the first line is the odd one out.
    """
    typed = lines[index]
    width = _indent(typed)
    name = _key_name(typed)
    if typed.strip().startswith("-"):
        item = next((i for i in range(index - 1, -1, -1) if lines[i].strip().startswith("-")
                     and _indent(lines[i]) != width and _structural(lines[i])), None)
        if item is None:
            return None
        return index + 1, (f"列表项没有对齐：这一行的「-」前有 {width} 个空格，同一列表的上一项"
                           f"（第 {item + 1} 行）有 {_indent(lines[item])} 个：请改为 "
                           f"{_indent(lines[item])} 个空格")
    levels: list[tuple[int, int]] = []  # (key column, line) of each enclosing block, inward first
    for i in range(index - 1, -1, -1):
        if not _structural(lines[i]):
            continue
        column = _key_column(lines[i])
        if not levels or column < levels[-1][0]:
            levels.append((column, i))
    deeper = [(c, i) for c, i in levels if c > width]
    shallower = [(c, i) for c, i in levels if c < width]
    if not deeper and not shallower:
        return None
    steps = _usual_steps(lines)
    # The line that opened a block may be the odd one: indented by a step the file never
    # uses from its parent, while the stopping line uses a usual one (5 spaces under a key
    # where the next key has 4; "   产出指标" with 3 where its sibling "    效益指标" has 4).
    candidates = [(deeper[-1], shallower[0])] if deeper and shallower else []
    candidates += [(shallower[0], shallower[1])] if len(shallower) > 1 else []
    for (first_column, first), (parent_column, parent) in candidates:
        step = width - parent_column
        if step in steps and first_column - parent_column not in steps:
            return first + 1, (f"「{_key_name(lines[first])}」缩进了 {first_column} 个空格，"
                               f"比上一级「{_key_name(lines[parent])}」（第 {parent + 1} 行）多 "
                               f"{first_column - parent_column} 个，而同一节的「{name}」"
                               f"（第 {index + 1} 行）多 {step} 个：同一节的键须左对齐，请把"
                               f"这一行改为 {width} 个空格")
    options = []
    if deeper:
        column, line = deeper[-1]
        options.append(f"与第 {line + 1} 行「{_key_name(lines[line])}」对齐（{column} 个空格，"
                       "同一节）")
    if shallower:
        column, line = shallower[0]
        options.append(f"与第 {line + 1} 行「{_key_name(lines[line])}」对齐（{column} 个空格，"
                       "上一级）")
    return index + 1, (f"「{name}」缩进了 {width} 个空格，与上文对不齐：同一节的键须左对齐，"
                       f"请{'，或'.join(options)}")


def _usual_steps(lines: list[str]) -> set[int]:
    """How many columns a level's keys move right in this file: 2 under a key and 4 to the
    key of a "- " item in every bundled example; any step seen three times counts."""
    steps: dict[int, int] = {}
    previous = None
    for typed in lines:
        if not _structural(typed):
            continue
        column = _key_column(typed)
        if previous is not None and column > previous:
            steps[column - previous] = steps.get(column - previous, 0) + 1
        previous = column
    usual = {step for step, count in steps.items() if count >= 3}  # one odd line makes two
    return usual or ({max(steps, key=lambda k: (steps[k], -k))} if steps else {2})


def _not_a_pair(typed: str) -> str:
    """Why ``typed`` is not ``key: value``, with the line written the right way."""
    found = _FULLWIDTH_PAIR.match(typed)
    if found:
        written = f"{_dashes(found)}{found['key']}: {found['value'].strip()}".rstrip()
        return f"用了中文冒号「：」，请改为英文冒号加空格，如「{written}」"
    found = _NO_SPACE.match(typed)
    if found:
        return f"冒号后缺少空格，请写成「{found.group(1).strip()}: {found.group(2).strip()}」"
    return _NOT_A_PAIR


def _unquoted_indicator(lines: list[str], index: int, column: int) -> str | None:
    """Advice to quote a value such as ``>=90%`` that YAML took for syntax, if that is it.

    Only when the parser stopped inside the value of a ``key:`` or ``-`` on line
    ``index``, and no deeper-indented block follows: a ``|`` heading a real block of
    text, mistyped, is not this mistake.
    """
    typed = lines[index] if index < len(lines) else ""
    found = _VALUE.match(typed)
    if (not found or found["value"][0] not in _INDICATORS or column < found.start("value")
            or not (found["key"] or found["dashes"])):
        return None
    below = next((line for line in lines[index + 1:] if line.strip()), "")
    if _indent(below) > found.start("key" if found["key"] else "value"):
        return None  # lines nested under it: a block of text was meant
    value, comment = found["value"], ""
    if " #" in value:
        value, _, rest = value.partition(" #")
        comment = " #" + rest
    value = value.rstrip()
    plain = '"' not in value and "\\" not in value
    quoted = f'"{value}"' if plain else "'" + value.replace("'", "''") + "'"
    key = f"{found['key'].strip()}: " if found["key"] else ""
    return f"以「{value[0]}」开头的值须加引号，请写成 {_dashes(found)}{key}{quoted}{comment}"


def _indent(typed: str) -> int:
    """How many half-width spaces ``typed`` is indented by."""
    return len(typed) - len(typed.lstrip(" "))


def _dashes(found: re.Match[str]) -> str:
    """The list dashes a line starts with, written the usual way (``- - ``)."""
    return "- " * found["dashes"].count("-")


def _opens_quote(typed: str) -> bool:
    """Whether ``typed`` starts a quoted value (``key: "…``) that does not end on it."""
    found = _VALUE.match(typed)
    if not found or found["value"][0] not in "\"'":
        return False
    quote, rest = found["value"][0], found["value"][1:]
    index = 0
    while index < len(rest):
        char = rest[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and rest[index + 1: index + 2] == "'":
                index += 2
                continue
            return False
        index += 1
    return True


def _unclosed_quote(exc: MarkedYAMLError, lines: list[str]) -> int | None:
    """The line of a quote that was opened and never closed, if that caused ``exc``.

    An unclosed quote swallows the following lines up to the next quote character, and
    the parser complains there. Looking back from that point, the first line with an
    odd number of quotes is the culprit if it *opens* a quoted value; if it only closes
    one (a quoted value written over several lines), the quotes are fine.
    """
    if exc.context == "while scanning a quoted scalar" and exc.context_mark:
        if "end of stream" in (exc.problem or ""):
            return exc.context_mark.line + 1
        return None
    mark = exc.problem_mark or exc.context_mark
    if mark is None:
        return None
    for index in range(min(mark.line, len(lines) - 1), -1, -1):
        typed = lines[index]
        if _opens_quote(typed):
            return index + 1
        if _odd_quotes(typed):
            return None
    return None


def _odd_quotes(typed: str) -> bool:
    """Whether ``typed`` has an odd number of ``"`` or of ``'`` (escaped ones not counted)."""
    plain = typed.replace('\\"', "").replace("''", "")
    return plain.count('"') % 2 == 1 or plain.count("'") % 2 == 1


def _fullwidth_indent(lines: list[str], last: int) -> int | None:
    """The nearest line up to ``last`` indented with full-width spaces (U+3000), if any.

    Chinese text is indented with "　　" by habit. As indentation YAML reads it as part
    of a key, so the key jumps out of its section and the parser fails a line or two
    later. Only lines that look like a key or a list item count: inside a block of text
    a paragraph may rightly begin with full-width spaces.
    """
    for index in range(min(last, len(lines) - 1), -1, -1):
        typed = lines[index]
        body = typed.lstrip(" \t\u3000")
        if "\u3000" in typed[: len(typed) - len(body)] and _KEY_OR_ITEM.match(body):
            return index + 1
    return None


_PY_ONLY_CHARS = frozenset("\t\x85\ufeff\u2028\u2029?!")
_PY_ONLY_HEADER = lazy_pattern(r"[|>][0-9+-]*#")  # looked for only in a text with a #
"""Text libyaml and PyYAML's own parser may read differently; such files take the latter."""
_C_MAX_DEPTH = 200
"""Nesting beyond which libyaml's composer is not trusted (it recurses on the C stack)."""
_DEEP_BLOCK = re.compile(r"^[ \-?]{%s,}" % (_C_MAX_DEPTH // 2), re.MULTILINE)
_NOT_BRACKETS = lazy_pattern(r"[^\[\]{}]+")
_SQUARE = str.maketrans("{}", "[]")


def _may_nest_deeply(text: str) -> bool:
    """Whether an upper bound on the nesting in ``text`` exceeds :data:`_C_MAX_DEPTH`.

    libyaml composes nodes by C recursion and crashes the process (a segmentation fault,
    no message) somewhere between 10,000 and 30,000 levels of ``[`` or ``- ``. Block
    nesting costs at least one column a level and flow nesting one bracket, so a line
    starting with a long run of spaces or dashes, or a long run of unclosed brackets,
    sends the file to PyYAML, whose recursion Python bounds (a RecursionError, reported
    as too deep). A bracket inside a quoted value counts too: that only sends an odd
    file to the slower parser, it never refuses one.
    """
    half = _C_MAX_DEPTH // 2
    if text.count("[") + text.count("{") > half:
        # A run of openers is nested that deep. Otherwise each pass removes the innermost
        # pairs: the passes needed plus the brackets never closed bound the depth. The
        # loops run in C: about a second for the worst 5 MB file, nothing for a project.
        brackets = _NOT_BRACKETS.sub("", text).translate(_SQUARE)
        if "[" * (half + 1) in brackets:
            return True
        passes = 0
        while "[]" in brackets:
            if passes == half:
                return True
            brackets = brackets.replace("[]", "")
            passes += 1
        if passes + brackets.count("[") > half:
            return True
    return _DEEP_BLOCK.search(text) is not None


def _compose(text: str) -> YamlNode | None:
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
    Deeply nested text goes to PyYAML too (see :func:`_may_nest_deeply`).
    """
    import yaml

    loader = _c_loader()
    if (loader is not None and _PY_ONLY_CHARS.isdisjoint(text)
            and not ("#" in text and _PY_ONLY_HEADER.search(text))
            and not _may_nest_deeply(text)):
        try:
            return yaml.compose(text, Loader=loader)
        except yaml.YAMLError:
            pass  # PyYAML words the error (and finds its line) as users have seen it
    return yaml.compose(text, Loader=yaml.SafeLoader)


_NULL_TAG = "tag:yaml.org,2002:null"
_MERGE_TAG = "tag:yaml.org,2002:merge"
_STR_TAG = "tag:yaml.org,2002:str"
_LOADERS: list[Any] = []
"""The loader class of :func:`_c_loader`, made once (None when there is no libyaml)."""


def _c_loader() -> Any:
    """libyaml's loader, with a resolver that answers only what :func:`_convert` asks.

    PyYAML's resolver tries its regular expressions (bool, int, float, timestamp…) in
    Python on every plain scalar, a fifth of composing a project. :func:`_convert` keeps
    every scalar as text and reads a node's tag for two things only: null (a blank, ``~``,
    ``null``), and a tag it refuses — of the implicit ones only ``<<``'s merge. So a plain
    scalar gets the null or merge tag exactly when PyYAML would give it (the same
    patterns: :data:`_NULLS`, ``<<``), and the str tag otherwise (int, float, bool,
    timestamp: all read as text the same). Collections and quoted scalars are resolved
    by PyYAML as before.
    """
    if not _LOADERS:
        import yaml

        base = getattr(yaml, "CSafeLoader", None)
        if base is None:
            _LOADERS.append(None)
        else:
            scalar = yaml.ScalarNode

            class _Loader(base):  # type: ignore[misc,valid-type]
                def resolve(self, kind: Any, value: Any, implicit: Any) -> Any:
                    if kind is scalar and implicit[0]:
                        if value in _NULLS:
                            return _NULL_TAG
                        return _MERGE_TAG if value == "<<" else _STR_TAG
                    return super().resolve(kind, value, implicit)

            _LOADERS.append(_Loader)
    return _LOADERS[0]


_THOUSANDS = lazy_pattern(r"\d{3}(?:\.\d*)?")


def _split_amounts(node: YamlNode, loc: Loc, source: Source, scalar: type[ScalarNode]
                   ) -> frozenset[str]:
    """Record in ``source.split_amounts`` the amounts of a ``{ }`` mapping written with
    thousands commas and no quotes; the keys YAML made of their thousands are returned
    (two amounts 1,000.00 make the key 000.00 twice: not a duplicate the preparer wrote).

    Inside ``{ }`` a comma ends an entry, so ``{…, 全年执行数: 1,037.62}`` is 全年执行数: 1
    and a key ``037.62`` without a value; the model then calls 037.62 an unknown key (or, where
    any key is allowed, keeps the 1). The shape is exact: a plain value of one to three
    digits, then plain keys of three digits (the last with decimals) that have no value.
    """
    amount_key: str | None = None
    amount = ""
    groups: list[str] = []
    made: set[str] = set()

    def close() -> None:
        if amount_key is not None and groups:
            source.split_amounts[(*loc, amount_key)] = (amount, tuple(groups))
            made.update(groups)
        groups.clear()

    for key_node, value_node in node.value:
        if not (isinstance(key_node, scalar) and isinstance(value_node, scalar)):
            close()
            amount_key = None
            continue
        key = key_node.value.strip()
        if (amount_key is not None and not key_node.style and not value_node.style
                and not value_node.value and _THOUSANDS.fullmatch(key)):
            amount += "," + key
            groups.append(key)
            continue
        close()
        amount_key = None
        value = value_node.value
        digits = value[1:] if value[:1] in ("+", "-") else value
        if not value_node.style and 0 < len(digits) <= 3 and digits.isascii() \
                and digits.isdigit():
            amount_key, amount = key, value
    close()
    return frozenset(made)


def _convert(node: YamlNode, loc: Loc, source: Source, counter: list[int]) -> Node:
    """``node`` as plain data, recording the line of every key and item in ``source``.

    ``counter`` holds [nodes, characters] so far (the caps on alias expansion). One
    closure over the converted file: the names it needs are bound once, not looked up
    again for each of a project's hundreds of nodes, and a key's location is built once.
    """
    import yaml

    mapping_node, sequence_node, scalar_node = yaml.MappingNode, yaml.SequenceNode, \
        yaml.ScalarNode
    lines = source.lines
    path = source.path

    def convert(node: YamlNode, loc: Loc) -> Node:
        counter[0] += 1
        if len(loc) > MAX_DEPTH:
            raise InputError(_TOO_DEEP, file=path, line=node.start_mark.line + 1)
        if counter[0] > MAX_NODES:
            raise InputError("文件中的条目过多（可能是 YAML 别名展开），已停止读取",
                             file=path, line=node.start_mark.line + 1)
        tag = node.tag
        if tag not in _SAFE_TAGS:
            raise InputError(f"不支持的 YAML 标签 {tag}：项目文件只能包含文字、数字、列表和映射",
                             file=path, line=node.start_mark.line + 1,
                             field=format_loc(loc) or None)
        if isinstance(node, scalar_node):
            text: str = node.value
            if tag == _NULL_TAG or (not node.style and text in _NULLS):
                return None
            # Every use of an alias counts again: the text the renderers would lay out,
            # not the bytes of the file (one 19,600-character text reused 500 times is
            # 9.8 million).
            counter[1] += len(text)
            if counter[1] > MAX_TEXT_CHARS:
                raise InputError(f"文件中的文字合计超过 {MAX_TEXT_CHARS:,} 字（可能是 YAML 别名 *… "
                                 "反复引用同一段长文字），已停止读取", file=path,
                                 line=node.start_mark.line + 1)
            return text
        if isinstance(node, mapping_node):
            out: dict[str, Node] = {}
            made: frozenset[str] | None = None  # an amount's thousands read as keys
            for key_node, value_node in node.value:
                if not isinstance(key_node, scalar_node):
                    raise InputError("键必须是文字", file=path,
                                     line=key_node.start_mark.line + 1)
                key = key_node.value.strip()
                if (not value_node.value and made is None and node.flow_style
                        and key[:1].isdigit()):  # a key without a value: 1,037.62 in { }?
                    made = _split_amounts(node, loc, source, scalar_node)
                where = (*loc, key)
                if key in out and (made is None or key not in made):
                    first = lines.get(where)
                    raise InputError(
                        f"键「{key}」重复出现（第 {first} 行已经写过）：请删除或合并其中一个",
                        file=path, line=key_node.start_mark.line + 1, field=format_loc(where))
                lines[where] = key_node.start_mark.line + 1
                out[key] = convert(value_node, where)
            return out
        if isinstance(node, sequence_node):
            items = []
            for index, item in enumerate(node.value):
                where = (*loc, index)
                lines[where] = item.start_mark.line + 1
                items.append(convert(item, where))
            return items
        # mapping, sequence and scalar are all there are
        raise InputError("无法读取的 YAML 结构", file=path, line=node.start_mark.line + 1)

    return convert(node, loc)
