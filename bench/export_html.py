"""The dossier as HTML, for rendering the same text with WeasyPrint beside our PDF.

    briefing_html(briefing) -> str           # in the project's environment
    python bench/export_html.py IN.html OUT.pdf   # in an environment that has WeasyPrint

The HTML carries the blocks `compose` makes for the PDF, in the same order, with the
same faces (Amiri, loaded from the project's font files), sizes, leading, indents,
page size and margins, justified right-to-left paragraphs, shaded quote boxes with a
bar at the start side, a running header and "page n of m" footer. Rendering it prints
one line of JSON: seconds (the rendering alone, imports excluded), pages, peak memory.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from html import escape

ALIGN = {"justify": "justify", "center": "center", "start": "start"}


def _style_css(name: str, style) -> str:
    weight = "bold" if style.font.endswith("Bold") else "normal"
    grey = int(255 * style.grey)
    rules = [f"font-weight: {weight}", f"font-size: {style.size}pt",
             f"line-height: {style.leading}pt", f"text-align: {ALIGN[style.align]}",
             f"margin: {style.space_before}pt {style.indent}pt {style.space_after}pt",
             f"color: rgb({grey},{grey},{grey})"]
    if style.quote:
        rules += ["background: #f0f0f0", "border-inline-start: 3px solid #8c8c8c",
                  "padding: 0 8pt"]
    if style.keep_with_next:
        rules.append("break-after: avoid")
    return f".{name} {{ {'; '.join(rules)} }}"


def briefing_html(briefing) -> str:
    """The dossier's blocks as one right-to-left HTML document."""
    from dossier.export import MARGIN_BOTTOM, MARGIN_SIDE, MARGIN_TOP
    from dossier.export import styles as st
    from dossier.export.compose import compose
    from dossier.export.fonts import BOLD, REGULAR, _FILES
    from dossier.export.layout import PageBreak, Para, Spacer, Style
    from dossier.paths import font_path

    styles = {key.lower(): value for key, value in vars(st).items() if isinstance(value, Style)}
    names = {id(value): key for key, value in styles.items()}
    css = [
        f"@font-face {{ font-family: Amiri; src: url('{font_path(_FILES[REGULAR][0]).as_uri()}'); }}",
        f"@font-face {{ font-family: Amiri; font-weight: bold; "
        f"src: url('{font_path(_FILES[BOLD][0]).as_uri()}'); }}",
        f"@page {{ size: A4; margin: {MARGIN_TOP}pt {MARGIN_SIDE}pt {MARGIN_BOTTOM}pt; "
        f"@top-center {{ content: '{escape(briefing.info.classification)}'; "
        "font: 9pt Amiri; color: #595959 } "
        "@bottom-center { content: 'صفحة ' counter(page) ' من ' counter(pages); "
        "font: 9pt Amiri; color: #595959 } }",
        "html { direction: rtl; font-family: Amiri; } p { orphans: 2; widows: 2 }",
        ".pagebreak { break-before: page }",
    ]
    css += [_style_css(name, value) for name, value in styles.items()]
    body: list[str] = []
    pending_break = False
    blocks, _ = compose(briefing, False)
    for block in blocks:
        if isinstance(block, PageBreak):
            pending_break = True
        elif isinstance(block, Spacer):
            body.append(f'<div style="height: {block.height}pt"></div>')
        elif isinstance(block, Para):
            classes = names[id(block.style)] + (" pagebreak" if pending_break else "")
            pending_break = False
            body.append(f'<p class="{classes}">{escape(block.text)}</p>')
    return ("<!DOCTYPE html><html lang='ar' dir='rtl'><head><meta charset='utf-8'><style>"
            + "\n".join(css) + "</style></head><body>" + "\n".join(body) + "</body></html>")


def render(html_path: str, pdf_path: str) -> dict:
    """Render with WeasyPrint (only this function needs it)."""
    from weasyprint import HTML

    start, cpu = time.perf_counter(), time.process_time()
    document = HTML(filename=html_path).render()
    document.write_pdf(pdf_path)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "cpu_seconds": time.process_time() - cpu, "pages": len(document.pages),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)}


if __name__ == "__main__":
    print(json.dumps(render(sys.argv[1], sys.argv[2])))
