"""The same dossier as a Word document (.docx), right to left.

The blocks `compose` produces for the PDF are written as Word paragraphs: a right-to-left
section, paragraphs marked bidi (w:bidi), each run marked right to left (w:rtl) or not
by the bidi level of its text, so Latin names, URLs and digits stay in their order
inside Arabic sentences. Word does its own shaping and line breaking; page breaks
before the contents, the sections and the notes are kept, and quotes are indented
paragraphs with their attribution kept with them.
"""

from __future__ import annotations

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from dossier.model import Briefing

from . import styles as st
from .compose import compose
from .layout import PageBreak, Para, Spacer
from .uba import CONTROLS, paragraph_levels

FONT = "Amiri"


def _on(element, tag: str, **attrs) -> None:
    child = element.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        element.append(child)
    for key, value in attrs.items():
        child.set(qn(key), value)


def direction_runs(text: str) -> list[tuple[str, bool]]:
    """(text, right_to_left) runs by resolved bidi level; explicit controls kept."""
    base, levels = paragraph_levels(text)
    runs: list[tuple[str, bool]] = []
    for ch, level in zip(text, levels):
        rtl = bool(level & 1) or (ch in CONTROLS and base == 1)
        if runs and runs[-1][1] == rtl:
            runs[-1] = (runs[-1][0] + ch, rtl)
        else:
            runs.append((ch, rtl))
    return runs


def _paragraph(doc, para: Para, page_break_before: bool) -> None:
    style = para.style
    p = doc.add_paragraph()
    base, _ = paragraph_levels(para.text)
    p_pr = p._p.get_or_add_pPr()
    if base == 1:
        _on(p_pr, "w:bidi")
    fmt = p.paragraph_format
    fmt.space_before = Pt(style.space_before)
    fmt.space_after = Pt(style.space_after)
    fmt.page_break_before = page_break_before
    fmt.keep_with_next = style.keep_with_next or (para.group is not None and style.quote)
    if style.indent:
        fmt.left_indent = fmt.right_indent = Pt(style.indent)
    # Word's "both"/"start" are logical: in a bidi paragraph the start is the right.
    align = {"justify": "both", "center": "center"}.get(style.align, "start")
    _on(p_pr, "w:jc", **{"w:val": align if align != "start" else ("right" if base else "left")})
    for text, rtl in direction_runs(para.text):
        run = p.add_run(text)
        r_pr = run._r.get_or_add_rPr()
        _on(r_pr, "w:rFonts", **{"w:ascii": FONT, "w:hAnsi": FONT, "w:cs": FONT})
        if rtl:
            _on(r_pr, "w:rtl")
        _on(r_pr, "w:lang", **{"w:bidi": "ar-SA"})
        run.font.size = Pt(style.size)
        _on(r_pr, "w:szCs", **{"w:val": str(int(style.size * 2))})
        if style.font.endswith("Bold"):
            run.bold = True
            _on(r_pr, "w:bCs")
        if style.grey:
            grey = int(255 * style.grey)
            _on(r_pr, "w:color", **{"w:val": f"{grey:02X}{grey:02X}{grey:02X}"})


def write_docx(briefing: Briefing, path, digits: bool, report) -> int:
    """Write the dossier as .docx at `path`; returns the number of paragraphs."""
    blocks, _ = compose(briefing, digits)
    doc = Document()
    section = doc.sections[0]
    _on(section._sectPr, "w:bidi")
    break_next = False
    count = 0
    total = len(blocks)
    for index, block in enumerate(blocks):
        if isinstance(block, PageBreak):
            break_next = count > 0
        elif isinstance(block, Spacer):
            continue
        else:
            _paragraph(doc, block, break_next)
            break_next = False
            count += 1
        if index % 50 == 0:
            report(index, total, "paragraph")
    info = briefing.info
    doc.core_properties.title = info.title[:2000]
    doc.core_properties.author = info.author or ""
    doc.core_properties.subject = info.subtitle or ""
    doc.core_properties.language = "ar"
    doc.save(str(path))
    report(total, total, "paragraph")
    return count
