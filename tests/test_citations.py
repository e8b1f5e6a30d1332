"""The number pattern finds the numbers and symbols its definition finds."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban import citations
from vanban.citations import NUMBER_PATTERN, find_citations
from vanban.convert import convert_bytes, convert_source

# The pattern as its definition reads: a number that is no tail of a longer token, then
# one of the four styles of symbol, each written out from the number on.
_NUM = r"\d{1,5}[a-zđ]?"
_NUMBER_BY_DEFINITION = re.compile(
    f"(?<![\\w./{citations._DASH_CHARS}-])"
    f"(?P<number>{_NUM}{citations._PARTY}|{_NUM}{citations._STATE_YEAR}"
    f"|{_NUM}{citations._STATE_PAIR}|{_NUM}{citations._STATE_SINGLE})"
    f"(?![\\w&]|(?:{citations._DASH}|/)[{citations._UPPER}a-z0-9])"
)

# What stands before a number in prose, numbers, and what may follow one.
_BEFORE = ["", " ", "\n", "số ", "x", ".", "/", "-", "1.", "ngày "]
_NUMBERS = ["1", "27", "123456", "30c", "2007", "12a3"]
_AFTER = ["/KH-UBND", "-CT/TU", "- CT/TU", "/2007/QĐ-TTg", "/TTg", "/III", "/KH-\nUBND", "/KH",
          "-CT/TU-", "/QĐ&", ",", " ", "-", "/", "Tỉnh", "x", "&"]
texts_with_numbers = st.lists(
    st.tuples(st.sampled_from(_BEFORE), st.sampled_from(_NUMBERS), st.sampled_from(_AFTER)).map("".join),
    max_size=6,
).map("".join)


@given(texts_with_numbers)
def test_numbers_are_found_where_the_definition_finds_them(text):
    found = [(match.span(), match.span("number")) for match in NUMBER_PATTERN.finditer(text)]
    assert found == [
        (match.span(), match.span("number")) for match in _NUMBER_BY_DEFINITION.finditer(text)
    ]


def test_a_number_at_the_start_of_a_text_or_after_a_token_character():
    assert [c.number for c in find_citations("27-CT/TU và 1.234/KH-UBND, x5/KH-UBND, /2019/05-CT/TU")] == [
        "27-CT/TU"
    ]


@pytest.mark.parametrize(
    "address",
    ["https://vbpl.vn/?so=30/NQ-CP", "WWW.CHINHPHU.VN/?SO=30/NQ-CP", "Www.Tinh.Gov.Vn/?so=30/NQ-CP", "www.x.vn/?so=30/NQ-CP"],
)
def test_a_number_inside_a_web_address_is_no_citation_in_any_case(address):
    text = f"Xem {address}; thực hiện Nghị quyết số 34/NQ-CP."
    assert [c.number for c in find_citations(text)] == ["34/NQ-CP"]


@pytest.mark.parametrize(
    "text, number, doc_type",
    [
        ("Căn cứ Luật Khám bệnh, chữa bệnh số 15/2023/QH15;", "15/2023/QH15", "Luật"),
        ("Căn cứ Bộ luật Lao động số 45/2019/QH14 ngày 20 tháng 11 năm 2019;", "45/2019/QH14", "Bộ luật"),
        ("Pháp lệnh Ưu đãi người có công với cách mạng số 02/2020/UBTVQH14;", "02/2020/UBTVQH14", "Pháp lệnh"),
        # A sentence that ends before the number names no law of it.
        ("Luật Đất đai. Tờ trình số 15/TTr-UBND", "15/TTr-UBND", "Tờ trình"),
        ("Luật Đất đai; số 15/2023/QH15", "15/2023/QH15", None),
    ],
)
def test_a_law_is_cited_by_its_name_before_its_number(text, number, doc_type):
    [citation] = find_citations(text)
    assert (citation.number, citation.doc_type) == (number, doc_type)


def test_a_subject_gives_the_date_and_issuer_the_body_leaves_out():
    path = Path(__file__).parent / "fixtures" / "shapes" / "cv_vv_trich_dan.txt"
    status, document, _ = convert_source(path.name, path.read_bytes())
    assert status == "ok"
    [citation] = document.metadata.cites
    assert (citation.number, citation.doc_type, citation.issuer, citation.date) == (
        "58/KH-UBND", "Kế hoạch", "UBND tỉnh Lâm Đồng", "2023-03-02")
    # The cited plan is the province's, of its year; the subject is the citing sentence.
    [keys] = document.keys.citations
    assert keys.page == ("uy-ban-nhan-dan-tinh-lam-dong", "2023", "58-kh-ubnd")
    assert keys.sentence == document.metadata.subject


def test_a_document_named_only_in_the_subject_is_cited():
    source = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\nSố: 15/UBND-NC\nV/v góp ý dự thảo sửa đổi Quyết định số"
        " 12/2020/QĐ-UBND\nĐà Lạt, ngày 3 tháng 5 năm 2023\n\nKính gửi: Sở Tư pháp.\n\n"
        "Ủy ban nhân dân tỉnh đề nghị Sở Tư pháp tổng hợp ý kiến góp ý./.\n"
    )
    document = convert_bytes(source.encode("utf-8"), "gop_y.txt")
    assert [(c.number, c.doc_type) for c in document.metadata.cites] == [("12/2020/QĐ-UBND", "Quyết định")]


def test_the_document_a_note_under_the_subject_goes_with_is_cited():
    source = (
        "ỦY BAN NHÂN DÂN\nTỈNH LÂM ĐỒNG\n\nQUY ĐỊNH\nVề công tác văn thư\n"
        "(Ban hành kèm theo Quyết định số 12/2023/QĐ-UBND ngày 05/3/2023 của UBND tỉnh Lâm Đồng)\n\n"
        "Điều 1. Phạm vi điều chỉnh\nQuy định này áp dụng cho các cơ quan./.\n"
    )
    document = convert_bytes(source.encode("utf-8"), "quy_dinh.txt")
    assert document.metadata.subject == "Về công tác văn thư"
    assert [cite.number for cite in document.metadata.cites] == ["12/2023/QĐ-UBND"]


def test_an_annex_after_the_signature_is_on_the_page_and_read_for_citations():
    source = (
        "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 12/QĐ-UBND\nNam Định, ngày 5 tháng 3 năm 2024\n\nQUYẾT ĐỊNH\n"
        "Ban hành Quy chế phối hợp\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế phối hợp./.\n\n"
        "Nơi nhận:\n- Như Điều 1;\n- Lưu: VT.\n\nCHỦ TỊCH\nTrần Văn Hà\n\n"
        "QUY CHẾ\nPhối hợp giải quyết thủ tục hành chính\n\n"
        "Điều 1. Hồ sơ được tiếp nhận theo Thông tư số 01/2018/TT-VPCP ngày 23/11/2018 của Văn phòng Chính phủ.\n"
    )
    document = convert_bytes(source.encode("utf-8"), "quy_che.txt")
    assert document.metadata.signer == "Trần Văn Hà"
    assert [cite.number for cite in document.metadata.cites] == ["01/2018/TT-VPCP"]
    body = document.body
    assert body.index("Ban hành kèm theo") < body.index("\n***\n") < body.index("Hồ sơ được tiếp nhận")
