"""A packet's projects from the render cache: what did not change is not rendered again.

A packet is built whole in a folder of its own and then swapped in for the old one
(:mod:`perfdocs.packet.packet`), so on a rebuild every project's files must be in the
new folder, changed or not. A project whose inputs did not change gets them from its
cache entry (:mod:`perfdocs.engine.cache`) instead of being rendered; a file the packet
being replaced already holds with the same bytes under the same name is hard-linked
from there (no write, no wait on the disk), any other is written as a render writes it.

Records are plain data (:func:`perfdocs.records.asdict` of the packet's ``Rendered``), with
the files' paths relative to the packet folder, so an entry serves any later build.
The validation every packet starts with is served the same way (:func:`validated`).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any

from perfdocs.engine import cache
from perfdocs.errors import PerfdocsError

if TYPE_CHECKING:
    from perfdocs.errors import Diagnostic
    from perfdocs.forms.summary.builder import Entry as SummaryEntry
    from perfdocs.loading.settings import Settings

BIND_FOLDER = ".bind"
"""The packet's folder of footer-less PDF copies for the bound PDF (removed once bound)."""


def stored(out: Path, key: str, record: dict[str, Any], built: Path,
           layout_paths: tuple[str, ...]) -> None:
    """Keep a rendered project of the packet being ``built`` under ``key`` in ``out``'s cache.

    Its files are read back from the packet folder (the worker wrote them there). Nothing
    is stored when a file lies outside the folder or the layout cannot be read: the cache
    only ever costs a render, never a wrong file.
    """
    pdfs = [(str(stem), str(pdf)) for stem, pdf in record["pdfs"]]
    paths = [str(f) for f in record["files"]] + [pdf for _stem, pdf in pdfs]
    relative = [cache.relative(path, built) for path in paths]
    depends = cache.inputs_of(str(record.get("layout_folder") or ""), layout_paths,
                              record.get("templates") or ())
    if depends is None or not record.get("layout_folder") or any(r is None for r in relative):
        return
    try:
        files = [(str(rel), Path(path).read_bytes())
                 for rel, path in zip(relative, paths, strict=True)]
    except OSError:
        return
    kept = dict(record)
    kept["files"] = relative[:len(record["files"])]
    kept["pdfs"] = [[stem, rel] for (stem, _pdf), rel
                    in zip(pdfs, relative[len(record["files"]):], strict=True)]
    entry = cache.Entry(str(record["path"]), (str(record["project"]), str(record["unit"])),
                        [], [], files, [], "", depends, kept)
    cache.store(out, key, entry)


def reused(out: Path, key: str, built: Path, previous: Path) -> dict[str, Any] | None:
    """The record stored under ``key``, its files placed in the packet being ``built``.

    None when there is no whole entry (the project is then rendered). ``previous`` is
    the packet folder being replaced, whose identical files are linked, not written.
    """
    from perfdocs.engine.output import inside

    entry = cache.load(out, key)
    if entry is None:
        return None
    record = dict(entry.record)
    try:
        placed = {rel: inside(built, *_segments(rel)) for rel, _data in entry.files}
        for rel, data in entry.files:
            _place(placed[rel], data, rel, previous)
        record["files"] = [str(placed[str(rel)]) for rel in record["files"]]
        record["pdfs"] = [(str(stem), str(placed[str(rel)])) for stem, rel in record["pdfs"]]
    except (PerfdocsError, KeyError, TypeError, ValueError):
        return None
    return record


def _segments(relative: str) -> list[str]:
    """A stored relative path's parts; an entry naming "..", "." or "" is refused."""
    parts = relative.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError(relative)
    return parts


def _place(target: Path, data: bytes, relative: str, previous: Path) -> None:
    """Put ``data`` at ``target``: linked from ``previous`` when it holds the same bytes."""
    from perfdocs.engine.output import inside
    from perfdocs.files.writing import unchanged, write_set

    target.parent.mkdir(parents=True, exist_ok=True)
    if relative.startswith(BIND_FOLDER + "/"):
        target.write_bytes(data)  # a working copy, removed once bound: no fsync needed
        return
    if previous.is_dir() and not previous.is_symlink():
        try:
            old = inside(previous, *_segments(relative))
            if unchanged(old, data):
                os.link(old, target)
                return
        except (OSError, PerfdocsError):
            pass  # no hard links here (FAT, some shares), or the old file is gone: write
    write_set([(target, data)])


def validated(path: str, settings: Settings, layout: str | None, out: Path,
              digest: str | None, *, strict: bool = False, without: str | None = None
              ) -> tuple[SummaryEntry, list[Diagnostic]]:
    """What a packet keeps of one validated project file (its 一览表 line, unit, year), and
    the file's warnings and notes (what ``render`` prints for it).

    A packet validates every file before it writes anything; for 200 projects that is
    about 200 loads, checks and computations, the largest part of a rebuild after the
    forms. A file whose key (its bytes, the layout's files, the settings, perfdocs) has
    an entry was valid with exactly these inputs and is not validated again; its line
    and its findings come from the entry, so a reused project says its warnings as a
    validated one does. Raises what :func:`~perfdocs.engine.pipeline.prepare` raises;
    with ``strict`` its warnings are errors (``--strict``), from the entry too.
    """
    from perfdocs.engine.pipeline import prepare
    from perfdocs.forms.summary.builder import entry_of

    if without is not None:  # never kept: the file as a whole is not valid
        from perfdocs.engine.parts import prepare_part

        made = prepare_part(path, settings, layout, without)
        return entry_of(made), list(made.diagnostics)
    key = cache.project_key(digest, path) if digest is not None else None
    if key is not None:
        entry = cache.load(out, key)
        found = _summary_entry(entry.record, settings) if entry is not None else None
        if found is not None:
            made, findings = found
            if strict:
                _refuse_warnings(made.path, findings)
            return made, findings
    prepared = prepare(path, settings, layout_name=layout, strict=strict)
    made = entry_of(prepared)
    findings = list(prepared.diagnostics)  # no errors: prepare raised those
    if key is not None and digest is not None and cache.project_key(digest, path) == key:
        _keep_validated(out, key, made, findings, settings)
    return made, findings


def _refuse_warnings(path: str, findings: list[Diagnostic]) -> None:
    """``--strict`` on a reused file's findings, as :func:`prepare` applies it to a fresh
    one: warnings become errors (notes stay notes) and the file is refused with them all."""
    from perfdocs.errors import Severity, ValidationFailed

    raised = [d.as_error() for d in findings]
    if any(d.severity is Severity.ERROR for d in raised):
        raise ValidationFailed(path, raised)


def _keep_validated(out: Path, key: str, made: SummaryEntry, findings: list[Diagnostic],
                    settings: Settings) -> None:
    from perfdocs.records import fields

    layout = made.layout
    depends = cache.inputs_of(layout.folder, settings.layout_paths,
                              [f.template for f in layout.forms.values() if f.template])
    if depends is None:
        return
    row = {f.name: _plain(getattr(made.row, f.name)) for f in fields(made.row)}
    record = {"validated": {"path": made.path, "unit": made.unit, "year": made.year,
                            "layout_folder": layout.folder, "row": row,
                            "findings": [_finding(d) for d in findings]}}
    cache.store(out, key, cache.Entry(made.path, (made.row.name, made.unit),
                                      [d.format() for d in findings], [], [], [],
                                      "", depends, record))


def _finding(diagnostic: Diagnostic) -> dict[str, Any]:
    """A warning or note as plain data for the cache entry (each field by name)."""
    from perfdocs.records import fields

    plain = {f.name: getattr(diagnostic, f.name) for f in fields(diagnostic)}
    plain["severity"] = diagnostic.severity.value
    return plain


def _diagnostic(plain: dict[str, Any]) -> Diagnostic:
    """A stored finding again (a wrong one raises TypeError or ValueError: not reused)."""
    from perfdocs.errors import Diagnostic, Severity

    return Diagnostic(**{**plain, "severity": Severity(plain["severity"])})


def _plain(value: Any) -> Any:
    from decimal import Decimal

    return {"decimal": str(value)} if isinstance(value, Decimal) else value


def _summary_entry(record: dict[str, Any], settings: Settings
                   ) -> tuple[SummaryEntry, list[Diagnostic]] | None:
    """The entry a stored record stands for, and the file's findings; None when it does
    not fit (then validated). An entry stored before findings were kept has none, and is
    not reused: its file's warnings would go unsaid."""
    from decimal import Decimal, InvalidOperation

    from perfdocs.forms.summary.builder import Entry as Made
    from perfdocs.forms.summary.builder import SummaryRow
    from perfdocs.layouts.layout import read_layout

    try:
        kept = record["validated"]
        row: dict[str, Any] = {
            name: Decimal(value["decimal"]) if isinstance(value, dict) and "decimal" in value
            else value for name, value in kept["row"].items()}
        findings = [_diagnostic(plain) for plain in kept["findings"]]
        layout = read_layout(Path(kept["layout_folder"]), settings.layout_paths)
        if layout.folder != kept["layout_folder"]:
            return None
        return Made(str(kept["path"]), str(kept["unit"]), int(kept["year"]), layout,
                    SummaryRow(**row)), findings
    except (KeyError, TypeError, ValueError, InvalidOperation, PerfdocsError):
        return None


def keep_unchanged(built: Path, previous: Path) -> None:
    """Make each file of the packet being ``built`` that the ``previous`` one holds with the
    same bytes under the same name that very file: hard-linked, so its time stays.

    The packet is built whole and swapped in for the old one (both or neither), so every
    file it holds was new: a rebuild after one unit's project changed gave the other
    units' unchanged 汇总表, 合订 PDF, manifest and zip a new time, and a synced folder
    sent them all again (tester16 F6). (The zip is left in place instead when it is the
    same: :func:`same_bytes`.) Where no hard link can be made (FAT, some shares, the old
    file held open) the new file keeps its bytes and takes the old one's time.
    """
    if previous.is_symlink() or not previous.is_dir():
        return
    for new in built.rglob("*"):
        if not new.is_file() or new.is_symlink() \
                or new.relative_to(built).parts[0] in (BIND_FOLDER, ".perfdocs-packet"):
            continue
        old = previous / new.relative_to(built)
        if same_bytes(new, old):
            try:
                _take(new, old, old.lstat())
            except OSError:
                continue  # the new file stays as written


def same_bytes(new: Path, old: Path) -> bool:
    """Whether ``old`` is another file than ``new`` (not a link) holding the same bytes."""
    from perfdocs.files.writing import unchanged

    try:
        was, now = old.lstat(), new.stat()
        return (was.st_dev, was.st_ino) != (now.st_dev, now.st_ino) \
            and was.st_size == now.st_size and unchanged(old, new.read_bytes())
    except (OSError, PerfdocsError):
        return False


def _take(new: Path, old: Path, was: os.stat_result) -> None:
    """``new`` replaced by a link to ``old`` (same bytes), else given ``old``'s times."""
    linked = new.with_name(f".{new.name}.link")
    try:
        os.link(old, linked)
    except OSError:
        os.utime(new, ns=(was.st_atime_ns, was.st_mtime_ns))
        return
    try:
        os.replace(linked, new)
    except OSError:
        linked.unlink(missing_ok=True)
        os.utime(new, ns=(was.st_atime_ns, was.st_mtime_ns))
