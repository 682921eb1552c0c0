"""The dossier as a Word document, read back with python-docx: order, direction, text."""

from __future__ import annotations

import subprocess
import sys

from docx import Document
from docx.oxml.ns import qn

from dossier.export import export_briefing
from export_fixtures import HARD_EXCERPTS, hard_cases_briefing, sample_briefing


def _texts(doc):
    return [p.text for p in doc.paragraphs]


def test_docx_has_quotes_notes_citations_and_sources_in_order(tmp_path):
    briefing = sample_briefing()
    result = export_briefing(briefing, tmp_path / "d.docx")
    doc = Document(str(result.path))
    texts = _texts(doc)
    joined = "\n".join(texts)
    quotes = [i.excerpt.quote for s in briefing.sections for i in s.items if i.excerpt]
    positions = [joined.index(q) for q in quotes]
    assert positions == sorted(positions)
    assert joined.rindex("\nالهوامش\n") < joined.rindex("\nالمصادر\n")
    assert joined.index(quotes[-1]) < joined.rindex("\nالهوامش\n")
    assert "تعليق المحلل" in joined
    # Right to left: section and Arabic paragraphs are bidi.
    assert doc.sections[0]._sectPr.find(qn("w:bidi")) is not None
    arabic = [p for p in doc.paragraphs if p.text.startswith(quotes[0][:10])]
    assert arabic and arabic[0]._p.pPr.find(qn("w:bidi")) is not None


def test_docx_latin_runs_are_left_to_right(tmp_path):
    result = export_briefing(hard_cases_briefing(50), tmp_path / "h.docx")
    doc = Document(str(result.path))
    para = next(p for p in doc.paragraphs if p.text.startswith(HARD_EXCERPTS[1][:20]))
    runs = {r.text: r._r.rPr.find(qn("w:rtl")) is not None for r in para.runs}
    assert runs.get("IFAS") is False
    assert any(rtl for text, rtl in runs.items() if "الصندوق" in text)
    english = next(p for p in doc.paragraphs if p.text.startswith("The Central Asian"))
    assert english._p.pPr.find(qn("w:bidi")) is None


def test_cli_chooses_word_by_suffix(tmp_path):
    db = tmp_path / "lib.db"
    out = tmp_path / "b.docx"
    run = subprocess.run([sys.executable, "-m", "dossier.cli", "--db", str(db), "briefings"],
                         capture_output=True, text=True)
    ident = run.stdout.split()[0] if run.stdout.split() else "1"
    subprocess.run([sys.executable, "-m", "dossier.cli", "--db", str(db), "export", ident,
                    "-o", str(out)], check=True, capture_output=True, text=True)
    assert Document(str(out)).paragraphs
