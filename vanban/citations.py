"""Stage citations: every document a text cites by number and symbol.

A citation is a number and symbol ("21-KL/TW", "124/KH-UBND", "93/2007/QĐ-TTg") with what
the citing sentence says around it: the type before it ("Kết luận số"), and after it the
date ("ngày 25/10/2021") and the issuer ("của Bộ Chính trị"). A list shares its type:
"Nghị quyết số 18-NQ/TW, 19-NQ/TW" cites two resolutions. A number without a symbol
("Chỉ thị số 27 ngày 08/9/2016") cannot identify a document, so it is not a citation.

Everything here works on the text as given, so ``Citation.start``/``end`` are offsets
into it; the text is expected in NFC (as the ``read`` stage delivers it).
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass, replace

from .doctypes import TYPE_NAMES_LONGEST_FIRST, canonical_type, type_from_symbol
from .model import Citation
from .orthography import to_traditional
from .text import nfc

# ---------------------------------------------------------------------------------------
# The number and symbol

# Offices type any of these for the hyphen of a symbol.
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
_DASH = f"[-{_DASH_CHARS}]"
_UPPER = (
    "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"
)
# One code of a symbol: upper case first, then upper case, digits ("QH15"), "&"
# ("NN&PTNT") or a plain lower-case letter ("CTr", "Ctr", "QĐi", "TTg"). A Vietnamese
# lower-case letter ("Tỉnh", "Sở") is never part of a code, which keeps ratios such as
# "5/63 Tỉnh" out.
_CODE = f"[{_UPPER}][{_UPPER}a-zđ0-9&]*"
# The number: one to five digits and maybe a letter ("124", "30c"). Every symbol below
# follows it, so its first digit is matched before the choice of symbol (see below).
_NUM_AFTER_FIRST_DIGIT = r"\d{0,4}[a-zđ]?"
_YEAR = r"(?:19|20)\d{2}"
# Stray spaces (and a hard wrap) are tolerated around the separator that follows the
# number ("119- KH/TU", "124 /KH-UBND"), where prose never puts a code.
_GAP = r"[ \t]*(?:\n[ \t]*)?"
# Inside a symbol the joints are tight, except that a wrapped line may break after one,
# or a scan leave a space after a tight dash before a code in capitals ("NĐ- CP"):
# "30/NQ-CP - Chính phủ" must not read as one symbol.
_JOIN = f"(?:{_DASH}|/)(?:[ \t]*\n[ \t]*|(?<![ \t].)[ \t](?=[{_UPPER}]{{2}}))?"
_FIRST_DASH = f"{_DASH}(?:[ \t]*\n[ \t]*|(?<![ \t].)[ \t](?=[{_UPPER}]{{2}}))?"

# What follows the number, by style of symbol.
# Party style names the type before the slash: "27-CT/TU", "05-CTr/BDVTU-BCSĐUBNDTP".
_PARTY = f"{_GAP}{_DASH}{_GAP}{_CODE}{_GAP}/{_GAP}{_CODE}(?:{_JOIN}{_CODE})*"
# State style with the year: "93/2007/QĐ-TTg", "35/2021/QH15", "01/2023/TTLT-BTC-BNV".
_STATE_YEAR = f"{_GAP}/{_GAP}{_YEAR}{_GAP}/{_GAP}{_CODE}(?:{_JOIN}{_CODE})*"
# State style without the year needs two codes ("124/KH-UBND", "123/UBND-VX") ...
_STATE_PAIR = f"{_GAP}/{_GAP}{_CODE}{_FIRST_DASH}{_CODE}(?:{_JOIN}{_CODE})*"
# ... or one code of two letters or more written tight ("15/TTg"), never a Roman numeral
# ("điểm 2/III").
_STATE_SINGLE = f"/(?![IVXLC]+(?![\\w&]))[{_UPPER}][{_UPPER}a-zđ0-9&]+"

# Before 1992 the Council of Ministers, its Chairman, the Council of State and the Prime
# Minister numbered with a hyphen and their code alone: "Nghị định số 168-HĐBT", "165-TTg",
# "Chỉ thị 327-CT".
_OLD_STATE = f"{_GAP}{_DASH}(?:HĐBT|HĐNN|HĐCP|TTg|CP|CT)(?!/)"

NUMBER_PATTERN = re.compile(
    # A pattern that starts by matching a digit lets the regex engine skip straight to
    # the next digit of a text, instead of entering the pattern at every character: a
    # third less time to scan a source for citations (pages link them with it too).
    f"(?P<number>\\d"
    # Not the tail of a longer token ("1.234/…", "/2019/05-CT/…" in a path): the
    # character before the first digit.
    f"(?<![\\w./{_DASH_CHARS}-].)"
    f"{_NUM_AFTER_FIRST_DIGIT}(?:{_PARTY}|{_STATE_YEAR}|{_STATE_PAIR}|{_STATE_SINGLE}|{_OLD_STATE}))"
    # Not cut short inside a longer token either.
    f"(?![\\w&]|(?:{_DASH}|/)[{_UPPER}a-z0-9])"
)
"""A number and symbol, in group ``number``: "Số: 124/KH-UBND", "Số 27-CT/TU"."""

_URL = re.compile(r"(?:https?://|www\.)\S+", re.IGNORECASE)


_ANY_DASH = re.compile(f"[{_DASH_CHARS}]")
_SPACED_SEPARATOR = re.compile(r"\s*([-/])\s*")
_WHITE_SPACE = re.compile(r"\s")


def tighten_separators(number: str) -> str:
    """A number without the stray spaces around its separators.

    >>> tighten_separators("124 /KH - UBND")
    '124/KH-UBND'
    """
    # Most numbers are written tight; substituting costs a Python call per separator.
    return _SPACED_SEPARATOR.sub(r"\1", number) if _WHITE_SPACE.search(number) else number


def normalise_number(raw: str) -> str:
    """A number and symbol as issued: no stray spaces, one kind of hyphen, letters as written.

    >>> normalise_number("119- KH/TU")
    '119-KH/TU'
    >>> normalise_number("124 /KH – UBND")
    '124/KH-UBND'
    >>> normalise_number("18-Ctr/TU")
    '18-Ctr/TU'
    """
    text = _ANY_DASH.sub("-", nfc(raw))
    return tighten_separators(" ".join(text.split()))


def number_key(number: str) -> str:
    """Two spellings of one number ("18-CTr/TU", "18-Ctr/TU") name one document."""
    return normalise_number(number).casefold()


# ---------------------------------------------------------------------------------------
# The type named before the number

def _words_pattern(name: str) -> str:
    # A hard-wrapped line may break between the words of a type name ("Nghị\nquyết").
    return r"\s+".join(re.escape(word) for word in name.split())


# "Văn bản số 123/UBND-VX" names no type, but the phrase starts at it all the same.
_TYPE_WORDS = sorted((*TYPE_NAMES_LONGEST_FIRST, "Văn bản"), key=len, reverse=True)
_TYPE_ALTERNATION = "|".join(_words_pattern(name) for name in _TYPE_WORDS)
_SO = r"(?i:số)"
# The type, up to three qualifying words ("Chương trình hành động", "Chương trình phối
# hợp", "Thông báo kết luận"), then "số" (optional when nothing qualifies the type),
# Markdown emphasis anywhere between; anchored at the number.
# Every type name starts with one of these letters: a lookahead for them turns the engine
# away from most places at once, where the alternation would try each name.
_TYPE_FIRST_LETTERS = "".join(sorted({re.escape(name[0]) for name in _TYPE_WORDS}))
_TYPE_BEFORE = re.compile(
    rf"(?<![^\W\d_])(?=(?i:[{_TYPE_FIRST_LETTERS}]))(?P<type>(?i:{_TYPE_ALTERNATION}))"
    rf"(?P<qualifiers>(?:\s+(?!{_SO}(?![^\W\d_]))[^\W\d_]+){{0,3}}?)"
    rf"[\s*_]*(?P<so>{_SO}[ \t]*[:.]?)?[\s*_]*\Z"
)
_TYPE_START = re.compile(rf"(?i:{_TYPE_ALTERNATION})(?![^\W\d_])")
# Words that end a noun phrase rather than qualify a type.
_NOT_QUALIFIERS = frozenset(
    "của và về tại theo cho với ngày năm tháng các những này đó được đã là để do trên từ "
    "hoặc như trong thì mà có".split()
)
# A numbered form or appendix ("Mẫu số 01/BC", "Phụ lục số 02/KH") is not a document.
# "Mẫu số 01/BC-TSC", "Biểu 02/TK": a form's code, not a document's number.
_FORM_BEFORE = re.compile(r"(?i:mẫu|biểu(?:\s+mẫu)?|phụ\s+lục)[\s*_]+(?:(?i:số)[ \t]*[:.]?[\s*_]*)?\Z")
_WINDOW = 100


@dataclass(frozen=True)
class _TypeWords:
    doc_type: str | None
    start: int


def _type_before(text: str, number_start: int) -> _TypeWords | None:
    """The type the words just before a number name, and where those words start."""
    window_start = max(0, number_start - _WINDOW)
    # Same length as the window (the text is NFC), so offsets carry over; "Uỷ"/"Ủy" match.
    window = to_traditional(text[window_start:number_start])
    position = 0
    while (match := _TYPE_BEFORE.search(window, position)) is not None:
        if _qualifiers_fit(match):
            return _TypeWords(canonical_type(match.group("type")), window_start + match.start())
        position = match.start() + 1
    if "uật" in window or "háp lệnh" in window:
        law = _LAW_NAMED_BEFORE.search(window)
        if law is not None and law.group("name")[:1].isupper():
            return _TypeWords(canonical_type(law.group("type")), window_start + law.start())
    return None


# A law is cited by its name between the type and the number: "Luật Khám bệnh, chữa
# bệnh số 15/2023/QH15", "Bộ luật Lao động số 45/2019/QH14".
_LAW_NAMED_BEFORE = re.compile(
    r"(?<![^\W\d_])(?P<type>Bộ luật|Luật|Pháp lệnh)\s+(?P<name>[^\W\d_][^.;:\n()]{0,80}?)"
    r"[\s*_]+(?i:số)[ \t]*[:.]?[\s*_]*\Z"
)


def _qualifiers_fit(match: re.Match[str]) -> bool:
    words = match.group("qualifiers").split()
    if not words:
        return True
    if match.group("so") is None:
        return False
    all_caps = match.group("type").isupper()
    for word in words:
        if word.casefold() in _NOT_QUALIFIERS:
            return False
        if not (word.isupper() if all_caps else word.islower()):
            return False
    return True


# ---------------------------------------------------------------------------------------
# The date and the issuer after the number

_LEAD = r"[\s*_]*(?:,[\s*_]*)?"
_DATE = re.compile(
    _LEAD
    + r"(?i:(?:ban\s+hành|ký)\s+)?(?i:"
    r"ngày\s+(?P<d1>\d{1,2})\s*[/.\-–]\s*(?P<m1>\d{1,2})\s*[/.\-–]\s*(?P<y1>\d{4})"
    r"|ngày\s+(?P<d2>\d{1,2})\s+tháng\s+(?P<m2>\d{1,2})\s*,?\s+năm\s+(?P<y2>\d{4})"
    r"|tháng\s+(?P<m3>\d{1,2})\s*(?:/|\s+năm\s+)\s*(?P<y3>\d{4})"
    r"|năm\s+(?P<y4>\d{4})"
    r")(?!\d)"
)


def _date_at(text: str, position: int) -> tuple[str | None, int]:
    """The date written at ``position``, in the precision given, and where it ends."""
    match = _DATE.match(text, position)
    if match is None:
        return None, position
    groups = match.groupdict()
    year = groups["y1"] or groups["y2"] or groups["y3"] or groups["y4"]
    month = groups["m1"] or groups["m2"] or groups["m3"]
    day = groups["d1"] or groups["d2"]
    if not 1900 <= int(year) <= 2100:
        return None, position
    if month is None:
        return year, match.end()
    if not 1 <= int(month) <= 12:
        return None, position
    if day is None:
        return f"{year}-{int(month):02d}", match.end()
    if not 1 <= int(day) <= 31:
        return None, position
    return f"{year}-{int(month):02d}-{int(day):02d}", match.end()


# "của Bộ Chính trị", "giữa Ban Dân vận Thành ủy và Ban Cán sự đảng ..."; a name starts
# with a capital.
_ISSUER_LEAD = re.compile(_LEAD + rf"(?i:của|giữa)\s+(?=[{_UPPER}])")
# Punctuation, emphasis, a quotation, a sentence end or a blank line ends the phrase.
_ISSUER_HARD_END = re.compile(r"[,;:!?()\[\]{}“”\"‘’'*_|/…]|\.(?!\w)|\n[ \t]*\n")
# Words that start the rest of the clause; matched in lower case (or all capitals), so
# "Ban Chỉ đạo" stays a name while "chỉ đạo" ends one.
_ISSUER_STOPS = tuple(
    tuple(phrase.split())
    for phrase in (
        "về", "ban hành", "thực hiện", "triển khai", "phê duyệt", "quy định", "hướng dẫn",
        "chỉ đạo", "kèm theo", "sau đây", "đối với", "bao gồm", "giai đoạn", "yêu cầu",
        "tại", "trên", "theo", "trong", "nhằm", "để", "đã", "đang", "sẽ", "có", "được",
        "với", "cho", "là", "gồm", "ngày", "tháng", "năm", "số", "thì", "mà", "nên",
        "hoặc", "cũng", "đều", "nay", "này", "đó", "khi", "từ", "đến", "qua", "tiếp tục",
        "gắn", "đẩy mạnh", "tăng cường", "xác định", "đề ra", "nêu", "giao", "chỉ rõ",
        "nhấn mạnh", "khẳng định", "đánh giá", "quyết định", "sửa đổi", "bổ sung", "thay thế",
    )
)
# The stops by their first word, so each word of a name is looked up once.
_ISSUER_STOPS_BY_FIRST: dict[str, tuple[tuple[str, ...], ...]] = {
    first: tuple(stop for stop in _ISSUER_STOPS if stop[0] == first)
    for first in {stop[0] for stop in _ISSUER_STOPS}
}
_MAX_ISSUER_WORDS = 16


def _issuer_at(text: str, position: int) -> tuple[str | None, int]:
    """The issuer phrase ("của Thủ tướng Chính phủ") at ``position``, without "của"."""
    lead = _ISSUER_LEAD.match(text, position)
    if lead is None:
        return None, position
    hard_end = _ISSUER_HARD_END.search(text, lead.end())
    stretch_end = hard_end.start() if hard_end else len(text)
    # A name is at most _MAX_ISSUER_WORDS words; a stop after it is read to its end.
    tokens = list(itertools.islice(
        _WORD.finditer(text, lead.end(), stretch_end), _MAX_ISSUER_WORDS + _LONGEST_STOP
    ))
    lowered = [_as_lower(token.group()) for token in tokens]
    kept = 0
    while kept < len(tokens) and kept < _MAX_ISSUER_WORDS:
        if kept and _issuer_ends_before(tokens, lowered, kept, text):
            break
        kept += 1
    while kept and tokens[kept - 1].group() in {"-", "–", "—"}:
        kept -= 1
    if not kept:
        return None, position
    issuer = " ".join(token.group() for token in tokens[:kept])
    return issuer, tokens[kept - 1].end()


_WORD = re.compile(r"\S+")
_LONGEST_STOP = max(len(stop) for stop in _ISSUER_STOPS)


def _issuer_ends_before(
    tokens: list[re.Match[str]], lowered: list[str | None], index: int, text: str
) -> bool:
    word = tokens[index].group()
    if "/" in word or NUMBER_PATTERN.match(word):
        return True
    # The term closes a body's name: "Ban Chấp hành Trung ương Đảng khóa XII".
    if index >= 2 and _as_lower(to_traditional(tokens[index - 2].group())) == "khóa":
        return True
    if lowered[index] == "và":
        # Joint issuers and names with "và" ("Bộ Tài chính và Bộ Nội vụ", "Bộ Kế hoạch
        # và Đầu tư") go on; "của Chính phủ và Kế hoạch số ..." starts another document.
        if index + 1 >= len(tokens):
            return True
        following = tokens[index + 1]
        if not following.group()[:1].isupper():
            return True
        rest = to_traditional(text[following.start() : following.start() + 40])
        return _TYPE_START.match(rest) is not None
    for stop in _ISSUER_STOPS_BY_FIRST.get(lowered[index], ()):
        if tuple(lowered[index : index + len(stop)]) == stop:
            return True
    return False


def _as_lower(word: str) -> str | None:
    """The word in lower case if it is written in lower case or all capitals, else None."""
    if word.islower():
        return word
    if word.isupper():
        return word.lower()
    return None


# ---------------------------------------------------------------------------------------
# Finding every citation

# What may stand between two numbers of one list: "18-NQ/TW, 19-NQ/TW", "… và số …".
_LIST_GAP = re.compile(r"(?:[\s*_,;:]+|(?i:và|hoặc|cùng|số)(?![^\W\d_]))*")


@dataclass(frozen=True)
class _Mention:
    citation: Citation
    typed_by_words: bool


# A scan reads 0 as O and 1 as l or I, and Đ as the Icelandic Ð: "Quyết định số
# l8/2OO9/QĐ-UBND", "58l/QĐ-BYT", "NQ-HÐND". A word made of digits and those letters
# only, with a digit among them, is a number; no word of prose is. Most texts hold none,
# and a digit beside such a letter tells: a pattern that opens with the letters lets the
# regex engine skip to them (12 µs a text against 37 for "\d[OolI]|[OolI]\d|Ð").
_SCANNED_DIGIT = re.compile(r"[OolIÐ](?:(?<=Ð)|(?<=\d.)|(?=\d))")
_WORD_OF_SCANNED_DIGITS = re.compile(r"(?<![^\W\d_])(?=[OolI]*\d)[\dOolI]+(?![^\W\d_])")
_AS_DIGITS = str.maketrans("OolIÐ", "0011Đ")


def read_as_scanned(text: str) -> str:
    """``text`` with a scan's letters for digits in numbers read as the digits, and "Ð" as
    "Đ": one character for one, so every place in it stays where it was.

    >>> read_as_scanned("Quyết định số l8/2OO9/QĐ-UBND ngày O5/3/2Ol2; Điều l; CO2")
    'Quyết định số 18/2009/QĐ-UBND ngày 05/3/2012; Điều l; CO2'
    """
    if not _SCANNED_DIGIT.search(text):
        return text
    text = _WORD_OF_SCANNED_DIGITS.sub(lambda word: word.group().translate(_AS_DIGITS), text)
    return text.replace("Ð", "Đ")


def find_citations(text: str, *, own_number: str | None = None, own_year: str | None = None) -> list[Citation]:
    """Every document ``text`` cites with a number and symbol, once each, first seen first.

    ``own_number`` (the citing document's number) is left out, but for a mention dated
    in another year than ``own_year``: another body's document of that number. A later
    mention of a document fills in the type, date or issuer the first one did not state.

    >>> [c.number for c in find_citations("Nghị quyết số 18-NQ/TW, 19-NQ/TW về tổ chức")]
    ['18-NQ/TW', '19-NQ/TW']
    >>> find_citations("theo Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị về ...")[0]
    Citation(number='21-KL/TW', doc_type='Kết luận', issuer='Bộ Chính trị', date='2021-10-25', \
text='Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị', start=5, end=58, \
url=None, in_corpus=False)
    """
    if not unicodedata.is_normalized("NFC", text):
        text = nfc(text)
    text = read_as_scanned(text)
    # Only "w" and "W" lower-case to "w", and Vietnamese has no such letter: most texts
    # are settled without a lower-cased copy.
    has_urls = "://" in text or (("w" in text or "W" in text) and "www." in text.lower())
    urls = [match.span() for match in _URL.finditer(text)] if has_urls else []
    mentions: list[_Mention] = []
    for match in NUMBER_PATTERN.finditer(text):
        start, end = match.span("number")
        if any(url_start <= start < url_end for url_start, url_end in urls):
            continue
        if _FORM_BEFORE.search(text, max(0, start - 40), start):
            continue
        mentions.append(_mention(text, match, mentions[-1] if mentions else None))
    return _merge(mentions, own_number, own_year)


def _mention(text: str, match: re.Match[str], previous: _Mention | None) -> _Mention:
    number = normalise_number(match.group("number"))
    number_start, number_end = match.span("number")
    words = _type_before(text, number_start)
    if words is not None and words.doc_type is not None:
        doc_type, typed_by_words = words.doc_type, True
    elif words is None and _continues_list(text, number_start, number, previous):
        doc_type, typed_by_words = previous.citation.doc_type, True
    else:
        doc_type, typed_by_words = type_from_symbol(number), False
    start = words.start if words is not None else number_start

    date, end = _date_at(text, number_end)
    issuer, issuer_end = _issuer_at(text, end)
    if issuer is not None:
        end = issuer_end
        if date is None:  # "của Thủ tướng Chính phủ ngày 22/6/2007"
            date, end = _date_at(text, end)
    citation = Citation(
        number=number,
        doc_type=doc_type,
        issuer=issuer,
        date=date,
        text=text[start:end],
        start=start,
        end=end,
    )
    return _Mention(citation, typed_by_words)


def _continues_list(text: str, number_start: int, number: str, previous: _Mention | None) -> bool:
    """Whether a number with no type of its own is the next item of a typed list."""
    if previous is None or not previous.typed_by_words:
        return False
    if not _LIST_GAP.fullmatch(text, previous.citation.end, number_start):
        return False
    # "Nghị quyết số 18-NQ/TW, 19-NQ/TW": the same kind of symbol, or one naming no type.
    own = type_from_symbol(number)
    return own is None or own == type_from_symbol(previous.citation.number)


def _merge(mentions: list[_Mention], own_number: str | None, own_year: str | None = None) -> list[Citation]:
    """One citation per number, at its first mention, completed by the later ones."""
    own = number_key(own_number) if own_number else None
    first: dict[str, _Mention] = {}
    for mention in mentions:
        key = number_key(mention.citation.number)
        dated = mention.citation.date
        if key == own and not (dated and own_year and dated[:4] != own_year):
            continue
        earlier = first.get(key)
        if earlier is None:
            first[key] = mention
            continue
        known, later = earlier.citation, mention.citation
        better_type = mention.typed_by_words and not earlier.typed_by_words
        first[key] = _Mention(
            replace(
                known,
                doc_type=later.doc_type if better_type or known.doc_type is None else known.doc_type,
                issuer=known.issuer or later.issuer,
                date=known.date or later.date,
            ),
            earlier.typed_by_words or mention.typed_by_words,
        )
    return [mention.citation for mention in first.values()]
