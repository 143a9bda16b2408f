"""Pages: a form's parts (title lines, block grids) flowed down A4 pages, a page at a time.

This is what platypus' ``SimpleDocTemplate`` with its one ``Frame`` did for the form PDF,
kept to the parts perfdocs uses, with the same arithmetic in the same order so that every
position is the same float as before (the PDFs are byte-for-byte those platypus made).
Importing platypus cost ~36 ms of every process that draws a PDF (its package imports
tables, preformatted text and a Python syntax colouriser perfdocs never uses) and its
document machinery a share of every form; this module imports nothing of reportlab.

A part offers reportlab's flowable protocol (``wrap``, ``split``, ``drawOn``,
``getSpaceBefore``, ``getSpaceAfter``), so a platypus ``Paragraph`` (the rare line that
must wrap, see :mod:`.textlines`) flows here unchanged.
"""

from __future__ import annotations

from collections.abc import Sequence

TYPE_CHECKING = False  # typing's, without importing typing at run time
if TYPE_CHECKING:
    from typing import Any, Protocol
else:
    Protocol = object  # a protocol is the type checker's: a plain base at run time

FUZZ = 1e-6
"""reportlab's ``rl_config._FUZZ``: rounding allowed when a part is fitted into a frame."""
PADDING = 6
"""reportlab's default frame padding on each side."""
EMPTY_PAGES = 10
"""Pages in a row without a part after which the layout gives up (reportlab's limit)."""


class FlowError(Exception):
    """A part that fits on no page (too tall for an empty one)."""


class Part(Protocol):
    """What the flow needs of a part: reportlab's flowable protocol."""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]: ...

    def split(self, availWidth: float, availHeight: float) -> list[Any]: ...

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None: ...

    def getSpaceBefore(self) -> float: ...

    def getSpaceAfter(self) -> float: ...


class PageBreak:
    """Start a new page here (each form begins on a page of its own)."""


PAGE_BREAK = PageBreak()


class WithPrevious:
    """A part that must not stand alone at the top of a page: the signature line under a
    form (填报单位（盖章）…填报日期). When it does not fit under the end of the part before it,
    that part is cut earlier, so that its last row(s) go over with it, as Word keeps a
    paragraph with the table above; a page holding only the line to sign would be handed
    in unsigned-looking and detached from the figures it vouches for.

    It wraps the line and offers the same protocol (see :class:`Part`).
    """

    def __init__(self, part: Part) -> None:
        self.part = part

    def getSpaceBefore(self) -> float:
        return self.part.getSpaceBefore()

    def getSpaceAfter(self) -> float:
        return self.part.getSpaceAfter()

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        return self.part.wrap(availWidth, availHeight)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        return self.part.split(availWidth, availHeight)

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        self.part.drawOn(canvas, x, y, _sW=_sW)


class _Frame:
    """The printable area of a page less its padding, filled from the top.

    The same state and arithmetic as reportlab's ``Frame`` (``_add``, ``split``): ``y``
    the next part's top, the space after the last part overlapping the next one's space
    before, no space before the first part of a page.
    """

    def __init__(self, x1: float, y1: float, width: float, height: float) -> None:
        x2 = x1 + width
        y2 = y1 + height
        self.y1p = y1 + PADDING
        self.width = x2 - x1 - PADDING - PADDING
        self.height = y2 - self.y1p - PADDING
        self.x = x1 + PADDING
        self.top = y2 - PADDING
        self.y = self.top
        self.at_top = True
        self.after = 0.0

    def reset(self) -> None:
        self.y = self.top
        self.at_top = True
        self.after = 0.0

    def _before(self, part: Part) -> float:
        if self.at_top:
            return 0
        return max(part.getSpaceBefore() - self.after, 0)

    def add(self, part: Part, canvas: Any) -> bool:
        """Draw ``part`` here if it fits; whether it did."""
        y = self.y
        s = self._before(part)
        h = y - self.y1p - s
        if h <= 0:
            return False
        w, h = part.wrap(self.width, h)
        h += s
        y -= h
        if y < self.y1p - FUZZ:
            return False
        after = part.getSpaceAfter()
        part.drawOn(canvas, self.x + 0.0, y, _sW=self.width - w)
        y -= after
        self.after = after
        if y != self.y:
            self.at_top = False
        self.y = y
        return True

    def split(self, part: Part, keep: float = 0) -> list[Any]:
        """``part`` cut to fill what is left of the frame less ``keep`` points (and the
        rest), or []."""
        h = self.y - self.y1p - self._before(part) - keep
        if h <= 0:
            return []
        return part.split(self.width, h)

    def kept_room(self, part: Part, follower: Part) -> float:
        """Points ``follower`` needs under ``part`` when ``part`` fits here but the two
        together do not; 0 when both fit (or ``part`` alone does not, and is split as any
        part is)."""
        y = self.y
        s = self._before(part)
        h = y - self.y1p - s
        if h <= 0:
            return 0
        _w, part_h = part.wrap(self.width, h)
        left = h - part_h
        if left < -FUZZ:
            return 0
        gap = max(follower.getSpaceBefore() - part.getSpaceAfter(), 0)
        _w, follower_h = follower.wrap(self.width, max(left - part.getSpaceAfter() - gap, 0))
        need = part.getSpaceAfter() + gap + follower_h
        return need if need > left + FUZZ else 0


def flow(canvas: Any, parts: Sequence[Part | PageBreak], *, left: float, bottom: float,
         width: float, height: float) -> None:
    """Draw ``parts`` on ``canvas`` page after page and save it.

    A part that does not fit what is left of a page is split (the part that fits stays,
    the rest goes on); one that cannot be split goes to the next page, and if it does not
    fit an empty page either, :class:`FlowError`.
    """
    frame = _Frame(left, bottom, width, height)
    todo: list[Any] = list(parts)
    postponed: list[Any] = []
    page_open = False
    drawn = 0
    empty = 0

    def end_page() -> None:
        nonlocal page_open, empty
        empty = empty + 1 if drawn == 0 else 0
        if empty >= EMPTY_PAGES:
            raise FlowError(f"连续 {EMPTY_PAGES} 页没有内容")
        canvas.setPageRotation(0)
        canvas.showPage()
        page_open = False

    while todo:
        if not page_open:
            frame.reset()
            page_open = True
            drawn = 0
        part = todo.pop(0)
        if part is PAGE_BREAK or isinstance(part, PageBreak):
            end_page()
            continue
        follower = todo[0] if todo else None
        if isinstance(follower, WithPrevious) and not isinstance(part, WithPrevious):
            keep = frame.kept_room(part, follower)
            if keep:  # part fits, the line under it does not: cut part so rows go along
                pieces = frame.split(part, keep)
                if len(pieces) > 1 and frame.add(pieces[0], canvas):
                    drawn += 1
                    todo[0:0] = pieces[1:]
                    end_page()
                    continue
                if drawn and not any(part is seen for seen in postponed):
                    postponed.append(part)  # cannot be cut: the whole part goes over
                    todo.insert(0, part)
                    end_page()
                    continue
        if frame.add(part, canvas):
            drawn += 1
            continue
        pieces = frame.split(part)
        if pieces:
            if not frame.add(pieces[0], canvas):
                raise FlowError("分页后的第一部分仍放不下")
            drawn += 1
            todo[0:0] = pieces[1:]
            continue
        if any(part is seen for seen in postponed):
            _width, h = part.wrap(frame.width, frame.height)
            raise FlowError(f"高 {h:.0f} 点的内容放不进一整页（可用 {frame.height:.0f} 点）")
        postponed.append(part)
        todo.insert(0, part)
        end_page()
    if page_open:
        end_page()
    canvas.save()
