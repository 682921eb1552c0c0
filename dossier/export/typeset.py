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

from .fonts import FontMetrics

_ESCAPES = []
for _code in range(256):
    if _code in (0x28, 0x29, 0x5C):
        _ESCAPES.append("\\" + chr(_code))
    elif 32 <= _code < 127:
        _ESCAPES.append(chr(_code))
    else:
        _ESCAPES.append(f"\\{_code:03o}")


def _literal(codes: bytes) -> str:
    return "(" + "".join([_ESCAPES[b] for b in codes]) + ")"


def _spacing_mark_plan(visual: str, font: FontMetrics) -> dict[int, float]:
    """Advance to give back after each spacing mark (shadda with a vowel), in 1/1000 em."""
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
    codes: list[tuple[int, int]] = []
    for subset, chunk in ttf.splitString(visual, doc):
        codes.extend((subset, b) for b in chunk)
    plan = _spacing_mark_plan(visual, font)
    space_adjust = -space_extra * 1000.0 / size if space_extra else 0.0
    out = [f"BT 1 0 0 1 {x:.2f} {y:.2f} Tm"]
    current = -1
    items: list[str] = []
    run = bytearray()

    def flush_run() -> None:
        if run:
            items.append(_literal(bytes(run)))
            run.clear()

    def flush_array() -> None:
        flush_run()
        if items:
            out.append("[" + " ".join(items) + "] TJ")
            items.clear()

    size_text = f"{size:.2f}"
    for index, (subset, code) in enumerate(codes):
        if subset != current:
            flush_array()
            out.append(f"{ttf.getSubsetInternalName(subset, doc)} {size_text} Tf")
            current = subset
        advance = plan.get(index)
        if advance:
            run.append(code)
            flush_run()
            items.append(f"{advance:.0f}")
            continue
        run.append(code)
        if code == 32 and space_adjust and visual[index] == " ":
            flush_run()
            items.append(f"{space_adjust:.1f}")
    flush_array()
    out.append("ET")
    return "\n".join(out)
