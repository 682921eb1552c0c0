"""PDF text operators for one line already in visual order.

We write the text operators ourselves rather than going through reportlab's Paragraph:
nothing is parsed as markup (so `<b>` and `&` print literally), every space can take
the line's own justification.

Tashkeel: a mark has no advance, and reversing a right-to-left run puts it just before
its letter, so it draws over the start of that letter. We keep that natural place rather
than nudging marks with pen moves: a text extractor reads a backwards pen move as a
word break and scatters the marks. Shadda with a vowel is drawn as the font's combined
glyph (stacked, not overprinted), whose advance is given back so it takes no room.
"""

from __future__ import annotations

import re

from .fonts import FontMetrics

# Byte -> how it is written inside a PDF literal string.
_ESCAPES = {
    code: ("\\" + chr(code)) if code in (0x28, 0x29, 0x5C) else f"\\{code:03o}"
    for code in range(256)
    if code in (0x28, 0x29, 0x5C) or not 32 <= code < 127
}


_SPACING_MARK = re.compile("[\ufc5e-\ufc63]")


def _literal(codes: bytes) -> str:
    return "(" + codes.decode("latin-1").translate(_ESCAPES) + ")"


def _spacing_mark_plan(visual: str, font: FontMetrics) -> dict[int, float]:
    """Advance to give back after each spacing mark (shadda with a vowel), in 1/1000 em."""
    if not _SPACING_MARK.search(visual):
        return {}
    return {k: font.char_width(ch) for k, ch in enumerate(visual) if "\ufc5e" <= ch <= "\ufc63"}


def line_operators(
    doc,
    font: FontMetrics,
    size: float,
    x: float,
    y: float,
    visual: str,
    space_extra: float = 0.0,
) -> str:
    """BT ... ET drawing `visual` from (x, y); each space widened by space_extra points."""
    ttf = font.font
    space_adjust = f"{-space_extra * 1000.0 / size:.1f}" if space_extra else ""
    size_text = f"{size:.2f}"
    out = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
    current = -1
    pos = 0
    for subset, data in ttf.splitString(visual, doc):
        part = visual[pos : pos + len(data)]
        pos += len(data)
        if subset != current:
            out.append(f"{ttf.getSubsetInternalName(subset, doc)} {size_text} Tf")
            current = subset
        plan = _spacing_mark_plan(part, font)
        if plan:
            items = _items_with_marks(data, plan, space_adjust)
        elif space_adjust and 32 in data:
            pieces = data.split(b" ")
            items = []
            for piece in pieces[:-1]:
                items += (_literal(piece + b" "), space_adjust)
            items.append(_literal(pieces[-1]))
        else:
            out.append(_literal(data) + " Tj")
            continue
        out.append("[" + " ".join(items) + "] TJ")
    out.append("ET")
    return "\n".join(out)


def _items_with_marks(data: bytes, plan: dict[int, float], space_adjust: str) -> list[str]:
    """TJ items for a run holding spacing marks: each mark gives its advance back."""
    items: list[str] = []
    run = bytearray()
    for index, code in enumerate(data):
        run.append(code)
        advance = plan.get(index)
        if advance or (code == 32 and space_adjust):
            items.append(_literal(bytes(run)))
            run.clear()
            items.append(f"{advance:.0f}" if advance else space_adjust)
    if run:
        items.append(_literal(bytes(run)))
    return items
