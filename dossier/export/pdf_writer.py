"""Drawing laid-out pages into a PDF: text, quote shading, running header and footer,
outline.

Each line is put in visual order here, at draw time, and right-aligned, centred or
justified with its own word spacing. The running header is set once per export: the
title shortened at a word boundary, with an ellipsis, to the room the classification
leaves it.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from . import styles as st
from .compose import ELLIPSIS
from .fonts import face
from .layout import TOC_NUMBER_SLOT, CONTINUED_SPACE, Flow, PlacedLine, Style
from .line_text import GlyphWriter
from .paragraph_layout import Line, space_extra, wrap
from .shaping import to_arabic_digits

QUOTE_SHADE = 0.94
QUOTE_BAR = 0.55
HEADER_GAP = 18.0  # points between the title and the classification
HEADER_TITLE_CHARS = 400  # more than a header line can ever show
# Amiri has no arrows: an ellipsis on the side the quote goes on to, or comes from.
CONTINUES = "يتبع…"
CONTINUED = "…تابع"


def single_line(text: str, style: Style, width: float = 1e9) -> tuple[Line, int]:
    wrapped = wrap(text, style.font, style.size, width)
    return wrapped.lines[0], wrapped.base


def fit_header_title(title: str, style: Style, room: float) -> str:
    """The longest word-boundary prefix of `title` (plus an ellipsis) within `room` points."""
    words = title[:HEADER_TITLE_CHARS].split()
    if not words:
        return ""
    full = " ".join(words)
    if len(full) == len(title.strip()) and single_line(full, style)[0].width <= room:
        return full
    low, high = 0, len(words) - 1  # words that fit with the ellipsis: binary search
    while low < high:
        mid = (low + high + 1) // 2
        if single_line(" ".join(words[:mid]) + ELLIPSIS, style)[0].width <= room:
            low = mid
        else:
            high = mid - 1
    return " ".join(words[:low]) + ELLIPSIS if low else ""


class PageWriter:
    """Draws the pages of one flow onto a canvas."""

    def __init__(self, canvas: Canvas, flow: Flow, size: tuple[float, float],
                 title: str, marking: str, arabic_digits: bool):
        self.canvas = canvas
        self.flow = flow
        self.width, self.height = size
        self.marking = marking
        self.arabic_digits = arabic_digits
        self.total = len(flow.pages)
        self.glyphs = GlyphWriter(canvas._doc)
        frame = flow.frame
        header = st.HEADER
        self.marking_line = single_line(marking, header, frame.right - frame.left) if marking else None
        half = (frame.right - frame.left) / 2
        taken = self.marking_line[0].width / 2 + HEADER_GAP if self.marking_line else 0.0
        title_text = fit_header_title(title, header, half - taken)
        self.title_line = single_line(title_text, header) if title_text else None

    def number(self, n: int) -> str:
        return to_arabic_digits(str(n)) if self.arabic_digits else str(n)

    def _text(self, line: Line, base: int, style: Style, left: float, right: float,
              baseline: float, justify_width: float | None = None) -> None:
        rtl = base == 1
        shaper = face(style.font)
        scale = style.size / shaper.upem
        extra_units = 0
        if style.align == "center":
            x = (left + right - line.width) / 2
        elif style.align == "justify" and justify_width is not None:
            # Whole font units: each widened space is a glyph code of that width.
            extra_units = round(space_extra(line, justify_width, True, style.size) / scale)
            x = right - line.width - extra_units * scale * line.spaces if rtl else left
        else:
            x = right - line.width if rtl else left
        # Raw operators: this runs for every line, and the canvas helpers cost more.
        self.canvas.addLiteral(f"{style.grey:.2f} g")
        self.canvas.addLiteral(self.glyphs.line(shaper, style.size, x, baseline, line, base,
                                                extra_units))

    def _quote_box(self, placed: PlacedLine) -> None:
        style = placed.para.style
        left, right = placed.left, placed.right
        top = placed.baseline + style.leading * 0.72
        bottom, height = top - style.leading, style.leading
        if placed.continued_before:
            height += CONTINUED_SPACE
        if placed.continued_after:
            bottom -= CONTINUED_SPACE
            height += CONTINUED_SPACE
        bar_x = right + 8 if placed.rtl else left - 11
        self.canvas.addLiteral(
            f"{QUOTE_SHADE} g {left - 8:.2f} {bottom:.2f} {right - left + 16:.2f} {height:.2f} re f "
            f"{QUOTE_BAR} g {bar_x:.2f} {bottom:.2f} 3 {height:.2f} re f")
        mark = Style(style.font, 8, 10, "start", grey=0.35)
        # "continued" marks at the end side of the box: the left in right-to-left text.
        # Drawn, never copied: a reader copying the quote gets the quote alone.
        if placed.continued_after:
            line, base = single_line(CONTINUES, mark)
            self._ink(line, base, mark, left, bottom + 3)
        if placed.continued_before:
            line, base = single_line(CONTINUED, mark)
            self._ink(line, base, mark, right - line.width, top + 3)

    def _ink(self, line: Line, base: int, style: Style, x: float, baseline: float) -> None:
        self.canvas.addLiteral(f"{style.grey:.2f} g")
        self.canvas.addLiteral(self.glyphs.ink_line(face(style.font), style.size, x, baseline,
                                                    line, base))

    def _placed(self, placed: PlacedLine) -> None:
        style = placed.para.style
        left, right = placed.left, placed.right
        if style.quote or (placed.para.group is not None and (placed.continued_before
                                                               or placed.continued_after)):
            self._quote_box(placed)
        if placed.para.toc_key is not None:
            self._toc_number(placed)
            # The number sits at the line's end: the left side in right-to-left text.
            left += TOC_NUMBER_SLOT if placed.rtl else 0
            right -= 0 if placed.rtl else TOC_NUMBER_SLOT
        self._text(placed.line, placed.base, style, left, right, placed.baseline, right - left)

    def _toc_number(self, placed: PlacedLine) -> None:
        if not placed.line.last:
            return
        page = self.flow.keys.get(placed.para.toc_key)
        if page is None:
            return
        style = placed.para.style
        line, _ = single_line(self.number(page + 1), style)
        left, right = self.flow.frame.left, self.flow.frame.right
        slot = (left, left + TOC_NUMBER_SLOT) if placed.rtl else (right - TOC_NUMBER_SLOT, right)
        self._text(line, 1, Style(style.font, style.size, style.leading, "start"),
                   slot[0], slot[1] - 2, placed.baseline)
        # Dotted leader between the entry's text and its page number.
        c = self.canvas
        c.setStrokeGray(0.6)
        c.setDash(1, 3)
        y = placed.baseline + 2
        if placed.rtl:
            c.line(slot[1] + 4, y, placed.right - placed.line.width - 6, y)
        else:
            c.line(placed.left + placed.line.width + 6, y, slot[0] - 4, y)
        c.setDash()

    def _furniture(self, index: int) -> None:
        """Running header (classification centred, title at the start) and footer."""
        frame = self.flow.frame
        head_y = self.height - 34
        small = st.HEADER
        if self.marking_line is not None:
            line, base = self.marking_line
            self._text(line, base, Style(small.font, small.size, small.leading, "center",
                                         grey=small.grey), frame.left, frame.right, head_y)
        if self.title_line is not None:
            line, base = self.title_line
            self._text(line, 1, small, frame.left, frame.right, head_y)
        c = self.canvas
        c.setStrokeGray(0.7)
        c.setLineWidth(0.5)
        c.line(frame.left, head_y - 7, frame.right, head_y - 7)
        footer = f"صفحة {self.number(index + 1)} من {self.number(self.total)}"
        line, base = single_line(footer, small)
        self._text(line, base, Style(small.font, small.size, small.leading, "center",
                                     grey=small.grey), frame.left, frame.right, 30)

    def draw(self, report) -> None:
        c = self.canvas
        for index, page in enumerate(self.flow.pages):
            report(index, self.total, "page")
            for key, title, level in page.bookmarks:
                c.bookmarkPage(key)
                c.addOutlineEntry(title, key, level)
            if not page.cover:
                self._furniture(index)
            for placed in page.lines:
                self._placed(placed)
            c.showPage()
        report(self.total, self.total, "page")
