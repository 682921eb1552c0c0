"""Input shaped to make work quadratic (one word of a million letters, a query of one
50,000-letter word) finishes: each runs on a thread that must end well within a bound
that only a quadratic cost would reach (speed itself is measured in bench/)."""

from __future__ import annotations

import threading

from dossier.ingest.importer import prepare


def _finishes(work, seconds: float = 60) -> object:
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", work()), daemon=True)
    thread.start()
    thread.join(seconds)
    assert not thread.is_alive(), "still working: the cost grows faster than the input"
    return box["result"]


def test_a_word_of_one_repeated_proclitic_is_prepared(library):
    # Each ب looks like the preposition: stripping them one by one by slicing was
    # quadratic (a 1 MB word took minutes to import).
    data = ("ب" * 1_000_000).encode("utf-8")
    article, _tags = _finishes(lambda: prepare(data, "word.txt"))
    assert len(article.body) == 1_000_000


def test_a_query_of_one_huge_word_is_answered(library):
    hits = _finishes(lambda: library.search("ا" * 50_000))
    assert hits.total == 0


def test_an_article_of_one_huge_word_is_imported(empty_library, tmp_path):
    path = tmp_path / "word.txt"
    path.write_text("ب" * 600_000, encoding="utf-8")
    report = _finishes(lambda: empty_library.import_paths([path]))
    assert [r.status for r in report.results] in (["imported"], ["rejected"])
