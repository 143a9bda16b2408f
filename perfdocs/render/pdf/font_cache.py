"""A per-user cache of parsed TrueType fonts, so a new process does not parse them again.

reportlab parses a font's tables (names, metrics, the character map, every glyph's
advance and position) in pure Python each time a process registers it: ~0.1 s for AR PL
UMing, as much again for the bold WenQuanYi Zen Hei, most of the start-up of a one-form
``perfdocs render``. The result depends only on those tables, so it is kept in a cache
file per font face and reused byte for byte: the PDF is the same with or without the cache.

The key is what identifies the font *file* as the system sees it — its path, size,
modification and change times (nanoseconds), inode and device — with the face's table
directory (each table's checksum, offset and length, as the font's maker wrote them), its
``head`` table (which holds the whole file's checksum) and perfdocs' and reportlab's
versions of the parse. So a process does not read and hash the 1.5 MB of tables the parse
reads (≈ 1 ms a CJK face, and the page faults of touching them), and a font file that is
edited, replaced, copied over or touched in any way is a miss: a write changes its change
time, which no program can set back; a replaced file has another inode. (Before, the key
was the SHA-256 of those tables: a font edited without changing them still hit.)

Where (see README, "字体缓存"): ``PERFDOCS_FONT_CACHE`` when set (``0`` or ``off``
turns the cache off), else ``%LOCALAPPDATA%\\perfdocs\\cache\\fonts`` on Windows,
``~/Library/Caches/perfdocs/fonts`` on macOS and ``$XDG_CACHE_HOME/perfdocs/fonts``
(``~/.cache/perfdocs/fonts``) elsewhere. At most :data:`MAX_ENTRIES` files (≈ 1–3 MB
each) are kept; the oldest go first.

Safe by construction: a file is written under a temporary name and renamed into place
(concurrent runs write the same bytes; a run killed mid-write leaves only a temporary
file, removed later); it carries the length and CRC-32 of its contents
(:func:`perfdocs.files.user_cache.read_quick_entry`: a third of the cost of the SHA-256 it
carried before), and one that does not match, cannot be read or holds anything but numbers
and names is ignored and rewritten. A cache
folder that cannot be created or written is no error: the font is parsed as before.
"""

from __future__ import annotations

import gc
import marshal
import mmap
import os
import sys
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from pathlib import Path
from weakref import WeakKeyDictionary

from perfdocs import _compat
from perfdocs.files import user_cache
from perfdocs.files.digests import sha256

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any

CACHE_VARIABLE = "PERFDOCS_FONT_CACHE"
FORMAT = b"perfdocs-font-cache 4\n"
"""The file's first bytes; a new layout of the file gets a new number."""
MAX_ENTRIES = 16
MAX_FILE_BYTES = 64 * 1024 * 1024
"""Larger than the parse of any font (AR PL UMing's is ≈ 1.5 MB); a bigger file is ignored."""


def cache_dir() -> Path | None:
    """The folder parsed fonts are kept in, or None when the cache is turned off."""
    return user_cache.cache_dir(CACHE_VARIABLE, "fonts")


def load_font(name: str, path: str, index: int) -> Any:
    """A reportlab ``TTFont`` named ``name`` for face ``index`` of ``path``.

    The same object ``TTFont(name, path, subfontIndex=index)`` gives, its table parse
    taken from the cache when the tables are unchanged. Raises what reportlab raises for a
    file it cannot read (``TTFError``, ``OSError``, …); the cache itself never raises.
    """
    data, info = _map(path)
    face = _compat.open_face(path, data, index)
    folder = cache_dir()
    key = _key(face, path, index, info) if folder is not None else None
    state = _read(user_cache.entry_file(folder, key)) if folder is not None and key else None
    if state is None:
        state = _compat.parse_face(face)
        if folder is not None and key:
            _write(folder, key, state)
    else:
        advances = state.pop(ADVANCES, None)
        _compat.restore_face(face, state)
        if advances is not None:
            _ADVANCES[face] = frozenset(advances)
    font = _compat.font_of_face(name, face)
    widths = getattr(face, "charWidths", None)
    if isinstance(widths, _LookupTable):
        _compat.prime_before_measuring(font, widths.prime)
    return font


ADVANCES = " distinct advances"
"""The cache file's entry (not a face attribute: the leading space) holding the distinct
values of ``charWidths`` — a few hundred of a CJK face's 10^4 — which the PDF writer
checks once per process (``writer._exact_sums``) instead of walking every advance."""
_ADVANCES: WeakKeyDictionary[Any, frozenset[Any]] = WeakKeyDictionary()


def distinct_advances(face: Any) -> frozenset[Any]:
    """The distinct values of ``face.charWidths``: from the cache file when the face came
    from it, else (and then kept) from the face itself."""
    found = _ADVANCES.get(face)
    if found is None:
        found = _ADVANCES[face] = frozenset(face.charWidths.values())
    return found


def _map(path: str) -> tuple[bytes | mmap.mmap, os.stat_result]:
    """The font file's bytes, mapped read-only (only the pages a PDF needs are read), and
    the status of that very file (taken on the open file: no other file's)."""
    with open(path, "rb") as fh:
        info = os.fstat(fh.fileno())
        try:
            return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ), info
        except (OSError, ValueError):  # an empty file, a file system without mmap
            fh.seek(0)
            return fh.read(), info


def _key(face: Any, path: str, index: int, info: os.stat_result) -> str | None:
    """SHA-256 of what names this parse: the font file (absolute path, size, modification
    and change times, inode, device), the face's index, table directory and ``head``
    table, reportlab's and Python's versions and the settings that change the parse
    (see the module's docstring)."""
    try:
        from reportlab import Version, rl_config

        settings = (Version, sys.version_info[:2], os.path.abspath(path), index,
                    sorted(getattr(rl_config, "allowTTFSubsetting", []) or []),
                    getattr(rl_config, "autoGenerateTTFMissingTTFName", None))
        tables = [(t["tag"], t["checksum"], t["offset"], t["length"]) for t in face.tables]
        start, length = face.get_table_pos("head")
        return key_of(settings, info, tables, face._ttf_data[start:start + min(length, 256)])
    except Exception:  # a broken directory: reportlab's parse will say what is wrong
        return None


def key_of(settings: tuple[Any, ...], info: os.stat_result,
           tables: list[tuple[str, int, int, int]], head: bytes) -> str:
    """The cache key of :func:`_key` from its parts (also computed without reportlab by
    :mod:`.native.faces`, which reads the table directory itself)."""
    file = (info.st_size, info.st_mtime_ns, info.st_ctime_ns, info.st_ino, info.st_dev)
    digest = sha256(FORMAT)  # CPython's own: no OpenSSL loaded (files/digests)
    digest.update(repr((settings, file, tables)).encode("utf-8"))
    digest.update(head)
    return digest.hexdigest()


# --- the file: FORMAT, CRC-32 and length of the payload, the payload (marshal of plain values) -


def _read(file: Path, name: Callable[[str], Any] | None = None) -> dict[str, Any] | None:
    payload = user_cache.read_quick_entry(file, FORMAT, MAX_FILE_BYTES)
    if payload is None:
        return None
    collecting = gc.isenabled()
    gc.disable()  # ~10^5 new lists and tuples: the collector would walk them again and again
    try:
        return _unpack_state(marshal.loads(payload), name)
    except Exception:  # not ours after all: parse again and rewrite
        return None
    finally:
        if collecting:
            gc.enable()


def _write(folder: Path, key: str, state: dict[str, Any]) -> None:
    try:
        packed = _pack_state(state)
        payload = marshal.dumps(packed) if packed is not None else None
    except Exception:  # not plain values after all: nothing is kept
        return
    if payload is not None:
        user_cache.write_entry(folder, key, FORMAT, payload, MAX_ENTRIES, quick=True)


# --- the parsed state as plain values: arrays of numbers travel as bytes ----------------------


def _pack_state(state: dict[str, Any]) -> dict[str, tuple[Any, ...]] | None:
    """``state`` as marshal-able tuples, or None when it would not come back identical."""
    packed = {key: _pack(value) for key, value in state.items()}
    if not _same(_unpack_state(packed), state):
        return None
    advances = sorted(set(state["charWidths"].values()))
    packed[ADVANCES] = _pack(advances)
    return packed


def _unpack_state(packed: Any, name: Callable[[str], Any] | None = None) -> dict[str, Any]:
    """The state :func:`_pack_state` packed; a face's names as reportlab's ``TTFNameBytes``
    unless ``name`` makes them otherwise (the native writer's plain bytes)."""
    if not isinstance(packed, dict):
        raise ValueError("not a parsed font")
    state = {str(key): _unpack(value, name) for key, value in packed.items()}
    advances = state.get(ADVANCES, [])
    if not isinstance(advances, Sequence) or not all(type(w) in (int, float)
                                                     for w in advances):
        raise ValueError("distinct advances that are not numbers")
    for key, kind in (("charToGlyph", dict), ("charWidths", dict), ("hmetrics", Sequence),
                      ("glyphPos", Sequence), ("unitsPerEm", int), ("name", bytes)):
        if not isinstance(state.get(key), kind):
            raise ValueError(f"parsed font without {key}")
    return state


INT_CODES = ("B", "H", "I", "q")
"""Array types for a column of non-negative ints, smallest first (``I`` is 4 bytes on every
platform CPython runs on; ``q`` 8); a column with a negative number is kept as ``q``."""
FLOAT_CODES = ("f", "d")
"""Array types for a column of floats: ``f`` when every value survives float32 exactly
(reportlab's advances are multiples of 1000/unitsPerEm, exact in float32 for the usual
powers of two), else ``d``."""
CODES = frozenset(INT_CODES + FLOAT_CODES)


def _column(kind: type, values: list[Any]) -> tuple[str, bytes]:
    """``values`` (all ints or all floats) in the smallest array type that holds each one
    exactly: a column of glyph numbers in 2 bytes an item instead of 8, so that the cache
    file a process reads and checks is ≈ 40 % of the 8-byte layout."""
    if kind is int:
        codes = INT_CODES if not values or min(values) >= 0 else ("q",)
        for code in codes:
            try:
                return code, array(code, values).tobytes()
            except OverflowError:
                continue
        raise OverflowError("an int beyond 64 bits")
    single = array("f", values)
    if single.tolist() == values:
        return "f", single.tobytes()
    return "d", array("d", values).tobytes()


def _array(code: Any, raw: Any) -> array[Any]:
    if code not in CODES:
        raise ValueError(f"unknown array type {code!r}")
    return array(code, raw)


def _ints(values: Any) -> tuple[str, bytes]:
    return _column(int, list(values))


def _int_list(packed: Any) -> list[int]:
    code, raw = packed
    if code not in INT_CODES:
        raise ValueError(f"not an array of ints: {code!r}")
    return array(code, raw).tolist()


def _numbers(values: list[Any]) -> tuple[tuple[str, bytes], ...] | None:
    """Ints and floats as runs of one type each (:func:`_column`), the order kept, or
    None when there is anything else. reportlab mixes them: an advance width is an int in
    the first ``hmtx`` entries and a scaled float after them."""
    runs: list[tuple[str, bytes]] = []
    start = 0
    while start < len(values):
        kind = type(values[start])
        if kind not in (int, float):
            return None
        stop = start + 1
        while stop < len(values) and type(values[stop]) is kind:
            stop += 1
        runs.append(_column(kind, values[start:stop]))
        start = stop
    return tuple(runs)


def _number_list(runs: Any) -> list[Any]:
    out: list[Any] = []
    for code, raw in runs:
        out.extend(_array(code, raw).tolist())
    return out


def _pack(value: Any) -> tuple[Any, ...]:
    if _compat.is_name_bytes(value):
        return ("name", value.ustr)
    if type(value) is list:
        numbers = _numbers(value)
        if numbers is not None:
            return ("numbers", numbers)
        if all(type(v) is tuple and len(v) == 2 for v in value):
            first, second = _numbers([v[0] for v in value]), _numbers([v[1] for v in value])
            if first is not None and second is not None:
                return ("pairs", first, second)
    if type(value) is dict and all(type(k) is int for k in value):
        values = list(value.values())
        if _numbers(values) is not None:  # a character map, a table of advances
            return _pack_lookup(value)
        if all(type(v) is list and v and all(type(i) is int for i in v) for v in values):
            # reportlab's glyph → characters: nearly every list holds one character
            longer = [at for at, v in enumerate(values) if len(v) > 1]
            return ("int->ints", _ints(value), _ints(v[0] for v in values), _ints(longer),
                    _ints(len(values[at]) - 1 for at in longer),
                    _ints(i for at in longer for i in values[at][1:]))
    return ("plain", value)


def _unpack(packed: Any, name: Callable[[str], Any] | None = None) -> Any:
    kind = packed[0]
    if kind == "name":
        return (name or _compat.name_bytes)(packed[1])
    if kind == "numbers":
        return _numbers_back(packed[1])
    if kind == "pairs":
        return _Pairs(_numbers_back(packed[1]), _numbers_back(packed[2]))
    if kind == "lookup":
        return _LookupTable(*_lookup_parts(packed[1:4]))
    if kind == "int->ints":
        return _OnDemandDict(lambda: _lists(packed[1:6]))
    if kind == "plain" and _plain(packed[1]):
        return packed[1]
    raise ValueError(f"unknown entry {kind!r}")


LONG = 256
"""From this length on a column of numbers comes back as arrays (see :class:`_Column`)."""


def _numbers_back(runs: Any) -> Sequence[Any]:
    """A short list as a list; a long one as a :class:`_Column` over the runs' arrays."""
    arrays = [_array(code, raw) for code, raw in runs]
    if sum(map(len, arrays)) < LONG:
        return [item for column in arrays for item in column.tolist()]
    if len(arrays) == 1:
        # one run: the array itself, indexed in C (the subsetter reads ~800 items a subset)
        return arrays[0]
    return _Column(arrays)


class _Column(Sequence["Any"]):
    """A long column of numbers (a glyph's offset, advance or bearing) over arrays.

    reportlab only indexes these. As lists of 45,000 numbers they would be walked by every
    full garbage collection (≈ 20 ms each with two CJK fonts loaded); arrays hold no
    references, so the collector skips them. Ints come back as ints and floats as floats,
    run by run, as the parse made them.
    """

    __slots__ = ("_arrays", "_length", "_starts")

    def __init__(self, arrays: list[array[Any]]) -> None:
        self._arrays = arrays
        self._starts: list[int] = []
        at = 0
        for column in arrays:
            self._starts.append(at)
            at += len(column)
        self._length = at

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index: int | slice) -> Any:
        # an int in range first: the subsetter asks this of every glyph of a subset
        if type(index) is int and 0 <= index < self._length:
            run = bisect_right(self._starts, index) - 1
            return self._arrays[run][index - self._starts[run]]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if len(self._arrays) == 1:
            return self._arrays[0][index]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        run = bisect_right(self._starts, index) - 1
        return self._arrays[run][index - self._starts[run]]

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


def _lists(parts: Any) -> dict[int, list[int]]:
    keys, firsts, longer, counts, rest = (_int_list(part) for part in parts)
    lists = list(map(list, zip(firsts)))  # [first] for each key, built in C
    at = 0
    for position, count in zip(longer, counts, strict=True):
        lists[position].extend(rest[at:at + count])
        at += count
    return dict(zip(keys, lists, strict=True))


class _Pairs(Sequence["tuple[Any, Any]"]):
    """reportlab's ``hmetrics`` (advance, left side bearing per glyph) over two columns.

    The subsetter only indexes it; a list of 45,000 tuples would be 45,000 more objects
    for the garbage collector to walk.
    """

    __slots__ = ("_first", "_second")

    def __init__(self, first: Sequence[Any], second: Sequence[Any]) -> None:
        if len(first) != len(second):
            raise ValueError("pairs of unequal length")
        self._first, self._second = first, second

    def __len__(self) -> int:
        return len(self._first)

    def __getitem__(self, index: int | slice) -> Any:
        if isinstance(index, slice):
            return list(zip(self._first[index], self._second[index], strict=True))
        return (self._first[index], self._second[index])

    def columns(self) -> tuple[Sequence[Any], Sequence[Any]]:
        """The two columns (advances, bearings), for a reader of many glyphs."""
        return self._first, self._second

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list) else NotImplemented

    __hash__ = None  # type: ignore[assignment]


class _OnDemandDict(dict[int, list[int]]):
    """reportlab's glyph → characters map, built the first time anything reads it.

    Only text shaping (uharfbuzz, which perfdocs does not use) reads it after the parse:
    building its 45,000 lists would cost time and garbage-collector walks for nothing.
    """

    def __init__(self, build: Callable[[], dict[int, list[int]]]) -> None:
        super().__init__()
        self._build: Callable[[], dict[int, list[int]]] | None = build

    def _fill(self) -> None:
        build, self._build = self._build, None
        if build is not None:
            dict.update(self, build())


def _filling(name: str) -> Any:
    method = getattr(dict, name)

    def call(self: _OnDemandDict | _LookupTable, *args: Any, **kwargs: Any) -> Any:
        self._fill()
        return method(self, *args, **kwargs)

    call.__name__ = name
    return call


for _name in ("__getitem__", "__setitem__", "__delitem__", "__contains__", "__iter__",
              "__len__", "__eq__", "__ne__", "__repr__", "__reversed__", "__or__", "__ior__",
              "get", "setdefault", "pop", "popitem", "items", "keys", "values", "update",
              "copy", "clear"):
    setattr(_OnDemandDict, _name, _filling(_name))


def _pack_lookup(table: dict[int, Any]) -> tuple[Any, ...]:
    """An int → number map (a character map, a table of advances) as its keys sorted, the
    values in that order and, when the map was filled in another order, each entry's
    place among the sorted keys (so that the whole map comes back in its own order)."""
    keys = list(table)
    values = list(table.values())
    ranked = sorted(range(len(keys)), key=keys.__getitem__)
    place = [0] * len(keys)
    for at, i in enumerate(ranked):
        place[i] = at
    in_order = all(at == i for at, i in enumerate(ranked))
    return ("lookup", _ints(keys[i] for i in ranked), _palette([values[i] for i in ranked]),
            _ints([] if in_order else place))


def _palette(values: list[Any]) -> tuple[Any, ...]:
    """A column of numbers as runs of one type (:func:`_numbers`: a character map's glyph
    numbers) or, when few values repeat, as its distinct values (1 and 1.0 apart) and each
    item's index among them: a face's ~10^4 advances take a dozen to a few hundred values,
    and sorted by character their ints and floats alternate (runs would be thousands)."""
    distinct: dict[tuple[type, Any], int] = {}
    index = [distinct.setdefault((type(v), v), len(distinct)) for v in values]
    if len(distinct) * 4 > len(values):
        return ("runs", _numbers(values))
    return ("palette", _numbers([v for _kind, v in distinct]), _ints(index))


def _column_back(packed: Any) -> Sequence[Any]:
    kind = packed[0]
    if kind == "runs":
        return _numbers_back(packed[1])
    if kind == "palette":
        code, raw = packed[2]
        if code not in INT_CODES:
            raise ValueError(f"an index that is not ints: {code!r}")
        return _Indexed(_number_list(packed[1]), array(code, raw))
    raise ValueError(f"unknown column {kind!r}")


class _Indexed(Sequence["Any"]):
    """A :func:`_palette` column read back: item ``i`` is ``values[index[i]]``."""

    __slots__ = ("_index", "_values")

    def __init__(self, values: Sequence[Any], index: array[Any]) -> None:
        # not checked item by item (2 ms a face): the entry's SHA-256 and the round trip
        # checked before it was written vouch for it
        self._values, self._index = values, index

    def __len__(self) -> int:
        return len(self._index)

    def __getitem__(self, at: int | slice) -> Any:
        if isinstance(at, slice):
            return list(map(self._values.__getitem__, self._index[at]))
        return self._values[self._index[at]]


def _lookup_parts(parts: Any) -> tuple[array[Any], Sequence[Any], array[Any] | None]:
    (code, raw), runs, places = parts
    if code not in INT_CODES:
        raise ValueError(f"keys that are not ints: {code!r}")
    keys = array(code, raw)
    values = _column_back(runs)
    code, raw = places
    if code not in INT_CODES:
        raise ValueError(f"places that are not ints: {code!r}")
    place = array(code, raw) or None
    if len(values) != len(keys) or (place is not None and len(place) != len(keys)):
        raise ValueError("a lookup table of unequal columns")
    return keys, values, place


_ABSENT: Any = object()


class _LookupTable(dict[int, "Any"]):
    """reportlab's character → glyph and character → advance maps, read entry by entry.

    A CJK face maps 2·10^4–4·10^4 characters; building those two dicts from the cache was
    most of a warm start's font time (≈ 25 ms for the four faces of a form), while a form
    draws a few hundred characters. This dict holds only the entries asked for so far and
    finds any other in the cache file's sorted columns (a binary search in C) the first
    time it is asked for, so every lookup answers what the full map answers. Anything that
    sees the map whole (iterating it, comparing it, changing it, a key that is not an int)
    first fills it whole, in the order the parse made it.

    reportlab's C ``stringWidth`` reads the advances with ``PyDict_GetItem``, past any
    method here: :func:`load_font` has the font's ``stringWidth`` :meth:`prime` the text's
    characters first (:func:`perfdocs._compat.prime_before_measuring`).
    """

    __slots__ = ("_keys", "_place", "_values", "_whole")

    def __init__(self, keys: array[Any], values: Sequence[Any],
                 place: array[Any] | None) -> None:
        super().__init__()
        self._keys: array[Any] | None = keys
        self._values: Sequence[Any] | None = values
        self._place = place
        self._whole = False

    def _find(self, key: int) -> Any:
        """The value of ``key`` (now also held in the dict itself), or :data:`_ABSENT`."""
        keys, values = self._keys, self._values
        assert keys is not None and values is not None
        at = bisect_left(keys, key)
        if at < len(keys) and keys[at] == key:
            value = values[at]
            dict.__setitem__(self, key, value)
            return value
        return _ABSENT

    def _fill(self) -> None:
        """Every entry, in the order the parse made them."""
        if self._whole:
            return
        keys, values, place = self._keys, self._values, self._place
        assert keys is not None and values is not None
        self._whole = True
        dict.clear(self)
        if place is None:
            dict.update(self, zip(keys, values, strict=True))
        else:
            dict.update(self, zip(map(keys.__getitem__, place),
                                  map(values.__getitem__, place), strict=True))
        self._keys = self._values = self._place = None

    def prime(self, text: str) -> None:
        """Hold the entries of ``text``'s characters in the dict itself (for C readers)."""
        if self._whole:
            return
        for key in set(map(ord, text)):
            if not dict.__contains__(self, key):
                self._find(key)

    def __missing__(self, key: Any) -> Any:
        if not self._whole:
            if type(key) is int:
                value = self._find(key)
                if value is not _ABSENT:
                    return value
            else:  # 32.0, True…: equal to an int key; the whole map answers as a dict does
                self._fill()
                return self[key]
        raise KeyError(key)

    def __contains__(self, key: object) -> bool:
        if dict.__contains__(self, key):
            return True
        if self._whole:
            return False
        if type(key) is int:
            return self._find(key) is not _ABSENT
        self._fill()
        return dict.__contains__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        value = dict.get(self, key, _ABSENT)
        if value is not _ABSENT:
            return value
        if self._whole:
            return default
        try:
            return self[key]
        except KeyError:
            return default

    def __len__(self) -> int:
        return dict.__len__(self) if self._keys is None else len(self._keys)


for _name in ("__setitem__", "__delitem__", "__iter__", "__eq__", "__ne__", "__repr__",
              "__reversed__", "__or__", "__ror__", "__ior__", "setdefault", "pop", "popitem",
              "items", "keys", "values", "update", "copy", "clear"):
    setattr(_LookupTable, _name, _filling(_name))


def _plain(value: Any) -> bool:
    """Numbers, strings and lists/tuples of them: nothing else is taken from a cache file."""
    if value is None or type(value) in (bool, int, float, str, bytes):
        return True
    if type(value) in (list, tuple):
        return all(_plain(v) for v in value)
    return False


def _same(a: Any, b: Any) -> bool:
    """Equal and of the same types all the way down (1 and 1.0 are not the same here);
    the stand-ins above (and a one-run column's array) compare as the list and the dict
    they stand for."""
    if isinstance(a, _Pairs | _Column | array):
        a = list(a)
    if isinstance(a, _OnDemandDict | _LookupTable):
        a = dict(a.items())
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return a.keys() == b.keys() and list(a) == list(b) and all(
            _same(a[k], b[k]) for k in a)
    if isinstance(a, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if _compat.is_name_bytes(a):
        return bytes(a) == bytes(b) and a.ustr == b.ustr
    return bool(a == b)
