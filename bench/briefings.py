"""Briefing benchmark: importing large briefing files, and anchoring an adversarial quote.

    python bench/briefings.py --corpus PATH [--items 2000 20000] [--sections 1] [--json]

Imports 60 real articles of the corpus into a new library, then imports briefing files
of N items quoting their sentences (all in ``--sections`` sections, so each section holds
N / sections siblings), and prints import_s for each N. Then it anchors a long quote that
almost matches a repetitive article (the same few words over and over, the quote ending in
a word the article never has) and prints anchor_s. Without ``--corpus`` the seeds' own
sentences are used. Targets: import linear in N; anchoring linear in the article's length.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import iter_documents  # noqa: E402
from dossier.briefing.briefing_file import import_data  # noqa: E402
from dossier.briefing.excerpts import QuoteNotFound, find_quote  # noqa: E402
from dossier.library import Library  # noqa: E402

_SENTENCE = re.compile(r"(?<=[.!؟])\s+|\n+")


def sentences_of(body: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(body) if len(s.split()) >= 6]


def load_articles(library: Library, corpus: Path | None, folder: Path) -> list[tuple[int, str]]:
    """(article id, sentence) pairs to quote, from corpus articles or from the seeds."""
    if corpus is not None:
        for n, doc in enumerate(iter_documents(corpus, limit=60)):
            (folder / f"{n:03d}.txt").write_text(doc.title + "\n\n" + doc.text + "\n", encoding="utf-8")
        library.import_paths([str(folder)])
    pairs = []
    for summary in library.articles():
        body = library.article(summary.id).body
        pairs += [(summary.id, s) for s in sentences_of(body)]
    return pairs


def time_import(library: Library, pairs, items: int, sections: int) -> float:
    per_section = -(-items // sections)
    data = {"title": f"موجز من {items} مقتطف", "sections": []}
    for s in range(sections):
        chunk = [{"article": pairs[(s * per_section + i) % len(pairs)][0],
                  "quote": pairs[(s * per_section + i) % len(pairs)][1], "note": f"ملاحظة {i}"}
                 for i in range(min(per_section, items - s * per_section))]
        data["sections"].append({"heading": f"القسم {s + 1}", "items": chunk})
    started = time.perf_counter()
    import_data(library.db, data)
    return time.perf_counter() - started


def adversarial_article(sentence: str, period: int, repeats: int) -> str:
    """The first ``period`` words of a sentence, ``repeats`` times over (a ticker, a list)."""
    return " ".join([" ".join(sentence.split()[:period])] * repeats)


def time_adversarial_anchor(body: str, quote_words: int) -> float:
    """A quote of the article's first ``quote_words`` words, ending in a word that is not
    there: from every start in the article, almost all of the quote matches."""
    words = body.split()[:quote_words]
    quote = " ".join(words[:-1] + ["كلمةغائبة"])
    started = time.perf_counter()
    try:
        find_quote(body, quote)
    except QuoteNotFound:
        pass
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path)
    parser.add_argument("--items", type=int, nargs="*", default=[2000, 20000],
                        help="briefing sizes to import (none: only the anchoring)")
    parser.add_argument("--sections", type=int, default=1)
    parser.add_argument("--period", type=int, default=2, help="words repeated in the adversarial article")
    parser.add_argument("--repeats", type=int, default=40000, help="times they are repeated")
    parser.add_argument("--quote-words", type=int, default=4000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    results: dict[str, float | int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        with Library(Path(tmp) / "bench.sqlite") as library:
            pairs = load_articles(library, args.corpus, folder)
            results["quotable_sentences"] = len(pairs)
            for items in args.items:
                results[f"import_{items}_s"] = round(time_import(library, pairs, items, args.sections), 3)
            sentence = max((s for _, s in pairs), key=lambda s: len(s.split()))
            body = adversarial_article(sentence, args.period, args.repeats)
            results["anchor_article_chars"] = len(body)
            results["anchor_quote_words"] = args.quote_words
            results["anchor_s"] = round(time_adversarial_anchor(body, args.quote_words), 3)
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key}: {value}")


if __name__ == "__main__":
    main()
