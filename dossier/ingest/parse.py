"""Turning a decoded news page into an article: every line gets one role.

A page is read one paragraph per line. Each non-blank line is either body text or
removed with its role: page furniture of some kind (see ``furniture``), the section
label, the headline, a dateline or stamp, a byline. Nothing is dropped silently: the
body lines and the removed lines together are every line of the page, in order (a
property test checks it), and the removed ones are kept with the article.

- Section label: the first line, when it has one to three words, no digits and no final
  punctuation, is followed by a blank line, and either the next line is a headline or
  the label is in another script than that line ("Gündəm" above an Arabic headline).
- Headline: the first remaining line when it is an open line (no sentence punctuation at
  its end; a question or exclamation mark may end it) of at most 25 words and 160
  characters. A page that opens with a sentence has no headline: the title is derived
  from its opening words (the first sentence when it ends within 12 words, else 12 words
  with trailing particles dropped and "…" added) and that paragraph stays in the body.
  An outlet's name alone above the headline ("سكاي نيوز عربية") is the site's, not a title.
- Header: after (or before) the headline, furniture, datelines, stamps and bylines may
  follow in any order; the body starts at the first line that is none of these. The
  first dateline there gives the date ("الأحد 2 ذو القعدة 1439هـ - 15 يوليو 2018م").
  Dates inside sentences are never read.
- Bylines (see ``bylines``): in the header, and as the very last line of the page
  ("فرانس 24/ أ ف ب"); a bare personal name only right next to a dateline.
- Signature: at the very end, a bare name ending in a comma, followed by at most three
  short open lines (job title). It gives the author when none was found at the top and
  stays in the body: the position the writer signs with is part of what an analyst cites.
- Subheading: a lone open line of at most 12 words between paragraphs. A run of two or
  more such lines is a list, not a heading, and stays as paragraphs.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from dossier.ingest import bylines, lines
from dossier.ingest.dates import date_line
from dossier.ingest.decoding import decode
from dossier.ingest.errors import MAX_BYTES, ImportRejected
from dossier.ingest.furniture import PageLine, classify, page_lines
from dossier.ingest.other_stories import appended_leads
from dossier.model import PARAGRAPH, SUBHEADING, Block
from dossier.text.folding import folded_text

__all__ = ["MAX_BYTES", "ImportRejected", "ParsedArticle", "Removed", "body_hash", "decode",
           "load_manifest", "parse_article", "TITLE", "LABEL", "DATELINE", "BYLINE", "SITE"]

MANIFEST_NAME = "manifest.json"
TITLE, LABEL, DATELINE, BYLINE, SITE = "title", "label", "dateline", "byline", "site"
# How many lines a page's header may run to (headline, stamps, bylines, share rows).
_HEADER_LINES = 12


@dataclass(frozen=True)
class Removed:
    """A line of the page that is not in the body, and why."""

    number: int  # the line's number in the page (0-based)
    role: str  # TITLE, LABEL, DATELINE, BYLINE, SITE or a furniture kind of ``lines``
    text: str


@dataclass(frozen=True)
class ParsedArticle:
    title: str
    title_derived: bool
    section_label: str | None
    author: str | None
    published: str | None  # YYYY-MM-DD
    body: str
    blocks: tuple[Block, ...]
    language: str  # "ar", "en" or "und"
    removed: tuple[Removed, ...] = ()
    line_numbers: tuple[int, ...] = ()  # the page line of each block
    place: str | None = None  # where the story was filed from, when a byline says it
    # Body spans that are the page's, not the story's (an inline dateline such as
    # "دبي، الإمارات العربية المتحدة (CNN)--"): kept in the body, never tagging evidence.
    masked: tuple[tuple[int, int], ...] = ()

    @property
    def tagging_body(self) -> str:
        """The body with masked spans blanked: same offsets, no evidence in them."""
        return _blank(self.body, self.masked)


def _blank(body: str, spans) -> str:
    for start, end in spans:
        body = body[:start] + " " * (end - start) + body[end:]
    return body


# The story's own dateline opens one of its first paragraphs: a note on the piece ("نشر
# هذا المقال بالتعاون مع...", an opinion disclaimer) may come before it.
_OWN_DATELINE_WITHIN = 3


def _own_dateline(paragraphs: list[str]) -> tuple[int, int] | None:
    """(paragraph index, where its text proper starts) of the story's own dateline."""
    for n, text in enumerate(paragraphs[:_OWN_DATELINE_WITHIN]):
        found = bylines.inline_dateline(text)
        if found:
            return n, found[0]
    return None


def _masked(body: str) -> tuple[tuple[int, int], ...]:
    paragraphs = body.split("\n", _OWN_DATELINE_WITHIN)[:_OWN_DATELINE_WITHIN]
    own = _own_dateline(paragraphs)
    if own is None:
        return ()
    start = sum(len(p) + 1 for p in paragraphs[:own[0]])
    return ((start, start + own[1]),)


def tagging_text(body: str) -> str:
    """A stored body as the tagger reads it: the story's own inline dateline blanked."""
    return _blank(body, _masked(body))


_TITLE_WORDS = 12
_TITLE_CHARS = 90
_WEAK_ENDINGS = frozenset(
    "في من على إلى الى عن مع أن ان أو او و ثم التي الذي الذين بين حول عبر خلال بعد قبل منذ لدى "
    "the of to in on at for and or a an by with from".split()
)
_NOT_ASCII = bytes(range(128, 256))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_NOT_ARABIC_LEAD = bytes(b for b in range(256) if b not in (0xD8, 0xD9))
_LANGUAGE_SAMPLE = 20000


def _has_text(text: str) -> bool:
    return any(map(str.isalnum, text))


def _derive_title(paragraph: str) -> str:
    words = paragraph.split()
    while words and not _has_text(words[0]):  # a lone mark opening the line names nothing
        words.pop(0)
    for count, word in enumerate(words[:_TITLE_WORDS], 1):
        if word[-1] in ".!?؟" and count >= 4:
            return " ".join(words[:count]).rstrip(".")
    chosen: list[str] = []
    for word in words[:_TITLE_WORDS]:
        if chosen and len(" ".join(chosen + [word])) > _TITLE_CHARS:
            break
        chosen.append(word)
        if word[-1] in "،,؛;:":
            break
    while len(chosen) > 3 and chosen[-1].lower() in _WEAK_ENDINGS:
        chosen.pop()
    head = " ".join(chosen).rstrip("،,؛;:.-–— ")
    return head + "…" if len(chosen) < len(words) else head


def _language(body: str) -> str:
    # Counted on UTF-8 bytes, where C-level counting is cheap: every character in
    # U+0600-U+067F (Arabic letters, marks, digits) starts with byte D8 or D9. Each count
    # is the length of what is left when all other bytes are deleted (faster than
    # bytes.count when, as here, most bytes go).
    data = body[:_LANGUAGE_SAMPLE].encode("utf-8", "surrogatepass")
    arabic = len(data.translate(None, _NOT_ARABIC_LEAD))
    latin = len(data.translate(None, _NOT_ASCII_LETTER))
    not_ascii = len(data) - len(data.translate(None, _NOT_ASCII))
    other = not_ascii // 2 - arabic  # rough: most are 2 bytes
    total = arabic + latin + max(other, 0)
    if not total:
        return "und"
    if arabic * 2 >= total:
        return "ar"
    return "en" if latin * 2 >= total else "und"


def _signature_start(body: list[str]) -> int | None:
    """Where a closing signature (name with a trailing comma, then title lines) begins."""
    for index in range(max(1, len(body) - 4), len(body)):
        line = body[index]
        if line.endswith(("،", ",")) and bylines.bare_name(line):
            rest = body[index + 1:]
            if all(lines.is_open(r) and len(r) <= 80 for r in rest):
                return index
    return None


def _is_label(line: str, nxt: str) -> bool:
    if not lines.is_short_label(line):
        return False
    return lines.is_headline(nxt) or lines.has_arabic(line) != lines.has_arabic(nxt)


@dataclass
class _Header:
    label: str | None = None
    title: str | None = None
    published: str | None = None
    author: str | None = None
    place: str | None = None


def _read_header(content: list[PageLine], roles: list[str | None], title: str | None) -> _Header:
    """Give the header's lines their roles (in ``roles``) and read what they say.
    ``title``: the headline when the source gives it apart (an export's field)."""
    head = _Header(title=title)
    known = lines.key(title) if title else None
    text_seen = 0
    after_date = False
    for i in range(len(content)):
        if text_seen >= _HEADER_LINES:
            break
        line, role = content[i].text, roles[i]
        if role == lines.STAMP:
            found = date_line(line)
            head.published = head.published or found
            roles[i] = DATELINE
            after_date = after_date or bool(found)
            continue
        if role is not None:
            continue  # furniture stays furniture; it does not end the header
        text_seen += 1
        if known is not None and text_seen == 1 and lines.key(line) == known:
            roles[i] = TITLE  # the given headline, repeated above the text
            continue
        if head.title is None:
            following = _next_text(content, roles, i)
            if (text_seen == 1 and content[i].gap and following is not None
                    and _is_label(line, content[following].text)):
                head.label, roles[i] = line, LABEL
                continue
            if bylines.agency(line) and following is not None:
                roles[i] = SITE
                continue
            if lines.is_headline(line):
                head.title, roles[i] = line, TITLE
                after_date = False
                continue
            break
        found = bylines.byline(line)
        name = found.author if found else None
        if name is None and (after_date or _next_is_date(content, roles, i)):
            name = bylines.bare_name(line)
        if name is None:
            break
        roles[i] = BYLINE
        if head.author is None:
            head.author, head.place = name, found.place if found else None
        after_date = False
    return head


def _next_text(content: list[PageLine], roles: list[str | None], i: int) -> int | None:
    for j in range(i + 1, len(content)):
        if roles[j] is None:
            return j
    return None


def _next_is_date(content: list[PageLine], roles: list[str | None], i: int) -> bool:
    return i + 1 < len(content) and roles[i + 1] == lines.STAMP and bool(date_line(content[i + 1].text))


def _first_date(content: list[PageLine], roles: list[str | None]) -> str | None:
    """A page whose header was cut short by a line of another shape still has its dateline
    near the top: the first dated stamp among the first lines."""
    for i in range(min(len(content), _HEADER_LINES)):
        if roles[i] == lines.STAMP:
            found = date_line(content[i].text)
            if found:
                roles[i] = DATELINE
                return found
    return None


def _read_tail_byline(content: list[PageLine], roles: list[str | None], head: _Header) -> None:
    """The page's last text line, when it is an explicit byline ("فرانس 24/ أ ف ب")."""
    text = [i for i, role in enumerate(roles) if role is None]
    if len(text) < 2:
        return
    found = bylines.byline(content[text[-1]].text)
    if found is not None:
        roles[text[-1]] = BYLINE
        if head.author is None:
            head.author, head.place = found.author, found.place


def _other_story_leads(content: list[PageLine], roles: list[str | None], title: str | None) -> None:
    """A story has one dateline, opening one of its first paragraphs: a later paragraph
    that opens with another one is the lead of another story (CNN pages list them after
    the body), and so is the headline-shaped line just above it. On such wire-format
    pages, the leads without a dateline of their own that end the page are found by
    ``other_stories``."""
    text = [i for i, role in enumerate(roles) if role is None]
    own = _own_dateline([content[i].text for i in text])
    own_line = text[own[0]] if own else None
    wire = own is not None
    for before, i in zip(text, text[1:]):
        if i != own_line and bylines.inline_dateline(content[i].text):
            roles[i] = lines.OTHER_STORY
            wire = True
            if before != text[0] and lines.is_headline(content[before].text):
                roles[before] = lines.OTHER_STORY
    if wire:
        text = [i for i, role in enumerate(roles) if role is None]
        opening = text.index(own_line) if own_line in text else 0
        for n in appended_leads(title or "", [content[i].text for i in text], opening):
            roles[text[n]] = lines.OTHER_STORY


def parse_article(text: str, filename: str | None = None, title: str | None = None) -> ParsedArticle:
    """The article in a decoded page; raises ImportRejected("no_text") when nothing is left.
    ``title``: the headline when the source gives it apart from the text."""
    content = page_lines(text)
    roles = classify(content)
    head = _read_header(content, roles, " ".join(title.split()) if title else None)
    _read_tail_byline(content, roles, head)
    if head.published is None:
        head.published = _first_date(content, roles)
    _other_story_leads(content, roles, head.title)
    body_index = [i for i, role in enumerate(roles) if role is None]
    if not body_index and head.title is not None:
        # A lone headline-shaped line is the whole article, not a title over nothing.
        only = next((i for i, role in enumerate(roles) if role == TITLE), None)
        if only is not None:
            roles[only] = None
            body_index = [only]
        head.title = None if only is not None else head.title
    body_lines = [content[i].text for i in body_index]
    if not any(ch.isalnum() for line in body_lines for ch in line):
        where = f" in {filename}" if filename else ""
        raise ImportRejected("no_text", f"No article text was found{where}.")

    signature = _signature_start(body_lines)
    author = head.author
    if signature is not None and author is None:
        author = bylines.bare_name(body_lines[signature])
    end = len(body_lines) if signature is None else signature
    candidate = [i < end and lines.is_subheading_candidate(t) for i, t in enumerate(body_lines)]

    blocks: list[Block] = []
    offset = 0
    for i, line in enumerate(body_lines):
        lone = candidate[i] and not (i > 0 and candidate[i - 1])
        heading = lone and i + 1 < len(body_lines) and not candidate[i + 1]
        blocks.append(Block(SUBHEADING if heading else PARAGRAPH, offset, offset + len(line)))
        offset += len(line) + 1
    body = "\n".join(body_lines)

    masked = _masked(body)
    if masked:
        head.place = head.place or bylines.inline_dateline(body[masked[0][0]:])[1]

    title = head.title
    derived = title is None
    if derived:
        first = next((b for b in blocks if b.kind == PARAGRAPH and _has_text(body[b.start:b.end])),
                     None) or next(b for b in blocks if _has_text(body[b.start:b.end]))
        title = _derive_title(body[first.start:first.end])
    removed = tuple(Removed(content[i].number, role, content[i].text)
                    for i, role in enumerate(roles) if role is not None)
    return ParsedArticle(
        title=title, title_derived=derived, section_label=head.label, author=author,
        published=head.published, body=body, blocks=tuple(blocks), language=_language(body),
        removed=removed, line_numbers=tuple(content[i].number for i in body_index),
        place=head.place, masked=masked,
    )


def body_hash(body: str) -> str:
    """Identity of an article's text across encodings, line ends, spacing and spelling forms."""
    return identity_hash(folded_text(body))


def identity_hash(folded: str) -> str:
    """``body_hash`` of a body already folded (``folded_text``)."""
    # Words only: spacing, line ends, punctuation spacing and spelling forms don't count.
    # Folded text as ``folded_text`` writes it is spaced so already: every whitespace
    # character but the space is unprintable, so a printable text with no double or edge
    # space is its own normal form, and need not be split and joined again.
    if folded.isprintable() and "  " not in folded and folded[:1] != " " and folded[-1:] != " ":
        normal = folded
    else:
        normal = " ".join(folded.split())
    return hashlib.sha256(normal.encode("utf-8", "surrogatepass")).hexdigest()


def load_manifest(folder: Path) -> dict[str, dict]:
    """Per-file facts the texts do not state (outlet, author, date), from manifest.json."""
    path = Path(folder) / MANIFEST_NAME
    try:
        raw = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return {}
    data = json.loads(raw)
    if not isinstance(data, dict):
        raise ValueError(f"{path} must hold an object keyed by file name")
    return {name: dict(entry) for name, entry in data.items() if isinstance(entry, dict)}
