"""Blocks of the dossier and their flow onto pages.

Layout is one pass: each paragraph is wrapped (logical order) and its lines are placed
top to bottom, a new page starting when the next line would cross the bottom margin.
Nothing placed depends on a page number (the table of contents keeps a fixed slot for
them), so page numbers are known once the flow ends and are filled in when drawing.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .bidi_lines import Line, wrap
from .fonts import metrics

TOC_NUMBER_SLOT = 42.0  # points kept at the line's end for a page number


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


@dataclass(frozen=True)
class PageBreak:
    cover: bool = False  # the page that follows is a cover (no running header or footer)


@dataclass(frozen=True)
class Spacer:
    height: float


@dataclass(frozen=True)
class PlacedLine:
    line: Line
    rtl: bool
    para: Para
    baseline: float
    left: float
    right: float


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


class Flow:
    """Places blocks onto pages inside a frame."""

    def __init__(self, frame: Frame, cover_first: bool = True):
        self.frame = frame
        self.pages: list[Page] = [Page(cover=cover_first)]
        self.y = frame.top
        self.keys: dict[str, int] = {}  # bookmark key -> page index

    @property
    def page(self) -> Page:
        return self.pages[-1]

    def new_page(self, cover: bool = False) -> None:
        self.pages.append(Page(cover=cover))
        self.y = self.frame.top

    def _at_top(self) -> bool:
        return self.y >= self.frame.top

    def add(self, block, following=None) -> None:
        if isinstance(block, PageBreak):
            self.new_page(block.cover)
        elif isinstance(block, Spacer):
            self.y -= block.height
        else:
            self._add_para(block, following)

    def _wrap(self, para: Para) -> tuple[bool, tuple[Line, ...], float, float]:
        style = para.style
        left = self.frame.left + style.indent
        right = self.frame.right - style.indent
        width = right - left - (TOC_NUMBER_SLOT if para.toc_key else 0.0)
        wrapped = wrap(para.text, metrics(style.font), style.size, width)
        return wrapped.rtl, wrapped.lines, left, right

    def _add_para(self, para: Para, following) -> None:
        style = para.style
        rtl, lines, left, right = self._wrap(para)
        if not self._at_top():
            self.y -= style.space_before
        needed = style.leading * min(len(lines), 2 if not style.keep_with_next else len(lines))
        if style.keep_with_next and isinstance(following, Para):
            needed += following.style.space_before + 2 * following.style.leading
        # Start on a fresh page rather than strand a heading or a lone first line.
        if not self._at_top() and self.y - needed < self.frame.bottom:
            self.new_page()
        if para.bookmark is not None:
            self.page.bookmarks.append(para.bookmark)
            self.keys[para.bookmark[0]] = len(self.pages) - 1
        for line in lines:
            if self.y - style.leading < self.frame.bottom and not self._at_top():
                self.new_page()
            baseline = self.y - style.leading * 0.72
            self.page.lines.append(PlacedLine(line, rtl, para, baseline, left, right))
            self.y -= style.leading
        self.y -= style.space_after


def paginate(blocks: list, frame: Frame, progress=None) -> Flow:
    """Flow every block; `progress(done, total)` is called as blocks are placed."""
    flow = Flow(frame)
    total = len(blocks)
    for index, block in enumerate(blocks):
        following = blocks[index + 1] if index + 1 < total else None
        flow.add(block, following)
        if progress is not None and index % 50 == 0:
            progress(index, total)
    if not flow.page.lines and len(flow.pages) > 1:
        flow.pages.pop()
    return flow
