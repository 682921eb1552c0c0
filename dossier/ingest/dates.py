"""Publication dates as Arabic news pages print them, read into YYYY-MM-DD.

Arabic outlets name months three ways: the Levantine/Iraqi Syriac names (كانون الثاني
.. كانون الأول), the Egyptian/Gulf transliterations (يناير .. ديسمبر) and the Maghreb
French-derived ones (جانفي, ماي, جوان, جويلية, أوت). Pages also pair them ("آب/أغسطس").
Numeric dates are day-first (dd/mm/yyyy) or ISO (yyyy-mm-dd). Spelling variants of
hamza, alef and ta marbuta are absorbed by matching on a lightly normalised copy.

``date_line`` answers the narrower question the importer asks: is this whole line a
dateline (date, maybe weekday, time, "نشر في"), and if so which date? A date inside a
sentence is never a dateline.
"""

from __future__ import annotations

import re
from datetime import date

from dossier.text.folding import fold

_MONTHS = {
    # Egyptian / Gulf
    "يناير": 1, "فبراير": 2, "مارس": 3, "ابريل": 4, "مايو": 5, "يونيو": 6,
    "يونيه": 6, "يوليو": 7, "يوليه": 7, "اغسطس": 8, "سبتمبر": 9, "اكتوبر": 10,
    "نوفمبر": 11, "ديسمبر": 12,
    # Levantine / Iraqi
    "كانون الثاني": 1, "شباط": 2, "اذار": 3, "نيسان": 4, "ايار": 5, "حزيران": 6,
    "تموز": 7, "اب": 8, "ايلول": 9, "تشرين الاول": 10, "تشرين الثاني": 11,
    "كانون الاول": 12,
    # Maghreb
    "جانفي": 1, "فيفري": 2, "افريل": 4, "ماي": 5, "جوان": 6, "جويليه": 7, "اوت": 8,
    # English, for bilingual pages
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11,
    "december": 12,
}
_WEEKDAYS = (
    "الاحد", "الاثنين", "الإثنين", "الثلاثاء", "الاربعاء", "الخميس", "الجمعة", "الجمعه",
    "السبت", "sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
)
# Words that may surround a date on a dateline without making it a sentence.
_FILLER = (
    "نشر", "نشرت", "في", "بتاريخ", "تاريخ", "النشر", "اخر", "تحديث", "التحديث", "م", "ص",
    "مساء", "صباحا", "منذ", "published", "updated", "on", "at", "am", "pm", "gmt", "utc",
)

def _normalise(text: str) -> str:
    # Folded like every other text (dossier.text), so a month name written with hamza,
    # tashkeel or Eastern digits reads the same everywhere.
    return fold(text)


_MONTH_ALT = "|".join(sorted((re.escape(_normalise(m)) for m in _MONTHS), key=len, reverse=True))
_MONTH = rf"(?<!\w)(?P<month>{_MONTH_ALT})(?:\s*/\s*(?:{_MONTH_ALT}))?(?!\w)"
_SEP = r"(?:\s*[/\-.،,]\s*|\s+)"
_PATTERNS = (
    re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)"),
    re.compile(r"(?<!\d)(?P<day>\d{1,2})[-/.](?P<mon>\d{1,2})[-/.](?P<year>\d{4})(?!\d)"),
    re.compile(rf"(?<!\d)(?P<day>\d{{1,2}}){_SEP}{_MONTH}{_SEP}(?P<year>\d{{4}})(?!\d)"),
    re.compile(rf"{_MONTH}\s+(?P<day>\d{{1,2}}){_SEP}(?P<year>\d{{4}})(?!\d)"),
)
_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?!\d)")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_NOISE_WORDS = frozenset(_normalise(w) for w in _WEEKDAYS + _FILLER)

# A dateline is short; anything longer is prose that merely mentions a date.
MAX_DATELINE = 80


def _to_iso(match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    month = int(groups["mon"]) if groups.get("mon") else _MONTHS.get(groups["month"], 0)
    try:
        value = date(int(groups["year"]), month, int(groups["day"]))
    except ValueError:
        return None
    if not 1900 <= value.year <= 2100:
        return None
    return value.isoformat()


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first well-formed date in ``text``: (YYYY-MM-DD, start, end) in normalised text."""
    norm = _normalise(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(norm):
            iso = _to_iso(match)
            if iso:
                return iso, match.start(), match.end()
    return None


def date_line(line: str) -> str | None:
    """The date if ``line`` is a dateline and nothing more, else None."""
    if len(line) > MAX_DATELINE or not any(ch.isdigit() for ch in line):
        return None
    found = find_date(line)
    if found is None:
        return None
    iso, start, end = found
    norm = _normalise(line)
    rest = _TIME.sub(" ", norm[:start] + " " + norm[end:])
    if any(word not in _NOISE_WORDS for word in _WORD.findall(rest)):
        return None
    return iso
