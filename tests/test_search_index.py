"""The search index: what it stores, and an older library's index rebuilt on opening."""

from __future__ import annotations

import sqlite3

import pytest

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
    bare = fields.bare.split()
    assert {"صين", "الصين", "سوفيتي"} <= set(bare)
    # The key of the bare form only: a form that carries the article gives none.
    keys = fields.keys.split()
    assert "سفتي" in keys and "السفتي" not in keys


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


@pytest.mark.parametrize("version", [6, 7, 8])
def test_a_library_with_an_earlier_index_is_reindexed_on_opening(tmp_path, version):
    # Version 6 read the index text with unicode61 and held the keys of article forms
    # (السفتي beside سفتي); version 8 held a word with the article alone not bare
    # (السوفيتي without سوفيتي). The rows stay as written until the library opens.
    path = tmp_path / f"v{version}.sqlite"
    conn = _library_of_version(path, version)
    texts = {name: SENTENCES[name][2] for name in ("sovieti", "qirghiz", "tramb")}
    for article_id, (name, body) in enumerate(texts.items(), start=1):
        conn.execute(
            "INSERT INTO articles (id, title, body, structure, language, body_hash, imported_at) "
            "VALUES (?, ?, ?, '[]', 'ar', ?, '2018-05-04')", [article_id, name, body, name])
        conn.execute("INSERT INTO articles_fts (rowid, title, body, body_key) VALUES (?, ?, ?, ?)",
                     [article_id, name, body + " سوفيتي", "السفتي سفتي"])
    conn.commit()
    tokenizer = conn.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert ("unicode61" if version == 6 else "ascii") in tokenizer
    conn.close()
    with Library(path, seed=False) as lib:
        assert lib.reindex_if_stale() == 0  # rebuilt while opening
        # A variant spelling (key), an attached form with the article (bare key), a stem,
        # a word the text writes with the article, a phrase.
        assert [h.article_id for h in lib.search("السوفياتي").hits] == [1]
        assert [h.article_id for h in lib.search("القرغيزستان").hits] == [2]
        assert [h.article_id for h in lib.search("ترمب").hits] == [3]
        assert [h.article_id for h in lib.search("سوفيتي").hits] == [1]
        assert [h.article_id for h in lib.search('"الاتحاد السوفيتي"').hits] == [1]
        sql = lib.db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
        assert "ascii" in sql
        held = {row[0] for row in lib.db.execute(
            "SELECT term FROM articles_vocab WHERE term IN ('سفتي', 'السفتي', 'سوفيتي', 'السوفيتي')")}
        assert held == {"سفتي", "سوفيتي", "السوفيتي"}


def test_a_query_asks_for_the_key_of_the_bare_form_only():
    from dossier.search.forms import word_forms
    from dossier.text.variants import variant_key

    forms = word_forms("القرغيزستان", lambda _word: True)
    assert variant_key("قرغيزستان") in forms.keys
    assert variant_key("القرغيزستان") not in forms.keys


def test_a_word_reads_as_a_name_by_the_share_of_articles_writing_it_with_the_article(tmp_path):
    # Over the real sentences, every word the share decides is decided as counting the
    # articles that hold the word in any form (bare forms, stems and keys included).
    from dossier.search.engine import NAME_ARTICLE_SHARE, NAME_KEY, _Forms
    from dossier.text.clitics import ARTICLE, clitic_stems, without_article
    from dossier.text.folding import folded_words
    from dossier.text.variants import consonant_count, variant_key
    from search_sentences import add_sentences

    held = []
    for _outlet, docno, sentence in SENTENCES.values():
        words = folded_words(f"{docno} {sentence}")
        row = article_row(docno, sentence)
        held.append({form for word in words for form in clitic_stems(word)}
                    | set(" ".join(row[2:]).split()))
    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        add_sentences(lib)
        forms = _Forms(lib.db)
        decided = 0
        for word in sorted({w for _, _, s in SENTENCES.values() for w in folded_words(s)}):
            bare = without_article(word)
            if (len(bare) < 4 or not "\u0621" <= bare[0] <= "\u064a"
                    or consonant_count(variant_key(bare) or "") >= NAME_KEY):
                continue
            alone = sum(bare in tokens for tokens in held)
            article = sum(ARTICLE + bare in tokens for tokens in held)
            assert forms.name_like(word) == (alone == 0 or article <= NAME_ARTICLE_SHARE * alone), word
            decided += 1
        assert decided > 100


def _store_bodies(lib, bodies: list[str]) -> None:
    from dossier.ingest.importer import store
    from dossier.ingest.parse import body_hash
    from dossier.model import PARAGRAPH, Block
    from dossier.storage.articles_repo import NewArticle
    from dossier.storage.database import transaction
    from dossier.tagging.tagger import tag_article

    with transaction(lib.db):
        for n, body in enumerate(bodies):
            body = f"{body} ({n})"
            store(lib.db, NewArticle(
                title=str(n), title_derived=False, section_label=None, body=body,
                blocks=(Block(PARAGRAPH, 0, len(body)),), language="ar", body_hash=body_hash(body),
                source_file=None, imported_at="2026-01-01T00:00:00", outlet="Alarabia", author=None,
                url=None, published="2018-03-01"), tag_article(str(n), body))


@pytest.mark.parametrize("bare_copies, name", [(9, True), (8, False)])
def test_the_share_with_the_article_is_of_the_articles_writing_the_word_at_all(
        tmp_path, bare_copies, name):
    # رئيس: bare (and للرئيس) in one sentence, written الرئيس in the other; one in ten
    # of the articles writing it at all with the article is a name's share, one in nine
    # is not.
    from dossier.search.engine import _Forms

    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        _store_bodies(lib, [SENTENCES["butn"][2]] * bare_copies + [SENTENCES["tramb"][2]])
        assert _Forms(lib.db).name_like("رييس") is name


def test_an_index_row_from_the_folded_body_is_the_row_from_the_body():
    from dossier.text.folding import folded_text

    for _outlet, docno, sentence in SENTENCES.values():
        body = sentence + "\n\nـ«" + sentence.upper() + "»؛ 2018/2019"
        assert article_row(docno, body, folded_text(body)) == article_row(docno, body)


def test_the_index_tables_read_their_text_with_the_index_tokenizer(tmp_path):
    from dossier.search.index_store import TOKENIZER

    with Library(tmp_path / "lib.sqlite", seed=False) as lib:
        for table in ("articles_fts", "excerpts_fts"):
            sql = lib.db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
            assert f"tokenize='{TOKENIZER}'" in sql
