"""Writing upper-case header text ("BAN THƯỜNG VỤ TỈNH ỦY") the way Vietnamese prose does.

Headers, titles and signature blocks are set in capitals; front matter and titles want
ordinary case. Two sources of truth, in order:

1. the document's own text: the longest run of words that the body spells the same way
   (ignoring case) gives its casing ("chỉnh đốn Đảng" but "đảng viên"), since the
   document knows its own proper nouns best;
2. a lexicon of institutions, titles and places (Nghị định 30/2020/NĐ-CP, appendix II,
   capitalises the first syllable of an organisation's type and of its specific name).

What neither knows is written in lower case; Roman numerals, symbols with digits and known
acronyms keep their capitals, and the first letter is always upper case.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from .orthography import to_traditional
from .text import fold, folds_letter_for_letter, spelling_classes

# Phrases spelt as official documents spell them. Longer phrases win over shorter ones.
LEXICON: tuple[str, ...] = (
    "Ban Chấp hành Trung ương", "Ban Chấp hành", "Ban Thường vụ", "Ban Bí thư",
    "Bộ Chính trị", "Trung ương", "Đảng", "Đảng Cộng sản Việt Nam", "Đảng bộ", "Đảng ủy",
    "Đảng ủy Khối", "Đảng bộ Khối",
    "Đảng đoàn", "Ban cán sự đảng", "Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
    "Ban Tuyên giáo", "Ban Tổ chức", "Ban Dân vận", "Ban Nội chính", "Ban Kinh tế",
    "Ủy ban Kiểm tra", "Văn phòng", "Văn phòng Trung ương Đảng", "Ban Tuyên giáo và Dân vận",
    "Chủ tịch", "Phó Chủ tịch", "Bí thư", "Phó Bí thư", "Thường trực", "Ủy viên",
    "Chủ nhiệm", "Phó Chủ nhiệm", "Trưởng ban", "Phó Trưởng ban", "Trưởng phòng", "Phó Trưởng phòng",
    "Giám đốc", "Phó Giám đốc",
    "Tổng Giám đốc", "Bộ trưởng", "Thứ trưởng", "Thủ tướng", "Phó Thủ tướng",
    "Thủ tướng Chính phủ", "Chính phủ", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
    "Chủ tịch nước", "Văn phòng Chính phủ", "Văn phòng Quốc hội", "Chánh Văn phòng",
    "Phó Chánh Văn phòng", "Chánh Thanh tra", "Chánh án", "Viện trưởng", "Cục trưởng",
    "Vụ trưởng", "Tổng cục trưởng", "Hiệu trưởng", "Tổng Biên tập", "Tổng Thư ký",
    "Chi cục trưởng", "Phó Chi cục trưởng", "Kiểm toán trưởng", "Phó Kiểm toán trưởng",
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc",
    "Ủy ban Mặt trận Tổ quốc Việt Nam", "Hội đồng", "Ban Chỉ đạo", "Tòa án nhân dân", "Hội đồng Thẩm phán",
    "Viện kiểm sát nhân dân", "Kiểm toán Nhà nước", "Ngân hàng Nhà nước Việt Nam",
    "Công an", "Bộ Chỉ huy Quân sự", "Bộ đội Biên phòng", "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn", "Trung ương Đoàn",
    "Ban Chấp hành Đoàn", "Ban Thường vụ Đoàn",
    "Hội Liên hiệp Phụ nữ", "Hội Nông dân", "Hội Cựu chiến binh", "Liên đoàn Lao động",
    "Trường Mầm non", "Trường Tiểu học", "Trường Trung học cơ sở", "Trường Trung học phổ thông",
    "Bệnh viện Đa khoa", "Trung tâm Y tế",
    "Tạp chí Cộng sản", "ngân sách nhà nước", "Nhà nước", "Nhân dân", "Hồ Chí Minh", "Việt Nam",
    # Neighbours, and the borders named after them ("BIÊN GIỚI VIỆT - LÀO").
    "Lào", "Campuchia", "Trung Quốc", "Việt - Lào", "Việt - Trung", "Việt Nam - Lào",
    "Việt Nam - Campuchia", "Việt Nam - Trung Quốc", "tiếng Việt",
    "Bộ Nội vụ", "Bộ Tài chính", "Bộ Tư pháp", "Bộ Công an", "Bộ Quốc phòng", "Bộ Ngoại giao",
    "Bộ Kế hoạch và Đầu tư", "Bộ Công Thương", "Bộ Xây dựng", "Bộ Giao thông vận tải",
    "Bộ Giáo dục và Đào tạo", "Bộ Y tế", "Bộ Khoa học và Công nghệ", "Bộ Thông tin và Truyền thông",
    "Bộ Tài nguyên và Môi trường", "Bộ Nông nghiệp và Phát triển nông thôn",
    "Bộ Nông nghiệp và Môi trường", "Bộ Lao động - Thương binh và Xã hội",
    "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Dân tộc và Tôn giáo", "Thanh tra Chính phủ",
    "Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Y tế", "Sở Xây dựng", "Sở Công Thương",
    "Sở Kế hoạch và Đầu tư", "Sở Giáo dục và Đào tạo", "Sở Giao thông vận tải",
    "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Khoa học và Công nghệ",
    "Sở Lao động - Thương binh và Xã hội", "Sở Nông nghiệp và Phát triển nông thôn",
    "Sở Văn hóa, Thể thao và Du lịch", "Sở Ngoại vụ",
    "Phòng Giáo dục và Đào tạo", "Phòng Tài chính - Kế hoạch", "Phòng Nội vụ", "Phòng Tư pháp",
    "Phòng Văn hóa và Thông tin", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế", "Phòng Y tế",
    "Phòng Nông nghiệp và Phát triển nông thôn", "Phòng Lao động - Thương binh và Xã hội",
    "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
    # Ordinary words that open with an organisation's head word ("Báo", "Hội", "Bộ"), so
    # that "TỔ BÁO CÁO VIÊN" is no newspaper's "Tổ Báo Cáo viên".
    "báo cáo", "báo cáo viên", "hội nghị", "hội thảo", "hội viên", "hội thi", "ban hành",
    "bộ phận", "bộ máy", "trường hợp", "phòng cháy", "phòng chống", "phòng ngừa", "sở hữu",
    "vụ việc", "viện trợ",
    # "xã" here names no commune ("xã Hội Chủ Nghĩa" is no place); a bare "xã hội" may
    # still be one ("xã Hội An").
    "xã hội chủ nghĩa", "Cộng hòa xã hội chủ nghĩa Việt Nam", "an sinh xã hội", "chính sách xã hội",
)

# Compared as written in capitals, marks and all: "TU" is an acronym, "TỰ" and "TỪ" are words.
ACRONYMS = frozenset(
    word.upper()
    for word in (
        "UBND HĐND MTTQ TW TU HU ĐU BCH BTV BCĐ BCS TP TX TT VP CP QH TTg ĐBQH HĐ KH CT NQ "
        "QĐ TB HD BC CV KL CTr ĐCSVN CHXHCN XHCN CNTT TTHC CCHC PCTNTC UBKT BCSĐ TNHH MTV TNCS HTX"
    ).split()
)

# Administrative units are written in lower case before the place name they introduce.
ADMIN_UNITS = ("tỉnh", "thành phố", "huyện", "quận", "thị xã", "thị trấn", "xã", "phường", "đặc khu")
# Party committees, and the Youth Union's, are named by their place as well: "Huyện ủy
# Quế Võ", "Tỉnh đoàn Thái Bình", "Đảng ủy xã An Hòa".
COMMITTEES_NAMED_BY_PLACE = ("Tỉnh ủy", "Thành ủy", "Huyện ủy", "Quận ủy", "Thị ủy",
                             "Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn")

_TOKEN = re.compile(r"[^\W_]+(?:[-/.][^\W_]+)*", re.UNICODE)
# A token with what stands before it since the previous one: only non-word characters can.
_GAP_AND_TOKEN = re.compile(rf"([\W_]*)({_TOKEN.pattern})")
_SENTENCE_END = re.compile(r"[.!?:;]\s*$")
# What opens an item of a list at the start of a line: "1-", "2.", "a)", "II-", "1.2." (the
# Party's documents number with a hyphen).
_ITEM_MARK = re.compile(r"[ \t]*(?:[0-9]+(?:\.[0-9]+)*|[IVXLCDM]+|[a-zđ])[ \t]*[-.):][ \t]*")
_ROMAN = re.compile(r"^(?=[MDCLXVI])M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")


def _tokens(text: str) -> list[re.Match[str]]:
    return list(_TOKEN.finditer(text))


@lru_cache(maxsize=8)
def case_model(reference: str) -> "CaseModel":
    """The case model of a text; a document's header asks for it several times."""
    return CaseModel(reference)


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return fold(word)


@lru_cache(maxsize=1 << 12)
def _whole_words_spelt(folded_word: str) -> re.Pattern[str] | None:
    """A pattern of the whole words of a text that fold to ``folded_word``; None when no
    word can.

    A word is what ``_TOKEN`` reads: no letter or digit stands against it, nor "-", "/"
    or "." with one beyond ("18-NQ" holds no word "NQ"). The first letter is matched
    before the look back, which lets the search skip to the places that letter stands.
    No two such words overlap, so one pass finds them all.
    """
    classes = spelling_classes(folded_word)
    if classes is None or not _TOKEN.fullmatch(folded_word):
        return None
    nothing_joined_before = r"(?<![^\W_].)(?<![^\W_][-/.].)"
    nothing_joined_after = r"(?![^\W_])(?![-/.][^\W_])"
    return re.compile(f"(?s){classes[0]}{nothing_joined_before}{''.join(classes[1:])}{nothing_joined_after}")


@dataclass(slots=True)
class _Read:
    """The words read from a place on: what stands before each (the first's is not read
    here: ``_after_break`` looks back for it), each as written and folded, and the offset
    to read on from (-1 at the text's end)."""

    gaps: list[str]
    words: list[str]
    folded: list[str]
    position: int


class CaseModel:
    """How a document spells its words, learnt from its own mixed-case text.

    Only the words a header asks after are looked for, by every spelling that folds to
    them, and the words that follow a place are read only as far as a run asks. Reading
    and folding every word of the text up front cost more than all the runs asked of it.
    """

    def __init__(self, reference: str) -> None:
        self._text = reference
        # Where each folded word asked after stands: the offsets its words start at.
        self._places: dict[str, list[int]] = {}
        # From a place on, the words read so far.
        self._read_from: dict[int, _Read] = {}
        # Every word with its offset, for a text whose spellings cannot all be searched.
        self._all_words: list[tuple[int, str]] | None = (
            None if folds_letter_for_letter(reference) else
            [(match.start(), match.group()) for match in _tokens(reference)]
        )

    def _places_of(self, folded_word: str) -> list[int]:
        places = self._places.get(folded_word)
        if places is None:
            places = self._places[folded_word] = self._find(folded_word)
        return places

    def _find(self, folded_word: str) -> list[int]:
        if self._all_words is not None:
            return [start for start, word in self._all_words if _fold_word(word) == folded_word]
        whole_words = _whole_words_spelt(folded_word)
        return [] if whole_words is None else [found.start() for found in whole_words.finditer(self._text)]

    def _run_at(self, start: int, folded_run: list[str]) -> list[str] | None:
        """The words at ``start`` when they fold to ``folded_run`` with only spaces between
        them; words are read on from a place only while they match what is asked."""
        read = self._read_from.get(start)
        if read is None:
            first = _TOKEN.match(self._text, start)
            assert first is not None, "a place is where a whole word starts"
            read = self._read_from[start] = _Read([""], [first.group()], [_fold_word(first.group())], first.end())
        size = len(folded_run)
        folded = read.folded
        while len(folded) < size and read.position >= 0 and folded[-1] == folded_run[len(folded) - 1]:
            match = _GAP_AND_TOKEN.match(self._text, read.position)
            if match is None:
                read.position = -1
                break
            read.gaps.append(match.group(1))
            read.words.append(match.group(2))
            folded.append(_fold_word(match.group(2)))
            read.position = match.end()
        if folded[:size] != folded_run or not all(map(self._joined, read.gaps[1:size])):
            return None
        return read.words[:size]

    def _after_break(self, start: int) -> bool:
        """A capital here says nothing of the word: it starts the text, a line, a sentence,
        a bracket or an item of a list ("1- Tuyên truyền"). A quotation keeps its capital
        ("Đề án “Đẩy mạnh ...”")."""
        text = self._text
        gap_start = start
        while gap_start > 0 and not text[gap_start - 1].isalnum():
            gap_start -= 1
        gap = text[gap_start:start]
        if gap_start == 0 or "\n" in gap:
            return True
        if _SENTENCE_END.search(gap) or gap.strip().startswith("("):
            return True
        # An item's mark ends in "-" or ")" here: "." and ":" were told above.
        if "-" not in gap and ")" not in gap:
            return False
        line_start = text.rfind("\n", 0, start) + 1
        return _ITEM_MARK.fullmatch(text, line_start, start) is not None

    @staticmethod
    def _joined(gap: str) -> bool:
        """Only spaces stand between a word and the one before it on its line:
        punctuation ends a phrase ("Tỉnh uỷ, Ban" is no run "uỷ Ban")."""
        if "\n" in gap:
            return False
        return gap == " " or not gap.strip()

    def casing_of_run(self, folded_run: list[str]) -> list[str] | None:
        """The casing of the most frequent spelling of this run of words, if it occurs."""
        if not folded_run:
            return None
        spellings: Counter[tuple[str, ...]] = Counter()
        # A capital at the start of a sentence says nothing about the word; such a run is
        # evidence for the words after its first one only, and only when nothing else is.
        after_break: Counter[tuple[str, ...]] = Counter()
        size = len(folded_run)
        for start in self._places_of(folded_run[0]):
            words = self._run_at(start, folded_run)
            if words is None:
                continue
            if any(word.isupper() and len(word) > 1 for word in words) and not all(
                word.upper() in ACRONYMS or _ROMAN.match(word) for word in words if word.isupper()
            ):
                continue
            if self._after_break(start):
                if size > 1:
                    after_break[(words[0].lower(), *words[1:])] += 1
                continue
            spellings[tuple(words)] += 1
        if not spellings:
            spellings = after_break
        if not spellings:
            return None
        best = max(spellings.items(), key=lambda item: (item[1], item[0]))[0]
        return list(best)


@lru_cache(maxsize=1)
def _lexicon_runs() -> dict[str, tuple[tuple[list[str], list[str]], ...]]:
    """Lexicon phrases (as spelt, and folded) by their first folded word, longest first."""
    from .gazetteer import provinces

    phrases = list(LEXICON) + list(provinces())
    runs: dict[str, list[tuple[list[str], list[str]]]] = defaultdict(list)
    for phrase in phrases:
        words = [match.group() for match in _TOKEN.finditer(phrase)]
        folded = [fold(word) for word in words]
        runs[folded[0]].append((words, folded))
    return {
        key: tuple(sorted(value, key=lambda run: len(run[0]), reverse=True))
        for key, value in runs.items()
    }


def recase(
    text: str,
    reference: str | None = None,
    *,
    names: bool = False,
    capitalise_first: bool = True,
) -> str:
    """Rewrite upper-case ``text`` in ordinary case; text not in upper case is kept.

    ``names`` says the text is the name of a body, so the words after an administrative
    unit ("tỉnh", "huyện", "xã" ...) are a place name and are capitalised.

    >>> recase("BAN THƯỜNG VỤ TỈNH ỦY")
    'Ban Thường vụ Tỉnh ủy'
    >>> recase("ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", names=True)
    'Ủy ban nhân dân thành phố Hải Phòng'
    >>> recase("KẾT LUẬN HỘI NGHỊ KHÓA XIII VỀ ĐẢNG", "theo Kết luận Hội nghị và Đảng")
    'Kết luận Hội nghị khóa XIII về Đảng'
    >>> recase("TRÊN ĐỊA BÀN TỈNH", "Ban Chỉ đạo")
    'Trên địa bàn tỉnh'
    """
    if not reference:
        return _recase_alone(text, names, capitalise_first)
    return _recase(text, reference, names, capitalise_first)


# Titles and names recased without a document's text ("BÍ THƯ", "PHÓ CHỦ TỊCH") repeat
# across a corpus.
@lru_cache(maxsize=1 << 14)
def _recase_alone(text: str, names: bool, capitalise_first: bool) -> str:
    return _recase(text, None, names, capitalise_first)


def _recase(text: str, reference: str | None, names: bool, capitalise_first: bool) -> str:
    letters = [char for char in text if char.isalpha()]
    if not letters or any(char.islower() for char in letters):
        return text
    model = case_model(reference) if reference else None
    matches = _tokens(text)
    folded = [fold(match.group()) for match in matches]
    lowered = [match.group().lower() for match in matches]
    cased: list[str | None] = [None] * len(matches)
    # Words neither the document nor the lexicon knew; only these may be capitalised by rule.
    defaulted = [False] * len(matches)
    # Words that continue a phrase the document or the lexicon spelt ("Bộ trưởng").
    continues_phrase = [False] * len(matches)
    index = 0
    while index < len(matches):
        run = None
        if model is not None:
            for size in range(min(12, len(matches) - index), 1, -1):
                spelt = model.casing_of_run(folded[index : index + size])
                # In a body's name, a scan's misread marks ("PHÁT TRIẾN NÔNG THÔN") take
                # the document's own spelling of a name ("Phát triển nông thôn"), never of
                # common words ("SỞ Y TẾ" is no "chỉ số y tế").
                run = _same_letters(spelt, lowered, index) or (
                    names and spelt is not None and spelt[0][:1].isupper() and _marks_misread(spelt, lowered, index)
                ) or None
                if run is not None:
                    break
            if run is not None:
                run = _before_longer_lexicon_phrase(run, folded, lowered, index)
                run = _before_run_going_on(run, model, folded, lowered, index)
                # The document spelt only the start of a name the lexicon knows whole
                # ("Ủy ban" and, apart, "Nhân dân", the people): the name is the lexicon's.
                lexicon_whole = _lexicon_run(folded, index)
                whole = _same_letters(lexicon_whole, lowered, index) or (
                    _marks_misread(lexicon_whole, lowered, index) if names else None
                )
                if whole is not None and len(whole) > len(run):
                    run = whole
        if run is None:
            lexicon_run = _lexicon_run(folded, index)
            run = (
                _same_letters(lexicon_run, lowered, index)
                or _marks_restored(lexicon_run, lowered, index, misread=names)
                or _unit_with_marks_restored(folded, lowered, index)
            )
        if run is None and model is not None:
            run = _same_letters(model.casing_of_run(folded[index : index + 1]), lowered, index)
        if run is None:
            run = [_default_word(matches[index].group())]
            defaulted[index] = True
        for offset, word in enumerate(run):
            cased[index + offset] = word
            continues_phrase[index + offset] = offset > 0
        index += len(run)
    if names:
        spelt = [to_traditional(word) for word in lowered]
        _capitalise_after_admin_units(matches, spelt, folded, cased, continues_phrase)
        joined = [index > 0 and not text[matches[index - 1].end() : match.start()].strip()
                  for index, match in enumerate(matches)]
        _capitalise_specific_names(spelt, cased, defaulted, continues_phrase, joined)
    pieces = []
    previous = 0
    for match, word in zip(matches, cased):
        pieces.append(text[previous : match.start()].lower())
        pieces.append(word if word is not None else match.group().lower())
        previous = match.end()
    pieces.append(text[previous:].lower())
    result = "".join(pieces)
    if capitalise_first:
        result = _upper_first(result)
    return result


def _same_letters(run: list[str] | None, lowered: list[str], index: int) -> list[str] | None:
    """A spelling only if it differs from the text in case (or tone placement) alone:
    "ban" is no casing of "BÀN", though both fold to "ban"."""
    if run is None:
        return None
    if all(
        word.lower() == lowered[index + offset]
        or to_traditional(word.lower()) == to_traditional(lowered[index + offset])
        for offset, word in enumerate(run)
    ):
        return run
    return None


def _before_longer_lexicon_phrase(
    run: list[str], folded: list[str], lowered: list[str], index: int
) -> list[str]:
    """The document's run, cut where a lexicon phrase starts inside it and ends beyond it:
    "ĐẢNG ỦY BỘ TƯ PHÁP" is "Đảng ủy" and "Bộ Tư pháp", though the document spelt
    "Đảng ủy Bộ" ("Đảng ủy Bộ đề nghị") and never "Tư pháp"."""
    phrases = _lexicon_runs()
    for start in range(index + 1, index + len(run)):
        if folded[start] not in phrases:
            continue
        phrase = _same_letters(_lexicon_run(folded, start), lowered, start)
        if phrase is not None and start + len(phrase) > index + len(run):
            return run[: start - index]
    return run


def _before_run_going_on(
    run: list[str], model: "CaseModel", folded: list[str], lowered: list[str], index: int
) -> list[str]:
    """The document's run without its last word when the document also spells that word
    with the one after the run: "ĐẢNG ỦY PHƯỜNG LÂM VIÊN" is "Đảng ủy phường" and "Lâm
    Viên" where a line of the body ended on "Đảng ủy phường Lâm" and the next began with
    "Viên", which the case model does not take for a name."""
    end = index + len(run)
    # Only a name's word may be cut off so: one the run spells with a capital.
    if len(run) < 3 or end >= len(folded) or not run[-1][:1].isupper():
        return run
    going_on = _same_letters(model.casing_of_run(folded[end - 1 : end + 1]), lowered, end - 1)
    if going_on is None:
        return run
    # The longest run the document spells from the last word on, as the next step would
    # read it: given up only when it spells that word as the run does ("Dự" is no
    # "dự" of a sentence's start).
    for size in range(min(12, len(folded) - end + 1), 2, -1):
        longer = _same_letters(model.casing_of_run(folded[end - 1 : end - 1 + size]), lowered, end - 1)
        if longer is not None:
            going_on = longer
            break
    return run[:-1] if going_on[0] == run[-1] else run


def _marks_restored(
    run: list[str] | None, lowered: list[str], index: int, *, misread: bool = False
) -> list[str] | None:
    """A lexicon phrase of two words or more for words typed without any tone or vowel
    mark ("UY BAN NHAN DAN", as a scan or an unaccented keyboard gives it): the phrase
    is the body's name, and its spelling puts the marks back.

    With ``misread``, in a body's name, also for words a scan gave wrong marks here and
    there ("SỚ Y TẾ", "HỘI ĐÒNG NHÂN DÂN", "SỞ GIAO DUC VÀ ĐÀO TẠO"): at most half the
    phrase's words. Names that only fold alike differ in most of their words ("VÂN
    PHONG", the bay, is no "Văn phòng")."""
    if run is None or len(run) < 2:
        return None
    if _typed_without_marks(lowered, index, len(run)):
        return run
    return _marks_misread(run, lowered, index) if misread else None


def _marks_misread(run: list[str] | None, lowered: list[str], index: int) -> list[str] | None:
    """A spelling of two words or more that differs from the text in the marks of at
    most half its words."""
    if run is None or len(run) < 2:
        return None
    differing = sum(
        to_traditional(word.lower()) != to_traditional(lowered[index + offset]) for offset, word in enumerate(run)
    )
    return run if differing * 2 <= len(run) else None


def _typed_without_marks(lowered: list[str], index: int, size: int) -> bool:
    return all(word.isascii() for word in lowered[index : index + size])


def _unit_with_marks_restored(folded: list[str], lowered: list[str], index: int) -> list[str] | None:
    """An administrative unit typed without marks, before a place whose marks the
    lexicon puts back ("TINH QUANG NAM": "tỉnh Quảng Nam"); alone, "QUAN" may be
    "quận" or the "quan" of "cơ quan", so it is only read so before a known place."""
    if folded[index] not in _UNIT_FIRST_FOLDED:
        return None
    for unit, unit_folded in _UNITS_FOLDED:
        after = index + len(unit)
        if folded[index:after] == unit_folded and after < len(folded):
            place = _marks_restored(_lexicon_run(folded, after), lowered, after)
            if place is not None and _typed_without_marks(lowered, index, len(unit)):
                return [*unit, *place]
    return None


def _lexicon_run(folded: list[str], index: int) -> list[str] | None:
    for words, folded_words in _lexicon_runs().get(folded[index], ()):
        if folded_words == folded[index : index + len(words)]:
            return list(words)
    return None


def _default_word(word: str) -> str:
    if _ROMAN.match(word) or any(char.isdigit() for char in word) or word.upper() in ACRONYMS:
        return word
    return word.lower()


def _capitalise_after_admin_units(
    matches: list[re.Match[str]],
    spelt: list[str],
    folded: list[str],
    cased: list[str | None],
    continues_phrase: list[bool],
) -> None:
    """Place names after "tỉnh", "huyện", "xã" ... are proper nouns: capitalise each word.

    A name ends before a function word or another unit's word, told by its spelling:
    "Trọng" in "huyện Đức Trọng" is no "trong" (in), "Nam" no "năm" (year). Only a text
    typed without marks leaves nothing but the folded word to go by.
    """
    unmarked = all(word.isascii() for word in spelt)
    words, stops = (folded, _NOT_IN_PLACE_NAMES_FOLDED) if unmarked else (spelt, _NOT_IN_PLACE_NAMES)
    index = 0
    while index < len(matches):
        unit = next(
            # Spelt as the unit, not only folded alike: "QUAN" (cơ quan) is no "quận".
            (u for u, lowered in _UNITS if spelt[index : index + len(u)] == lowered), None
        )
        after_unit = index + len(unit) if unit else index
        # "Tỉnh ủy" is a body, not the province "Ủy": the unit word opens a known phrase.
        if unit is None or (after_unit < len(matches) and continues_phrase[after_unit]):
            index += 1
            continue
        for offset in range(len(unit)):
            cased[index + offset] = unit[offset]
        name_at = index + len(unit)
        while name_at < len(matches):
            word = cased[name_at] or matches[name_at].group().lower()
            if words[name_at] in stops or _starts_unit(words, name_at, unmarked):
                break
            if word[:1].isupper() and name_at > index + len(unit):
                name_at += 1
                continue
            cased[name_at] = _upper_first(word)
            name_at += 1
            # A place name is one to four syllables; stop at a word the lexicon knows.
            if name_at - (index + len(unit)) >= 4:
                break
        index = name_at


def _starts_unit(words: list[str], index: int, folded: bool) -> bool:
    """Whether a unit of two words ("thành phố", "thị xã") starts at ``index``."""
    units = _TWO_WORD_UNITS_FOLDED if folded else _TWO_WORD_UNITS
    return words[index] in _TWO_WORD_UNIT_STARTS and words[index : index + 2] in units


_TWO_WORD_UNITS = [[to_traditional(word) for word in unit.split()] for unit in ADMIN_UNITS if " " in unit]
_TWO_WORD_UNITS_FOLDED = [[fold(word) for word in unit] for unit in _TWO_WORD_UNITS]
_TWO_WORD_UNIT_STARTS = frozenset(unit[0] for unit in _TWO_WORD_UNITS + _TWO_WORD_UNITS_FOLDED)


# The units (and Party committees) as written, and spelt in lower case.
_UNITS = tuple(
    (unit.split(), [word.lower() for word in unit.split()])
    for unit in (*COMMITTEES_NAMED_BY_PLACE, *ADMIN_UNITS)
)
_UNITS_FOLDED = tuple((unit.split(), [fold(word) for word in unit.split()]) for unit in ADMIN_UNITS)
_UNIT_FIRST_FOLDED = frozenset(folded[0] for _, folded in _UNITS_FOLDED)
# A place name ends before another unit's word or a function word (spelt in lower case,
# with traditional tone placement; and folded, for a text typed without marks).
# A unit of one word ends a name; one of two ends it only whole: "Châu Thành" is a name,
# "thành phố" a unit (see _starts_unit).
_NOT_IN_PLACE_NAMES = frozenset(
    {to_traditional(unit) for unit in ADMIN_UNITS if " " not in unit}
    | {to_traditional(word) for word in ("và", "các", "về", "của", "trên", "trong", "năm", "giai")}
)
_NOT_IN_PLACE_NAMES_FOLDED = frozenset(map(fold, _NOT_IN_PLACE_NAMES))

# Words that open the name of an organisation; the next word starts its specific name
# ("Vụ Ngân sách nhà nước", "Sở Giao thông vận tải", "Trung tâm Phục vụ hành chính công").
_ORGANISATION_HEAD_NAMES = ("Bộ", "Sở", "Vụ", "Cục", "Ban", "Phòng", "Viện", "Tổng cục", "Chi cục",
                            "Trung tâm", "Văn phòng", "Hội", "Trường", "Đài", "Báo", "Tạp chí",
                            "Học viện", "Ủy ban")


def _capitalise_specific_names(
    words: list[str],
    cased: list[str | None],
    defaulted: list[bool],
    continues_phrase: list[bool],
    joined: list[bool],
) -> None:
    """Capitalise the first word of an organisation's specific name ("Vụ Ngân sách ...").

    ``words`` are the words in lower case and traditional tone placement: a head must be
    spelt as one ("CỰC" is no "Cục"), and its name must follow it with no punctuation
    between ("phòng, chống tham nhũng" names no office).
    """
    for index in range(len(words) - 1):
        pair = " ".join(words[index : index + 2])
        head_size = 2 if pair in _HEAD_SPELLINGS and joined[index + 1] else 1
        if words[index] not in _HEAD_SPELLINGS and head_size == 1:
            continue
        name_at = index + head_size
        if name_at >= len(words) or not joined[name_at] or words[name_at] in _FUNCTION_SPELLINGS:
            continue
        head = cased[index] or ""
        single_word_run = not continues_phrase[index] and not continues_phrase[index + 1]
        if defaulted[index] or single_word_run:
            head = cased[index] = _upper_first(head)
        if not head[:1].isupper() or continues_phrase[name_at]:
            continue
        word = cased[name_at] or ""
        if word and not word[:1].isupper() and words[name_at] not in _UNIT_FIRST_WORDS:
            cased[name_at] = _upper_first(word)


_HEAD_SPELLINGS = frozenset(to_traditional(word.lower()) for word in _ORGANISATION_HEAD_NAMES)
_FUNCTION_SPELLINGS = frozenset("và của về cho các với tại trong ngoài thuộc trực nhân dân".split())
_UNIT_FIRST_WORDS = frozenset(unit.split()[0] for unit in ADMIN_UNITS)


def _upper_first(text: str) -> str:
    for position, char in enumerate(text):
        if char.isalpha():
            return text[:position] + char.upper() + text[position + 1 :]
    return text
