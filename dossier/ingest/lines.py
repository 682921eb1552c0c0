"""What one line of a saved news page is: page furniture, a headline, a subheading, a byline.

Saved pages put one paragraph per line. Everything here looks at a single stripped line
(sometimes with its neighbours' shape) and never edits it: the importer keeps or drops
whole lines, so a furniture phrase inside a real sentence can never be cut out.

Shapes used throughout:
- *open* line: does not end in sentence punctuation (closing quotes and brackets are
  looked through), so it reads as a label rather than a sentence;
- headline: an open line of at most 25 words / 160 characters;
- subheading candidate: an open line of at most 12 words / 100 characters that is not a
  list item.
"""

from __future__ import annotations

import re

from dossier.text.folding import fold

# Stripped from line edges besides whitespace: marks and controls that survive copy-paste.
EDGE_CHARS = "\u200b\u200c\u200d\u200e\u200f\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_KEY_EDGES = " \t:：*|•·-–—»«>›<‹()[]\"'“”.…،,؛!؟?"
_SPACES = re.compile(r"\s+")
_SHARE_SPLIT = re.compile(r"[\s|/•·]+")


def key(line: str) -> str:
    """A comparison key: folded like search text (dossier.text), edge marks dropped."""
    return _SPACES.sub(" ", fold(line)).strip(_KEY_EDGES)


def _keys(*phrases: str) -> frozenset[str]:
    return frozenset(key(p) for p in phrases)


_FURNITURE = _keys(
    "اترك تعليقاً", "اترك تعليق", "اترك رداً", "اترك رد", "أضف تعليق", "أضف تعليقاً",
    "أضف تعليقك", "التعليقات", "إلغاء الرد", "زر الذهاب إلى الأعلى", "العودة إلى الأعلى",
    "إلى الأعلى", "طباعة", "اطبع", "طباعة الخبر", "شارك", "شارك الخبر", "شارك المقال",
    "شارك هذا المقال", "مشاركة", "مشاركة الخبر", "نسخ الرابط", "تم نسخ الرابط",
    "Leave a Reply", "Leave a comment", "Cancel reply", "Post Comment", "Print", "Share",
    "Share this", "Share this article", "Back to top", "Copy link",
)
_SHARE_WORDS = _keys(
    "فيسبوك", "فيس بوك", "تويتر", "إكس", "واتساب", "واتس اب", "تلغرام", "تيليجرام",
    "لينكدإن", "لينكد إن", "البريد الإلكتروني", "بريد", "طباعة", "مشاركة", "شارك",
    "Facebook", "Twitter", "X", "WhatsApp", "Telegram", "LinkedIn", "Email", "Print",
    "Reddit", "Pinterest", "VK", "Share",
)
_TAG_AND_FORM_PREFIXES = (
    "your email address will not be published", "لن يتم نشر عنوان بريدك الالكتروني",
    "save my name, email", "احفظ اسمي", "(العلامات", "العلامات:", "الوسوم:", "وسوم:",
    "tags:", "الكلمات المفتاحيه:", "كلمات مفتاحيه:", "©", "copyright ©", "جميع الحقوق محفوظه",
)
_SHARE_LEADS = ("شارك علي ", "شارك عبر ", "share on ", "share via ")
_RELATED = _keys(
    "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "مقالات مشابهة", "أخبار متعلقة",
    "قد يعجبك أيضاً", "الأكثر قراءة", "المزيد من الأخبار", "Related", "Related posts",
    "Related articles", "Related news", "You may also like", "Most read",
)
_READ_ALSO = _keys("اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "Read also", "Read more", "See also")
_MAX_FURNITURE = 200
_HEAD = 48

_CLOSERS = " \t\"'”’»)]}›"
_SENTENCE_END = frozenset(".،,؛;:!?؟…")
_LIST_ITEM = re.compile(r"^(?:[\d٠-٩]{1,3}\s*[-.)–]|[•▪◦*\-–—])\s")
_BYLINE = re.compile(r"^(?:بقلم|كتب|كتبت|إعداد|اعداد|تقرير|By)\s*[:：\-–]?\s+(?P<name>.+)$", re.IGNORECASE)
_NAME = re.compile(r"^[^\W\d_]+(?:[ .'\-][^\W\d_]+){1,4}$")


def word_count(line: str) -> int:
    return len(line.split())


def _prefix_key(line: str) -> str:
    return _SPACES.sub(" ", fold(line)).strip().replace(" :", ":")


def _all_share_words(text: str) -> bool:
    tokens = [t for t in (w.strip(_KEY_EDGES) for w in _SHARE_SPLIT.split(text)) if t]
    i = 0
    while i < len(tokens):
        if tokens[i] in _SHARE_WORDS:
            i += 1
        elif i + 1 < len(tokens) and f"{tokens[i]} {tokens[i + 1]}" in _SHARE_WORDS:
            i += 2
        else:
            return False
    return bool(tokens)


def is_furniture(line: str) -> bool:
    """A whole line of page furniture: comment prompts, share/print rows, tag lines."""
    if len(line) > _MAX_FURNITURE:
        return False
    # Prefixes are short, so only the head of a long line needs normalising.
    if _prefix_key(line[:_HEAD]).startswith(_TAG_AND_FORM_PREFIXES):
        return True
    if len(line) > 80:
        return False
    k = key(line)
    if k in _FURNITURE:
        return True
    for lead in _SHARE_LEADS:
        if k.startswith(lead):
            k = k[len(lead):]
            break
    return _all_share_words(k)


def is_related_header(line: str) -> bool:
    return len(line) <= 60 and key(line) in _RELATED


def read_also(line: str) -> str | None:
    """"Read also" link lines: "bare" when the linked title follows on the next line,
    "inline" when it is on the same line, else None."""
    if len(line) > _MAX_FURNITURE:
        return None
    head = key(line[:_HEAD])
    if len(line) < _HEAD and head in _READ_ALSO:
        return "bare"
    lead = head.split(":", 1)[0].strip()
    return "inline" if ":" in head and lead in _READ_ALSO else None


def is_open(line: str) -> bool:
    """True when the line does not end like a sentence."""
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in _SENTENCE_END


def is_headline(line: str) -> bool:
    return len(line) <= 160 and word_count(line) <= 25 and is_open(line.rstrip("?!؟"))


def is_short_label(line: str) -> bool:
    """A site's section label: one to three words, no digits, no punctuation at the end."""
    return (len(line) <= 30 and word_count(line) <= 3 and is_open(line)
            and not any(ch.isdigit() for ch in line))


def has_arabic(line: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in line)


def is_subheading_candidate(line: str) -> bool:
    return (len(line) <= 100 and word_count(line) <= 12 and is_open(line)
            and not _LIST_ITEM.match(line) and any(ch.isalpha() for ch in line))


def byline(line: str) -> str | None:
    """The name in an explicit byline ("بقلم: ...", "By ...")."""
    if len(line) > 60:
        return None
    match = _BYLINE.match(line)
    if match is None:
        return None
    name = match.group("name").strip(" ،,.:")
    return name if _NAME.match(name) else None


def bare_name(line: str) -> str | None:
    """A line that is only a personal name of two to five words (a trailing comma allowed)."""
    if len(line) > 40:
        return None
    name = line.rstrip(" ،,")
    return name if _NAME.match(name) else None
