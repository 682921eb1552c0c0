"""Turning saved .txt pages into articles: the five seeds, encodings, rejections, dates."""

from __future__ import annotations

import codecs
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.ingest.dates import date_line
from dossier.ingest.parse import (
    MAX_BYTES,
    ImportRejected,
    ParsedArticle,
    body_hash,
    decode,
    load_manifest,
    parse_article,
)
from dossier.model import PARAGRAPH, SUBHEADING
from dossier.paths import seeds_dir

SEEDS = seeds_dir()
S000 = "000_0290b1f6c9393cac.txt"
S001 = "001_03f96b0d8c87b516.txt"
S002 = "002_d4d09faeb9897cfb.txt"
S003 = "003_785bb73532806551.txt"
S004 = "004_499f54f26e117b9c.txt"


def seed(name: str) -> ParsedArticle:
    return parse_article(decode((SEEDS / name).read_bytes()), name)


def texts(article: ParsedArticle, kind: str) -> list[str]:
    return [article.body[b.start:b.end] for b in article.blocks if b.kind == kind]


def assert_consistent(article: ParsedArticle) -> None:
    assert article.blocks
    pieces = [article.body[b.start:b.end] for b in article.blocks]
    assert "\n".join(pieces) == article.body
    for piece in pieces:
        assert piece and piece == piece.strip()
    assert all(b.kind in (PARAGRAPH, SUBHEADING) for b in article.blocks)


# ---------------------------------------------------------------- the seeds

@pytest.mark.parametrize(("name", "title", "derived"), [
    (S000, "أوزبكستان وكازاخستان شراكة من أجل مستقبل مستدام للمنطقة", False),
    (S001, "كازاخستان...جهود وخطط طموحة لتحقيق الاستدامة البيئية لحماية التنوع البيولوجى عالميا", False),
    (S002, "ومن المقرر أن يجتمع زعماء آسيا الوسطى في طشقند في وقت لاحق…", True),
    (S003, "الاجتماع التشاوري السادس لرؤساء دول آسيا الوسطى يوافق على مسار التكامل", False),
    (S004, "أعلنت أوزبكستان وكازاخستان عن إطلاق مشاريع مشتركة جديدة بقيمة 1.3 مليار دولار…", True),
])
def test_seed_titles(name, title, derived):
    article = seed(name)
    assert article.title == title
    assert article.title_derived is derived
    assert article.language == "ar"
    assert_consistent(article)
    if derived:
        # The opening sentence the title came from stays in the body.
        assert article.body.startswith(title.rstrip("…"))
    else:
        assert title not in article.body


def test_section_label_is_taken_off_the_top():
    article = seed(S003)
    assert article.section_label == "Gündəm"
    assert "Gündəm" not in article.body
    assert all(seed(n).section_label is None for n in (S000, S001, S002, S004))


def test_dateline_and_byline_of_001_leave_the_body():
    article = seed(S001)
    assert article.published == "2025-07-09"
    assert article.author == "فاطمة بدوي"
    assert article.body.startswith("برزت كازاخستان كلاعب فاعل")
    assert "09:26" not in article.body and "فاطمة بدوي" not in article.body
    assert "طباعة" not in article.body.split("\n")


def test_dates_inside_sentences_are_not_datelines():
    # 003 says "في 9 أغسطس 2024" inside its first paragraph.
    assert seed(S003).published is None
    assert seed(S000).published is None


def test_signature_gives_the_author_and_stays_as_paragraphs():
    article = seed(S000)
    assert article.author == "محمود خيداروف"
    tail = [article.body[b.start:b.end] for b in article.blocks[-3:]]
    assert tail == [
        "محمود خيداروف،",
        "أخصائي رئيسي في إدارة التعاون الدولي",
        "والتصنيفات بوزارة البيئة وحماية البيئة وتغير المناخ",
    ]
    assert all(b.kind == PARAGRAPH for b in article.blocks)
    assert "اترك تعليقاً" not in article.body


@pytest.mark.parametrize(("name", "subheadings"), [
    (S000, []),
    (S001, ["كازاخستان تقترح استضافة قمة بيئية إقليمية 2026", "تحديات بيئية",
            "بحر قزوين محطة بيئية", "كازاخستان واليورانيوم",
            "خطط كازاخستان لتحقيق الاستدامة البيئية",
            "كازاخستان و إنشاء مكبات كربونية لتقليل التأثير"]),
    (S002, ["الآليات اللازمة لبناء الثقة", "مرحلة جديدة من التكامل الإقليمي", "أصل التنسيق"]),
    (S003, ["تجميع المواقع"]),
    (S004, ["التكامل الاقتصادي والنمو التجاري", "توكاييف يُمنح “صداقة رفيعة المستوى”",
            "العلاقات الأوزبكية الأذربيجانية"]),
])
def test_subheadings_are_blocks(name, subheadings):
    assert texts(seed(name), SUBHEADING) == subheadings


@pytest.mark.parametrize(("name", "last_words", "paragraphs"), [
    (S000, "حيث يساهم كل قرار مشترك في مستقبل المنطقة الأخضر المشترك.", 4),
    (S001, "في الحملة البيئية \"تازة قازاقستان\" في عام 2024.", 63),
    (S002, "الممر الأوسط الذي يربط آسيا الوسطى بأوروبا.", 21),
    (S003, "نتطلع إلى الاجتماع مرة أخرى في باكو في نوفمبر المقبل.", 13),
    (S004, "في صناعة السيارات والطاقة والسياحة وقطاعات أخرى في مرحلة التنفيذ النشط.", 25),
])
def test_furniture_goes_and_the_last_paragraph_stays(name, last_words, paragraphs):
    article = seed(name)
    real = texts(article, PARAGRAPH)
    if name == S000:
        real = real[:-3]  # the signature
    assert real[-1].endswith(last_words)
    assert len(texts(article, PARAGRAPH)) == paragraphs
    assert not article.body.endswith(("\n", " "))


def test_003_page_furniture_is_gone():
    body = seed(S003).body
    for junk in ("Leave a Reply", "Your email address", "زر الذهاب إلى الأعلى",
                 "مقالات ذات صلة", "العلامات للترجمة"):
        assert junk not in body
    assert body.split("\n")[-1].startswith("صرح علييف")


def test_body_keeps_the_articles_own_characters():
    body = seed(S000).body
    assert "في آسيا الوسطى.يُدعم الشراكة" in body  # odd spacing and tashkeel kept
    raw = (SEEDS / S000).read_text(encoding="utf-8")
    assert all(body[b.start:b.end] in raw for b in seed(S000).blocks)


def test_furniture_phrase_inside_a_sentence_stays():
    text = ("عنوان الخبر\n\nقال المتحدث إن القراء يمكنهم أن يتركوا تعليقاً، ثم ضغط زر الذهاب إلى الأعلى.\n"
            "طباعة\nشارك\nأضف تعليق\nLeave a Reply\n")
    article = parse_article(text)
    assert article.body == "قال المتحدث إن القراء يمكنهم أن يتركوا تعليقاً، ثم ضغط زر الذهاب إلى الأعلى."


def test_a_related_list_goes_and_the_text_after_it_stays():
    text = ("عنوان\n\nفقرة أولى من الخبر تنتهي هنا.\nمقالات ذات صلة\nخبر آخر\nخبر ثالث\n"
            "فقرة ثانية من الخبر نفسه.\n")
    article = parse_article(text)
    assert article.body == "فقرة أولى من الخبر تنتهي هنا.\nفقرة ثانية من الخبر نفسه."
    assert [r.text for r in article.removed if r.role in ("related", "teaser")] == [
        "مقالات ذات صلة", "خبر آخر", "خبر ثالث"]


def test_read_also_links_and_share_rows_go():
    text = ("عنوان\n\nفقرة أولى من الخبر.\nاقرأ أيضاً:\nقمة جديدة في طشقند\n"
            "اقرأ أيضا: رابط آخر\nفيسبوك | تويتر | واتساب\nشارك على فيسبوك\nفقرة ثانية.\n")
    assert parse_article(text).body == "فقرة أولى من الخبر.\nفقرة ثانية."


def test_label_in_another_script_above_a_headless_article():
    article = parse_article("Gündəm\n\nانعقد الاجتماع في طشقند أمس بحضور خمسة رؤساء.\n")
    assert article.section_label == "Gündəm"
    assert article.title == "انعقد الاجتماع في طشقند أمس بحضور خمسة رؤساء"
    assert article.title_derived


# ---------------------------------------------------------------- encodings

@pytest.mark.parametrize("name", [S000, S002, S004])
def test_same_article_in_every_encoding(name):
    text = (SEEDS / name).read_text(encoding="utf-8")
    reference = parse_article(decode(text.encode("utf-8")))
    crlf = text.replace("\n", "\r\n")
    variants = [
        codecs.BOM_UTF8 + text.encode("utf-8"),
        crlf.encode("utf-8"),
        crlf.encode("cp1256"),
        text.replace("\n", "\r").encode("cp1256"),
        text.encode("utf-16"),
    ]
    for data in variants:
        article = parse_article(decode(data))
        assert article == reference
        assert body_hash(article.body) == body_hash(reference.body)


def test_body_hash_ignores_spacing_and_spelling_forms_but_not_words():
    body = seed(S002).body
    assert body_hash(body) == body_hash(body.replace(" ", "  ").replace("\n", "\n\n"))
    assert body_hash("أَحمد قال") == body_hash("احمد قال")
    assert body_hash(body) != body_hash(body.replace("طشقند", "أستانا"))
    assert re.fullmatch(r"[0-9a-f]{64}", body_hash(body))


@pytest.mark.parametrize(("data", "code"), [
    (b"", "empty"),
    (b"   \r\n\t\n  ", "empty"),
    (codecs.BOM_UTF8 + b"  \n", "empty"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary"),
    (bytes(range(1, 32)) * 20, "binary"),
    (b"a" * (MAX_BYTES + 1), "too_large"),
    (bytes(range(0xC1, 0xFF)) * 8, "undecodable"),
    (codecs.BOM_UTF8 + b"\xff\xfe\xfd abc", "undecodable"),
])
def test_rejections(data, code):
    with pytest.raises(ImportRejected) as info:
        decode(data)
    assert info.value.code == code
    assert info.value.message and str(info.value) == info.value.message


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.characters(max_codepoint=0x20), st.sampled_from("a ب\x7f\u0085é")),
               max_size=80))
def test_control_characters_counted_on_utf8_bytes_as_on_the_text(text):
    from dossier.ingest.decoding import _is_binary

    assert _is_binary(text, text.encode("utf-8")) == _is_binary(text)


def test_no_text_after_cleaning():
    with pytest.raises(ImportRejected) as info:
        parse_article("اترك تعليقاً\n\nزر الذهاب إلى الأعلى\n", "x.txt")
    assert info.value.code == "no_text"
    assert "x.txt" in info.value.message


def test_a_lone_line_is_body_with_a_derived_title():
    article = parse_article("خبر قصير من سطر واحد")
    assert article.body == "خبر قصير من سطر واحد"
    assert article.title_derived and article.title == "خبر قصير من سطر واحد"


def test_english_text_is_marked_english():
    article = parse_article("Leaders meet in Tashkent\n\nThe summit opens on Friday with five presidents.\n")
    assert (article.title, article.language) == ("Leaders meet in Tashkent", "en")


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.binary(max_size=400),
    st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.text(alphabet="أبتثجحخدذرسشصضطظعغفقكلمنهوي ًٌٍَُِّ.،؟:\n\r“”-0123456789 ", max_size=400)
    .map(lambda t: t.encode("cp1256")),
))
def test_any_bytes_give_an_article_or_a_rejection(data):
    try:
        article = parse_article(decode(data))
    except ImportRejected as rejected:
        assert rejected.code in {"empty", "binary", "undecodable", "too_large", "no_text"}
        return
    assert_consistent(article)
    assert article.title
    assert article.published is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", article.published)


# ---------------------------------------------------------------- dates

@pytest.mark.parametrize(("line", "iso"), [
    ("الأربعاء 09/يوليو/2025 - 09:26 م", "2025-07-09"),
    ("9 أغسطس 2024", "2024-08-09"),
    ("٩ آب/أغسطس ٢٠٢٤", "2024-08-09"),
    ("السبت، 5 تشرين الأول 2024", "2024-10-05"),
    ("12 كانون الثاني 2023", "2023-01-12"),
    ("3 جويلية 2022", "2022-07-03"),
    ("15 أوت 2021 - 10:00", "2021-08-15"),
    ("نشر في 2024-08-09 10:00", "2024-08-09"),
    ("09/07/2025", "2025-07-09"),
    ("انعقد الاجتماع في 9 أغسطس 2024 بقيادة الرئيس", None),
    ("31/02/2024", None),
])
def test_datelines(line, iso):
    assert date_line(line) == iso


def test_dateline_above_a_headline_and_explicit_byline():
    text = "12 كانون الثاني 2023\nعنوان الخبر هنا\nبقلم: سامي يوسف\n\nنص الخبر الأول.\n"
    article = parse_article(text)
    assert (article.title, article.published, article.author) == ("عنوان الخبر هنا", "2023-01-12", "سامي يوسف")
    assert article.body == "نص الخبر الأول."


# ---------------------------------------------------------------- manifest and layering

def test_manifest_covers_every_seed():
    manifest = load_manifest(SEEDS)
    assert set(manifest) == {p.name for p in SEEDS.glob("*.txt")}
    for entry in manifest.values():
        assert set(entry) == {"outlet", "author", "date", "basis"}
        assert entry["outlet"] and entry["basis"]
        assert entry["date"] is None or re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["date"])
    assert manifest[S001]["date"] == seed(S001).published
    assert manifest[S001]["author"] == seed(S001).author


def test_missing_manifest_is_empty(tmp_path: Path):
    assert load_manifest(tmp_path) == {}
    (tmp_path / "manifest.json").write_text(json.dumps({"a.txt": {"outlet": "x"}, "_note": "n"}))
    assert load_manifest(tmp_path) == {"a.txt": {"outlet": "x"}}


def test_core_does_not_load_qt():
    code = "import sys, dossier.ingest.parse; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)
