"""Lines linking to another story inside an article ("قد يهمك| ...", "للمزيد - ...",
"أيضاً.. ..."): removed by their shape, a label then a mark then the linked headline, and
kept with their kind; a sentence that merely opens with the same word stays.

Lines are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian Journal
for Science and Engineering 46(8), 2021), each naming its outlet and DOCNO.
"""

from __future__ import annotations

import pytest

from dossier.ingest.lines import READ_ALSO, read_also
from dossier.ingest.parse import parse_article

LINKS = [
    # CNN Arabic, CN-middleEast-1524-20181014
    "قد يهمك: رئيس \"الشورى\" السعودي: المملكة تصد هجمات مفتعلة والحقائق لن تتحول",
    # CNN Arabic, CN-middleEast-1437-20181008
    "اقرأ أيضا| السعودية تنفي أنباء مقتل جمال خاشقجي في قنصليتها بإسطنبول",
    # CNN Arabic, CN-middleEast-679-20180420
    "اقرأ أيضا/ مصادر لـCNN: إدارة ترامب تدرس تقديم \"مكافأة إجبارية\" للسعودية بسبب سوريا",
    # CNN Arabic, CN-economy-24-20180220
    "أيضاً.. المصري العريان \"ولي عهد\" سندات العالم.. يستقيل",
    # CNN Arabic, CN-middleEast-582-20180411
    "اقرأ.. الخارجية السورية: لا نستغرب هذا التصعيد \"الأرعن\" من أمريكا",
    # France 24, FR-middleEast-175-20180318
    "للمزيد - معركة عفرين: من يقاتل من؟ ولماذا؟",
    # France 24, FR-internationalNews-627-20180408
    "للمزيد، قلق إيراني من تعيين محمد بن سلمان ولي عهد جديد في السعودية",
]
SENTENCES = [
    # Al Arabiya, AL-technology-88-20180307
    "أيضا، اكتشف باحثون من وكالة \"ناسا\" العام الماضي، أن الأنابيب النانوية، المصنوعة من "
    "مادة نايترايد البورون، يمكن أن تساعد على مزيد من الجدوى في جعل السفر الجوي الفرط-صوتي.",
    # BBC Arabic, BB-middleEast-587-20180605
    "للمزيد سألنا الدكتور مروان قبلان، الأكاديمي السوري المعارض والذي يعمل في المركز العربي "
    "للأبحاث ودراسة السياسات في الدوحة، عن التأثيرات الإقليمية للأزمة على الدوحة وعلى جيرانها.",
]


@pytest.mark.parametrize("line", LINKS)
def test_a_link_to_another_story_is_known_by_its_label_and_mark(line):
    assert read_also(line) == "inline"


@pytest.mark.parametrize("line", SENTENCES)
def test_a_sentence_opening_with_the_same_word_is_not_a_link(line):
    assert read_also(line) is None


def test_links_leave_the_body_and_are_kept_with_their_kind():
    # CNN Arabic, CN-middleEast-1524-20181014: the link stands between two paragraphs.
    first = ("ونشرت الخارجية البحرينية بيانا، الأحد، أكدت فيه وقوفها إلى جانب المملكة في وجه من "
             "يحاول \"النيل منها أو يسعى إلى الإساءة إليها\".")
    last = ("وشددت المنامة على وقوفها بثبات، صفا واحدا إلى جانب السعودية في سياساتها \"الرشيدة\" "
            "لمواجهة التحديات والمخاطر، وفي مقدمتها التطرف والإرهاب.")
    article = parse_article("\n".join(("البحرين تعلن وقوفها إلى جانب السعودية", "",
                                       first, LINKS[0], SENTENCES[0], last)) + "\n")
    assert article.body.split("\n") == [first, SENTENCES[0], last]
    assert [(r.role, r.text) for r in article.removed if r.role == READ_ALSO] == [
        (READ_ALSO, LINKS[0])]
