"""What every output format implements: the :class:`Renderer` protocol and its options.

A renderer translates the renderer-neutral :class:`~perfdocs.forms.grid.Form` into the bytes
of one file format. It never computes and never decides how a figure reads (the form
already holds every text); it only lays the grid out in its format. Adding a format is a
folder ``render/<format>/`` whose ``__init__`` defines ``RENDERER`` and one line in
:data:`perfdocs.render.FORMATS`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime

from perfdocs.records import Record, field
from perfdocs.render.reproducible import DEFAULT_STAMP

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Protocol

    from perfdocs.forms.grid import Form
    from perfdocs.render.pdf.fonts import FontChoice
else:
    Protocol = object  # a protocol is the type checker's: a plain base at run time

class FormOptions(Record, frozen=True):
    """What a renderer may use about one form besides its grid, from the layout.

    The engine builds it with the form (:func:`perfdocs.engine.pipeline.built_forms`); only
    a format that fills a user's template (Word) reads it.
    """

    template_file: str | None = None
    """The Word template the layout names for this form (its ``template`` key, resolved
    when the layout loaded); tried before ``template_dir``."""
    template_dir: str | None = None
    """Folder of the layout, where ``<kind>.docx`` may provide a Word template."""
    fields: Mapping[str, str] = field(default_factory=dict)
    """The text fields a user's template may place with Jinja (``{{ project_name }}``,
    ``{{ total }}``…); the form's title, subtitle, kind and footer are added to them."""
    sheet_name: str = ""
    """The worksheet's name in a workbook (the layout's ``sheet_name``, rendered); empty:
    the form's kind."""


NO_OPTIONS = FormOptions()
"""A form without template or fields: the built-in Word template."""


class RenderOptions(Record, frozen=True):
    """What a run tells every renderer besides the forms themselves."""

    stamp: datetime = DEFAULT_STAMP
    """The moment written into the file's metadata and zip entries (``Settings.stamp``: the
    document date at 00:00, or ``SOURCE_DATE_EPOCH``)."""
    font: FontChoice | None = None
    """The embedded PDF font; formats that name fonts instead (Word, Excel) ignore it."""
    footer: bool = True
    """Print "第 x 页 共 y 页" under each page where the format paginates itself."""
    where: str = ""
    """The file the forms come from, for messages (a glyph the font lacks…); empty when
    there is none, so a message names no made-up place."""
    lines: Mapping[str, int] = field(default_factory=dict)
    """Line of each field in that file (``自评.绩效指标…[1].三级指标`` → 31), for messages."""
    forms: Sequence[FormOptions] = ()
    """Each form's :class:`FormOptions`, in the order of the forms (a form beyond the end
    gets :data:`NO_OPTIONS`)."""

    def of(self, index: int) -> FormOptions:
        """The options of the form at ``index``."""
        return self.forms[index] if index < len(self.forms) else NO_OPTIONS


class Renderer(Protocol):
    """One output format."""

    name: str
    """The format's name as users type it (``--format xlsx``) and its file suffix."""
    description: str
    """What the format is, in the preparer's words (for help texts and listings)."""
    needs_font: bool
    """Whether the format embeds a font, so a run must find one before rendering."""

    def render(self, forms: Sequence[Form], options: RenderOptions) -> bytes:
        """The bytes of one file holding ``forms`` in order (one sheet, section or page
        run per form)."""
        ...
