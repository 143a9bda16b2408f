"""The editor's draft → the project file's new text, with the preparer's comments kept.

The page sends the whole project as a plain tree (mappings, lists, texts, nulls) in which
every value the user did not touch is exactly the text perfdocs read from the file. The
new text is the file's round-trip YAML document with only the changed values replaced
(:func:`merge`), so comments, key order, quoting and block styles of everything else stay
as the preparer wrote them. Reading, emitting and checking the document is the one YAML
writer's job (:func:`perfdocs.loading.yamlfile.edit_text`); this module only decides what changes.

A draft equal to the file is the file's text itself, byte for byte.
"""

from __future__ import annotations

import difflib
import hashlib
from typing import Any

MAX_DRAFT_NODES = 200_000
"""Most mappings, lists and texts a draft may hold (the loader's own cap on a file)."""



class DraftRefused(ValueError):
    """A draft that is not a project tree (wrong types, too large); message in Chinese."""


def digest(data: bytes) -> str:
    """The version stamp of a file's bytes: the editor saves against it."""
    return hashlib.sha256(data).hexdigest()


def check_tree(tree: Any) -> dict[str, Any]:
    """Refuse a draft that holds anything but mappings of text keys, lists, texts and
    nulls, or too many of them; the loader's own limits apply to the text made of it."""
    if not isinstance(tree, dict):
        raise DraftRefused("草稿应是一个映射（项目文件的顶层）")
    count = 0
    stack: list[tuple[Any, int]] = [(tree, 0)]
    while stack:
        node, depth = stack.pop()
        count += 1
        if count > MAX_DRAFT_NODES or depth > 50:
            raise DraftRefused("草稿过大或嵌套过深")
        if isinstance(node, dict):
            for key, value in node.items():
                if not isinstance(key, str):
                    raise DraftRefused("草稿的键应是文字")
                stack.append((value, depth + 1))
        elif isinstance(node, list):
            stack.extend((item, depth + 1) for item in node)
        elif node is not None and not isinstance(node, str):
            raise DraftRefused("草稿的值应是文字")
    return tree


def new_text(original_text: str, original_tree: Any, draft: dict[str, Any], name: str) -> str:
    """The file's text with the draft's changes applied; the original when nothing changed.

    ``original_tree`` is what perfdocs read from ``original_text``
    (:func:`perfdocs.source.load_source`), the reference the page's untouched values
    equal.
    """
    if draft == original_tree:
        return original_text
    from perfdocs.loading.yamlfile import edit_text

    return edit_text(original_text, lambda document: merge(document, original_tree, draft),
                     name)


def merge(node: Any, before: Any, after: Any) -> Any:
    """``node`` (a round-trip YAML node read as ``before``) changed to read as ``after``.

    Mappings and lists are changed in place, so what the YAML document attaches to them
    (comments, flow style) stays; a value that did not change is returned as it was.
    """
    if after == before:
        return node
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(after, dict) and isinstance(node, CommentedMap) and isinstance(before, dict):
        for key in [k for k in node if k not in after]:
            del node[key]
        for key, value in after.items():
            if key in node:
                old = node[key]
                node[key] = merge(old, before.get(key), value)
                if not isinstance(old, (CommentedMap, CommentedSeq)):
                    _carry_comment(node, key)
            else:
                node[key] = fresh(value)
        if list(node.keys()) != list(after.keys()):
            for key in after:
                node.move_to_end(key)
        return node
    if isinstance(after, list) and isinstance(node, CommentedSeq) and isinstance(before, list):
        for index, value in enumerate(after):
            if index < len(node):
                old = before[index] if index < len(before) else None
                node[index] = merge(node[index], old, value)
            else:
                node.append(fresh(value))
        del node[len(after):]
        return node
    if isinstance(after, str):
        return _scalar(after, node)
    return fresh(after)


def _carry_comment(node: Any, key: str) -> None:
    """A text replaced by a mapping or list (修订 an earlier workbench saved as a quoted
    text, tester8 #1): the blank lines and comments that followed the text follow the new
    block, not its key (they would sit between ``修订:`` and its entries)."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    block = node[key]
    slot = node.ca.items.get(key)
    if not isinstance(block, (CommentedMap, CommentedSeq)) or not block or not slot \
            or len(slot) < 3 or slot[2] is None:
        return
    while True:  # onto the block's last text: the last entry of its last entry…
        last = list(block)[-1] if isinstance(block, CommentedMap) else len(block) - 1
        inner = block[last]
        if not isinstance(inner, (CommentedMap, CommentedSeq)) or not inner:
            break
        block = inner
    if isinstance(block, CommentedMap):
        block.ca.items[last] = [None, None, slot[2], None]
    else:
        block.ca.items[last] = [slot[2], None]
    slot[2] = None


def fresh(value: Any) -> Any:
    """A new YAML node for a value the file did not have."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    if isinstance(value, dict):
        out = CommentedMap()
        for key, item in value.items():
            out[key] = fresh(item)
        return out
    if isinstance(value, list):
        seq = CommentedSeq()
        seq.extend(fresh(item) for item in value)
        return seq
    if isinstance(value, str):
        return _scalar(value, None)
    return value


def _scalar(text: str, old: Any) -> Any:
    """A text in the style of the value it replaces: quotes and blocks kept. Any other
    text is plain where YAML allows (the writer reads every scalar as text, so ``2.50``
    stays ``2.50``), quoted where it must be."""
    from ruamel.yaml.scalarstring import (
        DoubleQuotedScalarString,
        LiteralScalarString,
        SingleQuotedScalarString,
    )

    if "\n" in text.strip("\n") or isinstance(old, LiteralScalarString):
        return LiteralScalarString(text if text.endswith("\n") else text + "\n")
    if isinstance(old, DoubleQuotedScalarString):
        return DoubleQuotedScalarString(text)
    if isinstance(old, SingleQuotedScalarString):
        return SingleQuotedScalarString(text)
    return text


def unified_diff(before: str, after: str, before_name: str, after_name: str) -> str:
    """A line diff for the page (the disk's version against the editor's)."""
    lines = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True),
                                 fromfile=before_name, tofile=after_name, n=2)
    return "".join(lines)
