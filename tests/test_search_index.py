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
    assert "سوفيتي" in fields.bare.split() and "السفتي" in fields.keys.split()


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
