"""The page a form is printed on: one A4 geometry that the PDF and the Word copy both read.

A unit hands in the PDF and often the Word copy too, and reviewers print both; a Word copy
on other margins than the PDF's held other rows on each page, and at times a page more.
The PDF came first (its bytes must not change), so its numbers are the reference and the
Word template takes them:

* the PDF draws inside a frame of A4 less 15 mm on every side, padded 6 pt (reportlab's
  frame): a table is the frame's width, and rows fill the frame's height less the padding;
* the Word page has the same side margins (its tables are as wide as the PDF's, so a cell
  wraps where the PDF's does) and its top margin where the PDF's first line begins; its
  bottom margin sits :data:`WORD_RESERVE` lower than the PDF's last row may reach, with the
  page number below it as the PDF prints it. The Word copy puts the PDF's rows on each
  page; the reserve takes a row that an office suite sets a line taller than the PDF
  (its own line breaking of mixed Chinese and Latin text) without pushing it over.

The lengths are computed as reportlab computes its units and page sizes, so that the PDF
writer reading them gets the very same floats (the PDF's bytes stay as they were).
"""

from __future__ import annotations

from decimal import Decimal

INCH = 72.0
CM = INCH / 2.54
MM = CM * 0.1
"""Points per millimetre, computed as reportlab.lib.units does (the same float)."""
A4 = (210 * MM, 297 * MM)
"""A4 portrait in points, as reportlab.lib.pagesizes has it."""
MARGIN = 15 * MM
"""The PDF's margin on every side."""
FRAME_PADDING = 6
"""reportlab's frame padding: the PDF's parts start 6 pt inside the margins."""
FRAME_WIDTH = A4[0] - 2 * MARGIN
"""The width a form's table spans (PDF and Word)."""
FRAME_HEIGHT = A4[1] - 2 * MARGIN
ROOM = FRAME_HEIGHT - 2 * FRAME_PADDING
"""The height a fresh PDF page offers its title lines and rows."""
PAD_X = 3
"""Points between a cell's rule and its text, left and right."""
PAD_Y = 3
"""Points between a cell's rule and its text, above and below."""
LEADING = Decimal("1.3")
"""A cell's line pitch as a multiple of the body size (the official forms are set loosely)."""

A4_TWIPS = (11906, 16838)
"""A4 portrait in twentieths of a point, as Word itself writes it."""
WORD_RESERVE = 14
"""Points the Word page offers below the PDF's last row: about one line of a cell."""
WORD_FOOTER = 17
"""Points from the page's bottom edge to Word's page-number line: its baseline then falls
about where the PDF prints 第 X 页 共 Y 页 (half the margin up)."""


def twips(points: float) -> int:
    """``points`` in twips, rounded to the nearest."""
    return int(points * 20 + 0.5)


WORD_SIDE_TWIPS = twips(MARGIN)
"""850: the Word page's left and right margins, the PDF's."""
WORD_TOP_TWIPS = twips(MARGIN + FRAME_PADDING)
"""970: where the PDF's first line begins."""
WORD_BOTTOM_TWIPS = twips(MARGIN + FRAME_PADDING - WORD_RESERVE)
"""690: the PDF's lowest row edge, less the reserve."""
WORD_FOOTER_TWIPS = twips(WORD_FOOTER)
"""340: from the bottom edge to the page-number line."""
WORD_HEADER_TWIPS = twips(MARGIN / 2)
"""425: a user's page header, as high above the text as the page number is below it."""
