"""One OpenType face seen through HarfBuzz: shaping with the font's own features.

`Face.shape(text, rtl, script)` gives the glyphs of one run in visual order (left to
right) with HarfBuzz's advances and offsets in font units and, for each glyph, the
slice of text its cluster stands for. Clusters are kept at character level
(HarfBuzz's MONOTONE_CHARACTERS), so a mark keeps its own cluster unless the font
ligates it, and copying the PDF can give back every letter and mark of the text.

Words recur so much in running text that shaped words are cached per face.
"""

from __future__ import annotations

import struct
from functools import lru_cache
from typing import NamedTuple

import uharfbuzz as hb

_CLUSTER_LEVEL = 1  # HB_BUFFER_CLUSTER_LEVEL_MONOTONE_CHARACTERS
_MARK_CLASS = 3  # GDEF glyph class of a mark


class Glyph(NamedTuple):
    """One shaped glyph: id, advance and offsets in font units, and the text it shows.

    `text` is the whole cluster's text on the first glyph of a cluster in logical
    order and empty on the others, so every character is carried exactly once.
    """

    gid: int
    advance: int
    x_offset: int
    y_offset: int
    text: str


class ShapedRun(NamedTuple):
    """A shaped run as parallel tuples, one entry per glyph in visual order: a long
    document shapes tens of thousands of words, and an object per glyph would cost
    more than the shaping itself."""

    gids: tuple[int, ...]
    advances: tuple[int, ...]
    x_offsets: tuple[int, ...]
    y_offsets: tuple[int, ...]
    texts: tuple[str, ...]  # see Glyph.text
    width: int  # sum of advances, font units
    rtl: bool
    moved: bool  # some glyph has an offset

    @property
    def glyphs(self) -> list[Glyph]:
        return [Glyph(*fields) for fields in zip(self.gids, self.advances, self.x_offsets,
                                                  self.y_offsets, self.texts)]

    @staticmethod
    def of(glyph: Glyph, rtl: bool = False) -> "ShapedRun":
        return ShapedRun((glyph.gid,), (glyph.advance,), (glyph.x_offset,), (glyph.y_offset,),
                         (glyph.text,), glyph.advance, rtl, bool(glyph.x_offset or glyph.y_offset))


def _cluster_texts(text: str, clusters: list[int], rtl: bool) -> list[str]:
    """The text each glyph carries: a cluster's characters on its first glyph.

    Clusters never decrease in logical order (HarfBuzz keeps them monotone at this
    cluster level), so one walk finds where each cluster's text ends.
    """
    out = [""] * len(clusters)
    order = range(len(clusters) - 1, -1, -1) if rtl else range(len(clusters))
    first = start = -1
    for k in order:
        cluster = clusters[k]
        if cluster != start:
            if first >= 0:
                out[first] = text[start:cluster]
            first, start = k, cluster
    if first >= 0:
        out[first] = text[start:]
    return out


class Face:
    """A font file opened for shaping, with the metrics its PDF embedding needs."""

    def __init__(self, path: str, ps_name: str):
        self.path = path
        self.ps_name = ps_name
        self.blob = hb.Blob.from_file_path(path)
        self.face = hb.Face(self.blob)
        self.font = hb.Font(self.face)
        self.upem = self.face.upem
        # Drawn at this many times the line's type size, and its units times
        # `unit_scale` are the primary face's (see fonts.py): 1 for the primary face.
        self.size_factor = 1.0
        self.unit_scale = 1.0
        self._space = self.font.get_nominal_glyph(0x20)
        # A glyph with no outline: carries copied text without drawing anything.
        self.empty_glyph = self.font.get_nominal_glyph(0x200B) or self._space
        self.shape = lru_cache(maxsize=200_000)(self._shape)
        self._marks: bytes | None = None

    def has(self, ch: str) -> bool:
        return self.font.get_nominal_glyph(ord(ch)) is not None

    def _shape(self, text: str, rtl: bool, script: str | None = None) -> ShapedRun:
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        if script:
            buf.script = script
        buf.cluster_level = _CLUSTER_LEVEL
        hb.shape(self.font, buf, {})
        fields = [(info.codepoint, info.cluster, pos.x_advance, pos.x_offset, pos.y_offset)
                  for info, pos in zip(buf.glyph_infos, buf.glyph_positions)]
        if not fields:
            return ShapedRun((), (), (), (), (), 0, rtl, False)
        gids, clusters, advances, x_offsets, y_offsets = zip(*fields)
        moved = any(x_offsets) or any(y_offsets)
        return ShapedRun(gids, advances, x_offsets, y_offsets,
                         tuple(_cluster_texts(text, clusters, rtl)), sum(advances), rtl, moved)

    @lru_cache(maxsize=None)
    def advance(self, gid: int) -> int:
        return self.font.get_glyph_h_advance(gid)

    @lru_cache(maxsize=None)
    def glyph_class(self, gid: int) -> int:
        return self.face.get_layout_glyph_class(gid)

    @property
    def mark_glyphs(self) -> bytes:
        """One byte per glyph id, 1 for a mark (GDEF class 3): read per glyph, so a table."""
        if self._marks is None:
            self._marks = bytes(self.glyph_class(gid) == _MARK_CLASS
                                for gid in range(self.face.glyph_count))
        return self._marks

    def space(self) -> Glyph:
        return Glyph(self._space, self.advance(self._space), 0, 0, " ")

    def descriptor_metrics(self) -> dict:
        """What a PDF FontDescriptor states about the face, in thousandths of an em."""
        scale = 1000.0 / self.upem
        head = self.face.reference_table("head").data
        x_min, y_min, x_max, y_max = struct.unpack(">hhhh", head[36:44])
        extents = self.font.get_font_extents("ltr")
        os2 = self.face.reference_table("OS/2").data
        cap = struct.unpack(">h", os2[88:90])[0] if len(os2) >= 90 else extents.ascender
        return {
            "bbox": [round(v * scale) for v in (x_min, y_min, x_max, y_max)],
            "ascent": round(extents.ascender * scale),
            "descent": round(extents.descender * scale),
            "cap_height": round(cap * scale),
        }
