"""Rows of other stories' headlines that a page sets between two paragraphs of its
article, without a header: removed as teasers and kept with their kind; a box of facts and
a subheading over its paragraph stay.

Lines are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian Journal
for Science and Engineering 46(8), 2021), each group naming its outlet and DOCNO.
"""

from __future__ import annotations

from dossier.ingest.lines import TEASER
from dossier.ingest.other_stories import headline_runs
from dossier.ingest.parse import parse_article
from dossier.tagging.tagger import tag_article

# BBC Arabic, BB-middleEast-1047-20181003: two headlines of other stories inside an article
# on a Syrian law; "الروس" is only in one of them.
LAW_TITLE = "قانون الأوقاف الجديد في سوريا، أين المشكلة؟"
LAW_BEFORE = (
    "ونشر على صفحته في موقع التواصل الاجتماعي، فيسبوك، يقول:\" إن البعض تهجم على القانون قبل "
    "أن يطلع عليه بحجة أنه لم ينشر، لكن مواده موجودة على الانترنت، معتبرًا أنه عكس ما تصوره "
    "معظم من هاجمه\".")
LAW_LINKS = (
    "التايمز: \"الحرب في سوريا كلفت الروس الكثير\"",
    "سوريا: ما هي بنود اتفاق إنشاء منطقة منزوعة السلاح بإدلب؟",
)
LAW_AFTER = (
    "ويتخوف السوريون من تنفيذ هذا القانون لأن لهم تجربة سيئة مع الإسلام السياسي، وخاصة جماعة "
    "الإخوان المسلمين على حد تعبير بعضهم.")

# Al Arabiya, AL-culture-81-20180221: a book's facts between two reviews.
BOOK = (
    "يسلّط هذا الكتاب الضوء على كيفية كتابة الأفلام الملحمية وصناعتها، وهي التي عادة ما تتناول "
    "قصصاً تمتد على فترة زمنية طويلة لتروي مغامرات أبطال من التاريخ وحروباً مفصلية.",
    "تأليف: د. وجيدة الصكوحي",
    "الناشر: مؤسسة عبدالعزيز سعود البابطين الثقافية، 2017",
    "استمر حكم العرب لجزيرة صقلية حوالي قرنين من الزمن تركوا فيها أثراً ثقافياً واضحاً تجلَّى "
    "في جوانب عديدة مثل الفنون والأدب والعلوم واللغة.",
)
# France 24, FR-sport-160-20180616: a subheading that the paragraph below speaks of.
MATCH = (
    "وعاقب بولسن بيرو على إهدار ركلة الجزاء بعدما سجل هدفه في الدقيقة 59 وعندما مر إريكسن من "
    "اثنين من المدافعين وأرسل إلي بولسن بيرو الكرة ليحرز منها هدف المباراة.",
    "مونديال روسيا: الدنمارك تنتزع الفوز من بيرو وتلحق بفرنسا إلى الصدارة",
    "جيريرو بديلا.. تسديد بدون تسجيل",
    "ونزل جيريرو بديلا بعد مرور ساعة وكاد أن يسجل هدف التعادل لكن ضربة الرأس التي سددها ذهبت "
    "مباشرة للحارس كاسبر شمايكل.",
)


def test_a_row_of_other_stories_headlines_leaves_the_body_as_teasers():
    article = parse_article("\n".join((LAW_TITLE, "", LAW_BEFORE, *LAW_LINKS, LAW_AFTER)) + "\n")
    assert article.body.split("\n") == [LAW_BEFORE, LAW_AFTER]
    assert [r.text for r in article.removed if r.role == TEASER] == list(LAW_LINKS)
    assert "RU" not in tag_article(article.title, article.tagging_body).countries


def test_a_box_of_facts_between_paragraphs_stays():
    assert headline_runs(list(BOOK)) == []


def test_a_subheading_over_the_paragraph_it_introduces_stays():
    assert headline_runs(list(MATCH)) == []


def test_one_headline_alone_is_not_taken():
    assert headline_runs([LAW_BEFORE, LAW_LINKS[1], LAW_AFTER]) == []
