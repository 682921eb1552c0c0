"""PDF text operators for laid-out lines: glyphs where HarfBuzz put them, text that copies.

A line is written in two layers inside one text object.

- The text layer holds every glyph that sits on the baseline with no offset, each
  piece placed at its own x. Each code copies as exactly one character (see
  cid_font.py), because the two common extractors disagree on multi-character codes:
  poppler reverses them in right-to-left words, pypdf keeps them as they are. A glyph
  standing for several characters (a ligature, or a letter with its marks) is drawn
  by its first code, which advances only its share of the glyph's width, followed by
  empty-glyph codes for the other characters spread over the rest of the width. Read
  by position (poppler) or by stream order within a run (pypdf), the characters come
  out in logical order, with the tashkeel right after its letter.
  Pieces are written in the order `stream_order` gives, so both an extractor that
  orders by position (poppler) and one that keeps stream order (pypdf) read the
  words in logical order.
- The ink layer draws marks and any glyph HarfBuzz moved off the pen (GPOS anchors),
  each at its exact place, with codes that copy as nothing: their characters were
  already given by their base in the text layer.
"""

from __future__ import annotations

import re

from .cid_font import CidFont
from .opentype import Face, ShapedRun
from .paragraph_layout import Line, Piece

_MARK_CLASS = 3
_RTL_BLOCK = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")  # GDEF glyph class of a mark


class RunCodes:
    """One shaped run turned into codes: text layer hex string and ink-layer marks."""

    __slots__ = ("text_hex", "marks", "lead")

    def __init__(self, text_hex: str, marks: list[tuple[float, float, str]], lead: int):
        self.text_hex = text_hex
        self.marks = marks  # (x, y) in font units from the run's start, hex code
        self.lead = lead  # font units before the first text-layer code


def _is_mark(face: Face, glyph) -> bool:
    return face.glyph_class(glyph.gid) == _MARK_CLASS or (
        glyph.advance == 0 and bool(glyph.x_offset or glyph.y_offset))


def _off_pen(glyph) -> bool:
    return bool(glyph.x_offset or glyph.y_offset)


def _carried_texts(face: Face, run: ShapedRun) -> list[str]:
    """Text each text-layer glyph carries: its cluster's, plus that of its marks."""
    glyphs = run.glyphs
    n = len(glyphs)
    carried = [g.text for g in glyphs]
    off = [_is_mark(face, g) for g in glyphs]
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


def stream_order(pieces, base: int, positions: dict[int, float]) -> list:
    """The order pieces are written in: runs of one direction in logical order, the
    pieces inside each run left to right.

    An extractor that reads by position (poppler) does not care; one that keeps the
    stream's order and turns each right-to-left stretch around (pypdf) then reads the
    line in logical order, embedded Latin or digits included.
    """
    out: list = []
    segment: list = []
    inside = None
    for piece in pieces:
        # Arabic-block numbers and signs (class AN) sit at a higher level yet read as
        # right-to-left characters to an extractor: they stay in the surrounding run.
        embedded = piece.level > base and not (base and _RTL_BLOCK.search(piece.key[0]))
        if segment and embedded != inside:
            out.extend(sorted(segment, key=lambda p: positions[id(p)]))
            segment = []
        inside = embedded
        segment.append(piece)
    out.extend(sorted(segment, key=lambda p: positions[id(p)]))
    return out


class GlyphWriter:
    """Codes and operators for the lines of one document."""

    def __init__(self, doc):
        self.doc = doc
        self.fonts: dict[str, CidFont] = {}
        self._runs: dict[tuple, RunCodes] = {}

    def font(self, name: str, face: Face) -> CidFont:
        cid_font = self.fonts.get(name)
        if cid_font is None:
            cid_font = CidFont(face, f"DA{len(self.fonts) + 1}")
            self.fonts[name] = cid_font
            self.doc.delayedFonts.append(cid_font)
        return cid_font

    def _codes(self, cid_font: CidFont, piece: Piece) -> RunCodes:
        key = (cid_font.internal_name, piece.key)
        codes = self._runs.get(key)
        if codes is not None:
            return codes
        face = cid_font.face
        run = piece.run
        empty = face.empty_glyph
        carried = _carried_texts(face, run)
        text_codes: list[list] = []  # [gid, char, width] in stream order
        marks: list[tuple[float, float, str]] = []
        lead = pen = 0
        for k, glyph in enumerate(run.glyphs):
            mark = _is_mark(face, glyph)
            moved = _off_pen(glyph) or (not carried[k] and not mark)
            if moved or mark:
                # Drawn where HarfBuzz placed it, in the ink layer, copying as nothing.
                code = cid_font.code(glyph.gid, "", 0)
                marks.append((pen + glyph.x_offset, glyph.y_offset, f"{code:04X}"))
            pen += glyph.advance
            if mark:
                continue
            if not carried[k]:
                # A glyph with no text of its own (part of a ligature's cluster): its
                # width goes to its neighbour, so extractors see no gap in the word.
                if text_codes:
                    text_codes[-1][2] += glyph.advance
                else:
                    lead += glyph.advance
                continue
            chars = list(carried[k])
            if run.rtl:
                chars.reverse()
            share = glyph.advance // len(chars)
            for i, ch in enumerate(chars):
                # A glyph drawn in the ink layer keeps its place here with an empty glyph.
                gid = glyph.gid if i == 0 and not moved else empty
                width = share if i < len(chars) - 1 else glyph.advance - share * (len(chars) - 1)
                text_codes.append([gid, ch, width])
        if len(carried) > len(run.glyphs):
            text_codes.extend([empty, ch, 0] for ch in carried[-1])
        text_hex = "".join(f"{cid_font.code(gid, ch, width):04X}" for gid, ch, width in text_codes)
        codes = self._runs[key] = RunCodes(text_hex, marks, lead)
        return codes

    def line(self, font_name: str, face: Face, size: float, x: float, y: float,
             line: Line, base: int, extra: float) -> str:
        """BT ... ET drawing `line` from x (its left end) on baseline y; every space
        between words widened by `extra` points."""
        cid_font = self.font(font_name, face)
        scale = size / face.upem
        positions: dict[int, float] = {}
        pen = x
        for piece in line.visual(base):
            positions[id(piece)] = pen
            pen += piece.units * scale + (extra if piece.space else 0.0)
        out = [f"BT /{cid_font.internal_name} {size:.2f} Tf"]
        ink: list[str] = []
        for piece in stream_order(line.pieces, base, positions):
            codes = self._codes(cid_font, piece)
            left = positions[id(piece)]
            if codes.text_hex:
                start = left + codes.lead * scale
                out.append(f"1 0 0 1 {start:.2f} {y:.2f} Tm <{codes.text_hex}> Tj")
            for dx, dy, code in codes.marks:
                ink.append(f"1 0 0 1 {left + dx * scale:.2f} {y + dy * scale:.2f} Tm <{code}> Tj")
        out.extend(ink)
        out.append("ET")
        return "\n".join(out)

    def ink_line(self, font_name: str, face: Face, size: float, x: float, y: float,
                 line: Line, base: int) -> str:
        """A line drawn but never copied (page furniture such as a "continued" mark)."""
        cid_font = self.font(font_name, face)
        scale = size / face.upem
        out = [f"BT /{cid_font.internal_name} {size:.2f} Tf"]
        pen = x
        for piece in line.visual(base):
            for glyph in piece.run.glyphs:
                code = cid_font.code(glyph.gid, "", 0)
                out.append(f"1 0 0 1 {pen + glyph.x_offset * scale:.2f} "
                           f"{y + glyph.y_offset * scale:.2f} Tm <{code:04X}> Tj")
                pen += glyph.advance * scale
        out.append("ET")
        return "\n".join(out)
