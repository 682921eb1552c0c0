"""Saved pages of real outlets: furniture removed line by line, datelines, bylines, and
nothing lost.

Headlines and paragraphs are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun,
Elayeb, Arabian Journal for Science and Engineering 46(8), 2021), each page naming its
DOCNO; the furniture around them has the shapes the outlets print.
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.ingest.bylines import Byline, bare_name, byline
from dossier.ingest.parse import ImportRejected, parse_article

# AL-culture-590-20180715 (Al Arabiya)
ELISSA = (
    "قررت الفنانة #إليسا أن ترد على كل ما أثير حولها في الأيام الماضية على طريقتها الخاصة، "
    "وذلك من خلال حسابها الرسمي عبر موقع التواصل الاجتماعي \"تويتر\".",
    "حيث غردت إليسا قائلة \"إلى كل اللي بيحاربوني انتوا بتقووني بتقووني\".. موضحة أن شادي نور "
    "الذي كتب كلمات أغنية \"إلى كل اللي بيحبوني\" هو من أرسل إليها هذه الكلمات.",
)
# SK-middleEast-3165-20180729 (Sky News Arabia)
DEATHS = (
    "وأوردت \"تلغراف\" أن العائلات السورية التي ظلت تنتظر مصير أبنائها طيلة سنوات صار بوسعها "
    "أن تقصد مكاتب السجل المدني لتحصل على تأكيد بشأن وفاة أبنائها.",
    "وعلى سبيل المثال تشير 400 من شهادات الوفاة التي تم تقديمها لعائلات معتقلي \"صيدنايا\" "
    "بريف دمشق إلى أن الضحايا ماتوا جراء أزمات قلبية أو جلطات.",
)
# AL-sport-1925-20180612 (Al Arabiya, a wire story)
NIGERIA = (
    "وأضاف المدرب الألماني (64 عاماً) قائلا: فقدان الطاقة لا يمكن موازنته خلال فترة قصيرة، "
    "هذا ما سنواجهه خلال المباراة الأولى.",
)
# FR-internationalNews-2480-20180727 (France 24)
MALI = (
    "تنظم الأحد في مالي الدورة الأولى من الانتخابات الرئاسية، وسط توتر شديد وعدم استقرار أمني "
    "ومخاوف من التزوير.",
    "وكان كيتا قد انتخب في 2013 عقب التدخل الدولي ضد التنظيمات الإسلامية المتطرفة.",
)


def page(*parts) -> str:
    return "\n".join(p if isinstance(p, str) else "\n".join(p) for p in parts) + "\n"


def test_al_arabiya_page_with_hijri_dateline_and_city_byline():
    text = page(
        "الرئيسية / ثقافة وفن", "هكذا ردت إليسا على اتهامها بالسرقة", "القاهرة- أحمد الريدي",
        "الأحد 2 ذو القعدة 1439هـ - 15 يوليو 2018م", "KSA 21:56 - GMT 17:56",
        "فيسبوك | تويتر | واتساب", "حجم الخط", ELISSA[0], "اقرأ المزيد",
        "إليسا تحيي حفلا في بيروت", ELISSA[1], "مواضيع ذات صلة", "إليسا تطرح ألبومها الجديد",
        "نجوى كرم: لا منافسة بيني وبين إليسا", "الأكثر قراءة", "1. عنوان خبر آخر")
    article = parse_article(text)
    assert article.title == "هكذا ردت إليسا على اتهامها بالسرقة"
    assert article.published == "2018-07-15"
    assert (article.author, article.place) == ("أحمد الريدي", "القاهرة")
    assert article.body == "\n".join(ELISSA)


def test_sky_news_page_with_abu_dhabi_time():
    text = page(
        "سكاي نيوز عربية", "\"شهادات الوفاة\".. خطة النظام السوري لطي صفحة المعتقلين",
        "أبوظبي - سكاي نيوز عربية", "آخر تحديث: 18:08 بتوقيت أبوظبي الأحد 29 يوليو 2018",
        "مشاركة", "صورة أرشيفية", DEATHS[0], "اقرأ أيضاً: الأسد يصدر عفوا عن الفارين من الخدمة",
        DEATHS[1], "المزيد من سكاي نيوز عربية", "عنوان من قسم آخر", "منذ 3 ساعات",
        "حمل تطبيق سكاي نيوز عربية للحصول على آخر الأخبار")
    article = parse_article(text)
    assert article.title.startswith("\"شهادات الوفاة\"")
    assert article.published == "2018-07-29"
    assert article.author == "سكاي نيوز عربية" and article.place == "أبوظبي"
    assert article.body == "\n".join(DEATHS)


def test_bbc_page_share_rows_are_never_the_author():
    text = page(
        "مدرب نيجيريا يخشى تأثير الصيام على لاعبيه", "12 يونيو/ حزيران 2018",
        "شارك هذه الصفحة عبر فيسبوك", "شارك هذه الصفحة عبر Messenger",
        "شارك هذه الصفحة عبر تويتر", "شارك هذه الصفحة عبر البريد الإلكتروني",
        "مصدر الصورة Getty Images", "تعليق على الصورة المدرب الألماني جيرنو روهر", NIGERIA[0],
        "قصص ذات صلة", "نيجيريا تعلن قائمتها لكأس العالم", "12 يونيو/ حزيران 2018",
        "روابط خارجية ذات صلة", "بي بي سي ليست مسؤولة عن محتوى المواقع الخارجية.")
    article = parse_article(text)
    assert article.author is None
    assert article.published == "2018-06-12"
    assert article.body == NIGERIA[0]
    assert {r.role for r in article.removed} >= {"share", "credit", "related", "teaser", "dateline"}


def test_france24_page_with_byline_at_the_end():
    text = page(
        "انتخابات رئاسية في مالي الأحد والأمن أهم رهاناتها",
        "نشرت في: 27/07/2018 - 12:56 آخر تحديث: 27/07/2018 - 13:10", "صورة: أ ف ب | ناخبون في باماكو",
        MALI[0], MALI[1], "فرانس 24/ أ ف ب")
    article = parse_article(text)
    assert article.published == "2018-07-27"
    assert article.author == "فرانس 24 / أ ف ب"
    assert article.body == "\n".join(MALI)


def test_a_related_header_mid_article_never_takes_the_rest():
    text = page("عنوان الخبر", MALI[0], "مواضيع ذات صلة", "خبر عن مالي", MALI[1], DEATHS[0])
    article = parse_article(text)
    assert article.body == "\n".join([MALI[0], MALI[1], DEATHS[0]])


def test_two_articles_sharing_their_opening_keep_their_own_text():
    first = parse_article(page("عنوان", MALI[0], "الأكثر مشاهدة", MALI[1]))
    second = parse_article(page("عنوان", MALI[0], "الأكثر مشاهدة", DEATHS[0]))
    assert first.body != second.body


@__import__("pytest").mark.parametrize(("line", "expected"), [
    ("القاهرة- أحمد الريدي", Byline("أحمد الريدي", "القاهرة")),  # AL-culture-590-20180715
    ("موسكو - د ب أ", Byline("د ب أ", "موسكو")),  # AL-sport-1925-20180612
    ("أبوظبي - سكاي نيوز عربية", Byline("سكاي نيوز عربية", "أبوظبي")),  # SkyNews AUTHOR field
    ("ريو دي جانيرو - د ب أ", Byline("د ب أ", "ريو دي جانيرو")),  # Alarabia sport AUTHOR field
    ("العربية.نت، فرانس برس", Byline("العربية.نت، فرانس برس")),  # Alarabia AUTHOR field
    ("باريس (أ ف ب) -", Byline("أ ف ب", "باريس")),
    ("بقلم: سامي يوسف", Byline("سامي يوسف")),
    ("كتب - محمد علي", Byline("محمد علي")),
    ("إعداد: هبة محمد", Byline("هبة محمد")),
    ("المصدر: وكالات", Byline("وكالات")),
    ("وكالات", Byline("وكالات")),
    ("فرانس 24/ أ ف ب", Byline("فرانس 24 / أ ف ب")),
    ("شارك هذه الصفحة عبر فيسبوك", None),
    ("ترامب - بوتين: قمة هلسنكي في 16 يوليو", None),
    ("قال الرئيس إن الاجتماع كان مثمرا.", None),
])
def test_bylines(line, expected):
    assert byline(line) == expected


def test_a_share_line_is_not_a_bare_name():
    assert bare_name("شارك هذه الصفحة عبر فيسبوك") is None
    assert bare_name("فاطمة بدوي") == "فاطمة بدوي"


# ---------------------------------------------------------------- nothing is lost

_PIECES = [
    *ELISSA, *DEATHS, *NIGERIA, *MALI, "هكذا ردت إليسا على اتهامها بالسرقة", "مواضيع ذات صلة",
    "الأكثر مشاهدة", "اقرأ أيضاً", "اقرأ أيضاً: عنوان آخر", "شارك هذه الصفحة عبر فيسبوك",
    "مصدر الصورة Getty Images", "القاهرة- أحمد الريدي", "موسكو - د ب أ", "وكالات",
    "الأحد 2 ذو القعدة 1439هـ - 15 يوليو 2018م", "منذ 3 ساعات", "KSA 21:56 - GMT 17:56",
    "أخبار", "Gündəm", "طباعة", "1. عنوان مرقم", "فاطمة بدوي", "محمود خيداروف،",
    "أخصائي رئيسي", "الآليات اللازمة لبناء الثقة", "", "  ", "\u200f", "ـ",
    # CN-economy-228-20180819 (CNN Arabic): a dateline and leads of other stories.
    "دبي، الإمارات العربية المتحدة (CNN)- تسعى إيران لإيجاد حلول بديله لتسويق النفط وتحصيل "
    "إيراداته بعد دخول العقوبات الأمريكية حيز التنفيذ.",
    "خفضت وكالتا \"موديز\" و\"ستاندرد أند بورز\"، التصنيف الائتماني لتركيا، فيما غيرت الأولى "
    "نظرتها المستقبلية للاقتصاد التركي من مستقرة إلى سلبية، في حين أبقت الثانية على نظرته مستقرة.",
    "أعلنت شركة أرامكو النفطية السعودية عن اكتشافها لحقلين نفطيين العالم 2017 أحدهما جنوب شرق "
    "منطقة حرض والآخر في الربع الخالي، وذلك في التقرير السنوي الذي أصدرته الشركة، مساء الجمعة.",
]
_PAGE = st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=30)), max_size=30).map("\n".join)


@settings(max_examples=400, deadline=None)
@given(_PAGE)
def test_body_and_removed_lines_give_back_every_line_of_the_page(text):
    from dossier.ingest.furniture import page_lines

    try:
        article = parse_article(text)
    except ImportRejected as rejected:
        assert rejected.code == "no_text"
        return
    body_lines = article.body.split("\n")
    assert len(body_lines) == len(article.line_numbers) == len(article.blocks)
    kept = list(zip(article.line_numbers, body_lines))
    removed = [(r.number, r.text) for r in article.removed]
    assert sorted(kept + removed) == [(line.number, line.text) for line in page_lines(text)]


def test_an_outlet_signing_first_and_a_dateline_below_an_unknown_line():
    # Alarabia AUTHOR field "العربية.نت - جمال نازي"; a line of another shape (a kicker)
    # between the byline and the dateline does not hide the date.
    text = page("عنوان الخبر", "العربية.نت - جمال نازي", "حصري", "الأحد 2 ذو القعدة 1439هـ - 15 يوليو 2018م",
                *MALI)
    article = parse_article(text)
    assert (article.author, article.place, article.published) == ("جمال نازي", "العربية.نت", "2018-07-15")


def test_a_saved_page_gives_its_machine_date_and_byline_element():
    from dossier.ingest.formats import HTML, records

    html = ("<html><head><meta property='article:published_time' content='2018-07-27T12:56:34+00:00'>"
            "</head><body><article><h1>انتخابات رئاسية في مالي الأحد والأمن أهم رهاناتها</h1>"
            "<div class='byline'>باماكو - أ ف ب</div><time datetime='2018-07-27T12:56:34Z'>27/07/2018</time>"
            + "".join(f"<p>{p}</p>" for p in MALI) + "</article></body></html>")
    record = records(html.encode("utf-8"), HTML)[0]
    assert record.fields["date"] == "2018-07-27"
    assert record.fields["author"] == "أ ف ب"


def test_a_relative_stamp_gives_way_to_the_pages_absolute_date():
    text = page("عنوان الخبر", "منذ 3 ساعات", "آخر تحديث: 18:08 بتوقيت أبوظبي الأحد 29 يوليو 2018", *MALI)
    article = parse_article(text)
    assert article.published == "2018-07-29" and article.body == "\n".join(MALI)
    assert {r.text: r.role for r in article.removed}["منذ 3 ساعات"] == "dateline"
