"""A shaped face embedded in one PDF as a Type 0 font with two-byte codes.

Shaping gives glyph ids, many of which (positional forms, ligatures, mark variants)
have no character of their own, so the PDF font is addressed by glyph, not by
character: each code (CID) stands for one (glyph, text, advance) triple, a
CIDToGIDMap sends it to its glyph, and the ToUnicode CMap gives its text. The same
glyph can thus copy as different text in different places (a cluster's first glyph
carries the cluster's letters, the others nothing), and a code's advance can differ
from the glyph's own where that keeps the pen moving forward (see line_text.py).

The face is subset to the glyphs used, keeping glyph ids, with the layout tables
dropped: a PDF viewer draws outlines and needs nothing else.
"""

from __future__ import annotations

import uharfbuzz as hb
from reportlab.pdfbase import pdfdoc

from .opentype import Face

_DROP_TABLES = ("GSUB", "GPOS", "GDEF", "gasp", "prep", "fpgm", "cvt ", "hdmx", "kern")
_MAX_CODES = 0xFFFF


def _tag(name: str) -> int:
    return int.from_bytes(name.encode("ascii"), "big")


def _utf16_hex(text: str) -> str:
    return text.encode("utf-16-be").hex().upper()


class CidFont:
    """The codes one document uses from one face, and the PDF objects that define them."""

    def __init__(self, face: Face, internal_name: str):
        self.face = face
        self.internal_name = internal_name  # e.g. "F1", used as /F1 in content streams
        # (gid, text, width) -> the code as a content stream writes it: four hex digits.
        self.codes: dict[tuple[int, str, int], str] = {}
        self.gids: list[int] = [0]
        self.texts: list[str] = [""]
        self.widths: list[int] = [0]

    def hex(self, gid: int, text: str, width: int) -> str:
        """The code (as hex) that draws `gid`, copies as `text` and advances `width`
        font units."""
        key = (gid, text, width)
        code = self.codes.get(key)
        if code is None:
            cid = len(self.gids)
            if cid > _MAX_CODES:
                raise OverflowError("too many distinct glyph codes for one font")
            code = self.codes[key] = f"{cid:04X}"
            self.gids.append(gid)
            self.texts.append(text)
            self.widths.append(width)
        return code

    def code(self, gid: int, text: str, width: int) -> int:
        return int(self.hex(gid, text, width), 16)

    # The PDF side -----------------------------------------------------------------

    def _stream(self, doc, content: bytes | str, name: str, **entries) -> pdfdoc.PDFObjectReference:
        stream = pdfdoc.PDFStream(content=content)
        if doc.compression:
            stream.filters = [pdfdoc.PDFZCompress]
        for key, value in entries.items():
            stream.dictionary[key] = value
        return doc.Reference(stream, name)

    def _subset(self) -> bytes:
        subset_input = hb.SubsetInput()
        for gid in set(self.gids):
            subset_input.glyph_set.add(gid)
        for tag in _DROP_TABLES:
            subset_input.drop_table_tag_set.add(_tag(tag))
        subset_input.flags = (hb.SubsetFlags.RETAIN_GIDS | hb.SubsetFlags.NO_HINTING
                              | hb.SubsetFlags.NO_LAYOUT_CLOSURE)
        return hb.subset(self.face.face, subset_input).blob.data

    def _to_unicode(self, base_name: str) -> str:
        entries = [f"<{cid:04X}> <{_utf16_hex(text)}>"
                   for cid, text in enumerate(self.texts) if cid]
        lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
                 "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
                 f"/CMapName /{base_name}-UCS def", "/CMapType 2 def",
                 "1 begincodespacerange", "<0000> <FFFF>", "endcodespacerange"]
        for start in range(0, len(entries), 100):  # at most 100 entries a block
            chunk = entries[start:start + 100]
            lines += [f"{len(chunk)} beginbfchar", *chunk, "endbfchar"]
        lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
        return "\n".join(lines)

    def _width_array(self) -> pdfdoc.PDFArray:
        scale = 1000.0 / self.face.upem
        widths = [round(w * scale, 1) for w in self.widths]
        return pdfdoc.PDFArray([0, pdfdoc.PDFArray(widths)])

    def addObjects(self, doc) -> None:  # noqa: N802 - reportlab's hook for delayed fonts
        face = self.face
        base_name = f"{_subset_prefix(self.internal_name)}+{face.ps_name}"
        metrics = face.descriptor_metrics()
        font_file = self._subset()
        descriptor = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("FontDescriptor"),
            "FontName": pdfdoc.PDFName(base_name),
            "Flags": 4 | 32,  # symbolic-free serif text face; nonsymbolic bit
            "FontBBox": pdfdoc.PDFArray(metrics["bbox"]),
            "ItalicAngle": 0,
            "Ascent": metrics["ascent"],
            "Descent": metrics["descent"],
            "CapHeight": metrics["cap_height"],
            "StemV": 80,
            "FontFile2": self._stream(doc, font_file, f"fontfile:{base_name}",
                                      Length1=len(font_file)),
        })
        cid_to_gid = b"".join(gid.to_bytes(2, "big") for gid in self.gids)
        descendant = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Font"),
            "Subtype": pdfdoc.PDFName("CIDFontType2"),
            "BaseFont": pdfdoc.PDFName(base_name),
            "CIDSystemInfo": pdfdoc.PDFDictionary({
                "Registry": pdfdoc.PDFString("Adobe"),
                "Ordering": pdfdoc.PDFString("Identity"),
                "Supplement": 0,
            }),
            "FontDescriptor": doc.Reference(descriptor, f"descriptor:{base_name}"),
            "DW": 0,
            "W": self._width_array(),
            "CIDToGIDMap": self._stream(doc, cid_to_gid, f"cidtogid:{base_name}"),
        })
        font = pdfdoc.PDFDictionary({
            "Type": pdfdoc.PDFName("Font"),
            "Subtype": pdfdoc.PDFName("Type0"),
            "BaseFont": pdfdoc.PDFName(base_name),
            "Encoding": pdfdoc.PDFName("Identity-H"),
            "DescendantFonts": pdfdoc.PDFArray([doc.Reference(descendant, f"cidfont:{base_name}")]),
            "ToUnicode": self._stream(doc, self._to_unicode(base_name), f"tounicode:{base_name}"),
        })
        doc.idToObject["BasicFonts"].dict[self.internal_name] = doc.Reference(
            font, f"font:{base_name}")


def _subset_prefix(internal_name: str) -> str:
    """Six capital letters naming a subset, as the PDF format asks (from F1, F2...)."""
    number = int("".join(ch for ch in internal_name if ch.isdigit()) or 0)
    letters = []
    for _ in range(6):
        number, rest = divmod(number, 26)
        letters.append(chr(ord("A") + rest))
    return "".join(reversed(letters))
