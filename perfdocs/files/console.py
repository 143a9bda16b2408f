"""Lines for the user's console, written exactly as ``click.echo`` writes them, without
importing click when it is not loaded yet.

``perfdocs render`` prints one ``✓``/``✗`` line per file and its messages through
:func:`echo`. Run through click (every command but the common render command lines), click
is already loaded and :func:`echo` *is* ``click.echo``. On the click-free render path
(:mod:`perfdocs.cli.quick_render`, issue 20.2) importing click only to print would cost
≈ 25 ms of a one-form process, so a line goes straight to the stream when that is
certainly what ``click.echo`` does there: a text stream of the interpreter's own kind, with
an encoding that is not ASCII (click re-encodes such a stream as UTF-8) and an errors
handler, on a system that is not Windows (click writes to the console through its own
stream there), and a text without an escape character (click strips ANSI styles when the
stream is not a terminal). In every other case click is imported and prints the line.
"""

from __future__ import annotations

import io
import sys

TYPE_CHECKING = False  # typing's, without importing typing
if TYPE_CHECKING:
    from typing import TextIO


def echo(text: str, *, err: bool = False) -> None:
    """``click.echo(text, err=err)``: ``text`` and a newline on stdout (stderr with
    ``err``), flushed. A reader that has gone (``perfdocs render *.yaml | head -1``, a
    pager quit with q) silences the stream and the run goes on: each project's lines are
    said after its files are written, and stopping there left the rest of the batch
    unrendered (exit 3, 「内部错误：BrokenPipeError」)."""
    stream = sys.stderr if err else sys.stdout
    try:
        if "click" in sys.modules or "\x1b" in text or not writes_as_click(stream):
            import click

            click.echo(text, err=err)
            return
        write_line(stream, text)
    except BrokenPipeError:
        silence(stream)


def silence(stream: TextIO) -> None:
    """Send what is still written to ``stream`` (and what its buffer holds, flushed at
    exit) to the null device, so a closed pipe is not raised again."""
    import os

    try:
        fd = stream.fileno()
        null = os.open(os.devnull, os.O_WRONLY)
    except (OSError, ValueError, AttributeError):
        return
    try:
        os.dup2(null, fd)
    except OSError:
        pass
    finally:
        os.close(null)


def echo_err(text: str) -> None:
    """``click.echo(text, err=True)``."""
    echo(text, err=True)


def write_line(stream: TextIO, text: str) -> None:
    """What ``click.echo`` does with ``text`` on a stream :func:`writes_as_click`."""
    stream.write(text + "\n")
    stream.flush()


def writes_as_click(stream: TextIO | None) -> bool:
    """Whether ``click.echo`` of a text without escape characters writes it to ``stream``
    unchanged: ``stream.write(text)``, then ``stream.flush()``.

    click writes to the stream itself when it is a text stream whose encoding is set and
    not ASCII and whose errors handler is set (``click._compat._force_correct_text_writer``);
    only the interpreter's own :class:`io.TextIOWrapper` is trusted to be one (a wrapper a
    test or an IDE put there may behave otherwise). On Windows click may write through
    the console's wide-character API instead."""
    if sys.platform == "win32" or type(stream) is not io.TextIOWrapper:
        return False
    encoding, errors = stream.encoding, stream.errors
    if not encoding or errors is None:
        return False
    import codecs

    try:
        return codecs.lookup(encoding).name != "ascii"
    except LookupError:
        return False


STAND_INS = {
    "✓": "√", "✔": "√", "✅": "√", "☑": "√", "✗": "×", "✘": "×", "☒": "×", "⊠": "×",
    "☐": "□", "▣": "■", "░": "□", "−": "-", "⩾": "≥", "⩽": "≤", "¥": "￥", "«": "<<",
    "»": ">>", "½": "1/2", "⏎": "",
}
"""Marks perfdocs prints, and what stands in for each on a console whose encoding lacks it
(GBK has 「√」「×」「≥」 but not 「✓」「✗」「⩾」)."""

ERRORS = "perfdocs-stand-in"
"""The codec error handler :func:`tolerant_streams` gives the standard streams."""


def _stand_in(exc: UnicodeError) -> tuple[str, int]:
    """A character the stream's encoding lacks: its stand-in when the encoding has that,
    else ``\\uXXXX`` (what Python writes on stderr by default)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    out = []
    for ch in exc.object[exc.start:exc.end]:
        stand_in = STAND_INS.get(ch)
        if stand_in is not None:
            try:
                stand_in.encode(exc.encoding)
            except (UnicodeError, LookupError):
                stand_in = None
        out.append(stand_in if stand_in is not None
                   else ch.encode("ascii", "backslashreplace").decode("ascii"))
    return "".join(out), exc.end


def tolerant_streams() -> None:
    """Let stdout and stderr print what their encoding lacks, instead of failing on it.

    On Chinese Windows a redirected ``perfdocs render *.yaml > 日志.txt`` writes in GBK
    (the ANSI code page), which has no 「✓」: the first finished form's line raised
    ``UnicodeEncodeError`` and ended the whole batch as an internal error (exit 3), the
    other files not rendered. A Linux terminal set to GBK did the same. A stream that
    fails on such characters (Python's ``strict`` for stdout, ``backslashreplace`` for
    stderr) now prints a stand-in the encoding has (√ for ✓, × for ✗), else ``\\uXXXX``;
    an errors handler the user chose (``PYTHONIOENCODING=gbk:ignore``) is kept, and a
    UTF-8 stream never reaches the handler. The console itself on Windows is written
    with wide characters by click and is not affected."""
    import codecs

    try:
        codecs.lookup_error(ERRORS)
    except LookupError:
        codecs.register_error(ERRORS, _stand_in)
    for stream in (sys.stdout, sys.stderr):
        if (isinstance(stream, io.TextIOWrapper)
                and stream.errors in ("strict", "backslashreplace")):
            try:
                stream.reconfigure(errors=ERRORS)
            except (ValueError, OSError, io.UnsupportedOperation):
                continue  # a closed or unusual stream: left as it is
