"""Dates as pages and feeds print them: every Arabic region's month names, Hijri beside
Gregorian, outlets' datelines, feed stamps, relative stamps.

Sentences marked with a DOCNO are copied from the ANT Corpus v2.1 (Chouigui, Ben
Khiroun, Elayeb, Arabian Journal for Science and Engineering 46(8), 2021). Dateline
shapes are those the outlets print above their articles.
"""

from __future__ import annotations

import pytest

from dossier.ingest.dates import date_line, find_date, hijri_to_gregorian, relative_stamp, stamp_date


@pytest.mark.parametrize(("line", "iso"), [
    # Al Arabiya: the Hijri date beside the Gregorian one; the Gregorian wins.
    ("الأحد 2 ذو القعدة 1439هـ - 15 يوليو 2018م", "2018-07-15"),
    ("الخميس 26 رجب 1439 هـ - 12 أبريل 2018 م", "2018-04-12"),
    ("نشر في: 15 يوليو 2018 21:56", "2018-07-15"),
    # Sky News Arabia: the time "بتوقيت أبوظبي".
    ("آخر تحديث: 21:56 بتوقيت أبوظبي الأحد 15 يوليو 2018", "2018-07-15"),
    ("تاريخ النشر: 15 يوليو 2018 - 9:56 مساء بتوقيت أبوظبي", "2018-07-15"),
    # CNN Arabic: paired month names, GMT, and Mecca time without a colon.
    ("نشر يوم الأحد، 15 يوليو/تموز 2018؛ 09:56 م GMT (1756 بتوقيت مكة المكرمة)", "2018-07-15"),
    # BBC Arabic and France 24.
    ("15 يوليو/ تموز 2018", "2018-07-15"),
    ("نشرت في: 15/07/2018 - 21:56 آخر تحديث: 15/07/2018 - 22:10", "2018-07-15"),
    # Morocco, Mauritania, Tunisia and Algeria, the Levant (CLDR's month names).
    ("الاثنين 16 يوليوز 2018", "2018-07-16"),
    ("3 غشت 2018", "2018-08-03"),
    ("12 نونبر 2018", "2018-11-12"),
    ("1 شتنبر 2018 - 10:00", "2018-09-01"),
    ("20 دجنبر 2018", "2018-12-20"),
    ("7 أغشت 2018", "2018-08-07"),
    ("3 جويلية 2022", "2022-07-03"),
    ("الثلاثاء 15 جانفي 2019", "2019-01-15"),
    ("15 أوت 2021 - 10:00", "2021-08-15"),
    ("السبت، 5 تشرين الأول 2024", "2024-10-05"),
    ("٩ آب/أغسطس ٢٠٢٤", "2024-08-09"),
    ("الأربعاء 09/يوليو/2025 - 09:26 م", "2025-07-09"),
    # A Hijri date alone, read with the arithmetic calendar.
    ("2 ذو القعدة 1439 هـ", "2018-07-15"),
    # Feed stamps as written on the page.
    ("Sun, 15 Jul 2018 21:56:56 +0400", "2018-07-15"),
    ("2018-07-15T21:56:56+04:00", "2018-07-15"),
    ("Published 15 July 2018", "2018-07-15"),
    ("15 juillet 2018", "2018-07-15"),
    # Not datelines: a date inside a sentence, an impossible date.
    ("انعقد الاجتماع في 9 أغسطس 2024 بقيادة الرئيس", None),
    ("31/02/2024", None),
    ("ودخل الأسود الفلبين في يوليو/ تموز 2016 من إيران", None),
])
def test_datelines(line, iso):
    assert date_line(line) == iso


@pytest.mark.parametrize(("sentence", "iso", "docno"), [
    ("صدر في الجريدة الرسمية يوم 24 غشت 2010، إلا أن المرسوم", "2010-08-24", "AL-sport-689-20180317"),
    ("كانت في 13 نونبر 2012، ولم يدم اللقاء حينها سوى 3 دقائق", "2012-11-13", "SK-middleEast-3165-20180729"),
    ("إلى مائدة مستديرة أولية في جنيف\" ، يومي 5 و6 دجنبر 2018.", "2018-12-06", "SK-middleEast-3739-20181005"),
])
def test_maghreb_months_in_real_sentences(sentence, iso, docno):
    found = find_date(sentence)
    assert found is not None and found[0] == iso, docno


def test_a_stadium_named_after_a_day_is_not_a_date():
    # AL sport: "رفضت إجراء لقاء الكأس في ملعب 5 جويلية" (no year: a name, not a date).
    assert find_date("رفضت إجراء لقاء الكأس في ملعب 5 جويلية، واتحاد البليدة هدد") is None


def test_hijri_arithmetic_calendar():
    assert hijri_to_gregorian(1439, 11, 2).isoformat() == "2018-07-15"
    assert hijri_to_gregorian(1439, 9, 1).isoformat() == "2018-05-16"
    assert hijri_to_gregorian(1446, 1, 1).isoformat() in {"2024-07-07", "2024-07-08"}


@pytest.mark.parametrize(("value", "iso"), [
    ("Thu, 26 Apr 2018 01:07:24 GMT", "2018-04-26"),  # BBC feed (corpus TIME field)
    ("Sun, 15 Jul 2018 21:56:56 +0400", "2018-07-15"),  # Al Arabiya feed
    ("Tue, 20 Mar 2018 19:06:28 +0000", "2018-03-20"),  # CNN feed
    ("2018-03-20T19:06:28Z", "2018-03-20"),
    ("2018-03-20 19:06", "2018-03-20"),
    ("2018-03-20", "2018-03-20"),
    ("2018-02-30", None),
    ("yesterday", None),
    ("", None),
])
def test_feed_stamps(value, iso):
    assert stamp_date(value) == iso


@pytest.mark.parametrize(("line", "relative"), [
    ("منذ 3 ساعات", True), ("منذ ساعتين", True), ("قبل 5 دقائق", True),
    ("آخر تحديث: منذ 4 ساعات", True), ("2 hours ago", True),
    ("منذ زمن بعيد", False), ("منذ 3 ساعات قال الرئيس إن", False),
])
def test_relative_stamps(line, relative):
    assert relative_stamp(line) is relative
