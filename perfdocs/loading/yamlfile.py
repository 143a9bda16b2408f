"""The one YAML writer of perfdocs: fresh project files, and edits that keep the preparer's.

Every project file perfdocs writes comes from here (``import``, ``new``, ``evaluate-init``,
the workbench's save). Hand-assembled YAML text broke on names a preparer may well type: an
indicator name ending in ``:`` or starting with ``- `` or ``? ``, a ``#``, quotes, leading
spaces. So text is emitted by a real emitter (ruamel.yaml), and an existing file is edited
*round trip*: its comments, key order, quoting, indentation, encoding, BOM and line breaks
survive, only the changed part is new.

Two guarantees are checked, not hoped for:

- What is written reads back, through perfdocs' own reader
  (:func:`perfdocs.loading.source.parse_text`, PyYAML's YAML 1.1 rules), as exactly the
  data meant: every text the same, every key, every blank. An edit also checks first that
  ruamel and perfdocs read the existing file alike, so a file perfdocs cannot rewrite
  faithfully is refused, never damaged.
- The file is replaced atomically (temporary file + rename), through symlinks (the file a
  link names changes, the link stays), keeping the file's permissions.

Scalars are kept as text both ways (the model parses figures into Decimal itself): ruamel is
given a resolver that knows only blanks (``~``, ``null``, empty) and ``<<``, so ``0.10``,
``012`` or ``yes`` in a preparer's file are written back exactly as typed, and a *text*
``null`` or ``<<`` is quoted when written.

API (see also docs in /work/wt/NOTES.md):

- :class:`Style` — how a fresh tree is laid out: keys whose values are double-quoted or
  block (``|``) texts, mappings written on one line, comments after a key or above it.
- :func:`emit` — a plain tree (dict/list/str/Decimal/int/date/None) as checked YAML text.
- :func:`build` — the same tree as ruamel nodes, to insert into a document being edited.
- :func:`edit_file` — load a project file round trip, let a function change it, check, write;
  :func:`plan_edit` — the same up to the write (a :class:`PlannedEdit` to show and confirm).
- :func:`write_text_file` — write checked YAML text to a project file (new or replaced).
"""

from __future__ import annotations

import io
import itertools
import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.errors import InputError
from perfdocs.loading.source import Loc, Node
from perfdocs.records import Record, field

if TYPE_CHECKING:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

_BLANK = re.compile(r"^(?:~|null|Null|NULL|)$")
_MERGE = re.compile(r"^<<$")
_BREAKS = "\x85\u2028\u2029"
"""Characters YAML 1.1 (PyYAML, perfdocs' reader) takes for line breaks and 1.2 does not."""


class WriteRefused(InputError):
    """A project file perfdocs will not rewrite, because the result would not be faithful."""


def _yaml(version: tuple[int, int] | None = None,
          indent: tuple[int, int, int] = (2, 4, 2)) -> YAML:
    """A ruamel round-trip instance that keeps every scalar as text (see module doc)."""
    from ruamel.yaml import YAML
    from ruamel.yaml.representer import RoundTripRepresenter
    from ruamel.yaml.resolver import VersionedResolver

    implicit = {first: [(tag, regexp)]
                for tag, regexp, firsts in (("tag:yaml.org,2002:null", _BLANK,
                                             ["~", "n", "N", ""]),
                                            ("tag:yaml.org,2002:merge", _MERGE, ["<"]))
                for first in firsts}

    class TextResolver(VersionedResolver):
        """Resolves blanks and ``<<`` only: every other plain scalar stays text."""

        @property
        def versioned_resolver(self) -> Any:
            return {key: list(value) for key, value in implicit.items()}

    class Representer(RoundTripRepresenter):
        """Double quotes for text holding what YAML 1.1 reads as a line break."""

        def represent_str(self, data: Any) -> Any:
            if any(ch in _BREAKS for ch in data):
                return self.represent_scalar("tag:yaml.org,2002:str", str(data), style='"')
            return super().represent_str(data)

    Representer.add_representer(str, Representer.represent_str)
    yaml = YAML(typ="rt")
    yaml.Resolver = TextResolver
    yaml.Representer = Representer
    yaml.allow_unicode = True
    yaml.width = 1 << 30  # never fold a long line: a folded plain text is easy to break
    yaml.preserve_quotes = True
    yaml.version = version
    mapping, sequence, offset = indent
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


class Style(Record, frozen=True):
    """How :func:`build` lays out a fresh tree; every field is optional.

    ``quoted``: keys whose text values are double-quoted (targets, amounts), as the
    bundled examples write them. ``blocks``: keys whose texts are literal blocks (``|``,
    the final line break added: the model strips it).
    ``flow``: locations of mappings written on one line (``{年初预算数: "1.00", …}``).
    ``after``: a comment after the key at a location; ``above``: comment lines above it.
    A location is the path of keys and list positions from the top, as in
    :class:`perfdocs.loading.source.Source`.
    """

    quoted: frozenset[str] = frozenset()
    blocks: frozenset[str] = frozenset()
    flow: frozenset[Loc] = frozenset()
    after: Mapping[Loc, str] = field(default_factory=dict)
    above: Mapping[Loc, list[str]] = field(default_factory=dict)


def comment_text(text: str) -> str:
    """``text`` made safe inside a ``#`` comment: a comment ends at any line break."""
    return "".join(" " if (unicodedata.category(ch)[0] in "CZ" and ch != " ") else ch
                   for ch in text)


def _scalar(value: object, key: str | None, style: Style) -> str | None:
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

    if value is None:
        return None
    if isinstance(value, bool):
        raise TypeError("project trees hold text, not booleans")
    if isinstance(value, Decimal):
        text = format(value, "f")
    elif isinstance(value, (int, date)):
        text = value.isoformat() if isinstance(value, date) else str(value)
    else:
        text = str(value)
    styled: str = text  # ruamel's scalar strings are str subclasses (untyped in ruamel)
    if key in style.blocks and _block_fits(text):
        # "|" as the examples write it; the model strips a narrative's final line break
        styled = LiteralScalarString(text if text.endswith("\n") else text + "\n")
    elif "\n" in text and _block_fits(text):
        styled = LiteralScalarString(text)
    elif key in style.quoted:
        styled = DoubleQuotedScalarString(text)
    return styled


def _block_fits(text: str) -> bool:
    """Whether ``text`` can be a literal block (``|``) and read back unchanged.

    Nothing invisible (a block has no escapes), no tab or space opening a line (PyYAML
    refuses tab indentation; the emitter handles a leading space with an indentation
    indicator, which older readers get wrong), no line with only spaces (trailing
    space is invisible and editors strip it).
    """
    if not text.strip() or text != text.lstrip(" \t"):
        return False
    lines = text.split("\n")
    if any(line[:1] in ("\t", " ") or (line and not line.strip()) or line != line.rstrip()
           for line in lines):
        return False
    return not any((unicodedata.category(ch)[0] == "C" and ch != "\n") or ch in _BREAKS
                   or ch == "\ufeff" for ch in text)


PLAIN = Style()
"""The default layout (a frozen record: one instance serves every call)."""


def build(tree: object, style: Style = PLAIN, loc: Loc = (), column: int = 0) -> object:
    """``tree`` as ruamel round-trip nodes laid out per ``style`` (see :class:`Style`).

    ``column`` is where ``tree``'s keys start (2 more per mapping level, 4 per list level,
    as :func:`emit` indents), so comments above a key line up with it.
    """
    from ruamel.yaml.comments import CommentedMap, CommentedSeq
    from ruamel.yaml.scalarstring import LiteralScalarString, ScalarString

    if isinstance(tree, Mapping):
        node = CommentedMap()
        for key, value in tree.items():
            child, name = (*loc, key), str(key)
            node[name] = (build(value, style, child, column + 2)
                          if isinstance(value, (Mapping, list))
                          else _scalar(value, name, style))
            above = [comment_text(line) for line in style.above.get(child, ())]
            after = style.after.get(child)
            if after is not None and isinstance(node[name], LiteralScalarString):
                above.append(comment_text(after))  # nothing may follow a block's "|"
            elif after is not None:
                shown = node[name]
                width = 1  # "key:" then the comment
                if isinstance(shown, str):
                    width = 2 + len(shown) + (2 if isinstance(shown, ScalarString) else 0)
                node.yaml_add_eol_comment("# " + comment_text(after), name,
                                          column=column + len(name) + 1 + width + 1)
            if above:
                node.yaml_set_comment_before_after_key(name, before="\n".join(above),
                                                       indent=column)
        if loc in style.flow:
            node.fa.set_flow_style()
        return node
    if isinstance(tree, list):
        seq = CommentedSeq()
        for index, item in enumerate(tree):
            seq.append(build(item, style, (*loc, index), column + 2)
                       if isinstance(item, (Mapping, list)) else _scalar(item, None, style))
        return seq
    return _scalar(tree, None, style)


def plain(node: object) -> Node:
    """ruamel nodes (or a plain tree) as perfdocs' reader gives them: text, None, keys stripped."""
    if isinstance(node, Mapping):
        return {str(key).strip(): plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(item) for item in node]
    if node is None:
        return None
    if isinstance(node, Decimal):
        return format(node, "f")
    if isinstance(node, date):
        return node.isoformat()
    return str(node)


def _dump(yaml: YAML, doc: object, head: Iterable[str] = ()) -> str:
    from ruamel.yaml.comments import CommentedMap

    lines = [comment_text(line) for line in head]
    if lines and isinstance(doc, CommentedMap):
        doc.yaml_set_start_comment("\n".join(lines))
    stream = io.StringIO()
    yaml.dump(doc, stream)
    return stream.getvalue()


def _check(text: str, meant: object, name: str) -> None:
    """Refuse ``text`` unless perfdocs' own reader gets exactly ``meant`` from it."""
    from perfdocs.loading.source import parse_text

    try:
        got = parse_text(text, name).data
    except InputError as exc:
        raise WriteRefused(f"写出的 YAML 无法读回（{exc.message}），未写入", file=name) from None
    if got != meant:
        where = _first_difference(got, meant)
        raise WriteRefused(f"写出的 YAML 读回后与原意不同（{where}），未写入", file=name)


def _first_difference(got: object, meant: object, loc: Loc = ()) -> str:
    from perfdocs.loading.source import format_loc

    if isinstance(got, dict) and isinstance(meant, dict):
        for key in list(meant) + [k for k in got if k not in meant]:
            if got.get(key, ...) != meant.get(key, ...):
                return _first_difference(got.get(key), meant.get(key), (*loc, key))
    if isinstance(got, list) and isinstance(meant, list) and len(got) == len(meant):
        for index, (a, b) in enumerate(zip(got, meant, strict=True)):
            if a != b:
                return _first_difference(a, b, (*loc, index))
    return format_loc(loc) or "顶层"


def emit(tree: Mapping[str, object], style: Style = PLAIN, head: Iterable[str] = (),
         name: str = "<新文件>") -> str:
    """A fresh project file's text for ``tree``, checked to read back as ``tree``.

    ``head`` are comment lines put on top. Raises :class:`WriteRefused` if the text would
    not read back as meant (a bug here, never silently a damaged file).
    """
    doc = build(tree, style)
    text = _dump(_yaml(), doc, head)
    _check(text, plain(doc), name)
    return text


def write_text_file(path: str | Path, text: str) -> None:
    """Write project-file ``text`` (from :func:`emit`) atomically, through links, mode kept."""
    from perfdocs.files.writing import write_atomic

    write_atomic(Path(path), text.encode("utf-8"), through_links=True)


def _guess_indent(text: str) -> tuple[int, int, int]:
    """(mapping, sequence, offset) indentation of ``text``, for ruamel to write alike.

    Read off the first nested key and the first list under a key; the bundled examples'
    (2, 4, 2) where the file has neither.
    """
    mapping = sequence = offset = None
    lines = [line for line in text.split("\n")
             if line.strip() and not line.lstrip().startswith("#")]
    for above, below in itertools.pairwise(lines):
        if not above.rstrip().endswith(":") or above.lstrip().startswith("- "):
            continue
        base = len(above) - len(above.lstrip(" "))
        inner = len(below) - len(below.lstrip(" "))
        body = below.lstrip(" ")
        if body.startswith("- ") and sequence is None and inner >= base:
            offset = inner - base
            sequence = offset + 2
        elif not body.startswith("- ") and mapping is None and inner > base:
            mapping = inner - base
        if mapping is not None and sequence is not None:
            break
    mapping = mapping or 2
    if sequence is None:
        sequence, offset = mapping + 2, mapping
    return mapping, max(sequence, (offset or 0) + 2), offset or 0


def edit_file(path: str | Path, change: Callable[[CommentedMap], None],
              finish: Callable[[str], str] | None = None) -> None:
    """Change a project file in place, keeping everything the change does not touch.

    ``finish`` may rework the dumped text before it is checked (the ``$schema`` first line:
    :func:`perfdocs.loading.schema.with_schema_comment`).

    ``change`` gets the document (a ruamel ``CommentedMap``; insert :func:`build` results)
    and alters it. The file is read as perfdocs reads it (caps, encoding, BOM, line
    breaks), and refused untouched when ruamel would read it differently from perfdocs or
    when the changed text would not read back as the changed document.
    """
    from perfdocs.files.writing import write_atomic
    from perfdocs.loading.source import decode_text, read_project_bytes

    target = Path(path)
    name = str(target)
    decoded = decode_text(read_project_bytes(target), name)
    text = edit_text(decoded.text, change, name, finish)
    write_atomic(target, decoded.encode(text), through_links=True)


def edit_text(text: str, change: Callable[[CommentedMap], None], name: str,
              finish: Callable[[str], str] | None = None) -> str:
    """:func:`edit_file` without the file: ``text`` (as decoded) changed round trip, checked.

    For callers that must see the new text before writing it (the workbench checks an
    unsaved draft, and shows it against the disk's version before it overwrites it).
    """
    from perfdocs.loading.source import parse_text

    before = parse_text(text, name).data
    yaml = _yaml(version=(1, 1), indent=_guess_indent(text))
    try:
        doc = yaml.load(text)
    except Exception as exc:  # ruamel's own errors: any of several classes
        message = f"无法在保留注释和格式的前提下改写此文件（{type(exc).__name__}），未改动"
        raise WriteRefused(message, file=name) from None
    if plain(doc) != before:
        where = _first_difference(plain(doc), before)
        raise WriteRefused(f"无法在保留注释和格式的前提下改写此文件（{where} 的写法），未改动",
                           file=name)
    change(doc)
    yaml.version = None  # no "%YAML 1.1" line: the file did not have one
    changed = _keep_spacing(text, _dump(yaml, doc))
    if finish is not None:
        changed = finish(changed)
    _check(changed, plain(doc), name)
    return changed


def _keep_spacing(before: str, after: str) -> str:
    """``after`` with the preparer's own lines wherever ruamel only re-spaced them.

    ruamel re-emits a flow mapping or a key's value with its own spacing
    (``其他资金:     {…}`` becomes ``其他资金: {…}``): lines the change did not touch would
    show up in a diff and lose the alignment the preparer typed. A replaced line that
    equals the old one but for spaces (outside quotes, where YAML ignores them) is put
    back; the caller checks the result still reads as the changed document.
    """
    import difflib

    old, new = before.split("\n"), after.split("\n")
    out: list[str] = []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "replace" and i2 - i1 == j2 - j1:
            out += [o if _respaced(o, n) else n for o, n in zip(old[i1:i2], new[j1:j2],
                                                               strict=True)]
        else:
            out += new[j1:j2]
    return "\n".join(out)


def _respaced(old: str, new: str) -> bool:
    """Whether two lines differ only in spaces outside quoted text."""
    def squeezed(line: str) -> str:
        parts = re.split(r"(\"(?:[^\"\\]|\\.)*\"|'(?:[^']|'')*')", line)
        return "".join(part if index % 2 else re.sub(r"[ \t]+", "", part)
                       for index, part in enumerate(parts))
    return old != new and old.strip() != "" and squeezed(old) == squeezed(new)


class PlannedEdit(Record, frozen=True):
    """An edit of a project file worked out but not yet written: its text before and after
    (line breaks as ``\n``), to show as a diff and confirm, and the bytes to write."""

    path: Path
    before: str
    after: str
    data: bytes

    @property
    def changed(self) -> bool:
        return self.before != self.after

    def write(self) -> None:
        """Replace the file atomically, through links, its mode kept."""
        from perfdocs.files.writing import write_atomic

        write_atomic(self.path, self.data, through_links=True)


def plan_edit(path: str | Path, change: Callable[[CommentedMap], None]) -> PlannedEdit:
    """:func:`edit_file` up to the write: the file's text before and after, checked, for a
    caller that shows the change and asks before writing (``perfdocs import --into``)."""
    from perfdocs.loading.source import decode_text, read_project_bytes

    target = Path(path)
    name = str(target)
    decoded = decode_text(read_project_bytes(target), name)
    text = edit_text(decoded.text, change, name)
    return PlannedEdit(target, decoded.text, text, decoded.encode(text))
