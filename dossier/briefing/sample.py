"""The sample briefing a new library starts with, made of real excerpts from the seeds."""

from __future__ import annotations

import sqlite_utils

from dossier.briefing.briefing_file import import_data

TITLE = "آسيا الوسطى: تعاون بيئي وتكامل إقليمي متسارع"

_SECTIONS = [
    ("البيئة والمياه", [
        ("000_0290b1f6c9393cac.txt",
         "وقد أعطت اتفاقية متجددة، موقعة في 22 ديسمبر 2022 ودخلت حيز التنفيذ في 20 نوفمبر 2024، "
         "زخمًا جديدًا للتعاون الثنائي.",
         "إطار قانوني محدَّث للتعاون البيئي الأوزبكي-الكازاخستاني، يشمل حوض سيرداريا."),
        ("000_0290b1f6c9393cac.txt",
         "كان أحد الإنجازات البارزة توقيع مذكرة تعاون بشأن حفظ الحياة البرية في هضبة أوستيورت "
         "بين أوزبكستان وكازاخستان في فبراير 2024، على هامش مؤتمر COP-14 لاتفاقية حفظ الأنواع "
         "المهاجرة في سمرقند.",
         "انضمام تركمانستان لاحقًا يجعل المبادرة متعددة الأطراف (خارطة طريق 2025-2030)."),
        ("001_03f96b0d8c87b516.txt",
         "برزت كازاخستان كلاعب فاعل في التعاون البيئي العالمي، بأجندة طموحة يقودها الرئيس قاسم "
         "جومارت توقاييف.",
         ""),
    ]),
    ("القمم والتكامل الإقليمي", [
        ("003_785bb73532806551.txt",
         "انعقد الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى في 9 أغسطس 2024 بقيادة رئيس "
         "كازاخستان قاسم جومارت توكاييف.",
         "الاجتماع السادس في أستانا مهّد للسابع في طشقند."),
        ("002_d4d09faeb9897cfb.txt",
         "وتجمع القمة زعماء أوزبكستان وكازاخستان وقيرغيزستان وطاجيكستان وتركمانستان، وتشارك "
         "أذربيجان كضيف شرف للعام الثالث على التوالي.",
         "حضور أذربيجان المتكرر يربط المنطقة بالممر الأوسط نحو أوروبا."),
    ]),
    ("التجارة والاستثمار", [
        ("004_499f54f26e117b9c.txt",
         "أعلنت أوزبكستان وكازاخستان عن إطلاق مشاريع مشتركة جديدة بقيمة 1.3 مليار دولار "
         "(1.18 مليار يورو)، كما أعادتا التأكيد على خططهما لرفع حجم التجارة الثنائية السنوية "
         "إلى 10 مليارات دولار (8.6 مليار يورو) بحلول عام 2030.",
         "هدف 10 مليارات دولار بحلول 2030 يستحق المتابعة: مؤشر على عمق الشراكة."),
        (None, None, "ملاحظة: تُتابَع أرقام التبادل التجاري في التقارير الفصلية القادمة."),
    ]),
]


def create_sample_briefing(db: sqlite_utils.Database, today: str | None = None) -> int | None:
    """Create the sample briefing from the seed articles present; None if they are absent."""
    ids = {name: article_id for article_id, name in db.execute(
        "SELECT id, source_file FROM articles WHERE source_file IS NOT NULL")}
    sections = []
    for heading, entries in _SECTIONS:
        items = []
        for source_file, quote, note in entries:
            if source_file is None:
                items.append({"note": note})
            elif source_file in ids:
                items.append({"article": ids[source_file], "quote": quote, "note": note})
        sections.append({"heading": heading, "items": items})
    if not any(s["items"] for s in sections):
        return None
    return import_data(db, {
        "title": TITLE,
        "subtitle": "موجز للقراءة السريعة من الصحافة العربية",
        "author": "وحدة تحليل آسيا الوسطى",
        "classification": "للاستخدام الداخلي",
        "date": today,
        "summary": "تتسارع الشراكة الأوزبكية-الكازاخستانية في البيئة والمياه والتجارة، "
                   "وتتحول الاجتماعات التشاورية لرؤساء دول آسيا الوسطى إلى آلية دائمة للتكامل "
                   "الإقليمي بمشاركة أذربيجان.",
        "sections": sections,
    })
