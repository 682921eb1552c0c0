"""Turning a saved .txt news page into a clean article: decoding, structure, metadata.

``decode`` accepts UTF-8 (with or without BOM, or UTF-16 with BOM as Notepad writes it)
and Windows-1256, the Arabic Windows code page. ``parse_article`` reads one paragraph
per line and decides, for whole lines only, what is the headline, a section label, the
dateline, a byline, a subheading, a signature or page furniture. The rules:

- Section label: the first line, when it has one to three words, no digits and no final
  punctuation, is followed by a blank line, and either the next line is a headline or
  the label is in another script than that line ("Gündəm" above an Arabic headline).
- Headline: the first remaining line when it is an open line (no sentence punctuation at
  its end; a question or exclamation mark may end it) of at most 25 words and 160
  characters. A file that opens with a sentence has
  no headline: the title is derived from its opening words (the first sentence when it
  ends within 12 words, else 12 words with trailing particles dropped and "…" added) and
  that paragraph stays in the body.
- Dateline and byline: only in the lines right after the headline (or before it). A
  dateline is a short line that is a date and nothing else but a weekday, a time or "نشر
  في"; dates inside sentences are never read. A byline is "بقلم/كتب/By <name>", or a bare
  two-to-five-word name directly next to the dateline. Both leave the body.
- Signature: at the very end, a bare name ending in a comma, followed by at most three
  short open lines (job title). It gives the author when none was found at the top and
  stays in the body as plain paragraphs: the position the writer signs with is part of
  what an analyst cites.
- Subheading: a lone open line of at most 12 words between paragraphs. A run of two or
  more such lines is a list, not a heading, and stays as paragraphs.
- Furniture: comment prompts, share/print rows, tag lines, "back to top", and a related
  articles header with everything after it; then lone one-word lines at the very end
  (section names such as "أخبار").
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path

from dossier.ingest import lines
from dossier.ingest.dates import date_line
from dossier.text.folding import folded_text
from dossier.model import PARAGRAPH, SUBHEADING, Block

# Far above any news article (the longest seed is 25 KB), small enough that a stray
# e-book or log file is refused before it is read into the library.
MAX_BYTES = 2 * 1024 * 1024
MANIFEST_NAME = "manifest.json"


class ImportRejected(Exception):
    """A file that cannot become an article; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message

    def __reduce__(self):
        # Rebuilt from both fields when it crosses from an import worker process.
        return type(self), (self.code, self.message)


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


# ---------------------------------------------------------------- decoding

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# What Windows-1256 text is made of: ASCII, Arabic, Latin-1 letters and typography.
_NOT_TEXT_1256 = re.compile(r"[^\t\n\r\x20-\x7e\u0600-\u06ff\u00a0\u00c0-\u00ff\u200c-\u200f\u2013-\u2026\u00ab\u00bb]")


def _is_binary(text: str) -> bool:
    return "\x00" in text or len(_CONTROL.findall(text)) > len(text) * 0.05


def _looks_like_1256_text(text: str) -> bool:
    odd = len(_NOT_TEXT_1256.findall(text))
    spaces = text.count(" ") + text.count("\n")
    return odd <= len(text) * 0.02 and (len(text) < 40 or spaces >= len(text) * 0.05)


def decode(data: bytes) -> str:
    """The text of a saved page, with LF line ends; raises ImportRejected."""
    if len(data) > MAX_BYTES:
        raise ImportRejected("too_large", f"The file is larger than {MAX_BYTES // (1024 * 1024)} MiB.")
    if not data.strip():
        raise ImportRejected("empty", "The file is empty.")
    if data.startswith(codecs.BOM_UTF8):
        text = _strict(data[3:], "utf-8")
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _strict(data, "utf-16")
    elif b"\x00" in data:
        raise ImportRejected("binary", "The file is not text (it contains NUL bytes).")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            # Windows-1256 maps nearly every byte, so decoding proves nothing: judge the result.
            text = _strict(data, "cp1256")
            if not _is_binary(text) and not _looks_like_1256_text(text):
                raise ImportRejected("undecodable", "The file is neither UTF-8 nor Arabic Windows-1256 text.") from None
    if _is_binary(text):
        raise ImportRejected("binary", "The file is not text (it is mostly control characters).")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ImportRejected("empty", "The file holds only blank space.")
    return text


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportRejected("undecodable", f"The file is not valid {encoding.upper()} text.") from None


# ---------------------------------------------------------------- parsing

_TITLE_WORDS = 12
_TITLE_CHARS = 90
_WEAK_ENDINGS = frozenset(
    "في من على إلى الى عن مع أن ان أو او و ثم التي الذي الذين بين حول عبر خلال بعد قبل منذ لدى "
    "the of to in on at for and or a an by with from".split()
)
_ASCII_BYTES = bytes(range(128))
_NOT_ASCII_LETTER = bytes(b for b in range(256) if not (65 <= b <= 90 or 97 <= b <= 122))
_LANGUAGE_SAMPLE = 20000


def _clean_lines(text: str) -> list[tuple[str, bool]]:
    """Non-blank stripped lines, each with whether a blank line follows it."""
    raw = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    out: list[tuple[str, bool]] = []
    for line in raw:
        line = line.strip().strip(lines.EDGE_CHARS).strip()
        if line:
            out.append((line, False))
        elif out:
            out[-1] = (out[-1][0], True)
    return out


def _drop_furniture(content: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
    kept: list[tuple[str, bool]] = []
    after_bare_read_also = False
    for line, gap in content:
        if after_bare_read_also:
            after_bare_read_also = False
            if lines.is_headline(line):
                continue
        if lines.is_related_header(line) and kept:
            break
        kind = lines.read_also(line)
        if kind:
            after_bare_read_also = kind == "bare"
            continue
        if not lines.is_furniture(line):
            kept.append((line, gap))
    while len(kept) > 1 and lines.word_count(kept[-1][0]) == 1 and len(kept[-1][0]) <= 25:
        kept.pop()
    return kept


def _derive_title(paragraph: str) -> str:
    words = paragraph.split()
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
    # U+0600-U+067F (Arabic letters, marks, digits) starts with byte D8 or D9.
    data = body[:_LANGUAGE_SAMPLE].encode("utf-8", "surrogatepass")
    arabic = data.count(b"\xd8") + data.count(b"\xd9")
    latin = len(data.translate(None, _NOT_ASCII_LETTER))
    other = len(data.translate(None, _ASCII_BYTES)) // 2 - arabic  # rough: most are 2 bytes
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
        if line.endswith(("،", ",")) and lines.bare_name(line):
            rest = body[index + 1:]
            if all(lines.is_open(r) and len(r) <= 80 for r in rest):
                return index
    return None


def _header(content: list[tuple[str, bool]]) -> tuple[str | None, str | None, str | None, str | None, int]:
    """Section label, headline, dateline, byline, and where the body starts."""
    label = title = published = author = None
    pos = 0
    after_date = False
    for pos, (line, gap) in enumerate(content):
        found = date_line(line)
        if found:
            published = published or found
            after_date = True
            continue
        if title is None:
            if pos == 0 and gap and len(content) > 1 and _is_label(line, content[1][0]):
                label = line
                continue
            if lines.is_headline(line):
                title = line
                after_date = False
                continue
            break
        name = lines.byline(line)
        if name is None and (after_date or (pos + 1 < len(content) and date_line(content[pos + 1][0]))):
            name = lines.bare_name(line)
        if name is None or author is not None or pos > 6:
            break
        author = name
        after_date = False
    else:
        pos = len(content)
    return label, title, published, author, pos


def _is_label(line: str, nxt: str) -> bool:
    if not lines.is_short_label(line):
        return False
    return lines.is_headline(nxt) or lines.has_arabic(line) != lines.has_arabic(nxt)


def parse_article(text: str, filename: str | None = None) -> ParsedArticle:
    """The article in a decoded page; raises ImportRejected("no_text") when nothing is left."""
    content = _drop_furniture(_clean_lines(text))
    label, title, published, author, pos = _header(content)
    body_lines = [line for line, _ in content[pos:]]
    if not body_lines and title is not None:
        # A lone headline-shaped line is the whole article, not a title over nothing.
        body_lines, title = [title], None
    if not any(ch.isalnum() for line in body_lines for ch in line):
        where = f" in {filename}" if filename else ""
        raise ImportRejected("no_text", f"No article text was found{where}.")

    signature = _signature_start(body_lines)
    if signature is not None and author is None:
        author = lines.bare_name(body_lines[signature])
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

    derived = title is None
    if derived:
        first = next((b for b in blocks if b.kind == PARAGRAPH), blocks[0])
        title = _derive_title(body[first.start:first.end])
    return ParsedArticle(
        title=title, title_derived=derived, section_label=label, author=author,
        published=published, body=body, blocks=tuple(blocks), language=_language(body),
    )


def body_hash(body: str) -> str:
    """Identity of an article's text across encodings, line ends, spacing and spelling forms."""
    # Words only: spacing, line ends, punctuation spacing and spelling forms don't count.
    normal = " ".join(folded_text(body).split())
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
