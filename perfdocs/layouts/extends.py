"""``extends = "<layout>"``: a variant layout.toml states only what differs from its parent.

A province's form is usually the national one with a few changes (a 20-point execution
weight, a 备注 column, other grade cut-offs). Copying 300 lines of layout.toml to change
three would leave the copy behind every fix to its parent, so a variant names its parent
and holds only its changes. The files are merged key by key, the variant winning: tables
(``[forms."自评表".labels]`` …) merge, anything else — a number, a text, a list such as
``column_widths`` or the ``[[…grades]]`` — is replaced whole.

Every key remembers the file it came from, so a fault is reported at the file that holds
the faulty key (a variant's typo in its own file, a parent's fault in the parent's).
"""

from __future__ import annotations

import copy
import tomllib
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from perfdocs.errors import LayoutError, PerfdocsError
from perfdocs.records import Record

if TYPE_CHECKING:
    from perfdocs.layouts.checked_cache import Reads
    from perfdocs.loading.toml_lines import KeyLines, Table, TomlValue

LAYOUT_FILE = "layout.toml"
MAX_DEPTH = 8
"""Longest chain of parents; real variants go one or two deep, the bound stops a runaway."""
OWN_KEYS = ("name", "description", "extends", "drop_forms")
"""Top-level keys a variant never inherits: they describe the file itself."""


class Layer(Record, frozen=True, slots=True):
    """One layout.toml of a chain: its path, modification time and parsed table."""

    path: Path
    mtime: int
    data: Table


def read_toml(path: Path, reads: Reads | None = None) -> tuple[int, Table]:
    """(modification time, parsed table) of one layout.toml; faults name the file.
    ``reads`` (the checked-layout cache's record) is told the bytes that were parsed."""
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise LayoutError("版式文件不存在", file=path) from None
    table, digest = _parsed(path, mtime)
    if reads is not None:
        reads.files.append((str(path), digest))
    return mtime, table


MAX_LAYOUT_BYTES = 1024 * 1024
"""A layout.toml is a few KB; a bigger one is no layout (or /dev/zero behind a link)."""


@cache
def _parsed(path: Path, mtime: int) -> tuple[Table, str]:
    """The table of one layout.toml and the SHA-256 of the bytes it was parsed from."""
    from perfdocs.errors import InputError
    from perfdocs.files.digests import sha256
    from perfdocs.files.reading import read_capped

    try:  # stat first, regular files only, read with a cap
        raw = read_capped(path, MAX_LAYOUT_BYTES, "版式文件")
        return tomllib.loads(raw.decode("utf-8")), sha256(raw).hexdigest()
    except InputError as exc:
        raise LayoutError(exc.message, file=path) from None
    except UnicodeDecodeError:
        raise LayoutError("无法读取版式文件：不是 UTF-8 编码（请用 UTF-8 保存 layout.toml）",
                          file=path) from None
    except OSError as exc:
        from perfdocs.files.oserrors import reason

        raise LayoutError(f"无法读取版式文件：{reason(exc)}", file=path) from None
    except tomllib.TOMLDecodeError as exc:
        from perfdocs.loading.toml_messages import toml_error

        message, line = toml_error(exc)
        raise LayoutError(f"版式文件不是合法的 TOML：{message}", file=path, line=line) from None
    except RecursionError:
        raise LayoutError("版式文件嵌套层次过深：请检查方括号是否成对", file=path) from None


def key_lines_of(path: Path) -> KeyLines:
    """The line of every key of one layout.toml, for a message (read again only then)."""
    from perfdocs.files.reading import read_capped
    from perfdocs.loading.toml_lines import KeyLines, key_lines

    try:
        text = read_capped(path, MAX_LAYOUT_BYTES, "版式文件").decode("utf-8")
    except (PerfdocsError, OSError, UnicodeDecodeError):
        return KeyLines()
    return key_lines(text)


def chain(path: Path, search: list[Path], reads: Reads | None = None) -> tuple[Layer, ...]:
    """The layout at ``path`` and its parents, the farthest parent first.

    A parent is found next to the variant first (a folder of the same name beside it),
    then as a path relative to the variant's folder, then in ``search`` (the configured
    layout folders and the bundled ones). ``reads`` records every file read and every
    place a parent was looked for (perfdocs.layouts.checked_cache).
    """
    layers: list[Layer] = []
    seen: list[Path] = []
    current = path
    while True:
        if current in seen:
            names = " → ".join(p.parent.name for p in [*seen, current])
            raise LayoutError(f"extends 形成了循环：{names}", file=seen[-1], field="extends")
        if len(seen) >= MAX_DEPTH:
            raise LayoutError(f"extends 层次过深（超过 {MAX_DEPTH} 层）", file=current,
                              field="extends")
        seen.append(current)
        mtime, data = read_toml(current, reads)
        layers.append(Layer(current, mtime, data))
        parent = data.get("extends")
        if parent is None:
            break
        if not isinstance(parent, str) or not parent.strip():
            raise LayoutError("extends 应为所继承版式的名称，如 \"shanghai-2024\"",
                              file=current, field="extends")
        current = _find_parent(parent.strip(), current.parent, search, reads)
    return tuple(reversed(layers))


def _find_parent(name: str, folder: Path, search: list[Path], reads: Reads | None) -> Path:
    candidates = [folder.parent / name, folder / name, *(root / name for root in search)]
    for candidate in candidates:
        file = candidate / LAYOUT_FILE
        if _is_file(file, reads):
            return file.resolve()
    from perfdocs.loading.validation_messages import nearest

    here = folder / LAYOUT_FILE
    known = sorted({d.name for root in [folder.parent, *search] if root.is_dir()
                    for d in root.iterdir() if (d / LAYOUT_FILE).is_file() and d != folder})
    near = nearest(name, known)
    hint = f"是不是「{near}」？" if near else ""
    raise LayoutError(f"extends 所指的版式「{name}」找不到（在同级文件夹和已安装的版式中都没有）"
                      f"{'，' + hint if hint else ''}可用的版式：{'、'.join(known) or '无'}",
                      file=here, line=key_lines_of(here).line_of(("extends",)), field="extends")


def merge(layers: tuple[Layer, ...], reads: Reads | None = None
          ) -> tuple[Table, dict[str, Path]]:
    """The layers merged (the last wins) and, for every key path, the file that set it.

    Key paths are written as layout messages write them: ``forms.自评表.scoring.grades``.
    Form templates (``template``, or a ``<form>.docx`` beside a layout.toml) are resolved
    against the folder of the file that names them, so a variant inherits its parent's
    Word template unless its own folder has one. ``reads`` records where a template was
    looked for.
    """
    merged: Table = {}
    origins: dict[str, Path] = {}
    for index, layer in enumerate(layers):
        data = copy.deepcopy(layer.data)
        if index < len(layers) - 1:
            for key in OWN_KEYS:
                data.pop(key, None)
        _merge_into(merged, data, origins, layer.path, "")
        _resolve_templates(merged, layer, reads)
        if index < len(layers) - 1:
            _drop_inherited(merged, origins, layer.data.get("drop_forms"))
    return merged, origins


def _drop_inherited(merged: Table, origins: dict[str, Path], names: object) -> None:
    """A parent's ``drop_forms`` holds for its variants too: a form the parent dropped does
    not come back from the grandparent (a variant of whole-2019 got the 申报表 national-2020
    has and whole-2019 drops). The variant's own list is checked, with its faults, later;
    a parent's was checked when the parent was read."""
    forms = merged.get("forms")
    if not isinstance(names, list) or not isinstance(forms, dict):
        return
    for name in names:
        if isinstance(name, str) and name in forms:
            del forms[name]
            for known in [k for k in origins
                          if k == f"forms.{name}" or k.startswith(f"forms.{name}.")]:
                del origins[known]


def _merge_into(base: Table, over: Table, origins: dict[str, Path],
                file: Path, prefix: str) -> None:
    for key, value in over.items():
        path = f"{prefix}.{key}" if prefix else str(key)
        for known in [k for k in origins if k.startswith((path + ".", path + "["))]:
            if not (isinstance(value, dict) and isinstance(base.get(key), dict)):
                del origins[known]
        origins[path] = file
        if isinstance(value, dict):
            table = base.get(key)
            if not isinstance(table, dict):
                table = base[key] = {}
            _merge_into(table, value, origins, file, path)
        else:
            base[key] = value
            if isinstance(value, list):
                _note_items(value, origins, file, path)


def _note_items(items: list[TomlValue], origins: dict[str, Path], file: Path,
                prefix: str) -> None:
    """Record the file of every key inside a list of tables (``grades[2].min``)."""
    for index, item in enumerate(items):
        path = f"{prefix}[{index + 1}]"
        origins[path] = file
        if isinstance(item, dict):
            for key in item:
                origins[f"{path}.{key}"] = file


def _resolve_templates(merged: Table, layer: Layer, reads: Reads | None) -> None:
    """Turn the layer's ``template`` keys into paths, and pick up ``<form>.docx`` files."""
    forms = merged.get("forms")
    if not isinstance(forms, dict):
        return
    own = layer.data.get("forms") if isinstance(layer.data.get("forms"), dict) else {}
    for kind, form in forms.items():
        if not isinstance(form, dict):
            continue
        mine = own.get(kind) if isinstance(own, dict) else None
        named = mine.get("template") if isinstance(mine, dict) else None
        if isinstance(named, str) and named.strip():
            form["template"] = str(layer.path.parent / named.strip())
        elif _is_file(beside := layer.path.parent / f"{kind}.docx", reads):
            form["template"] = str(beside)


def _is_file(path: Path, reads: Reads | None) -> bool:
    """``path.is_file()``, told to ``reads`` when there is one."""
    return reads.probe(path) if reads is not None else path.is_file()


def file_of(field: str | None, origins: dict[str, Path], default: Path) -> Path:
    """The file holding ``field`` (``forms.自评表.columns.level3``), or its nearest table's."""
    key = field or ""
    while key:
        if key in origins:
            return origins[key]
        cut = max(key.rfind("."), key.rfind("["))
        key = key[:cut] if cut > 0 else ""
    return default
