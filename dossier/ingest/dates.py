"""Publication dates as news pages and feeds print them, read into YYYY-MM-DD.

Month names come from CLDR (through Babel) for every Arabic locale, so each region's
names are known: the Egyptian/Gulf transliterations (يناير .. ديسمبر), the Levantine and
Iraqi Syriac names (كانون الثاني .. كانون الأول), the Maghreb's French-derived names of
Tunisia and Algeria (جانفي, جوان, أوت) and Morocco's (يوليوز, غشت, شتنبر, نونبر, دجنبر),
Mauritania's (أغشت, دجمبر); plus English and French for bilingual pages. Pages also pair
them ("آب/أغسطس", "15 يوليو/ تموز 2018"). A few spellings CLDR lacks are added by hand.

Hijri dates (2 ذو القعدة 1439هـ) are read with the arithmetic (tabular) Islamic
calendar; when a line has a Gregorian date too (Al Arabiya prints both), the Gregorian
one wins, since tabular and sighted calendars can differ by a day or two.

Feed stamps: RFC 822 (``Sun, 15 Jul 2018 21:56:56 +0400``) and ISO 8601
(``2018-07-15T21:56:56+04:00``) give the date as written in the stamp's own zone.

``date_line`` answers the narrower question the importer asks: is this whole line a
dateline (dates, weekdays, times, "نشر في", "آخر تحديث", "بتوقيت أبوظبي", "م"/"هـ"), and
if so which date? A date inside a sentence is never a dateline. ``relative_stamp``
recognises "منذ 3 ساعات" lines, which carry no date of their own.
"""

from __future__ import annotations

import math
import re
from datetime import date
from email.utils import parsedate_to_datetime
from functools import lru_cache

from dossier.text.folding import fold

# Spellings pages use that CLDR does not list (folded when compiled).
_EXTRA_MONTHS = {
    "ابريل": 4, "يونيه": 6, "يوليه": 7, "جويليه": 7, "اغسطس": 8, "كانون ثاني": 1,
    "تشرين اول": 10, "تشرين ثاني": 11, "كانون اول": 12, "اذار": 3, "سبتمر": 9,
    "sept": 9,
}
# The Islamic months with their common spellings (CLDR's Islamic calendar names are not
# in Babel's data).
_HIJRI_MONTHS = {
    "محرم": 1, "صفر": 2, "ربيع الاول": 3, "ربيع الاخر": 4, "ربيع الثاني": 4,
    "جمادى الاولى": 5, "جمادى الاول": 5, "جمادى الاخرة": 6, "جمادى الثانية": 6,
    "جمادى الاخر": 6, "جمادى الثاني": 6, "رجب": 7, "شعبان": 8, "رمضان": 9, "شوال": 10,
    "ذو القعدة": 11, "ذي القعدة": 11, "ذو الحجة": 12, "ذي الحجة": 12,
}
_LOCALES = ("en", "fr")
# Words that may surround a date on a dateline without making it a sentence.
_FILLER = (
    "نشر", "نشرت", "منشور", "في", "يوم", "بتاريخ", "تاريخ", "النشر", "اخر", "آخر", "تحديث",
    "التحديث", "محدث", "تم", "م", "ص", "مساء", "صباحا", "ظهرا", "الموافق", "الساعة",
    "ه", "هـ", "توقيت", "غرينتش", "جرينتش", "published", "updated", "last", "update", "on",
    "at", "am", "pm", "gmt", "utc", "ksa", "le", "mis", "à", "jour", "publié",
)
_TZ_WORD = "بتوقيت"
_ISLAMIC_EPOCH = 1948439.5  # Julian day of 1 Muharram 1 AH (civil epoch)
_ORDINAL_EPOCH = 1721424.5  # Julian day before 0001-01-01 (ordinal 1)

# A dateline is short; anything longer is prose that merely mentions a date.
MAX_DATELINE = 120


def _norm(text: str) -> str:
    return fold(text).replace("\u00a0", " ")


@lru_cache(maxsize=1)
def _month_names() -> dict[str, int]:
    """Every month name of every Arabic locale of CLDR, and English and French."""
    from babel import Locale, localedata

    names: dict[str, int] = {}
    ids = [i for i in localedata.locale_identifiers() if i == "ar" or i.startswith("ar_")]
    for ident in sorted(ids) + list(_LOCALES):
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = " ".join(_norm(name).strip(".").split())
                    if key:
                        names.setdefault(key, number)
    for name, number in _EXTRA_MONTHS.items():
        names.setdefault(_norm(name), number)
    return names


@lru_cache(maxsize=1)
def _noise_words() -> frozenset[str]:
    from babel import Locale

    words = {_norm(w) for w in _FILLER}
    for ident in ("ar", "en", "fr"):
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                words.update(_norm(d).strip(".") for d in Locale.parse(ident).days[context][width].values())
    words.add(_norm("الإثنين"))
    return frozenset(words)


def _alternation(names) -> str:
    parts = sorted({re.escape(n).replace(r"\ ", r"\s+") for n in names}, key=len, reverse=True)
    return "|".join(parts)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[str, re.Pattern], ...]:
    months = _alternation(_month_names())
    hijri = _alternation(_norm(m) for m in _HIJRI_MONTHS)
    month = rf"(?<!\w)(?P<month>{months})\.?(?:\s*/\s*(?:{months})\.?)?(?!\w)"
    sep = r"(?:\s*[/\-.،,]\s*|\s+)"
    day = r"(?<!\d)(?P<day>\d{1,2})"
    year = r"(?P<year>\d{4})(?!\d)"
    return (
        ("iso", re.compile(r"(?<!\d)(?P<year>\d{4})[-/.](?P<mon>\d{1,2})[-/.](?P<day>\d{1,2})(?!\d)")),
        ("dmy", re.compile(rf"{day}[-/.](?P<mon>\d{{1,2}})[-/.]{year}")),
        ("hijri", re.compile(rf"{day}{sep}(?P<hmonth>{hijri})(?!\w){sep}(?P<year>\d{{4}})\s*(?:ه|هـ)?(?!\w)")),
        ("text", re.compile(rf"{day}{sep}{month}{sep}{year}")),
        ("text", re.compile(rf"{month}\s+{day}{sep}{year}")),
    )


_TIME = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:z|[+-]\d{2}:?\d{2})?(?!\d)")
_ZONE_OFFSET = re.compile(r"(?<!\w)[+-]\d{4}(?!\d)")
# "بتوقيت أبوظبي", "(1756 بتوقيت مكة المكرمة)": the zone phrase, with a time written
# without a colon just before it, counts as part of the stamp.
_TZ_PHRASE = re.compile(rf"(?:\d{{3,4}}\s*)?{_TZ_WORD}(?:\s+[^\W\d_]+){{1,2}}")
_WORD = re.compile(r"[^\W\d_]+|\d+")
_GLUED = re.compile(r"(?<=\d)(?:م|ه|هـ)(?!\w)")
_YEAR_DIGITS = re.compile(r"\d{4}")


def hijri_to_gregorian(year: int, month: int, day: int) -> date:
    """The Gregorian date of a Hijri one, by the arithmetic Islamic calendar."""
    jd = day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + _ISLAMIC_EPOCH - 1
    return date.fromordinal(int(jd - _ORDINAL_EPOCH))


def _to_iso(kind: str, match: re.Match[str]) -> str | None:
    groups = match.groupdict()
    try:
        if kind == "hijri":
            hmonth = _HIJRI_MONTHS_FOLDED[" ".join(groups["hmonth"].split())]
            if not 1 <= int(groups["day"]) <= 30 or not 1300 <= int(groups["year"]) <= 1550:
                return None
            return hijri_to_gregorian(int(groups["year"]), hmonth, int(groups["day"])).isoformat()
        month = int(groups["mon"]) if groups.get("mon") else _month_names()[" ".join(groups["month"].split())]
        value = date(int(groups["year"]), month, int(groups["day"]))
    except (ValueError, KeyError):
        return None
    if not 1900 <= value.year <= 2100:
        return None
    return value.isoformat()


_HIJRI_MONTHS_FOLDED = {_norm(name): number for name, number in _HIJRI_MONTHS.items()}


def _dates(norm: str) -> list[tuple[str, str, int, int]]:
    """(kind, iso, start, end) of every well-formed date, in the order found, no overlaps."""
    found: list[tuple[str, str, int, int]] = []
    for kind, pattern in _patterns():
        for match in pattern.finditer(norm):
            if any(s < match.end() and match.start() < e for _, _, s, e in found):
                continue
            iso = _to_iso(kind, match)
            if iso:
                found.append((kind, iso, match.start(), match.end()))
    return sorted(found, key=lambda d: d[2])


def find_date(text: str) -> tuple[str, int, int] | None:
    """The first well-formed Gregorian date in ``text`` (else a Hijri one): (YYYY-MM-DD,
    start, end), offsets into the folded text."""
    found = _dates(_norm(text))
    for kind, iso, start, end in found:
        if kind != "hijri":
            return iso, start, end
    return (found[0][1], found[0][2], found[0][3]) if found else None


def date_line(line: str) -> str | None:
    """The date if ``line`` is a dateline and nothing more, else None."""
    if len(line) > MAX_DATELINE or not any(map(str.isdigit, line)):
        return None
    stamp = stamp_date(line)
    if stamp:
        return stamp
    norm = _norm(line).lower()
    # Every date pattern has a four-digit year: a line without one has no date.
    found = _dates(norm) if _YEAR_DIGITS.search(norm) else None
    if not found:
        return None
    rest = []
    last = 0
    for _kind, _iso, start, end in found:
        rest.append(norm[last:start])
        last = end
    rest.append(norm[last:])
    residue = _GLUED.sub(" ", " ".join(rest))
    residue = _TZ_PHRASE.sub(" ", _ZONE_OFFSET.sub(" ", _TIME.sub(" ", residue)))
    noise = _noise_words()
    if any(word not in noise for word in _WORD.findall(residue)):
        return None
    gregorian = [iso for kind, iso, _, _ in found if kind != "hijri"]
    return gregorian[0] if gregorian else found[0][1]


_RFC822 = re.compile(r"^(?:[A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{2,4}\s+\d{1,2}:\d{2}")
_ISO8601 = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$", re.I)


def stamp_date(value: str) -> str | None:
    """The date of a feed timestamp (RFC 822 or ISO 8601), else None."""
    value = " ".join(str(value).split())
    if not value:
        return None
    iso = _ISO8601.match(value)
    if iso:
        try:
            return date(int(iso.group(1)), int(iso.group(2)), int(iso.group(3))).isoformat()
        except ValueError:
            return None
    if _RFC822.match(value):
        try:
            return parsedate_to_datetime(value).date().isoformat()
        except (TypeError, ValueError, IndexError):
            return None
    return None


_UNITS = ("ثانية ثواني ثوان دقيقة دقيقتين دقائق ساعة ساعتين ساعات يوم يومين أيام أسبوع "
          "أسبوعين أسابيع شهر شهرين أشهر")
_RELATIVE = re.compile(
    rf"^(?:(?:{fold('نشر|آخر تحديث|تحديث')})\s*:?\s*)?(?:منذ|قبل)\s+(?:\d+\s+)?"
    rf"(?:{'|'.join(fold(_UNITS).split())})$"
    r"|^(?:\d+\s+)?(?:minutes?|hours?|days?|weeks?)\s+ago$"
)


def relative_stamp(line: str) -> bool:
    """True for a line that is only a relative time stamp ("منذ 3 ساعات", "2 hours ago")."""
    if len(line) > 40:
        return False
    return bool(_RELATIVE.match(" ".join(_norm(line).lower().strip(" .:-|").split())))


def time_stamp(line: str) -> bool:
    """True for a line of times and zones only ("KSA 21:56 - GMT 17:56", "آخر تحديث 10:30")."""
    if len(line) > 60 or not _TIME.search(line):
        return False
    residue = _TZ_PHRASE.sub(" ", _ZONE_OFFSET.sub(" ", _TIME.sub(" ", _norm(line).lower())))
    noise = _noise_words()
    return all(word in noise for word in _WORD.findall(residue))
