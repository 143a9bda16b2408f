"""A TrueType file put together from its tables, as a subset embedded in a PDF.

The layout reportlab's ``TTFontMaker`` gives a subset (so the PDF's bytes are the same):
an sfnt header (version 1.0, the table count and its binary-search fields), the table
directory in tag order, each table padded to four bytes, ``head``'s
``checkSumAdjustment`` zeroed for the sums and then set so that the whole file sums to
0xB1B0AFBA, as the TrueType specification asks.
"""

from __future__ import annotations

from struct import pack, unpack_from

_MASK = 0xFFFFFFFF


def checksum(data: bytes) -> int:
    """The TrueType checksum: the sum of the data as big-endian 32-bit words (zero-padded
    to a whole word), modulo 2**32."""
    tail = len(data) & 3
    if tail:
        data = data + b"\0" * (4 - tail)
    total: int = sum(unpack_from(f">{len(data) >> 2}L", data))
    return total & _MASK


def set_ushort(data: bytes, offset: int, value: int) -> bytes:
    """``data`` with the big-endian unsigned short at ``offset`` replaced by ``value``."""
    return data[:offset] + pack(">H", value) + data[offset + 2:]


def font_file(tables: dict[str, bytes], sums: dict[str, int] | None = None) -> bytes:
    """The TrueType file holding ``tables`` (tag → contents); ``head`` is required.

    ``sums`` may give tables' checksums the caller knows already (:func:`checksum` of the
    contents, ``head`` excepted: its sum is taken with the adjustment zeroed). The whole
    file's sum is put together from the directory's and the tables' (each table starts on
    a four-byte boundary and is padded with zeros, so its words are the file's), not
    summed again over ≈ 100 KB."""
    tables = dict(tables)
    head = tables["head"]
    tables["head"] = head[:8] + b"\0\0\0\0" + head[12:]
    count = len(tables)
    search = 1
    selector = 0
    while search * 2 <= count:
        search *= 2
        selector += 1
    search *= 16
    parts = [pack(">lHHHH", 0x00010000, count, search, selector, count * 16 - search)]
    offset = 12 + count * 16
    total = 0
    known = sums or {}
    ordered = sorted(tables.items())
    for tag, data in ordered:
        found = known.get(tag) if tag != "head" else None
        table_sum = checksum(data) if found is None else found
        total += table_sum
        parts.append(tag.encode("latin-1") + pack(">LLL", table_sum, offset, len(data)))
        offset += (len(data) + 3) & ~3
    total += checksum(b"".join(parts))
    adjustment = (0xB1B0AFBA - total) & _MASK
    for tag, data in ordered:
        if tag == "head":
            data = head[:8] + pack(">L", adjustment) + head[12:]
        parts.append(data)
        tail = len(data) & 3
        if tail:
            parts.append(b"\0" * (4 - tail))
    return b"".join(parts)
