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
    f"|{_NUM}{citations._STATE_PAIR}|{_NUM}{citations._STATE_SINGLE}|{_NUM}{citations._OLD_STATE})"
    f"(?![\\w&]|(?:{citations._DASH}|/)[{citations._UPPER}a-z0-9])"
)

# What stands before a number in prose, numbers, and what may follow one.
_BEFORE = ["", " ", "\n", "số ", "x", ".", "/", "-", "1.", "ngày "]
_NUMBERS = ["1", "27", "123456", "30c", "2007", "12a3"]
_AFTER = ["/KH-UBND", "-CT/TU", "- CT/TU", "/2007/QĐ-TTg", "/TTg", "/III", "/KH-\nUBND", "/KH", "-HĐBT", "-TTg/",
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


# Documents whose citations are the hard part: lists sharing one date ("18-NQ/TW và
# 19-NQ/TW ngày ..."), numbers after a law's name, numbers wrapped over a line, dates in
# words, citations in tables and in notes, a repealed document of the same body. Forms'
# codes ("Biểu 02/TK", "Mẫu số 01/BC-TSC"), short back-references ("Chỉ thị 17") and the
# document's own number are none.
@pytest.mark.parametrize(
    "name, numbers",
    [
        ("citations_210.txt", [
            "15/2017/QH14",
            "151/2017/NĐ-CP",
            "72/2023/NĐ-CP",
            "50/2017/QĐ-TTg",
            "144/2017/TT-BTC",
            "4521/TTr-STC",
            "312/BC-STP",
            "12/2018/QĐ-UBND",
            "41/2020/QĐ-UBND",
            "23/2023/TT-BTC",
            "1245/QĐ-UBND",
        ]),
        ("citations_211.md", [
            "76/NQ-CP",
            "23/CT-TTg",
            "876/QĐ-BNV",
            "125/KH-UBND",
            "30/2020/NĐ-CP",
            "107/2021/NĐ-CP",
            "42/2022/NĐ-CP",
            "06/QĐ-TTg",
            "61/2018/NĐ-CP",
            "40-KL/TW",
            "05-NQ/TU",
            "63/2010/NĐ-CP",
            "1085/QĐ-BNV",
        ]),
        ("citations_212.txt", [
            "1234/UBND-KT",
            "18-NQ/TW",
            "19-NQ/TW",
            "39-NQ/TW",
            "28-KL/TW",
            "29/2023/NĐ-CP",
            "2618/QĐ-UBND",
            "108/2014/NĐ-CP",
            "113/2018/NĐ-CP",
            "143/2020/NĐ-CP",
            "01/2015/TTLT-BNV-BTC",
            "856/SNV-CCVC",
        ]),
        ("citations_213.txt", [
            "57-NQ/TW",
            "01-KH/BCĐTW",
            "03/NQ-CP",
            "52-NQ/TW",
            "749/QĐ-TTg",
            "193/2025/QH15",
            "123-KL/TW",
            "27/2021/NQ-HĐND",
            "09-NQ/TU",
            "412-BC/TU",
        ]),
        ("citations_214.txt", [
            "2468/STP-XDKTVB",
            "34/2016/NĐ-CP",
            "154/2020/NĐ-CP",
            "35/KH-UBND",
            "1560/QĐ-UBND",
            "42/2022/TT-BTC",
            "15/2016/QĐ-UBND",
            "04/2019/QĐ-UBND",
            "26/2022/QĐ-UBND",
            "11/2020/QĐ-UBND",
            "05/2021/NQ-HĐND",
        ]),
        ("citations_215.md", [
            "77/2015/QH13",
            "47/2019/QH14",
            "80/2015/QH13",
            "63/2020/QH14",
            "83/2015/QH13",
            "163/2016/NĐ-CP",
            "71/2018/TT-BTC",
            "40/2017/TT-BTC",
            "5678/TTr-UBND",
            "215/BC-KTNS",
            "01/NQ-CP",
            "02/NQ-CP",
            "07/2019/NQ-HĐND",
            "21/2021/NQ-HĐND",
        ]),
        ("citations_216.txt", [
            "1290/QĐ-UBND-HC",
            "23-CT/TW",
            "10/CT-TTg",
            "165-KH/TU",
            "241/KH-UBND",
            "100/2019/NĐ-CP",
            "123/2021/NĐ-CP",
            "26/2012/TT-BGTVT",
            "612/UBATGTQG",
        ]),
        ("citations_217.txt", [
            "17-CT/TU",
            "58-HD/BTGTU",
            "86-KH/HU",
            "142/KH-UBND",
            "13-CT/TW",
            "16/2017/QH14",
            "156/2018/NĐ-CP",
            "512-CV/HU",
            "3098/QĐ-UBND",
            "2412/QĐ-UBND",
            "2413/QĐ-UBND",
            "4567/QĐ-UBND",
        ]),
        ("citations_219.md", [
            "48-KL/TW",
            "35/2023/UBTVQH15",
            "117/NQ-CP",
            "2217/UBND-NC",
            "1211/2016/UBTVQH13",
            "27/2022/UBTVQH15",
            "77/2015/QH13",
            "47/2019/QH14",
            "35-HD/BTCTW",
            "29/2023/NĐ-CP",
            "33/2023/NĐ-CP",
            "62/2020/NĐ-CP",
            "1532/UBND-NC",
            "789/UBND-NC",
            "1234/UBND-KT",
        ]),
        ("citations_218.txt", [
            "942/QĐ-TTg",
            "505/QĐ-TTg",
            "2156/QĐ-UBND",
            "09-NQ/HU",
            "125/KH-UBND",
            "87/TTr-VHTT",
            "1999/QĐ-UBND",
            "1087/QĐ-UBND",
            "3410/QĐ-UBND",
            "09/CT-TTg",
        ]),
        # A scan's letters for digits: "Chỉ thị số 47-CT/TW", "Kế hoạch số 1O5-KH/TU".
        ("ct_ocr_receiver_over_den_so.txt", ["47-CT/TW", "105-KH/TU", "79/2014/NĐ-CP"]),
        ("qd_ocr_letters_for_digits_seal.txt", ["18/2009/QĐ-UBND", "581/QĐ-BYT", "12/KH-UBND", "48/2010/TT-BYT", "2035/QĐ-UBND"]),
        # The Council of Ministers' and the Prime Minister's numbers before 1992.
        ("qd_typewritten_month_in_words.txt", ["168-HĐBT", "165-TTg", "511/QĐ-UB"]),
    ],
)
def test_the_citations_of_a_document_are_read_in_order(name, numbers):
    path = Path(__file__).parent / "fixtures" / "shapes" / name
    status, document, _ = convert_source(path.name, path.read_bytes())
    assert status == "ok"
    assert [citation.number for citation in document.metadata.cites] == numbers


def test_the_numbers_of_before_1992_are_cited():
    text = "theo Nghị định số 64-CP, Quyết định số 327-CT và Chỉ thị 27-CT/TU, tỷ lệ 1/10.000"
    assert [citation.number for citation in find_citations(text)] == ["64-CP", "327-CT", "27-CT/TU"]


def test_numbers_a_scan_read_with_letters_for_digits_are_cited_as_issued():
    text = (
        "Căn cứ Quyết định số l8/2OO9/QĐ-UBND ngày 12/6/2009 của UBND tỉnh; Quyết định số "
        "58l/QĐ-BYT ngày 24/02/2012 của Bộ trưởng Bộ Y tế; Báo cáo số 56/BC-HÐND; Điều l."
    )
    found = find_citations(text)
    assert [citation.number for citation in found] == ["18/2009/QĐ-UBND", "581/QĐ-BYT", "56/BC-HĐND"]
    # The places are the text's own: a letter is read as one digit.
    assert [text[citation.start : citation.end] for citation in found][1] == "Quyết định số 58l/QĐ-BYT ngày 24/02/2012 của Bộ trưởng Bộ Y tế"


def test_words_of_prose_are_not_read_as_digits():
    text = "Điều l. Khí CO2 và O2; mã Il; lOl; số 10 lần"
    assert citations.read_as_scanned(text) == "Điều l. Khí CO2 và 02; mã Il; lOl; số 10 lần"


def test_another_year_s_document_with_the_citing_document_s_number_is_cited():
    text = (
        "Căn cứ Quyết định số 2156/QĐ-UBND ngày 18 tháng 8 năm 2022 của UBND tỉnh Khánh Hòa; "
        "ban hành kèm theo Quyết định số 2156/QĐ-UBND ngày 03/5/2024 của UBND huyện."
    )
    assert [c.number for c in find_citations(text, own_number="2156/QĐ-UBND", own_year="2024")] == ["2156/QĐ-UBND"]
    assert find_citations(text.split("; ")[1], own_number="2156/QĐ-UBND", own_year="2024") == []
