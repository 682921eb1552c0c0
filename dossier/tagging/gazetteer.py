"""The countries an analyst of Central Asia meets, with the ways Arabic press names them.

Each country has its ISO 3166 alpha-2 code, an Arabic and an English name, and three
kinds of surface form: names of the country (with spelling variants), demonyms and
nisba adjectives, and places (capitals and major cities) that count as weaker evidence.

How a form is written here decides how it matches (see ``dossier.tagging.tagger``):
- A form starting with the bare article ال needs the article in the text: الهند matches
  الهند, والهند, للهند, but never هند (a given name). A name whose first letters are
  part of the name is written with hamza (ألماتي, ألمانيا) and takes any clitics.
- A trailing ! forbids the article (قطر, not القطر, which is "the diameter").
- A form ending in ي is a nisba: it also matches with ية/يين/يون/يات/يتين/يتان, so
  روسي covers الروسية and الروسيين. Other forms may take those endings too
  (كازاخستاني from كازاخستان).
- Several words separated by a space are a phrase (عشق آباد, الولايات المتحدة).

Ambiguous words, and what was decided:
- ترك (left), روس (with ب/ك it spells Bruce, Kroos), هند (Hind), صين: only as nisba
  (تركي, روسي, هندي, صيني) or with the article (الروس, الهنود, الصين, الهند).
  صينية is also "tray" and تركي a given name; both are rare enough in the press.
- قطر is also "diameter": the article is refused (القطر); بقطر stays ambiguous.
- مصر is also "insistent" (مصرّ على); accepted. مصرف and مصرع never match (whole words).
- عمان is both Oman and Amman: only سلطنة عمان and the nisba عماني count for Oman.
- Left out as evidence: سيول (Seoul, also "floods"), كيف (how; Kyiv is كييف), جدة
  (grandmother), مسقط (as in مسقط رأس), بخارى (folds like the scholar البخاري),
  شنغهاي (mostly the Shanghai Cooperation Organisation), أوش (too short), كوريا alone.
- كابل is Kabul and also "cable": kept, but places are weak evidence (see tagging).
- Some phrases contain a form but name no country (اتفاق باريس, أمريكا اللاتينية,
  منظمة الدول التركية); they are listed in NOT_COUNTRIES and block the match.
"""

from __future__ import annotations

from dataclasses import dataclass

from dossier.model import Country

NAME = "name"
DEMONYM = "demonym"
PLACE = "place"


@dataclass(frozen=True)
class CountryForms:
    country: Country
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    places: tuple[str, ...]


def _c(code: str, ar: str, en: str, names: str, demonyms: str = "", places: str = "") -> CountryForms:
    def split(spec: str) -> tuple[str, ...]:
        return tuple(form.strip() for form in spec.split("|") if form.strip())

    return CountryForms(Country(code, ar, en), split(names), split(demonyms), split(places))


_TABLE = (
    _c("KZ", "كازاخستان", "Kazakhstan",
       "كازاخستان|قازاقستان|قزاقستان|كزاخستان|قازاخستان",
       "كازاخي|قازاقي|كازاخ|قازاق",
       "أستانا|نور سلطان|نورسلطان|ألماتي|ألما آتا|شيمكنت|كاراغاندا|قرغندي|أكتاو|أتيراو|"
       "بافلودار|أكتوبي|تاراز|كيزيلوردا"),
    _c("UZ", "أوزبكستان", "Uzbekistan",
       "أوزبكستان|أوزبيكستان|اوزبكستان",
       "أوزبكي|أوزبيكي|أوزبك",
       "طشقند|سمرقند|نمنغان|أنديجان|نوكوس|قره قلباقستان|كاراكالباكستان"),
    _c("KG", "قيرغيزستان", "Kyrgyzstan",
       "قيرغيزستان|قرغيزستان|قيرغيزيا|قرغيزيا|كيرغيزستان|قرغيزيستان|قيرغستان",
       "قيرغيزي|قرغيزي|كيرغيزي|قيرغيز|قرغيز",
       "بيشكيك|جلال آباد|إيسيك كول"),
    _c("TJ", "طاجيكستان", "Tajikistan",
       "طاجيكستان|طاجكستان|تاجيكستان",
       "طاجيكي|طاجكي|تاجيكي|طاجيك",
       "دوشنبه|دوشانبي|دوشنبي|خجند|خوجاند|خوجند"),
    _c("TM", "تركمانستان", "Turkmenistan",
       "تركمانستان|تركمنستان",
       "تركماني|تركمني|تركمان",
       "عشق آباد|عشقآباد|عشق أباد|عشخ آباد|تركمن باشي|تركمنباشي"),
    _c("AZ", "أذربيجان", "Azerbaijan", "أذربيجان|اذربيجان", "أذربيجاني|أذري", "باكو|غانجا|كنجة"),
    _c("AF", "أفغانستان", "Afghanistan", "أفغانستان", "أفغاني|أفغان", "كابل|قندهار|هرات|مزار شريف"),
    _c("RU", "روسيا", "Russia", "روسيا|روسيا الاتحادية", "روسي|الروس", "موسكو|الكرملين|سانت بطرسبرغ"),
    _c("CN", "الصين", "China", "الصين|جمهورية الصين الشعبية", "صيني",
       "بكين|بيجين|بيجينغ|شينجيانغ|شينجيانج|أورومتشي|أورومشي"),
    _c("TR", "تركيا", "Türkiye", "تركيا", "تركي|أتراك", "أنقرة|إسطنبول|استانبول"),
    _c("IR", "إيران", "Iran", "إيران", "إيراني", "طهران"),
    _c("PK", "باكستان", "Pakistan", "باكستان", "باكستاني", "إسلام آباد|إسلام أباد|إسلامآباد|كراتشي|لاهور"),
    _c("IN", "الهند", "India", "الهند", "هندي|الهنود", "نيودلهي|نيو دلهي|دلهي|مومباي"),
    _c("MN", "منغوليا", "Mongolia", "منغوليا|مونغوليا", "منغولي|مونغولي", "أولان باتور|أولانباتار|أولان باتار"),
    _c("GE", "جورجيا", "Georgia", "جورجيا", "الجورجي", "تبليسي"),
    _c("AM", "أرمينيا", "Armenia", "أرمينيا|أرمينية", "أرميني|الأرمن", "يريفان"),
    _c("BY", "بيلاروسيا", "Belarus", "بيلاروسيا|بيلاروس|روسيا البيضاء", "بيلاروسي", "مينسك"),
    _c("UA", "أوكرانيا", "Ukraine", "أوكرانيا", "أوكراني", "كييف"),
    _c("US", "الولايات المتحدة", "United States",
       "الولايات المتحدة|الولايات المتحدة الأمريكية|أمريكا|أميركا", "أمريكي|أميركي|الأمريكان",
       "واشنطن"),
    _c("GB", "المملكة المتحدة", "United Kingdom", "المملكة المتحدة|بريطانيا|إنجلترا|إنكلترا",
       "بريطاني", "لندن"),
    _c("FR", "فرنسا", "France", "فرنسا", "فرنسي", "باريس"),
    _c("DE", "ألمانيا", "Germany", "ألمانيا", "ألماني|ألمان", "برلين"),
    _c("IT", "إيطاليا", "Italy", "إيطاليا", "إيطالي", "روما"),
    _c("JP", "اليابان", "Japan", "اليابان", "ياباني", "طوكيو"),
    _c("KR", "كوريا الجنوبية", "South Korea", "كوريا الجنوبية|جمهورية كوريا", "كوري جنوبي|كورية جنوبية"),
    _c("KP", "كوريا الشمالية", "North Korea", "كوريا الشمالية", "كوري شمالي|كورية شمالية", "بيونغ يانغ|بيونغيانغ"),
    _c("SA", "السعودية", "Saudi Arabia", "السعودية|المملكة العربية السعودية", "سعودي", "الرياض"),
    _c("AE", "الإمارات", "United Arab Emirates", "الإمارات|الإمارات العربية المتحدة", "إماراتي",
       "أبوظبي|أبو ظبي|دبي"),
    _c("QA", "قطر", "Qatar", "قطر!", "قطري", "الدوحة"),
    _c("EG", "مصر", "Egypt", "مصر!", "مصري", "القاهرة"),
    _c("IQ", "العراق", "Iraq", "العراق", "عراقي", "بغداد"),
    _c("SY", "سوريا", "Syria", "سوريا", "سوري", "دمشق"),
    _c("JO", "الأردن", "Jordan", "الأردن", "أردني"),
    _c("KW", "الكويت", "Kuwait", "الكويت", "كويتي"),
    _c("OM", "عمان", "Oman", "سلطنة عمان", "عماني"),
    _c("IL", "إسرائيل", "Israel", "إسرائيل", "إسرائيلي", "تل أبيب"),
)

# Phrases that contain a country's form but do not refer to the country.
NOT_COUNTRIES = (
    "اتفاق باريس", "اتفاقية باريس", "اتفاقيات باريس", "نادي باريس",
    "أمريكا اللاتينية", "أمريكا الجنوبية", "أمريكا الشمالية", "أمريكا الوسطى",
    "أميركا اللاتينية", "أميركا الجنوبية", "أميركا الشمالية", "أميركا الوسطى",
    "الدول التركية", "الشعوب التركية", "اللغات التركية", "العالم التركي", "المجلس التركي",
    "القوة القاهرة", "القوى القاهرة",
)

COUNTRY_FORMS: tuple[CountryForms, ...] = _TABLE
COUNTRIES: tuple[Country, ...] = tuple(entry.country for entry in _TABLE)
_BY_CODE = {entry.country.code: entry.country for entry in _TABLE}


def country(code: str) -> Country | None:
    """The country with this ISO alpha-2 code, if the gazetteer knows it."""
    return _BY_CODE.get(code.upper())


def surface_forms() -> list[tuple[str, str, str]]:
    """Every (code, kind, form) in the gazetteer, kind being NAME, DEMONYM or PLACE."""
    result = []
    for entry in _TABLE:
        code = entry.country.code
        for kind, forms in ((NAME, entry.names), (DEMONYM, entry.demonyms), (PLACE, entry.places)):
            result.extend((code, kind, form) for form in forms)
    return result
