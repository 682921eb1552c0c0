"""Record how ICU displays a set of bidi lines, as the reference the tests compare with.

    /path/to/venv-with-icu/bin/python bench/bidi_icu_cases.py --corpus PATH > tests/data/bidi_icu.tsv

Run in a scratch environment that has ICU's Python binding (the pyicu-wheels package);
the project itself never depends on it. Lines: short real sentences of the ANT Corpus
v2.1 that mix Arabic with digits, Latin or brackets (cited by DOCNO in the last column),
and synthetic lines with the explicit controls an author can type (LRM, RLM, ALM, the
embeddings, overrides and isolates). Output: text, direction, ICU's visual order (bidi
controls removed, mirroring on), source; texts escaped as Python unicode escapes.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path

import icu

sys.path.insert(0, str(Path(__file__).resolve().parent))
from corpus import iter_documents  # noqa: E402

_MIXED = re.compile(r"[0-9A-Za-z()\[\]«»%]")
CONTROLS = ["\u200e", "\u200f", "\u061c", "\u202a", "\u202b", "\u202d", "\u202e",
            "\u2066", "\u2067", "\u2068"]
CLOSE = {"\u202a": "\u202c", "\u202b": "\u202c", "\u202d": "\u202c", "\u202e": "\u202c",
         "\u2066": "\u2069", "\u2067": "\u2069", "\u2068": "\u2069"}
INSIDE = ["+971 4 123 4567", "COP-14", "2025-2030", "(IFAS)", "www.example.org", "15%",
          "ابو ظبي", "Kambarata 1", "[3]", "a > b", "رقم 12", "1.3 مليار"]


def display(text: str, rtl: bool) -> str:
    bidi = icu.Bidi()
    bidi.setPara(icu.UnicodeString(text), 1 if rtl else 0)
    return str(bidi.writeReordered(icu.Bidi.DO_MIRRORING | icu.Bidi.REMOVE_BIDI_CONTROLS))


def escape(text: str) -> str:
    return text.encode("unicode_escape").decode("ascii")


def corpus_lines(corpus: Path, count: int) -> list[tuple[str, str]]:
    lines: list[tuple[str, str]] = []
    for doc in iter_documents(corpus):
        for sentence in re.split(r"(?<=[.!؟])\s+", doc.text):
            sentence = " ".join(sentence.split())
            if 20 <= len(sentence) <= 90 and _MIXED.search(sentence):
                lines.append((sentence, doc.docno))
                break
        if len(lines) >= count:
            break
    return lines


def synthetic_lines(rng: random.Random, count: int) -> list[tuple[str, str]]:
    out = []
    for _ in range(count):
        opener = rng.choice(CONTROLS)
        inner = rng.choice(INSIDE)
        closer = CLOSE.get(opener, "")
        out.append((f"للاتصال {opener}{inner}{closer} شكرا {rng.choice(INSIDE)}", "synthetic"))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--lines", type=int, default=600)
    parser.add_argument("--controls", type=int, default=129)
    args = parser.parse_args()
    rng = random.Random(9)
    print(f"# ICU {icu.ICU_VERSION}: text, direction, visual order, source")
    for text, source in corpus_lines(args.corpus, args.lines) + synthetic_lines(rng, args.controls):
        for rtl in (True,) if source != "synthetic" else (True, False):
            print("\t".join((escape(text), "rtl" if rtl else "ltr", escape(display(text, rtl)), source)))


if __name__ == "__main__":
    main()
