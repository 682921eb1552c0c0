"""Every state and territory, with the ways the Arabic press names them.

The list and one Arabic name for each come from CLDR through Babel (all 249 territories
but the pseudo-regions: the European Union, the euro zone, the United Nations...). On top,
``curated_countries`` adds spelling variants, demonyms, historic names and capitals or
major cities for the analyst's region, the Arab world and the states the press names
most, and the guards of ambiguous names. A one-word name with no curated demonym gets its
regular nisba (فنزويلا -> فنزويلي, السنغال -> سنغالي), unless that would be another word.

Each country has four kinds of surface form: names (with variants), demonyms, its
capital or seat of government, which the press uses for the state ("طهران ترفض"), and
other places (major cities), which only say where something happens.

How a form is written decides how it matches (see ``dossier.tagging.tagger``):
- A form starting with the bare article ال needs the article in the text: الهند matches
  الهند, والهند, للهند, but never هند (a given name). A name whose first letters are
  part of the name is written with hamza (ألماتي, ألمانيا) and takes any clitics.
- A trailing ! forbids the article (قطر, not القطر, which is "the diameter").
- A form ending in ي is a nisba: it also matches with ية/يين/يون/يات/يتين/يتان, so
  روسي covers الروسية and الروسيين. Other forms may take those endings too
  (كازاخستاني from كازاخستان).
- Several words separated by a space are a phrase (عشق آباد, الولايات المتحدة).

Ambiguous words, and what was decided (besides the guards in ``curated_countries``):
- ترك (left), روس (with ب/ك it spells Bruce, Kroos), هند (Hind), صين: only as nisba
  (تركي, روسي, هندي, صيني) or with the article (الروس, الهنود, الصين, الهند).
- قطر is also "diameter": the article is refused (القطر); بقطر stays ambiguous.
- مصر is also "insistent" (مصرّ على); accepted. مصرف and مصرع never match (whole words).
- Left out as evidence: سيول (Seoul, also "floods"), كيف (how; Kyiv is كييف), جدة
  (grandmother), بخارى (folds like the scholar البخاري), طرابلس alone (Libya or
  Lebanon), القدس, كوريا alone, and cities that name football clubs (ليفربول, برشلونة).
- Some phrases contain a form but name no country (اتفاق باريس, نهر الأردن, المحيط
  الهندي, ريال مدريد); they are listed in NOT_COUNTRIES and block the match, as do the
  REGIONS (أمريكا اللاتينية, آسيا الوسطى), which are evidence for no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from dossier.model import Country
from dossier.text.folding import fold
from dossier.tagging.curated_countries import (
    CAPITALS, CURATED, GUARDS, NO_DEMONYM, NOT_COUNTRIES, REGIONS, Guard)

NAME = "name"
DEMONYM = "demonym"
PLACE = "place"
CAPITAL = "capital"

__all__ = ["COUNTRIES", "COUNTRY_FORMS", "CountryForms", "GUARDS", "Guard", "NOT_COUNTRIES",
           "REGIONS", "country", "surface_forms", "NAME", "DEMONYM", "PLACE", "CAPITAL"]

# CLDR territories that are not places a story happens in.
_NOT_TERRITORIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ"})
_PAREN = re.compile(r"\s*\(([^)]*)\)\s*")


@dataclass(frozen=True)
class CountryForms:
    country: Country
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    places: tuple[str, ...]
    capitals: tuple[str, ...] = ()


def _split(spec: str) -> tuple[str, ...]:
    return tuple(form.strip() for form in spec.split("|") if form.strip())


def _cldr_names(name: str) -> list[str]:
    """A CLDR display name as forms: "ميانمار (بورما)" -> ميانمار, بورما; dashes as spaces."""
    inside = _PAREN.findall(name)
    main = _PAREN.sub(" ", name).replace(" - ", " ")
    forms = [" ".join(main.split())]
    forms += [part.strip() for part in inside if len(part.split()) == 1]
    return [form for form in forms if form]


def nisba(name: str) -> str | None:
    """The regular demonym of a one-word country name (فنزويلا -> فنزويلي), else None."""
    if " " in name:
        return None
    stem = name[2:] if name.startswith("ال") else name
    if stem.endswith("ية"):
        return stem[:-2] + "ي"
    if stem.endswith("يا"):
        return stem[:-2] + "ي"
    if stem.endswith(("ا", "ة")):
        return stem[:-1] + "ي"
    if stem.endswith(("ي", "و")):
        return None  # مالي, بيرو: the nisba is irregular or the name itself
    return stem + "ي"


def _merge(a: tuple[str, ...], b) -> tuple[str, ...]:
    known = {fold(form.rstrip("!")) for form in a}
    return a + tuple(form for form in b if fold(form.rstrip("!")) not in known)


@lru_cache(maxsize=1)
def _table() -> tuple[CountryForms, ...]:
    from babel import Locale

    arabic, english = Locale("ar").territories, Locale("en").territories
    curated = {entry.code: entry for entry in CURATED}
    table = []
    for code in sorted(c for c in arabic if len(c) == 2 and c.isalpha() and c not in _NOT_TERRITORIES):
        entry = curated.get(code)
        cldr = tuple(_cldr_names(arabic[code]))
        names = _merge(_split(entry.names), cldr) if entry else cldr
        demonyms = _split(entry.demonyms) if entry else ()
        if not demonyms and code not in NO_DEMONYM:
            demonyms = tuple(filter(None, {nisba(n.rstrip("!")) for n in names[:1]}))
        capitals = _split(CAPITALS.get(code, ""))
        seats = {fold(form.rstrip("!")) for form in capitals}
        places = tuple(p for p in (_split(entry.places) if entry else ()) if fold(p.rstrip("!")) not in seats)
        name_ar = (entry.name_ar if entry and entry.name_ar else None) or names[0].rstrip("!")
        table.append(CountryForms(Country(code, name_ar, english.get(code, code)), names, demonyms,
                                  places, capitals))
    return tuple(table)


COUNTRY_FORMS: tuple[CountryForms, ...] = _table()
COUNTRIES: tuple[Country, ...] = tuple(entry.country for entry in COUNTRY_FORMS)
_BY_CODE = {entry.country.code: entry.country for entry in COUNTRY_FORMS}


def country(code: str) -> Country | None:
    """The country with this ISO alpha-2 code, if the gazetteer knows it."""
    return _BY_CODE.get(code.upper())


def surface_forms() -> list[tuple[str, str, str]]:
    """Every (code, kind, form) in the gazetteer, kind being NAME, DEMONYM, CAPITAL or PLACE."""
    result = []
    for entry in COUNTRY_FORMS:
        code = entry.country.code
        for kind, forms in ((NAME, entry.names), (DEMONYM, entry.demonyms),
                            (CAPITAL, entry.capitals), (PLACE, entry.places)):
            result.extend((code, kind, form) for form in forms)
    return result
