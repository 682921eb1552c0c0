"""Building the judged search set: the judging collection and the candidate pools.

    python bench/search_judging.py collection --corpus PATH > bench/data/search/collection.txt
    python bench/search_judging.py pool --corpus PATH --pattern REGEX [--context 70]
    python bench/search_judging.py check --corpus PATH

``collection`` draws the judging collection from the real-press corpus (see
``bench/corpus.py``): identical texts are kept once, a fixed number of articles per outlet
is drawn at random (seeded) in proportion to the outlet's categories, and every article
that mentions one of the rare subjects the queries need (Central Asia, rare spellings of
names, numbers written in Arabic-Indic digits) is added. ``pool`` prints, for a generous
regular expression over the folded text of the collection, each matching article with its
title and the matching passages, for judging by reading. ``check`` validates the judged
queries against the collection. The folding here is this script's own (alef and hamza
forms, ى/ي, ة/ه, tashkeel, tatweel, both digit sets): the judged set must not depend on
the search it measures.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus_files, read_document  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "search"
SEED = 2018
PER_OUTLET = 700
# Subjects too rare in the corpus for a random draw to hold enough of them: every article
# mentioning one is added (patterns over folded text).
RARE_SUBJECTS = {
    "Central Asia": r"كازاخ|قازاخ|قيرغيز|قرغيز|اوزبك|طاجيك|تركمانستان|بيشكيك|طشقند"
                    r"|دوشنبه|عشق ?اباد|اسيا الوسطي|استانا",
    "rare spellings of names": r"مستورا|روهينغا|روهينجا|جوجل|انستجرام|انستاجرام|بوجبا"
                               r"|زوكربرج|زوكربيرج|زاكربيرغ|زوكيربيرغ|زكربرغ|بيونج ?يانج"
                               r"|جونج ?اون",
    "rare numbers and codes": r"(?<![0-9])2401(?![0-9])|MH ?17|ام ?اتش ?-? ?17",
}
# Numbers written in Arabic-Indic digits (about 150 articles): all of them, read unfolded.
ARABIC_INDIC = re.compile("[\u0660-\u0669\u06f0-\u06f9]")
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]")
_LETTERS = str.maketrans({
    "آ": "ا", "أ": "ا", "إ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه", "ؤ": "و", "ئ": "ي",
    "ی": "ي", "ک": "ك",
})
_DIGITS = str.maketrans({**{chr(0x660 + i): str(i) for i in range(10)},
                         **{chr(0x6F0 + i): str(i) for i in range(10)}})
_WORD_CHAR = re.compile(r"[0-9A-Za-z\u0621-\u064a]")


def fold(text: str, digits: bool = True) -> str:
    """The comparison form: one letter for each family the press writes interchangeably."""
    text = _MARKS.sub("", _INVISIBLE.sub("", unicodedata.normalize("NFKC", text)))
    text = text.translate(_LETTERS)
    return text.translate(_DIGITS) if digits else text


def _key(text: str) -> str:
    return hashlib.sha1(" ".join(fold(text).split()).encode()).hexdigest()


def unique_documents(root: Path) -> list:
    """Every document once: reposted copies of one text (one per category) are dropped."""
    seen, kept = set(), []
    for path in corpus_files(root):
        doc = read_document(path, root)
        key = _key(doc.text)
        if key not in seen:
            seen.add(key)
            kept.append(doc)
    return kept


def draw_collection(docs: list) -> list:
    rng = random.Random(SEED)
    strata = defaultdict(list)
    for doc in docs:
        strata[(doc.source, doc.category)].append(doc)
    chosen = []
    for source in sorted({s for s, _ in strata}):
        cats = sorted(c for s, c in strata if s == source)
        total = sum(len(strata[(source, c)]) for c in cats)
        for cat in cats:
            group = strata[(source, cat)]
            share = max(20, round(PER_OUTLET * len(group) / total))
            chosen += rng.sample(group, min(share, len(group)))
    picked = {doc.path for doc in chosen}
    rare = re.compile("|".join(f"(?:{p})" for p in RARE_SUBJECTS.values()))
    for doc in docs:
        text = _full(doc)
        if doc.path not in picked and (rare.search(fold(text)) or ARABIC_INDIC.search(text)):
            chosen.append(doc)
            picked.add(doc.path)
    return sorted(chosen, key=lambda d: d.path)


def _full(doc) -> str:
    return f"{doc.title}\n{doc.abstract}\n{doc.text}"


def load_collection(root: Path) -> list:
    paths = (DATA / "collection.txt").read_text(encoding="utf-8").split()
    return [read_document(root / p, root) for p in paths]


def _word_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start > 0 and _WORD_CHAR.match(text[start - 1]):
        start -= 1
    while end < len(text) and _WORD_CHAR.match(text[end]):
        end += 1
    return start, end


def pool(root: Path, pattern: str, context: int, limit: int) -> None:
    """Each article of the collection matching ``pattern``, its title, the matched words
    and the passages around them."""
    regex = re.compile(pattern)
    forms, hits = Counter(), 0
    for doc in load_collection(root):
        title, lead, body = fold(doc.title), fold(doc.abstract), fold(doc.text)
        text = f"{title} ¶ {lead} ¶ {body}"
        matches = list(regex.finditer(text))
        if not matches:
            continue
        hits += 1
        words = [text[slice(*_word_span(text, m.start(), m.end()))] for m in matches]
        forms.update(set(words))
        where = "T" if regex.search(title) else ("L" if regex.search(lead) else "B")
        print(f"== {doc.docno} {where}{len(matches)} | {title[:110]}")
        for match in matches[:limit]:
            a, b = max(0, match.start() - context), match.end() + context
            print("   " + text[a:b].replace("\n", " "))
    print(f"# {hits} articles; forms:", " ".join(f"{w}:{n}" for w, n in forms.most_common()))


def check(root: Path) -> None:
    docnos = {doc.docno for doc in load_collection(root)}
    kinds, judged, relevant = Counter(), 0, 0
    for line in (DATA / "queries.jsonl").read_text(encoding="utf-8").splitlines():
        query = json.loads(line)
        kinds[query["kind"]] += 1
        outside = [d for d in query["judgments"] if d not in docnos]
        if outside:
            raise SystemExit(f"{query['id']}: judged outside the collection: {outside[:3]}")
        rel = sum(1 for g in query["judgments"].values() if g > 0)
        judged += len(query["judgments"])
        relevant += rel
        print(f"{query['id']} {query['kind']:7} rel={rel:3} judged={len(query['judgments']):3}"
              f"  {query['query']}")
    print(f"{sum(kinds.values())} queries {dict(kinds)}; {len(docnos)} articles; "
          f"{judged} judgments, {relevant} relevant")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["collection", "pool", "check"])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--pattern", default="")
    parser.add_argument("--context", type=int, default=70)
    parser.add_argument("--limit", type=int, default=3, help="passages shown per article")
    args = parser.parse_args()
    if args.action == "collection":
        for doc in draw_collection(unique_documents(args.corpus)):
            print(doc.path)
    elif args.action == "pool":
        pool(args.corpus, args.pattern, args.context, args.limit)
    else:
        check(args.corpus)


if __name__ == "__main__":
    main()
