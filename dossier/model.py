"""Domain types: small frozen dataclasses with plain ids, shared by core, UI and export."""

from __future__ import annotations

from dataclasses import dataclass, field

PARAGRAPH = "paragraph"
SUBHEADING = "subheading"


@dataclass(frozen=True)
class Block:
    """A run of the article body: a paragraph or a subheading, by offsets into the body."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class Source:
    id: int
    outlet: str | None
    author: str | None = None
    url: str | None = None
    published: str | None = None  # YYYY-MM-DD


@dataclass(frozen=True)
class Country:
    code: str  # ISO 3166 alpha-2
    name_ar: str
    name_en: str


@dataclass(frozen=True)
class Topic:
    slug: str
    name_ar: str
    name_en: str


@dataclass(frozen=True)
class Facet:
    """A browsable value (country, topic or source) with its article count."""

    key: str
    label_ar: str
    label_en: str
    count: int


@dataclass(frozen=True)
class Mention:
    start: int
    end: int


@dataclass(frozen=True)
class ArticleSummary:
    id: int
    title: str
    source_file: str | None
    published: str | None
    outlet: str | None
    author: str | None
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    id: int
    title: str
    body: str
    blocks: tuple[Block, ...]
    language: str
    source: Source | None
    source_file: str | None
    body_hash: str
    imported_at: str
    section_label: str | None = None
    countries: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    mentions: tuple[tuple[str, int, int], ...] = ()  # (country code, start, end)


@dataclass(frozen=True)
class Excerpt:
    id: int
    article_id: int
    start: int
    end: int
    quote: str
    prefix: str
    suffix: str
    created_at: str


@dataclass(frozen=True)
class Citation:
    """What a dossier cites for an excerpt's article."""

    article_id: int
    title: str
    outlet: str | None
    author: str | None
    published: str | None
    url: str | None = None


@dataclass(frozen=True)
class Item:
    """An excerpt with the analyst's note, or a note alone."""

    id: int
    section_id: int
    position: int
    note: str
    excerpt: Excerpt | None = None


@dataclass(frozen=True)
class Section:
    id: int
    briefing_id: int
    position: int
    heading: str
    items: tuple[Item, ...] = ()


@dataclass(frozen=True)
class BriefingInfo:
    id: int
    title: str
    subtitle: str = ""
    author: str = ""
    classification: str = ""
    date: str | None = None  # YYYY-MM-DD
    summary: str = ""


@dataclass(frozen=True)
class Briefing:
    """A whole briefing, as a snapshot: what the composer shows and the export renders."""

    info: BriefingInfo
    sections: tuple[Section, ...] = ()
    citations: tuple[Citation, ...] = field(default=())

    @property
    def id(self) -> int:
        return self.info.id

    def citation_for(self, article_id: int) -> Citation | None:
        for citation in self.citations:
            if citation.article_id == article_id:
                return citation
        return None


@dataclass(frozen=True)
class SearchHit:
    article_id: int
    title: str
    snippet: str
    snippet_start: int  # offset of the snippet in the article body
    matches: tuple[tuple[int, int], ...]  # offsets of each match in the article body
    score: float
    published: str | None = None
    outlet: str | None = None
