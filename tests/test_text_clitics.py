"""The one set of proclitic rules, used alike by search, tagging and line keys.

Sentences are from the ANT Corpus v2.1 (Chouigui, Ben Khiroun, Elayeb 2021), named by
outlet and DOCNO.
"""

from __future__ import annotations

from dossier.ingest import lines
from dossier.search.index_text import index_text
from dossier.tagging.tagger import find_country_mentions
from dossier.text.clitics import MIN_STEM, PROCLITICS, clitic_readings, clitic_stems
from dossier.text.folding import fold

# Alarabia, AL-internationalNews-1364-20180528
GOVERNMENT = "مع قرب انتهاء المدة القانونية للحكومة والمجالس النيابية نهاية الشهر الجاري"
# Alarabia, AL-culture-76-20180220
HANDWRITING = "ويضيف أن جده كتب الرسالة النادرة بخط يده وأرسلها بريدياً، وكان وقتها يشغل منصب مفتي مصر"


def test_every_chain_is_conjunction_preposition_article():
    chains = {chain for chain, _ in PROCLITICS}
    assert {"و", "ف", "ب", "ك", "ل", "ال", "وال", "بال", "لل", "ولل", "فلل", "وبال", "فب"} <= chains
    assert "لال" not in chains and "بل" not in chains  # ل + ال is written لل; no two prepositions
    assert all(article == ("ال" in chain or chain.endswith("لل")) for chain, article in PROCLITICS)


def test_stems_keep_the_minimum_length():
    assert clitic_stems(fold("للحكومة")) == ("للحكومه", "حكومه", "لحكومه")
    assert "خط" in clitic_stems("بخط")
    assert clitic_readings("الى") == (("الى", False),)  # a lone letter is never a stem
    assert all(len(stem) >= MIN_STEM for stem in clitic_stems("وبالسد"))


def test_index_holds_the_bare_word_of_each_attached_form():
    fields = index_text(GOVERNMENT)
    assert "للحكومه" in fields.words.split() and "حكومه" in fields.bare.split()
    assert "خط" in index_text(HANDWRITING).bare.split()


def test_tagger_reads_the_same_chains():
    # و + مصر and لمصر: the chain the index strips is the chain the tagger accepts.
    assert [code for code, *_ in find_country_mentions(HANDWRITING)] == ["EG"]
    assert [code for code, *_ in find_country_mentions("وصل الوفد لمصر وللعراق")] == ["EG", "IQ"]


def test_line_keys_fold_like_search():
    # ٱ, tatweel, tashkeel and Persian kaf fold the same way as in search.
    assert lines.key("ٱترك تعليـقاً") == lines.key("اترك تعليقا") == fold("اترك تعليقا")
    assert lines.is_furniture("شـارك")
    assert lines.is_furniture("ﺷﺎﺭﻙ")  # presentation forms
