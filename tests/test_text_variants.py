"""Spelling-variant rules for names: one dropped letter, the feminine ending, the
adjectives of transcribed names and their vowel spellings."""

from __future__ import annotations

from dossier.text.folding import fold
from dossier.text.variants import (consonant_count, dropped_letter_keys, transcribed_adjective,
                                   variant_key, vowel_spellings)


def test_a_long_key_finds_the_spelling_that_drops_a_letter():
    # BBC, BB-culture-293-20180905 writes قيرغستان.
    assert variant_key("قيرغستان") in dropped_letter_keys(variant_key("قرغيزستان"))
    # A key of six letters is too short to drop one: المستوطنين would meet الموتطنين.
    assert dropped_letter_keys(variant_key("مستوطنين")) == ()


def test_a_final_ta_marbuta_is_not_a_letter_of_a_name():
    assert variant_key(fold("معلمة")) == variant_key(fold("معلومة"))
    assert consonant_count(variant_key(fold("معلمة"))) == 4
    assert consonant_count(variant_key("ترامب")) == 4


def test_adjectives_of_transcribed_names():
    for word in ("سوفياتي", "سوفيتيه", "سوفييتي", "ايراني"):
        assert transcribed_adjective(word)
    for word in ("اقتصادي", "دوليه", "سياسي", "مصري", "عسكري"):
        assert not transcribed_adjective(fold(word))


def test_vowel_spellings_write_or_leave_out_alef_and_double_ya():
    spellings = vowel_spellings("سوفيات")
    assert {"سوفيت", "سوفييت"} <= spellings
    # و and ي are never left out: سوفت is SoftBank's.
    assert "سوفت" not in spellings and "سوفات" not in spellings
    # A short stem is not respelled: اير (إيران) would give ايار, May.
    assert vowel_spellings("اير") == set()
