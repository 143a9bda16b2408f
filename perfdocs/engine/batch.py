"""``perfdocs render --jobs N``: the render loop of the CLI, spread over worker processes.

A finance bureau renders thousands of project files at a time and re-renders them after
every round of corrections; one process uses one core. Here each file is prepared and
rendered (all formats, in memory) in a worker, and the parent takes the results *in input
order* and does exactly what the one-process loop does with each: print its warnings,
refuse a file whose forms would overwrite an earlier file's, write the files atomically,
print the ``✓``/``✗`` line. So the output, the messages and their order are the same
whatever ``--jobs`` is; only the wall time changes.

Workers return bytes, not open objects; at most a few tasks per worker are in flight, so
the parent holds a bounded number of rendered projects and memory stays flat however many
files there are. Writing stays in the parent because whether a file may be written
depends on every earlier file (two projects naming the same output).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from perfdocs.errors import PerfdocsError, Severity
from perfdocs.records import Record, field

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor
    from typing import Any

    from perfdocs.engine.cache import Entry, Uncached
    from perfdocs.engine.clashes import Owners
    from perfdocs.engine.output_record import Held
    from perfdocs.engine.pool import Executor, Parallel
    from perfdocs.loading.settings import Settings
    from perfdocs.render.pdf.fonts import FontChoice

class Options(Record, frozen=True):
    """What every file of one run shares (sent to each worker once, not per file)."""

    settings: Settings
    formats: tuple[str, ...]
    kinds: tuple[str, ...] | None
    out: Path
    font: FontChoice | None
    layout: str | None
    strict: bool
    cache: str | None = None
    """The run's part of the render cache's key (:func:`perfdocs.engine.cache.run_digest`);
    None renders every project (``--no-cache``)."""


class Outcome(Record):
    """One file's result, as plain data: what to print, check and write, in that order."""

    name: str
    failure: list[str] | None = None
    """The error lines of a file that cannot be rendered (before any overwrite check)."""
    path: str = ""
    warnings: list[str] = field(default_factory=list)
    stems: list[str] = field(default_factory=list)
    """Each form's output path without suffix, for the overwrite check."""
    render_failure: list[str] | None = None
    """The error lines of a file that passed the check but failed to render."""
    files: list[tuple[str, bytes]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    summary: str = ""
    names: tuple[str, str] = ("", "")
    """(项目名称, 实施单位), to say truthfully why two projects' files clash."""
    cached: bool = False
    """True when the files come from the render cache (the project was not rendered)."""
    layout_folder: str = ""
    templates: list[str] = field(default_factory=list)
    """The layout's Word templates (one may lie outside the layout folder): cache inputs."""
    key: str | None = None
    """The render cache's key (None without the cache): a rendered project is stored once
    its files are written, and every written set is kept in the output record."""
    present: list[str] = field(default_factory=list)
    """The files, when the output folder already holds them exactly as the cache does
    (:func:`perfdocs.engine.cache.held`): nothing is read or written for them."""
    depends: list[tuple[str, str]] = field(default_factory=list)
    """The layout files (with their sha256) a cached outcome's entry depends on."""
    made: dict[str, str] = field(default_factory=dict)
    """Each file (as in :attr:`files`) → its form's
    :func:`~perfdocs.engine.form_content.form_content`, recorded with it for ``status``."""


def render_files(names: Sequence[str], options: Options, *, jobs: Parallel = 1,
                 echo: Callable[[str], None] | None = None,
                 echo_err: Callable[[str], None] | None = None) -> int:
    """Render every file, ``jobs`` at a time (or on an executor: a Dask cluster); print one
    line per file; return the failures.

    ``echo``/``echo_err`` default to what ``click.echo`` writes on stdout/stderr, as
    ``render`` prints (:mod:`perfdocs.files.console`: without importing click for it).
    """
    from perfdocs.files import console

    out_line = echo or console.echo
    err_line = echo_err or console.echo_err
    owners: Owners = {}
    failed = 0
    reused = 0
    # One file's set is written while the next file is rendered: writing is mostly
    # waiting for the disk (each file and the set's journal are fsynced), and that wait
    # no longer adds to every project of a batch. The lines stay in input order: a
    # file's ✓/✗ line is printed once its set is written, before anything of the next.
    writing: Writing | None = None
    made: list[str] = []  # rendered anew (not reused), for the closing line
    current: dict[str, list[str]] = {}  # project file → the stems it writes now
    # --no-cache into a folder with an output record: what each written file was made
    # from is recorded, for status. Without a record nothing is looked at (nor imported:
    # a one-form render stays light, tests/test_records.py).
    unrecorded: list[Uncached] | None = None
    before: dict[str, str | None] = {}
    if options.cache is None:
        from perfdocs.engine.record_place import record_path

        if record_path(options.out).is_file():
            from perfdocs.engine.cache import project_digest

            unrecorded = []
            before = {name: project_digest(name) for name in names}

    # 「没有「自评」部分，不生成自评表」 of every file: said once for the run when several
    # files say it (a 申报 season's 12 projects gave 12 such lines, burying real warnings)
    lacking: dict[str, list[str]] | None = {} if len(names) > 1 else None

    def finish(done: Writing) -> int:
        ok = _finish(done, options, out_line, err_line, lacking)
        if ok and not done.outcome.cached:
            made.append(done.outcome.name)
        if ok and done.outcome.path:
            current[done.outcome.path] = list(done.outcome.stems)
        if ok and unrecorded is not None:
            from perfdocs.engine.cache import Uncached

            one = done.outcome
            unrecorded.append(Uncached(
                one.name, before.get(one.name), one.layout_folder, list(one.templates),
                list(zip((t for t, _ in one.files), done.signatures, strict=False)),
                dict(one.made)))
        return not ok

    with _writer(len(names)) as writer:
        try:
            for outcome in _outcomes(names, options, jobs):
                if writing is not None:
                    done, writing = writing, None
                    failed += finish(done)
                reused += outcome.cached
                writing = _settle(outcome, owners, err_line, writer,
                                  sign=unrecorded is not None)
        finally:  # also when interrupted (Ctrl+C): the set being written is told of
            if writing is not None:
                failed += finish(writing)
    for reason, paths in (lacking or {}).items():
        if len(paths) == 1:
            err_line(f"注意：{paths[0]}：{reason}")
        else:
            shown = "、".join(paths[:MADE_NAMED]) + (f" 等 {len(paths)} 个"
                                                    if len(paths) > MADE_NAMED else "")
            err_line(f"注意：{len(paths)} 个文件{reason}（{shown}）")
    if unrecorded:
        from perfdocs.engine.cache import remember_uncached

        remember_uncached(options, unrecorded)
    if options.cache is not None:
        from perfdocs.engine.cache import finish_run

        finish_run(options.out)
        if reused:
            err_line(f"（{reused} 个项目文件未改动，沿用上次生成的结果；{made_words(made)}"
                     "--no-cache 可全部重新生成）")
        if options.kinds is None:  # with --form, the other forms' names are not this run's
            _say_old_names(options.out, current, err_line)
    return failed


def _say_old_names(out: Path, current: dict[str, list[str]],
                   err_line: Callable[[str], None]) -> None:
    """One 注意 line naming the forms this run's projects left under an earlier name (the
    reviewer had 项目名称 changed): render removes nothing, and the clerk who has just
    rendered at the deadline is the one who would hand in the old figures (tester4 #10)."""
    from perfdocs.engine import cache
    from perfdocs.engine.output_record import old_named

    rendered: dict[str, set[str]] = {}
    for path, stems in current.items():
        try:
            own = str(Path(path).resolve())
        except OSError:
            continue
        rendered[own] = {r for r in (cache.relative(s, out) for s in stems) if r is not None}
    old = old_named(out, cache.cache_folder(out), rendered) if rendered else []
    if old:
        shown = "、".join(old[:MADE_NAMED]) + (f" 等 {len(old)} 个" if len(old) > MADE_NAMED
                                                else "")
        err_line(f"注意：输出文件夹里还有改名前按旧名称生成的表格：{shown}。它们已不是这些项目的表，"
                 "请删除，不要交上去（perfdocs status --details 列出）")


MADE_NAMED = 10
"""Up to this many re-rendered files are named in the closing line; more are counted."""


def made_words(made: list[str]) -> str:
    """Which files were rendered anew beside the reused ones: the ✓ lines are the same
    either way (a script reading them sees one format), so with 200 projects and one
    change this line is where the user sees which one was made again."""
    if not made:
        return ""
    if len(made) > MADE_NAMED:
        return f"重新生成 {len(made)} 个；"
    return f"重新生成：{'、'.join(made)}；"



class Writing(Record):
    """A file's outcome whose set is being written (:func:`_settle`), to finish in turn."""

    outcome: Outcome
    lines: list[str] | None
    """The error lines when nothing is written (then ``written`` stays None)."""
    written: Future[tuple[list[str] | None, str]] | _Written | None = None
    paths: list[Path] = field(default_factory=list)
    signatures: list[Any] = field(default_factory=list)
    """What ``lstat`` said of each written file right after (for the output record)."""


def _writer(files: int) -> Any:
    """Where the sets are written: a thread beside the rendering when there are several
    files, so one file's set is written while the next is rendered. One file has nothing
    to overlap with: its set is written at once, in this thread (a ``perfdocs render``
    of one file then does not import concurrent.futures, logging and queue: ≈ 1.5 ms)."""
    if files > 1:
        from concurrent.futures import ThreadPoolExecutor

        return ThreadPoolExecutor(max_workers=1, thread_name_prefix="perfdocs-write")
    return _WriteNow()


class _WriteNow:
    """A writer that writes when asked (the ``submit``/``result`` a thread pool offers)."""

    def __enter__(self) -> _WriteNow:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def submit(self, write: Callable[..., Any], *args: Any) -> _Written:
        return _Written(write, args)


class _Written:
    """A write done at once: its result, or its exception raised when the result is asked
    for, as a future of the thread pool gives them."""

    def __init__(self, write: Callable[..., Any], args: tuple[Any, ...]) -> None:
        self._error: Exception | None = None
        self._value: Any = None
        try:
            self._value = write(*args)
        except Exception as exc:  # raised by result(), as a Future does
            self._error = exc

    def result(self) -> Any:
        if self._error is not None:
            raise self._error
        return self._value


_NO_FORM = "自评表要项目文件有「自评」部分，绩效目标表只有带它的版式才有"
"""Why nothing was made, when the run has no note saying it (a cached outcome)."""


def _why_missing(outcome: Outcome) -> list[str]:
    """The reasons :func:`perfdocs.engine.pipeline.built_forms` noted for the forms asked
    for, said for a clerk who asked for one: the form and the part of the project file it
    needs (「申报表要项目文件有「申报」部分，这个文件没有」), or the layout lacking it."""
    reasons = []
    for note in outcome.notes:
        reason = note.removeprefix(f"{outcome.path}：")
        section, cut, kind = reason.removeprefix("没有「").partition("」部分，不生成")
        if cut and reason.startswith("没有「"):  # pipeline's 没有「申报」部分，不生成申报表
            reason = f"{kind}要项目文件有「{section}」部分，这个文件没有"
        reasons.append(reason)
    return reasons


def _settle(outcome: Outcome, owners: Owners, err_line: Callable[[str], None],
            writer: ThreadPoolExecutor | _WriteNow, *, sign: bool = False) -> Writing:
    """Print one file's warnings, check its outputs and start writing them on ``writer``;
    :func:`_finish` then says how it ended. ``sign``: take each written file's signature
    for the output record also without a cache key (``render --no-cache``)."""
    from perfdocs.errors import InputError

    lines = outcome.failure
    if lines is None:
        for warning in outcome.warnings:
            err_line(warning)
        lines = _clash(outcome, owners, InputError)
    if lines is None:
        lines = outcome.render_failure
    if lines is None and not outcome.files and not outcome.present:
        # Nothing selected exists in this project (--form 自评表 before the 自评 is filled):
        # not a ✓, since exit 0 promises every file was rendered.
        lines = [f"{outcome.name}: 错误: 所选的表（--form）都没有生成："
                 f"{'；'.join(_why_missing(outcome)) or _NO_FORM}。"]
    writing = Writing(outcome, lines)
    if lines is not None:
        return writing
    if outcome.present:  # already on disk as the cache holds it: nothing to write
        writing.paths.extend(Path(path) for path in outcome.present)
    else:
        signed = writing.signatures if outcome.key is not None or sign else None
        writing.written = writer.submit(_write, outcome.files, writing.paths, outcome.name,
                                        signed)
    return writing


def _finish(writing: Writing, options: Options, out_line: Callable[[str], None],
            err_line: Callable[[str], None],
            lacking: dict[str, list[str]] | None = None) -> bool:
    """Wait for a file's set, print its ✓/✗ line, keep it in the cache; whether written.
    ``lacking`` (a run of several files) collects the notes that a file lacks a part
    (「没有「自评」部分，不生成自评表」) by reason, said once at the end, instead of here."""
    outcome, lines, status = writing.outcome, writing.lines, "未生成"
    if writing.written is not None:
        lines, status = writing.written.result()
    if lines is not None:
        for line in lines:
            err_line(line)
        err_line(f"✗ {outcome.name}：{status}")
        return False
    for note in outcome.notes:
        reason = note.removeprefix(f"{outcome.path}：")
        if lacking is not None and reason != note and reason.startswith("没有「") \
                and "」部分，不生成" in reason:
            lacking.setdefault(reason, []).append(outcome.path)
            continue
        err_line(f"注意：{note}")
    out_line(f"✓ {outcome.name}：{outcome.summary}  → {written_line(writing.paths)}")
    if outcome.key is not None and not outcome.present:
        _keep(outcome, outcome.key, options, writing.signatures)  # only once written
    return True


def _clash(outcome: Outcome, owners: Owners, error: Any) -> list[str] | None:
    """The refusal of a file whose forms an earlier file of the run already writes
    (:func:`perfdocs.engine.clashes.claim`, the rule ``validate`` and ``status`` apply too)."""
    from perfdocs.engine.clashes import claim

    found = claim(owners, outcome.path, outcome.names, outcome.stems)
    if found is None:
        return None
    message = found if isinstance(found, str) else found.message()
    years = None if isinstance(found, str) or not found.same_names \
        else _years(found.other, outcome.path)
    if years is not None and years[0] != years[1] and not isinstance(found, str):
        # one project in two years: the naming pattern is the cause, not the projects
        message = (f"与 {found.other} 的输出文件相同（{found.name}）：两个文件是不同年度"
                   f"（{years[0]} 与 {years[1]}）的同名项目，而 perfdocs.toml 的 [render] name "
                   "不含 {{ year }}：在其中加上 {{ year }}（如 "
                   "\"{{ year }}/{{ unit }}/{{ project }}-{{ form }}\"），或把两个年度分开生成")
    from perfdocs.loading.source import name_line  # a clash is rare: read again only then

    field = "项目名称" if isinstance(found, str) else found.field
    exc = error(message, file=outcome.path, line=name_line(outcome.path, field), field=field,
                label=field)
    return _failure_lines(exc)


def _years(*paths: str) -> tuple[str, ...] | None:
    """The 年度 each project file writes (read only when two files' forms clash)."""
    from perfdocs.loading.source import load_source

    try:
        found = [load_source(path).data.get("年度") for path in paths]
    except PerfdocsError:
        return None
    if any(year is None for year in found):
        return None
    return tuple(str(year).strip() for year in found)


def _write(files: list[tuple[str, bytes]], written: list[Path], source: str | None = None,
           signed: list[Any] | None = None) -> tuple[list[str] | None, str]:
    """Write one project's files together (:func:`perfdocs.files.writing.write_set`).

    Returns the error lines (None when written) and the word for the ✗ line, which says
    truthfully what became of the files already there. ``signed`` receives each file's
    :func:`~perfdocs.engine.output_record.settled_signature`, taken right after.
    """
    from perfdocs.files.writing import SetNotWritten, write_set

    try:
        write_set([(Path(target), data) for target, data in files])
    except SetNotWritten as exc:
        status = "未生成（原有的文件均未改动）" if exc.kept else "未生成，且部分原有文件未能恢复"
        return _failure_lines(exc), status
    except PerfdocsError as exc:
        return _failure_lines(exc), "未生成（原有的文件均未改动）"
    written.extend(Path(target) for target, _ in files)
    if source is not None:
        _touch_older_than(source, [Path(target) for target, _ in files])
    if signed is not None:
        from perfdocs.engine.output_record import settled_signature

        signed.extend(settled_signature(Path(target), data) for target, data in files)
    return None, ""


def _touch_older_than(source: str, targets: list[Path]) -> None:
    """Give the files of a just-written set that are older than their project file the time
    of now. A form whose bytes did not change is not rewritten (a sync client copies only
    what changed), so after an edit to the 自评 part the unchanged 申报表 kept a time older
    than the project file, and ``status`` called it 过期 for good. Only such files are
    touched: the other projects' files, and this one's newer files, keep their times."""
    try:
        edited = os.stat(source).st_mtime
    except OSError:
        return
    for target in targets:
        try:
            if os.stat(target).st_mtime < edited:
                os.utime(target)
        except OSError:
            continue


def _failure_lines(exc: PerfdocsError) -> list[str]:
    """What the CLI prints for an error, as lines (printed in input order by the parent)."""
    return exc.report_lines()


def summary_line(prepared: Any, *, unfinished: bool = False) -> str:
    """项目名称, 总分 and 评分等级 (or that only the declaration exists yet; ``unfinished``:
    or that the file's 自评 part was left out for its errors, :func:`perfdocs.engine.parts.
    one_part`)."""
    res = prepared.result
    if res is None:
        return f"{prepared.project.name}  " + ("（自评未填完，未用）" if unfinished
                                               else "（尚无自评）")
    from perfdocs.forms.numberformat import format_number
    from perfdocs.layouts.layout import selfeval_form

    form = selfeval_form(prepared.layout)
    assert form is not None  # a computed 自评 part has its form
    style = form.display.score
    total = format_number(res.total, style) if res.total is not None else "—"
    return f"{prepared.project.name_in('自评')}  总分 {total}  {res.grade}".rstrip()


def written_line(paths: list[Path]) -> str:
    """Files grouped by stem: ``output/…/x-自评表.{xlsx,docx,pdf}``."""
    groups: dict[Path, list[str]] = {}
    for path in paths:
        groups.setdefault(path.with_suffix(""), []).append(path.suffix.lstrip("."))
    parts = []
    for stem, suffixes in groups.items():
        shown = relative_path(stem)
        parts.append(f"{shown}.{{{','.join(suffixes)}}}" if len(suffixes) > 1
                     else f"{shown}.{suffixes[0]}")
    return "；".join(parts) or "（无）"


def relative_path(path: Path) -> str:
    """``path`` relative to the working folder when it lies below it (shorter lines)."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


# -- workers -----------------------------------------------------------------------------

_OPTIONS: Options | None = None


def _init(options: Options) -> None:
    global _OPTIONS
    _OPTIONS = options


def _task(name: str) -> Outcome:
    assert _OPTIONS is not None
    return render_one(name, _OPTIONS)


def render_one(name: str, options: Options) -> Outcome:
    """Prepare one file and render every form in every format, in memory.

    A failure that is a bug of perfdocs (not the user's to fix) fails this file alone, with
    a line saying so: the files after it in the batch are still rendered.
    """
    try:
        return _rendered(name, options)  # the cache is asked and filled by the parent
    except Exception as exc:  # a bug: reported for this file, the batch goes on
        line = (f"{name}: 错误: perfdocs 内部错误（{type(exc).__name__}：{exc}），此文件未生成，"
                "其余文件照常生成；请把此文件报告给维护者")
        return Outcome(name, failure=[line])


def _entry_of(outcome: Outcome, options: Options) -> Entry | None:
    """The cache entry of a rendered project; None when it must not be cached (a failure,
    a file outside the output folder, an unreadable layout)."""
    from perfdocs.engine.cache import Entry, inputs_of, relative

    if outcome.failure is not None or outcome.render_failure is not None \
            or not outcome.layout_folder:
        return None
    out = options.out
    stems = [relative(stem, out) for stem in outcome.stems]
    files = [(relative(target, out), data) for target, data in outcome.files]
    depends = inputs_of(outcome.layout_folder, options.settings.layout_paths,
                        outcome.templates)
    if depends is None or any(s is None for s in stems) or any(t is None for t, _ in files):
        return None
    made = {relative(target, out): outcome.made.get(target) for target, _ in outcome.files}
    return Entry(outcome.path, outcome.names, list(outcome.warnings),
                 [s for s in stems if s is not None],
                 [(t, d) for t, d in files if t is not None], list(outcome.notes),
                 outcome.summary, depends, {"made": made})


def _outcome_of(name: str, entry: Entry, out: Path) -> Outcome | None:
    """The outcome a cached entry stands for, with paths below this run's output folder.

    Paths are built again through :func:`~perfdocs.engine.output.inside`, so a symlink
    planted in the output folder since the entry was stored is refused as on a render;
    None then (the project is rendered, and its error reported, as without a cache).
    """
    from perfdocs.engine.output import inside
    from perfdocs.errors import RenderError

    folders: dict[str, Path] = {}

    def below(relative: str) -> str:
        # each folder resolved once (a project's files share one): 800 full resolves cost
        # a rebuild of 200 projects 0.4 s; a file that is a link gets the full check
        folder, _, leaf = relative.rpartition("/")
        if leaf in ("", ".", "..") or any(p in ("", ".", "..") for p in folder.split("/")
                                          if folder):
            raise RenderError("缓存条目中的路径无效", file=out)
        base = folders.get(folder)
        if base is None:
            base = folders[folder] = inside(out, *folder.split("/")) if folder \
                else inside(out)
        target = base / leaf
        return str(inside(out, *relative.split("/")) if target.is_symlink() else target)

    try:
        stems = [below(s) for s in entry.stems]
        files = [(below(t), data) for t, data in entry.files]
    except PerfdocsError:
        return None
    return Outcome(name, path=entry.path, names=entry.names, warnings=list(entry.warnings),
                   stems=stems, files=files, notes=list(entry.notes), summary=entry.summary,
                   cached=True)


RENDERS = 0
"""Projects rendered (not taken from the cache) in this process: what tests count."""


def _rendered(name: str, options: Options) -> Outcome:
    """Prepare and render one project (the work the cache saves)."""
    from perfdocs.engine.pipeline import prepare, render_in_memory
    from perfdocs.layouts.layout import word_templates

    global RENDERS
    RENDERS += 1

    settings = options.settings
    told: list[str] = []
    try:
        prepared = prepare(name, settings, layout_name=options.layout, strict=options.strict)
    except PerfdocsError as exc:
        alone = None
        if options.kinds:  # --form: the errors may all be on a part those forms lack
            from perfdocs.engine.parts import one_part

            try:
                alone = one_part(name, settings, options.layout, options.kinds, exc,
                                 options.strict)
            except PerfdocsError as both:  # and the part printed has some of its own
                exc = both
        if alone is None:
            return Outcome(name, failure=_failure_lines(exc))
        prepared, note = alone
        told.append(note)
    outcome = Outcome(name, path=prepared.path,
                      names=(prepared.project.name, prepared.project.unit),
                      layout_folder=prepared.layout.folder,
                      templates=word_templates(prepared.layout),
                      warnings=[d.format() for d in prepared.diagnostics
                                if d.severity is not Severity.ERROR])
    try:
        rendered, notes = render_in_memory(prepared, settings, formats=options.formats,
                                           out=options.out, font=options.font,
                                           kinds=options.kinds)
        outcome.stems = [str(item.stem) for item in rendered]
        outcome.files = [(str(target), data) for item in rendered
                         for target, data in item.files]
        outcome.made = {str(target): item.made for item in rendered for target, _ in item.files}
    except PerfdocsError as exc:
        outcome.files = []
        outcome.render_failure = _failure_lines(exc)
        return outcome
    if not rendered and options.kinds is None:  # no form of its layout prints the file
        from perfdocs.engine.parts import nothing_printed

        found = nothing_printed(prepared.path, prepared.layout, prepared.project,
                                options.layout)
        if found:
            outcome.render_failure = [d.format() for d in found]
            return outcome
    outcome.notes = [*told, *notes]  # cached with the files: a reuse says it again
    outcome.summary = summary_line(prepared, unfinished=bool(told))
    return outcome


def _outcomes(names: Sequence[str], options: Options, jobs: Parallel) -> Iterator[Outcome]:
    """Every file's outcome in input order; ``jobs`` worker processes when above one
    (or an executor: :func:`_remote_outcomes` for one whose workers are elsewhere).

    With the cache, this process first asks it about every file (a header read each),
    and only the files it cannot answer go to the workers: one changed project of 200 is
    rendered here, without starting a pool whose workers would each look up 100 entries.
    Entries are read (and checked) again when their turn comes, one at a time, so the
    memory held stays that of a few projects however many there are.
    """
    from perfdocs.engine.pool import executor_of

    executor = executor_of(jobs)
    if executor.remote:
        yield from _remote_outcomes(names, options, executor)
        return
    if options.cache is None:
        yield from executor.map(_task, names, initializer=_init, initargs=(options,))
        return
    from perfdocs.engine import cache

    keys = [cache.project_key(options.cache, name) for name in names]
    # a set whose files the output folder holds exactly as written costs a stat per file
    held = [cache.held(options.out, key, name) if key is not None else None
            for name, key in zip(names, keys, strict=True)]
    known = [found is not None or (key is not None and cache.peek(options.out, key))
             for key, found in zip(keys, held, strict=True)]
    misses = [name for name, hit in zip(names, known, strict=True) if not hit]
    rendered = executor.map(_task, misses, initializer=_init, initargs=(options,))
    for name, key, hit, found in zip(names, keys, known, held, strict=True):
        if found is not None and key is not None:
            yield _present(name, found, key)
            continue
        outcome = _cached(name, key, options) if hit and key is not None else None
        if outcome is None:
            # a miss comes from the workers; a hit whose entry failed its check is
            # rendered here (rare: a torn entry, or one another run evicted meanwhile)
            outcome = next(rendered) if not hit else render_one(name, options)
        outcome.key = key
        yield outcome


def _cached(name: str, key: str, options: Options) -> Outcome | None:
    """The outcome stored under ``key``, if its entry is whole and still holds."""
    from perfdocs.engine import cache

    entry = cache.load(options.out, key)
    outcome = _outcome_of(name, entry, options.out) if entry is not None else None
    if outcome is not None and entry is not None:
        outcome.depends = list(entry.depends)
        made = entry.record.get("made") or {}
        outcome.made = {target: made[file] for (target, _), (file, _) in
                        zip(outcome.files, entry.files, strict=False)
                        if isinstance(made.get(file), str)}
    return outcome


def _present(name: str, held: Held, key: str) -> Outcome:
    """The outcome of a set the output folder already holds (:func:`cache.held`)."""
    lines = held.lines
    names = lines["names"]
    return Outcome(name, path=str(lines["path"]), names=(str(names[0]), str(names[1])),
                   warnings=[str(w) for w in lines["warnings"]], stems=held.stems,
                   present=held.paths, notes=[str(n) for n in lines["notes"]],
                   summary=str(lines["summary"]), cached=True, key=key)


def _keep(outcome: Outcome, key: str, options: Options, signatures: list[Any]) -> None:
    """After a project's set is written: store a rendered project in the cache (unless its
    file changed while it was rendered) and record the set's files as written."""
    from perfdocs.engine import cache

    depends = outcome.depends
    if not outcome.cached:
        entry = _store(outcome, key, options)
        if entry is None:
            return
        depends = entry.depends
    out = options.out
    stems = [cache.relative(stem, out) for stem in outcome.stems]
    files = [cache.relative(target, out) for target, _ in outcome.files]
    if not depends or any(s is None for s in stems) or any(f is None for f in files):
        return
    lines = {"path": outcome.path, "names": list(outcome.names),
             "warnings": list(outcome.warnings), "stems": stems, "notes": list(outcome.notes),
             "summary": outcome.summary}
    kept = [f for f in files if f is not None]
    made = [cache.made_from_key(key, depends, f, outcome.made.get(target))
            for f, (target, _) in zip(files, outcome.files, strict=True) if f is not None]
    cache.outputs(out).remember(key, lines, kept, signatures, depends, made=made)


def _store(outcome: Outcome, key: str, options: Options) -> Entry | None:
    """Keep a written project's outcome, unless its file changed while it was rendered;
    the entry stored (None when none was)."""
    from perfdocs.engine import cache

    assert options.cache is not None
    entry = _entry_of(outcome, options)
    if entry is not None and cache.project_key(options.cache, outcome.name) == key:
        cache.store(options.out, key, entry)
        return entry
    return None


def _remote_outcomes(names: Sequence[str], options: Options, executor: Executor
                     ) -> Iterator[Outcome]:
    """Every file's outcome from workers that do not share this machine's files.

    What must stay here does: the render cache (in this output folder) is looked up and
    filled here, and where each file goes is checked again here (a symlink planted in the
    output folder is seen only here). Workers get the project file, the layouts and fonts
    (:func:`perfdocs.engine.shipping.run_inputs`) and render with no cache.
    """
    from perfdocs.engine.shipping import Shipping, run_inputs
    from perfdocs.loading.source import MAX_FILE_BYTES
    from perfdocs.records import replace

    common, folders = run_inputs(options.settings, options.font, options.layout)
    shipping = Shipping(reads=lambda name: [name], common=common, folders=folders,
                        cap=MAX_FILE_BYTES)
    # the date the documents say is this machine's today, whatever the workers' clocks say
    plain = replace(options, cache=None, out=options.out.resolve(),
                    settings=options.settings.dated())
    known = None
    if options.cache is not None:
        def known(name: str) -> Outcome | None:
            return _reused(name, options)
    outcomes = executor.map(_task, names, initializer=_init, initargs=(plain,),
                            shipping=shipping, known=known)
    for name, outcome in zip(names, outcomes, strict=True):
        if not outcome.cached:
            outcome = _placed(outcome, options.out)
            if options.cache is not None:  # stored once written (render_files)
                from perfdocs.engine import cache

                outcome.key = cache.project_key(options.cache, name)
        yield outcome


def _reused(name: str, options: Options) -> Outcome | None:
    """A project's outcome from the render cache; None when it must be rendered."""
    from perfdocs.engine import cache

    assert options.cache is not None
    key = cache.project_key(options.cache, name)
    return _cached(name, key, options) if key is not None else None


def _placed(outcome: Outcome, out: Path) -> Outcome:
    """A remote outcome's files checked here as a render here checks them
    (:func:`perfdocs.engine.output.inside`): a path that would leave the output folder
    fails the project with the message a local render gives."""
    if outcome.failure is not None or outcome.render_failure is not None:
        return outcome
    from perfdocs.engine.output import inside

    root = out.resolve()

    def here(target: str) -> str:
        return str(inside(out, *Path(target).relative_to(root).parts))

    try:
        outcome.stems = [here(stem) for stem in outcome.stems]
        outcome.made = {here(target): made for target, made in outcome.made.items()}
        outcome.files = [(here(target), data) for target, data in outcome.files]
    except ValueError:  # a worker that put a file elsewhere: a bug, not the user's
        return Outcome(outcome.name, failure=[
            f"{outcome.name}: 错误: perfdocs 内部错误（工作节点给出的输出路径不在输出文件夹中），"
            "此文件未生成，其余文件照常生成；请把此文件报告给维护者"])
    except PerfdocsError as exc:
        outcome.stems, outcome.files, outcome.notes, outcome.summary = [], [], [], ""
        outcome.render_failure = _failure_lines(exc)
    return outcome
