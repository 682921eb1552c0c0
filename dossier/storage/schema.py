"""The library's schema and its numbered migrations.

``PRAGMA user_version`` holds the schema version. Each migration runs in the same
transaction as the version bump, so a library is never left between two versions.
"""

from __future__ import annotations

# The header's application id ("DOSR"): a Dossier library says what it is, so that
# another program's database is never taken for one (see database.py).
APPLICATION_ID = 0x444F5352

# The tables every library of the first version has; such a library carries no
# application id yet and is recognised by them (migration 2 writes the id).
LEGACY_TABLES = frozenset({
    "sources", "articles", "countries", "topics", "article_countries", "article_topics",
    "excerpts", "briefings", "sections", "items", "meta",
})

# Marks a library's search index to be filled anew on first open (when it has anything
# to index): the step of every migration that changes what the index holds.
_MARK_INDEX_STALE = """INSERT OR REPLACE INTO meta (key, value) SELECT 'search_index_stale', '1'
           WHERE EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM excerpts)"""

MIGRATIONS: list[list[str]] = [
    # 1: the first schema.
    [
        """CREATE TABLE sources (
            id INTEGER PRIMARY KEY,
            outlet TEXT,
            author TEXT,
            url TEXT,
            published TEXT
        )""",
        "CREATE INDEX sources_outlet ON sources(outlet)",
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            source_id INTEGER REFERENCES sources(id),
            title TEXT NOT NULL,
            title_derived INTEGER NOT NULL DEFAULT 0,
            section_label TEXT,
            body TEXT NOT NULL,
            structure TEXT NOT NULL,
            language TEXT NOT NULL,
            body_hash TEXT NOT NULL UNIQUE,
            source_file TEXT,
            imported_at TEXT NOT NULL
        )""",
        "CREATE INDEX articles_source ON articles(source_id)",
        """CREATE TABLE countries (
            code TEXT PRIMARY KEY,
            name_ar TEXT NOT NULL,
            name_en TEXT NOT NULL
        )""",
        """CREATE TABLE topics (
            slug TEXT PRIMARY KEY,
            name_ar TEXT NOT NULL,
            name_en TEXT NOT NULL
        )""",
        # choice: 'auto' from tagging, 'added' or 'removed' by the analyst. Analyst rows
        # are never touched by re-tagging; a 'removed' row hides the tag.
        """CREATE TABLE article_countries (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            code TEXT NOT NULL REFERENCES countries(code),
            mentions INTEGER NOT NULL DEFAULT 0,
            offsets TEXT NOT NULL DEFAULT '[]',
            choice TEXT NOT NULL DEFAULT 'auto',
            PRIMARY KEY (article_id, code)
        )""",
        "CREATE INDEX article_countries_code ON article_countries(code, choice)",
        """CREATE TABLE article_topics (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            slug TEXT NOT NULL REFERENCES topics(slug),
            mentions INTEGER NOT NULL DEFAULT 0,
            offsets TEXT NOT NULL DEFAULT '[]',
            choice TEXT NOT NULL DEFAULT 'auto',
            PRIMARY KEY (article_id, slug)
        )""",
        "CREATE INDEX article_topics_slug ON article_topics(slug, choice)",
        """CREATE TABLE excerpts (
            id INTEGER PRIMARY KEY,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            quote TEXT NOT NULL,
            prefix TEXT NOT NULL,
            suffix TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        "CREATE INDEX excerpts_article ON excerpts(article_id)",
        """CREATE TABLE briefings (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            subtitle TEXT NOT NULL DEFAULT '',
            author TEXT NOT NULL DEFAULT '',
            classification TEXT NOT NULL DEFAULT '',
            date TEXT,
            summary TEXT NOT NULL DEFAULT '',
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL
        )""",
        """CREATE TABLE sections (
            id INTEGER PRIMARY KEY,
            briefing_id INTEGER NOT NULL REFERENCES briefings(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            heading TEXT NOT NULL
        )""",
        "CREATE INDEX sections_briefing ON sections(briefing_id, position)",
        """CREATE TABLE items (
            id INTEGER PRIMARY KEY,
            section_id INTEGER NOT NULL REFERENCES sections(id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            excerpt_id INTEGER REFERENCES excerpts(id),
            note TEXT NOT NULL DEFAULT ''
        )""",
        "CREATE INDEX items_section ON items(section_id, position)",
        "CREATE INDEX items_excerpt ON items(excerpt_id)",
        # Folded, clitic-expanded copies of the text: see dossier/search/index_text.py.
        # No positions (detail=column): phrases are confirmed on the text itself, and
        # the index is half the size and much faster to fill.
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='', detail=column,
            tokenize='unicode61 remove_diacritics 0'
        )""",
        """CREATE VIRTUAL TABLE excerpts_fts USING fts5(
            quote, content='', detail=column, tokenize='unicode61 remove_diacritics 0'
        )""",
        """CREATE TABLE meta (
            key TEXT PRIMARY KEY,
            value TEXT
        )""",
    ],
    # 2: the file says it is a Dossier library.
    [
        f"PRAGMA application_id = {APPLICATION_ID}",
    ],
    # 3: a search index that ranks (see dossier/search/index_store.py): words, stems and
    # spelling-variant keys, with positions. Rebuilt from the articles on first open.
    [
        "DROP TABLE articles_fts",
        "DROP TABLE excerpts_fts",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, title_stem, body_stem, title_key, body_key,
            content='', tokenize='unicode61 remove_diacritics 0'
        )""",
        """CREATE VIRTUAL TABLE excerpts_fts USING fts5(
            quote, quote_stem, quote_key, content='', tokenize='unicode61 remove_diacritics 0'
        )""",
        "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')",
        """INSERT INTO meta (key, value) SELECT 'search_index_stale', '1'
           WHERE EXISTS (SELECT 1 FROM articles) OR EXISTS (SELECT 1 FROM excerpts)""",
    ],
    # 4: browsing reads indexes only: a pane's articles (covering the article id), the
    # catalogue by date, titles in order (see storage/browse_index.py).
    [
        "CREATE INDEX article_countries_browse ON article_countries(code, choice, article_id)",
        "DROP INDEX article_countries_code",
        "CREATE INDEX article_topics_browse ON article_topics(slug, choice, article_id)",
        "DROP INDEX article_topics_slug",
        "CREATE INDEX sources_published ON sources(published)",
        "CREATE INDEX articles_title ON articles(title)",
    ],
    # 5: nothing is lost. Every imported file is kept as read (zlib-compressed), and each
    # article says which file and which record of it (a row of an export) it came from,
    # with the lines parsing removed and why, so it can be parsed again. The analyst's
    # corrections of an article's details; near-duplicate stories and their sketches.
    [
        """CREATE TABLE source_files (
            id INTEGER PRIMARY KEY,
            name TEXT,
            format TEXT NOT NULL,
            size INTEGER NOT NULL,
            sha256 TEXT NOT NULL,
            content BLOB NOT NULL,
            imported_at TEXT NOT NULL
        )""",
        "CREATE INDEX source_files_sha256 ON source_files(sha256)",
        """CREATE TABLE originals (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            file_id INTEGER NOT NULL REFERENCES source_files(id),
            record INTEGER NOT NULL DEFAULT 0,
            meta TEXT NOT NULL DEFAULT '{}',
            removed TEXT NOT NULL DEFAULT '[]'
        )""",
        "CREATE INDEX originals_file ON originals(file_id)",
        # field: title, outlet, author, published or url; NULL clears what parsing found.
        """CREATE TABLE article_edits (
            article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            field TEXT NOT NULL,
            value TEXT,
            edited_at TEXT NOT NULL,
            PRIMARY KEY (article_id, field)
        )""",
        """CREATE TABLE article_repeats (
            article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            original_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            resemblance REAL NOT NULL
        )""",
        "CREATE INDEX article_repeats_original ON article_repeats(original_id)",
        """CREATE TABLE near_keys (
            key INTEGER NOT NULL,
            article_id INTEGER NOT NULL,
            PRIMARY KEY (key, article_id)
        ) WITHOUT ROWID""",
    ],
    # 6: the search index holds each word's stem at its place after its clitics (phrases
    # match وحظر السفر), keeps duals apart and joins lands in ستان to their people: the
    # same columns, filled anew on first open.
    [
        _MARK_INDEX_STALE,
    ],
    # 7: the index text is folded words split by spaces already, so the index reads it
    # with the ascii tokenizer (spaces split, nothing else changed), which costs the
    # import far less than unicode61; and it no longer holds the variant key of a form
    # that carries the article. Filled anew on first open.
    [
        "DROP TABLE articles_vocab",
        "DROP TABLE articles_fts",
        "DROP TABLE excerpts_fts",
        """CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, title_stem, body_stem, title_key, body_key,
            content='', tokenize='ascii'
        )""",
        """CREATE VIRTUAL TABLE excerpts_fts USING fts5(
            quote, quote_stem, quote_key, content='', tokenize='ascii'
        )""",
        "CREATE VIRTUAL TABLE articles_vocab USING fts5vocab(articles_fts, 'row')",
        _MARK_INDEX_STALE,
    ],
    # 8: a word whose only clitic is the article is no longer held bare as well (queries
    # look for a word with the article too): the same columns, filled anew on first open.
    [
        _MARK_INDEX_STALE,
    ],
    # 9: a word whose only clitic is the article is held bare as well again (a query
    # word looked for in both forms ranked plurals lower): filled anew on first open.
    [
        _MARK_INDEX_STALE,
    ],
]

SCHEMA_VERSION = len(MIGRATIONS)
