"""Text helpers shared by every stage: folding for matching, and ASCII slugs for URLs and ids.

``fold`` is the one definition of "the same word, however it was typed": case, diacritics,
đ/d and the old or new tone placement all fold away. Matching (issuer names, document
types, places) and, later, search use it on both sides.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import defaultdict
from typing import Callable

_SPACES = re.compile(r"\s+")


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _base_letter(char: str) -> str:
    decomposed = unicodedata.normalize("NFD", char)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _base_letters() -> dict[int, str]:
    """Every precomposed Latin letter to its base letter, and combining marks to nothing,
    in one table: folding runs on every word of every document, and str.translate is many
    times faster than decomposing."""
    table = {}
    for code in range(0xC0, 0x2000):
        char = chr(code)
        # Most characters do not decompose and are no mark: decomposing each of them
        # again was half of every build's start.
        if unicodedata.is_normalized("NFD", char) and not unicodedata.combining(char):
            continue
        base = _base_letter(char)
        if base != char:
            table[code] = base
    return table


_BASE_LETTERS = _base_letters()
_BASE_LETTERS.update({ord("đ"): "d", ord("Đ"): "D"})
_COMBINING = re.compile(r"[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]")


def strip_diacritics(value: str) -> str:
    """Remove tone marks and vowel marks, and write đ as d; keep case.

    >>> strip_diacritics("Đông Hà, Quảng Trị")
    'Dong Ha, Quang Tri'
    """
    stripped = value.translate(_BASE_LETTERS)
    if _COMBINING.search(stripped):
        # Decomposed (NFD) text, or marks on letters the table does not hold.
        decomposed = unicodedata.normalize("NFD", value)
        stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
        stripped = stripped.translate(_BASE_LETTERS)
    return stripped


@functools.lru_cache(maxsize=1)
def _single_letter_folds() -> tuple[dict[str, str], re.Pattern[str]]:
    """Each character a letter or digit of the Basic Multilingual Plane folds to alone,
    with a regex class of its spellings ("a": "[AaÀÁ...ặ]"); and a pattern of the letters
    and digits that fold to none or to several characters ("ß", "ﬁ") or lie past the
    plane."""
    # Only characters that folding changes are spellings of another; the tens of
    # thousands it leaves alone (ideographs, digits ...) spell themselves alone.
    plane = "".join(map(chr, range(0xD800))) + "".join(map(chr, range(0xE000, 0x10000)))
    # Case folding leaves most blocks of the plane alone, and folding a whole block at once
    # tells: only the blocks it changes are looked at character by character. (Character
    # by character over the whole plane was most of every build's start.)
    changed = {
        char
        for start in range(0, len(plane), 256)
        if (block := plane[start : start + 256]).casefold() != block
        for char in block
        if char.casefold() != char
    }
    changed.update(map(chr, _BASE_LETTERS))
    spellings: dict[str, set[str]] = defaultdict(set)
    uneven = []
    for char in sorted(changed):
        # Words are letters and digits (joined by "-", "/", "."); none is a combining
        # mark, so stripping its diacritics is its translation alone.
        if not char.isalnum():
            continue
        folded = char.translate(_BASE_LETTERS).casefold()
        if len(folded) == 1:
            spellings[folded].add(char)
        else:
            uneven.append(char)
    for folded, chars in spellings.items():
        if _folds_to_itself(folded):
            chars.add(folded)
    classes = {folded: f"[{''.join(map(re.escape, sorted(chars)))}]" for folded, chars in spellings.items()}
    return classes, re.compile(f"[{''.join(map(re.escape, uneven))}\U00010000-\U0010ffff]")


def _folds_to_itself(char: str) -> bool:
    """A letter or digit that folding leaves as it is spells itself."""
    return char.isalnum() and char.translate(_BASE_LETTERS).casefold() == char


def folds_letter_for_letter(text: str) -> bool:
    """Whether each letter and digit of ``text`` folds to exactly one character, so that
    ``spellings_of`` finds every word of it that folds to a word.

    >>> folds_letter_for_letter("Ủy ban nhân dân"), folds_letter_for_letter("Straße")
    (True, False)
    """
    return _single_letter_folds()[1].search(text) is None


@functools.lru_cache(maxsize=1 << 12)
def spellings_of(folded: str) -> re.Pattern[str] | None:
    """A pattern of every spelling of a folded word, case and marks as typed; None when
    no letter or digit folds to one of its characters.

    >>> [match.group() for match in spellings_of("uy").finditer("ỦY BAN, Uỷ ban, uy bàn")]
    ['ỦY', 'Uỷ', 'uy']
    >>> spellings_of("uy ban") is None
    True
    """
    classes = spelling_classes(folded)
    return None if classes is None else re.compile("".join(classes))


def spelling_classes(folded: str) -> list[str] | None:
    """The pattern of ``spellings_of`` character by character."""
    if not folded:
        return None
    classes = _single_letter_folds()[0]
    pattern = []
    for char in folded:
        if char in classes:
            pattern.append(classes[char])
        elif char in "-/." or _folds_to_itself(char):
            pattern.append(re.escape(char))
        else:
            return None
    return pattern


def kept_when_short(longest: int) -> Callable[[Callable[[str], str]], Callable[[str], str]]:
    """Cache a function of a string for strings up to ``longest`` characters: names, words
    and titles repeat across a corpus, long texts (a body, a sentence) seldom do and would
    only fill the cache."""

    def keep(function: Callable[[str], str]) -> Callable[[str], str]:
        kept = functools.lru_cache(maxsize=1 << 14)(function)

        @functools.wraps(function)
        def call(value: str) -> str:
            return kept(value) if len(value) <= longest else function(value)

        return call

    return keep


# Names, types, places and words are folded again and again (five times in six, over a
# corpus); a header flattened onto one line or a body is not kept.
@kept_when_short(300)
def fold(value: str) -> str:
    """Lower-case ASCII letters and digits with single spaces: the key for matching.

    >>> fold("  Ủy ban  nhân dân ")
    'uy ban nhan dan'
    >>> fold("Uỷ BAN") == fold("ủy ban")
    True
    """
    return _SPACES.sub(" ", strip_diacritics(value).casefold()).strip()


_SLUG_DROP = re.compile(r"[^a-z0-9]+")


def slugify(value: str, separator: str = "-") -> str:
    """An ASCII slug: folded, every run of other characters one separator.

    Unlike Python-Markdown's default slugify it keeps đ (as d), so "Điều 1" is "dieu-1",
    not "ieu-1". Its signature fits the toc extension's ``slugify`` option.

    >>> slugify("Điều 1. Phạm vi")
    'dieu-1-pham-vi'
    >>> slugify("1407-CV/TU")
    '1407-cv-tu'
    """
    return _SLUG_DROP.sub(separator, fold(value)).strip(separator)


def sentence_case_start(value: str) -> str:
    """Upper-case the first letter, leaving the rest as written.

    >>> sentence_case_start("về tăng cường")
    'Về tăng cường'
    """
    for index, char in enumerate(value):
        if char.isalpha():
            return value[:index] + char.upper() + value[index + 1 :]
    return value
