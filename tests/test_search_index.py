"""The search index: what it stores, and an older library's index rebuilt on opening."""

from __future__ import annotations

import sqlite3

from dossier.library import Library
from dossier.search.index_store import article_row
from dossier.search.index_text import index_text
from dossier.storage.schema import MIGRATIONS
from search_sentences import SENTENCES

_, _, SOVIET = SENTENCES["sovieti"]


def test_index_fields_keep_one_word_and_one_stem_per_position():
    fields = index_text(SOVIET)
    words, stems = fields.words.split(), fields.stems.split()
    # One stem per word first (phrases match on positions), the bare forms' stems after.
    assert len(stems) >= len(words) and stems[words.index("السوفيتي")] == "سوفيت"
    assert words[words.index("السوفيتي") - 1] == "الاتحاد"
    # The key of the bare form only: a form that carries the article gives none.
    keys = fields.keys.split()
    assert "سوفيتي" in fields.bare.split() and "سفتي" in keys and "السفتي" not in keys


def test_index_rows_are_a_pure_function_of_the_text():
    assert article_row("عنوان", SOVIET) == article_row("عنوان", SOVIET)
    assert len(article_row("عنوان", SOVIET)) == 6


def test_a_library_from_before_the_ranking_index_is_reindexed_on_opening(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    for statement in MIGRATIONS[0]:
        conn.execute(statement)
    conn.execute("PRAGMA user_version = 1")
    conn.execute(
        "INSERT INTO articles (id, title, body, structure, language, body_hash, imported_at) "
        "VALUES (1, 'الصين', ?, '[]', 'ar', 'h', '2018-05-04')", [SOVIET])
    conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (1, 'الصين', 'الصين')")
    conn.execute("INSERT INTO excerpts (id, article_id, start, \"end\", quote, prefix, suffix, created_at) "
                 "VALUES (1, 1, 0, 20, ?, '', '', '2018-05-04')", [SOVIET[:60]])
    conn.commit()
    conn.close()
    with Library(path, seed=False) as lib:
        page = lib.search("السوفياتي")
        assert page.total == 1 and page.hits[0].score > 0
        assert [h.excerpt_id for h in lib.search_excerpts("اشتراكية")] == [1]
        assert lib.reindex_if_stale() == 0  # done once


def _library_of_version(path, version: int) -> sqlite3.Connection:
    conn = sqlite3.connect(path)
    for migration in MIGRATIONS[:version]:
        for statement in migration:
            conn.execute(statement)
    conn.execute(f"PRAGMA user_version = {version}")
    return conn


def test_a_library_indexed_with_unicode61_and_article_keys_is_reindexed_on_opening(tmp_path):
    # Version 6 read the index text with unicode61 and held the keys of article forms
    # (السفتي beside سفتي); its rows stay as that version wrote them until the library opens.
    path = tmp_path / "v6.sqlite"
    conn = _library_of_version(path, 6)
    texts = {name: SENTENCES[name][2] for name in ("sovieti", "qirghiz", "tramb")}
    for article_id, (name, body) in enumerate(texts.items(), start=1):
        conn.execute(
            "INSERT INTO articles (id, title, body, structure, language, body_hash, imported_at) "
            "VALUES (?, ?, ?, '[]', 'ar', ?, '2018-05-04')", [article_id, name, body, name])
        conn.execute("INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)",
                     [article_id, name, body])
    conn.commit()
    tokenizer = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert "unicode61" in tokenizer
    conn.close()
    with Library(path, seed=False) as lib:
        assert lib.reindex_if_stale() == 0  # rebuilt while opening
        # A variant spelling (key), an attached form with the article (bare key), a stem.
        assert [h.article_id for h in lib.search("السوفياتي").hits] == [1]
        assert [h.article_id for h in lib.search("القرغيزستان").hits] == [2]
        assert [h.article_id for h in lib.search("ترمب").hits] == [3]
        assert [h.article_id for h in lib.search('"الاتحاد السوفيتي"').hits] == [1]
        sql = lib.db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert "ascii" in sql
        keys = {row[0] for row in lib.db.execute(
            "SELECT term FROM articles_vocab WHERE term IN ('سفتي', 'السفتي')")}
        assert keys == {"سفتي"}


def test_a_query_asks_for_the_key_of_the_bare_form_only():
    from dossier.search.forms import word_forms
    from dossier.text.variants import variant_key

    forms = word_forms("القرغيزستان", lambda _word: True)
    assert variant_key("قرغيزستان") in forms.keys
    assert variant_key("القرغيزستان") not in forms.keys
