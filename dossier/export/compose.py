"""What the dossier says, in order: a briefing snapshot turned into layout blocks.

Order: cover, key judgements (the summary), table of contents, the sections, the notes,
the sources. Citations are end notes: each excerpt gets the next number, shown as [n] at
the end of its quote and listed under "الهوامش"; the sources list then gives each cited
article once, in order of first citation.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dossier.model import Briefing, Citation

from . import styles as st
from .layout import PageBreak, Para, Spacer
from .shaping import paragraphs, to_arabic_digits

MONTHS = ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس",
          "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر")
SUMMARY, TOC, NOTES, SOURCES = "الخلاصة والتقديرات الرئيسية", "المحتويات", "الهوامش", "المصادر"
UNTITLED_SECTION = "قسم بلا عنوان"
EMPTY_SECTION = "لا توجد مواد في هذا القسم."
NO_ITEMS = "لا تتضمن هذه الإحاطة مواد بعد."


def arabic_date(iso: str | None, arabic_digits: bool = False) -> str:
    """'2026-11-21' as '21 نوفمبر 2026'; anything unparsable is returned as it was."""
    if not iso:
        return ""
    try:
        year, month, day = (int(part) for part in iso[:10].split("-"))
        date(year, month, day)  # month 0 would otherwise index December
        text = f"{day} {MONTHS[month - 1]} {year}"
    except (ValueError, IndexError):
        return iso
    return to_arabic_digits(text) if arabic_digits else text


@dataclass
class Notes:
    """End-note numbers for excerpts and the order in which articles are first cited."""

    arabic_digits: bool
    entries: list[tuple[int, Citation | None]]
    sources: list[Citation]

    def marker(self, number: int) -> str:
        text = f"[{number}]"
        return to_arabic_digits(text) if self.arabic_digits else text


COVER_TITLE_CHARS = 240
ELLIPSIS = "…"


def shorten_words(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, with an ellipsis."""
    text = " ".join(text[: limit * 2].split()) if len(text) > limit * 2 else text
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    head = text[:cut] if cut > 0 else text[:limit]
    return head.rstrip(" ،,؛;:-—") + ELLIPSIS


def _join(parts: list[str | None], sep: str = "، ") -> str:
    return sep.join(part.strip() for part in parts if part and part.strip())


def citation_text(citation: Citation | None, digits: bool, full: bool) -> str:
    """outlet، author، «title»، date — Arabic comma between parts, full stop at the end."""
    if citation is None:
        return "مصدر غير معروف."
    parts = [citation.outlet, citation.author if full else None,
             f"«{citation.title}»" if citation.title else None,
             arabic_date(citation.published, digits)]
    text = _join(parts) or "مصدر غير معروف"
    if full and citation.url:
        text = f"{text}؛ {citation.url}"
    return text + "."


def _heading(text: str, key: str, style=st.HEADING) -> Para:
    return Para(text, style, bookmark=(key, text, 0))


def cover_blocks(briefing: Briefing, digits: bool, source_count: int) -> list:
    info = briefing.info
    count = to_arabic_digits(str(source_count)) if digits else str(source_count)
    blocks: list = [Spacer(150)]
    if info.classification:
        blocks.append(Para(info.classification, st.COVER_MARKING))
    title = shorten_words(info.title or "إحاطة", COVER_TITLE_CHARS)
    blocks.append(Para(title, st.COVER_TITLE, bookmark=("cover", title, 0)))
    if info.subtitle:
        blocks.append(Para(info.subtitle, st.COVER_SUBTITLE))
    blocks.append(Spacer(60))
    if info.author:
        blocks.append(Para(f"إعداد: {info.author}", st.COVER_LINE))
    if info.date:
        blocks.append(Para(arabic_date(info.date, digits), st.COVER_LINE))
    blocks.append(Para(f"عدد المصادر: {count}", st.COVER_LINE))
    return blocks


def compose(briefing: Briefing, digits: bool) -> tuple[list, list[tuple[str, str]]]:
    """All blocks of the dossier, and the table of contents as (title, key) pairs."""
    notes = Notes(digits, [], [])
    seen: set[int] = set()
    for section in briefing.sections:
        for item in section.items:
            if item.excerpt is None:
                continue
            citation = briefing.citation_for(item.excerpt.article_id)
            notes.entries.append((item.excerpt.article_id, citation))
            if citation is not None and citation.article_id not in seen:
                seen.add(citation.article_id)
                notes.sources.append(citation)

    toc: list[tuple[str, str]] = []
    body: list = [PageBreak()]
    body.append(_heading(SUMMARY, "summary"))
    summary = paragraphs(briefing.info.summary) or ["لا توجد خلاصة."]
    body.extend(Para(text, st.SUMMARY) for text in summary)
    toc.append((SUMMARY, "summary"))

    sections: list = []
    number = 0
    if not briefing.sections or not any(s.items for s in briefing.sections):
        sections.append(Para(NO_ITEMS, st.BODY))
    for index, section in enumerate(briefing.sections):
        key = f"section-{index}"
        title = section.heading.strip() or UNTITLED_SECTION
        sections.append(_heading(title, key))
        toc.append((title, key))
        if not section.items:
            sections.append(Para(EMPTY_SECTION, st.MUTED))
        for item in section.items:
            if item.excerpt is not None:
                number += 1
                quote = paragraphs(item.excerpt.quote) or [""]
                quote[-1] = f"{quote[-1]} {notes.marker(number)}".strip()
                # The quote's paragraphs and its attribution make one box (one group).
                sections.extend(Para(text, st.QUOTE, group=number) for text in quote)
                citation = notes.entries[number - 1][1]
                sections.append(Para(f"— {citation_text(citation, digits, False)}", st.ATTRIBUTION,
                                     group=number))
            sections.extend(Para(text, st.BODY) for text in paragraphs(item.note))

    tail: list = [PageBreak(), _heading(NOTES, "notes")]
    toc.append((NOTES, "notes"))
    if not notes.entries:
        tail.append(Para("لا توجد هوامش.", st.MUTED))
    for n, (_, citation) in enumerate(notes.entries, start=1):
        tail.append(Para(f"{notes.marker(n)} {citation_text(citation, digits, False)}", st.NOTE))
    tail.append(_heading(SOURCES, "sources"))
    toc.append((SOURCES, "sources"))
    if not notes.sources:
        tail.append(Para("لا توجد مصادر.", st.MUTED))
    for n, citation in enumerate(notes.sources, start=1):
        marker = to_arabic_digits(f"{n}.") if digits else f"{n}."
        tail.append(Para(f"{marker} {citation_text(citation, digits, True)}", st.NOTE))

    contents: list = [PageBreak(), _heading(TOC, "toc")]
    contents.extend(Para(title, st.TOC_ENTRY, toc_key=key) for title, key in toc)
    blocks = (cover_blocks(briefing, digits, len(notes.sources)) + body + contents
              + [PageBreak()] + sections + tail)
    return blocks, toc
