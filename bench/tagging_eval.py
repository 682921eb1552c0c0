"""Country and topic tagging against the hand-labelled sample of real articles.

    python bench/tagging_eval.py --corpus PATH [--json] [--errors] [--part START:END]
        [--mode imported|raw|both]
    python bench/tagging_eval.py --corpus PATH --labels bench/data/tagging/heldout.jsonl

Each labelled article (``bench/data/tagging/labels.jsonl``) is read from the corpus and
tagged two ways: ``imported``, what the analyst gets, the page (title, blank line, text)
parsed as an import parses it (furniture, other stories' leads and datelines leave the
body) and tagged; ``raw``, the corpus title and text tagged as they are, furniture
included. Prints micro precision and recall of countries and topics over the sample for
each, with the counts; ``--errors`` lists every article where the tagger and the labels
disagree, with the words that earned each extra tag. Targets: country precision and
recall >= 0.95.

``--sweep`` prints topic precision and recall for other topic thresholds (minimum
mentions 2 to 5 and characters per mention), to see whether a lower threshold pays on
a set it was not tuned on.

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


MODES = ("imported", "raw")


def tagged_text(title: str, text: str, mode: str) -> tuple[str, str]:
    """The title and body the tagger sees in ``mode``."""
    if mode == "raw":
        return title, text
    from dossier.ingest.parse import decode, parse_article

    article = parse_article(decode(f"{title}\n\n{text}\n".encode("utf-8")))
    return article.title, getattr(article, "tagging_body", None) or article.body


def tag(title: str, text: str, mode: str = "imported") -> tuple[set[str], set[str], dict]:
    """Countries, topics and, for each country, the words that earned it."""
    from dossier.tagging.tagger import tag_article

    title, body = tagged_text(title, text, mode)
    tags = tag_article(title, body)
    words = {code: sorted({body[s:e] for s, e in spans}) or [title]
             for code, spans in tags.countries.items()}
    return set(tags.countries), set(tags.topics), words


def _ratio(hit: int, total: int) -> float | None:
    return round(hit / total, 3) if total else None


def evaluate(corpus: Path, labels: list[dict], mode: str = "imported") -> tuple[dict, list[dict]]:
    counts = {"country_tp": 0, "country_fp": 0, "country_fn": 0,
              "topic_tp": 0, "topic_fp": 0, "topic_fn": 0}
    errors = []
    for label in labels:
        doc = read_document(corpus / label["path"], corpus)
        countries, topics, words = tag(doc.title, doc.text, mode)
        gold_c, gold_t = set(label["countries"]), set(label["topics"])
        for kind, found, gold in (("country", countries, gold_c), ("topic", topics, gold_t)):
            counts[f"{kind}_tp"] += len(found & gold)
            counts[f"{kind}_fp"] += len(found - gold)
            counts[f"{kind}_fn"] += len(gold - found)
        if countries != gold_c or topics != gold_t:
            errors.append({"docno": label["docno"],
                           "countries_extra": {c: words[c] for c in sorted(countries - gold_c)},
                           "countries_missed": sorted(gold_c - countries),
                           "topics_extra": sorted(topics - gold_t),
                           "topics_missed": sorted(gold_t - topics)})
    figures = {
        "mode": mode,
        "articles": len(labels),
        "country_precision": _ratio(counts["country_tp"], counts["country_tp"] + counts["country_fp"]),
        "country_recall": _ratio(counts["country_tp"], counts["country_tp"] + counts["country_fn"]),
        "topic_precision": _ratio(counts["topic_tp"], counts["topic_tp"] + counts["topic_fp"]),
        "topic_recall": _ratio(counts["topic_tp"], counts["topic_tp"] + counts["topic_fn"]),
        **counts,
    }
    return figures, errors


def sweep(corpus: Path, labels: list[dict], mode: str, as_json: bool) -> None:
    """Topic precision and recall under other thresholds (the tagger's own constants,
    set for the run), in one pass over the texts."""
    from dossier.tagging import tagger

    texts = [tagged_text(doc.title, doc.text, mode) for doc in
             (read_document(corpus / label["path"], corpus) for label in labels)]
    kept = tagger.TOPIC_MIN_MENTIONS, tagger.TOPIC_CHARS_PER_MENTION
    rows = []
    try:
        for minimum in (2, 3, 4, 5):
            for chars in (600, 800, 1200, 10**9):
                tagger.TOPIC_MIN_MENTIONS, tagger.TOPIC_CHARS_PER_MENTION = minimum, chars
                tp = fp = fn = 0
                for (title, body), label in zip(texts, labels):
                    found, gold = set(tagger.tag_article(title, body).topics), set(label["topics"])
                    tp, fp, fn = tp + len(found & gold), fp + len(found - gold), fn + len(gold - found)
                rows.append({"min_mentions": minimum, "chars_per_mention": chars if chars < 10**9 else None,
                             "topic_precision": _ratio(tp, tp + fp), "topic_recall": _ratio(tp, tp + fn),
                             "topic_tp": tp, "topic_fp": fp, "topic_fn": fn})
    finally:
        tagger.TOPIC_MIN_MENTIONS, tagger.TOPIC_CHARS_PER_MENTION = kept
    if as_json:
        print(json.dumps(rows))
        return
    print(f"mode {mode}, {len(labels)} articles; current: min {kept[0]}, chars per mention {kept[1]}")
    for row in rows:
        print("  ".join(f"{key} {value}" for key, value in row.items()))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--labels", type=Path, default=LABELS)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--errors", action="store_true", help="list the disagreements")
    parser.add_argument("--part", help="START:END, a slice of the labels in draw order")
    parser.add_argument("--sweep", action="store_true", help="topic figures for other thresholds")
    parser.add_argument("--mode", choices=(*MODES, "both"), default="both",
                        help="imported: the body after import; raw: the corpus text as is")
    args = parser.parse_args()
    labels = load_labels(args.labels)
    if args.part:
        start, end = (int(n) if n else None for n in args.part.split(":"))
        labels = labels[start:end]
    modes = MODES if args.mode == "both" else (args.mode,)
    if args.sweep:
        sweep(args.corpus, labels, modes[0], args.json)
        return
    results = [evaluate(args.corpus, labels, mode) for mode in modes]
    if args.json:
        print(json.dumps({figures["mode"]: {**figures, **({"errors": errors} if args.errors else {})}
                          for figures, errors in results}, ensure_ascii=False))
        return
    for figures, errors in results:
        for key, value in figures.items():
            print(f"{key:18} {value}")
        if args.errors:
            for error in errors:
                print(json.dumps(error, ensure_ascii=False))
        print()


if __name__ == "__main__":
    main()
