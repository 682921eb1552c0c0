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
from functools import lru_cache

from .cid_font import CidFont
from .opentype import Face, ShapedRun
from .paragraph_layout import Line, Piece

# What a stream-order extractor (pypdf) counts as right to left, and as neutral.
_READ_NEUTRAL = re.compile("[\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff]+")
_READ_LTR = re.compile("[^\x00-\x2f\x3a-\x40\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u2000-\u206f\u20a0-\u21ff]")
_READ_RTL = re.compile("[\u0590-\u065f\u066e-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


class RunCodes:
    """One shaped run turned into codes: text layer hex string and ink-layer marks."""

    __slots__ = ("text_hex", "marks", "lead", "text_units", "flush")

    def __init__(self, text_hex: str, marks: list[tuple[float, float, str]], lead: int,
                 text_units: int, width: int):
        self.text_hex = text_hex
        self.marks = marks  # (x, y) in font units from the run's start, hex code
        self.lead = lead  # font units before the first text-layer code
        self.text_units = text_units  # where the pen is after the text-layer codes
        # The codes start at the run's start and end at its end: runs like this that
        # follow one another need no positioning between them.
        self.flush = lead == 0 and text_units == width


def _marks(face: Face, run: ShapedRun) -> list[bool]:
    """Which glyphs are marks: GDEF marks, and zero-width glyphs HarfBuzz moved."""
    table = face.mark_glyphs
    return [bool(table[g.gid]) or (g.advance == 0 and bool(g.x_offset or g.y_offset))
            for g in run.glyphs]


def _carried_texts(face: Face, run: ShapedRun, off: list[bool] | None = None) -> list[str]:
    """Text each text-layer glyph carries: its cluster's, plus that of its marks."""
    glyphs = run.glyphs
    n = len(glyphs)
    carried = [g.text for g in glyphs]
    off = _marks(face, run) if off is None else off
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


@lru_cache(maxsize=65536)
def _reading_direction(text: str) -> str:
    """How an extractor that keeps the stream's order (pypdf) sees a piece: "R" with
    Arabic letters, "L" with any other strong character (it counts Latin letters,
    digits, square brackets and guillemets as left to right), "N" when all neutral."""
    if _READ_RTL.search(text):
        return "R"
    return "L" if _READ_NEUTRAL.sub("", text) else "N"


def stream_segments(pieces) -> list[tuple[bool, list[int]]]:
    """The order pieces are written in, as (right_to_left, indices) segments: runs of one
    reading direction in logical order; a right-to-left run written from its logical
    end (it is turned around when read), a left-to-right one from its start.

    An extractor that reads by position (poppler) does not care; one that keeps the
    stream's order (pypdf) then reads the line in logical order. Neutral pieces go with
    the run before them (with the one after at the line's start); those that end a
    right-to-left run are written after it (see `line`).
    """
    directions = [_reading_direction(piece.key[0]) for piece in pieces]
    current = next((d for d in directions if d != "N"), "R")
    segments: list[tuple[bool, list[int]]] = []
    for k, direction in enumerate(directions):
        if direction != "N":
            current = direction
        rtl = current == "R"
        if segments and segments[-1][0] == rtl:
            segments[-1][1].append(k)
        else:
            segments.append((rtl, [k]))
    for rtl, indices in segments:
        if rtl:
            indices.reverse()
    return segments


def _neutral_end(pieces, indices: list[int]) -> int:
    """How many pieces at the logical end of a right-to-left run (the first written) are
    neutral to a stream-order reader, when a piece it reads as a letter remains."""
    n = 0
    while n < len(indices) and _reading_direction(pieces[indices[n]].key[0]) == "N":
        n += 1
    return n if n < len(indices) else 0


class GlyphWriter:
    """Codes and operators for the lines of one document."""

    def __init__(self, doc):
        self.doc = doc
        self.fonts: dict[str, CidFont] = {}
        self._runs: dict[str, dict[tuple, RunCodes]] = {}  # font -> run key -> codes

    def font(self, name: str, face: Face) -> CidFont:
        cid_font = self.fonts.get(name)
        if cid_font is None:
            cid_font = CidFont(face, f"DA{len(self.fonts) + 1}")
            self.fonts[name] = cid_font
            self._runs[cid_font.internal_name] = {}
            self.doc.delayedFonts.append(cid_font)
        return cid_font

    def _codes(self, cid_font: CidFont, piece: Piece) -> RunCodes:
        """The codes of a run, made once per document for each spelling."""
        face = cid_font.face
        run = piece.run
        empty = face.empty_glyph
        code = cid_font.code
        marks_at = _marks(face, run)
        carried = _carried_texts(face, run, marks_at)
        text_codes: list[list] = []  # [gid, char, width] in stream order
        marks: list[tuple[float, float, str]] = []
        lead = pen = 0
        for glyph, mark, text in zip(run.glyphs, marks_at, carried):
            moved = bool(glyph.x_offset or glyph.y_offset) or (not text and not mark)
            if moved or mark:
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
        codes = self._runs[cid_font.internal_name][piece.key] = RunCodes(
            text_hex, marks, lead, text_units, run.width)
        return codes

    def line(self, font_name: str, face: Face, size: float, x: float, y: float,
             line: Line, base: int, extra_units: int) -> str:
        """BT ... ET drawing `line` from x (its left end) on baseline y; every space
        between words widened by `extra_units` font units.

        Pieces that follow one another on the line and in the stream go out as one
        string: a widened space is a code of its own width, so no positioning is needed
        between words, and a line of one direction is one text-showing operator.
        """
        cid_font = self.font(font_name, face)
        scale = size / face.upem
        pieces = line.pieces
        known = self._runs[cid_font.internal_name]
        runs = [known.get(piece.key) or self._codes(cid_font, piece) for piece in pieces]
        if extra_units:
            space = face.space()
            wide = f"{cid_font.code(space.gid, ' ', space.advance + extra_units):04X}"
            wide_codes = RunCodes(wide, [], 0, space.advance + extra_units, space.advance + extra_units)
            runs = [wide_codes if piece.space else codes for piece, codes in zip(pieces, runs)]
        # A line all right to left (most lines) is written as drawn: one run, no sorting.
        plain = base == 1 and all(piece.level == 1 for piece in pieces) and not _READ_LTR.search(
            "".join([piece.key[0] for piece in pieces]))
        if plain and all(codes.flush for codes in runs) and not any(codes.marks for codes in runs):
            # One string; the punctuation that ends the line, if any, in a text object
            # of its own after it (see below).
            tail = _neutral_end(pieces, list(range(len(pieces) - 1, -1, -1)))
            head = f"BT /{cid_font.internal_name} {size:.2f} Tf\n"
            core = runs[:len(runs) - tail]
            shift = sum(codes.text_units for codes in runs[len(runs) - tail:]) * scale
            text = f"{head}1 0 0 1 {x + shift:.2f} {y:.2f} Tm <{''.join([c.text_hex for c in reversed(core)])}> Tj\nET"
            if tail:
                ending = "".join([c.text_hex for c in reversed(runs[len(runs) - tail:])])
                text += f"\n{head}1 0 0 1 {x:.2f} {y:.2f} Tm <{ending}> Tj\nET"
            return text
        order = list(range(len(pieces) - 1, -1, -1)) if plain else line.visual_order(base)
        lefts = [0.0] * len(pieces)
        pen = x
        for k in order:
            lefts[k] = pen
            pen += (pieces[k].units + (extra_units if pieces[k].space else 0)) * scale
        out = [f"BT /{cid_font.internal_name} {size:.2f} Tf"]
        ink: list[str] = []
        chunk: list[str] = []
        pen = None
        segments = [(True, order)] if plain else stream_segments(pieces)
        for rtl, indices in segments:
            # The punctuation and spaces that end a right-to-left run go in a text object
            # of their own after it: a stream-order reader (pypdf) then puts them after
            # the run, not at its start nor with a left-to-right run that follows.
            tail = _neutral_end(pieces, indices) if rtl else 0
            for part, k_range in ((0, indices[tail:]), (1, indices[:tail])):
                if part and k_range:
                    if chunk:
                        out.append(f"<{''.join(chunk)}> Tj")
                        chunk = []
                    out.append(f"ET\nBT /{cid_font.internal_name} {size:.2f} Tf")
                    pen = None
                for k in k_range:
                    codes = runs[k]
                    left = lefts[k]
                    if codes.text_hex:
                        start = left + codes.lead * scale
                        if pen is None or abs(start - pen) > 0.005:
                            if chunk:
                                out.append(f"<{''.join(chunk)}> Tj")
                                chunk = []
                            out.append(f"1 0 0 1 {start:.2f} {y:.2f} Tm")
                        chunk.append(codes.text_hex)
                        pen = left + codes.text_units * scale
                    for dx, dy, code in codes.marks:
                        ink.append(f"1 0 0 1 {left + dx * scale:.2f} {y + dy * scale:.2f} Tm <{code}> Tj")
        if chunk:
            out.append(f"<{''.join(chunk)}> Tj")
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
