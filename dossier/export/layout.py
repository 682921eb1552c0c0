"""Blocks of the dossier and their flow onto pages, with a typesetter's break rules.

Every paragraph is wrapped once; its lines are then placed top to bottom. A page may
break only where the rules allow:
- at least two lines of a paragraph on each side of a break (no widow, no orphan);
- a heading (keep_with_next) never ends a page: it stays with the first two lines of
  what follows;
- an attribution stays with the last lines of its quote;
- a quote box (a quote's paragraphs and its attribution, one `group`) of at most
  KEEP_QUOTE_LINES lines is never split; a longer one is split only at the page's end,
  and both halves are marked as continued when drawn.
When the lines after the last allowed break do not fit, they move to the next page
together. Only a run of lines with no allowed break taller than a page is cut where
the page ends. Nothing placed depends on a page number (the table of contents keeps a
fixed slot for them), so numbers are known once the flow ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .paragraph_layout import Line, wrap

TOC_NUMBER_SLOT = 42.0  # points kept at the line's end for a page number
KEEP_QUOTE_LINES = 8
CONTINUED_SPACE = 13.0  # room for the "continued" mark above or below a split quote box


@dataclass(frozen=True)
class Style:
    font: str
    size: float
    leading: float
    align: str = "justify"  # "justify", "start" or "center"
    indent: float = 0.0  # on both sides
    space_before: float = 0.0
    space_after: float = 0.0
    grey: float = 0.0  # text colour, 0 black .. 1 white
    quote: bool = False  # shaded block with a bar on the start side
    keep_with_next: bool = False


@dataclass(frozen=True)
class Para:
    text: str
    style: Style
    bookmark: tuple[str, str, int] | None = None  # (key, outline title, level)
    toc_key: str | None = None  # a TOC entry: ends with the page number of this key
    group: int | None = None  # paragraphs of one quote box share a group


@dataclass(frozen=True)
class PageBreak:
    cover: bool = False  # the page that follows is a cover (no running header or footer)


@dataclass(frozen=True)
class Spacer:
    height: float


@dataclass
class PlacedLine:
    line: Line
    base: int
    para: Para
    baseline: float
    left: float
    right: float
    continued_before: bool = False  # first line of a quote box continued from the last page
    continued_after: bool = False  # last line of a quote box that goes on overleaf

    @property
    def rtl(self) -> bool:
        return self.base == 1


@dataclass
class Page:
    cover: bool = False
    lines: list[PlacedLine] = field(default_factory=list)
    bookmarks: list[tuple[str, str, int]] = field(default_factory=list)


@dataclass(frozen=True)
class Frame:
    left: float
    right: float
    top: float
    bottom: float


@dataclass
class _Slot:
    """A line waiting for its page: height taken and whether a page may break before it."""

    placed: PlacedLine
    before: float  # space above it (dropped at the top of a page)
    height: float
    after: float  # space below it when it ends its paragraph
    breakable: bool
    bookmark: tuple[str, str, int] | None = None


class Flow:
    """Places blocks onto pages inside a frame."""

    def __init__(self, frame: Frame, cover_first: bool = True):
        self.frame = frame
        self.pages: list[Page] = [Page(cover=cover_first)]
        self.keys: dict[str, int] = {}  # bookmark key -> page index
        self._pending: list[_Slot] = []  # lines of the current page, not yet placed
        self.missing: set[str] = set()  # characters drawn as boxes: no bundled face has them
        self._spacer_top = 0.0

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def _wrap(self, para: Para) -> list[PlacedLine]:
        style = para.style
        left = self.frame.left + style.indent
        right = self.frame.right - style.indent
        width = right - left - (TOC_NUMBER_SLOT if para.toc_key else 0.0)
        wrapped = wrap(para.text, style.font, style.size, width)
        if wrapped.missing:
            self.missing |= wrapped.missing
        return [PlacedLine(line, wrapped.base, para, 0.0, left, right) for line in wrapped.lines]

    def slots(self, paras: list[Para]) -> list[_Slot]:
        """Slots of consecutive paragraphs that form one unit (a quote box, or one para)."""
        slots: list[_Slot] = []
        group = paras[0].group
        for index, para in enumerate(paras):
            lines = self._wrap(para)
            n = len(lines)
            style = para.style
            for i, placed in enumerate(lines):
                breakable = (2 <= i <= n - 2) if i else True
                if i == 0 and index > 0:
                    # Inside a quote box: never before the attribution (the last para).
                    breakable = para is not paras[-1] or para.style.quote
                slots.append(_Slot(placed, style.space_before if i == 0 else 0.0, style.leading,
                                   style.space_after if i == n - 1 else 0.0, breakable,
                                   para.bookmark if i == 0 else None))
        if slots and group is not None and len(slots) <= KEEP_QUOTE_LINES:
            for slot in slots[1:]:
                slot.breakable = False
        return slots

    def place(self, slot: _Slot) -> None:
        self._pending.append(slot)
        while self._overflows():
            self._break_page()

    def _height(self, slots: list[_Slot]) -> float:
        total = self._spacer_top
        for k, slot in enumerate(slots):
            total += (slot.before if k else 0.0) + slot.height
            if k < len(slots) - 1:
                total += slot.after
        return total

    def _overflows(self) -> bool:
        return self._height(self._pending) > self.frame.top - self.frame.bottom + 0.01

    def _break_page(self) -> None:
        pending = self._pending
        cut = None
        for k in range(len(pending) - 1, 0, -1):
            if pending[k].breakable and self._height(pending[:k]) <= self.frame.top - self.frame.bottom + 0.01:
                cut = k
                break
        if cut is None:  # nothing allows a break: cut where the page ends
            cut = max(1, max(k for k in range(1, len(pending) + 1)
                             if self._height(pending[:k]) <= self.frame.top - self.frame.bottom + 0.01))
        self._commit(pending[:cut])
        before, after = pending[cut - 1].placed, pending[cut].placed if cut < len(pending) else None
        if after is not None and before.para.group is not None and before.para.group == after.para.group:
            before.continued_after = True
            after.continued_before = True
        self._pending = pending[cut:]
        self._spacer_top = 0.0
        self.pages.append(Page())
        if self._pending and self._pending[0].placed.continued_before:
            self._spacer_top = CONTINUED_SPACE

    def _commit(self, slots: list[_Slot]) -> None:
        y = self.frame.top - self._spacer_top
        for k, slot in enumerate(slots):
            if k:
                y -= slot.before
            style = slot.placed.para.style
            slot.placed.baseline = y - style.leading * 0.72
            self.page.lines.append(slot.placed)
            if slot.bookmark is not None:
                self.page.bookmarks.append(slot.bookmark)
                self.keys[slot.bookmark[0]] = len(self.pages) - 1
            y -= slot.height + slot.after

    def flush(self, new_page: bool, cover: bool = False) -> None:
        """End the page here (a page break) or at the end of the document."""
        if self._pending:
            self._commit(self._pending)
            self._pending = []
        self._spacer_top = 0.0
        if new_page:
            self.pages.append(Page(cover=cover))

    def space(self, height: float) -> None:
        if self._pending:
            self._pending[-1].after += height
        else:
            self._spacer_top += height


def _units(blocks: list):
    """Blocks grouped into what is placed together: a quote box, or one paragraph."""
    unit: list[Para] = []
    for block in blocks:
        if isinstance(block, Para) and block.group is not None and unit and unit[-1].group == block.group:
            unit.append(block)
            continue
        if unit:
            yield unit
            unit = []
        if isinstance(block, Para):
            unit = [block]
        else:
            yield block
    if unit:
        yield unit


def paginate(blocks: list, frame: Frame, progress=None) -> Flow:
    """Flow every block; `progress(done, total)` is called as blocks are placed."""
    flow = Flow(frame)
    total = len(blocks)
    keep = False
    for index, unit in enumerate(_units(blocks)):
        if isinstance(unit, PageBreak):
            flow.flush(True, unit.cover)
            keep = False
        elif isinstance(unit, Spacer):
            flow.space(unit.height)
        else:
            slots = flow.slots(unit)
            if keep and slots:
                # A heading never ends a page: no break between it and what follows.
                slots[0].breakable = False
            keep = unit[-1].style.keep_with_next
            for slot in slots:
                flow.place(slot)
        if progress is not None and index % 50 == 0:
            progress(index, total)
    flow.flush(False)
    if not flow.page.lines and len(flow.pages) > 1:
        flow.pages.pop()
    return flow
