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
    """The codes of one run: text layer hex string, ink-layer marks and boxes."""

    __slots__ = ("text_hex", "marks", "boxes", "lead", "text_units", "flush")

    def __init__(self, text_hex: str, marks: list[tuple[float, float, str]], lead: int,
                 text_units: int, width: int, boxes: tuple[tuple[int, int], ...] = ()):
        self.text_hex = text_hex
        self.marks = marks  # (x, y) in font units from the run's start, hex code
        self.boxes = boxes  # (x, width) in font units: glyphs the face lacks
        self.lead = lead  # font units before the first text-layer code
        self.text_units = text_units  # where the pen is after the text-layer codes
        # The codes start at the run's start and end at its end: runs like this that
        # follow one another need no positioning between them.
        self.flush = lead == 0 and text_units == width


def mark_flags(face: Face, run: ShapedRun) -> list[bool]:
    """Which glyphs are marks: GDEF marks, and zero-width glyphs HarfBuzz moved."""
    table = face.mark_glyphs
    return [bool(table[g.gid]) or (g.advance == 0 and bool(g.x_offset or g.y_offset))
            for g in run.glyphs]


def carried_texts(face: Face, run: ShapedRun, off: list[bool] | None = None) -> list[str]:
    """Text each text-layer glyph carries: its cluster's, plus that of its marks."""
    glyphs = run.glyphs
    n = len(glyphs)
    carried = [g.text for g in glyphs]
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
    empty = face.empty_glyph
    code = cid_font.code
    marks_at = mark_flags(face, run)
    carried = carried_texts(face, run, marks_at)
    text_codes: list[list] = []  # [gid, char, width] in stream order
    marks: list[tuple[float, float, str]] = []
    boxes: list[tuple[int, int]] = []
    lead = pen = 0
    for glyph, mark, text in zip(run.glyphs, marks_at, carried):
        moved = bool(glyph.x_offset or glyph.y_offset) or (not text and not mark)
        if glyph.gid == 0:
            # The face has no glyph for it: a box in the ink layer, the text kept.
            boxes.append((pen, glyph.advance))
            moved = True
        elif moved or mark:
            # Drawn where HarfBuzz placed it, in the ink layer, copying as nothing.
            marks.append((pen + glyph.x_offset, glyph.y_offset, f"{code(glyph.gid, '', 0):04X}"))
        pen += glyph.advance
        if mark:
            continue
        if not text:
            # A glyph with no text of its own (part of a ligature's cluster): its
            # width goes to its neighbour, so extractors see no gap in the word.
            if text_codes:
                text_codes[-1][2] += glyph.advance
            else:
                lead += glyph.advance
            continue
        if len(text) == 1:
            text_codes.append([empty if moved else glyph.gid, text, glyph.advance])
            continue
        chars = text[::-1] if run.rtl else text
        share = glyph.advance // len(chars)
        for i, ch in enumerate(chars):
            # A glyph drawn in the ink layer keeps its place here with an empty glyph.
            gid = glyph.gid if i == 0 and not moved else empty
            width = share if i < len(chars) - 1 else glyph.advance - share * (len(chars) - 1)
            text_codes.append([gid, ch, width])
    if len(carried) > len(run.glyphs):
        text_codes.extend([empty, ch, 0] for ch in carried[-1])
    text_hex = "".join([f"{code(gid, ch, width):04X}" for gid, ch, width in text_codes])
    text_units = lead + sum([width for _, _, width in text_codes])
    return RunCodes(text_hex, marks, lead, text_units, run.width, tuple(boxes))
