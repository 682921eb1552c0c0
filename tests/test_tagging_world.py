"""Every state from CLDR, the curated forms on top, and the guards of ambiguous names,
on real sentences.

Sentences are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb, Arabian
Journal for Science and Engineering 46(8), 2021); each names its outlet's DOCNO.
"""

from __future__ import annotations

import pytest

from dossier.tagging import gazetteer
from dossier.tagging.tagger import find_country_mentions, tag_article


def codes(text: str) -> set[str]:
    return {code for code, _s, _e in find_country_mentions(text)}


def test_every_state_of_cldr_is_known_with_arabic_and_english_names():
    known = {c.code: c for c in gazetteer.COUNTRIES}
    for code in ("BH", "YE", "SD", "LB", "TN", "DZ", "MA", "MR", "SO", "DJ", "ET", "ER",
                 "ID", "MY", "PH", "TH", "VN", "BR", "AR", "VE", "MX", "CU", "CL", "PE"):
        assert code in known and known[code].name_ar and known[code].name_en
    assert "EU" not in known and "UN" not in known and "ZZ" not in known
    assert gazetteer.country("BH").name_en == "Bahrain"


@pytest.mark.parametrize(("text", "expected", "docno"), [
    ("والدول الخليجية الست هي السعودية والإمارت والكويت وقطر وسلطنة عمان والبحرين.",
     {"SA", "KW", "QA", "OM", "BH"}, "BB-middleEast-1013-20180928"),
    ("قادة مجموعة دول الساحل الخمس (مالي وبوركينا فاسو والنيجر وموريتانيا وتشاد) والرئيس الفرنسي",
     {"ML", "BF", "NE", "MR", "TD", "FR"}, "FR-internationalNews-2082-20180630"),
    ("واستولى المتشددون على أراض في شمال مالي سنة 2012، وأطلقت فرنسا عملية عسكرية ضدهم",
     {"ML", "FR"}, "SK-internationalNews-1098-20180422"),
    ("ويُنصح السائحون في ماليزيا بارتداء ملابس لائقة قبل التوجه لزيارة المساجد.",
     {"MY"}, "BB-internationalNews-697-20180626"),
    ("على غرار ما تم توقيعه بين الاتحاد الأوروبي وأوكرانيا أو جورجيا.",
     {"UA", "GE"}, "AL-economy-243-20180315"),
    ("كرية التي سقطت أمس الأربعاء بشكل مفاجئ في القاعدة الجوية ببوفاريك غرب الجزائر العاصمة",
     {"DZ"}, "FR-internationalNews-697-20180412"),
    ("وعزت الإدارة الأميركية في حينه قرار إدراج تشاد في هذه القائمة إلى مكامن خلل",
     {"US", "TD"}, "SK-middleEast-925-20180411"),
    ("الأمم المتحدة: فيسبوك لعب دوراً في أزمة ميانمار", {"MM"}, "corpus title, BBC"),
])
def test_states_beyond_the_analysts_region(text, expected, docno):
    assert codes(text) == expected, docno


@pytest.mark.parametrize(("text", "expected", "docno"), [
    # مالي: "financial" far more often than Mali.
    ("وتعهد سون وينكوي، نائب رئيس بلدية تيانجين بتقديم دعم مالي قيمته 30 مليون يوان",
     set(), "SK-technology-697-20180517"),
    ("لتجنب الحصول على دعم مالي حكومي بريطاني خلال الأزمة المالية العالمية.",
     {"GB"}, "CN-economy-2-20180212"),
    ("حاكم مدينة تمبكتو في شمال مالي إن اشتباكات اندلعت في المدينة",
     {"ML"}, "FR-internationalNews-2480-20180727"),
    # عمان: Amman beside Jordan's words, Oman beside the Gulf's, else neither.
    ("وفي العاصمة عمان، تجمع أكثر من 3000 شخص قرب مقر الرئاسة", {"JO"}, "FR-middleEast-573-20180603"),
    ("إعصار \"مكونو\" يقترب من السعودية بعد سلطنة عمان وسقطرى", {"SA", "OM"}, "BB-middleEast-537-20180525"),
    ("فاز الكاتب الفلسطيني المولود في عمان، ابراهيم نصر الله، بالجائزة", {"PS"}, "AL culture, Booker 2018"),
    # المغرب: the sunset prayer is not Morocco.
    ("وتزامنت مباراتا تونس مع أذان المغرب، الذي تكون عنده أجساد اللاعبين قد تعبت",
     {"TN"}, "SK-sport-1478-20180605"),
    ("ويشاركهم الإفطار عند أذان المغرب.", set(), "CN-middleEast-985-20180520"),
    ("شاهد.. المغني المصري كاريكا يعتذر لملك المغرب", {"EG", "MA"}, "AL-culture, 2018-02-10"),
    # جورجيا: the US state is not Georgia.
    ("قتل تسعة أشخاص في حادث تحطم طائرة نقل عسكرية في ولاية جورجيا الأمريكية.",
     {"US"}, "BB-internationalNews-459-20180503"),
    ("تهب على المناطق الداخلية بولاية جورجيا، بعدما ضرب فلوريدا", {"US"}, "SK-internationalNews-3420-20181011"),
    # الأردن, تشاد: rivers and lakes are not the states.
    ("تعميد الأطفال في الموالد قدوة بطقس تعميد السيد المسيح في نهر الأردن.",
     set(), "BB-culture-97-20180404"),
    ("وتابع المصدر أن الهجوم وقع في غرب البلاد في منطقة بحيرة تشاد بالقرب من الحدود مع نيجيريا",
     {"NG"}, "SK-internationalNews-70-20180222"),
    # اليمنى "right" folds like اليمني "Yemeni".
    ("لمعالجة إصابته بكسر في مشط القدم اليمنى، على يد طبيب المنتخب البرازيلي",
     {"BR"}, "SK-sport-723-20180415"),
    ("ضيقت قوات الشرعية اليمنية، بإسناد من التحالف، الخناق", {"YE"}, "AL internationalNews, 2018"),
    # The two Congos: Brazzaville's club is the Republic of the Congo (SK-sport-325-20180318).
    ("رغم فوزه على ضيفه كارا برازافيل الكونغولي 3-1، وذلك لخسارته ذهابا", {"CG"},
     "SK-sport-325-20180318"),
    ("وأهدر مهاجمه الكونغولي جونيور كابانانغا هدفاً محققاً", {"CD"}, "corpus, Al Nassr 2018"),
    # Peanuts, not Sudan.
    ("ومنتجات زراعية مثل الذرة الحلوة والفول السوداني وويسكي البوربون", set(), "corpus, US tariffs 2018"),
    # A river's course (مجرى) and the course of events (مجريات) are not Hungarian.
    ("وتأتي 80% من المياه الواردة إلى مجرى النهر الرئيسي من #النيل الأزرق الذي يبنى عليه السد.",
     set(), "AL-internationalNews-1391-20180531"),
    ("طرحت وزيرة الخارجية الأسبق، هيلاري كلينتون، الأحد، تساؤلها حول مجريات تهم التحرش",
     set(), "CN-internationalNews-702-20181015"),
    ("ولم تتدخل الحكومة المجرية في عمل الوكالة", {"HU"}, "corpus phrasing, Hungary 2018"),
    # A sum in US dollars is a currency, not the United States.
    ("يصل إجمالي مبالغها إلى مليارين وخمسمائة مليون دولار أمريكي", set(),
     "FR-internationalNews-1749-20180611"),
])
def test_guards_of_ambiguous_names(text, expected, docno):
    assert codes(text) == expected, docno


@pytest.mark.parametrize(("text", "docno"), [
    ("يأتي منتخب الأرجنتين بعد البرازيل في تصنيف أمريكا اللاتينية", "synthetic from corpus phrasing"),
    ("دول آسيا الوسطى والقوقاز ومنطقة الخليج", "regions only"),
    ("عبر عن تعازيه لأسر الضحايا، وكذلك فعل عدد كبير من الحكومات الأمريكية اللاتينية والأوروبية.",
     "FR-internationalNews-1326-20180519"),
])
def test_regions_are_evidence_for_no_state(text, docno):
    found = codes(text)
    assert "US" not in found
    assert not found - {"AR", "BR"}, docno


def test_the_gaza_strip_says_where_and_tags_no_state():
    from dossier.tagging.tagger import tag_article

    # BB-middleEast-811-20180729 (BBC Arabic)
    body = "أعلنت البحرية الإسرائيلية اعتراض سفينة تحمل علم النرويج كانت تسعى إلى الوصول لقطاع غزة."
    assert set(tag_article("", body).countries) == {"IL", "NO"}
    assert "PS" in codes(body)  # still found as a place, for highlighting and search


def test_regular_nisba_of_a_cldr_name():
    assert gazetteer.nisba("فنزويلا") == "فنزويلي"
    assert gazetteer.nisba("السنغال") == "سنغالي"
    assert gazetteer.nisba("موريتانيا") == "موريتاني"
    assert gazetteer.nisba("سنغافورة") == "سنغافوري"
    assert gazetteer.nisba("مالي") is None
    assert gazetteer.nisba("جنوب السودان") is None
    assert codes("الرئيس الفنزويلي نيكولاس مادورو") == {"VE"}
    assert codes("المهاجم السنغالي بابا ثيام") == {"SN"}


# ---------------------------------------------------------------- topic companions

def _topic_terms(text: str) -> dict[str, set[str]]:
    from dossier.tagging.tagger import _default_lexicons, _topic_hits

    found: dict[str, set[str]] = {}
    for slug, term, _s, _e in _topic_hits(text, _default_lexicons()):
        found.setdefault(slug, set()).add(term)
    return found


def test_nuclear_deal_is_security_and_diplomacy_not_energy():
    # FR-middleEast-341-20180422 (France 24)
    text = ("حذر وزير الخارجية الإيراني محمد جواد ظريف السبت من أنّ إيران مستعدة لاستئناف تخصيب "
            "اليورانيوم بـ\"قوة\" إذا تخلت الولايات المتحدة عن الاتفاق النووي المبرم عام 2015")
    found = _topic_terms(text)
    assert "energy" not in found
    assert "diplomacy" in found and "security" in found


def test_nuclear_power_plants_are_energy():
    # SK-middleEast-2887-20180713 (Sky News Arabia)
    text = ("وكان السودان وقع \"خارطة طريق\" مع روسيا لبناء محطات للطاقة النووية، أثناء زيارة "
            "وزير الكهرباء السوداني إلى موسكو في مارس 2018.")
    assert "energy" in _topic_terms(text)
    assert "security" not in _topic_terms(text)


def test_fiscal_sustainability_is_not_environment():
    # CN-economy-455-20181017 (CNN Arabic): a fiscal programme's "economic sustainability".
    text = ("أكد خالد الرميحي، الرئيس التنفيذي لمجلس التنمية الاقتصادية، في البحرين، أن الترتيبات "
            "الإطارية لدعم برنامج التوازن المالي، التي وقعتها المملكة مع السعودية والإمارات "
            "والكويت، ستساند جهود المملكة في تحقيق الاستدامة الاقتصادية.")
    assert "environment" not in _topic_terms(text)
    assert "environment" not in _topic_terms("أطلقت الحكومة برنامج استدامة لضبط المالية العامة")


def test_environmental_sustainability_is_environment():
    # AL-economy-671-20180527 (Al Arabiya)
    text = ("تتمتع بإطار تنظيمي مستقل هدفه التركيز على الاستدامة البيئية، وتوفير عدة تسهيلات، "
            "كمنح تأشيرة دخول لدى الوصول")
    assert "الاستدامة" in _topic_terms(text).get("environment", set())


def test_companion_and_veto_words_in_a_lexicon_file():
    from dossier.tagging.topics import parse_lexicon

    lexicon = parse_lexicon("# ar: ط\n# en: E\nنووي +طاقة +محطة -تخصيب\nالنفط\n", "energy")
    assert lexicon.terms == ("نووي", "النفط")
    assert lexicon.context_of("نووي") == (("طاقة", "محطة"), ("تخصيب",))
    assert lexicon.context_of("النفط") == ((), ())


def test_tagging_is_the_same_when_the_word_caches_fill_up(monkeypatch):
    from dossier.tagging import words
    from dossier.tagging.tagger import tag_article

    texts = ["قادة مجموعة دول الساحل الخمس (مالي وبوركينا فاسو والنيجر وموريتانيا وتشاد) والرئيس الفرنسي",
             "قالت موسكو إن طهران ترفض العقوبات الأمريكية على الاقتصاد",
             "اجتمع وزراء الطاقة لبحث أسعار النفط في فيينا"]
    expected = [tag_article("", text) for text in texts]
    monkeypatch.setattr(words, "CACHE_LIMIT", 3)
    # Each text brings words the others lack: every one clears the caches and fills them.
    for _ in range(2):
        assert [tag_article("", text) for text in texts] == expected
    assert tag_article("", texts[0] + " " + texts[0]).countries.keys() == expected[0].countries.keys()


def test_historic_names_of_states_and_states_that_are_gone():
    assert codes("عاش الرحالة سنوات في بلاد فارس ثم الحبشة") == {"IR", "ET"}
    assert codes("بعد تفكك يوغوسلافيا والاتحاد السوفياتي") == set()


@pytest.mark.parametrize(("text", "expected", "docno"), [
    # A present-tense verb before its subject, after a particle: the capital is the state.
    ("بأنها وراء إمداد الحوثيين بالصواريخ، وهو ما تنفيه طهران.", {"IR"}, "BB-economy-210-20180804"),
    ("فوق بحر الصين الجنوبي، حيث تقوم بكين بإنشاء جزر اصطناعية", {"CN"},
     "CN-internationalNews-466-20180810"),
    ("ويستخدم التحالف الذي تقوده واشنطن، القاعدة القريبة من الحدود", {"US"},
     "SK-middleEast-3484-20180903"),
    # ...after a state that is its subject, the capital is the object: a place.
    ("بريطانيا تقصف بيروت لإرغام محمد علي باشا على ترك الشام.", {"GB"}, "CN-internationalNews-600-20180911"),
    # Talks and agreements named after their venue name no state.
    ("وقد أدى إعلان انسحاب الولايات المتحدة من اتفاق فيينا (المتعلق ببرنامج إيران النووي)",
     {"US", "IR"}, "SK-middleEast-1594-20180511"),
    ("وقالت إن وجود 400 قتيل يعكس فشل محادثات استانا التي تم خلالها الاتفاق", set(),
     "SK-middleEast-5-20180223"),
    # Across a full stop or a comma the next word opens another clause.
    ("مقاطعة مؤتمر للعلماء المسلمين في جاكرتا.\nتطلع أمريكي للنصر", {"US"}, "FR-internationalNews-410-20180313"),
    ("ارتفعت الأسواق في هونغ كونغ، وطوكيو بنسبة 1.3 في المئة.", {"HK"}, "BB-economy-182-20180706"),
])
def test_capitals_for_their_state_in_one_clause(text, expected, docno):
    assert set(tag_article("", text).countries) == expected, docno


@pytest.mark.parametrize(("text", "expected", "docno"), [
    # Georgia among US states; the Gulf of Mexico; Panama City, Florida.
    ("دون كهرباء في ولايات فلوريدا وألاباما وجورجيا، حسبما ذكرت خدمات الطواريء.", set(),
     "BB-internationalNews-1179-20181011"),
    ("زادت المياه الدافئة في خليج المكسيك من قوة الإعصار", set(), "BB-internationalNews-1179-20181011"),
    ("عندما كانا في منزلهما في شاطي مدينة بنما، في فلوريدا", set(), "BB-internationalNews-1179-20181011"),
    # Oman in a list of national teams; spellings the press uses.
    ("فيضم منتخبات قيرغزستان ولبنان وفلسطين وعمان والهند وفيتنام.", {"KG", "LB", "PS", "OM", "IN", "VN"},
     "SK-sport-674-20180412"),
    ("\"أسود\" المغرب تخطوا أوزباكستان 2-صفر", {"MA", "UZ"}, "FR-sport-50-20180328"),
    ("وحلت سنغافورة وسلوفانيا في أعلى الترتيب", {"SG", "SI"}, "SK-middleEast-2055-20180531"),
    # The accusative of a nisba (فلسطينيا، إيرانيا); a sum in dollars is still no state.
    ("أدت إلى مقتل أكثر من 140 فلسطينيا. واستهدفت الدبابات", {"PS"}, "SK-internationalNews-2743-20180720"),
    ("من قبضة مليشيات الحوثي الانقلابية المدعومة إيرانيا", {"IR"}, "SK-middleEast-3156-20180728"),
    ("أما سعره فيبلغ 957 دولارا أميركيا.", set(), "SK-technology-1261-20180807"),
    # A listed form is read as itself before a derived one: برازيليا is Brasilia (a city
    # here), not برازيلي + the accusative; سعودية without the article is still Saudi.
    ("أما ملعب برازيليا العالمي فتحول إلى موقف باصات", set(), "AL-economy-722-20180531"),
    ("استهدفت ناقلة نفط سعودية في البحر الأحمر", {"SA"}, "SK-middleEast-3099-20180725"),
])
def test_more_guards_and_spellings(text, expected, docno):
    assert set(tag_article("", text).countries) == expected, docno


@pytest.mark.parametrize(("text", "expected", "docno"), [
    # روسي as the surname Rossi is no Russian; as an adjective it still is.
    ("فقد سجل دانيلي دي روسي الهدف الأول في مرماه", set(), "BB-sport-95-20180404"),
    ("فيما مرت رأسية لدي روسي قريبة جدا من القائم الأيسر", set(), "SK-sport-653-20180410"),
    ("والمهاجم باولو روسي الذي عاد من الإيقاف عامين للتو", set(), "AL-sport-1858-20180607"),
    ("والإيطالي فالنتينو روسي (ياماها) رابعا", {"IT"}, "SK-sport-826-20180423"),
    ("وكاد مدافعه البرازيلي ايفان روسي أن يسجل هدف التعادل", {"BR"}, "AL-sport-368-20180302"),
    ("ويتواجد حوالى ثلاثة آلاف جندي روسي في سوريا", {"RU", "SY"}, "SK-middleEast-1398-20180503"),
])
def test_the_surname_rossi_is_no_russian(text, expected, docno):
    assert set(tag_article("", text).countries) == expected, docno


def test_armed_violence_in_the_press_words_is_security():
    # FR-internationalNews-1042-20180502 (France 24)
    text = ("أعلنت مصادر رسمية ليبية أن هجوما انتحاريا استهدف مقر المفوضية الوطنية العليا "
            "للانتخابات في طرابلس")
    assert {"هجوم", "انتحاري"} <= _topic_terms(text).get("security", set())


def test_a_teams_defence_and_a_space_rocket_are_not_security():
    # Sky News Arabia match reports SK-sport-2200-20180715, SK-sport-2623-20180906 and
    # SK-sport-2303-20180722; AL-technology-21-20180207 (Al Arabiya).
    for sport in ("كرواتيا تبدو الطرف الأخطر في بداية المباراة، ولكن دفاع فرنسا متماسك جدا",
                  "وأضاف \"في وقت متأخر من المباراة بدأنا الهجوم بضراوة عندما وجدنا أن قوة فرنسا تراجعت",
                  "وهو ما يشير إلى أن المدرب الإسباني سيدشن هجوما جديدا"):
        assert "security" not in _topic_terms(sport), sport
    rocket = ("أطلقت شركة \"سبيس إكس\" بنجاح صاروخها فالكون هيفي، أقوى صاروخ في العالم، إلى "
              "الفضاء في أول اختبار")
    assert "security" not in _topic_terms(rocket)
    # FR-culture-89-20180530 (France 24): an obituary's struggle with illness.
    assert "security" not in _topic_terms("رحيل \"سمراء النيل\" مديحة يسري بعد صراع مع المرض")


def test_oil_shipments_and_airliners():
    # BB-economy-210-20180804 (BBC Arabic); SK-technology-988-20180627 (Sky News Arabia)
    oil = "وأوقفت السعودية نقل شحنات النفط عبر المضيق بشكل مؤقت بعد هجمات تعرضت لها ناقلتا نفط"
    assert "energy" in _topic_terms(oil)
    plane = "عرضت شركة \"بوينغ\" الأميركية، تصميما لطائرة فائقة السرعة"
    assert "طائرة" in _topic_terms(plane).get("transport", set())
    drone = "أسقطت الدفاعات الجوية طائرة مسيرة قرب الحدود"
    assert "transport" not in _topic_terms(drone)


@pytest.mark.parametrize(("text", "expected", "docno"), [
    ("ناد لينفيلد من آيرلندا الشمالية وضع اسمه في القائمة", {"GB"}, "SK-sport-243-20180313"),
    ("اعتبر الأمين العام لمنظمة الدول الأميركية، لويس ألماغرو، أن وصول ميغيل دياز-كاني",
     set(), "SK-internationalNews-1039-20180420"),
    ("ضد كل من تنظيم الدولة الإسلامية في العراق والشام أو ما يُعرف بـ\"داعش\"", set(),
     "CN-middleEast-2-20180218"),
    ("إياب دور 16 بالدوري الأوروبي يوم الخميس المقبل في استاد الإمارات", set(), "AL-sport-588-20180313"),
    ("ووجدت بحوث طبية أن الشخص الذي يشرب كوبا من عصير التفاح كل يوم", set(), "SK-technology-964-20180622"),
    # "In English" is the language, as اللغة الإنجليزية is.
    ("وكشف مصدر لموقع العربية الناطق بالإنجليزية Al Arabiya English أن مصير الطبيب موضع", set(),
     "AL-internationalNews-1372-20180529"),
])
def test_names_inside_other_names(text, expected, docno):
    assert set(tag_article("", text).countries) == expected, docno


def test_warplanes_are_not_aviation():
    # BB-middleEast-957-20180906 (BBC Arabic)
    text = "فيخشى السكان من تهديد الغارات الجوية التي تشنها الطائرات الروسية والسورية"
    assert "transport" not in _topic_terms(text)
