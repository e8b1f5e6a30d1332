"""Stage layout: the parts of a document in raw shapes unlike the seeds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban.layout import _DATELINE_INSIDE, fold_same_length, is_caps, plain, read_lines, split_flattened, split_layout
from vanban.read import decode_source

from vanban.text import fold

from .conftest import dedent


def layout_of(text: str):
    return split_layout(decode_source(dedent(text).encode("utf-8"), "t.txt"))


def roles(layout) -> list[tuple[str, str]]:
    return [(line.role, line.text) for line in layout.header if line.role != "separator"]


def test_header_flattened_onto_one_line_is_split_into_its_parts():
    layout = layout_of(
        """
        ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 12/QĐ-UBND Tam Kỳ, ngày 05 tháng 01 năm 2023 QUYẾT ĐỊNH
        Về việc thành lập Tổ công tác

        CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

        QUYẾT ĐỊNH:

        Điều 1. Thành lập Tổ công tác.

        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT.

        KT. CHỦ TỊCH
        PHÓ CHỦ TỊCH

        Trần Văn Tân
        """
    )
    assert roles(layout) == [
        ("issuer", "ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"),
        ("motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("motto", "Độc lập - Tự do - Hạnh phúc"),
        ("number", "Số: 12/QĐ-UBND"),
        ("dateline", "Tam Kỳ, ngày 05 tháng 01 năm 2023"),
        ("type", "QUYẾT ĐỊNH"),
        ("subject", "Về việc thành lập Tổ công tác"),
        ("authority", "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM"),
    ]
    assert layout.body[0].text.startswith("Căn cứ Luật")
    assert layout.body[-1].text == "Điều 1. Thành lập Tổ công tác."
    assert [line.text for line in layout.recipients] == ["Như Điều 3;", "Lưu: VT."]
    assert [line.text for line in layout.signature] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Tân"]


def test_grid_table_header_is_read_column_by_column():
    layout = layout_of(
        """
        +--------------------------+------------------------------------+
        | BỘ NỘI VỤ                | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
        |                          | Độc lập - Tự do - Hạnh phúc        |
        +==========================+====================================+
        | Số: 1234/BNV-TCBC        | Hà Nội, ngày 15 tháng 3 năm 2024   |
        | V/v hướng dẫn tinh giản  |                                    |
        | biên chế                 |                                    |
        +--------------------------+------------------------------------+

        Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương.

        Bộ Nội vụ hướng dẫn như sau.
        """
    )
    assert roles(layout) == [
        ("issuer", "BỘ NỘI VỤ"),
        ("motto", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("motto", "Độc lập - Tự do - Hạnh phúc"),
        ("number", "Số: 1234/BNV-TCBC"),
        ("subject", "V/v hướng dẫn tinh giản"),
        ("subject", "biên chế"),
        ("dateline", "Hà Nội, ngày 15 tháng 3 năm 2024"),
        ("addressees_label", "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương."),
    ]
    assert [line.text for line in layout.addressees] == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương."
    ]
    assert [line.text for line in layout.body] == ["Bộ Nội vụ hướng dẫn như sau."]


def test_tab_separated_columns_and_an_incoming_stamp():
    layout = layout_of(
        "HUYỆN ỦY CAM LỘ\tĐẢNG CỘNG SẢN VIỆT NAM\n"
        "*\n"
        "Số 45-TB/HU\tCam Lộ, ngày 3 tháng 4 năm 2019\n"
        "ĐẾN\tSố: 1201\n"
        "\tNgày: 5/4\n"
        "THÔNG BÁO\n"
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY\n"
        "Ngày 1/4/2019, Ban Thường vụ Huyện ủy họp.\n"
    )
    assert ("number", "Số 45-TB/HU") in roles(layout)
    assert [line.text for line in layout.stamps] == ["ĐẾN", "Số: 1201", "Ngày: 5/4"]
    assert ("subject", "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY") in roles(layout)
    assert layout.body[0].text == "Ngày 1/4/2019, Ban Thường vụ Huyện ủy họp."


def test_markdown_markup_escapes_and_bold_across_lines_are_read():
    lines = read_lines("## **CHỈ THỊ**\n\\* \\#1\n**T/M BAN THƯỜNG VỤ\nBÍ THƯ**\n- Như trên,\n")
    assert [(l.text, l.heading, l.bold, l.bullet) for l in lines] == [
        ("CHỈ THỊ", 2, True, False),
        ("* #1", 0, False, False),
        ("T/M BAN THƯỜNG VỤ", 0, True, False),
        ("BÍ THƯ", 0, True, False),
        ("Như trên,", 0, False, True),
    ]


def test_a_pipe_line_is_a_cell_break_and_pipe_cells_become_lines():
    lines = read_lines("| ỦY BAN NHÂN DÂN | CỘNG HÒA |\n|---|---|\n|\nSố: 5/KH-UBND\n")
    assert [l.text for l in lines if l.text] == ["ỦY BAN NHÂN DÂN", "CỘNG HÒA", "Số: 5/KH-UBND"]


def test_html_line_breaks_in_a_cell_part_its_lines():
    lines = read_lines(
        "| UBND TỈNH LÂM ĐỒNG<br>**SỞ Y TẾ**<BR/>--- | CỘNG HÒA<br />Độc lập |\n"
        "Một dòng<br>hai dòng\n"
    )
    assert [(l.number, l.text, l.bold) for l in lines if l.text] == [
        (1, "UBND TỈNH LÂM ĐỒNG", False), (1, "SỞ Y TẾ", True), (1, "---", False),
        (1, "CỘNG HÒA", False), (1, "Độc lập", False), (2, "Một dòng", False), (2, "hai dòng", False),
    ]


def test_a_closing_set_side_by_side_is_read_column_after_column():
    text = (
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.\n"
        "\n"
        "Nơi nhận:                                    CHỦ TỊCH\n"
        "- Như Điều 2;                              (Đã ký)\n"
        "- UBND huyện (b/c);\n"
        "- Lưu: VT.\n"
        "\n"
        "                                           Nguyễn Văn Tám\n"
        "Phụ lục kèm theo\n"
    )
    lines = [(l.number, l.text) for l in read_lines(text) if l.text]
    assert lines == [
        (1, "Điều 2. Quyết định này có hiệu lực kể từ ngày ký."),
        (3, "Nơi nhận:"), (4, "Như Điều 2;"), (5, "UBND huyện (b/c);"), (6, "Lưu: VT."),
        (3, "CHỦ TỊCH"), (4, "(Đã ký)"), (8, "Nguyễn Văn Tám"),
        (9, "Phụ lục kèm theo"),
    ]
    closing_last = text.replace("Phụ lục kèm theo\n", "")
    layout = split_layout(decode_source(("QUYẾT ĐỊNH\n" + closing_last).encode("utf-8"), "t.txt"))
    assert [line.text for line in layout.signature] == ["CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn Tám"]
    assert [line.text for line in layout.recipients] == ["Như Điều 2;", "UBND huyện (b/c);", "Lưu: VT."]


def test_a_closing_parted_by_tabs_is_read_column_after_column():
    lines = read_lines("Nơi nhận:\tKT. GIÁM ĐỐC\n+ Như trên;\tPHÓ GIÁM ĐỐC\n+ Lưu: VT.\n\t\t\tLê Văn An\n")
    assert [l.text for l in lines if l.text] == [
        "Nơi nhận:", "Như trên;", "Lưu: VT.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Lê Văn An",
    ]


def test_wide_gaps_outside_a_closing_stay_in_their_lines():
    text = "STT    Nội dung        Đơn vị\n1      Rà soát         Xã\nNơi nhận:\n- Như trên.\n"
    assert [l.text for l in read_lines(text) if l.text] == [
        "STT Nội dung Đơn vị", "1 Rà soát Xã", "Nơi nhận:", "Như trên.",
    ]


def test_html_entities_of_a_web_copy_are_read_as_their_characters():
    lines = read_lines(
        "Số:&nbsp;2345/UBND-KTTH\n"
        "Chỉ thị &quot;về tăng cường&quot; &#7879; &#x1EC7; &amp;lt;b&amp;gt;\n"
        "&unknown; &#1; R&D; BNN&PTNT\n"
    )
    assert [l.text for l in lines] == [
        "Số: 2345/UBND-KTTH",
        'Chỉ thị "về tăng cường" ệ ệ &lt;b&gt;',
        "&unknown; &#1; R&D; BNN&PTNT",
    ]


def test_a_front_matter_block_opening_the_source_is_no_part_of_the_header():
    layout = layout_of(
        """
        ---
        title: Kế hoạch
        tags:
        - thiên tai
        ---
        ỦY BAN NHÂN DÂN TỈNH QUẢNG BÌNH
        Số: 1850/KH-UBND
        KẾ HOẠCH
        Phòng, chống thiên tai

        Nội dung.
        """
    )
    assert [(line.role, line.text) for line in layout.header[:3]] == [
        ("preamble", "title: Kế hoạch"), ("preamble", "tags:"), ("preamble", "thiên tai"),
    ]
    assert ("number", "Số: 1850/KH-UBND") in roles(layout)
    assert [line.text for line in layout.body] == ["Nội dung."]


def test_blank_number_and_blank_date_keep_their_lines():
    layout = layout_of(
        """
        ỦY BAN NHÂN DÂN
        HUYỆN GIO LINH

        Số: /TB-UBND

        Gio Linh, ngày    tháng    năm 2025

        THÔNG BÁO
        Về lịch tiếp công dân

        Ủy ban nhân dân huyện thông báo lịch tiếp công dân.
        """
    )
    assert ("number", "Số: /TB-UBND") in roles(layout)
    assert ("dateline", "Gio Linh, ngày tháng năm 2025") in roles(layout)


def test_article_header_is_title_author_and_dateline():
    layout = layout_of(
        """
        Phát huy vai trò của Mặt trận trong giám sát

        Trần Thị Hoa
        Ủy viên Ban Thường vụ Tỉnh ủy
        08:15, ngày 02-03-2021

        QĐND - Những năm qua, công tác giám sát được chú trọng.
        """
    )
    assert [role for role, _ in roles(layout)] == ["title", "author", "author_title", "article_dateline"]
    assert layout.body[0].text.startswith("QĐND - ")


def test_footnotes_after_a_rule_at_the_end_are_split_off():
    layout = layout_of(
        """
        BAN CHẤP HÀNH TRUNG ƯƠNG
        *
        Số 36-HD/VPTW
        Hà Nội, ngày 3 tháng 4 năm 2018
        HƯỚNG DẪN
        thể thức văn bản của Đảng

        Văn bản của Đảng(1) gồm các loại sau.

        T/L BAN BÍ THƯ
        CHÁNH VĂN PHÒNG
        Nguyễn Văn A

        ----------
        (1) Gồm các cơ quan của Đảng.
        """
    )
    assert [line.text for line in layout.signature] == ["T/L BAN BÍ THƯ", "CHÁNH VĂN PHÒNG", "Nguyễn Văn A"]
    assert [line.text for line in layout.footnotes] == ["(1) Gồm các cơ quan của Đảng."]
    assert [line.text for line in layout.body] == ["Văn bản của Đảng(1) gồm các loại sau."]


def test_split_flattened_leaves_body_sentences_alone():
    sentence = "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị"
    assert split_flattened(sentence) == (sentence,)


def test_a_flattened_party_header_keeps_its_banner_whole():
    pieces = split_flattened(
        "TỈNH ỦY LÀO CAI * Số 7-NQ/TU ĐẢNG CỘNG SẢN VIỆT NAM Lào Cai, ngày 6 tháng 11 năm 2020"
    )
    assert "ĐẢNG CỘNG SẢN VIỆT NAM" in pieces
    assert pieces[-1] == "Lào Cai, ngày 6 tháng 11 năm 2020"


def test_an_abbreviated_place_stays_with_its_dateline():
    pieces = split_flattened("Số: 27/TB-UBND TP. Hồ Chí Minh, ngày 6 tháng 11 năm 2020")
    assert pieces == ("Số: 27/TB-UBND", "TP. Hồ Chí Minh, ngày 6 tháng 11 năm 2020")


# The dateline's place as first written: each word a capital and what follows it up to
# white space or a comma. The pattern in use must find the same datelines.
_DATELINE_BY_DEFINITION = re.compile(
    r"(?:(?<=\s)|^)((?:[A-ZĐÂĂÊÔƠƯ][^\s,]*\.?\s*){1,5}),\s*ng[àa]y\s*(?:\d{1,2}|[.…_\s]*)\s*"
    r"th[áa]ng\s*(?:\d{1,2}|[.…_\s]*)\s*n[ăa]m\s*\d{4}"
)
_PLACE_WORDS = ["Lào", "Cai", "TP.", "Hồ", "HÀ", "NỘI", "ỦY", "Số", "7-NQ/TU", "hà", "a", "ngày", "6",
                "*", "(", ""]
_GAPS = [" ", " ", " ", "  ", "\n", "\t", ", ", ".", ""]
_DATE_TAILS = [", ngày 6 tháng 11 năm 2020", ",ngay ... thang … nam 2020", ", ngày 6 tháng 11", ""]
lines_with_datelines = st.tuples(
    st.lists(st.tuples(st.sampled_from(_GAPS), st.sampled_from(_PLACE_WORDS)).map("".join), max_size=12)
    .map("".join),
    st.sampled_from(_DATE_TAILS),
).map("".join)


@given(st.lists(lines_with_datelines, min_size=1, max_size=3).map(" ".join))
def test_datelines_inside_a_line_are_found_as_the_definition_finds_them(text):
    found = [(m.span(), m.span(1)) for m in _DATELINE_INSIDE.finditer(text)]
    assert found == [(m.span(), m.span(1)) for m in _DATELINE_BY_DEFINITION.finditer(text)]


@given(st.text(alphabet=st.sampled_from("aỦ1 \u00a0\u3000\u2002\t|\n*#-+"), max_size=40))
def test_no_line_keeps_a_run_of_spaces_from_its_alignment(text):
    for line in read_lines(text):
        assert not re.search("[ \u00a0\u2000-\u200a\u202f\u3000]{2,}", line.text), line


@given(st.text(alphabet=st.sampled_from("aĂđỦ ĸǅß1_*-\u0301"), max_size=12))
def test_a_line_is_in_capitals_when_it_has_two_letters_and_none_in_lower_case(text):
    letters = [char for char in plain(text) if char.isalpha()]
    assert is_caps(text) == (len(letters) >= 2 and not any(map(str.islower, letters)))


@given(st.text(alphabet=st.sampled_from("aăâđeêoôơuưyAĂĐÊƠƯ áàảãạấầẩẫậếềểễệốồổỗộớờởỡợ\t\n-/.:,0123456789ỦỴÝỲ"), max_size=60))
def test_folding_each_character_is_fold_of_that_character(text):
    folded = fold_same_length(text)
    assert len(folded) == len(text)
    assert folded == "".join(" " if char.isspace() else (fold(char) or char) for char in text)


@pytest.mark.parametrize(
    "line, parts",
    [
        # "Số" typed without its mark, beside the dateline, as an unaccented keyboard gives it.
        ("So: 356/BC-UBND Cam Lam, ngay 08 thang 10 nam 2024", ("So: 356/BC-UBND", "Cam Lam, ngay 08 thang 10 nam 2024")),
        # Without a colon, "so" is a word ("so sánh"), and no number starts there.
        ("So sanh 356/BC-UBND Cam Lam", ("So sanh 356/BC-UBND Cam Lam",)),
    ],
)
def test_a_number_typed_without_marks_is_split_from_the_dateline(line, parts):
    assert split_flattened(line) == parts


@pytest.mark.parametrize("pipes", ["| {} | {} |", "{} | {} |", "| {} | {}"])
def test_a_closing_table_is_read_column_after_column_whatever_its_outer_pipes(pipes):
    rows = [("Nơi nhận:", "KT. GIÁM ĐỐC"), ("- Như trên;", "PHÓ GIÁM ĐỐC"), ("- Lưu: VT.", "Trần Văn Hùng")]
    text = "\n".join(pipes.format(*row) for row in rows) + "\n"
    read = [(line.number, line.text) for line in read_lines(text) if line.text]
    assert read == [(1, "Nơi nhận:"), (2, "Như trên;"), (3, "Lưu: VT."),
                    (1, "KT. GIÁM ĐỐC"), (2, "PHÓ GIÁM ĐỐC"), (3, "Trần Văn Hùng")]


def test_a_row_broken_over_lines_is_read_cell_after_cell():
    text = dedent(
        """
        | Nơi nhận:
        - Như trên;
        - Lưu: VT, KHKT. | Q. GIÁM ĐỐC


        Huỳnh Tấn Lực |
        """
    )
    read = [(line.number, line.text, line.bullet) for line in read_lines(text) if line.text]
    assert read == [(1, "Nơi nhận:", False), (2, "Như trên;", True), (3, "Lưu: VT, KHKT.", True),
                    (3, "Q. GIÁM ĐỐC", False), (6, "Huỳnh Tấn Lực", False)]


def test_rows_that_leave_out_their_closing_pipe_are_rows_of_their_own():
    text = "| TT | Hồ chứa\n| 1 | Phú Ninh\nDự báo lượng mưa thấp |\n"
    read = [line.text for line in read_lines(text) if line.text]
    assert read == ["TT", "Hồ chứa", "1", "Phú Ninh", "Dự báo lượng mưa thấp"]


@pytest.mark.parametrize(
    "note",
    ["(Trình tại Kỳ họp thứ Tám, Hội đồng nhân dân tỉnh khóa X)",
     "(Ban hành kèm theo Quyết định số 12/2023/QĐ-UBND ngày 05/3/2023 của UBND tỉnh)"],
)
def test_a_note_in_brackets_under_the_subject_is_no_part_of_it(note):
    layout = layout_of(
        f"""
        Số: 38/BC-TA
        BÁO CÁO
        Công tác của Tòa án nhân dân hai cấp năm 2023
        {note}

        Thực hiện Nghị quyết, Tòa án báo cáo như sau.
        """
    )
    assert roles(layout)[-2:] == [("subject", "Công tác của Tòa án nhân dân hai cấp năm 2023"), ("subject_note", note)]


def test_a_bracket_that_goes_on_with_the_subject_stays_in_it():
    layout = layout_of(
        """
        Số 125-HD/BTGTW
        HƯỚNG DẪN
        tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ
        (7/5/1954 - 7/5/2024)

        Thực hiện Kết luận, Ban hướng dẫn như sau.
        """
    )
    assert [role for role, _ in roles(layout)][-2:] == ["subject", "subject"]


def test_a_side_by_side_closing_ends_at_the_annex_after_the_signers_name():
    text = (
        "Điều 3. Các cơ quan thi hành Quyết định này./.\n\n"
        "Nơi nhận:\tKT. CHỦ TỊCH\n"
        "- Như Điều 3;\tPHÓ CHỦ TỊCH\n"
        "- CT, các PCT UBND tỉnh;\tĐoàn Văn Khải\n"
        "- Lưu: VT.\n"
        "\n"
        "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH NAM ĐỊNH\tĐộc lập - Tự do - Hạnh phúc\n\n"
        "QUY CHẾ\nPhối hợp giải quyết thủ tục hành chính\n\nĐiều 1. Phạm vi điều chỉnh\n"
    )
    layout = split_layout(decode_source(text.encode("utf-8"), "t.txt"))
    assert [line.text for line in layout.recipients] == ["Như Điều 3;", "CT, các PCT UBND tỉnh;", "Lưu: VT."]
    assert [line.text for line in layout.signature] == ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đoàn Văn Khải"]
    annex = [line.text for line in layout.annex if line.text]
    assert annex[0] == "ỦY BAN NHÂN DÂN" and annex[-2:] == ["Phối hợp giải quyết thủ tục hành chính", "Điều 1. Phạm vi điều chỉnh"]


@pytest.mark.parametrize(
    "items, recipients",
    [
        # Stopped short on "và": the next line goes on with it, capital or not.
        (["- Các sở: Tài chính, Tài nguyên và", "Môi trường;", "- Lưu: VT."],
         ["Các sở: Tài chính, Tài nguyên và Môi trường;", "Lưu: VT."]),
        # The others end with a stop, this one does not.
        (["- UBND tỉnh (b/c);", "- Ban Quản lý dự án đầu tư xây dựng công trình", "Giao thông tỉnh;", "- Lưu: VT."],
         ["UBND tỉnh (b/c);", "Ban Quản lý dự án đầu tư xây dựng công trình Giao thông tỉnh;", "Lưu: VT."]),
        # A signature after an item with no stop is no part of it.
        (["- Như trên;", "- Lưu VT", "CHỦ TỊCH", "Nguyễn Văn An"], ["Như trên;", "Lưu VT"]),
    ],
)
def test_a_recipient_wrapped_onto_the_next_line_is_one_item(items, recipients):
    layout = layout_of("Số: 5/QĐ-UBND\nQUYẾT ĐỊNH\n\nĐiều 1. Nội dung.\n\nNơi nhận:\n" + "\n".join(items) + "\n")
    assert [line.text for line in layout.recipients] == recipients


@pytest.mark.parametrize("mark", ["HỎA TỐC", "KHẨN", "MẬT", "DỰ THẢO", "Dự thảo lần 2", "(THƯỢNG KHẨN)"])
def test_a_handling_mark_anywhere_in_the_header_ends_nothing(mark):
    layout = layout_of(
        f"""
        ỦY BAN NHÂN DÂN XÃ MÈO VẠC
        Số: 318/UBND-VP
        V/v ứng phó với mưa lớn
        {mark}
        Kính gửi: Công an xã.

        Ủy ban nhân dân xã đề nghị thực hiện ngay.
        """
    )
    assert ("handling_mark", mark) in roles(layout)
    assert [line.text for line in layout.addressees] == ["Công an xã."]


def test_a_paragraph_opening_with_den_is_no_receiving_stamp():
    layout = layout_of(
        """
        ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG
        Số: 12/BC-UBND
        BÁO CÁO
        Về đơn vị sự nghiệp

        Đến ngày 30/9/2023, toàn tỉnh có 612 đơn vị, chưa đủ điều kiện tự chủ theo Nghị định số 60/2021/NĐ-CP.

        ĐẾN Số: 3857
        """
    )
    assert [line.text for line in layout.body][0].startswith("Đến ngày 30/9/2023")
    assert [line.text for line in layout.stamps] == ["ĐẾN Số: 3857"]


def test_the_party_name_in_a_sentence_is_no_header_banner():
    layout = layout_of(
        """
        ĐẢNG BỘ QUÂN KHU 5          ĐẢNG CỘNG SẢN VIỆT NAM
        ĐẢNG ỦY QUÂN SỰ TỈNH KHÁNH HÒA
        Số 05-QĐi/ĐU
        QUY ĐỊNH
        về trách nhiệm nêu gương
        -----
        - Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
        - Căn cứ Quy định số 08-QĐi/TW ngày 25/10/2018 của Ban Chấp hành Trung ương;
        """
    )
    assert ("banner", "ĐẢNG CỘNG SẢN VIỆT NAM") in roles(layout)
    assert layout.body[0].text == "Căn cứ Điều lệ Đảng Cộng sản Việt Nam;"


def test_a_page_footer_after_the_closing_is_no_annex():
    layout = layout_of(
        """
        HUYỆN ỦY CAM LỘ
        Số 45-TB/HU
        THÔNG BÁO
        Kết luận của Ban Thường vụ

        Nội dung thông báo./.

        Nơi nhận:
        - Như trên,
        - Lưu VP.

        T/M BAN THƯỜNG VỤ
        BÍ THƯ

        Nguyễn Văn An

        Thông báo số 45-TB/HU                                 2
        """
    )
    assert layout.annex == []
    assert [(line.role, line.text) for line in layout.trailer][-1] == ("page_footer", "Thông báo số 45-TB/HU 2")


def test_a_double_spaced_text_is_read_as_its_lines_run_on():
    wrapped = [
        "Các cấp ủy, tổ chức đảng xác định phòng, chống thiên tai là nhiệm vụ",
        "trọng tâm, thường xuyên; người đứng đầu chịu trách nhiệm trực tiếp.",
    ] * 12
    layout = layout_of("\n\n".join(["TỈNH ỦY QUẢNG NINH", "Số 28-CT/TU", "CHỈ THỊ", *wrapped]) + "\n")
    assert [line.number for line in layout.body[:3]] == [7, 9, 11]
    assert all(line.text for line in layout.body)


def test_a_paragraph_a_line_keeps_its_paragraphs():
    paragraphs = [f"Đoạn thứ {index} nói về một việc của văn bản." for index in range(24)]
    layout = layout_of("\n\n".join(["TỈNH ỦY QUẢNG NINH", "Số 28-CT/TU", "CHỈ THỊ", *paragraphs]) + "\n")
    assert sum(1 for line in layout.body if not line.text) == len(paragraphs) - 1
