"""Time of tagging alone (countries and topics) per article of real text.

    python bench/tagging_speed.py --corpus PATH [--articles 2000] [--repeats 5] [--json]
    python bench/tagging_speed.py --corpus PATH --checkout ../other-checkout

Tags the title and text of ``--articles`` corpus articles spread over the whole corpus
(every k-th file), ``--repeats`` times in one process. The first pass starts with empty
word caches, as an import does; the later ones find them filled, as the rest of a long
import does. Prints CPU ms per article (the process's own time, which a busy machine
disturbs less than the clock) for the first pass and the min and median of the others.
On a shared machine even that varies by 20%: to compare two versions, count instructions
(``valgrind --tool=callgrind`` on ``--repeats 2`` and ``--repeats 4``: the difference is
two warm passes). ``--checkout`` puts another checkout first on the import path, so two versions of
the tagger can be timed by the same script, runs interleaved by an outside timer.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--checkout", type=Path, default=HERE.parent)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    sys.path.insert(0, str(args.checkout.resolve()))
    from corpus import iter_documents
    from dossier.tagging.tagger import tag_article

    texts = [(doc.title, doc.text) for doc in iter_documents(args.corpus, args.articles)]
    tag_article("", "")  # the gazetteer and lexicons are built once per process
    passes = []
    for _ in range(max(2, args.repeats)):
        start = time.process_time()
        for title, text in texts:
            tag_article(title, text)
        passes.append((time.process_time() - start) * 1000 / len(texts))
    warm = passes[1:]
    figures = {"articles": len(texts), "first_pass_ms": round(passes[0], 3),
               "warm_min_ms": round(min(warm), 3), "warm_median_ms": round(statistics.median(warm), 3),
               "chars_per_article": round(sum(len(t) + len(x) for t, x in texts) / len(texts))}
    if args.json:
        print(json.dumps(figures))
    else:
        for key, value in figures.items():
            print(f"{key:18} {value}")


if __name__ == "__main__":
    main()
