"""New inputs (saved web pages, JSON Lines and CSV exports), originals kept verbatim,
near-duplicates linked, mojibake repaired or refused; through the real importer and CLI.

Headlines and paragraphs are copied from the ANT Corpus v2.1 (Chouigui, Ben Khiroun,
Elayeb, Arabian Journal for Science and Engineering 46(8), 2021), with their DOCNO.
"""

from __future__ import annotations

import csv
import io
import json

from dossier.cli import main
from dossier.ingest import importer
from dossier.storage import originals_repo, repeats_repo

from tests.real_press import PARAS, TITLE
# AL-sport-1925-20180612 (Al Arabiya, a wire story of د ب أ)
NIGERIA_TITLE = "مدرب نيجيريا يخشى تأثير الصيام على لاعبيه"
NIGERIA = [
    "أعرب الألماني جيرنو روهر المدير الفني للمنتخب النيجيري عن خشيته من أن يكون للصيام خلال "
    "شهر رمضان تأثيرا سلبيا على لاعبيه في بداية مشوارهم في بطولة كأس العالم 2018 بروسيا.",
    "وقال روهر في تصريحات لوكالة الأنباء الألمانية (د.ب.أ): في المباراة الأولى لن يكون سهلا "
    "تفادي هذا الأمر. ويوجد عدد كبير من اللاعبين المسلمين في المنتخب النيجيري.",
    "وأضاف المدرب الألماني (64 عاماً) قائلا: فقدان الطاقة لا يمكن موازنته خلال فترة قصيرة، "
    "هذا ما سنواجهه خلال المباراة الأولى.",
]


def page(*lines: str) -> str:
    return "\n".join(lines) + "\n"


def test_the_original_file_is_kept_verbatim_with_what_was_removed(empty_library, tmp_path):
    raw = page(TITLE, "أبوظبي - سكاي نيوز عربية", "مشاركة", *PARAS, "مواضيع ذات صلة", "خبر آخر")
    data = ("\ufeff" + raw.replace("\n", "\r\n")).encode("utf-8")
    (tmp_path / "sky.txt").write_bytes(data)
    report = empty_library.import_paths([tmp_path / "sky.txt"])
    article_id = report.article_ids[0]
    original = originals_repo.get(empty_library.db, article_id)
    assert originals_repo.file_bytes(empty_library.db, original.file_id) == data
    assert (original.format, original.record) == ("txt", 0)
    roles = {text: role for _n, role, text in original.removed}
    assert roles == {TITLE: "title", "أبوظبي - سكاي نيوز عربية": "byline", "مشاركة": "share",
                     "مواضيع ذات صلة": "related", "خبر آخر": "teaser"}
    assert empty_library.article(article_id).body == "\n".join(PARAS)


def test_a_saved_web_page_keeps_headline_date_author_and_url(empty_library, tmp_path):
    html = f"""<!doctype html><html lang="ar" dir="rtl"><head>
    <title>{TITLE} | سكاي نيوز عربية</title>
    <meta property="og:title" content='{TITLE}'>
    <meta name="author" content="سكاي نيوز عربية">
    <meta property="article:published_time" content="2018-07-29T18:08:25+04:00">
    <meta property="og:site_name" content="سكاي نيوز عربية">
    <link rel="canonical" href="https://www.skynewsarabia.com/middle-east/1170000">
    </head><body><nav><a href="/">الرئيسية</a> <a href="/middle-east">الشرق الأوسط</a></nav>
    <article><h1>{TITLE}</h1><p>{PARAS[0]}</p><p>{PARAS[1]}</p><p>{PARAS[2]}</p></article>
    <aside><h3>الأكثر قراءة</h3><ul><li><a href="/x">عنوان خبر آخر</a></li></ul></aside>
    <footer>جميع الحقوق محفوظة © 2018</footer></body></html>"""
    (tmp_path / "page.html").write_text(html, encoding="utf-8")
    report = empty_library.import_paths([tmp_path])
    assert report.imported == 1, report.results
    article = empty_library.article(report.article_ids[0])
    assert article.title == TITLE
    assert article.body == "\n".join(PARAS)
    assert article.source.published == "2018-07-29"
    assert article.source.url == "https://www.skynewsarabia.com/middle-east/1170000"
    assert article.source.outlet == "سكاي نيوز عربية"


def _rows():
    return [
        {"title": TITLE, "body": "\n".join(PARAS), "source": {"name": "سكاي نيوز عربية"},
         "author": "أبوظبي - سكاي نيوز عربية", "publishedAt": "2018-07-29T18:08:25Z",
         "url": "https://www.skynewsarabia.com/middle-east/1170000"},
        {"headline": NIGERIA_TITLE, "text": "\n".join(NIGERIA), "outlet": "العربية",
         "byline": "موسكو - د ب أ", "date": "Tue, 12 Jun 2018 17:30:33 +0400"},
    ]


def test_json_lines_export_one_result_per_row_and_bad_rows_refused(empty_library, tmp_path):
    lines = [json.dumps(r, ensure_ascii=False) for r in _rows()]
    lines.insert(1, "{not json")
    lines.append(json.dumps({"title": "بلا نص"}, ensure_ascii=False))
    (tmp_path / "export.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = empty_library.import_paths([tmp_path / "export.jsonl"])
    assert [(r.path.rsplit("/", 1)[-1], r.status) for r in report.results] == [
        ("export.jsonl#1", "imported"), ("export.jsonl#2", "rejected"),
        ("export.jsonl#3", "imported"), ("export.jsonl#4", "rejected")]
    assert "line 2" in report.results[1].message and "row 4" in report.results[3].message
    sky, nigeria = (empty_library.article(i) for i in report.article_ids)
    assert (sky.title, sky.source.outlet, sky.source.published) == (TITLE, "سكاي نيوز عربية", "2018-07-29")
    assert (nigeria.title, nigeria.source.author, nigeria.source.published) == (
        NIGERIA_TITLE, "موسكو - د ب أ", "2018-06-12")
    assert nigeria.body == "\n".join(NIGERIA)
    # Both rows point at the one stored file, by their line.
    a, b = (originals_repo.get(empty_library.db, i) for i in report.article_ids)
    assert a.file_id == b.file_id and (a.record, b.record) == (1, 3)


def test_csv_export_with_semicolons_and_arabic_headers(empty_library, tmp_path):
    out = io.StringIO()
    writer = csv.writer(out, delimiter=";")
    writer.writerow(["العنوان", "النص", "المصدر", "التاريخ", "الرابط"])
    writer.writerow([NIGERIA_TITLE, "\n".join(NIGERIA), "العربية", "2018-06-12", "https://example.org/a"])
    writer.writerow(["بلا نص", "", "العربية", "2018-06-12", ""])
    (tmp_path / "export.csv").write_bytes(out.getvalue().encode("utf-8-sig"))
    report = empty_library.import_paths([tmp_path])
    assert [r.status for r in report.results] == ["imported", "rejected"]
    article = empty_library.article(report.article_ids[0])
    assert (article.title, article.source.outlet, article.source.url) == (
        NIGERIA_TITLE, "العربية", "https://example.org/a")
    assert article.body == "\n".join(NIGERIA)


def test_a_table_without_a_text_column_is_refused_in_one_line(empty_library, tmp_path):
    (tmp_path / "t.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    report = empty_library.import_paths([tmp_path / "t.csv"])
    assert [(r.status, r.code) for r in report.results] == [("rejected", "no_text_column")]


def test_near_duplicates_are_imported_and_linked(empty_library, tmp_path):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "a.txt").write_text(page(TITLE, *PARAS), encoding="utf-8")
    # The same story saved from another page: other furniture around it.
    (folder / "b.txt").write_text(page("الرئيسية / الشرق الأوسط", TITLE, "منذ 3 ساعات", "طباعة",
                                       *PARAS, "اقرأ أيضاً: خبر آخر"), encoding="utf-8")
    # A few words changed.
    changed = [PARAS[0].replace("جاهدا", "بكل قوته"), PARAS[1], PARAS[2].replace("400", "أربعمئة")]
    (folder / "c.txt").write_text(page(TITLE, *changed), encoding="utf-8")
    # The same wire story cut short by another outlet, under its own headline.
    (folder / "d.txt").write_text(page("النظام السوري يصدر شهادات وفاة المعتقلين", *PARAS[1:]),
                                  encoding="utf-8")
    # Another story entirely.
    (folder / "e.txt").write_text(page(NIGERIA_TITLE, *NIGERIA), encoding="utf-8")
    report = empty_library.import_paths([folder])
    status = {r.path.rsplit("/", 1)[-1]: (r.status, r.near_duplicate_of) for r in report.results}
    first = report.results[0].article_id
    assert status["a.txt"] == ("imported", None)
    assert status["b.txt"] == ("duplicate", None)  # furniture removed: the very same words
    assert status["c.txt"] == ("imported", first)
    assert status["d.txt"] == ("imported", first)
    assert status["e.txt"] == ("imported", None)
    assert [i for i, _ in repeats_repo.repeats_of(empty_library.db, first)] == [
        r.article_id for r in report.results if r.path.endswith(("c.txt", "d.txt"))]


def test_import_json_says_near_duplicate_of(tmp_path, capsys):
    (tmp_path / "a.txt").write_text(page(TITLE, *PARAS), encoding="utf-8")
    (tmp_path / "b.txt").write_text(page(TITLE, PARAS[0].replace("جاهدا", "بكل قوته"), *PARAS[1:]),
                                    encoding="utf-8")
    db = str(tmp_path / "lib.sqlite")
    assert main(["--db", db, "import", str(tmp_path / "a.txt"), str(tmp_path / "b.txt"), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    first, second = data["files"]
    assert first["near_duplicate_of"] is None and second["near_duplicate_of"] == first["article_id"]
    assert data["near_duplicates"] == 1


def test_mojibake_is_repaired_or_refused(empty_library, tmp_path):
    text = page(TITLE, *PARAS)
    # UTF-8 read as Windows-1252 the way browsers do (undefined bytes kept), saved again.
    latin = text.encode("utf-8").decode("sloppy-windows-1252" if _has_sloppy() else "latin-1")
    (tmp_path / "latin.txt").write_text(latin, encoding="utf-8")
    # UTF-8 read as Windows-1256 (Arabic Windows) and saved again.
    arabic = text.encode("utf-8").decode("cp1256", errors="strict")
    (tmp_path / "arabic.txt").write_text(arabic, encoding="utf-8")
    # Garbled beyond repair: the lost bytes were replaced.
    broken = text.encode("utf-8").decode("cp1252", errors="replace").replace("\ufffd", "?")
    (tmp_path / "broken.txt").write_text(broken, encoding="utf-8")
    report = empty_library.import_paths([tmp_path])
    by_name = {r.path.rsplit("/", 1)[-1]: r for r in report.results}
    assert by_name["arabic.txt"].status == "imported"  # files are read in name order
    assert empty_library.article(by_name["arabic.txt"].article_id).title == TITLE
    assert empty_library.article(by_name["arabic.txt"].article_id).body == "\n".join(PARAS)
    assert by_name["latin.txt"].status == "duplicate"  # the same words once repaired
    assert (by_name["broken.txt"].status, by_name["broken.txt"].code) == ("rejected", "mojibake")
    assert "Ø§Ù„" in by_name["broken.txt"].message


def _has_sloppy() -> bool:
    import codecs

    import ftfy.bad_codecs  # noqa: F401  (registers the sloppy codecs)
    try:
        codecs.lookup("sloppy-windows-1252")
        return True
    except LookupError:
        return False


def test_workers_and_one_process_store_the_same(tmp_path):
    from dossier.library import Library

    folder = tmp_path / "x"
    folder.mkdir()
    for n in range(6):
        (folder / f"{n}.txt").write_text(page(TITLE, *PARAS[: 1 + n % 3], f"فقرة رقم {n} من الخبر."),
                                         encoding="utf-8")
    rows = [json.dumps(r, ensure_ascii=False) for r in _rows()]
    (folder / "z.jsonl").write_text("\n".join(rows), encoding="utf-8")
    old = importer._BATCH
    importer._BATCH = 2
    try:
        with Library(tmp_path / "1.sqlite", seed=False) as one, Library(tmp_path / "2.sqlite", seed=False) as two:
            a = one.import_paths([folder])
            b = two.import_paths([folder], workers=2)
    finally:
        importer._BATCH = old
    strip = [(r.path, r.status, r.near_duplicate_of, r.title) for r in a.results]
    assert strip == [(r.path, r.status, r.near_duplicate_of, r.title) for r in b.results]
