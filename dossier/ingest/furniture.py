"""Which lines of a saved page are furniture, line by line and block by block.

A line is removed only when it is sure: the whole line is a furniture shape (see
``lines``), a date or time stamp, or a teaser inside a box of other stories. A box is a
header ("مواضيع ذات صلة", "الأكثر مشاهدة", "اقرأ المزيد") followed by the lines that look
like its items: headline-shaped titles, numbered titles, stamps and credits. The box ends
at the first line that reads as text (a sentence), which stays, with everything after
it: a related-stories header in the middle of an article never takes the rest of the
article with it. Rows of other stories' headlines set between two paragraphs without a
header go as teasers (see ``other_stories.headline_runs``). At the very end, lone one-word
lines (section names) go too.

Every removed line keeps its kind, so what was removed can be shown and counted.
"""

from __future__ import annotations

from typing import NamedTuple

from dossier.ingest import lines
from dossier.ingest.dates import date_line, relative_stamp, time_stamp
from dossier.ingest.other_stories import headline_runs

# Items a box of other stories may hold before it must have ended.
MAX_TEASERS = 15
# A teaser title is short; a long open line is more likely a subheading or a caption.
_TEASER_WORDS = 18


class PageLine(NamedTuple):
    """A non-blank line of a page (a named tuple: a page has many, made in C)."""

    number: int  # the line's number in the file (0-based)
    text: str  # stripped of whitespace and invisible marks at its edges
    gap: bool  # a blank line follows it


def page_lines(text: str) -> list[PageLine]:
    """The non-blank lines of a decoded page, stripped, with their line numbers."""
    out: list[PageLine] = []
    for number, raw in enumerate(text.split("\n")):
        line = raw.strip().strip(lines.EDGE_CHARS).strip()
        if line:
            out.append(PageLine(number, line, False))
        elif out and not out[-1].gap:
            last = out[-1]
            out[-1] = PageLine(last.number, last.text, True)
    return out


def is_stamp(line: str) -> bool:
    """A line that only tells when: a dateline, a time, or a relative stamp."""
    return bool(date_line(line)) or time_stamp(line) or relative_stamp(line)


def _teaser(line: str) -> bool:
    if lines.furniture_kind(line) or lines.read_also(line) or is_stamp(line):
        return True
    if lines.word_count(line) > _TEASER_WORDS:
        return False
    title = lines.LIST_ITEM.sub("", line, count=1)
    return lines.is_headline(title)


def classify(content: list[PageLine]) -> list[str | None]:
    """The furniture kind of each line (see ``lines``), or None for text."""
    roles: list[str | None] = [None] * len(content)
    i = 0
    while i < len(content):
        line = content[i].text
        kind = lines.furniture_kind(line)
        if kind:
            roles[i] = kind
            i += 1
            continue
        if is_stamp(line):
            roles[i] = lines.STAMP
            i += 1
            continue
        if lines.is_related_header(line):
            roles[i] = lines.RELATED
            i += 1
            end = min(len(content), i + MAX_TEASERS)
            while i < end and not lines.is_related_header(content[i].text) and _teaser(content[i].text):
                roles[i] = lines.TEASER
                i += 1
            continue
        also = lines.read_also(line)
        if also:
            roles[i] = lines.READ_ALSO
            i += 1
            if also == "bare" and i < len(content) and _teaser(content[i].text):
                roles[i] = lines.TEASER
                i += 1
            continue
        i += 1
    _mark_headline_runs(content, roles)
    _mark_trailing_labels(content, roles)
    return roles


def _mark_headline_runs(content: list[PageLine], roles: list[str | None]) -> None:
    """Rows of other stories' headlines set between two paragraphs, without a header."""
    text = [i for i, role in enumerate(roles) if role is None]
    for n in headline_runs([content[i].text for i in text]):
        roles[text[n]] = lines.TEASER


def _mark_trailing_labels(content: list[PageLine], roles: list[str | None]) -> None:
    """Lone one-word lines after the last text line (section names such as "أخبار")."""
    text = [i for i, role in enumerate(roles) if role is None]
    while len(text) > 1:
        last = text[-1]
        line = content[last].text
        if lines.word_count(line) != 1 or len(line) > 25:
            break
        roles[last] = lines.NAVIGATION
        text.pop()
