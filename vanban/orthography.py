"""Tone placement: "hóa"/"hoá", "Ủy"/"Uỷ", "thủy"/"thuỷ" are one spelling.

Vietnamese writes the tone of the open syllables ending in oa, oe and uy either on the
first vowel (the traditional placement, used by Nghị định 30/2020/NĐ-CP and nearly every
office: hóa, khỏe, thủy, Ủy) or on the second (the newer one: hoá, khoẻ, thuỷ, Uỷ).

Guarantees of ``to_traditional`` and ``to_new``:

- only those syllables change: a syllable with a final consonant or a third vowel
  (hoàn, thuyền, khuya, ngoài) and "qu" + vowel (quý, quả) read the same either way;
- the case of every letter, and every other character, is kept;
- the result is NFC (input may be NFD), has the same length as the NFC input, and
  applying the function twice changes nothing.
"""

from __future__ import annotations

import re
from functools import lru_cache
import unicodedata

from .text import kept_when_short

_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")
# The last two letters of a word with an oa/oe/uy cluster, whatever their marks.
_FIRST_VOWELS = "oOóòỏõọÓÒỎÕỌuUúùủũụÚÙỦŨỤ"
_SECOND_VOWELS = "aAeEyYáàảãạÁÀẢÃẠéèẻẽẹÉÈẺẼẸýỳỷỹỵÝỲỶỸỴ"
_CLUSTER_LETTERS = re.compile(f"[{_FIRST_VOWELS}][{_SECOND_VOWELS}]$")
# A whole word (a run of letters) that ends on those two letters: only these can change,
# so the other words of a text are never handed to Python.
_CANDIDATE_WORD = re.compile(
    f"(?<![^\\W\\d_])[^\\W\\d_]*[{_FIRST_VOWELS}][{_SECOND_VOWELS}](?![^\\W\\d_])"
)
_CLUSTER = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])$")


def _split(char: str) -> tuple[str, str]:
    """A letter's base (with its vowel marks) and its tone mark ("" for none)."""
    decomposed = unicodedata.normalize("NFD", char)
    tone = "".join(mark for mark in decomposed if mark in _TONES)
    base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in _TONES))
    return base, tone


def _with_tone(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


@lru_cache(maxsize=1 << 16)
def _move_tone(word: str, to_first: bool) -> str:
    # Words repeat endlessly in a corpus, hence the cache.
    if len(word) < 2 or not _CLUSTER_LETTERS.search(word[-2:]):
        return word
    pieces = [_split(char) for char in word]
    bases = "".join(base for base, _ in pieces)
    # Only plain o/u and a/e/y take part: "ơa" or "ưy" are not these clusters.
    if not _CLUSTER.search(bases):
        return word
    (first, first_tone), (second, second_tone) = pieces[-2], pieces[-1]
    tone = first_tone or second_tone
    if not tone or (first_tone and second_tone):
        return word
    if to_first:
        pair = _with_tone(first, tone) + second
    else:
        pair = first + _with_tone(second, tone)
    return word[:-2] + pair


def _rewrite(text: str, to_first: bool) -> str:
    text = unicodedata.normalize("NFC", text)

    def rewrite(match: re.Match[str]) -> str:
        word = _move_tone(match.group(), to_first)
        # Marks after the word sit on its last letter, which NFC left without one it could
        # take; if the letter can take one now, the text would no longer be NFC.
        end = match.end()
        while end < len(text) and unicodedata.combining(text[end]):
            end += 1
        if end > match.end() and not unicodedata.is_normalized("NFC", word + text[match.end() : end]):
            return match.group()
        return word

    return _CANDIDATE_WORD.sub(rewrite, text)


# Words, names and titles are rewritten again and again (nine times in ten, over a
# corpus); longer texts, such as the words before a citation, seldom repeat.
@kept_when_short(64)
def to_traditional(text: str) -> str:
    """Write oa/oe/uy syllables with the tone on the first vowel.

    >>> to_traditional("Uỷ ban nhân dân, thuỷ lợi, hoá chất, khoẻ mạnh, quý, hoàn thành")
    'Ủy ban nhân dân, thủy lợi, hóa chất, khỏe mạnh, quý, hoàn thành'
    """
    return _rewrite(text, to_first=True)


def to_new(text: str) -> str:
    """Write oa/oe/uy syllables with the tone on the second vowel.

    >>> to_new("Ủy ban, HÓA, tùy ý, khuya")
    'Uỷ ban, HOÁ, tuỳ ý, khuya'
    """
    return _rewrite(text, to_first=False)


def same_spelling(first: str, second: str) -> bool:
    """Whether two texts differ at most by tone placement."""
    return to_traditional(first) == to_traditional(second)
