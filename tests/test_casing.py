"""The case model: what it learns from a text is what reading every word of it teaches."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.casing import _GAP_AND_TOKEN, _ROMAN, _SENTENCE_END, ACRONYMS, CaseModel, recase
from vanban.text import fold, folds_letter_for_letter, spellings_of


def casing_by_every_word(reference: str, folded_run: list[str]) -> list[str] | None:
    """The definition: read the text into words, then count each place the run stands,
    its words joined by spaces only, a capital after a break counting for the rest."""
    pairs = _GAP_AND_TOKEN.findall(reference)
    folded = [fold(word) for _, word in pairs]

    def after_break(position: int) -> bool:
        gap = pairs[position][0]
        if position == 0 or "\n" in gap:
            return True
        if _SENTENCE_END.search(gap) or gap.strip().startswith("("):
            return True
        # The word after an item's number or letter that opens its line ("1- Tuyên").
        mark_gap, mark = pairs[position - 1]
        indent = mark_gap.rpartition("\n")[2]
        return (
            (position == 1 or "\n" in mark_gap)
            and not indent.strip(" \t")
            and re.fullmatch(r"[0-9]+(?:\.[0-9]+)*|[IVXLCDM]+|[a-zđ]", mark) is not None
            and re.fullmatch(r"[ \t]*[-.):][ \t]*", gap) is not None
        )

    def joined(position: int) -> bool:
        gap = pairs[position][0]
        return "\n" not in gap and (gap == " " or not gap.strip())

    if not folded_run:
        return None
    spellings: Counter[tuple[str, ...]] = Counter()
    after: Counter[tuple[str, ...]] = Counter()
    size = len(folded_run)
    for start in range(len(pairs)):
        if folded[start : start + size] != folded_run:
            continue
        if not all(joined(position) for position in range(start + 1, start + size)):
            continue
        words = [word for _, word in pairs[start : start + size]]
        if any(word.isupper() and len(word) > 1 for word in words) and not all(
            word.upper() in ACRONYMS or _ROMAN.match(word) for word in words if word.isupper()
        ):
            continue
        if after_break(start):
            if size > 1:
                after[(words[0].lower(), *words[1:])] += 1
            continue
        spellings[tuple(words)] += 1
    spellings = spellings or after
    if not spellings:
        return None
    return list(max(spellings.items(), key=lambda item: (item[1], item[0]))[0])


# Words that fold alike, words joined into symbols, marks that fold to nothing or to two
# letters, and the punctuation and line breaks that end a run.
_WORDS = ["Ủy", "ủy", "uỷ", "UY", "ban", "Ban", "BAN", "bàn", "nhân", "Nhân", "dân", "Đảng",
          "đảng", "dang", "Tỉnh", "tỉnh", "XIII", "UBND", "18", "NQ", "TW", "Straße", "x\u0303",
          "ো", "_", "1", "a", "đ", "II", "1.2"]
_GAPS = [" ", "  ", ", ", ". ", "\n", "-", "/", ".", "(", "“", " - ", "- ", ") ", ""]
texts = st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_WORDS)), max_size=40).map(
    lambda parts: "".join(gap + word for gap, word in parts)
)
runs = st.lists(st.sampled_from(_WORDS + ["18-NQ/TW", "NQ/TW", "uy ban"]), min_size=1, max_size=4).map(
    lambda words: [fold(word) for word in words]
)


@settings(max_examples=400, deadline=None)
@given(texts, st.lists(runs, min_size=1, max_size=5))
def test_the_model_counts_the_runs_that_reading_every_word_counts(text, asked):
    model = CaseModel(text)
    for folded_run in asked:
        assert model.casing_of_run(folded_run) == casing_by_every_word(text, folded_run), folded_run


@given(texts, runs)
def test_the_spellings_of_a_folded_word_are_the_words_that_fold_to_it(text, folded_run):
    if not folds_letter_for_letter(text):
        return
    spellings = spellings_of(folded_run[0])
    words = {match.group() for match in re.finditer(r"[^\W_]+(?:[-/.][^\W_]+)*", text)}
    assert {word for word in words if fold(word) == folded_run[0]} == {
        word for word in words if spellings is not None and spellings.fullmatch(word)
    }


def test_every_letter_and_digit_is_a_spelling_of_what_it_folds_to_and_of_nothing_else():
    plane = "".join(chr(code) for code in range(0x10000) if not 0xD800 <= code < 0xE000)
    spelling: dict[str, set[str]] = {}
    for char in plane:
        if char.isalnum():
            folded = fold(char)
            assert folds_letter_for_letter(char) == (len(folded) == 1), char
            if len(folded) == 1:
                spelling.setdefault(folded, set()).add(char)
    for folded, chars in spelling.items():
        assert set(spellings_of(folded).findall(plane)) == chars, folded


def test_a_text_that_folds_unevenly_is_still_read_word_by_word():
    reference = "Theo Nghị quyết của Ban Chấp hành Đảng bộ về Straße x\u0303, Ban Chấp hành quyết định"
    assert not folds_letter_for_letter(reference)
    assert CaseModel(reference).casing_of_run(["ban", "chap", "hanh"]) == ["Ban", "Chấp", "hành"]
    assert recase("BAN CHẤP HÀNH ĐẢNG BỘ", reference) == "Ban Chấp hành Đảng bộ"


def test_a_capital_after_an_items_number_says_nothing_of_the_word():
    text = (
        "Ban Tuyên giáo hướng dẫn công tác tuyên truyền.\n"
        "1- Tuyên truyền sâu rộng.\n"
        "2- Tuyên truyền gắn với thực tiễn.\n"
        "Đẩy mạnh tuyên truyền."
    )
    assert CaseModel(text).casing_of_run(["tuyen"]) == ["tuyên"]


@pytest.mark.parametrize(
    "typed, name",
    [
        ("UY BAN NHAN DAN TINH QUANG NAM", "Ủy ban nhân dân tỉnh Quảng Nam"),
        ("SO NOI VU THANH PHO HA NOI", "Sở Nội vụ thành phố Hà Nội"),
        ("BAN CHAP HANH TRUNG UONG", "Ban Chấp hành Trung ương"),
        # Marks typed for some words only: those without are put back where the lexicon says.
        ("UY BAN NHAN DAN HUYỆN CAN LỘC", "Ủy ban nhân dân huyện Can Lộc"),
        # A word alone is not enough to say which marks it lost ("đang" or "Đảng").
        ("CO QUAN", "Co quan"),
        ("DANG KY", "Dang ky"),
    ],
)
def test_a_name_typed_without_marks_gets_them_back_from_the_lexicon(typed, name):
    assert recase(typed, names=True) == name


@pytest.mark.parametrize(
    "scanned, name",
    [
        ("SỚ Y TẾ TỈNH NINH BÌNH", "Sở Y tế tỉnh Ninh Bình"),
        ("HỘI ĐÒNG NHÂN DÂN TỈNH QUẢNG NGÃI", "Hội đồng nhân dân tỉnh Quảng Ngãi"),
        ("SỞ GIAO DUC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo"),
        ("TÍNH ỦY GIA LAI", "Tỉnh ủy Gia Lai"),
    ],
)
def test_a_name_whose_marks_a_scan_misread_is_spelt_as_the_lexicon_spells_it(scanned, name):
    assert recase(scanned, names=True) == name


def test_a_name_that_only_folds_like_a_lexicon_phrase_keeps_its_marks():
    # Both words differ from "Văn phòng": the bay of Vân Phong.
    assert recase("BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG", names=True).endswith("vân phong")


def test_only_a_body_s_name_is_respelt_for_misread_marks():
    assert recase("BÀN TỔ CHỨC HỘI NGHỊ") == "Bàn tổ chức hội nghị"


@pytest.mark.parametrize(
    "typed, reference, name",
    [
        # The document spelt "Tỉnh ủy Quảng" (of Quảng Nam) and never "Quảng Ngãi".
        ("TỈNH ỦY QUẢNG NGÃI", "theo Hướng dẫn của Tỉnh ủy Quảng Nam.", "Tỉnh ủy Quảng Ngãi"),
        # It spelt "Đảng ủy Bộ", and "TƯ" alone reads as an acronym.
        ("ĐẢNG ỦY BỘ TƯ PHÁP", "Đảng ủy Bộ đề nghị các chi bộ.", "Đảng ủy Bộ Tư pháp"),
    ],
)
def test_a_lexicon_phrase_is_not_cut_by_a_run_the_document_spelt(typed, reference, name):
    assert recase(typed, reference, names=True) == name


@pytest.mark.parametrize(
    "typed, name",
    [
        # "Trọng" is no "trong" (in), "Nam" no "năm" (year), "Cửa" no "của" (of).
        ("ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG", "Ủy ban nhân dân huyện Đức Trọng"),
        ("UBND HUYỆN NAM TRỰC", "UBND huyện Nam Trực"),
        ("ỦY BAN NHÂN DÂN PHƯỜNG CỬA NAM", "Ủy ban nhân dân phường Cửa Nam"),
        # The words themselves still end a place's name.
        ("PHÒNG GIÁO DỤC HUYỆN ĐỨC TRỌNG TRONG NĂM HỌC", "Phòng Giáo dục huyện Đức Trọng trong năm học"),
        ("KẾ HOẠCH CỦA XÃ TÂN HÒA NĂM 2023", "Kế hoạch của xã Tân Hòa năm 2023"),
    ],
)
def test_a_place_name_ends_at_a_function_word_as_spelt_not_as_folded(typed, name):
    assert recase(typed, names=True) == name


@pytest.mark.parametrize(
    "typed, name",
    [
        ("TỔ BÁO CÁO VIÊN TỈNH ỦY", "Tổ báo cáo viên Tỉnh ủy"),
        ("BAN TỔ CHỨC HỘI NGHỊ", "Ban Tổ chức hội nghị"),
        ("TRƯỞNG BỘ PHẬN MỘT CỬA", "Trưởng bộ phận một cửa"),
        # The head words still open names: a newspaper, an association, an office.
        ("BÁO NHÂN DÂN", "Báo Nhân dân"),
        ("HỘI NÔNG DÂN TỈNH", "Hội Nông dân tỉnh"),
        ("PHÒNG NỘI VỤ", "Phòng Nội vụ"),
    ],
)
def test_an_ordinary_word_that_opens_with_a_head_word_names_no_organisation(typed, name):
    assert recase(typed, names=True) == name


@pytest.mark.parametrize(
    "typed, name",
    [
        ("NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        ("ĐỊNH HƯỚNG XÃ HỘI CHỦ NGHĨA", "Định hướng xã hội chủ nghĩa"),
        # A commune whose name opens with "Hội" is still a place.
        ("ỦY BAN NHÂN DÂN XÃ HỘI AN", "Ủy ban nhân dân xã Hội An"),
    ],
)
def test_xa_hoi_chu_nghia_is_no_commune(typed, name):
    assert recase(typed, names=True) == name


@pytest.mark.parametrize(
    "typed, reference, cased",
    [
        # Neighbours are names, and so are the borders named after them.
        ("TĂNG CƯỜNG QUẢN LÝ BIÊN GIỚI VIỆT - LÀO", None, "Tăng cường quản lý biên giới Việt - Lào"),
        ("HỢP TÁC VỚI CAMPUCHIA", None, "Hợp tác với Campuchia"),
        ("DẠY TIẾNG VIỆT CHO HỌC SINH", None, "Dạy tiếng Việt cho học sinh"),
        # The document spelt "Ủy ban" and, apart, "Nhân dân" (the people): the name is
        # the lexicon's whole.
        ("ỦY BAN NHÂN DÂN XÃ HÒA VANG", "của Chủ tịch Ủy ban\nnhân dân; đời sống Nhân dân.", "Ủy ban nhân dân xã Hòa Vang"),
    ],
)
def test_names_the_document_does_not_spell_whole_are_the_lexicon_s(typed, reference, cased):
    assert recase(typed, reference, names=reference is not None) == cased


def test_a_name_whose_marks_a_scan_misread_is_spelt_as_the_document_spells_it():
    reference = "theo đề nghị của Bộ Nông nghiệp và Phát triển nông thôn."
    assert recase("BỘ NÔNG NGHIỆP VÀ PHÁT TRIẾN NÔNG THÔN", reference, names=True) == (
        "Bộ Nông nghiệp và Phát triển nông thôn"
    )
    assert recase("HUYỆN ỦY BẢO THĂNG", "tại Bảo Thắng,\n", names=True) == "Huyện ủy Bảo Thắng"
    # Common words the body spells are no name.
    assert recase("SỞ Y TẾ TỈNH LÂM ĐỒNG", "các chỉ số y tế cơ bản đều đạt", names=True) == "Sở Y tế tỉnh Lâm Đồng"


def test_a_name_the_body_wrapped_across_a_line_is_cased_as_the_dateline_spells_it():
    # The body ends a line on "Đảng ủy phường Lâm" and opens the next with "Viên", a word
    # the case model does not take for a name at a line's start ("đảng viên" elsewhere).
    reference = "tại Lâm Viên - Đà Lạt,\nBáo cáo của Đảng ủy phường Lâm\nViên - Đà Lạt về 2.186 đảng viên."
    assert recase("ĐẢNG ỦY PHƯỜNG LÂM VIÊN - ĐÀ LẠT", reference, names=True) == "Đảng ủy phường Lâm Viên - Đà Lạt"


def test_a_word_that_folds_like_an_acronym_is_a_word():
    # "TU" (Tỉnh ủy) is an acronym; "TỰ" and "TỪ" fold alike and are words.
    assert recase("VỀ TRẬT TỰ XÃ HỘI TỪ NĂM 2024") == "Về trật tự xã hội từ năm 2024"
    assert recase("CỦA BTV TU") == "Của BTV TU"
