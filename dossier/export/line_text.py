"""PDF text operators for laid-out lines: glyphs where HarfBuzz put them, text that copies.

A line is written in two layers (run_codes.py makes each run's codes):

- The text layer holds every glyph that sits on the baseline with no offset, one code
  per character (see cid_font.py), because the two common extractors disagree on
  multi-character codes: poppler reverses them in right-to-left words, pypdf keeps
  them as they are. Read by position (poppler) or by stream order (pypdf), the
  characters come out in logical order, with the tashkeel right after its letter.
- The ink layer draws marks and any glyph HarfBuzz moved off the pen (GPOS anchors),
  each at its exact place, with codes that copy as nothing, and a box for each
  character no bundled face has (its character stays in the text layer).

Pieces of a line are written in the order that makes a stream-order reader (pypdf)
give them back in logical order; one that reads by position (poppler) does not care.
That reader turns around what it reads as a right-to-left stretch and starts afresh at
each font selection (Tf), which is used here to end a stretch where needed: where the
face changes, and around a number drawn left to right that it reads as neutral
(Arabic-Indic digits), whose codes are then each read on their own.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .cid_font import CidFont
from .opentype import Face
from .paragraph_layout import Line
from .run_codes import RunCodes, run_codes

# What a stream-order extractor (pypdf) counts as right to left, and as neutral.
_READ_NEUTRAL = re.compile("[\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff]+")
_READ_LTR = re.compile("[^\x00-\x2f\x3a-\x40\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\u2000-\u206f\u20a0-\u21ff]")
_READ_RTL = re.compile("[\u0590-\u065f\u066e-\u06ef\u06fa-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")
# A box for a character no face has: cap height, stroke and side bearing, in ems.
_BOX_HEIGHT, _BOX_STROKE, _BOX_SIDE = 0.62, 0.05, 0.1


@lru_cache(maxsize=65536)
def _reading_direction(text: str) -> str:
    """How an extractor that keeps the stream's order (pypdf) sees a piece: "R" with
    Arabic letters, "L" with any other strong character (it counts Latin letters,
    digits, square brackets and guillemets as left to right), "N" when all neutral."""
    if _READ_RTL.search(text):
        return "R"
    return "L" if _READ_NEUTRAL.sub("", text) else "N"


def reading_directions(pieces) -> list[str]:
    """Each piece's direction to a stream-order reader (see `_reading_direction`)."""
    return [_reading_direction(piece.key[0]) for piece in pieces]


def stream_segments(directions: list[str]) -> list[tuple[bool, list[int]]]:
    """The order pieces are written in, as (right_to_left, indices) segments: runs of one
    reading direction in logical order; a right-to-left run written from its logical
    end (it is turned around when read), a left-to-right one from its start.

    Neutral pieces go with the run before them (with the one after at the line's
    start); those that end a right-to-left stretch are written after it (see `line`).
    """
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


def stretches(pieces, directions: list[str], indices: list[int]) -> list[tuple[bool, list[int]]]:
    """A right-to-left segment (indices from its logical end) cut into what a stream-order
    reader must read apart, in logical order: (number, indices from the stretch's logical
    end). A number stands alone; a change of face starts a new stretch.

    A number is drawn left to right and read as neutral by a stream-order reader
    (Arabic-Indic digits): inside a right-to-left stretch that reader would turn it
    around."""
    out: list[tuple[bool, list[int]]] = []
    members: list[int] | None = None  # the stretch being gathered
    members_face = None
    for k in reversed(indices):
        piece = pieces[k]
        if directions[k] == "N" and not piece.level & 1:
            out.append((True, [k]))
            members = None
        elif members is not None and piece.face is members_face:
            members.append(k)
        else:
            members, members_face = [k], piece.face
            out.append((False, members))
    for _, gathered in out:
        gathered.reverse()
    return out


def _neutral_end(directions: list[str], indices: list[int]) -> int:
    """How many pieces at the logical end of a right-to-left run (the first written) are
    neutral to a stream-order reader, when a piece it reads as a letter remains."""
    n = 0
    while n < len(indices) and directions[indices[n]] == "N":
        n += 1
    return n if n < len(indices) else 0


_RESTART = -1  # in a stream plan: select the font again (a stream-order reader starts afresh)


def _plan(pieces, directions: list[str], segments) -> list[int]:
    """The order pieces are written in, with restarts: piece k as k, a piece whose codes
    are each read on their own as ~k - 1 (below -1), a restart as _RESTART."""
    plan: list[int] = []
    for s, (rtl, indices) in enumerate(segments):
        if s:
            plan.append(_RESTART)
        if not rtl:
            plan.extend(indices)
            continue
        for n, (number, members) in enumerate(stretches(pieces, directions, indices)):
            if n:
                plan.append(_RESTART)
            if number:
                plan.extend(-k - 2 for k in members)
                continue
            # The punctuation and spaces that end a right-to-left stretch are read
            # afresh after it: a stream-order reader then puts them after the stretch,
            # not at its start nor with a left-to-right run that follows.
            tail = _neutral_end(directions, members)
            plan.extend(members[tail:])
            if tail:
                plan.append(_RESTART)
                plan.extend(members[:tail])
    return plan


class GlyphWriter:
    """Codes and operators for the lines of one document."""

    def __init__(self, doc):
        self.doc = doc
        self.fonts: dict[str, CidFont] = {}  # face's PostScript name -> its font
        self._runs: dict[str, dict[tuple, RunCodes]] = {}  # face -> run key -> codes

    def font(self, face: Face) -> CidFont:
        """The document's font for a face, added to the file when first used."""
        cid_font = self.fonts.get(face.ps_name)
        if cid_font is None:
            cid_font = CidFont(face, f"DA{len(self.fonts) + 1}")
            self.fonts[face.ps_name] = cid_font
            self._runs[face.ps_name] = {}
            self.doc.delayedFonts.append(cid_font)
        return cid_font

    def _line_codes(self, face: Face, pieces, extra_units: int) -> list[RunCodes]:
        """The codes of each piece, made once per document for each spelling and face;
        spaces widened by `extra_units` of `face`."""
        cid_font = self.font(face)
        known = self._runs[face.ps_name]
        runs = []
        for piece in pieces:
            own = piece.face
            if own is face:
                codes = known.get(piece.key)
                if codes is None:
                    codes = known[piece.key] = run_codes(cid_font, piece.run)
            else:
                own_font = self.font(own)
                own_known = self._runs[own.ps_name]
                codes = own_known.get(piece.key)
                if codes is None:
                    codes = own_known[piece.key] = run_codes(own_font, piece.run)
            runs.append(codes)
        if extra_units:
            wide: dict[str, RunCodes] = {}
            for k, piece in enumerate(pieces):
                if piece.space:
                    codes = wide.get(piece.face.ps_name)
                    if codes is None:
                        codes = wide[piece.face.ps_name] = self._wide_space(piece.face, extra_units)
                    runs[k] = codes
        return runs

    def line(self, face: Face, size: float, x: float, y: float, line: Line, base: int,
             extra_units: int) -> str:
        """BT ... ET drawing `line` from x (its left end) on baseline y in `face` (pieces
        from another face in theirs); every space between words widened by
        `extra_units` font units.

        Pieces that follow one another on the line and in the stream go out as one
        string: a widened space is a code of its own width, so no positioning is needed
        between words, and a line of one direction and face is one text-showing operator.
        """
        pieces = line.pieces
        runs = self._line_codes(face, pieces, extra_units)
        # A line all right to left in one face (most lines) is written as drawn.
        plain = base == 1 and all([piece.level == 1 and piece.face is face for piece in pieces]) \
            and not _READ_LTR.search("".join([piece.key[0] for piece in pieces]))
        if plain and all([codes.flush and not codes.marks and not codes.boxes for codes in runs]):
            return self._plain(self.font(face), size, size / face.upem, x, y, pieces, runs)
        n = len(pieces)
        order = range(n - 1, -1, -1) if plain else line.visual_order(base)
        scale = size / face.upem
        lefts = [0.0] * n
        pen = x
        for k in order:
            piece = pieces[k]
            lefts[k] = pen
            pen += (piece.units + extra_units if piece.space else piece.units) * scale
        directions = reading_directions(pieces)
        plan = _plan(pieces, directions, [(True, list(order))] if plain else stream_segments(directions))
        # Per face: its font's selection at the line's size, and points per font unit.
        faces: dict[str, tuple[str, float]] = {}
        out = ["BT"]
        chunk: list[str] = []
        ink: list[tuple[str, str]] = []
        boxes: list[str] = []
        selected = ""
        at = None  # where the pen is, when known
        current = None  # the face whose selection and scale `select` and `own_scale` are
        select, own_scale = "", 0.0
        for item in plan:
            if item == _RESTART:
                if chunk:
                    out.append(f"<{''.join(chunk)}> Tj")
                    chunk = []
                if selected:
                    out.append(selected)
                continue
            apart = item < 0
            k = -item - 2 if apart else item
            own = pieces[k].face
            if own is not current:
                current = own
                known = faces.get(own.ps_name)
                if known is None:
                    own_size = size * own.size_factor
                    known = faces[own.ps_name] = (
                        f"/{self.font(own).internal_name} {own_size:.2f} Tf", own_size / own.upem)
                select, own_scale = known
            if select != selected:
                if chunk:
                    out.append(f"<{''.join(chunk)}> Tj")
                    chunk = []
                out.append(select)
                selected = select
            codes = runs[k]
            hex_codes = codes.text_hex
            if hex_codes:
                left = lefts[k]
                start = left + codes.lead * own_scale if codes.lead else left
                if at is None or abs(start - at) > 0.005:
                    if chunk:
                        out.append(f"<{''.join(chunk)}> Tj")
                        chunk = []
                    out.append(f"1 0 0 1 {start:.2f} {y:.2f} Tm")
                if apart:
                    # Each code read on its own; the pen moves on between them as usual.
                    chunk.append(hex_codes[:4])
                    for i in range(4, len(hex_codes), 4):
                        out.append(f"<{''.join(chunk)}> Tj")
                        out.append(selected)
                        chunk = [hex_codes[i:i + 4]]
                else:
                    chunk.append(hex_codes)
                at = left + codes.text_units * own_scale
            if codes.marks:
                ink.append((select, codes.ink(own_scale, lefts[k], y)))
            if codes.boxes:
                for bx, width in codes.boxes:
                    boxes.append(_box(lefts[k] + bx * own_scale, y, width * own_scale, size * own.size_factor))
        if chunk:
            out.append(f"<{''.join(chunk)}> Tj")
        for select, ops in ink:
            if select != selected:
                out.append(select)
                selected = select
            out.append(ops)
        out.append("ET")
        drawn = "\n".join(out)
        return drawn + "\n" + "\n".join(boxes) if boxes else drawn

    def _wide_space(self, face: Face, extra_units: int) -> RunCodes:
        """A space widened by `extra_units` of the line's face (its own units converted)."""
        space = face.space()
        width = space.advance + round(extra_units / face.unit_scale)
        return RunCodes(self.font(face).hex(space.gid, " ", width), (), 0, width, width)

    @staticmethod
    def _plain(cid_font: CidFont, size: float, scale: float, x: float, y: float,
               pieces, runs: list[RunCodes]) -> str:
        """A right-to-left line of one face whose runs follow one another: one string; the
        punctuation that ends the line, if any, in a text object of its own after it."""
        tail = _neutral_end(reading_directions(pieces), list(range(len(pieces) - 1, -1, -1)))
        head = f"BT /{cid_font.internal_name} {size:.2f} Tf\n"
        core = runs[:len(runs) - tail]
        shift = sum(codes.text_units for codes in runs[len(runs) - tail:]) * scale
        text = f"{head}1 0 0 1 {x + shift:.2f} {y:.2f} Tm <{''.join([c.text_hex for c in reversed(core)])}> Tj\nET"
        if tail:
            ending = "".join([c.text_hex for c in reversed(runs[len(runs) - tail:])])
            text += f"\n{head}1 0 0 1 {x:.2f} {y:.2f} Tm <{ending}> Tj\nET"
        return text

    def ink_line(self, face: Face, size: float, x: float, y: float, line: Line, base: int) -> str:
        """A line drawn but never copied (page furniture such as a "continued" mark)."""
        out = ["BT"]
        pen = x
        selected = ""
        for piece in line.visual(base):
            own = piece.face
            own_size = size * own.size_factor
            own_scale = own_size / own.upem
            cid_font = self.font(own)
            select = f"/{cid_font.internal_name} {own_size:.2f} Tf"
            if select != selected:
                out.append(select)
                selected = select
            for glyph in piece.run.glyphs:
                out.append(f"1 0 0 1 {pen + glyph.x_offset * own_scale:.2f} "
                           f"{y + glyph.y_offset * own_scale:.2f} Tm "
                           f"<{cid_font.hex(glyph.gid, '', 0)}> Tj")
                pen += glyph.advance * own_scale
        out.append("ET")
        return "\n".join(out)


def _box(x: float, y: float, width: float, size: float) -> str:
    """A hollow box in the text's colour standing for a character no face has."""
    side, stroke, height = _BOX_SIDE * size, _BOX_STROKE * size, _BOX_HEIGHT * size
    left, inner = x + min(side, width / 4), max(width - 2 * min(side, width / 4), 2 * stroke + 0.5)
    return (f"{left:.2f} {y:.2f} {inner:.2f} {height:.2f} re "
            f"{left + stroke:.2f} {y + stroke:.2f} {inner - 2 * stroke:.2f} {height - 2 * stroke:.2f} re f*")
