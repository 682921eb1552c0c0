"""One shaped run turned into the codes of its two layers (see line_text.py).

The text layer gets one code per character, in the run's drawing order, each placed
by the pen: a glyph standing for several characters (a ligature, a letter with its
marks) is drawn by its first code, which advances only its share of the glyph's width,
followed by empty-glyph codes for the other characters spread over the rest of it.
The ink layer gets the marks and any glyph HarfBuzz moved off the pen (GPOS anchors),
each at its exact place, with codes that copy as nothing, and a box for each glyph the
face does not have (glyph 0), whose character the text layer still carries.
"""

from __future__ import annotations

from .cid_font import CidFont
from .opentype import Face, ShapedRun


class RunCodes:
    """The codes of one run: the text layer's hex string, the ink layer's marks and the
    boxes to draw."""

    __slots__ = ("text_hex", "marks", "_ink", "boxes", "lead", "text_units", "flush")

    def __init__(self, text_hex: str, marks: tuple[tuple[int, int, str], ...], lead: int,
                 text_units: int, width: int, boxes: tuple[tuple[int, int], ...] = ()):
        self.text_hex = text_hex
        self.marks = marks  # ink-layer glyphs: (x, y) in font units from the run's start, code
        self._ink: dict[float, list] = {}  # points per font unit -> marks in points
        self.boxes = boxes  # (x, width) in font units: glyphs the face lacks
        self.lead = lead  # font units before the first text-layer code
        self.text_units = text_units  # where the pen is after the text-layer codes
        # The codes start at the run's start and end at its end: runs like this that
        # follow one another need no positioning between them.
        self.flush = lead == 0 and text_units == width

    def ink(self, scale: float, x: float, y: float) -> str:
        """Operators drawing the marks at `scale` points per font unit for a run that
        starts at (x, y). Each mark is placed on its own: a stream-order reader (pypdf)
        reads a move back towards the run's start as a gap between words."""
        offsets = self._ink.get(scale)
        if offsets is None:
            offsets = self._ink[scale] = [(dx * scale, dy * scale, code) for dx, dy, code in self.marks]
        return "\n".join([f"1 0 0 1 {x + dx:.2f} {y + dy:.2f} Tm <{code}> Tj" for dx, dy, code in offsets])


def mark_flags(face: Face, run: ShapedRun) -> list[bool]:
    """Which glyphs are marks: GDEF marks, and zero-width glyphs HarfBuzz moved."""
    table = face.mark_glyphs
    if not run.moved:
        return [table[gid] == 1 for gid in run.gids]
    return [table[gid] == 1 or (advance == 0 and bool(dx or dy))
            for gid, advance, dx, dy in zip(run.gids, run.advances, run.x_offsets, run.y_offsets)]


def carried_texts(face: Face, run: ShapedRun, off: list[bool] | None = None) -> list[str]:
    """Text each text-layer glyph carries: its cluster's, plus that of its marks."""
    carried = list(run.texts)
    n = len(carried)
    off = mark_flags(face, run) if off is None else off
    # Walk in logical order: marks follow their base there.
    order = range(n - 1, -1, -1) if run.rtl else range(n)
    base = None
    pending = ""  # marks met before any base
    for k in order:
        if off[k]:
            if carried[k]:
                if base is None:
                    pending += carried[k]
                else:
                    carried[base] += carried[k]
                carried[k] = ""
        else:
            base = k
            if pending:
                carried[k] = pending + carried[k]
                pending = ""
    if pending:  # marks with no base at all: carried by an empty glyph
        carried.append(pending)
    return carried


def run_codes(cid_font: CidFont, run: ShapedRun) -> RunCodes:
    """The codes of a run in the document's font for its face."""
    face = cid_font.face
    code = cid_font.hex
    gids, advances, texts = run.gids, run.advances, run.texts
    table = face.mark_glyphs
    if not run.moved and 0 not in gids and not any(map(table.__getitem__, gids)) \
            and all(len(text) == 1 for text in texts):
        # One character per glyph, nothing moved (most words of real text): in order.
        text_hex = "".join([code(gid, text, advance) for gid, text, advance in zip(gids, texts, advances)])
        return RunCodes(text_hex, (), 0, run.width, run.width)
    empty = face.empty_glyph
    marks_at = mark_flags(face, run)
    carried = carried_texts(face, run, marks_at)
    text_codes: list[list] = []  # [gid, char, width] in stream order
    marks: list[tuple[int, int, str]] = []
    boxes: list[tuple[int, int]] = []
    lead = pen = 0
    for gid, advance, dx, dy, mark, text in zip(gids, advances, run.x_offsets, run.y_offsets,
                                               marks_at, carried):
        moved = bool(dx or dy) or (not text and not mark)
        if gid == 0:
            # The face has no glyph for it: a box in the ink layer, the text kept.
            boxes.append((pen, advance))
            moved = True
        elif moved or mark:
            # Drawn where HarfBuzz placed it, in the ink layer, copying as nothing.
            marks.append((pen + dx, dy, code(gid, "", 0)))
        pen += advance
        if mark:
            continue
        if not text:
            # A glyph with no text of its own (part of a ligature's cluster): its
            # width goes to its neighbour, so extractors see no gap in the word.
            if text_codes:
                text_codes[-1][2] += advance
            else:
                lead += advance
            continue
        if len(text) == 1:
            text_codes.append([empty if moved else gid, text, advance])
            continue
        chars = text[::-1] if run.rtl else text
        share = advance // len(chars)
        for i, ch in enumerate(chars):
            # A glyph drawn in the ink layer keeps its place here with an empty glyph.
            width = share if i < len(chars) - 1 else advance - share * (len(chars) - 1)
            text_codes.append([gid if i == 0 and not moved else empty, ch, width])
    if len(carried) > len(gids):
        text_codes.extend([empty, ch, 0] for ch in carried[-1])
    text_hex = "".join([code(gid, ch, width) for gid, ch, width in text_codes])
    text_units = lead + sum([width for _, _, width in text_codes])
    return RunCodes(text_hex, tuple(marks), lead, text_units, run.width, tuple(boxes))
