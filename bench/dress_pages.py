"""Real articles dressed as saved pages, imported: furniture left, datelines and bylines
found, near-duplicates caught, tags against the hand labels.

    python bench/dress_pages.py --corpus PATH [--count 60] [--json] [--keep DIR]

``count`` labelled articles (``bench/data/tagging/labels.jsonl``), spread over the five
outlets, are dressed in their outlet's page (``page_templates``) and written as .txt and
as .html; a tenth of them also in a North African site's page. Then, to test duplicates:
some are saved again from another outlet's page (other furniture), with a few words
changed, and as the same wire story cut short by a second outlet. Everything is imported
into a new library, and the stored articles are compared with what the pages hold.

Figures:
- furniture_left: furniture lines of the pages found whole in the stored bodies, over
  all furniture lines (target <= 5%); corpus_lines_removed: lines of the corpus text
  not in the body (each is listed: the corpus text holds some furniture of its own,
  such as reprint credits and the leads of other stories on CNN pages);
- datelines_found / bylines_found: pages whose date and author were read right;
- near_duplicates_caught: second saves stored as a duplicate or linked to the first;
- country precision/recall and topic precision of the imported pages, against the labels.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from corpus import corpus_files, read_document  # noqa: E402
from page_templates import BY_SOURCE, BYLINE, DATELINE, EXTRA  # noqa: E402
from tagging_eval import load_labels  # noqa: E402

from dossier.ingest.lines import EDGE_CHARS, key  # noqa: E402
from dossier.library import Library  # noqa: E402

SEED = 2018


def _paragraphs(doc) -> list[str]:
    return [line.strip() for line in doc.text.split("\n") if line.strip()]


def _teasers(root: Path, rng: random.Random, by_source: dict) -> dict[str, list[str]]:
    out = {}
    for source, files in by_source.items():
        titles = [read_document(p, root).title for p in rng.sample(files, 40)]
        out[source] = [t for t in titles if t][:30]
    return out


def _iso(doc) -> str:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(doc.time).isoformat()


def as_text(lines: list[tuple[str, str | None]]) -> str:
    return "\n".join(line for line, _kind in lines) + "\n"


def as_html(doc, lines: list[tuple[str, str | None]]) -> str:
    """The page as a saved web page: header, article with its paragraphs and boxes, aside."""
    body = []
    for line, kind in lines:
        text = html.escape(line)
        if kind is None and line == doc.title:
            body.append(f"<h1>{text}</h1>")
        elif kind is None:
            body.append(f"<p>{text}</p>")
        elif kind == "related":
            body.append(f"<h3 class=\"related\">{text}</h3>")
        elif kind == DATELINE:
            # As the outlets' pages do: the stamp for people, the ISO time for machines.
            body.append(f"<time datetime=\"{_iso(doc)}\">{text}</time>")
        elif kind == "stamp":
            body.append(f"<span class=\"time\">{text}</span>")
        elif kind == BYLINE:
            body.append(f"<div class=\"byline\">{text}</div>")
        elif kind == "teaser":
            body.append(f"<li><a href=\"/x\">{text}</a></li>")
        else:
            body.append(f"<div class=\"{kind}\">{text}</div>")
    return (f"<!doctype html><html lang=\"ar\" dir=\"rtl\"><head><meta charset=\"utf-8\">"
            f"<title>{html.escape(doc.title)}</title>"
            f"<meta property=\"og:title\" content=\"{html.escape(doc.title)}\">"
            f"<meta property=\"article:published_time\" content=\"{_iso(doc)}\">"
            f"<link rel=\"canonical\" href=\"{html.escape(doc.url)}\"></head><body><article>"
            + "\n".join(body) + "</article></body></html>")


def _variant(doc, rng: random.Random):
    """The same story with a few words changed (as a second outlet edits a wire story)."""
    paragraphs = _paragraphs(doc)
    changed = []
    for paragraph in paragraphs:
        words = paragraph.split()
        for _ in range(max(1, len(words) // 40)):
            i = rng.randrange(len(words))
            words[i] = rng.choice(["كذلك", "أيضا", "حينها", "وقتها"])
        changed.append(" ".join(words))
    return changed


def dress(root: Path, count: int, folder: Path) -> tuple[dict, list, list]:
    """Write the pages; the truth about each (by file name) and the duplicate pairs."""
    rng = random.Random(SEED)
    labels = load_labels()
    by_outlet = defaultdict(list)
    for label in labels:
        doc = read_document(root / label["path"], root)
        if len(_paragraphs(doc)) >= 2 and doc.title:
            by_outlet[doc.source].append((doc, label))
    by_source = defaultdict(list)
    for path in corpus_files(root):
        by_source[path.parts[len(root.parts)].lower().replace("alarabia", "alarabia")].append(path)
    sources = {"alarabia": "Alarabia", "bbc": "BBC", "cnn": "CNN", "france24": "France24", "skynews": "SkyNews"}
    teasers = _teasers(root, rng, {s: by_source[d.lower()] for s, d in sources.items()})
    chosen = []
    for source in sources:
        pool = by_outlet[source]
        chosen += rng.sample(pool, min(len(pool), count // len(sources)))
    truth, pairs = {}, []
    folder.mkdir(parents=True, exist_ok=True)

    def write(name: str, doc, label, lines, kind: str) -> None:
        # Pages of each form in their own folder, imported into their own library: a
        # saved page and its text would otherwise be taken as one another's duplicate.
        text = as_text(lines) if kind == "txt" else as_html(doc, lines)
        (folder / kind).mkdir(exist_ok=True)
        (folder / kind / f"{name}.{kind}").write_text(text, encoding="utf-8")
        truth[f"{name}.{kind}"] = {"doc": doc, "label": label, "lines": lines}

    for n, (doc, label) in enumerate(chosen):
        teaser = rng.sample(teasers[doc.source], 8)
        lines = BY_SOURCE[doc.source](doc, _paragraphs(doc), teaser, rng)
        name = f"{n:03d}_{doc.source}"
        write(name, doc, label, lines, "txt")
        write(name, doc, label, lines, "html")
        if n % 10 == 3:
            site = rng.choice(sorted(EXTRA))
            write(f"{n:03d}_{site}", doc, label, EXTRA[site](doc, _paragraphs(doc), teaser, rng), "txt")
        # Second saves of some stories, to be caught as duplicates or near-duplicates.
        if n % 4 == 0:
            other = rng.choice(sorted(set(BY_SOURCE) - {doc.source}))
            again = BY_SOURCE[other](doc, _paragraphs(doc), rng.sample(teasers[other], 8), rng)
            write(f"{n:03d}_z_other_furniture", doc, label, again, "txt")
            pairs.append((f"{name}.txt", f"{n:03d}_z_other_furniture.txt", "other furniture"))
        if n % 4 == 1:
            changed = BY_SOURCE[doc.source](doc, _variant(doc, rng), teaser, rng)
            write(f"{n:03d}_z_words_changed", doc, label, changed, "txt")
            pairs.append((f"{name}.txt", f"{n:03d}_z_words_changed.txt", "a few words changed"))
        if n % 4 == 2 and len(_paragraphs(doc)) >= 3:
            other = rng.choice(sorted(set(BY_SOURCE) - {doc.source}))
            cut = _paragraphs(doc)[:-1]
            wire = BY_SOURCE[other](doc, cut, rng.sample(teasers[other], 8), rng)
            write(f"{n:03d}_z_wire_elsewhere", doc, label, wire, "txt")
            pairs.append((f"{name}.txt", f"{n:03d}_z_wire_elsewhere.txt", "same wire story, cut short"))
    return truth, pairs, chosen


def _expected_author(lines) -> str | None:
    from dossier.ingest.bylines import byline

    for line, kind in lines:
        if kind == BYLINE:
            found = byline(line)
            return found.author if found else line
    return None


def measure(truth: dict, pairs: list, report, lib) -> dict:
    by_name = {Path(r.path).name: r for r in report.results}
    furniture = left = lost = paragraphs = 0
    dates = dates_found = bylines = bylines_found = 0
    left_examples, misses = [], []
    c_tp = c_fp = c_fn = t_tp = t_fp = 0
    seen_docs = set()
    for name, facts in truth.items():
        result = by_name.get(name)
        if result is None or result.article_id is None:
            continue
        article = lib.article(result.article_id)
        body_keys = {key(line) for line in article.body.split("\n")}
        own = {line for line, kind in facts["lines"] if kind is None}
        for line, kind in facts["lines"]:
            if kind is not None and kind not in (DATELINE, BYLINE):
                furniture += 1
                if key(line) in body_keys and line not in own:
                    left += 1
                    left_examples.append((name, kind, line))
        if "_z_" in name or result.status != "imported":
            continue
        doc = facts["doc"]
        # Compared with spaces collapsed: an HTML extractor collapses them, as a browser does.
        expected = {" ".join(p.strip(EDGE_CHARS).split()) for p in _paragraphs(doc)}
        body_lines = {" ".join(line.split()) for line in article.body.split("\n")}
        paragraphs += len(expected)
        lost += len(expected - body_lines)
        misses += [(name, "removed", p[:60]) for p in expected - body_lines]
        if any(kind == DATELINE for _l, kind in facts["lines"]):
            dates += 1
            got = article.source and article.source.published
            dates_found += got == doc.published
            if got != doc.published:
                misses.append((name, "date", got, doc.published))
        author = _expected_author(facts["lines"])
        if author:
            bylines += 1
            got = article.source and article.source.author
            bylines_found += got == author
            if got != author:
                misses.append((name, "byline", got, author))
        if name.endswith(".txt") and doc.docno not in seen_docs:
            seen_docs.add(doc.docno)
            gold_c, gold_t = set(facts["label"]["countries"]), set(facts["label"]["topics"])
            found_c, found_t = set(article.countries), set(article.topics)
            c_tp += len(found_c & gold_c)
            c_fp += len(found_c - gold_c)
            c_fn += len(gold_c - found_c)
            t_tp += len(found_t & gold_t)
            t_fp += len(found_t - gold_t)
    caught = 0
    for first, second, _why in pairs:
        a, b = by_name.get(first), by_name.get(second)
        if a and b and a.article_id and (b.status == "duplicate" and b.article_id == a.article_id
                                          or b.near_duplicate_of == a.article_id):
            caught += 1
    ratio = lambda x, y: round(x / y, 3) if y else None  # noqa: E731
    return {
        "pages": len(truth), "articles": len(seen_docs), "imported": report.imported,
        "duplicates": report.duplicates, "rejected": report.rejected,
        "furniture_lines": furniture, "furniture_left": left, "furniture_left_share": ratio(left, furniture),
        "paragraphs": paragraphs, "corpus_lines_removed": lost,
        "datelines": dates, "datelines_found": dates_found,
        "bylines": bylines, "bylines_found": bylines_found,
        "near_duplicate_pairs": len(pairs), "near_duplicates_caught": caught,
        "country_precision": ratio(c_tp, c_tp + c_fp), "country_recall": ratio(c_tp, c_tp + c_fn),
        "topic_precision": ratio(t_tp, t_tp + t_fp),
        "furniture_left_examples": left_examples[:15], "misses": misses,
    }


def run(root: Path, count: int, keep: Path | None) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        work = keep or Path(tmp)
        pages = work / "pages"
        truth, pairs, _chosen = dress(root, count, pages)
        for stale in work.glob("dressed_*.sqlite*"):
            stale.unlink()
        figures = {}
        for kind in ("txt", "html"):
            with Library(work / f"dressed_{kind}.sqlite", seed=False) as lib:
                report = lib.import_paths([pages / kind])
                part = {n: t for n, t in truth.items() if n.endswith("." + kind)}
                figures[kind] = measure(part, pairs if kind == "txt" else [], report, lib)
        return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--count", type=int, default=60)
    parser.add_argument("--keep", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    figures = run(args.corpus, args.count, args.keep)
    if args.json:
        print(json.dumps(figures, ensure_ascii=False))
        return
    for kind, part in figures.items():
        print(f"## pages saved as .{kind}")
        for name, value in part.items():
            if name not in ("furniture_left_examples", "misses"):
                print(f"{name:24} {value}")
        for example in part["furniture_left_examples"]:
            print("  left:", *example)
        for miss in part["misses"][:40]:
            print("  miss:", *miss)


if __name__ == "__main__":
    main()
