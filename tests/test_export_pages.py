"""Pages a typesetter would sign: break rules over a 50-page briefing, the running
header, reading direction."""

from __future__ import annotations

import pytest

from dossier.export import export_briefing
from dossier.export import styles as st
from dossier.export.compose import compose
from dossier.export.layout import Frame, paginate
from dossier.export.pdf_writer import HEADER_GAP, fit_header_title, single_line
from export_fixtures import long_briefing


@pytest.fixture(scope="module")
def flow():
    blocks, _ = compose(long_briefing(50), False)
    return paginate(blocks, Frame(62.0, 595.28 - 62.0, 842 - 66.0, 58.0))


def test_fifty_pages_no_widow_orphan_or_stranded_attribution(flow):
    assert len(flow.pages) >= 45
    lines = [(n, placed) for n, page in enumerate(flow.pages) for placed in page.lines]
    per_para: dict[int, list[int]] = {}
    for n, placed in lines:
        per_para.setdefault(id(placed.para), []).append(n)
    split = 0
    for pages in per_para.values():
        for page in set(pages):
            # At least two lines of a paragraph on each page it crosses.
            assert len(pages) < 2 or pages.count(page) >= 2 or len(set(pages)) == 1
        split += len(set(pages)) > 1
    assert split > 0  # long notes do cross pages
    for n, page in enumerate(flow.pages):
        if not page.lines:
            continue
        first, last = page.lines[0], page.lines[-1]
        assert first.para.style is not st.ATTRIBUTION, f"attribution alone atop page {n + 1}"
        assert not last.para.style.keep_with_next, f"heading last on page {n + 1}"
        if first.para.style is st.ATTRIBUTION or first.continued_before:
            assert first.para.group is not None
    # A quote box split across pages is marked on both sides.
    for n, page in enumerate(flow.pages[:-1]):
        last = page.lines[-1] if page.lines else None
        nxt = flow.pages[n + 1].lines[0] if flow.pages[n + 1].lines else None
        if last and nxt and last.para.group is not None and last.para.group == nxt.para.group:
            assert last.continued_after and nxt.continued_before


def test_header_title_is_shortened_never_overprinting():
    marking = "سري — للاستخدام الرسمي"
    frame_width = 595.28 - 124
    marking_width = single_line(marking, st.HEADER)[0].width
    room = frame_width / 2 - marking_width / 2 - HEADER_GAP
    title = "إحاطة " + "عن التعاون الإقليمي في آسيا الوسطى " * 200_000  # about 7 MB
    shown = fit_header_title(title, st.HEADER, room)
    assert shown.endswith("…") and title.startswith(shown[:-1])
    assert title[len(shown) - 1] == " "  # cut at a word boundary
    assert single_line(shown, st.HEADER)[0].width <= room


def test_huge_title_exports_quickly_with_r2l_spreads(tmp_path):
    briefing = long_briefing(2)
    info = briefing.info.__class__(**{**briefing.info.__dict__, "title": "عنوان " * 500_000})
    briefing = briefing.__class__(info, briefing.sections, briefing.citations)
    result = export_briefing(briefing, tmp_path / "t.pdf")
    data = result.path.read_bytes()
    assert b"/Direction /R2L" in data
