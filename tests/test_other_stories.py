"""Leads of other stories listed after the article: removed one by one where the page is
wire-format, kept with their kind; the article's own paragraphs never go with them.

Paragraphs are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian
Journal for Science and Engineering 46(8), 2021), each group naming its DOCNO.
"""

from __future__ import annotations

from dossier.ingest.lines import OTHER_STORY
from dossier.ingest.parse import parse_article
from dossier.tagging.tagger import tag_article

# CN-economy-228-20180819 (CNN Arabic): the article, then what the page lists after it.
RESERVES_TITLE = "احتياطي الأردن من النقد الأجنبي يتراجع للشهر السادس على التوالي"
RESERVES = (
    "دبي، الإمارات العربية المتحدة (CNN)- تراجع احتياطي الأردن من النقد الأجنبي للشهر السادس "
    "على التوالي ليسجل إلى 10.68 مليار دولار بنهاية يوليو/تموز الماضي.",
    "وبحسب إحصاءات البنك المركزي الأردني انخفض الاحتياطي بقيمة 1.762 مليار دولار ما يعادل "
    "14.1%مقارنة برقم الاحتياطي نهاية يناير/كانون الثاني والذي بلغ 12.433 مليار دولار.",
    "وبدأ الاحتياطي الأجنبي في الأردن بالتأثر سلبا منذ بداية 2016 بفعل تباطؤ تحويلات "
    "المغتربين والاستثمار الأجنبي وإيرادات السياحة.",
    "يأتي هذا فيما استقرت تحويلات المغتربين الأردنيين في 2017 عند 3.7 مليار دولار وهي نفس "
    "الأرقام المحققة في 2016 تقريبا.",
    # Opens without a connective, yet speaks of the article's tourism income: it stays.
    "المؤشر الإيجابي كان تحسن الدخل السياحي بنسبة 12.5 في المائة عام 2017 مسجلا 4.6 مليار "
    "دولار وذلك مقارنة مع 4.1 مليار دولار في 2016.",
)
OTHER_LEADS = (
    "دبي، الإمارات العربية المتحدة (CNN)- تسعى إيران لإيجاد حلول بديله لتسويق النفط وتحصيل "
    "إيراداته بعد دخول العقوبات الأمريكية حيز التنفيذ.",
    "قال الرئيس التركي، رجب طيب أردوغان، السبت، إن القوى المعادية لبلاده، حاولت القيام "
    "بانقلاب اقتصادي فيها، باستخدام أسعار الصرف والعملات الأجنبية والفائدة، بعد فشل المكائد "
    "ووسائل الانقلاب الأخرى، بحسب وكالة الأناضول التركية الرسمية.",
    "خفضت وكالتا \"موديز\" و\"ستاندرد أند بورز\"، التصنيف الائتماني لتركيا، فيما غيرت الأولى "
    "نظرتها المستقبلية للاقتصاد التركي من مستقرة إلى سلبية، في حين أبقت الثانية على نظرته مستقرة.",
    "أعلنت شركة أرامكو النفطية السعودية عن اكتشافها لحقلين نفطيين العالم 2017 أحدهما جنوب شرق "
    "منطقة حرض والآخر في الربع الخالي بالإضافة على مكمن غاز في حقل السهباء، وذلك في التقرير "
    "السنوي الذي أصدرته الشركة، مساء الجمعة.",
)
# AL-internationalNews-62-20140131 (Al Arabiya, an opinion column): paragraph after
# paragraph opens fresh and changes subject; no dateline, so nothing is judged.
COLUMN = (
    "لم يكن كافياً ان نشاهد تصفيق الديموقراطيين لخطاب \"حال الاتحاد\" وقد القاه باراك اوباما "
    "بما يشبه عرضاً مسرحياً يقوم على الايماءات التي يجيدها.",
    "كان مضحكاً تماماً ان يقع أوباما في التناقض في أهم مسألة تشغل الغرب والعالم اي الارهاب، "
    "عندما قال: \"لقد وضعنا قلب القاعدة على طريق الهزيمة\".",
    "لست ادري لماذا تناسى سوريا حيث ساهم تغاضيه الترهيبي عن شلالات الدم، في قيام تجمع ارهابي "
    "كبير يحارب من سوريا الى العراق ويحاول الامتداد الى دول الجوار.",
    "هل قليل ان لا تحتل قضية فلسطين اكثر من جملة انشائية سطحية لا تستر عورة فشل وعود اوباما "
    "الزهرية لإنجاح التسوية السلمية؟",
)
# CN-economy-58-20180317 (CNN Arabic): a note on the piece above the story's own dateline.
NOTE = "نشر هذا المقال بالتعاون مع موقع التوظيف الإلكتروني بيت.كوم"
STRESS = (
    "دبي، الإمارات العربية المتحدة (CNN)-- يشعر العديد من المهنيين اليوم بالتوتر والإجهاد "
    "نتيجة لتراكم الضغوطات والمشاكل المتعلقة بالعمل.",
    "وفي سبيل معرفة أهم العوامل التي تزيد من نسبة توتر المهنيين في المنطقة، قام بيت.كوم، "
    "بإجراء استبيان حول \"التوتر في مكان العمل في الشرق الأوسط وشمال أفريقيا\".",
)
# CN-internationalNews-556-20180902 (CNN Arabic): an almanac, a list of the day's events.
ALMANAC_TITLE = "حدث في 2 سبتمبر.. استسلام اليابان وغرق الطفل السوري آلان الكردي"
ALMANAC = (
    "دبي، الإمارات العربية المتحدة (CNN)-- في 2 سبتمبر/ أيلول، وقعت اليابان وثيقة إعلان "
    "استسلامها لقوات الحلفاء على متن سفن حربية أمريكية.",
    "وفيما يلي تسلسل لأبرز الأحداث التاريخية في 2 سبتمبر:",
    "اليابان توقع إعلان استسلامها لقوات الحلفاء مع انتهاء الحرب العالمية الثانية",
    "هو تشي منه يعلن استقلال فيتنام عن فرنسا",
    "ميلاد سلمى حايك الممثلة المكسيكية ذات الأصل اللبناني",
    "الجيش اللبناني يسيطر على مخيم نهر البارد بعد القضاء على تنظيم \"فتح الإسلام\"",
    "العثور على جثة الطفل السوري آلان الكردي على شاطئ تركيا بعد غرق مركب لاجئين",
)


def page(title: str, *paragraphs: str) -> str:
    return "\n".join((title, "", *paragraphs)) + "\n"


def removed_as_other_stories(article) -> list[str]:
    return [r.text for r in article.removed if r.role == OTHER_STORY]


def test_the_leads_a_wire_page_lists_after_its_article_are_removed_one_by_one():
    article = parse_article(page(RESERVES_TITLE, *RESERVES, *OTHER_LEADS))
    assert removed_as_other_stories(article) == list(OTHER_LEADS)
    assert article.body.split("\n") == list(RESERVES)
    tags = tag_article(article.title, article.tagging_body)
    # Iran, Turkey and Saudi Arabia were only in the other stories; the dateline is the page's.
    assert set(tags.countries) == {"JO"}


def test_one_unrelated_last_paragraph_is_not_a_box_of_other_stories():
    article = parse_article(page(RESERVES_TITLE, *RESERVES, OTHER_LEADS[3]))
    assert removed_as_other_stories(article) == []
    assert article.body.split("\n")[-1] == OTHER_LEADS[3]


def test_a_page_without_a_dateline_keeps_its_fresh_paragraphs():
    article = parse_article(page("أوباما وخطاب الارتباك والإرباك!", *COLUMN))
    assert removed_as_other_stories(article) == []
    assert article.body.split("\n") == list(COLUMN)


def test_the_storys_own_dateline_may_follow_a_note_on_the_piece():
    article = parse_article(page("كيف يتعامل المهنيون في الشرق الأوسط مع التوتر في العمل؟", NOTE, *STRESS))
    assert article.body.split("\n") == [NOTE, *STRESS]
    assert article.place == "دبي"
    # The dateline's place is the page's, not the story's: no evidence for the Emirates.
    assert "AE" not in tag_article(article.title, article.tagging_body).countries


def test_the_items_of_a_list_are_never_taken_for_leads():
    article = parse_article(page(ALMANAC_TITLE, *ALMANAC, *OTHER_LEADS[1:]))
    assert article.body.split("\n") == list(ALMANAC) + list(OTHER_LEADS[1:])


# CN-middleEast-1524-20181014 (CNN Arabic): the page lists its block of five leads after the
# article; three of them speak of the same disappearance, so their words alone keep them.
BAHRAIN_TITLE = "تزامنا مع اختفاء جمال خاشقجي.. البحرين تعلن وقوفها إلى جانب السعودية"
BAHRAIN = (
    "دبي، الإمارات العربية المتحدة (CNN) – أكدت وزارة الخارجية البحرينية، وقوف البحرين إلى "
    "جانب المملكة العربية السعودية في وجه من يحاول \"النيل منها\"، معتبرة أن السعودية ركيزة "
    "الأمن والاستقرار في العالمين العربي والإسلامي، وذلك بالتزامن مع اختفاء الصحفي السعودي "
    "جمال خاشقجي.",
    "ونشرت الخارجية البحرينية بيانا، الأحد، أكدت فيه وقوفها إلى جانب المملكة في وجه من يحاول "
    "\"النيل منها أو يسعى إلى الإساءة إليها\"، وعبرت البحرين عن رفضها لكل المحاولات الرامية "
    "إلى المساس بسيادة وسياسة ومكانة السعودية.",
    "وشددت المنامة على وقوفها بثبات، صفا واحدا إلى جانب السعودية في سياساتها \"الرشيدة\" "
    "لمواجهة التحديات والمخاطر، وفي مقدمتها التطرف والإرهاب.",
    "يذكر أن بيان الخارجية البحرينية يأتي بالتزامن مع ما وصفه بعض المسؤولين السعوديين "
    "بـ\"الحملة الإعلامية\" ضد المملكة، على خلفية اختفاء الصحفي والكاتب السعودي جمال خاشقجي.",
)
BAHRAIN_BLOCK = (
    "أكد رئيس مجلس الشورى السعودي عبدالله آل الشيخ، الأحد، أن المملكة حريصة على مواطنيها في "
    "الداخل والخارج، متهما بعض وسائل الإعلام وناشطي وسائل التواصل الاجتماعي بشن \"هجمة "
    "مفتعلة\"، ضد المملكة، في إشارة على ما يبدو إلى أزمة اختفاء جمال خاشقجي",
    "أكدت المملكة العربية السعودية، الأحد، رفضها أي تهديدات ومحاولات للنيل منها، عبر التلويح "
    "فرض عقوبات اقتصادية أو ضغوط سياسية، متوعدة بالرد على أي إجراء ضدها بـ\"إجراء أكبر\"، "
    "وذلك وسط تصاعد أزمة اختفاء الإعلامي السعودي جمال خاشقجي.",
    "أكد العاهل الأردني الملك عبدالله الثاني، في كلمته بافتتاح دورة مجلس الأمة، الأحد، أن "
    "الأوطان لا تبنى بالتشكيك وجلد الذات، ولا بالنيل من الإنجازات أو إنكارها، بل بالعزم "
    "والإرادة والعمل الجاد.",
    "أوضح باتلر أنه قرر إلغاء الزيارة بعد أن سمع عن أزمة الإعلامي السعودي جمال خاشقجي، الذي "
    "اختفى بعد زيارته للقنصلية السعودية في إسطنبول في 2 أكتوبر.",
    "عبر الرئيس الأمريكي دونالد ترامب عن حزنه وتشاؤمه بشأن مصير الصحفي والكاتب السعودي جمال "
    "خاشقجي، وأشار إلى أن توقيت خروج القس الأمريكي أندرو برونسون من السجون التركية جاء بـ\"محض "
    "المصادفة\" متزامنا مع اختفاء خاشقجي",
)


def test_a_block_of_five_leads_goes_whole_even_where_its_leads_share_the_subject():
    article = parse_article(page(BAHRAIN_TITLE, *BAHRAIN, *BAHRAIN_BLOCK))
    assert removed_as_other_stories(article) == list(BAHRAIN_BLOCK)
    assert article.body.split("\n") == list(BAHRAIN)
    countries = set(tag_article(article.title, article.tagging_body).countries)
    # Jordan, Turkey and the United States were only in the other stories.
    assert countries.isdisjoint({"JO", "TR", "US"})
    assert {"BH", "SA"} <= countries


def test_a_block_whose_first_line_is_not_known_as_a_lead_is_judged_line_by_line():
    # The article's last paragraph opens fresh and speaks of its subject; four leads follow:
    # five fresh paragraphs, yet the first is the article's and stays, with its neighbours'
    # verdicts their own.
    article = parse_article(page(RESERVES_TITLE, *RESERVES, *OTHER_LEADS))
    assert article.body.split("\n")[-1] == RESERVES[-1]
    # Without its lead form or unrelated words, the block's first line keeps the whole block
    # to the word test: there a lead sharing the article's subject stays.
    shared = BAHRAIN_BLOCK[3]
    article = parse_article(page(BAHRAIN_TITLE, *BAHRAIN, shared, *BAHRAIN_BLOCK[:3],
                                 BAHRAIN_BLOCK[4]))
    assert shared in article.body.split("\n")
