"""Bylines as Arabic news pages print them, read into the name an analyst cites.

Shapes, each a whole line (position is checked by the parser: bylines are read only next
to the headline or dateline, or as the very last line):
- an explicit lead: بقلم / كتب / كتبت / إعداد / تقرير / متابعة / ترجمة / المصدر / By,
  then the name ("بقلم: سامي يوسف", "المصدر: وكالات");
- "city - name or agency" ("القاهرة - أحمد الريدي", "موسكو - د ب أ",
  "أبوظبي - سكاي نيوز عربية", "دبي - العربية.نت");
- "city (agency)" with an optional dash ("باريس (أ ف ب) -");
- "outlet / agency" ("فرانس 24/ أ ف ب") and agencies alone ("وكالات", "رويترز");
- a bare personal name of two to five words (only beside a dateline, see the parser).

A share or social line ("شارك هذه الصفحة عبر فيسبوك") is never a byline: such lines are
page furniture, and a name may not hold the words of one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dossier.ingest import lines


@dataclass(frozen=True)
class Byline:
    author: str  # the person or agency to cite
    place: str | None = None  # the city the story was filed from, when the line says it


_LEAD = re.compile(
    r"^(?:بقلم|كتب|كتبت|كتبه|إعداد|اعداد|تقرير|متابعة|ترجمة|تحرير|المصدر|مصدر الخبر|By|Source)"
    r"\s*[:：\-–]?\s+(?P<name>.+)$", re.IGNORECASE)
_NAME = re.compile(r"^[^\W\d_]+(?:[ .'\-][^\W\d_]+){1,4}$")
# Names and agencies: letters, with dots (العربية.نت), spaces, and digits only as in
# "فرانس 24"; several joined by "،" or "/" or "و".
_WHO_PART = r"[^\W_][\w.'’]*(?:\s+[\w.'’]+){0,4}"
_WHO = re.compile(rf"^{_WHO_PART}(?:\s*[،,/]\s*{_WHO_PART}){{0,2}}$")
# A city, or an outlet that signs with its name first ("العربية.نت - جمال نازي").
_PLACE = r"(?P<place>[^\W\d_][\w.]*(?:\s+[^\W\d_]+){0,2})"
_PLACE_DASH = re.compile(rf"^{_PLACE}\s*[-–—]{{1,2}}\s*(?P<who>.+?)$")
_PLACE_PAREN = re.compile(rf"^{_PLACE}[،,]?\s*\((?P<who>[^()]+)\)\s*[-–—]*$")
_JOINED = re.compile(r"\s*[،,/]\s*")
_SLASH = re.compile(r"\s*/\s*")
_AGENCIES = frozenset(lines.key(a) for a in (
    "وكالات", "أ ف ب", "ا ف ب", "أ.ف.ب", "فرانس برس", "وكالة فرانس برس", "رويترز", "د ب أ",
    "د.ب.أ", "أسوشيتد برس", "أسوشييتد برس", "الأناضول", "سبوتنيك", "واس", "وام", "قنا", "كونا",
    "بنا", "سانا", "أ ش أ", "يو بي آي", "شينخوا", "إفي", "العربية.نت", "العربية نت",
    "سكاي نيوز عربية", "فرانس 24", "فرانس24", "بي بي سي", "بي بي سي عربي", "CNN",
    "CNN بالعربية", "AFP", "Reuters", "AP", "dpa", "مواقع إلكترونية", "وكالات الأنباء",
))
_MAX = 70


def _no_furniture_words(text: str) -> bool:
    return not lines.is_furniture(text) and not any(
        lines.is_furniture(word) for word in text.split() if len(word) > 3)


def agency(line: str) -> str | None:
    """A line that is only a news agency or outlet ("وكالات", "رويترز", "(أ ف ب)")."""
    if len(line) > 30:
        return None
    return line.strip(" ()-–—،,:") if lines.key(line) in _AGENCIES else None


def _who(text: str) -> str | None:
    text = text.strip(" -–—،,:")
    if lines.key(text) in _AGENCIES:
        return text
    if not text or len(text) > 50 or not _WHO.match(text) or not _no_furniture_words(text):
        return None
    # Digits only inside an outlet's name ("فرانس 24"), never a date or a count.
    if any(map(str.isdigit, text)) and not any(lines.key(p) in _AGENCIES for p in re.split(r"[،,/]", text)):
        return None
    return text


def byline(line: str) -> Byline | None:
    """The byline in ``line`` when the whole line is one of the shapes above."""
    if len(line) > _MAX or not lines.is_open(line.rstrip(".")):
        return None
    found = agency(line)
    if found:
        return Byline(found)
    match = _LEAD.match(line)
    if match:
        who = _who(match.group("name"))
        return Byline(who) if who else None
    for pattern in (_PLACE_PAREN, _PLACE_DASH):
        match = pattern.match(line)
        if match and len(match.group("place").split()) <= 3:
            who = _who(match.group("who"))
            if who:
                return Byline(who, match.group("place"))
    parts = _JOINED.split(line.strip())
    if len(parts) > 1 and _who(line):
        # "فرانس 24/ أ ف ب", "العربية.نت، فرانس برس": an outlet and its agencies.
        if any(lines.key(p) in _AGENCIES for p in parts) and ("/" in line or all(
                lines.key(p) in _AGENCIES for p in parts)):
            return Byline(_SLASH.sub(" / ", line.strip()))
    return None


# A word of a place name, its marks included (عمّان).
_PLACE_WORD = r"[^\W\d_][\w\u064b-\u0652\u0670]*"
_INLINE = re.compile(
    rf"^(?P<place>{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}})?"
    rf"(?:\s*[،,]\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}})?\s*[،,]?"
    # The dash after the agency, or straight on to the text ("(CNN) نفى").
    r"\s*\((?P<who>[^()]{1,25})\)\s*(?:[-–—]+\s*|(?=[^\W\d_]))")


def inline_dateline(line: str) -> tuple[int, str | None, str] | None:
    """A dateline opening a paragraph ("دبي، الإمارات العربية المتحدة (CNN)-- قال..."):
    where the text proper starts, the place and the agency."""
    if "(" not in line:  # the agency's brackets: most paragraphs have none
        return None
    match = _INLINE.match(line)
    if match is None:
        return None
    who = match.group("who").strip()
    if lines.key(who) not in _AGENCIES and not (who.isascii() and who.isupper()):
        return None
    return match.end(), match.group("place"), who


def bare_name(line: str) -> str | None:
    """A line that is only a personal name of two to five words (a trailing comma allowed)."""
    if len(line) > 40:
        return None
    name = line.rstrip(" ،,")
    if not _NAME.match(name) or not _no_furniture_words(name):
        return None
    return name
