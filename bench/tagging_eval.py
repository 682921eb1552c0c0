"""Country and topic tagging against the hand-labelled sample of real articles.

    python bench/tagging_eval.py --corpus PATH [--json] [--errors] [--part START:END]
    python bench/tagging_eval.py --corpus PATH --labels bench/data/tagging/heldout.jsonl

Each labelled article (``bench/data/tagging/labels.jsonl``) is read from the corpus as a
page (title, blank line, text), parsed as an import parses it (furniture and datelines
leave the body) and tagged. Prints micro precision and recall of countries and topics
over the sample, with the counts; ``--errors`` lists every article where the tagger and
the labels disagree. Targets: country precision and recall >= 0.95.

``--part`` measures a slice of the labels file in its draw order: the topic threshold
was tuned on the first 176 articles (``--part 0:176``); ``heldout.jsonl`` was labelled
apart and never tuned on.

Only ``parse_article``, ``decode`` and ``tag_article`` are used, so the same script
measures an older checkout (run it with that checkout first on ``PYTHONPATH``).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
if str(HERE.parent) not in sys.path:
    sys.path.append(str(HERE.parent))

from corpus import read_document  # noqa: E402

LABELS = HERE / "data" / "tagging" / "labels.jsonl"
HELDOUT = HERE / "data" / "tagging" / "heldout.jsonl"


def load_labels(path: Path = LABELS) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def tag(title: str, text: str) -> tuple[set[str], set[str]]:
    from dossier.ingest.parse import decode, parse_article
    from dossier.tagging.tagger import tag_article

    article = parse_article(decode(f"{title}\n\n{text}\n".encode("utf-8")))
    tagging_body = getattr(article, "tagging_body", None) or article.body
    tags = tag_article(article.title, tagging_body)
    return set(tags.countries), set(tags.topics)


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def evaluate(corpus: Path, labels: list[dict]) -> tuple[dict, list[dict]]:
    counts = {"country_tp": 0, "country_fp": 0, "country_fn": 0,
              "topic_tp": 0, "topic_fp": 0, "topic_fn": 0}
    errors = []
    for label in labels:
        doc = read_document(corpus / label["path"], corpus)
        countries, topics = tag(doc.title, doc.text)
        gold_c, gold_t = set(label["countries"]), set(label["topics"])
        for kind, found, gold in (("country", countries, gold_c), ("topic", topics, gold_t)):
            counts[f"{kind}_tp"] += len(found & gold)
            counts[f"{kind}_fp"] += len(found - gold)
            counts[f"{kind}_fn"] += len(gold - found)
        if countries != gold_c or topics != gold_t:
            errors.append({"docno": label["docno"],
                           "countries_extra": sorted(countries - gold_c),
                           "countries_missed": sorted(gold_c - countries),
                           "topics_extra": sorted(topics - gold_t),
                           "topics_missed": sorted(gold_t - topics)})
    figures = {
        "articles": len(labels),
        "country_precision": _ratio(counts["country_tp"], counts["country_tp"] + counts["country_fp"]),
        "country_recall": _ratio(counts["country_tp"], counts["country_tp"] + counts["country_fn"]),
        "topic_precision": _ratio(counts["topic_tp"], counts["topic_tp"] + counts["topic_fp"]),
        "topic_recall": _ratio(counts["topic_tp"], counts["topic_tp"] + counts["topic_fn"]),
        **counts,
    }
    return figures, errors


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    parser.add_argument("--part", help="START:END, a slice of the labels in draw order")
    args = parser.parse_args()
    labels = load_labels(args.labels)
    if args.part:
        start, end = (int(n) if n else None for n in args.part.split(":"))
        labels = labels[start:end]
    figures, errors = evaluate(args.corpus, labels)
    if args.json:
        print(json.dumps({**figures, **({"errors": errors} if args.errors else {})}, ensure_ascii=False))
        return
    for key, value in figures.items():
        print(f"{key:18} {value}")
    if args.errors:
        for error in errors:
            print(json.dumps(error, ensure_ascii=False))


if __name__ == "__main__":
    main()
