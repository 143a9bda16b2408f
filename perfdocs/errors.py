"""The one hierarchy of user-facing errors.

Anything raised as a :class:`PerfdocsError` is the user's to fix (bad YAML, a broken
layout file, a missing font) and is printed by the CLI as a message without a traceback.
Every other exception is a bug in perfdocs and may traceback.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from perfdocs.records import Record


class Severity(StrEnum):
    """How serious a finding is: errors block a render, warnings are printed (errors with
    ``--strict``), notes are printed and never block (a preparer's judgement a reviewer may
    ask about, a typing habit perfdocs corrected)."""

    ERROR = "error"
    WARNING = "warning"
    NOTE = "note"

    @property
    def word(self) -> str:
        """The Chinese word printed before the message."""
        return {"error": "错误", "warning": "警告", "note": "提示"}[self.value]


class Diagnostic(Record, frozen=True, slots=True):
    """One finding about one input file: where it is, which field, and what to do.

    ``field`` is the path in the YAML (``自评.绩效指标[3].得分``); ``label`` is the form's
    own wording for it (得分), printed so a preparer recognises the box on the form.
    """

    severity: Severity
    message: str
    file: str | None = None
    line: int | None = None
    field: str | None = None
    label: str | None = None
    rule: str = ""
    blank: bool = False
    """The box is left blank (not filled wrongly): ``status`` calls such a part 未填完, not
    有错误. Set where the finding is made, never guessed from the message's words."""


    def format(self) -> str:
        """``file:line: 错误 [field 「label」] message`` on one line.

        A finding about no one file (a run's, a packet's) starts with its word (``错误: …``),
        never with a made-up place such as ``<input>``, which names nothing a user has.
        """
        where = self.file or ""
        if self.line is not None and where:
            where += f":{self.line}"
        what = ""
        if self.field:
            what = f" {self.field}"
            if self.label and self.label not in self.field.rsplit(".", 1)[-1]:
                what += f"（{self.label}）"
        head = f"{where}: " if where else ""
        return printable(f"{head}{self.severity.word}{what}: {self.message}")

    def as_note(self, why: str) -> Diagnostic:
        """The same finding lowered to a note, ``why`` put before its message: a problem of
        a part no form of the layout prints (the 示例 boxes of a 申报 part in hebei-2019)."""
        return Diagnostic(Severity.NOTE, f"{why}{self.message}", self.file, self.line,
                          self.field, self.label, self.rule, self.blank)

    def as_error(self) -> Diagnostic:
        """The same finding raised to an error (``--strict``); a note stays a note."""
        if self.severity is Severity.NOTE:
            return self
        return Diagnostic(
            Severity.ERROR, self.message, self.file, self.line, self.field, self.label, self.rule,
            self.blank
        )


def printable(line: str) -> str:
    """``line`` with every invisible or control character shown as ``<U+XXXX>``.

    A message quotes what the preparer typed (a key, a name): a U+202E there would reverse
    the rest of the line on the terminal, a BEL ring, a line break split the message.
    """
    import unicodedata

    if line.isprintable():
        return line
    hidden = {"Cc", "Cf", "Zl", "Zp", "Cs", "Co", "Cn"}  # spaces (Zs) are seen: kept
    return "".join(f"<U+{ord(ch):04X}>" if unicodedata.category(ch) in hidden else ch
                   for ch in line)


class BlankValue(ValueError):
    """A model validator's fault for a box left blank (pydantic carries it in the error's
    context), so the translator can mark the finding ``blank`` whatever its wording."""


class PerfdocsError(Exception):
    """Base of every error a user can cause and fix."""

    def __init__(self, message: str, *, file: str | Path | None = None,
                 line: int | None = None, field: str | None = None,
                 label: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.file = str(file) if file is not None else None
        self.line = line
        self.field = field
        self.label = label

    def diagnostic(self) -> Diagnostic:
        """This error as a :class:`Diagnostic`, for uniform printing."""
        return Diagnostic(Severity.ERROR, self.message, self.file, self.line, self.field,
                          self.label, rule=type(self).__name__)

    def all_diagnostics(self) -> list[Diagnostic]:
        """Every finding this error stands for: the list it carries (a file's validation, a
        layout's faults, a packet's files), else itself."""
        return list(getattr(self, "diagnostics", None) or [self.diagnostic()])

    def report_lines(self) -> list[str]:
        """What a user is shown: each finding as ``file:line: 错误 field（label）: message``,
        then, for findings from several files (a packet's), the one line that sums them up."""
        diagnostics = self.all_diagnostics()
        lines = [d.format() for d in diagnostics]
        if diagnostics and not isinstance(self, ValidationFailed) and self.file is None \
                and len(diagnostics) > 1:
            lines.append(self.message)
        return lines

    def __str__(self) -> str:
        return self.diagnostic().format()


class InputError(PerfdocsError):
    """A project file that cannot be read or does not fit the schema."""


class ValidationFailed(PerfdocsError):
    """A project file whose rules produced errors; carries every diagnostic."""

    def __init__(self, file: str | Path, diagnostics: list[Diagnostic]) -> None:
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        super().__init__(f"{len(errors)} 个错误", file=file)
        self.diagnostics = diagnostics


class LayoutError(PerfdocsError):
    """A layout folder or layout.toml that is missing, malformed or inconsistent."""


class LayoutInvalid(LayoutError):
    """A layout.toml that parses but does not describe a usable layout.

    Carries one diagnostic per key at fault (``diagnostics``, printed one per line like a
    project file's findings), so the editor fixes them in one pass instead of one per run.
    """

    def __init__(self, file: str | Path, diagnostics: list[Diagnostic]) -> None:
        first = diagnostics[0]
        super().__init__(first.message, file=file, line=first.line, field=first.field)
        self.diagnostics = diagnostics

    def __reduce__(self) -> tuple[type[LayoutInvalid], tuple[str | None, list[Diagnostic]]]:
        """Rebuild from file and diagnostics (the default would call ``cls(message)``)."""
        return type(self), (self.file, self.diagnostics)


class SettingsError(PerfdocsError):
    """A perfdocs.toml that cannot be read or holds an unknown setting."""


class SettingsInvalid(SettingsError):
    """A perfdocs.toml that reads as TOML but holds faults: one diagnostic per key at fault,
    each with its line, so the file is fixed in one pass."""

    def __init__(self, file: str | Path, diagnostics: list[Diagnostic]) -> None:
        first = diagnostics[0]
        super().__init__(first.message, file=file, line=first.line, field=first.field,
                         label=first.label)
        self.diagnostics = diagnostics

    def __reduce__(self) -> tuple[type[SettingsInvalid], tuple[str | None, list[Diagnostic]]]:
        """Rebuild from file and diagnostics (the default would call ``cls(message)``)."""
        return type(self), (self.file, self.diagnostics)


class RenderError(PerfdocsError):
    """A form that cannot be written (missing font, unwritable folder, bad template)."""


class FilesRefused(PerfdocsError):
    """Errors of several files found together before anything was written (the files of
    a 汇总表 whose layout prints no 申报表, a packet's: :class:`PacketInvalid`); carries
    every diagnostic."""

    def __init__(self, message: str, diagnostics: list[Diagnostic]) -> None:
        super().__init__(message)
        self.diagnostics = diagnostics

    def report_lines(self) -> list[str]:
        """Every finding, then the line that says nothing was written (after one too)."""
        return [*(d.format() for d in self.diagnostics), self.message]


class PacketInvalid(FilesRefused):
    """Some input files have errors; no packet was written or changed. Carries every
    diagnostic, and reports them as :class:`FilesRefused` does: the line that says nothing
    was written comes also after a single finding (without it a preparer wonders which
    files were made). (The render cache may have kept the good files' validation: the
    message says the packet is untouched, not that nothing at all was written; tester2 #11.)"""

    def __init__(self, diagnostics: list[Diagnostic], *, strict: bool = False) -> None:
        errors = [d for d in diagnostics if d.severity is Severity.ERROR]
        files = {d.file for d in errors}
        # under --strict a clerk who just saw 「校验通过（3 个警告）」 is told why they count
        why = "（--strict：警告按错误处理）" if strict else ""
        super().__init__(f"{len(files)} 个文件共 {len(errors)} 个错误{why}，未生成任何材料（原有的"
                         "材料包没有改动）：请改正以上错误后重新运行", diagnostics)
