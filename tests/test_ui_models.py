"""The window's models over a real library, checked by qtmodeltester; the reader's map
between document positions and body offsets."""

from __future__ import annotations

from dataclasses import replace

from conftest import seed_id

from dossier.model import Article, Block, SearchHit
from dossier.storage.filters import ArticleFilter

pytest_plugins = ["ui_fixtures"]


def test_facet_model_counts_and_ticks(qtmodeltester, ui_app, library):
    from dossier.ui.facet_list_model import COUNT_ROLE, COUNTRIES, KEY_ROLE, FacetListModel

    model = FacetListModel(COUNTRIES)
    model.set_facets(library.country_facets())
    qtmodeltester.check(model, force_py=True)
    keys = [model.index(r, 0).data(KEY_ROLE) for r in range(model.rowCount())]
    assert "KZ" in keys and "UZ" in keys
    row = model.row_of("KZ")
    assert model.index(row, 0).data(COUNT_ROLE) == 5
    assert model.index(row, 1).data() == "5"
    assert model.index(row, 0).data() == "كازاخستان"
    model.set_language("en")
    assert model.index(row, 0).data() == "Kazakhstan"
    model.toggle(row)
    assert model.chosen() == ("KZ",)
    # A ticked value without articles under the other panes stays, so it can be unticked.
    model.set_facets([f for f in library.country_facets() if f.key != "KZ"])
    assert model.chosen() == ("KZ",)
    assert model.index(model.row_of("KZ"), 0).data(COUNT_ROLE) == 0
    qtmodeltester.check(model, force_py=True)


def test_article_model_loads_lazily(qtmodeltester, ui_app, library):
    from dossier.ui.article_list_model import ID_ROLE, TITLE, ArticleListModel

    model = ArticleListModel(library, page=2)
    model.reload()
    assert model.total() == 5 and model.rowCount() == 2
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 5
    ids = {model.index(r, TITLE).data(ID_ROLE) for r in range(5)}
    assert ids == {s.id for s in library.articles()}
    # The tester stays connected and calls fetchMore inside a reset; check a fresh model.
    filtered = ArticleListModel(library, page=2)
    filtered.set_filter(ArticleFilter(countries=("TM",)))
    assert filtered.total() == library.article_count(ArticleFilter(countries=("TM",))) < 5
    qtmodeltester.check(filtered, force_py=True)


def test_unfiltered_list_pages_newest_first_without_sorting_the_library(ui_app, library):
    from dossier.ui.article_list_model import ID_ROLE, TITLE, ArticleListModel

    # Undated articles come last: pasted text has no date.
    for n in range(3):
        library.import_text(f"نص ملصق رقم {n}\n\nفقرة أولى عن التعاون {n} بين البلدين.")
    model = ArticleListModel(library, page=2)
    model.set_loaded(ArticleFilter(), library.article_count(), library.articles(limit=2))
    statements = []
    library.db.conn.set_trace_callback(statements.append)
    try:
        while model.canFetchMore():
            model.fetchMore()
    finally:
        library.db.conn.set_trace_callback(None)
    shown = [model.index(r, TITLE).data(ID_ROLE) for r in range(model.rowCount())]
    assert shown == [s.id for s in library.articles()]
    assert len(shown) == 8
    assert statements and not any("OFFSET" in s.upper() for s in statements)


def test_search_model_snippet_matches(qtmodeltester, ui_app, library):
    from dossier.ui.search_results_model import MATCHES_ROLE, SearchResultsModel

    hits = library.search("كازاخستان").hits
    model = SearchResultsModel()
    model.set_hits("كازاخستان", hits)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == len(hits) > 0
    hit = hits[0]
    spans = model.index(0, 0).data(MATCHES_ROLE)
    assert spans
    for a, b in spans:
        body_text = library.article(hit.article_id).body[hit.snippet_start + a: hit.snippet_start + b]
        assert hit.snippet[a:b] == body_text
    model.clear()
    assert model.rowCount() == 0


def _article(body: str, blocks) -> Article:
    return Article(id=1, title="<b>عنوان</b> & co", body=body, blocks=tuple(blocks), language="ar",
                   source=None, source_file=None, body_hash="x", imported_at="2025-01-01")


def test_reader_maps_selection_to_body_offsets(qtbot, ui_app):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QTextCursor

    from dossier.ui.reader_view import ReaderView

    body = "فقرة <أولى> & نص\nعنوان 😀 فرعي\nفقرة ثانية 😀 هنا"
    first = body.index("\n")
    second = body.index("\n", first + 1)
    blocks = [Block("paragraph", 0, first), Block("subheading", first + 1, second),
              Block("paragraph", second + 1, len(body))]
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_article(_article(body, blocks))
    text = reader.toPlainText()
    assert "<b>عنوان</b> & co" in text and "<أولى> &" in text  # markup shown as text
    for start, end in [(0, 4), (5, 12), (first + 1, second), (second + 6, len(body)), (3, second + 3)]:
        assert reader.select_span(start, end)
        assert reader.selected_span() == (start, end)
    # A selection from the title into the body starts at the body's first letter.
    cursor = QTextCursor(reader.document())
    cursor.setPosition(0)
    cursor.setPosition(reader.doc_ranges(0, 4)[0][1], QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert reader.selected_span() == (0, 4)
    block = reader.document().findBlock(reader.doc_ranges(0, 1)[0][0])
    assert block.blockFormat().layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert reader.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_reader_marks_excerpts_and_mentions(qtbot, ui_app, library):
    from PySide6.QtGui import QTextCursor

    from dossier.ui.reader_view import EXCERPT_COLOR, EXCERPT_MIME, MENTION_COLOR, ReaderView

    article_id = seed_id(library, "000")
    article = library.article(article_id)
    excerpts = library.excerpts_for(article_id)
    assert excerpts and article.mentions
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.show_article(article, excerpts)

    def background(offset: int):
        cursor = QTextCursor(reader.document())
        cursor.setPosition(reader.doc_ranges(offset, offset + 1)[0][0] + 1)
        return cursor.charFormat().background().color()

    assert background(excerpts[0].start) == EXCERPT_COLOR
    inside_excerpt = any(e.start <= article.mentions[0][1] < e.end for e in excerpts)
    if not inside_excerpt:
        assert background(article.mentions[0][1]) == MENTION_COLOR
    reader.select_span(excerpts[0].start, excerpts[0].end)
    mime = reader.createMimeDataFromSelection()
    import json
    payload = json.loads(bytes(mime.data(EXCERPT_MIME)).decode())
    assert payload == {"article_id": article_id, "start": excerpts[0].start, "end": excerpts[0].end}


def test_search_hit_snippet_outside_window_is_dropped():
    from dossier.ui.search_results_model import snippet_matches

    hit = SearchHit(1, "t", "abcdef", 10, ((8, 12), (14, 15), (30, 33)), 1.0)
    assert snippet_matches(hit) == [(0, 2), (4, 5)]
    assert snippet_matches(replace(hit, matches=())) == []


def test_the_pinned_binding_keeps_none_and_booleans_alive(ui_app):
    """Some binding releases drop a reference to None or True on every call and crash
    a long session; the pinned one must not (this guards the version pin)."""
    import sys

    from PySide6.QtCore import QObject, Signal
    from PySide6.QtWidgets import QCheckBox, QLabel

    class Emitter(QObject):
        changed = Signal(bool)

    emitter, seen = Emitter(), []
    emitter.changed.connect(seen.append)
    label, box = QLabel(), QCheckBox()
    before = [sys.getrefcount(x) for x in (None, True, False)]
    for _ in range(2000):
        label.setText("x")
        box.setChecked(True)
        emitter.changed.emit(True)
        emitter.changed.emit(False)
    seen.clear()
    after = [sys.getrefcount(x) for x in (None, True, False)]
    assert all(a - b > -50 for a, b in zip(after, before)), (before, after)
