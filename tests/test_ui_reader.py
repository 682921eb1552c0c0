"""The reader on articles of awkward shapes: one huge paragraph, one endless word.

The time they take is measured by bench/reader.py; here the structure that bounds it
(no display block longer than CHUNK, highlights applied as runs) and the exact map
between the document and the body are checked.
"""

from __future__ import annotations

import random

import pytest
from conftest import SEEDS
from PySide6.QtGui import QTextCursor

from dossier.model import PARAGRAPH, Article, Block, Excerpt
from dossier.tagging.tagger import find_country_mentions
from dossier.ui.reader_document import CHUNK, display_pieces

pytest_plugins = ["ui_fixtures"]


def _article(body: str, blocks=None, mentions=()) -> Article:
    return Article(id=7, title="عنوان", body=body,
                   blocks=tuple(blocks or [Block(PARAGRAPH, 0, len(body))]), language="ar",
                   source=None, source_file=None, body_hash="", imported_at="",
                   section_label=None, countries=(), topics=(), mentions=tuple(mentions))


def _seed_paragraph(size: int) -> str:
    """The bundled seed articles' words run together into one paragraph of ``size``."""
    words = " ".join(p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))).split()
    text = " ".join(words)
    return (text + " ") * (size // (len(text) + 1)) + text[: size % (len(text) + 1)]


def _body_blocks(reader):
    doc = reader.document()
    block = doc.findBlock(reader.segments[0].doc)
    while block.isValid():
        yield block
        block = block.next()


def _check_map(reader, body: str, rng: random.Random) -> None:
    segments = reader.segments
    # The display blocks show the body exactly, piece after piece.
    assert "".join(s.text for s in segments) == body
    assert all(a.body_end == b.body for a, b in zip(segments, segments[1:]))
    assert max(len(s.text) for s in segments) <= CHUNK
    assert all(block.length() - 1 <= CHUNK for block in _body_blocks(reader))
    for _ in range(200):
        offset = rng.randrange(len(body))
        (position, _end), *_ = reader.doc_ranges(offset, offset + 1)
        assert reader.body_offset(position, leading=True) == offset
    # Selections across the cuts map back to exactly the body they show.
    for seg in segments[1:6]:
        start, end = seg.body - 7, seg.body + 9
        assert reader.select_span(start, end)
        assert reader.selected_span() == (start, end)


def test_one_huge_paragraph_is_shown_in_bounded_blocks(qtbot, ui_app):
    from dossier.ui.reader_view import MENTION_COLOR, ReaderView

    body = _seed_paragraph(200_000)
    mentions = find_country_mentions(body)
    assert len(mentions) > 100
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_article(_article(body, mentions=mentions))
    assert 100 <= len(reader.segments) <= 2 * len(body) // CHUNK + 1
    # Cut at sentence ends or spaces: every piece but the last ends in white space.
    assert all(s.text[-1].isspace() for s in reader.segments[:-1])
    _check_map(reader, body, random.Random(1))
    for _code, start, end in mentions[::40]:
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.doc_ranges(start, end)[0][0] + 1)
        assert cursor.charFormat().background().color() == MENTION_COLOR


def test_one_endless_word_is_cut_between_letters_not_marks(qtbot, ui_app):
    from dossier.ui.reader_view import EXCERPT_COLOR, ReaderView

    body = "بَ" * 500_000  # a million characters: every other one a mark
    excerpt = Excerpt(id=1, article_id=7, start=CHUNK - 10, end=3 * CHUNK + 4, quote="",
                      prefix="", suffix="", created_at="")
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_article(_article(body), [excerpt])
    assert len(reader.segments) == len(body) // CHUNK
    assert all(s.text[0] == "ب" for s in reader.segments)  # no piece starts with a mark
    _check_map(reader, body, random.Random(2))
    for offset in (excerpt.start, CHUNK, 2 * CHUNK + 1, excerpt.end - 1):
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.doc_ranges(offset, offset + 1)[0][0] + 1)
        assert cursor.charFormat().background().color() == EXCERPT_COLOR
    cursor.setPosition(reader.doc_ranges(excerpt.end + 2, excerpt.end + 3)[0][0] + 1)
    assert cursor.charFormat().background().color() != EXCERPT_COLOR


def test_display_pieces_prefer_sentence_ends():
    text = ("جملة قصيرة هنا. " * 400).strip()
    pieces = display_pieces(text, 0, len(text), limit=100)
    assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
    assert all(a[1] == b[0] for a, b in zip(pieces, pieces[1:]))
    assert all(text[end - 2:end] == ". " for _start, end in pieces[:-1])
    assert all(end - start <= 100 for start, end in pieces)
