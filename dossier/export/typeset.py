"""PDF text operators for one line already in visual order.

We write the text operators ourselves rather than going through reportlab's Paragraph:
nothing is parsed as markup (so `<b>` and `&` print literally), every space can take
the line's own justification, and each tashkeel mark can be nudged onto its letter.

The font has no positioning rules we can apply, so marks are placed generically: a mark
is centred over the advance of the letter it belongs to and takes no room of its own.
Marks stay on the baseline (a text rise would make extractors see a line of its own);
shadda with a vowel is drawn as the font's combined glyph rather than stacked.
"""

from __future__ import annotations

from unicodedata import bidirectional, category

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


def _is_mark(ch: str) -> bool:
    return category(ch) == "Mn" or "\ufc5e" <= ch <= "\ufc63"


def _mark_plan(visual: str, font: FontMetrics) -> dict[int, tuple[float, float]]:
    """For each mark in the line: (pen shift, own advance), in thousandths of an em."""
    plan: dict[int, tuple[float, float]] = {}
    n = len(visual)
    i = 0
    while i < n:
        if not _is_mark(visual[i]):
            i += 1
            continue
        end = i
        while end < n and _is_mark(visual[end]):
            end += 1
        # A right-to-left letter comes after its marks once the line is reversed.
        if end < n and bidirectional(visual[end]) in ("AL", "R"):
            base_width = font.char_width(visual[end])
            centre = base_width / 2
        elif i > 0:
            base_width = font.char_width(visual[i - 1])
            centre = -base_width / 2
        else:
            centre = 0.0
        for k in range(i, end):
            box = font.mark_box(visual[k])
            if box is not None:
                # Spacing forms (shadda with a vowel) also give back their advance.
                plan[k] = (centre - (box.x_min + box.x_max) / 2, font.char_width(visual[k]))
        i = end
    return plan


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
    plan = _mark_plan(visual, font) if any(_is_mark(ch) for ch in visual) else {}
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
        placed = plan.get(index)
        if placed is not None:
            shift, advance = placed
            flush_run()
            if shift:
                items.append(f"{-shift:.0f}")
            items.append(_literal(bytes((code,))))
            if shift + advance:
                items.append(f"{shift + advance:.0f}")
            continue
        run.append(code)
        if code == 32 and space_adjust and visual[index] == " ":
            flush_run()
            items.append(f"{space_adjust:.1f}")
    flush_array()
    out.append("ET")
    return "\n".join(out)
