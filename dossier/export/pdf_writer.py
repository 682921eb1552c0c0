"""Drawing laid-out pages into a PDF: text, quote shading, running header and footer,
outline and document information.

Each line is turned into visual order here, at draw time, and right-aligned, centred or
justified with its own word spacing.
"""

from __future__ import annotations

from reportlab.pdfgen.canvas import Canvas

from . import styles as st
from .bidi_lines import Line, space_extra, visual, wrap
from .fonts import metrics
from .layout import TOC_NUMBER_SLOT, Flow, PlacedLine, Style
from .shaping import to_arabic_digits
from .typeset import line_operators

QUOTE_SHADE = 0.94
QUOTE_BAR = 0.55


class PageWriter:
    """Draws the pages of one flow onto a canvas."""

    def __init__(self, canvas: Canvas, flow: Flow, size: tuple[float, float],
                 title: str, marking: str, arabic_digits: bool):
        self.canvas = canvas
        self.doc = canvas._doc
        self.flow = flow
        self.width, self.height = size
        self.title = title
        self.marking = marking
        self.arabic_digits = arabic_digits
        self.total = len(flow.pages)

    def number(self, n: int) -> str:
        return to_arabic_digits(str(n)) if self.arabic_digits else str(n)

    def _text(self, text_line: Line, rtl: bool, style: Style, left: float, right: float,
              baseline: float, justify_width: float | None = None) -> None:
        font = metrics(style.font)
        shown = visual(text_line, rtl)
        extra = 0.0
        if style.align == "center":
            x = (left + right - text_line.width) / 2
        elif style.align == "justify" and justify_width is not None:
            extra = space_extra(text_line, justify_width, True, style.size)
            x = right - text_line.width - extra * text_line.spaces if rtl else left
        else:
            x = right - text_line.width if rtl else left
        # Raw operators: this runs for every line, and the canvas helpers cost more.
        self.canvas.addLiteral(f"{style.grey:.2f} g")
        self.canvas.addLiteral(line_operators(self.doc, font, style.size, x, baseline, shown, extra))

    def _placed(self, placed: PlacedLine) -> None:
        style = placed.para.style
        left, right = placed.left, placed.right
        if style.quote:
            top = placed.baseline + style.leading * 0.72
            bottom, height = top - style.leading, style.leading
            bar_x = right + 8 if placed.rtl else left - 11
            self.canvas.addLiteral(
                f"{QUOTE_SHADE} g {left - 8:.2f} {bottom:.2f} {right - left + 16:.2f} {height:.2f} re f "
                f"{QUOTE_BAR} g {bar_x:.2f} {bottom:.2f} 3 {height:.2f} re f")
        if placed.para.toc_key is not None:
            self._toc_number(placed)
            # The number sits at the line's end: the left side in right-to-left text.
            left += TOC_NUMBER_SLOT if placed.rtl else 0
            right -= 0 if placed.rtl else TOC_NUMBER_SLOT
        self._text(placed.line, placed.rtl, style, left, right, placed.baseline, right - left)

    def _toc_number(self, placed: PlacedLine) -> None:
        if not placed.line.last:
            return
        page = self.flow.keys.get(placed.para.toc_key)
        if page is None:
            return
        style = placed.para.style
        wrapped = wrap(self.number(page + 1), metrics(style.font), style.size, TOC_NUMBER_SLOT)
        line = wrapped.lines[0]
        left, right = self.flow.frame.left, self.flow.frame.right
        slot = (left, left + TOC_NUMBER_SLOT) if placed.rtl else (right - TOC_NUMBER_SLOT, right)
        self._text(line, True, Style(style.font, style.size, style.leading, "start"),
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
        """Running header (marking and title) and footer (صفحة N من M)."""
        frame = self.flow.frame
        head_y = self.height - 34
        small = st.HEADER
        font = metrics(small.font)
        for text, align in ((self.marking, "center"), (self.title, "start")):
            if not text:
                continue
            line = wrap(text, font, small.size, (frame.right - frame.left) / 2).lines[0]
            self._text(line, True, Style(small.font, small.size, small.leading, align,
                                         grey=small.grey), frame.left, frame.right, head_y)
        c = self.canvas
        c.setStrokeGray(0.7)
        c.setLineWidth(0.5)
        c.line(frame.left, head_y - 7, frame.right, head_y - 7)
        footer = f"صفحة {self.number(index + 1)} من {self.number(self.total)}"
        line = wrap(footer, font, small.size, frame.right - frame.left).lines[0]
        self._text(line, True, Style(small.font, small.size, small.leading, "center",
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
