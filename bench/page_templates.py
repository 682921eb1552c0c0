"""How each outlet's saved page surrounds its article: the furniture, in the outlets' own
words and order, as a reader saving the page (as text, or as HTML) gets it.

Shapes (2018 pages): Al Arabiya's breadcrumb, Hijri and Gregorian dateline, "KSA / GMT"
times, share row and "اقرأ المزيد" boxes; BBC Arabic's "شارك هذه الصفحة عبر ..." rows,
"مصدر الصورة" credits and "تعليق على الصورة" captions, "قصص ذات صلة" and "الأكثر
قراءة"; CNN Arabic's "نشر يوم ..." stamp with Mecca time and "اقرأ أيضا" links; France
24's "نشرت في ... آخر تحديث" stamp, photo credits and closing agency line; Sky News
Arabia's "بتوقيت أبوظبي" stamp, "city - سكاي نيوز عربية" byline and app prompt; and two
North African sites (Moroccan and Algerian month names, "أضف تعليقك").

Teasers are the titles of other corpus articles of the same outlet, chosen at run time.
Each function returns the page as (line, kind) pairs: kind None for the article's own
lines (title, paragraphs), else the furniture's kind, "dateline" or "byline".
"""

from __future__ import annotations

import math
import random
from datetime import date, datetime

AR_MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر",
             "أكتوبر", "نوفمبر", "ديسمبر"]
LEVANT = ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول",
          "تشرين الأول", "تشرين الثاني", "كانون الأول"]
MOROCCO = ["يناير", "فبراير", "مارس", "أبريل", "ماي", "يونيو", "يوليوز", "غشت", "شتنبر", "أكتوبر",
           "نونبر", "دجنبر"]
ALGERIA = ["جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر",
           "نوفمبر", "ديسمبر"]
HIJRI = ["محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان",
         "رمضان", "شوال", "ذو القعدة", "ذو الحجة"]
WEEKDAYS = ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"]

DATELINE, BYLINE = "dateline", "byline"


def to_hijri(day: date) -> tuple[int, int, int]:
    """The arithmetic Islamic calendar date of ``day`` (year, month, day)."""
    jd = day.toordinal() + 1721424.5
    year = math.floor((30 * (jd - 1948439.5) + 10646) / 10631)
    month = min(12, math.ceil((jd - (29 + _hijri_jd(year, 1, 1))) / 29.5) + 1)
    return year, month, int(jd - _hijri_jd(year, month, 1)) + 1


def _hijri_jd(year: int, month: int, day: int) -> float:
    return day + math.ceil(29.5 * (month - 1)) + (year - 1) * 354 + (3 + 11 * year) // 30 + 1948439.5 - 1


def _when(doc) -> datetime:
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(doc.time)


def _f(kind):
    return lambda *lines: [(line, kind) for line in lines]


share, credit, related, teaser, nav, promo, comments, stamp = (
    _f("share"), _f("credit"), _f("related"), _f("teaser"), _f("navigation"), _f("promo"),
    _f("comments"), _f("stamp"))


def _interleave(paragraphs: list[str], inserts: dict[int, list]) -> list:
    out = []
    for n, paragraph in enumerate(paragraphs):
        out.append((paragraph, None))
        out.extend(inserts.get(n, []))
    return out


def _middle(paragraphs: list[str]) -> int:
    return max(0, len(paragraphs) // 2 - 1)


def al_arabiya(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    hy, hm, hd = to_hijri(when.date())
    weekday = WEEKDAYS[when.weekday()]
    byline = doc.author if " - " in doc.author or "- " in doc.author else "دبي - العربية.نت"
    return [
        *nav("الرئيسية / " + rng.choice(["ثقافة وفن", "أسواق", "العالم", "رياضة", "تقنية"])),
        (doc.title, None), (byline, BYLINE),
        (f"{weekday} {hd} {HIJRI[hm - 1]} {hy}هـ - {when.day} {AR_MONTHS[when.month - 1]} {when.year}م", DATELINE),
        (f"KSA {when:%H:%M} - GMT {(when.hour + 21) % 24:02d}:{when:%M}", "stamp"),
        *share("فيسبوك | تويتر | واتساب | تلغرام"), *share("حجم الخط"),
        *_interleave(paragraphs, {_middle(paragraphs): [*related("اقرأ المزيد"), *teaser(teasers[0])]}),
        *related("مواضيع ذات صلة"), *teaser(*teasers[1:4]),
        *related("الأكثر قراءة"), *teaser(*(f"{n}. {t}" for n, t in enumerate(teasers[4:7], 1))),
    ]


def bbc(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    stamp_line = f"{when.day} {AR_MONTHS[when.month - 1]}/ {LEVANT[when.month - 1]} {when.year}"
    photo = rng.choice(["Getty Images", "Reuters", "AFP", "EPA"])
    return [
        (doc.title, None), (stamp_line, DATELINE),
        *share("شارك هذه الصفحة عبر فيسبوك", "شارك هذه الصفحة عبر Messenger",
               "شارك هذه الصفحة عبر تويتر", "شارك هذه الصفحة عبر البريد الإلكتروني", "إرسال"),
        *credit(f"مصدر الصورة {photo}", "تعليق على الصورة " + " ".join(doc.title.split()[:6])),
        *_interleave(paragraphs, {_middle(paragraphs): credit(f"مصدر الصورة {photo}")}),
        *related("قصص ذات صلة"), *teaser(teasers[0], stamp_line, teasers[1], stamp_line),
        *related("روابط خارجية ذات صلة"), *credit("بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية."),
        *related("الأكثر قراءة"), *teaser(*(f"{n} {t}" for n, t in enumerate(teasers[2:6], 1))),
    ]


def cnn(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    hour = when.hour % 12 or 12
    half = "ص" if when.hour < 12 else "م"
    mecca = f"{(when.hour + 3) % 24:02d}{when:%M}"
    stamp_line = (f"نشر يوم {WEEKDAYS[when.weekday()]}، {when.day} {AR_MONTHS[when.month - 1]}/"
                  f"{LEVANT[when.month - 1]} {when.year}؛ {hour:02d}:{when:%M} {half} GMT ({mecca} بتوقيت مكة المكرمة)")
    return [
        *nav("الرئيسية › " + rng.choice(["اقتصاد", "الشرق الأوسط", "رياضة", "العالم"])),
        (doc.title, None), (stamp_line, DATELINE), *credit("(صورة: CNN)"),
        *_interleave(paragraphs, {_middle(paragraphs): [(f"اقرأ أيضا: {teasers[0]}", "read_also")]}),
        *share("شارك هذا المقال عبر فيسبوك", "تويتر"),
        *related("مقالات ذات صلة"), *teaser(*teasers[1:4]),
        *related("الأكثر تداولا"), *teaser(*teasers[4:6]),
    ]


def france24(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    later = when.replace(minute=(when.minute + 14) % 60)
    return [
        *nav("الصفحة الرئيسية / " + rng.choice(["الشرق الأوسط", "أوروبا", "اقتصاد", "رياضة"])),
        (doc.title, None),
        (f"نشرت في: {when:%d/%m/%Y} - {when:%H:%M} آخر تحديث: {later:%d/%m/%Y} - {later:%H:%M}", DATELINE),
        *credit("صورة: أ ف ب | " + " ".join(doc.title.split()[:5])),
        *share("فيسبوك تويتر واتساب"),
        *_interleave(paragraphs, {_middle(paragraphs): [*related("اقرأ المزيد"), *teaser(teasers[0])]}),
        ("فرانس 24/ أ ف ب", BYLINE),
        *related("المواضيع ذات الصلة"), *teaser(*teasers[1:3]),
        *related("الأكثر مشاهدة"), *teaser(*teasers[3:6]),
        *share("© 2018 فرانس 24"),
    ]


def sky_news(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    byline = doc.author if " - " in doc.author else "أبوظبي - سكاي نيوز عربية"
    hour = when.hour % 12 or 12
    part = "صباحا" if when.hour < 12 else "مساء"
    return [
        ("سكاي نيوز عربية", "navigation"), (doc.title, None), (byline, BYLINE),
        (f"آخر تحديث: {hour}:{when:%M} {part} بتوقيت أبوظبي {WEEKDAYS[when.weekday()]} "
         f"{when.day} {AR_MONTHS[when.month - 1]} {when.year}", DATELINE),
        *share("مشاركة"), *credit(rng.choice(["صورة أرشيفية", "أرشيفية", "رويترز"])),
        *_interleave(paragraphs, {_middle(paragraphs): [(f"اقرأ أيضاً: {teasers[0]}", "read_also")]}),
        *related("المزيد من سكاي نيوز عربية"), *teaser(teasers[1], "منذ 3 ساعات", teasers[2], "منذ 5 ساعات"),
        *promo("حمل تطبيق سكاي نيوز عربية للحصول على آخر الأخبار"),
    ]


def moroccan_site(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    writer = rng.choice(["محمد بلقاسم", "سعيد الرباعي", "هشام الأزرق"])
    return [
        *nav("الرئيسية » سياسة"), (doc.title, None), (f"هسبريس - {writer}", BYLINE),
        (f"{WEEKDAYS[when.weekday()]} {when.day} {MOROCCO[when.month - 1]} {when.year} - {when:%H:%M}", DATELINE),
        *share("طباعة"), *share("أضف تعليقك"),
        *_interleave(paragraphs, {}),
        *related("مقالات ذات صلة"), *teaser(*teasers[0:3]),
        *comments("التعليقات"), *promo("تابعونا على فيسبوك"),
    ]


def algerian_site(doc, paragraphs, teasers, rng: random.Random) -> list:
    when = _when(doc)
    return [
        (doc.title, None), (f"{when.day} {ALGERIA[when.month - 1]} {when.year}", DATELINE),
        (rng.choice(["الجزائر - وأج", "قسنطينة - وكالات"]), BYLINE), *share("شارك"),
        *_interleave(paragraphs, {_middle(paragraphs): [*related("اقرأ أيضا"), *teaser(teasers[0])]}),
        *related("أخبار ذات صلة"), *teaser(*teasers[1:3]), *comments("اترك تعليقاً"),
        *nav("زر الذهاب إلى الأعلى"),
    ]


BY_SOURCE = {"alarabia": al_arabiya, "bbc": bbc, "cnn": cnn, "france24": france24, "skynews": sky_news}
EXTRA = {"hespress": moroccan_site, "algeria": algerian_site}
