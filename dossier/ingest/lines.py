"""What one line of a saved news page is: page furniture, a headline, a subheading.

Saved pages put one paragraph per line. Everything here looks at a single stripped line
and never edits it: the importer keeps or removes whole lines, so a furniture phrase
inside a real sentence can never be cut out. A line is furniture only when the whole
line is a known shape: a share row ("شارك هذه الصفحة عبر فيسبوك"), a comment prompt, a
tag line, a copyright or image credit ("مصدر الصورة Getty Images"), a breadcrumb
("الرئيسية / أخبار"), an app or newsletter prompt, a "read also" link, or the header of
a box of other stories ("مواضيع ذات صلة", "الأكثر مشاهدة"). The vocabulary is that of
the outlets' pages (Al Arabiya, BBC Arabic, CNN Arabic, France 24, Sky News Arabia and
North African sites) and of common CMS themes.

Shapes used throughout:
- *open* line: does not end in sentence punctuation (closing quotes and brackets are
  looked through), so it reads as a label rather than a sentence;
- headline: an open line of at most 25 words / 160 characters;
- subheading candidate: an open line of at most 12 words / 100 characters that is not a
  list item.
"""

from __future__ import annotations

import re
from functools import lru_cache

from dossier.text.folding import fold

# Stripped from line edges besides whitespace: marks and controls that survive copy-paste.
EDGE_CHARS = "\u200b\u200c\u200d\u200e\u200f\ufeff\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

_KEY_EDGES = " \t:：*|•·-–—»«>›<‹()[]\"'“”.…،,؛!؟?"
_SPACES = re.compile(r"\s+")
_SHARE_SPLIT = re.compile(r"[\s|/•·]+")

SHARE, COMMENTS, TAGS, CREDIT, NAVIGATION, PROMO, READ_ALSO, RELATED, TEASER, STAMP = (
    "share", "comments", "tags", "credit", "navigation", "promo", "read_also", "related",
    "teaser", "stamp")
# The lead of another story listed after the article without a box header (see
# ``other_stories``); a TEASER is an item of a box of other stories.
OTHER_STORY = "other_story"


# A page's short lines and line heads are folded by several of the shape tests below in
# turn (furniture, related-stories header, "read also"): each is folded once.
@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    # Runs of whitespace as one space, and none at the edges (both keys strip them).
    return " ".join(fold(text).split())


def key(line: str) -> str:
    """A comparison key: folded like search text (dossier.text), edge marks dropped."""
    return _folded(line).strip(_KEY_EDGES)


def _keys(*phrases: str) -> frozenset[str]:
    return frozenset(key(p) for p in phrases)


def _prefixes(*phrases: str) -> tuple[str, ...]:
    return tuple(_SPACES.sub(" ", fold(p)).strip() for p in phrases)


# Whole lines, by kind.
_WHOLE = {
    COMMENTS: _keys(
        "اترك تعليقاً", "اترك تعليق", "اترك رداً", "اترك رد", "أضف تعليق", "أضف تعليقاً",
        "أضف تعليقك", "اكتب تعليقك", "التعليقات", "تعليقات", "إلغاء الرد", "شارك برأيك",
        "عدد التعليقات", "أرسل تعليقك", "Leave a Reply", "Leave a comment", "Cancel reply",
        "Post Comment", "Comments"),
    SHARE: _keys(
        "طباعة", "اطبع", "طباعة الخبر", "شارك", "شارك الخبر", "شارك المقال", "شارك هذا المقال",
        "شارك هذه الصفحة", "مشاركة", "مشاركة الخبر", "نسخ الرابط", "تم نسخ الرابط", "إرسال",
        "أرسل لصديق", "حجم الخط", "A A", "A+ A-", "هذه روابط خارجية وستفتح في نافذة جديدة",
        "إغلاق نافذة المشاركة", "Print", "Share", "Share this", "Share this article", "Copy link"),
    NAVIGATION: _keys(
        "زر الذهاب إلى الأعلى", "العودة إلى الأعلى", "إلى الأعلى", "الرئيسية", "التالي",
        "السابق", "المقال التالي", "المقال السابق", "الخبر التالي", "الخبر السابق",
        "تخطى إلى المحتوى", "انتقل إلى المحتوى", "Back to top", "Skip to content", "Home"),
    CREDIT: _keys(
        "أرشيفية", "صورة أرشيفية", "صورة تعبيرية", "تعبيرية", "صورة من الأرشيف", "Getty Images",
        "Getty", "AFP", "EPA", "AP", "Reuters", "أ ف ب", "(أ ف ب)", "رويترز", "(رويترز)",
        "صور", "فيديو", "بالصور", "بالفيديو", "Image copyright", "Image caption",
        "بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية"),
}
_LEADS = {
    TAGS: _prefixes(
        "your email address will not be published", "لن يتم نشر عنوان بريدك الإلكتروني",
        "save my name, email", "احفظ اسمي", "(العلامات", "العلامات:", "الوسوم:", "وسوم:",
        "tags:", "الكلمات المفتاحية:", "كلمات مفتاحية:", "مواضيع:", "موضوعات:"),
    SHARE: _prefixes("©", "copyright ©", "جميع الحقوق محفوظة", "حقوق النشر محفوظة", "all rights reserved"),
    # Reprint credits and the opinion pages' disclaimer.
    NAVIGATION: _prefixes("** جميع المقالات المنشورة", "جميع المقالات المنشورة تمثل",
                          "المقالات المنشورة تعبر عن", "* المقال يعبر عن"),
    CREDIT + "_reprint": _prefixes("نقلا عن", "نقلاً عن", "* نقلا عن", "*نقلا عن"),
    CREDIT: _prefixes(
        "مصدر الصورة", "تعليق على الصورة", "image copyright", "image caption", "getty images",
        "(صورة:", "صورة:", "الصورة:", "(الصورة:", "photo:", "(photo", "الصورة من", "© afp",
        "© أ ف ب", "صورة أرشيفية ل", "صورة أرشيفية -", "صورة أرشيفية:"),
    PROMO: _prefixes(
        "تابعونا على", "تابعوا ", "حمل تطبيق", "حمّل تطبيق", "نزل تطبيق", "اشترك في", "اشترك الآن",
        "للاشتراك في", "انضم إلى قناتنا", "انضموا إلى", "اشترك في النشرة", "download the app",
        "follow us", "subscribe to", "sign up for"),
}
_ANY_LEAD = tuple(lead for leads in _LEADS.values() for lead in leads)
_PROMO_WORDS = 14  # a promo is a short call to action, never a paragraph
_SHARE_WORDS = _keys(
    "فيسبوك", "فيس بوك", "تويتر", "إكس", "واتساب", "واتس اب", "واتس آب", "تلغرام", "تيليجرام",
    "تيليغرام", "لينكدإن", "لينكد إن", "البريد الإلكتروني", "بريد إلكتروني", "بريد", "طباعة",
    "مشاركة", "شارك", "ماسنجر", "مسنجر", "نسخ الرابط", "إنستغرام", "انستغرام", "يوتيوب",
    "Facebook", "Twitter", "X", "WhatsApp", "Telegram", "LinkedIn", "Linkedin", "Email",
    "Print", "Reddit", "Pinterest", "VK", "Share", "Messenger", "Copy link", "Instagram",
    "YouTube", "Google",
)
_SHARE_LEADS = _prefixes(
    "شارك على ", "شارك عبر ", "شارك هذه الصفحة عبر ", "شارك هذا المقال عبر ", "مشاركة عبر ",
    "share on ", "share via ", "share this page via ", "تابعنا على ", "تابعونا على ")
_RELATED = _keys(
    "مقالات ذات صلة", "أخبار ذات صلة", "مواضيع ذات صلة", "موضوعات ذات صلة", "قصص ذات صلة",
    "المقالات ذات الصلة", "الأخبار ذات الصلة", "المواضيع ذات الصلة", "الموضوعات ذات الصلة",
    "القصص ذات الصلة",
    "روابط ذات صلة", "روابط خارجية ذات صلة", "فيديوهات ذات صلة", "مقالات مشابهة", "أخبار متعلقة",
    "أخبار مشابهة", "المزيد حول هذه القصة", "قد يعجبك أيضاً", "قد يهمك أيضاً", "قد يهمك",
    "مواضيع قد تهمك", "اخترنا لك", "اخترنا لكم", "الأكثر قراءة", "الأكثر مشاهدة", "الأكثر تداولا",
    "الأكثر شعبية", "الأكثر مشاركة", "الأكثر تعليقا", "الأكثر تفاعلا", "آخر الأخبار",
    "أحدث الأخبار", "عناوين أخرى", "أخبار أخرى", "شاهد أيضاً", "ننصحك بقراءة", "ننصح بقراءة",
    "Related", "Related posts", "Related articles", "Related news", "Related stories",
    "You may also like", "Most read", "Most popular", "More stories",
)
_MORE_FROM = _prefixes("المزيد من ", "المزيد عن ", "المزيد حول ", "more from ")
_READ_ALSO = _keys(
    "اقرأ أيضاً", "اقرأ أيضا", "إقرأ أيضاً", "اقرأ المزيد", "إقرأ المزيد", "اقرأ", "إقرأ",
    "شاهد أيضاً", "شاهد أيضا", "شاهد", "طالع أيضاً", "طالع أيضا", "للمزيد", "للمزيد اقرأ",
    "Read also", "Read more", "See also", "Watch",
)
# Labels that are a link to another story only when a mark parts them from its headline:
# "قد يهمك| مسؤول سعودي..." links, "أيضا، اكتشف باحثون..." is the article's sentence.
_LINK_LABELS = _READ_ALSO | _keys("قد يهمك", "قد يهمك أيضاً", "قد يهمك أيضا", "أيضاً", "أيضا")
# The marks outlets put between a link's label and the headline it links to.
_LINK_MARK = re.compile(r"\s*(?::|\||/|\.\.+|…|-|–|—|،)\s*")
_BREADCRUMB = re.compile(r"\s(?:/|›|»|>|<|‹|«|\\)\s")
_HOME = _keys("الرئيسية", "الصفحة الرئيسية", "Home")
_MAX_FURNITURE = 200
_HEAD = 48

_CLOSERS = " \t\"'”’»)]}›"
_SENTENCE_END = frozenset(".،,؛;:!?؟…")
LIST_ITEM = re.compile(r"^(?:[\d٠-٩]{1,3}\s*[-.)–]|[•▪◦*\-–—])\s")


def word_count(line: str) -> int:
    return len(line.split())


def _prefix_key(line: str) -> str:
    return _folded(line).strip().replace(" :", ":")


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


def _is_breadcrumb(line: str, k: str) -> bool:
    parts = [p for p in _BREADCRUMB.split(f" {line} ") if p.strip()]
    if len(parts) < 2 or any(word_count(p) > 4 for p in parts):
        return False
    return key(parts[0]) in _HOME or ("›" in line or "»" in line or ">" in line)


def furniture_kind(line: str) -> str | None:
    """The kind of page furniture a whole line is, or None for a line of text."""
    if len(line) > _MAX_FURNITURE:
        return None
    # Prefixes are short, so only the head of a long line needs normalising.
    head = _prefix_key(line[:_HEAD])
    for kind, leads in _LEADS.items() if head.startswith(_ANY_LEAD) else ():
        if head.startswith(leads):
            if kind == PROMO and word_count(line) > _PROMO_WORDS:
                continue
            if kind.endswith("_reprint"):
                # "نقلاً عن الرؤية الإماراتية" is a credit; "نقلاً عن مصادر، قال..." a sentence.
                if word_count(line) > 6 or not is_open(line):
                    continue
                kind = CREDIT
            return kind
    if len(line) > 100:
        return None
    k = key(line)
    for kind, whole in _WHOLE.items():
        if k in whole:
            return kind
    for lead in _SHARE_LEADS:
        if k.startswith(lead):
            k = k[len(lead):]
            break
    if _all_share_words(k):
        return SHARE
    if _is_breadcrumb(line, k):
        return NAVIGATION
    return None


def is_furniture(line: str) -> bool:
    """A whole line of page furniture: comment prompts, share/print rows, tag lines..."""
    return furniture_kind(line) is not None


def is_related_header(line: str) -> bool:
    """The header of a box of other stories ("مواضيع ذات صلة", "المزيد من سكاي نيوز")."""
    if len(line) > 60:
        return False
    k = key(line)
    return k in _RELATED or (word_count(line) <= 5 and k.startswith(_MORE_FROM))


def read_also(line: str) -> str | None:
    """"Read also" link lines: "bare" when the linked title follows on the next line,
    "inline" when it is on the same line, else None."""
    if len(line) > _MAX_FURNITURE:
        return None
    head = key(line[:_HEAD])
    if len(line) < _HEAD and head in _READ_ALSO:
        return "bare"
    mark = _LINK_MARK.search(head)
    if mark is None or mark.end() == len(head):
        return None
    label = head[:mark.start()].strip()
    if label not in _LINK_LABELS or (mark.group().strip() == "،" and label not in _READ_ALSO):
        return None
    return "inline"


def is_open(line: str) -> bool:
    """True when the line does not end like a sentence."""
    core = line.rstrip(_CLOSERS)
    return bool(core) and core[-1] not in _SENTENCE_END


def is_headline(line: str) -> bool:
    return len(line) <= 160 and word_count(line) <= 25 and is_open(line.rstrip("?!؟"))


def is_short_label(line: str) -> bool:
    """A site's section label: one to three words, no digits, no punctuation at the end."""
    return (len(line) <= 30 and word_count(line) <= 3 and is_open(line)
            and not any(map(str.isdigit, line)))


def has_arabic(line: str) -> bool:
    return any("\u0621" <= ch <= "\u064a" for ch in line)


def is_subheading_candidate(line: str) -> bool:
    return (len(line) <= 100 and word_count(line) <= 12 and is_open(line)
            and not LIST_ITEM.match(line) and any(ch.isalpha() for ch in line))
