"""Reading the real-press corpus the benchmarks and judged sets are built on.

The corpus is the ANT Corpus v2.1 (A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic
Multi-source News Corpus: Experimenting on Single-document Extractive Summarization",
Arabian Journal for Science and Engineering 46(8), 2021): one TREC-style document per
file, ``SOURCE/CATEGORY/ID.txt``, with the fields DOCNO, URL, SRC, CAT, TITLE, TIME
(RFC 822), AUTHOR, ABSTRACT and TEXT. It is never part of the project: benchmarks take
its folder as ``--corpus PATH``.

    for doc in iter_documents(Path("/data/ant"), limit=1000):
        print(doc.docno, doc.title)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Iterator

# Outlet names as an analyst would write them in a citation.
OUTLETS = {
    "alarabia": "العربية", "bbc": "بي بي سي عربي", "cnn": "سي إن إن بالعربية",
    "france24": "فرانس 24", "skynews": "سكاي نيوز عربية",
}
_FIELD = re.compile(r"<(DOCNO|URL|SRC|CAT|TITLE|TIME|AUTHOR|ABSTRACT|TEXT)>(.*?)</\1>", re.S)


@dataclass(frozen=True)
class Document:
    docno: str
    path: str  # relative to the corpus folder
    url: str
    source: str  # the corpus's SRC code, e.g. "bbc"
    outlet: str  # the outlet's Arabic name
    category: str
    title: str
    published: str | None  # YYYY-MM-DD
    time: str  # the RFC 822 stamp as given
    author: str
    abstract: str
    text: str


def _date(stamp: str) -> str | None:
    try:
        return parsedate_to_datetime(stamp).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def read_document(path: Path, root: Path | None = None) -> Document:
    raw = path.read_text(encoding="utf-8", errors="replace")
    fields = {name: value.strip() for name, value in _FIELD.findall(raw)}
    source = fields.get("SRC", "").lower()
    return Document(
        docno=fields.get("DOCNO", path.stem),
        path=str(path.relative_to(root)) if root else str(path),
        url=fields.get("URL", ""), source=source, outlet=OUTLETS.get(source, source),
        category=fields.get("CAT", ""), title=fields.get("TITLE", ""),
        published=_date(fields.get("TIME", "")), time=fields.get("TIME", ""),
        author=fields.get("AUTHOR", ""), abstract=fields.get("ABSTRACT", ""),
        text=fields.get("TEXT", ""),
    )


def corpus_files(root: Path) -> list[Path]:
    """Every document file under ``root``, in a stable order."""
    return sorted(root.rglob("*.txt"))


def iter_documents(root: Path, limit: int | None = None) -> Iterator[Document]:
    """Documents in a stable order; ``limit`` spreads the sample over the whole corpus
    (every k-th file) so every outlet and category is represented."""
    root = Path(root)
    files = corpus_files(root)
    if limit is not None and 0 < limit < len(files):
        step = len(files) / limit
        files = [files[int(i * step)] for i in range(limit)]
    for path in files:
        yield read_document(path, root)


def by_docno(root: Path) -> dict[str, Path]:
    """DOCNO -> file, read from the file names (DOCNO is the file's stem)."""
    return {path.stem: path for path in corpus_files(Path(root))}
