"""Briefing snapshots for export tests and the benchmark, built from the seed articles.

`sample_briefing()` quotes real seed paragraphs; `hard_cases_briefing()` gathers the
typographic traps (mixed runs, tashkeel, markup-like notes, a long note, an empty
section); `long_briefing(pages)` repeats seed text to reach about that many pages.
"""

from __future__ import annotations

from pathlib import Path

from dossier.model import Briefing, BriefingInfo, Citation, Excerpt, Item, Section
from dossier.paths import seeds_dir

OUTLETS = ("وكالة الأنباء الأوزبكية", "صدى البلد", "يورونيوز عربي", "أذرتاج", "يورونيوز عربي")
AUTHORS = ("", "فاطمة بدوي", "", "", "أحمد سالم")

MIXED_EXCERPT = "وقعت أوزبكستان وكازاخستان مذكرة (COP-14) بقيمة 1.3 مليار دولار"
HARD_EXCERPTS = (
    MIXED_EXCERPT,
    "ناقش الصندوق الدولي لإنقاذ بحر آرال (IFAS) مشروعي Kambarata SEP-1 وRogun SEP خلال الاجتماع.",
    "أعلنت الحكومتان مشاريع بقيمة 1.3 مليار دولار (1.18 مليار يورو) ضمن خطة 2025-2030.",
    "2025-2030 هي الفترة التي يغطيها البرنامج، وتبلغ نسبة التمويل 15% من الميزانية و50٪ من المنح.",
    "قال الوزير: “لا نريد حقًا أن نتخلى عن أحد” في ختام القمة [الثانية].",
    "وَقَّعَ الرَّئِيسَانِ اتِّفَاقِيَّةً جَدِيدَةً لِلتَّعَاوُنِ فِي مَجَالِ المِيَاهِ.",
    "The Central Asian leaders met in Tashkent (Uzbekistan) to sign a water accord.",
)
MARKUP_NOTE = "ملاحظة: <b>ليست وسماً</b> & 3 < 5 و a > b تبقى كما هي."
LONG_URL = "https://example.org/central-asia/water/" + "aral-sea-basin-programme-" * 8 + "report.pdf"


def seed_articles() -> list[tuple[str, list[str]]]:
    """(title, paragraphs) of each seed article, in file order."""
    articles = []
    for path in sorted(Path(seeds_dir()).glob("*.txt")):
        lines = [line.strip() for line in path.read_text(encoding="utf-8").splitlines()]
        lines = [line for line in lines if line]
        articles.append((lines[0], lines[1:]))
    return articles


def _citations(count: int) -> tuple[Citation, ...]:
    articles = seed_articles()
    return tuple(
        Citation(i + 1, articles[i % len(articles)][0], OUTLETS[i % len(OUTLETS)],
                 AUTHORS[i % len(AUTHORS)] or None, f"2025-0{1 + i % 9}-1{i % 10}",
                 f"https://news.example/{i + 1}" if i % 2 else None)
        for i in range(count)
    )


def _excerpt(ident: int, article_id: int, quote: str) -> Excerpt:
    return Excerpt(ident, article_id, 0, len(quote), quote, "", "", "2026-11-20T10:00:00")


def _info(title: str, summary: str) -> BriefingInfo:
    return BriefingInfo(1, title, "المياه والطاقة في آسيا الوسطى", "وحدة آسيا الوسطى",
                        "سري — للاستخدام الرسمي", "2026-11-21", summary)


def sample_briefing() -> Briefing:
    """Three sections quoting real seed paragraphs, each with an analyst's note."""
    articles = seed_articles()
    sections = []
    ident = 0
    for s, (heading, picks) in enumerate((("التعاون البيئي", (0, 1)),
                                           ("القمة التشاورية", (2, 3)),
                                           ("الاقتصاد والتجارة", (4,)))):
        items = []
        for a in picks:
            title, paras = articles[a]
            for quote in [p for p in paras if len(p) > 120][:2]:
                ident += 1
                items.append(Item(ident, s + 1, len(items), f"تعليق المحلل على {title[:40]}.",
                                  _excerpt(ident, a + 1, quote)))
        sections.append(Section(s + 1, 1, s, heading, tuple(items)))
    summary = "تتقدم الشراكة بين أوزبكستان وكازاخستان بثبات.\nالقمة التشاورية تعزز التكامل الإقليمي."
    return Briefing(_info("إحاطة: التعاون الإقليمي في آسيا الوسطى", summary), tuple(sections),
                    _citations(len(articles)))


def hard_cases_briefing(long_note_words: int = 700) -> Briefing:
    articles = seed_articles()
    long_note = " ".join(" ".join(paras) for _, paras in articles)
    long_note = " ".join(long_note.split()[:long_note_words])
    items = [Item(i + 1, 1, i, "", _excerpt(i + 1, 1 + i % 5, quote))
             for i, quote in enumerate(HARD_EXCERPTS)]
    items.append(Item(50, 1, 50, MARKUP_NOTE))
    items.append(Item(51, 1, 51, f"الرابط الكامل: {LONG_URL} وكلمة{'طويلة' * 30}"))
    sections = (
        Section(1, 1, 0, "حالات صعبة", tuple(items)),
        Section(2, 1, 1, "قسم فارغ", ()),
        Section(3, 1, 2, "ملاحظة طويلة", (Item(60, 3, 0, long_note),)),
    )
    return Briefing(_info("حالات الطباعة الصعبة", "خلاصة: نص <i>قصير</i> & تجريبي."),
                    sections, _citations(5))


def empty_briefing() -> Briefing:
    return Briefing(BriefingInfo(2, "إحاطة بلا مواد"), (), ())


def long_briefing(pages: int) -> Briefing:
    """About `pages` pages of real seed text: quotes and notes cycled over sections."""
    articles = seed_articles()
    pool = [p for _, paras in articles for p in paras if len(p) > 60]
    sections = []
    ident = 0
    per_section = 6
    # About three items (quote, attribution and note) fill a page at these sizes.
    total_items = int(pages * 3.1) + 1
    for s in range((total_items + per_section - 1) // per_section):
        items = []
        for k in range(per_section):
            ident += 1
            quote = pool[ident % len(pool)]
            note = pool[(ident * 7 + 3) % len(pool)]
            items.append(Item(ident, s + 1, k, note, _excerpt(ident, 1 + ident % 5, quote)))
        sections.append(Section(s + 1, 1, s, f"القسم {s + 1}: متابعة إقليمية", tuple(items)))
    return Briefing(_info("إحاطة مطولة", pool[0]), tuple(sections), _citations(5))


# Fully vocalised public-domain text: Qur'an 1:1-4 and 112:1-4, and sayings 81 and 147 of
# Nahj al-Balagha (the sayings of Ali ibn Abi Talib, collected by al-Sharif al-Radi).
VOCALISED = (
    "بِسْمِ اللَّهِ الرَّحْمَٰنِ الرَّحِيمِ ۝ الْحَمْدُ لِلَّهِ رَبِّ الْعَالَمِينَ ۝ "
    "الرَّحْمَٰنِ الرَّحِيمِ ۝ مَالِكِ يَوْمِ الدِّينِ",
    "قُلْ هُوَ اللَّهُ أَحَدٌ ۝ اللَّهُ الصَّمَدُ ۝ لَمْ يَلِدْ وَلَمْ يُولَدْ ۝ "
    "وَلَمْ يَكُن لَّهُ كُفُوًا أَحَدٌ",
    "قِيمَةُ كُلِّ امْرِئٍ مَا يُحْسِنُهُ.",
    "يَا كُمَيْلُ، الْعِلْمُ خَيْرٌ مِنَ الْمَالِ، الْعِلْمُ يَحْرُسُكَ وَأَنْتَ تَحْرُسُ الْمَالَ، "
    "وَالْمَالُ تَنْقُصُهُ النَّفَقَةُ وَالْعِلْمُ يَزْكُو عَلَى الْإِنْفَاقِ.",
)
# Short news-style sentences composed for these tests (not quoted from any outlet):
# Persian with ZWNJ inside words, and Urdu.
PERSIAN = (
    "خبرگزاری‌ها گزارش دادند که وزیران آب کشورهای آسیای مرکزی می‌خواهند "
    "همکاری‌های منطقه‌ای را گسترش دهند.",
    "این نشست در تاشکند برگزار می‌شود و نمایندگان سازمان‌های بین‌المللی نیز در آن شرکت می‌کنند.",
)
URDU = (
    "وزیر اعظم نے کہا کہ حکومت پانی کے مسئلے پر ہمسایہ ممالک کے ساتھ مل کر کام کر رہی ہے۔",
)
LAM_ALEF_WORDS = ("الأرض", "البلاغة", "إِلَّا", "لَا", "الإسلام", "السلام", "فلان", "لأن")


def quotes_briefing(quotes: tuple[str, ...], title: str = "نصوص مشكولة") -> Briefing:
    """One section quoting each text, so each is a quote box of its own."""
    items = tuple(Item(i + 1, 1, i, "", _excerpt(i + 1, 1 + i % 5, quote))
                  for i, quote in enumerate(quotes))
    return Briefing(_info(title, "خلاصة قصيرة."), (Section(1, 1, 0, title, items),), _citations(5))


def note_briefing(note: str) -> Briefing:
    """One section holding one long justified note."""
    return Briefing(_info("ملاحظة طويلة", "خلاصة."),
                    (Section(1, 1, 0, "ملاحظة", (Item(1, 1, 0, note),)),), _citations(1))
