"""Tone placement: the guarantees of ``vanban.orthography``, over any text."""

from __future__ import annotations

import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.orthography import _move_tone, to_new, to_traditional

# The letters the rule turns on, in both cases and with every tone, the letters around
# them that make a syllable something else (qu-, a final consonant, ơ, ư), digits and
# separators, and a combining acute for decomposed input.
_ALPHABET = (
    "oOaAeEuUyYqQhHtTnNgG"
    "óòỏõọáàảãạéèẻẽẹúùủũụýỳỷỹỵÓÒÁÀÉÈÚÙÝỲỌẠỤỴ"
    "ơƠưƯ 1_-.,\n\u0301\u0323\u0308\u0332\u1dc4\u20d7"
)
texts = st.text(alphabet=_ALPHABET, max_size=60)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def every_word_rewritten(text: str, to_first: bool) -> str:
    """The rule's definition: each run of letters is handed to the syllable rule, and its
    result kept unless it would compose with the marks after it."""
    text = nfc(text)

    def rewrite(match: re.Match[str]) -> str:
        marks = re.match(r"[\u0300-\u036f\u1dc0-\u1dff\u20d0-\u20ff]*", text[match.end() :]).group()
        rewritten = _move_tone(match.group(), to_first)
        return rewritten if nfc(rewritten + marks) == rewritten + marks else match.group()

    return re.sub(r"[^\W\d_]+", rewrite, text)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_only_the_words_the_rule_can_change_are_rewritten(text):
    assert to_traditional(text) == every_word_rewritten(text, True)
    assert to_new(text) == every_word_rewritten(text, False)


@settings(max_examples=400, deadline=None)
@given(texts)
def test_either_placement_keeps_length_and_is_stable(text):
    traditional, new = to_traditional(text), to_new(text)
    assert len(traditional) == len(new) == len(nfc(text))
    assert to_traditional(traditional) == traditional and to_new(new) == new
    assert to_traditional(new) == traditional and to_new(traditional) == new


def test_the_syllables_that_read_the_same_either_way_are_left_alone():
    assert to_traditional("Uỷ ban, thuỷ lợi, hoá chất, quý, hoàn, thuyền, khuya, ngoài") == (
        "Ủy ban, thủy lợi, hóa chất, quý, hoàn, thuyền, khuya, ngoài"
    )
    assert to_new("ỦY BAN, HÓA2, tùy_ý") == "UỶ BAN, HOÁ2, tuỳ_ý"
    # An underline after the word leaves it to move its tone; a second tone does not.
    assert to_traditional("Uỳ\u0332") == "Ùy\u0332"
    assert to_traditional("Uỳ\u0301") == "Uỳ\u0301"
