"""Real sentences for search tests, each with its outlet and DOCNO.

From the ANT Corpus v2.1 (A. Chouigui, O. Ben Khiroun, B. Elayeb, "An Arabic
Multi-source News Corpus: Experimenting on Single-document Extractive Summarization",
Arabian Journal for Science and Engineering 46(8), 2021). Only these sentences are copied.
"""

from __future__ import annotations

# (outlet, DOCNO, sentence)
SENTENCES = {
    "lil_hukuma": ("Alarabia", "AL-culture-68-20121013",
                   "وباع ألفرد نوبل حقوق استخدام (الديناميت) للحكومة الفرنسية بربع مليون فرنك"),
    "hukumat": ("Alarabia", "AL-economy-241-20180315",
                "ويأتي الإعلان قبل قمة قادة حكومات الكومنولث في لندن في أبريل/نيسان والتي ستسعى "
                "لتقوية الرابطة المؤلفة في غالبيتها من مستعمرات بريطانية سابقة من بينها الهند وأستراليا وكندا."),
    "hukumatuha": ("Alarabia", "AL-economy-322-20180326",
                   "وبالنسبة لدول شمال أفريقيا، جاءت المغرب في المركز السابع، محققة صعوداً في تصنيفات "
                   "قطاع التجزئة العالمي بفضل جهود حكومتها لاجتذاب الاستثمارات الأجنبية."),
    "irani": ("Alarabia", "AL-culture-200-20180326",
              "وقبل الثورة الإيرانية، كان المطرب الإيراني نعمت الله أغاسي قد أعاد غناء هذه الأغنية "
              "وعرّف الشعب الإيراني بها."),
    "safir": ("Alarabia", "AL-culture-15-20180215",
              "وقد زار محمد بن عبدالوهاب، سفير ملك المغرب إلى إسبانيا طليطلة في سنة 1691، ووصفها وصفاً شائقاً، فكتب:"),
    "sufara": ("Alarabia", "AL-internationalNews-562-20180321",
               "كانت الخارجية الروسية قد دعت السفراء الأجانب في موسكو لإبلاغهم بشأن الاتهامات، لكن "
               "المبعوثين البريطاني والأميركي رفضا حضور الاجتماع وأرسلا دبلوماسيين أقل درجة بدلا منهما."),
    "mashari": ("Alarabia", "AL-culture-371-20180516",
                "لا إحنا في السعودية لدينا مبدعون ومبدعون بإبهار، وناس تأخذ مشاريع عالمية، فأحب "
                "إظهارهم واكتشافهم وهم صغار وأشوفهم يكبروا."),
    "madrasa": ("Alarabia", "AL-culture-101-20180227",
                "وقرر حمزة استكمال دراسته النظامية، في مدرسة خاصة في مدينة تمارة بقرب العاصمة المغربية "
                "الرباط، إلى جانب دراسة الموسيقى."),
    "qatil": ("Alarabia", "AL-internationalNews-103-20180219",
              "وخلفت الانتفاضة أكثر من 1100 قتيل، معظمهم من المسلحين، وتسببت في نزوح مئات الآلاف من "
              "السكان قبل أن تسحق القوات التمرد والحصار بالهجمات البرية والغارات الجوية."),
    "qatla": ("Alarabia", "AL-internationalNews-1005-20180505",
              "وقال أشرف القدرة الناطق باسم الوزارة \"وصل 5 قتلى أشلاء و3 إصابات بجروح مختلفة إلى "
              "مستشفى شهداء الأقصى بدير البلح\"."),
    "tramb": ("Alarabia", "AL-economy-121-20180227",
              "ويحل باول، وهو جمهوري معتدل محل الديموقراطية جانيت يلين الذي قرر الرئيس ترامب عدم "
              "التمديد لها ولاية ثانية."),
    "tarmb": ("Alarabia", "AL-culture-135-20180306",
              "كما شاركت في استقبال الرئيس الأميركي دونالد ترمب أثناء زيارته التاريخية للرياض."),
    "butin": ("Alarabia", "AL-economy-402-20180409",
              "وكيريل شامالوف الملياردير الذي يقال إنه صهر بوتين."),
    "butn": ("Alarabia", "AL-internationalNews-656-20180327",
             "وقد اتهم النائب عن مدينة سيبيريا، أنطون غورليكين، وهو عضو في حزب روسيا الموحدة للرئيس بوتن، "
             "نائب رئيس البلدية بالتغافل عن العديد من الإشكاليات مع افتتاح المجمع التجاري عام 2013."),
    "sovieti": ("Alarabia", "AL-internationalNews-1000-20180504",
                "والصين أكبر دولة اشتراكية، بحسب ما تصنّف نفسها، منذ تفكّك الاتحاد السوفيتي ولا تزال "
                "شركات حكومية تحتكر قطاعات اقتصادية مهمة."),
    "soviati": ("Alarabia", "AL-internationalNews-1895-20180711",
                "وقالت ميركل، المتحدرة من ألمانيا الشرقية سابقاً: \"لقد عشت في قسم من ألمانيا المحتلة من "
                "قبل الاتحاد السوفياتي."),
    "qirghiz": ("Alarabia", "AL-internationalNews-1644-20180616",
                "وأوضح مسؤول روسي أن سائق السيارة التي صدمت الحشد في موسكو يحمل رخصة من قيرغيزستان."),
    "qrghiz": ("Alarabia", "AL-sport-1258-20180412",
               "أمام المستوى الثالث، فضم منتخبات قرغيزستان التي تأهلت للمرة الأولى إلى النهائيات."),
    "netanyahu": ("Alarabia", "AL-internationalNews-1017-20180506",
                  "وأضاف نتنياهو خلال اجتماع مجلس الوزراء الأحد: \"نحن مصممون على إيقاف العدوان الإيراني علينا."),
    "netaniahu": ("BBC", "BB-middleEast-27-20180212",
                  "وقال عريقات في بيان إن التصريحات التي نسبت إلى نتانياهو عن مباحثات مع واشنطن في شأن ضم "
                  "المستوطنات \"تشكل أخر إملاء إسرائيلي\"."),
    "lil_naft": ("Alarabia", "AL-economy-1035-20180716",
                 "وقال الصندوق في تقريره إن الدول المنتجة للنفط \"استفادت من الأسعار، لكن التوقعات بشأن "
                 "الدول المستوردة للنفط تبقى ضعيفة\"."),
    # An article that mentions oil in passing (imported first) ...
    "naft_passing": ("Alarabia", "AL-economy-538-20180508",
                     "كما ستعقد جلسة نقاشية أخرى بعنوان \"اكتشاف أحجية الاستثمارات المباشرة\"، فيما ستسلط "
                     "الجلسات الأخرى الضوء على قطاعات الحوسبة السحابية، والتكنولوجيا المالية، وسلاسل الكتل، "
                     "والنفط والغاز، وسيقدمها نخبة من المتحدثين."),
}

# Sentences for the rules of phrases, duals, ambiguous plurals, lands in ستان and names
# ending in ه (kept apart from SENTENCES, whose counts other tests rely on).
RULE_SENTENCES = {
    "wa_hazr": ("Alarabia", "AL-internationalNews-437-20180312",
                "كما جرى تمديد العقوبات، التي تشمل تجميد أصول وحظر السفر بحق 150 شخصاً وثماني كيانات "
                "- شركات ومنظمات على الأغلب، حتى 15 أيلول/سبتمبر."),
    "koreas": ("Alarabia", "AL-internationalNews-1338-20180526",
               "وهذا هو ثاني اجتماع قمة بين الكوريتين خلال شهرين."),
    "north_korea": ("Alarabia", "AL-economy-758-20180606",
                    "ومع قدوم الرئيس الأميركي دونالد #ترمب، وقع العام الماضي على قرار بإغلاق أي شركة "
                    "تتعامل مع النظام الكوري الشمالي مع الحجز على أصولها في الولايات المتحدة، إضافة إلى "
                    "منع أية طائرة أو سفينة من دخول الولايات المتحدة لمدة 180 يوما إذا ثبت دخولها إلى "
                    "كوريا الشمالية."),
    "palace": ("Alarabia", "AL-culture-49-20180203",
               "في العام 1922 أحيت أم كلثوم مع والدها ليلة الإسراء والمعراج بقصر عز الدين يكن باشا، "
               "وأعطتها سيدة القصر خاتماً ذهبياً، وتلقت أم كلثوم 3 جنيهات أجراً لها في ذلك اليوم، وكانت "
               "تلك الليلة هي انطلاقة \"كوكب الشرق\" حيث بزغ اسمها وبدأت تحيي حفلات كبار العائلات."),
    "minors": ("Alarabia", "AL-internationalNews-99-20180219",
               "وهذه أول مرة تتناول فيها أوكسفام بشكل مباشر الاتهامات ضد رولاند فان هورميرن الذي نفى "
               "دفع مال مقابل ممارسة الجنس مع عاهرات أو سوء استغلال قاصرات."),
    "kyrgyz": ("CNN", "CN-economy-318-20180912",
               "تأتي هذه الخطوة في ظل اتهامات متلاحقة من الرئيس التركي رجب طيب أردوغان لمؤسسات التصنيف "
               "الدولية بأنها مسيسة، وأنها لا تتحلى بالصدق، بحسب تصريحاته في منتدى الأعمال التركي "
               "القرغيزي مطلع الشهر الحالي، معتبراً أن الغاية من التلاعب بأسعار صرف العملات الأجنبية هي "
               "إثارة الشكوك في الاقتصاد التركي."),
    "pele": ("Alarabia", "AL-sport-444-20180306",
             "وجه اللاعب الفرنسي السابق ليليان تورام انتقادات لاذعة لأسطورة الكرة البرازيلية بيليه "
             "بسبب تقاعسه عن الوقوف ضد العنصرية بشكل واضح."),
    "bale": ("SkyNews", "SK-sport-94-20180225",
             "قالت تقارير صحفية إن غاريث بيل جناح ريال مدريد، تلقى رسالة تشجيع من مديره الفني زين "
             "الدين زيدان، كانت وراء أدائه المميز في مباراة ديبورتيفو ألافيس في الدوري الإسباني، السبت."),
}

# ... and one about oil (imported last): its title and opening sentences.
OIL_TITLE = ("Alarabia", "AL-economy-444-20180416", "لماذا تعد أسعار النفط أكبر عقبات الموازنة الجديدة لمصر؟")
OIL_BODY = (
    "حددت وزارة المالية المصرية سعر برميل النفط في الموازنة الجديدة للعام المالي 2018/2019 عند "
    "مستوى 67 دولاراً للبرميل، فيما أعلنت في نفس الوقت خفض إجمالي مخصصات دعم الطاقة بنسبة 25% "
    "تعادل نحو 35 مليار جنيه.\n"
    "لكن في الوقت الحالي يجري تداول سعر برميل النفط عند هذه المستويات، وربما قفزت في بعض الأحيان "
    "إلى مستوى أعلى من 70 دولاراً، مع تصريحات من قبل أعضاء منظمة \"أوبك\" باستمرار العمل على مواجهة "
    "تخمة المعروض النفطي، واستمرار قرار خفض إنتاج النفط، ما يشير إلى ارتفاع متوقع في أسعار النفط."
)


def add_sentences(lib, copies: int = 1, start: str = "2018-01-01") -> dict[str, list[int]]:
    """Store each sentence as an article ``copies`` times (each copy numbered, so none is a
    duplicate), tagged as an import would; their ids by sentence name."""
    from datetime import date, timedelta

    from dossier.ingest.importer import store
    from dossier.ingest.parse import body_hash
    from dossier.model import PARAGRAPH, Block
    from dossier.storage.articles_repo import NewArticle
    from dossier.storage.database import transaction
    from dossier.tagging.tagger import tag_article

    ids: dict[str, list[int]] = {}
    day = date.fromisoformat(start)
    with transaction(lib.db):
        for copy in range(copies):
            for n, (name, (outlet, docno, sentence)) in enumerate(SENTENCES.items()):
                body = sentence if copies == 1 else f"{sentence} ({copy + 1})"
                title = docno
                published = (day + timedelta(days=(copy * len(SENTENCES) + n) % 300)).isoformat()
                article = NewArticle(
                    title=title, title_derived=False, section_label=None, body=body,
                    blocks=(Block(PARAGRAPH, 0, len(body)),), language="ar",
                    body_hash=body_hash(body), source_file=None, imported_at="2026-01-01T00:00:00",
                    outlet=outlet, author=None, url=None, published=published)
                ids.setdefault(name, []).append(store(lib.db, article, tag_article(title, body)))
    return ids
