"""What an import stores to find the same text again (the identity hash, the sketch keys)
stays what earlier imports stored: a library made before a change must still recognise
its articles. Computed the plain way here, and pinned on real text."""

from __future__ import annotations

import hashlib
import zlib

from hypothesis import given, settings
from hypothesis import strategies as st

from dossier.ingest import near_duplicates
from dossier.ingest.parse import body_hash, identity_hash
from dossier.text.folding import folded_text

# Sky News Arabia, SK-economy-1003-20180718 (ANT Corpus v2.1): its first two paragraphs.
TEXT = (
    "قالت الجريدة الرسمية للاتحاد الأوروبي إن الاتحاد سيبدأ، غدا الخميس، إجراءات تهدف إلى "
    "منع زيادة وارداته من الصلب بعد أن فرضت الولايات المتحدة رسوما على الصلب والألمنيوم "
    "القادم من الاتحاد.\n"
    "واقترحت المفوضية الأوروبية مزيجا من تحديد حصص وفرض رسوم لمواجهة مخاوف الاتحاد الأوروبي "
    "من أن منتجات الصلب التي لم يعد بالإمكان تصديرها إلى الولايات المتحدة ستُغرق الأسواق "
    "الأوروبية بدلا من ذلك."
)


def _plain_sketch(words: list[str]) -> tuple[int, ...]:
    ids = [zlib.crc32(word.encode("utf-8", "surrogatepass")) for word in words]
    found = {hash(tuple(ids[i:i + 5])) for i in range(len(ids) - 4)}
    return tuple(sorted(found)[:16])


def test_keys_and_hash_are_those_earlier_imports_stored():
    words = folded_text(TEXT).split()
    assert near_duplicates.sketch(words) == _plain_sketch(words)
    assert near_duplicates.bottom(near_duplicates.text_shingles(folded_text(TEXT))) == _plain_sketch(words)
    # Values written by the import before its word splitting and hashing were made faster.
    assert near_duplicates.sketch(words)[:3] == (
        -8703881921523165096, -8483649903266703136, -7765250813140465280)
    assert body_hash(TEXT) == "4c38e891109b6f0c44e4d1599b2c76a7752655c486119a010f2764249c48d446"


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet=st.sampled_from("اب ة\u0300x\ud800٢_"), max_size=4), max_size=12))
def test_word_numbers_are_the_crc_of_each_word(words):
    # Spaces inside a word and empty words too (never made by folding, still right).
    assert near_duplicates._word_ids(words) == [
        zlib.crc32(word.encode("utf-8", "surrogatepass")) for word in words]


def test_packed_shingles_come_back_whole():
    found = near_duplicates.shingles(folded_text(TEXT).split())
    assert len(found) > near_duplicates.MIN_SHINGLES
    assert near_duplicates.unpacked(near_duplicates.packed(found)) == found


@settings(max_examples=100, deadline=None)
@given(st.sets(st.integers(-(1 << 63), (1 << 63) - 1), max_size=60))
def test_the_sketch_is_the_smallest_shingles_in_order(found):
    expected = tuple(sorted(found)[:near_duplicates.SKETCH]) if len(found) >= near_duplicates.MIN_SHINGLES else ()
    assert near_duplicates.bottom(found) == expected


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from("ابة أ،.\n\u00a0\u2003_٢x\u0301"), st.characters()), max_size=80))
def test_shingles_of_the_folded_text_are_those_of_its_words(text):
    folded = folded_text(text)
    assert folded == " ".join(folded.split())  # words parted by single spaces
    assert near_duplicates.text_shingles(folded) == near_duplicates.shingles(folded.split())


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.one_of(st.sampled_from(" \t\n\xa0\u2003\u2028\u200fاب"), st.characters()), max_size=40))
def test_the_identity_hash_is_that_of_the_words_single_spaced(text):
    # Text already single-spaced skips the split; every other text is split and joined.
    expected = hashlib.sha256(" ".join(text.split()).encode("utf-8", "surrogatepass")).hexdigest()
    assert identity_hash(text) == expected
    assert identity_hash(folded_text(text)) == body_hash(text)
