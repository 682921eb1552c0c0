"""Search quality on judged queries: Dossier beside plain FTS5 and a stemmer-only index.

    python bench/search_quality.py --corpus /path/to/ant [--data bench/data/search]
        [--rows] [--json] [--unjudged OUT.jsonl] [--stemmer dossier|light10|snowball]
        [--keep DIR]

The judged set (``--data``) holds ``collection.txt`` (corpus paths, one a line) and
``queries.jsonl`` (id, query, kind, need, judgments {DOCNO: 2|1|0}); see its README.
Every system indexes the same collection and answers every query in full:

- dossier: the library's own search (``Library.search``), every hit;
- fts5: FTS5 with ``unicode61 remove_diacritics 2`` on the text as written, bm25;
- snowball: FTS5 over Snowball Arabic stems (PyStemmer) of each word, bm25.

Per query: precision (hits judged 1 or 2 over hits; unjudged hits count as not
relevant), recall (relevant hits over relevant documents) and nDCG@10 (gain = grade).
Figures are macro-averages over the queries: over all of them, over the odd and the even
query ids apart (rules are developed on one half and checked on the other), and per kind;
``--rows`` adds one row per query. ``--keep DIR`` keeps Dossier's library of the
collection in DIR and reuses it on the next run (for changes on the query side only).
``--unjudged`` writes every returned document the judges have not seen, with the
sentence it matched in, so it can be judged.
"""

from __future__ import annotations

import argparse
import json
import math
import re
import sqlite3
import statistics
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import Document, read_document  # noqa: E402
from corpus_import import import_corpus  # noqa: E402

from dossier.library import Library  # noqa: E402
from dossier.search.query import QueryError  # noqa: E402
from dossier.text import stems  # noqa: E402

SYSTEMS = ("dossier", "fts5", "snowball")


@dataclass(frozen=True)
class Query:
    id: str
    text: str
    kind: str
    need: str
    judgments: dict[str, int]

    @property
    def relevant(self) -> set[str]:
        return {doc for doc, grade in self.judgments.items() if grade > 0}


def load_queries(folder: Path) -> list[Query]:
    queries = []
    for line in (folder / "queries.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            queries.append(Query(item["id"], item["query"], item.get("kind", ""),
                                 item.get("need", ""), {k: int(v) for k, v in item["judgments"].items()}))
    return queries


def load_collection(folder: Path, corpus: Path) -> list[Path]:
    names = [line.strip() for line in (folder / "collection.txt").read_text(encoding="utf-8").splitlines()]
    return [corpus / name for name in names if name and not name.startswith("#")]


# The query language as plain FTS5 sees it: the words as typed, quoted; phrases, OR, NOT,
# AND, -word and word* kept. No folding, no clitics, no stems.
_LEXEME = re.compile(r'"([^"]*)"?|(\S+)')
_WORD = re.compile(r"[^\W_]+")


def plain_expression(text: str, convert=None) -> str | None:
    """An FTS5 expression for ``text``; with ``convert``, each word passed through it,
    else the text as typed, for the table's tokenizer to split."""
    def words_of(raw: str) -> list[str]:
        if convert is None:
            return [raw.replace('"', " ").strip(" *-")] if raw.replace('"', " ").strip(" *-") else []
        return [convert(w) for w in _WORD.findall(raw)]
    parts: list[str] = []
    negated: list[str] = []
    for match in _LEXEME.finditer(text.replace("\u201c", '"').replace("\u201d", '"')):
        if match.group(1) is not None:
            words = words_of(match.group(1))
            if words:
                parts.append('"' + " ".join(words) + '"')
            continue
        raw = match.group(2)
        if raw in ("OR", "NOT", "AND") and parts:
            parts.append(raw)
            continue
        negate = raw.startswith("-") and len(raw) > 1
        words = words_of(raw[1:] if negate else raw)
        if not words:
            continue
        token = '"' + " ".join(words) + '"' + ("*" if raw.endswith("*") and len(words) == 1 else "")
        (negated if negate else parts).append(token)
    cleaned: list[str] = []
    for part in parts:
        if part in ("OR", "NOT", "AND"):
            if cleaned and cleaned[-1] not in ("OR", "NOT", "AND"):
                cleaned.append(part)
            continue
        if cleaned and cleaned[-1] not in ("OR", "NOT", "AND"):
            cleaned.append("AND")
        cleaned.append(part)
    while cleaned and cleaned[-1] in ("OR", "NOT", "AND"):
        cleaned.pop()
    if cleaned and negated:
        cleaned = ["(" + " ".join(cleaned) + ")"] + [f"NOT {token}" for token in negated]
    return " ".join(cleaned) or None


class FtsSystem:
    """An FTS5 table over the collection, its words converted by ``convert``."""

    def __init__(self, docs: list[Document], convert=None):
        self.convert = convert
        self.db = sqlite3.connect(":memory:")
        self.db.execute("CREATE VIRTUAL TABLE f USING fts5(docno UNINDEXED, title, body, "
                        "tokenize='unicode61 remove_diacritics 2')")
        rows = [(d.docno, self._text(d.title), self._text(d.text)) for d in docs]
        self.db.executemany("INSERT INTO f (docno, title, body) VALUES (?, ?, ?)", rows)

    def _text(self, text: str) -> str:
        if self.convert is None:
            return text
        return " ".join(self.convert(w) for w in _WORD.findall(text))

    def search(self, text: str) -> list[str]:
        expression = plain_expression(text, self.convert)
        if expression is None:
            return []
        try:
            return [row[0] for row in self.db.execute(
                "SELECT docno FROM f WHERE f MATCH ? ORDER BY bm25(f)", [expression])]
        except sqlite3.OperationalError:
            return []


class DossierSystem:
    def __init__(self, docs_paths: list[Path], corpus: Path, folder: Path):
        ids_file = folder / "quality-ids.json"
        reuse = ids_file.exists() and (folder / "quality.sqlite").exists()
        self.lib = Library(folder / "quality.sqlite", seed=False)
        if reuse:
            ids = json.loads(ids_file.read_text(encoding="utf-8"))
        else:
            ids = import_corpus(self.lib, corpus, docs_paths).ids
            ids_file.write_text(json.dumps(ids), encoding="utf-8")
        self.docno = {article_id: docno for docno, article_id in ids.items()}

    def search(self, text: str) -> list[str]:
        try:
            page = self.lib.search(text, limit=100_000)
        except QueryError:
            return []
        return [self.docno[h.article_id] for h in page.hits]

    def sentences(self, text: str) -> dict[str, str]:
        """For each document the query matches: the passage where it matched first."""
        try:
            page = self.lib.search(text, limit=100_000)
        except QueryError:
            return {}
        return {self.docno[h.article_id]: h.snippet for h in page.hits}


def snowball_word(word: str) -> str:
    return stems.snowball(word)


def ndcg_at(ranked: list[str], judgments: dict[str, int], k: int = 10) -> float:
    gains = [judgments.get(doc, 0) for doc in ranked[:k]]
    dcg = sum(g / math.log2(i + 2) for i, g in enumerate(gains))
    ideal = sorted((g for g in judgments.values() if g > 0), reverse=True)[:k]
    idcg = sum(g / math.log2(i + 2) for i, g in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def measure(query: Query, ranked: list[str]) -> dict:
    relevant = query.relevant
    found = [d for d in ranked if d in relevant]
    return {
        "precision": len(found) / len(ranked) if ranked else (1.0 if not relevant else 0.0),
        "recall": len(found) / len(relevant) if relevant else 1.0,
        "ndcg10": ndcg_at(ranked, query.judgments),
        "hits": len(ranked),
        "unjudged": sum(1 for d in ranked if d not in query.judgments),
    }


def evaluate(corpus: Path, data: Path, stemmer: str, work: Path) -> tuple[dict, list[dict], dict]:
    queries = load_queries(data)
    paths = load_collection(data, corpus)
    docs = [read_document(p, corpus) for p in paths]
    stems.set_stemmer(stemmer)
    systems = {"dossier": DossierSystem(paths, corpus, work), "fts5": FtsSystem(docs),
               "snowball": FtsSystem(docs, snowball_word)}
    rows, answers = [], {}
    for query in queries:
        for name, system in systems.items():
            ranked = system.search(query.text)
            answers[(query.id, name)] = ranked
            rows.append({"id": query.id, "query": query.text, "kind": query.kind, "system": name,
                         **{k: round(v, 3) if isinstance(v, float) else v
                            for k, v in measure(query, ranked).items()}})
    return summarise(rows), rows, {"systems": systems, "queries": queries, "answers": answers}


def half(query_id: str) -> str:
    """Which half of the set a query is in: its number odd or even."""
    digits = "".join(ch for ch in query_id if ch.isdigit())
    return "odd" if int(digits or 0) % 2 else "even"


def summarise(rows: list[dict]) -> dict:
    """Macro-averages per system over all queries, each half and each kind."""
    groups: dict[str, list[dict]] = {}
    for row in rows:
        for group in ("all", half(row["id"]), "kind:" + row["kind"]):
            groups.setdefault(f"{group}/{row['system']}", []).append(row)
    summary: dict[str, dict] = {}
    for key, mine in groups.items():
        group, system = key.rsplit("/", 1)
        figures = {metric: round(statistics.mean(r[metric] for r in mine), 3)
                   for metric in ("precision", "recall", "ndcg10")}
        figures["queries"] = len(mine)
        summary.setdefault(group, {})[system] = figures
    order = ("all", "odd", "even")
    return dict(sorted(summary.items(), key=lambda item: (item[0] not in order,
                                                          order.index(item[0]) if item[0] in order else 0,
                                                          item[0])))


def write_unjudged(path: Path, state: dict) -> int:
    dossier = state["systems"]["dossier"]
    written = 0
    with path.open("w", encoding="utf-8") as out:
        for query in state["queries"]:
            seen: set[str] = set()
            passages = dossier.sentences(query.text)
            for name in SYSTEMS:
                for rank, docno in enumerate(state["answers"][(query.id, name)], 1):
                    if docno in query.judgments or docno in seen:
                        continue
                    seen.add(docno)
                    out.write(json.dumps({"id": query.id, "query": query.text, "docno": docno,
                                          "system": name, "rank": rank,
                                          "sentence": passages.get(docno, "")},
                                         ensure_ascii=False) + "\n")
                    written += 1
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--data", type=Path, default=ROOT / "bench" / "data" / "search")
    parser.add_argument("--stemmer", choices=sorted(stems.STEMMERS), default="dossier")
    parser.add_argument("--rows", action="store_true", help="one row per query and system")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--unjudged", type=Path, help="write unjudged hits here (JSON lines)")
    parser.add_argument("--keep", type=Path, help="keep (and reuse) Dossier's library here")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = args.keep or Path(tmp)
        work.mkdir(parents=True, exist_ok=True)
        summary, rows, state = evaluate(args.corpus, args.data, args.stemmer, work)
        unjudged = write_unjudged(args.unjudged, state) if args.unjudged else None
    if args.json:
        print(json.dumps({"summary": summary, "rows": rows if args.rows else None,
                          "unjudged_written": unjudged}, ensure_ascii=False, indent=1))
        return
    print(f"{'queries':16} {'system':10} {'precision':>9} {'recall':>7} {'nDCG@10':>8} {'n':>4}")
    for group, systems in summary.items():
        for name, figures in systems.items():
            print(f"{group:16} {name:10} {figures['precision']:9.3f} {figures['recall']:7.3f} "
                  f"{figures['ndcg10']:8.3f} {figures['queries']:4}")
    if args.rows:
        for row in rows:
            print(f"{row['id']:6} {row['system']:9} P {row['precision']:.2f} R {row['recall']:.2f} "
                  f"nDCG {row['ndcg10']:.2f} hits {row['hits']:5} unjudged {row['unjudged']:4}  {row['query']}")
    if unjudged is not None:
        print(f"unjudged hits written: {unjudged} -> {args.unjudged}")


if __name__ == "__main__":
    main()
