"""One paragraph laid out: bidi levels once, shaped words, lines by shaped width.

The order of work is fixed. Levels are resolved once for the whole paragraph (UAX #9,
with the author's explicit controls). The paragraph is cut into words at spaces, each
word into runs of one level, and each run is shaped by HarfBuzz in its own direction
and script (Arabic letters as Arabic; Latin letters, and digits inside right-to-left
text, as Latin, so they get Latin punctuation and the digits the text has). Lines are
filled in logical order by the runs' shaped advances, which are the widths drawn, and
only a finished line is put in visual order (rules L1-L2 over its runs). A word wider
than the line is broken between clusters, at a URL's punctuation when it can be.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from unicodedata import category

from .fonts import COMPANION, companion_words, covered, drawable, face, lacking, run_faces
from .opentype import Face, ShapedRun
from .uba import CONTROLS, paragraph_levels, visual_indices

_URL_BREAKS = "/.-?&=_#:"
# A gap between words of an em or more (of the words' own drawn size) is a column break
# to poppler, which then reads the words of the line as separate blocks, a left-to-right
# line's in the wrong order: justified gaps stay under it. Arabic lines of real text need
# well under half an em of stretch, so only the check's cheap side is met there.
MAX_GAP_EM = 0.95
_SURELY_NARROW_EM = 0.3
_ARABIC_LETTER = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_LETTER = re.compile("[A-Za-z\u00c0-\u02af\u1e00-\u1eff]")
_CYRILLIC_LETTER = re.compile("[\u0400-\u052f]")
_DROP_CONTROLS = str.maketrans(dict.fromkeys(map(ord, CONTROLS), None))
_HAS_CONTROL = re.compile(f"[{''.join(sorted(CONTROLS))}]")
# In right-to-left text, runs of their own for what a stream-order reader (pypdf) reads
# differently from the letters around it, so the PDF can write each where that reader
# puts it back in order (line_text.py): brackets, guillemets and other signs that bidi
# treats as neutral but it takes for left-to-right letters, and the punctuation that
# ends a word (a full stop, a colon), which it takes for neutral.
_READER_SPLIT = re.compile(
    "([\\[\\]\\\\^_`{|}~\u00a1-\u00a9\u00ab-\u00b4\u00b6-\u00b9\u00bb-\u00bf\u00d7\u00f7]+"
    "|(?<=[^\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff])"
    "[\x00-\x2f\x3a-\x40\u0660-\u066d\u06f0-\u06f9\u2000-\u206f\u20a0-\u21ff]+$)")
_WORD_CACHE_SIZE = 100_000
_WORDS: dict[tuple, tuple] = {}


@dataclass(frozen=True, slots=True)
class Piece:
    """A shaped run of one level inside a word, or the space between two words."""

    run: ShapedRun
    key: tuple  # what it was shaped from: (text, rtl, script)
    level: int
    units: float  # advance in the paragraph's face's units
    face: Face  # the face it was shaped with and is drawn from
    space: bool = False


@dataclass(frozen=True, slots=True)
class Line:
    """One line: its pieces in logical order, natural width in points."""

    pieces: tuple[Piece, ...]
    width: float
    spaces: int
    last: bool

    def visual(self, base: int) -> list[Piece]:
        """The pieces in drawing order (left to right)."""
        return [self.pieces[k] for k in self.visual_order(base)]

    def visual_order(self, base: int) -> list[int]:
        """Indices of the pieces in drawing order (left to right)."""
        pieces = self.pieces
        levels = [p.level for p in pieces]
        if base == 1 and levels.count(1) == len(levels):
            return list(range(len(levels) - 1, -1, -1))
        # Rule L1 over pieces: the spaces that end the line go to the paragraph's level.
        k = len(pieces)
        while k > 0 and pieces[k - 1].space:
            k -= 1
            levels[k] = base
        return visual_indices(levels)


@dataclass(frozen=True, slots=True)
class WrappedParagraph:
    base: int
    lines: tuple[Line, ...]
    font: str
    size: float
    missing: frozenset[str] = frozenset()  # characters drawn as boxes: no bundled face has them

    @property
    def rtl(self) -> bool:
        return self.base == 1


def _script(text: str, level: int, previous: str) -> str:
    if _ARABIC_LETTER.search(text):
        return "Arab"
    if _CYRILLIC_LETTER.search(text):
        return "Cyrl"
    if _LATIN_LETTER.search(text) or not level & 1:
        return "Latn"
    return previous


def _runs(word: str, levels: bytes, start: int) -> list[tuple[str, int]]:
    """(text, level) runs of one word, explicit controls left out."""
    first = levels[start]
    own = levels[start:start + len(word)]
    if own.count(first) == len(own):
        kept = word.translate(_DROP_CONTROLS) if _HAS_CONTROL.search(word) else word
        runs = [(kept, first)] if kept else []
    else:
        runs = []
        for offset, ch in enumerate(word):
            level = levels[start + offset]
            if ch in CONTROLS:
                continue
            if runs and runs[-1][1] == level:
                runs[-1] = (runs[-1][0] + ch, level)
            else:
                runs.append((ch, level))
    return [(part, level) for text, level in runs if text
            for part in (_READER_SPLIT.split(text) if level & 1 else (text,)) if part]


def _piece(shaper: Face, text: str, level: int, script: str) -> Piece:
    key = (text, bool(level & 1), script)
    run = shaper.shape(*key)
    units = run.width if shaper.unit_scale == 1.0 else run.width * shaper.unit_scale
    return Piece(run, key, level, units, shaper)


def _cluster_edges(run: ShapedRun) -> dict[int, int]:
    """Advance from a run's start (logical order) to each cluster boundary, by character
    offset: one shaping of the whole run measures every prefix."""
    texts, advances = (run.texts[::-1], run.advances[::-1]) if run.rtl else (run.texts, run.advances)
    edges = {0: 0}
    offset = pen = 0
    for text, advance in zip(texts, advances):
        if text:
            edges[offset] = pen
        offset += len(text)
        pen += advance
    edges[offset] = pen
    return edges


def _split_long(piece: Piece, limit_units: float) -> list[Piece]:
    """A run too wide for the line cut between clusters into runs that fit.

    Cuts are chosen from the whole run's cluster advances, so the work stays linear in
    the run's length (a long URL in a sources list); a chunk whose own shaping comes out
    wider (contextual forms at the cut) gives back one cluster at a time.
    """
    text, _, script = piece.key
    shaper = piece.face
    limit_units /= shaper.unit_scale  # in the piece's own face units from here on
    edges = _cluster_edges(piece.run)
    cuts = [i for i in sorted(edges) if 0 < i < len(text) and category(text[i]) not in ("Mn", "Me")]
    pieces: list[Piece] = []
    start = k = 0  # cuts[k] is the first cut after start
    while start < len(text):
        while k < len(cuts) and cuts[k] <= start:
            k += 1
        last = bisect_right(cuts, edges[start] + limit_units, lo=k, key=edges.__getitem__) - 1
        if edges[len(text)] - edges[start] <= limit_units:
            end = len(text)
        elif last < k:  # not even one cluster fits: it goes alone
            end = cuts[k] if k < len(cuts) else len(text)
        else:
            best = cuts[last]
            url = next((cuts[j] for j in range(last, k - 1, -1) if text[cuts[j] - 1] in _URL_BREAKS), None)
            end = url if url is not None and url - start > (best - start) // 2 else best
        candidate = _piece(shaper, text[start:end], piece.level, script)
        while candidate.run.width > limit_units and k < len(cuts) and cuts[k] < end:
            end = cuts[bisect_right(cuts, end - 1) - 1]
            candidate = _piece(shaper, text[start:end], piece.level, script)
        pieces.append(candidate)
        start = end
    return pieces


def _fitting_prefix_search(piece: Piece, limit_units: float) -> list[Piece]:
    if piece.units <= limit_units or len(piece.key[0]) < 2:
        return [piece]
    return _split_long(piece, limit_units)


def _word(shaper: Face, font: str, word: str, levels: bytes, script_in: str,
          companion: bool = False) -> tuple:
    """(pieces, advance, script after it, characters drawn as boxes) of one word at the
    given levels, shaped once per document-wide spelling: running text repeats its words.
    With `companion`, runs of other scripts than Arabic are set in the companion face
    wherever it has all their characters."""
    key = (font, word, levels, script_in, companion)
    cached = _WORDS.get(key)
    if cached is None:
        pieces = []
        script = script_in
        have = covered(font)
        missing = ""
        for run_text, level in _runs(word, levels, 0):
            run_script = _script(run_text, level, script)
            if companion and run_script != "Arab" and covered(COMPANION[font]).issuperset(run_text):
                pieces.append(_piece(face(COMPANION[font]), run_text, level, run_script))
            elif have.issuperset(run_text):
                pieces.append(_piece(shaper, run_text, level, run_script))
            else:
                for part, part_font in run_faces(font, run_text, run_script == "Arab"):
                    pieces.append(_piece(face(part_font), part, level, run_script))
                    missing += lacking(part_font, part)
            if run_script != "Latn" or _LATIN_LETTER.search(run_text):
                script = run_script
        cached = (tuple(pieces), sum(p.units for p in pieces), script, missing)
        if len(_WORDS) >= _WORD_CACHE_SIZE:
            _WORDS.clear()
        _WORDS[key] = cached
    return cached


def _space(shaper: Face, level: int) -> Piece:
    space = shaper.space()
    units = space.advance if shaper.unit_scale == 1.0 else space.advance * shaper.unit_scale
    return Piece(ShapedRun.of(space), (" ", bool(level & 1), ""), level, units, shaper, True)


def wrap(text: str, font: str, size: float, width: float) -> WrappedParagraph:
    """Lay out a paragraph in lines no wider than `width` points."""
    shaper = face(font)
    text = drawable(font, text)
    base, levels = paragraph_levels(text)
    level_bytes = bytes(levels)
    scale = size / shaper.upem
    limit = width / scale
    spaces_by_level: dict[int, Piece] = {}  # the paragraph face's space at each level
    script = "Arab" if base else "Latn"
    position = 0
    missing = ""
    split = text.split(" ")
    companion = None if covered(font).issuperset(text) else companion_words(font, split)
    length = len(text)
    lines: list[Line] = []
    current: list[Piece] = []
    units = spaces = 0
    space_units = shaper.space().advance
    space_level = base
    for index, word in enumerate(split):
        start = position
        position += len(word) + 1
        if not word:
            continue
        # The word cache looked up here: most words of running text are met before.
        own_companion = companion is not None and companion[index]
        word_levels = level_bytes[start:position - 1]
        cached = _WORDS.get((font, word, word_levels, script, own_companion))
        if cached is None:
            cached = _word(shaper, font, word, word_levels, script, own_companion)
        pieces, word_units, script, lacks = cached
        if lacks:
            missing += lacks
        next_space_level = levels[position - 1] if position <= length else base
        if not pieces:
            continue
        if word_units > limit:
            pieces = tuple(part for piece in pieces for part in _fitting_prefix_search(piece, limit))
        if current and units + space_units + word_units > limit:
            lines.append(Line(tuple(current), units * scale, spaces, False))
            current, units, spaces = [], 0, 0
        if current:
            own = current[-1].face
            if own is shaper or pieces[0].face is not own:
                space = spaces_by_level.get(space_level)
                if space is None:
                    space = spaces_by_level[space_level] = _space(shaper, space_level)
            else:
                # Between two words of the companion face, its own space: a phrase keeps
                # one design (and one type size, which poppler needs to keep it one line).
                space = _space(own, space_level)
            current.append(space)
            units += space.units
            spaces += 1
        if word_units <= limit - units:
            current.extend(pieces)
            units += word_units
        else:
            for piece in pieces:
                # Only a word wider than the line is broken, between its pieces.
                if current and not current[-1].space and units + piece.units > limit:
                    lines.append(Line(tuple(current), units * scale, spaces, False))
                    current, units, spaces = [], 0, 0
                current.append(piece)
                units += piece.units
        space_level = next_space_level
    if current:
        lines.append(Line(tuple(current), units * scale, spaces, True))
    return WrappedParagraph(base, tuple(lines), font, size, frozenset(missing))


def space_extra(line: Line, width: float, justify: bool, size: float) -> float:
    """Extra points per space that make the line fill `width` (none on a last line).

    A line left short by an unbreakable word that follows (a long URL, a run of long
    Latin words) would open gaps of an em or more; such a line is set flush to its
    start instead.
    """
    if not justify or line.last or line.spaces == 0:
        return 0.0
    extra = max(0.0, (width - line.width) / line.spaces)
    if extra <= _SURELY_NARROW_EM * size:
        return extra
    pieces = line.pieces
    smallest = min(piece.face.size_factor for piece in pieces)
    space = max(piece.run.width * piece.face.size_factor / piece.face.upem
                for piece in pieces if piece.space) * size
    return extra if space + extra < MAX_GAP_EM * smallest * size else 0.0
