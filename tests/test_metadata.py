"""Stage metadata: front-matter fields read from documents unlike the seeds."""

from __future__ import annotations

from pathlib import Path

import pytest

from vanban.errors import SourceError
from vanban.layout import split_layout
from vanban.metadata import read_metadata
from vanban.read import decode_source

from .conftest import dedent


def metadata_of(text: str):
    return read_metadata(split_layout(decode_source(dedent(text).encode("utf-8"), "t.txt")))


DECISION = """
    UBND TỈNH THỪA THIÊN HUẾ
    SỞ NỘI VỤ
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Số: 215/QĐ-SNV
    Huế, ngày 7 tháng 10 năm 2023

    QUYẾT ĐỊNH
    VỀ VIỆC BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ NỘI VỤ

    GIÁM ĐỐC SỞ NỘI VỤ

    Căn cứ Quyết định số 12/2022/QĐ-UBND ngày 5/3/2022 của Ủy ban nhân dân tỉnh;

    QUYẾT ĐỊNH:

    Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc của Sở Nội vụ.

    Nơi nhận:
    - Như Điều 3;
    - UBND tỉnh (b/c);
    - Lưu: VT, VP.

    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    (Đã ký)
    Lê Thị Thu Hà
    """


def test_department_of_a_province_takes_the_province_in_its_name():
    meta = metadata_of(DECISION)
    assert meta.issuer == "Sở Nội vụ tỉnh Thừa Thiên Huế"
    assert meta.system == "nha-nuoc"
    assert meta.province == "Thừa Thiên Huế"
    assert meta.place == "Huế"
    assert meta.date == "2023-10-07"
    assert meta.number == "215/QĐ-SNV"
    assert meta.doc_type == "Quyết định"


def test_upper_case_subject_is_recased_and_authority_kept_out_of_it():
    meta = metadata_of(DECISION)
    assert meta.subject == "Về việc ban hành Quy chế làm việc của Sở Nội vụ"


def test_kt_signature_keeps_the_authority_and_both_titles():
    meta = metadata_of(DECISION)
    assert meta.signer == "Lê Thị Thu Hà"
    assert meta.signer_title == "KT. Giám đốc, Phó Giám đốc"
    assert meta.recipients == ["Như Điều 3", "UBND tỉnh (b/c)", "Lưu: VT, VP"]


@pytest.mark.parametrize(
    "dateline, date",
    [
        ("Gio Linh, ngày    tháng    năm 2025", "2025"),
        ("Gio Linh, ngày … tháng 5 năm 2025", "2025-05"),
        ("Gio Linh, ngày 02 tháng 05 năm 2025", "2025-05-02"),
        ("Gio Linh, ngày 31 tháng 13 năm 2025", "2025"),
    ],
)
def test_dates_keep_the_precision_written(dateline, date):
    meta = metadata_of(
        f"""
        ỦY BAN NHÂN DÂN
        HUYỆN GIO LINH
        Số: /TB-UBND
        {dateline}

        THÔNG BÁO
        Về lịch tiếp công dân

        Ủy ban nhân dân huyện thông báo lịch tiếp công dân.
        """
    )
    assert meta.date == date
    assert meta.number is None
    assert meta.doc_type == "Thông báo"
    assert meta.issuer == "Ủy ban nhân dân huyện Gio Linh"


def test_party_board_under_its_committee_and_new_tone_placement():
    meta = metadata_of(
        """
        TỈNH UỶ QUẢNG NAM
        BAN TUYÊN GIÁO
        *
        Số 120-HD/BTGTU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Tam Kỳ, ngày 1 tháng 6 năm 2020

        HƯỚNG DẪN
        tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng bộ tỉnh

        Thực hiện Kế hoạch số 119- KH/TU của Ban Thường vụ Tỉnh uỷ, Ban Tuyên giáo hướng dẫn.

        K/T TRƯỞNG BAN
        PHÓ TRƯỞNG BAN
        Nguyễn Văn Bình
        """
    )
    assert meta.issuer == "Ban Tuyên giáo Tỉnh ủy Quảng Nam"
    assert meta.system == "dang"
    assert meta.doc_type == "Hướng dẫn"
    assert meta.subject == "Tuyên truyền kỷ niệm 90 năm Ngày thành lập Đảng bộ tỉnh"
    assert meta.signer_title == "K/T Trưởng ban, Phó Trưởng ban"


def test_a_state_letter_without_type_code_is_a_cong_van():
    meta = metadata_of(
        """
        BỘ TÀI CHÍNH
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 3456/BTC-NSNN
        V/v bổ sung dự toán năm 2024
        Hà Nội, ngày 2 tháng 4 năm 2024

        Kính gửi:
        - Ủy ban nhân dân tỉnh Sơn La;
        - Sở Tài chính tỉnh Sơn La.

        Bộ Tài chính nhận được Công văn số 12/UBND-KT của Ủy ban nhân dân tỉnh.

        TL. BỘ TRƯỞNG
        VỤ TRƯỞNG VỤ NGÂN SÁCH NHÀ NƯỚC
        Trần Quân
        """
    )
    assert meta.doc_type == "Công văn"
    assert meta.number == "3456/BTC-NSNN"
    assert meta.issuer == "Bộ Tài chính"
    assert meta.province is None  # a ministry is central: Hà Nội is only where it sits
    assert meta.subject == "Bổ sung dự toán năm 2024"
    assert meta.addressees == ["Ủy ban nhân dân tỉnh Sơn La", "Sở Tài chính tỉnh Sơn La"]
    assert meta.signer == "Trần Quân"
    assert meta.signer_title == "TL. Bộ trưởng, Vụ trưởng Vụ Ngân sách nhà nước"


def test_text_with_no_document_type_is_refused_with_the_reason():
    with pytest.raises(SourceError) as error:
        metadata_of(
            """
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Hà Nội, ngày 2 tháng 4 năm 2024

            Xin chào.
            """
        )
    assert str(error.value).startswith("t.txt:1: no document type found")


SHAPES = Path(__file__).resolve().parent / "fixtures" / "shapes"


@pytest.mark.parametrize(
    "name, expected",
    [
        ("vpcp.txt", {"doc_type": "Thông báo", "number": "123/TB-VPCP", "issuer": "Văn phòng Chính phủ",
                      "province": None, "date": "2024-03-15", "signer": "Nguyễn Sỹ Hiệp",
                      "subject": "Kết luận của Phó Thủ tướng Trần Lưu Quang tại cuộc họp về cải cách thủ tục hành chính"}),
        ("hdnd.txt", {"doc_type": "Nghị quyết", "number": "12/2023/NQ-HĐND",
                      "issuer": "Hội đồng nhân dân tỉnh Bình Định", "province": "Bình Định",
                      "subject": "Quy định mức chi hỗ trợ công tác cải cách hành chính trên địa bàn tỉnh",
                      "signer": "Hồ Quốc Dũng", "signer_title": "Chủ tịch"}),
        ("ttg.txt", {"doc_type": "Quyết định", "number": "1557/QĐ-TTg", "issuer": "Thủ tướng Chính phủ",
                     "subject": 'Phê duyệt Đề án "Đẩy mạnh cải cách chế độ công vụ, công chức"',
                     "signer_title": "KT. Thủ tướng, Phó Thủ tướng"}),
        ("huyenuy.txt", {"doc_type": "Thông báo", "number": "45-TB/HU", "issuer": "Huyện ủy Quế Võ",
                         "province": "Bắc Ninh", "system": "dang",
                         "subject": "Kết luận của Ban Thường vụ Huyện ủy về công tác chuyển đổi số năm 2022",
                         "signer_title": "T/M Ban Thường vụ, Phó Bí thư Thường trực"}),
        ("bo.txt", {"doc_type": "Công văn", "number": "2345/BNV-CCHC", "issuer": "Bộ Nội vụ", "province": None,
                    "subject": "Hướng dẫn xác định Chỉ số cải cách hành chính năm 2023",
                    "signer_title": "KT. Bộ trưởng, Thứ trưởng"}),
        # A web copy whose table cells break their lines with <br>.
        ("so_web.txt", {"doc_type": "Công văn", "number": "1523/SYT-NVY", "issuer": "Sở Y tế tỉnh Lâm Đồng",
                        "date": "2023-08-03", "signer": "Nguyễn Đức Thuận",
                        "signer_title": "KT. Giám đốc, Phó Giám đốc",
                        "subject": "Tăng cường các biện pháp phòng, chống bệnh sốt xuất huyết",
                        "recipients": ["Như trên", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, NVY"]}),
        # A scan's text that keeps the page's columns: "Nơi nhận" beside the signature.
        ("xa_scan.txt", {"doc_type": "Quyết định", "number": "45/QĐ-UBND", "issuer": "Ủy ban nhân dân xã Tân Hiệp",
                         "date": "2022-09-12", "signer": "Nguyễn Văn Tám", "signer_title": "Chủ tịch",
                         "recipients": ["Như Điều 2", "UBND huyện (b/c)", "Lưu: VT"]}),
        # A dispatch: its addressees follow "THỦ TƯỚNG CHÍNH PHỦ điện:", not "Kính gửi:".
        ("cong_dien.txt", {"doc_type": "Công điện", "number": "86/CĐ-TTg", "issuer": "Thủ tướng Chính phủ",
                           "addressees": ["Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Phát triển nông thôn",
                                          "Chủ tịch Ủy ban nhân dân các tỉnh: Lào Cai, Yên Bái, Cao Bằng"],
                           "signer": "Phạm Minh Chính", "signer_title": "Thủ tướng"}),
        # A web copy whose closing cells lost their line breaks; each bold line kept its markers.
        ("kh_web_flat.md", {"doc_type": "Kế hoạch", "number": "2156/KH-UBND",
                            "issuer": "Ủy ban nhân dân tỉnh Bình Dương", "signer": "Nguyễn Lộc Hà",
                            "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
                            "recipients": ["Bộ Công an", "TT.TU, TT.HĐND tỉnh", "Lưu: VT, NC"]}),
        # An office's notice: its subject is two plain lines under the type.
        ("vp_thong_bao.txt", {"doc_type": "Thông báo", "issuer": "Văn phòng Ủy ban nhân dân thành phố Đà Nẵng",
                              "date": "2022-04-18", "signer": "Nguyễn Văn Bảy",
                              "subject": "Ý kiến kết luận của Phó Chủ tịch UBND thành phố Lê Quang Nam"
                                         " tại cuộc họp về tiến độ dự án đường Vành đai phía Tây",
                              "title": "Thông báo 456/TB-VP ý kiến kết luận của Phó Chủ tịch UBND thành phố"
                                       " Lê Quang Nam tại cuộc họp về tiến độ dự án đường Vành đai phía Tây"}),
        # A law: "Luật số:", no dateline, the date it was passed in its closing formula.
        ("luat.txt", {"doc_type": "Luật", "number": "15/2023/QH15", "issuer": "Quốc hội", "date": "2023-01-09",
                      "place": None, "subject": "Khám bệnh, chữa bệnh", "signer": "Vương Đình Huệ"}),
        # Markdown headings: the type "CHƯƠNG TRÌNH HÀNH ĐỘNG", its subject a lower-case heading.
        ("ctr_markdown.md", {"doc_type": "Chương trình", "number": "45-CTr/HU", "issuer": "Huyện ủy Phú Vang",
                             "date": "2022-03-15", "signer_title": "T/M Ban Thường vụ, Bí thư",
                             "subject": "Thực hiện Nghị quyết số 06-NQ/TU ngày 10/01/2022 của Ban Thường vụ"
                                        " Tỉnh ủy về chuyển đổi số"}),
        # A scan's text: the first header line without marks, columns side by side, a page number.
        ("scan_unmarked.txt", {"doc_type": "Chỉ thị", "number": "112/CT-UBND",
                               "issuer": "Ủy ban nhân dân huyện Can Lộc", "date": "2023-02-06",
                               "signer": "Trần Tuấn Nghĩa", "signer_title": "Chủ tịch",
                               "recipients": ["UBND tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện", "Lưu: VT"]}),
        # A copy from a publishing system, opening with its own front matter.
        ("cms_front_matter.md", {"doc_type": "Kế hoạch", "number": "1850/KH-UBND",
                                 "issuer": "Ủy ban nhân dân tỉnh Quảng Bình", "date": "2023-09-22",
                                 "subject": "Phòng, chống thiên tai và tìm kiếm cứu nạn năm 2023"}),
        # A web copy that kept its HTML entities ("Số:&nbsp;2345/UBND-KTTH").
        ("web_entities.txt", {"doc_type": "Công văn", "number": "2345/UBND-KTTH",
                              "issuer": "Ủy ban nhân dân tỉnh Ninh Thuận", "date": "2019-06-05"}),
        # A district's dispatch whose subject cites a plan in full; the district's name
        # holds a word spelt like "trong" (in).
        ("cv_vv_trich_dan.txt", {"doc_type": "Công văn", "number": "812/UBND-VP",
                                 "issuer": "Ủy ban nhân dân huyện Đức Trọng", "province": "Lâm Đồng",
                                 "date": "2023-04-14", "signer": "Trần Văn Hiển",
                                 "subject": "Triển khai Kế hoạch số 58/KH-UBND ngày 02/3/2023 của UBND tỉnh Lâm Đồng"}),
        # A web copy whose closing is a pipe table of a row a line, "Nơi nhận" beside the
        # signature: read column after column.
        ("so_web_closing_rows.md", {"doc_type": "Công văn", "number": "2317/STNMT-QLĐĐ",
                                    "issuer": "Sở Tài nguyên và Môi trường tỉnh Quảng Ngãi", "signer": "Trần Văn Hùng",
                                    "signer_title": "KT. Giám đốc, Phó Giám đốc",
                                    "recipients": ["Như trên", "UBND tỉnh (b/c)", "Giám đốc Sở (b/c)", "Phòng TN&MT các huyện, thị xã, thành phố", "Lưu: VT, QLĐĐ"]}),
        # A scan's text of a Party commission: specks before the dateline, a line of
        # marks between the number and the type, a "~" over the signer's name.
        ("ban_tinh_uy_ocr.txt", {"doc_type": "Thông báo", "number": "215-TB/BTCTU",
                                 "issuer": "Ban Tổ chức Tỉnh ủy Nam Định", "province": "Nam Định",
                                 "place": "Nam Định", "date": "2024-05-09", "signer": "Vũ Thị Hồng Nhung",
                                 "signer_title": "K/T Trưởng ban, Phó Trưởng ban",
                                 "subject": "Chiêu sinh lớp bồi dưỡng nghiệp vụ công tác tổ chức xây dựng Đảng năm 2024"}),
        # A report typed without any marks, by a district whose header names no province.
        ("bc_khong_dau.txt", {"doc_type": "Báo cáo", "number": "356/BC-UBND",
                              "issuer": "Ủy ban nhân dân huyện Cam Lâm", "province": "Khánh Hòa",
                              "place": "Cam Lam", "date": "2024-10-08", "signer": "Nguyen Van Thanh",
                              "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch"}),
        # A scan of a district's Party programme: a commune's receiving stamp under the
        # dateline, "ngày 1O" for the 10th, a seal's ring of text read as a line.
        ("huyenuy_ocr_stamp.txt", {"doc_type": "Chương trình", "number": "45-CTr/HU", "issuer": "Huyện ủy Hải Hậu",
                                   "province": "Nam Định", "date": "2025-03-10", "signer": "Trần Văn Lộc",
                                   "signer_title": "T/M Huyện ủy, Phó Bí thư"}),
        # The Youth Union's banner beside its provincial committee; the file in NFD.
        ("tinhdoan_nfd.txt", {"doc_type": "Hướng dẫn", "number": "87-HD/TĐTN-TNTH", "issuer": "Tỉnh đoàn Thái Bình",
                              "system": None, "province": "Thái Bình", "signer": "Nguyễn Thị Thanh Huyền",
                              "signer_title": "TM. Ban Thường vụ Tỉnh đoàn, Phó Bí thư"}),
        # A university's decision with its regulation after the signature; a seal read as text.
        ("truong_ocr_phu_luc.txt", {"doc_type": "Quyết định", "number": "3568/QĐ-ĐHCT",
                                    "issuer": "Trường Đại học Cần Thơ", "date": "2024-09-05",
                                    "signer": "Trương Minh Hiếu", "signer_title": "KT. Hiệu trưởng, Phó Hiệu trưởng"}),
        # A court's report in Markdown: a note under the subject, a signer from the Highlands.
        ("toa_an_markdown.md", {"doc_type": "Báo cáo", "number": "38/BC-TA", "issuer": "Tòa án nhân dân tỉnh Đắk Lắk",
                                "province": "Đắk Lắk", "signer": "H'Liên Mlô", "signer_title": "KT. Chánh án, Phó Chánh án",
                                "subject": "Công tác của Tòa án nhân dân hai cấp tỉnh Đắk Lắk năm 2023"}),
        # A company's web copy: its name wrapped over two rows under its parent, the
        # closing one row broken over lines.
        ("cong_ty_web_rows.txt", {"doc_type": "Tờ trình", "number": "156/TTr-KTTL",
                                  "issuer": "Công ty TNHH một thành viên Khai thác thủy lợi Quảng Nam",
                                  "province": "Quảng Nam", "signer": "Huỳnh Tấn Lực", "signer_title": "Q. Giám đốc",
                                  "recipients": ["Như trên", "Chủ tịch, các PCT Công ty", "Các phòng, Chi nhánh trực thuộc",
                                                 "Lưu: VT, KHKT"]}),
        # A ministry's directive with another province's receiving stamp, signed with a rank.
        ("bo_cong_an_stamp.txt", {"doc_type": "Chỉ thị", "number": "08/CT-BCA", "issuer": "Bộ Công an",
                                  "province": None, "place": "Hà Nội", "signer": "Lê Quang Thành",
                                  "signer_title": "Bộ trưởng"}),
        # A joint circular: its closing a table of the recipients and two signatures.
        ("ttlt_web_two_signatures.md", {"doc_type": "Thông tư liên tịch", "number": "26/2015/TTLT-BTC-BNV",
                                        "issuer": "Bộ Tài chính - Bộ Nội vụ", "signer": "Hà Thị Thu Trang",
                                        "signer_title": "KT. Bộ trưởng Bộ Tài chính, Thứ trưởng",
                                        "cosigners": [("Lưu Quang Đạt", "KT. Bộ trưởng Bộ Nội vụ, Thứ trưởng")]}),
        # Copied from Word: the closing in two columns parted by tabs, a regulation after
        # it with its own two-column header; a blank number and day.
        ("qd_word_tabs_quy_che.txt", {"doc_type": "Quyết định", "number": None, "date": "2024-03",
                                      "issuer": "Ủy ban nhân dân tỉnh Nam Định", "signer": "Đoàn Văn Khải",
                                      "signer_title": "KT. Chủ tịch, Phó Chủ tịch",
                                      "recipients": ["Như Điều 3", "Văn phòng Chính phủ (Cục KSTTHC)",
                                                     "Bộ Tài nguyên và Môi trường", "TT Tỉnh ủy, TT HĐND tỉnh",
                                                     "CT, các PCT UBND tỉnh", "Cổng TTĐT tỉnh", "Lưu: VT, VP4"]}),
        # Text from a PDF: the closing side by side, a recipient wrapped onto a line of its
        # own that opens with a capital, a page footer after it.
        ("tb_pdf_footer.txt", {"doc_type": "Thông báo", "number": "215/TB-UBND", "signer": "Nguyễn Đức Hạnh",
                               "signer_title": "TL. Chủ tịch, Chánh Văn phòng",
                               "recipients": ["Chủ tịch UBND tỉnh (để b/c)", "PCT UBND tỉnh Lê Minh Tuấn (để b/c)",
                                              "Các sở: Tài chính, Xây dựng, Tài nguyên và Môi trường, Giao thông vận tải",
                                              "UBND huyện Triệu Sơn", "Ban QLDA ĐTXD công trình giao thông tỉnh",
                                              "Lưu: VT, CN"]}),
        # An urgent dispatch of a commune after the 2025 reform: "HỎA TỐC" between the
        # subject and the addressees.
        ("cv_hoa_toc_xa.txt", {"doc_type": "Công văn", "number": "318/UBND-VP", "issuer": "Ủy ban nhân dân xã Mèo Vạc",
                               "date": "2025-09-21", "signer": "Giàng Seo Chứ",
                               "addressees": ["Trưởng các thôn trên địa bàn xã", "Công an xã", "Ban Chỉ huy quân sự xã",
                                              "Trạm Y tế xã", "Các trường học trên địa bàn xã"]}),
        # A ministry's department: as central as its ministry.
        ("cuc_bo_markdown.md", {"doc_type": "Công văn", "number": "1874/TTBVTV-BVTV",
                                "issuer": "Cục Trồng trọt và Bảo vệ thực vật", "province": None,
                                "signer": "Lương Quốc Bảo", "signer_title": "KT. Cục trưởng, Phó Cục trưởng"}),
        # A Party regulation "của Ban Thường vụ Tỉnh ủy" in ordinary case over its subject.
        ("quy_dinh_btv_tinh_uy.txt", {"doc_type": "Quy định", "number": "25-QĐi/TU",
                                      "issuer": "Ban Thường vụ Tỉnh ủy Nghệ An", "province": "Nghệ An",
                                      "subject": "Về trách nhiệm của người đứng đầu cấp ủy, chính quyền các cấp trong"
                                                 " tiếp công dân, đối thoại trực tiếp với dân và xử lý những phản ánh,"
                                                 " kiến nghị của dân",
                                      "recipients": ["Ban Bí thư Trung ương Đảng (để b/c)", "Ban Nội chính Trung ương",
                                                     "Các đồng chí Tỉnh ủy viên", "Các đảng bộ trực thuộc Tỉnh ủy",
                                                     "Các ban đảng, Văn phòng Tỉnh ủy", "Lưu Văn phòng Tỉnh ủy"]}),
        # A draft, unsigned: no number, no day, the authority it is to be signed with.
        ("nq_dang_uy_du_thao.txt", {"doc_type": "Nghị quyết", "number": None, "date": "2025-10",
                                    "issuer": "Đảng ủy xã Yên Minh", "signer": None,
                                    "signer_title": "T/M Đảng ủy, Bí thư"}),
        # "KHẨN", then a receiving stamp after the subject, with the receiver's name.
        ("so_khan_den.txt", {"doc_type": "Công văn", "number": "2364/SNV-XDCQ", "issuer": "Sở Nội vụ tỉnh Lâm Đồng",
                             "date": "2025-11-04", "signer": "Lê Thị Mỹ Duyên",
                             "addressees": ["Ủy ban nhân dân các xã, phường và đặc khu Phú Quý"]}),
        # Text from a PDF: the archive's places run on below the signer's name, and the
        # page's running footer stands on the right after it.
        ("hd_btctw_pdf.txt", {"doc_type": "Hướng dẫn", "number": "38-HD/BTCTW", "issuer": "Ban Tổ chức Trung ương",
                              "province": None, "signer": "Hà Minh Khôi", "signer_title": "K/T Trưởng ban, Phó Trưởng ban",
                              "recipients": ["Các tỉnh ủy, thành ủy", "Các đảng ủy trực thuộc Trung ương",
                                             "Các đồng chí lãnh đạo Ban", "Các vụ, đơn vị thuộc Ban",
                                             "Lưu Vụ Cơ sở đảng, đảng viên, Văn phòng Ban"]}),
        # A decree in UTF-8 with a byte-order mark, its subject a blank line below the type.
        ("nghi_dinh_bom.txt", {"doc_type": "Nghị định", "number": "18/2024/NĐ-CP", "issuer": "Chính phủ",
                               "signer": "Đỗ Quang Huy", "signer_title": "TM. Chính phủ, Thủ tướng",
                               "subject": "Sửa đổi, bổ sung một số điều của Nghị định số 67/2018/NĐ-CP ngày 14"
                                          " tháng 5 năm 2018 của Chính phủ quy định chi tiết một số điều của"
                                          " Luật Thủy lợi"}),
        # A press release: "THÔNG CÁO BÁO CHÍ", closed by the office's name, which signs for no one.
        ("thong_cao_bao_chi.md", {"doc_type": "Thông cáo", "number": None, "issuer": "Văn phòng Chính phủ",
                                  "signer": None,
                                  "subject": "Về văn bản quy phạm pháp luật do Chính phủ, Thủ tướng Chính phủ ban"
                                             " hành trong tháng 02 năm 2024"}),
        # Three header lines: the province's committee, the department, its sub-department.
        ("giay_moi_chi_cuc.txt", {"doc_type": "Giấy mời", "number": "86/GM-CCKL",
                                  "issuer": "Chi cục Kiểm lâm tỉnh Bình Định", "signer": "Phan Ngọc Khuê",
                                  "signer_title": "Chi cục trưởng"}),
        # A district's Youth Union under its province's.
        ("huyen_doan_ke_hoach.txt", {"doc_type": "Kế hoạch", "number": "27-KH/HĐTN", "issuer": "Huyện đoàn Nga Sơn",
                                     "system": None, "signer": "Lê Thị Hoài Thu",
                                     "signer_title": "TM. Ban Thường vụ Huyện đoàn, Bí thư"}),
        # The Fatherland Front's standing board: "ỦY BAN MTTQ VIỆT NAM" / "TỈNH ..." / "BAN THƯỜNG TRỰC".
        ("mttq_tinh.txt", {"number": "1057/MTTQ-BTT", "system": None, "signer": "Hoàng Thị Lệ Hằng",
                           "issuer": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình",
                           "signer_title": "TM. Ban Thường trực, Phó Chủ tịch"}),
        # Windows-1258 with its combining marks; the district's name in the caps subject is
        # written in ordinary case only in the dateline.
        ("ctr_hdnd_cp1258.txt", {"doc_type": "Chương trình", "number": "52/CTr-HĐND",
                                 "issuer": "Hội đồng nhân dân huyện Thăng Bình", "province": "Quảng Nam",
                                 "subject": "Công tác năm 2024 của Hội đồng nhân dân huyện Thăng Bình khóa XII,"
                                            " nhiệm kỳ 2021 - 2026 và lịch tổ chức các kỳ họp thường lệ trong năm"}),
        # A scan of the Politburo's conclusion: the signature's titles above "Nơi nhận",
        # the signer's name beside a recipient, a recipient run on in lower case.
        ("ket_luan_bct_ocr.txt", {"doc_type": "Kết luận", "province": None, "signer": "Võ Thành Luân",
                                  "signer_title": "T/M Bộ Chính trị, Thường trực Ban Bí thư",
                                  "recipients": ["Các tỉnh ủy, thành ủy",
                                                 "Các ban đảng, ban cán sự đảng, đảng đoàn, đảng ủy trực thuộc Trung ương",
                                                 "Các đảng ủy đơn vị sự nghiệp Trung ương",
                                                 "Các đồng chí Ủy viên Ban Chấp hành Trung ương Đảng",
                                                 "Lưu Văn phòng Trung ương Đảng"]}),
        ("dang_uy_bo.txt", {"doc_type": "Công văn", "number": "215-CV/ĐU", "issuer": "Đảng ủy Bộ Tư pháp",
                            "system": "dang", "date": "2023-05-10", "signer_title": "T/M Đảng ủy, Phó Bí thư"}),
        ("btgtw.txt", {"doc_type": "Hướng dẫn", "number": "125-HD/BTGTW", "issuer": "Ban Tuyên giáo Trung ương",
                       "system": "dang", "province": None, "signer": "Phan Xuân Thủy",
                       "title": "Hướng dẫn 125-HD/BTGTW tuyên truyền kỷ niệm 70 năm Chiến thắng Điện Biên Phủ"
                                " (7/5/1954 - 7/5/2024)"}),
        # A department under "ĐẢNG BỘ TỈNH": its committee's, "Ban Tổ chức Tỉnh ủy".
        ("dang_bo_ban_to_chuc.md", {
            "doc_type": "Hướng dẫn",
            "number": "15-HD/BTCTU",
            "issuer": "Ban Tổ chức Tỉnh ủy Nghệ An",
            "system": "dang",
            "province": "Nghệ An",
            "date": "2013-06-12",
            "subject": "Về quản lý đảng viên đi làm ăn xa nơi cư trú và đảng viên đi lao động có thời"
                " hạn ở nước ngoài",
            "signer": "Hoàng Văn Thắng",
            "signer_title": "K/T Trưởng ban, Phó Trưởng ban",
            "addressees": [],
            "recipients": [
                "Ban Tổ chức Trung ương (để b/c)",
                "Thường trực Tỉnh ủy (để b/c)",
                "Các huyện, thành, thị ủy, đảng ủy trực thuộc",
                "Các đồng chí Lãnh đạo Ban",
                "Lưu VP, Phòng TCĐV",
            ],
        }),
        # A scan: a subject that goes on with "COVID-19", a seal's ring among the titles.
        ("huyen_uy_ocr_seal.txt", {
            "doc_type": "Thông báo",
            "number": "412-TB/HU",
            "issuer": "Huyện ủy Triệu Phong",
            "system": "dang",
            "province": "Quảng Trị",
            "date": "2021-08-16",
            "subject": "Kết luận của Thường trực Huyện ủy tại cuộc họp ngày 13/8/2021 về công tác phòng,"
                " chống dịch COVID-19 và tiến độ sản xuất vụ Hè Thu năm 2021",
            "signer": "Nguyễn Thị Hằng",
            "signer_title": "T/L Ban Thường vụ, Chánh Văn phòng",
            "addressees": [],
            "recipients": [
                "Thường trực Tỉnh ủy (b/c)",
                "Các đ/c Huyện ủy viên",
                "Đảng ủy, UBND các xã, thị trấn",
                "Các cơ quan, ban ngành, đoàn thể huyện",
                "Lưu VP",
            ],
        }),
        # "CỦA BAN THƯỜNG VỤ ĐẢNG ỦY KHỐI": the board of the header's body, named in full.
        ("dang_uy_khoi_web.md", {
            "doc_type": "Kết luận",
            "number": "58-KL/ĐUK",
            "issuer": "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh Quảng Nam",
            "system": "dang",
            "province": "Quảng Nam",
            "date": "2018-07-05",
            "subject": "Về kết quả 02 năm thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị trong Đảng bộ"
                " Khối các cơ quan tỉnh",
            "signer": "Huỳnh Thị Mỹ Lệ",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư",
            "addressees": [],
            "recipients": [
                "Ban Thường vụ Tỉnh ủy (b/c)",
                "Ban Tuyên giáo Tỉnh ủy",
                "Các đ/c Ủy viên BCH Đảng bộ Khối",
                "Các tổ chức cơ sở đảng trực thuộc",
                "Lưu VP",
            ],
        }),
        # "Kính gửi: - ...", each dashed item wrapped onto a line of its own.
        ("ban_tgdv_kinh_gui_wrapped.txt", {
            "doc_type": "Công văn",
            "number": "318-CV/BTGDVTU",
            "issuer": "Ban Tuyên giáo và Dân vận Tỉnh ủy Thái Bình",
            "system": "dang",
            "province": "Thái Bình",
            "date": "2025-05-09",
            "subject": "Tuyên truyền kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh và định hướng thông"
                " tin về sắp xếp đơn vị hành chính",
            "signer": "Đặng Thị Minh Phương",
            "signer_title": "Trưởng ban",
            "addressees": [
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy",
                "Đảng ủy Ủy ban nhân dân tỉnh, Đảng ủy các cơ quan Đảng tỉnh",
                "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh",
                "Báo Thái Bình, Đài Phát thanh và Truyền hình Thái Bình",
            ],
            "recipients": [
                "Như trên",
                "Thường trực Tỉnh ủy (để b/c)",
                "Lãnh đạo Ban",
                "Lưu VP, Phòng TT,BC-XB",
            ],
        }),
        # A school's Party cell, "TRƯỜNG THCS HẢI ĐÔNG" spelt out, told apart by its own name.
        ("chi_bo_truong_thcs.md", {
            "doc_type": "Báo cáo",
            "number": "07-BC/CB",
            "issuer": "Chi bộ Trường Trung học cơ sở Hải Đông",
            "system": "dang",
            "date": "2019-12",
            "subject": "Kiểm điểm tập thể chi bộ năm 2019",
            "signer": "Trần Thị Ngọc Lan",
            "signer_title": "T/M Chi bộ, Bí thư",
            "addressees": [],
            "recipients": ["Đảng ủy xã Hải Đông (b/c)", "Lưu Chi bộ"],
        }),
        # "BAN CÁN SỰ ĐẢNG" / "UBND TỈNH": one Party board's name over two lines.
        ("ban_can_su_dang_web.md", {
            "doc_type": "Tờ trình",
            "number": "142-TTr/BCSĐ",
            "issuer": "Ban cán sự đảng Ủy ban nhân dân tỉnh Lâm Đồng",
            "system": "dang",
            "province": "Lâm Đồng",
            "date": "2023-10-17",
            "subject": "Về chủ trương sắp xếp, tổ chức lại các đơn vị sự nghiệp công lập thuộc Ủy ban"
                " nhân dân tỉnh giai đoạn 2023 - 2025",
            "signer": "Đinh Văn Thuận",
            "signer_title": "K/T Bí thư, Phó Bí thư",
            "addressees": ["Ban Thường vụ Tỉnh ủy"],
            "recipients": [
                "Như trên",
                "Thường trực Tỉnh ủy (b/c)",
                "Ban Tổ chức Tỉnh ủy",
                "Đảng đoàn HĐND tỉnh",
                "Các đ/c Ủy viên BCS đảng UBND tỉnh",
                "Sở Nội vụ",
                "Lưu: VT, BCSĐ",
            ],
        }),
        # Text from a PDF: the signer's name two spaces after an item, a running footer.
        ("dang_uy_quan_su_pdf.txt", {
            "doc_type": "Quy định",
            "number": "05-QĐi/ĐU",
            "issuer": "Đảng ủy Quân sự tỉnh Khánh Hòa",
            "system": "dang",
            "province": "Khánh Hòa",
            "date": "2019-01-14",
            "subject": "Về trách nhiệm nêu gương của cán bộ, đảng viên trong Đảng bộ Quân sự tỉnh",
            "signer": "Trần Văn Sơn",
            "signer_title": "T/M Đảng ủy, Bí thư",
            "addressees": [],
            "recipients": [
                "Thường vụ Đảng ủy Quân khu 5 (b/c)",
                "Thường trực Tỉnh ủy Khánh Hòa (b/c)",
                "Các đồng chí Đảng ủy viên",
                "Các tổ chức đảng trực thuộc",
                "Lưu: VP, Ban Tuyên huấn; T48",
            ],
        }),
        # A scan: a receiving stamp drawn in a box, a rule beside the issuer, a seal drawn.
        ("quan_uy_box_stamp_ocr.txt", {
            "doc_type": "Thông tri",
            "number": "04-TT/QU",
            "issuer": "Quận ủy Cầu Giấy",
            "system": "dang",
            "province": "Hà Nội",
            "date": "2016-01-26",
            "subject": "Về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIV và đại biểu Hội đồng nhân dân"
                " các cấp nhiệm kỳ 2016 - 2021",
            "signer": "Phạm Quang Vinh",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư",
            "addressees": [],
            "recipients": [
                "Thường trực Thành ủy (để b/c)",
                "Ban Tổ chức Thành ủy",
                "Các đ/c Quận ủy viên",
                "Các chi, đảng bộ trực thuộc",
                "Lưu VP",
            ],
        }),
        # A commune after the reform, its province from the two tiers' list; the document
        # spells "Nhân dân" (the people) with a capital.
        ("xa_hoa_vang_2025.txt", {
            "doc_type": "Công văn",
            "number": "1126/UBND-KT",
            "issuer": "Ủy ban nhân dân xã Hòa Vang",
            "system": "nha-nuoc",
            "province": "Đà Nẵng",
            "date": "2025-10-28",
            "subject": "Tập trung khắc phục hậu quả mưa lũ, ổn định đời sống Nhân dân và khôi phục sản xuất",
            "signer": "Phan Thanh Hải",
            "signer_title": "KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [
                "Các phòng, ban, đơn vị thuộc UBND xã",
                "Ban Chỉ huy Quân sự xã",
                "Công an xã",
                "Trưởng thôn các thôn trên địa bàn xã",
            ],
            "recipients": [
                "Như trên",
                "Thường trực Đảng ủy xã (b/c)",
                "Thường trực HĐND xã",
                "CT, các PCT UBND xã",
                "Ủy ban MTTQ Việt Nam xã",
                "Lưu: VT, KT",
            ],
        }),
        # A scan: a receiver's name over two lines above "ĐẾN", addressees after a comma, a seal.
        ("bo_ocr_seal_receiver.txt", {
            "doc_type": "Công văn",
            "number": "7418/BNNMT-TTBVTV",
            "issuer": "Bộ Nông nghiệp và Môi trường",
            "system": "nha-nuoc",
            "province": None,
            "date": "2025-09-19",
            "subject": "Tăng cường quản lý chất lượng, an toàn thực phẩm sầu riêng xuất khẩu; kiểm soát"
                " Cadimi (Cd) và Vàng O",
            "signer": "Trần Quang Vĩnh",
            "signer_title": "KT. Bộ trưởng, Thứ trưởng",
            "addressees": [
                "Ủy ban nhân dân các tỉnh, thành phố: Đắk Lắk, Lâm Đồng, Gia Lai, Đồng Nai, Tây Ninh, Đồng Tháp, Vĩnh Long, Cần Thơ, Khánh Hòa, Quảng Ngãi, Thành phố Hồ Chí Minh",
            ],
            "recipients": [
                "Như trên",
                "Bộ trưởng (để b/c)",
                "Các Thứ trưởng",
                "Cục Chất lượng, Chế biến và Phát triển thị trường",
                "Sở NN&MT các tỉnh, TP có tên trên",
                "Hiệp hội Rau quả Việt Nam",
                "Lưu: VT, TTBVTV",
            ],
        }),
        # Text from a PDF that ran the signature's column into the recipients' lines.
        ("tinh_uy_pdf_run_together.txt", {
            "doc_type": "Chỉ thị",
            "number": "08-CT/TU",
            "issuer": "Ban Thường vụ Tỉnh ủy Đắk Lắk",
            "system": "dang",
            "province": "Đắk Lắk",
            "date": "2025-10-17",
            "subject": "Về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XVI và đại biểu Hội đồng nhân dân"
                " các cấp nhiệm kỳ 2026 - 2031",
            "signer": "Nguyễn Đình Trọng",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư Thường trực",
            "addressees": [],
            "recipients": [
                "Bộ Chính trị, Ban Bí thư (b/c)",
                "Văn phòng Trung ương Đảng",
                "Ban Tổ chức Trung ương",
                "Các đồng chí Tỉnh ủy viên",
                "Các ban, cơ quan Tỉnh ủy",
                "Các đảng ủy trực thuộc Tỉnh ủy",
                "Lưu Văn phòng Tỉnh ủy",
            ],
        }),
        # A web page's copy, a breadcrumb above the header.
        ("bo_web_breadcrumb.md", {
            "doc_type": "Công văn",
            "number": "2146/BDTTG-CSDT",
            "issuer": "Bộ Dân tộc và Tôn giáo",
            "system": "nha-nuoc",
            "province": None,
            "date": "2025-08-26",
            "subject": "Triển khai Chương trình mục tiêu quốc gia phát triển kinh tế - xã hội vùng đồng"
                " bào dân tộc thiểu số và miền núi sau sắp xếp đơn vị hành chính",
            "signer": "Hà Văn Thắng",
            "signer_title": "TL. Bộ trưởng, Vụ trưởng Vụ Chính sách dân tộc",
            "addressees": [
                "Ủy ban nhân dân các tỉnh: Tuyên Quang, Lào Cai, Thái Nguyên, Phú Thọ, Quảng Trị, Quảng Ngãi, Gia Lai, Đắk Lắk, Lâm Đồng",
                "Sở Dân tộc và Tôn giáo các tỉnh, thành phố",
            ],
            "recipients": [
                "Như trên",
                "Bộ trưởng (để b/c)",
                "Các Thứ trưởng",
                "Văn phòng Chính phủ",
                "Bộ Tài chính",
                "Lưu: VT, CSDT (03b)",
            ],
        }),
        # Text from a PDF without blank lines: the subject ends where "Căn cứ" starts.
        ("so_pdf_no_blank_lines.txt", {
            "doc_type": "Kế hoạch",
            "number": "1582/KH-SKHCN",
            "issuer": "Sở Khoa học và Công nghệ tỉnh Vĩnh Long",
            "system": "nha-nuoc",
            "province": "Vĩnh Long",
            "date": "2025-11-06",
            "subject": "Hỗ trợ các xã, phường triển khai nền tảng số dùng chung và nâng cao kỹ năng số"
                " cho cán bộ, công chức cấp xã giai đoạn 2025 - 2026",
            "signer": "Trần Minh Luân",
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": [],
            "recipients": [
                "Bộ Khoa học và Công nghệ (b/c)",
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "UBND các xã, phường",
                "Trung tâm CNTT&TT tỉnh",
                "Viễn thông Vĩnh Long",
                "Lưu: VT, CĐS",
            ],
        }),
        # "CỦA BAN CHẤP HÀNH ĐẢNG BỘ PHƯỜNG": the ward named by the header.
        ("dang_uy_phuong_bom_tabs.txt", {
            "doc_type": "Nghị quyết",
            "number": "05-NQ/ĐU",
            "issuer": "Ban Chấp hành Đảng bộ phường Thủ Dầu Một",
            "system": "dang",
            "province": "Hồ Chí Minh",
            "date": "2026-03-20",
            "subject": "Về phát triển kinh tế số, xây dựng đô thị thông minh phường Thủ Dầu Một giai"
                " đoạn 2026 - 2030",
            "signer": "Võ Hữu Phước",
            "signer_title": "T/M Đảng ủy, Bí thư",
            "addressees": [],
            "recipients": [
                "Ban Thường vụ Thành ủy (b/c)",
                "Văn phòng Thành ủy",
                "Ban Tuyên giáo và Dân vận Thành ủy",
                "Các đồng chí Đảng ủy viên",
                "Các chi bộ, đảng bộ trực thuộc",
                "Lưu Văn phòng Đảng ủy",
            ],
        }),
        # A draft: "DỰ THẢO" with its note in brackets, a blank number.
        ("cong_an_du_thao_tabs.txt", {
            "doc_type": "Tờ trình",
            "issuer": "Công an tỉnh Quảng Bình",
            "system": "nha-nuoc",
            "province": "Quảng Bình",
            "date": "2024-05",
            "subject": "Đề nghị xây dựng Nghị quyết của Hội đồng nhân dân tỉnh quy định tiêu chí về số"
                " lượng thành viên Tổ bảo vệ an ninh, trật tự và mức hỗ trợ, bồi dưỡng đối với"
                " người tham gia lực lượng tham gia bảo vệ an ninh, trật tự ở cơ sở trên địa bàn"
                " tỉnh Quảng Bình",
            "signer": "Trần Hải Quân",
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": ["Ủy ban nhân dân tỉnh Quảng Bình"],
            "recipients": [
                "Như trên",
                "Đ/c Giám đốc (để b/c)",
                "Sở Tư pháp (thẩm định)",
                "Sở Tài chính, Sở Nội vụ",
                "Lưu: VT, PV01",
            ],
        }),
        # A decision whose regulation follows the signature below "* * *", with its own header.
        ("cuc_thue_quy_che_web.txt", {
            "doc_type": "Quyết định",
            "number": "2315/QĐ-CTBNI",
            "issuer": "Cục Thuế tỉnh Bắc Ninh",
            "system": "nha-nuoc",
            "province": "Bắc Ninh",
            "date": "2022-08-05",
            "subject": "Về việc ban hành Quy chế tiếp công dân của Cục Thuế tỉnh Bắc Ninh",
            "signer": "Nguyễn Đức Thịnh",
            "signer_title": "Cục trưởng",
            "addressees": [],
            "recipients": [
                "Như Điều 3",
                "Tổng cục Thuế (để b/c)",
                "Thanh tra tỉnh Bắc Ninh",
                "Ban Tiếp công dân tỉnh",
                "Lãnh đạo Cục",
                "Website Cục Thuế",
                "Lưu: VT, TTKT1",
            ],
        }),
        # A scan: the seal's rim and text beside the recipients.
        ("benh_vien_ocr_seal.txt", {
            "doc_type": "Quyết định",
            "number": "612/QĐ-BVĐK",
            "issuer": "Bệnh viện Đa khoa tỉnh Thái Bình",
            "system": "nha-nuoc",
            "province": "Thái Bình",
            "date": "2021-06-10",
            "subject": "Về việc bổ nhiệm lại viên chức quản lý",
            "signer": "Đỗ Mạnh Tuấn",
            "signer_title": "Giám đốc",
            "addressees": [],
            "recipients": ["Như Điều 3", "Sở Y tế (để b/c)", "Đảng ủy BV", "Công đoàn BV", "Lưu: VT, TCCB"],
        }),
        # A superior's approval above the header.
        ("bchqs_phe_duyet.txt", {
            "doc_type": "Phương án",
            "number": "1185/PA-BCH",
            "issuer": "Bộ Chỉ huy Quân sự tỉnh Hà Tĩnh",
            "system": "nha-nuoc",
            "province": "Hà Tĩnh",
            "date": "2020-05-08",
            "subject": "Lực lượng vũ trang tỉnh tham gia phòng, chống thiên tai và tìm kiếm cứu nạn năm 2020",
            "signer": "Nguyễn Trọng Hải",
            "signer_title": "Chỉ huy trưởng",
            "addressees": [],
            "recipients": [
                "Bộ Tư lệnh Quân khu 4 (Phòng Tham mưu)",
                "UBND tỉnh",
                "Ban Chỉ huy PCTT và TKCN tỉnh",
                "Chỉ huy Bộ CHQS tỉnh",
                "Các cơ quan, đơn vị thuộc Bộ CHQS tỉnh",
                "Ban CHQS các huyện, thị xã, thành phố",
                "Lưu: VT, TM; Th35b",
            ],
        }),
        # Two bodies stacked in the header and their signatures side by side: a joint document.
        ("chuong_trinh_hai_chu_ky.txt", {
            "doc_type": "Chương trình",
            "number": "02/CTrPH-VKS-HPN",
            "system": "nha-nuoc",
            "province": "Đắk Lắk",
            "date": "2019-03-08",
            "subject": "Phối hợp giữa Viện kiểm sát nhân dân tỉnh và Hội Liên hiệp Phụ nữ tỉnh trong"
                " công tác bảo vệ quyền, lợi ích hợp pháp của phụ nữ, trẻ em; phòng, chống bạo lực"
                " gia đình, mua bán người và xâm hại trẻ em giai đoạn 2019 - 2024",
            "signer": "Trương Công Định",
            "addressees": [],
            "recipients": [
                "VKSND tối cao (b/c)",
                "Đoàn Chủ tịch TW Hội LHPN Việt Nam (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Ban Nội chính Tỉnh ủy, Ban Dân vận Tỉnh ủy",
                "VKSND các huyện, thị xã, thành phố",
                "Hội LHPN các huyện, thị xã, thành phố",
                "Lưu: VT (VKS), VT (HPN)",
            ],
            "issuer": "Viện kiểm sát nhân dân tỉnh Đắk Lắk - Hội Liên hiệp Phụ nữ tỉnh Đắk Lắk",
        }),
        # A mass organisation's national name beside its local body's; no blank lines.
        ("hoi_nong_dan_pdf.txt", {
            "doc_type": "Đề án",
            "number": "05-ĐA/HNDT",
            "issuer": "Hội Nông dân tỉnh Sóc Trăng",
            "province": "Sóc Trăng",
            "date": "2021-04-20",
            "subject": "Nâng cao hiệu quả hoạt động Quỹ Hỗ trợ nông dân các cấp tỉnh Sóc Trăng giai đoạn"
                " 2021 - 2025",
            "signer": "Trần Văn Chiến",
            "signer_title": "TM. Ban Thường vụ, Chủ tịch",
            "addressees": [],
            "recipients": [
                "TW Hội NDVN (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "UBND tỉnh",
                "Ban Dân vận Tỉnh ủy",
                "Sở Tài chính, Sở NN&PTNT",
                "Hội Nông dân các huyện, thị xã, thành phố",
                "Lưu VP, Ban KT-XH",
            ],
        }),
        # A copy of a page's HTML: paragraphs, bold and italics, the closing a table.
        ("dai_hoc_html.txt", {
            "doc_type": "Giấy mời",
            "number": "168/GM-ĐHHĐ",
            "issuer": "Trường Đại học Hồng Đức",
            "system": "nha-nuoc",
            "province": "Thanh Hóa",
            "date": "2025-04-02",
            "subject": "Dự Hội thảo khoa học quốc gia “Chuyển đổi số trong giáo dục đại học: Cơ hội,"
                " thách thức và giải pháp”",
            "signer": "Lê Hoàng Bách",
            "signer_title": "KT. Hiệu trưởng, Phó Hiệu trưởng",
            "recipients": ["Như trên", "Hiệu trưởng (để b/c)", "Đăng Website Trường", "Lưu: VT, QLKH&HTQT"],
            # Whom it invites ("... trân trọng kính mời:") stand for its addressees.
            "addressees": [
                "Lãnh đạo Sở Giáo dục và Đào tạo, Sở Khoa học và Công nghệ tỉnh Thanh Hóa",
                "Lãnh đạo các trường đại học, cao đẳng trên địa bàn tỉnh Thanh Hóa",
                "Các nhà khoa học có bài viết đăng trong Kỷ yếu Hội thảo",
            ],
        }),
        # A bank's branch: the organisation's name, then the branch's.
        ("nhnn_chi_nhanh_bom.md", {
            "doc_type": "Thông báo",
            "number": "57/TB-QNG",
            "system": "nha-nuoc",
            "province": "Quảng Ngãi",
            "date": "2023-02-22",
            "subject": "Kết luận của Giám đốc Ngân hàng Nhà nước Chi nhánh tỉnh Quảng Ngãi tại Hội nghị"
                " triển khai nhiệm vụ ngân hàng năm 2023 trên địa bàn tỉnh",
            "signer": "Đinh Thị Thu Sương",
            "addressees": [],
            "recipients": [
                "Thống đốc NHNN (để b/c)",
                "Thường trực Tỉnh ủy, UBND tỉnh (để b/c)",
                "Ban Giám đốc NHNN tỉnh",
                "Các phòng thuộc NHNN tỉnh",
                "Các TCTD, chi nhánh TCTD trên địa bàn",
                "Các Quỹ TDND trên địa bàn",
                "Lưu: VT, TH-NS&KSNB",
            ],
            "issuer": "Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Quảng Ngãi",
        }),
        # The Official Gazette's text: its page head above the header, a wrapped recipient, an annex.
        ("ttg_cong_bao_pdf.txt", {
            "doc_type": "Quyết định",
            "number": "1125/QĐ-TTg",
            "issuer": "Thủ tướng Chính phủ",
            "system": "nha-nuoc",
            "province": None,
            "date": "2024-09-27",
            "subject": "Phê duyệt Danh mục nhiệm vụ, dự án ưu tiên thích ứng với biến đổi khí hậu vùng"
                " đồng bằng sông Cửu Long giai đoạn 2024 - 2030",
            "signer": "Đinh Văn Thắng",
            "signer_title": "KT. Thủ tướng, Phó Thủ tướng",
            "addressees": [],
            "recipients": [
                "Ban Bí thư Trung ương Đảng",
                "Thủ tướng, các Phó Thủ tướng Chính phủ",
                "Các Bộ: KHĐT, TC, NNPTNT, TNMT, GTVT, XD",
                "HĐND, UBND các tỉnh, thành phố vùng đồng bằng sông Cửu Long",
                "Hội đồng điều phối vùng ĐBSCL",
                "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ: KTTH, CN, QHĐP",
                "Lưu: VT, NN (2b)",
            ],
        }),
        # A legal database's page: its card and status above the header; a council of a court.
        ("hdtp_legal_database_web.md", {
            "doc_type": "Nghị quyết",
            "number": "03/2024/NQ-HĐTP",
            "issuer": "Hội đồng Thẩm phán Tòa án nhân dân tối cao",
            "system": "nha-nuoc",
            "province": None,
            "date": "2024-11-08",
            "subject": "Hướng dẫn áp dụng một số quy định của Bộ luật Hình sự về tội vi phạm quy định về"
                " tham gia giao thông đường bộ",
            "signer": "Nguyễn Trọng Khiêm",
            "signer_title": "TM. Hội đồng Thẩm phán, Chánh án",
            "addressees": [],
            "recipients": [
                "Ủy ban Thường vụ Quốc hội",
                "Ủy ban Pháp luật và Tư pháp của Quốc hội",
                "Ban Nội chính Trung ương",
                "Văn phòng Chủ tịch nước",
                "Văn phòng Chính phủ (02 bản để đăng Công báo)",
                "Viện kiểm sát nhân dân tối cao",
                "Bộ Tư pháp",
                "Bộ Công an",
                "Các Thẩm phán TANDTC",
                "Các Tòa án nhân dân và Tòa án quân sự",
                "Cổng TTĐT TANDTC",
                "Lưu: VT, Vụ PC&QLKH (TANDTC)",
            ],
        }),
        # A joint circular scanned: two ministers' signatures side by side, their seals, "/ký/".
        ("ttlt_ocr_signatures_side_by_side.txt", {
            "doc_type": "Thông tư liên tịch",
            "number": "41/2015/TTLT-BLĐTBXH-BTC",
            "system": "nha-nuoc",
            "province": None,
            "date": "2015-10-16",
            "subject": "Hướng dẫn quản lý, sử dụng kinh phí hỗ trợ đào tạo nghề cho lao động nông thôn"
                " theo Quyết định số 1956/QĐ-TTg ngày 27 tháng 11 năm 2009 của Thủ tướng Chính phủ",
            "addressees": [],
            "recipients": [
                "Ban Bí thư Trung ương Đảng",
                "Thủ tướng, các Phó Thủ tướng Chính phủ",
                "Văn phòng Trung ương Đảng và các Ban của Đảng",
                "Văn phòng Quốc hội; Văn phòng Chủ tịch nước",
                "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ",
                "HĐND, UBND các tỉnh, thành phố trực thuộc Trung uơng",
                "Sở LĐTBXH, Sở Tài chính các tỉnh, thành phố trực thuộc TW",
                "Cục Kiểm tra văn bản QPPL (Bộ Tư pháp)",
                "Công báo; Website Chính phủ",
                "Lưu: VT Bộ LĐTBXH, Bộ TC, Tổng cục Dạy nghề",
            ],
            "issuer": "Bộ Lao động - Thương binh và Xã hội - Bộ Tài chính",
            "signer": "Lương Thị Hồng Vân",
            "signer_title": "KT. Bộ trưởng Bộ Lao động - Thương binh và Xã hội, Thứ trưởng",
        }),
        # A dispatch whose addressees wrap after ":" and "," over several lines.
        ("cong_dien_wrapped_addressees.txt", {
            "doc_type": "Công điện",
            "number": "851/CĐ-TTg",
            "issuer": "Thủ tướng Chính phủ",
            "system": "nha-nuoc",
            "province": None,
            "date": "2022-09-25",
            "subject": "Về việc tập trung ứng phó khẩn cấp với bão NORU (bão số 4)",
            "signer": "Hồ Đức Long",
            "signer_title": "KT. Thủ tướng, Phó Thủ tướng",
            "addressees": [
                "Bí thư Tỉnh ủy, Thành ủy, Chủ tịch Ủy ban nhân dân các tỉnh, thành phố: Quảng Ninh, Hải Phòng, Thái Bình, Nam Định, Ninh Bình, Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình, Quảng Trị, Thừa Thiên Huế, Đà Nẵng, Quảng Nam, Quảng Ngãi, Bình Định, Phú Yên, Kon Tum, Gia Lai, Đắk Lắk",
                "Các Bộ trưởng các Bộ: Quốc phòng, Công an, Nông nghiệp và Phát triển nông thôn, Giao thông vận tải, Công Thương, Tài nguyên và Môi trường, Thông tin và Truyền thông, Xây dựng, Giáo dục và Đào tạo, Y tế",
                "Ban Chỉ đạo Trung ương về Phòng, chống thiên tai",
                "Ủy ban Quốc gia Ứng phó sự cố, thiên tai và Tìm kiếm Cứu nạn",
            ],
            "recipients": [
                "Như trên",
                "Thủ tướng, các Phó Thủ tướng Chính phủ",
                "Văn phòng Trung ương Đảng",
                "Văn phòng Quốc hội",
                "Văn phòng Chủ tịch nước",
                "Các Bộ, cơ quan ngang bộ, cơ quan thuộc Chính phủ",
                "Đài Truyền hình Việt Nam, Đài Tiếng nói Việt Nam, Thông tấn xã Việt Nam",
                "VPCP: BTCN, các PCN, Trợ lý TTg, TGĐ Cổng TTĐT, các Vụ: TH, CN, QHĐP",
                "Lưu: VT, NN (2b)",
            ],
        }),
        # Text from a PDF: twenty-two recipients, eight wrapped, beside the signature.
        ("vpcp_long_recipients_pdf.txt", {
            "doc_type": "Thông báo",
            "number": "318/TB-VPCP",
            "issuer": "Văn phòng Chính phủ",
            "system": "nha-nuoc",
            "province": None,
            "date": "2023-08-14",
            "subject": "Kết luận của Phó Thủ tướng Chính phủ Lâm Hữu Đạt tại cuộc họp về tình hình thực"
                " hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021 - 2025",
            "signer": "Cao Xuân Thịnh",
            "signer_title": "KT. Bộ trưởng, Chủ nhiệm, Phó Chủ nhiệm",
            "addressees": [],
            "recipients": [
                "Thủ tướng, các Phó Thủ tướng Chính phủ",
                "Các Bộ: Nông nghiệp và Phát triển nông thôn, Kế hoạch và Đầu tư, Tài chính, Xây dựng, Giao thông vận tải, Tài nguyên và Môi trường, Công Thương, Lao động - Thương binh và Xã hội, Y tế, Giáo dục và Đào tạo, Văn hóa, Thể thao và Du lịch, Thông tin và Truyền thông, Nội vụ",
                "Ngân hàng Nhà nước Việt Nam",
                "Ngân hàng Chính sách xã hội",
                "Ngân hàng Nông nghiệp và Phát triển nông thôn Việt Nam",
                "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
                "Trung ương Hội Nông dân Việt Nam",
                "Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
                "Trung ương Đoàn TNCS Hồ Chí Minh",
                "Ban Chỉ đạo Trung ương các chương trình mục tiêu quốc gia giai đoạn 2021 - 2025",
                "Văn phòng Điều phối nông thôn mới Trung ương",
                "Tỉnh ủy, Thành ủy các tỉnh, thành phố trực thuộc trung ương",
                "HĐND, UBND các tỉnh, thành phố trực thuộc trung ương",
                "Văn phòng Trung ương Đảng",
                "Văn phòng Quốc hội",
                "Ủy ban Kinh tế của Quốc hội",
                "Kiểm toán nhà nước",
                "Ban Kinh tế Trung ương",
                "Ban Dân vận Trung ương",
                "Văn phòng Điều phối các chương trình mục tiêu quốc gia các tỉnh, thành phố",
                "VPCP: BTCN, các PCN, Trợ lý, Thư ký của PTTg Lâm Hữu Đạt, các Vụ: TH, KTTH, CN, QHĐP, KGVX; Cổng TTĐT Chính phủ",
                "Lưu: VT, NN (3b)",
            ],
        }),
        # A digital signature's box above the header, a department of a ministry.
        ("cuc_digital_signature_box.txt", {
            "doc_type": "Công văn",
            "number": "2367/QLCS-TS",
            "issuer": "Cục Quản lý công sản",
            "system": "nha-nuoc",
            "province": None,
            "date": "2020-03-19",
            "subject": "Xử lý trụ sở làm việc dôi dư sau sắp xếp đơn vị hành chính cấp xã trên địa bàn"
                " tỉnh Hà Tĩnh",
            "signer": "Ngô Thị Thanh Bình",
            "signer_title": "KT. Cục trưởng, Phó Cục trưởng",
            "addressees": ["Sở Tài chính tỉnh Hà Tĩnh"],
            "recipients": [
                "Như trên",
                "Thứ trưởng Phan Quốc Hưng (để b/c)",
                "Cục trưởng (để b/c)",
                "UBND tỉnh Hà Tĩnh (để b/c)",
                "Lưu: VT, TS (3b)",
            ],
        }),
        # A commune merged since the list's day: the province is the superior the body names.
        ("xa_superior_named_in_body.txt", {
            "doc_type": "Kế hoạch",
            "number": "37/KH-UBND",
            "issuer": "Ủy ban nhân dân xã An Khánh",
            "system": "nha-nuoc",
            "province": "Bến Tre",
            "date": "2021-03-15",
            "subject": "Xây dựng xã nông thôn mới nâng cao trên địa bàn xã An Khánh năm 2021",
            "signer": "Nguyễn Thị Kim Loan",
            "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [],
            "recipients": [
                "UBND huyện Châu Thành (b/c)",
                "VP Điều phối NTM huyện",
                "TT Đảng ủy, TT HĐND xã (b/c)",
                "CT, PCT UBND xã",
                "UBMTTQVN và các đoàn thể xã",
                "Ban Nhân dân các ấp",
                "Lưu: VT",
            ],
        }),
        # "CHÂU THÀNH": a place name with "thành" in it, which is no "thành phố".
        ("huyen_uy_chau_thanh.md", {
            "doc_type": "Chỉ thị",
            "number": "18-CT/HU",
            "issuer": "Ban Thường vụ Huyện ủy Châu Thành",
            "system": "dang",
            "province": "An Giang",
            "date": "2019-05-22",
            "subject": "Về tăng cường sự lãnh đạo của cấp ủy đảng đối với công tác phòng, chống bệnh"
                " Dịch tả lợn châu Phi trên địa bàn huyện",
            "signer": "Trần Văn Hậu",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư",
            "addressees": [],
            "recipients": [
                "Ban Thường vụ Tỉnh ủy (b/c)",
                "Văn phòng Tỉnh ủy",
                "Các đồng chí Huyện ủy viên",
                "Các tổ chức cơ sở đảng trực thuộc",
                "UBND huyện, UBMTTQVN và các đoàn thể huyện",
                "Lưu Văn phòng Huyện ủy",
            ],
        }),
        # A scan of 2008: a subject ending with a stop, "NĐ- CP" with a space.
        ("huyen_ocr_2008.txt", {
            "doc_type": "Công văn",
            "number": "58/UBND-NN",
            "issuer": "Ủy ban nhân dân huyện Krông Pắc",
            "system": "nha-nuoc",
            "province": "Đắk Lắk",
            "date": "2008-01-14",
            "subject": "Tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng mùa khô năm 2007 - 2008",
            "signer": "Nguyễn Đình Kha",
            "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [
                "Hạt Kiểm lâm huyện Krông Pắc",
                "Các phòng, ban, ngành thuộc UBND huyện",
                "Ban Chỉ huy Quân sự huyện, Công an huyện",
                "UBND các xã, thị trấn",
            ],
            "recipients": [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Chi cục Kiểm lâm tỉnh (b/c)",
                "TT Huyện uỷ, TT HĐND huyện (b/c)",
                "CT, các PCT UBND huyện",
                "Lưu: VT, NN",
            ],
        }),
        # Text from a PDF: "Nơi nhận: GIÁM ĐỐC" and the signature run into the items.
        ("trung_tam_y_te_pdf_run_together.txt", {
            "doc_type": "Kế hoạch",
            "number": "87/KH-TTYT",
            "issuer": "Trung tâm Y tế huyện Đại Lộc",
            "system": "nha-nuoc",
            "province": "Quảng Nam",
            "date": "2022-04-14",
            "subject": "Triển khai tiêm vắc xin phòng COVID-19 cho trẻ em từ 5 tuổi đến dưới 12 tuổi"
                " trên địa bàn huyện Đại Lộc năm 2022",
            "signer": "Huỳnh Tấn Phước",
            "signer_title": "Giám đốc",
            "addressees": [],
            "recipients": [
                "Sở Y tế (b/c)",
                "UBND huyện (b/c)",
                "CDC Quảng Nam",
                "Phòng GD&ĐT huyện",
                "UBND các xã, thị trấn",
                "Các khoa, phòng, TYT xã, thị trấn",
                "Lưu: VT, KSBT",
            ],
        }),
        # A web page's card above the header; "của Đảng ủy xã về ..." on one line.
        ("dang_uy_xa_web_card.txt", {
            "doc_type": "Nghị quyết",
            "number": "12-NQ/ĐU",
            "issuer": "Đảng ủy xã Thanh Ngọc",
            "system": "dang",
            "province": "Nghệ An",
            "date": "2023-02",
            "subject": "Về phát triển kinh tế trang trại, gia trại gắn với xây dựng xã nông thôn mới"
                " nâng cao giai đoạn 2023 - 2025",
            "signer": "Nguyễn Đình Thụ",
            "signer_title": "T/M Đảng ủy, Bí thư",
            "addressees": [],
            "recipients": [
                "Ban Thường vụ Huyện ủy (b/c)",
                "Các ban xây dựng Đảng Huyện ủy",
                "Phòng Nông nghiệp và PTNT huyện",
                "Các đồng chí Đảng ủy viên",
                "Các chi bộ trực thuộc",
                "Lưu VP Đảng ủy",
            ],
        }),
        # A document forwarded by e-mail, below the messages' headers.
        ("so_email_forward.txt", {
            "doc_type": "Công văn",
            "number": "1824/SGDĐT-GDTrH",
            "issuer": "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa",
            "system": "nha-nuoc",
            "province": "Thanh Hóa",
            "date": "2023-09-12",
            "subject": "Hướng dẫn thực hiện kiểm tra, đánh giá học sinh trung học năm học 2023-2024",
            "signer": "Phạm Ngọc Tuấn",
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": [
                "Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố",
                "Hiệu trưởng các trường THPT, trường phổ thông có nhiều cấp học",
                "Giám đốc Trung tâm GDNN-GDTX các huyện, thị xã, thành phố",
            ],
            "recipients": [
                "Như trên",
                "Giám đốc Sở (để b/c)",
                "Các Phó Giám đốc Sở",
                "Cổng TTĐT Sở",
                "Lưu: VT, GDTrH",
            ],
        }),
        # A chat's copy, the columns two spaces apart, the signature run into the recipients.
        ("ubnd_chat_copy.txt", {
            "doc_type": "Thông báo",
            "number": "86/TB-UBND",
            "issuer": "Ủy ban nhân dân tỉnh Bình Định",
            "system": "nha-nuoc",
            "province": "Bình Định",
            "date": "2024-03-13",
            "subject": "Kết luận của Chủ tịch UBND tỉnh Trần Quốc Khánh tại cuộc họp về công tác phòng"
                " cháy, chữa cháy rừng mùa khô năm 2024",
            "signer": "Đặng Thị Thu Hà",
            "signer_title": "TL. Chủ tịch, KT. Chánh Văn phòng, Phó Chánh Văn phòng",
            "addressees": [],
            "recipients": [
                "Bộ NN&PTNT (b/c)",
                "Cục Kiểm lâm",
                "TT Tỉnh ủy, TT HĐND tỉnh (b/c)",
                "CT, các PCT UBND tỉnh",
                "Các sở: NN&PTNT, TC, TN&MT, TT&TT",
                "Công an tỉnh, Bộ CHQS tỉnh",
                "Chi cục Kiểm lâm",
                "UBND các huyện, TX, TP",
                "Báo Bình Định, Đài PT-TH Bình Định",
                "LĐVP, CV NN",
                "Lưu: VT, K13",
            ],
        }),
        # A copy from Word: tabs after list marks, invisible characters, "VÀ PTNT".
        ("so_word_copy_tabs.txt", {
            "doc_type": "Kế hoạch",
            "number": "86/KH-SNN",
            "issuer": "Sở Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai",
            "system": "nha-nuoc",
            "province": "Lào Cai",
            "date": "2022-04-08",
            "subject": "Chuyển đổi số ngành Nông nghiệp và Phát triển nông thôn tỉnh Lào Cai năm 2022",
            "signer": "Đỗ Mạnh Hưng",
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": [],
            "recipients": [
                "UBND tỉnh (b/c)",
                "Sở Thông tin và Truyền thông",
                "Lãnh đạo Sở",
                "Các phòng, chi cục, đơn vị thuộc Sở",
                "Phòng NN&PTNT, Phòng Kinh tế các huyện, TX, TP",
                "Lưu: VT, VP",
            ],
        }),
        # Text from a PDF with a running head and footer on each page.
        ("ubnd_pdf_page_furniture.txt", {
            "doc_type": "Quyết định",
            "number": "2846/QĐ-UBND",
            "issuer": "Ủy ban nhân dân tỉnh Tiền Giang",
            "system": "nha-nuoc",
            "province": "Tiền Giang",
            "date": "2021-10-26",
            "subject": "Về việc ban hành Kế hoạch phòng, chống hạn hán, thiếu nước, xâm nhập mặn mùa khô"
                " năm 2021 - 2022 trên địa bàn tỉnh Tiền Giang",
            "signer": "Lê Hoàng Phúc",
            "signer_title": "KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [],
            "recipients": [
                "Như Điều 3",
                "Bộ NN&PTNT",
                "Tổng cục Phòng, chống thiên tai",
                "TT.TU, TT.HĐND tỉnh",
                "CT, các PCT UBND tỉnh",
                "VPUB: CVP, các PCVP",
                "Cổng TTĐT tỉnh",
                "Lưu: VT, P.KT (Tr)",
            ],
        }),
        # Double-spaced text: a blank line after every line.
        ("tinh_uy_double_spaced.txt", {
            "doc_type": "Chỉ thị",
            "number": "28-CT/TU",
            "issuer": "Ban Thường vụ Tỉnh ủy Quảng Ninh",
            "system": "dang",
            "province": "Quảng Ninh",
            "date": "2018-06-20",
            "subject": "Về tăng cường sự lãnh đạo của các cấp ủy đảng đối với công tác phòng, chống"
                " thiên tai và tìm kiếm cứu nạn trên địa bàn tỉnh",
            "signer": "Trần Văn Hưng",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư Thường trực",
            "addressees": [],
            "recipients": [
                "Ban Bí thư Trung ương Đảng (b/c)",
                "Văn phòng Trung ương Đảng (b/c)",
                "Ban Chỉ đạo Trung ương về PCTT (b/c)",
                "Các đồng chí Tỉnh ủy viên",
                "Các ban cán sự đảng, đảng đoàn",
                "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
                "Các sở, ban, ngành, đoàn thể tỉnh",
                "Lưu Văn phòng Tỉnh ủy",
            ],
        }),
        # Windows-1258, its tone marks apart.
        ("so_cp1258.txt", {
            "doc_type": "Báo cáo",
            "number": "215/BC-SKHĐT",
            "issuer": "Sở Kế hoạch và Đầu tư tỉnh Nam Định",
            "system": "nha-nuoc",
            "province": "Nam Định",
            "date": "2018-12-06",
            "subject": "Tình hình thu hút đầu tư trực tiếp nước ngoài năm 2018 và phương hướng, nhiệm vụ"
                " năm 2019",
            "signer": "Trần Quang Vinh",
            "signer_title": "Giám đốc",
            "addressees": ["Ủy ban nhân dân tỉnh Nam Định"],
            "recipients": [
                "Như trên",
                "Bộ Kế hoạch và Đầu tư (để b/c)",
                "Thường trực Tỉnh ủy (để b/c)",
                "Chủ tịch, các PCT UBND tỉnh",
                "Lãnh đạo Sở",
                "Lưu: VT, ĐTNN",
            ],
        }),
        # UTF-16 with tabs and a grid table in the body.
        ("ban_tinh_uy_utf16_grid.txt", {
            "doc_type": "Hướng dẫn",
            "number": "42-HD/BTGTU",
            "issuer": "Ban Tuyên giáo Tỉnh ủy Hậu Giang",
            "system": "dang",
            "province": "Hậu Giang",
            "date": "2024-12-20",
            "subject": "Tuyên truyền các ngày lễ lớn, sự kiện lịch sử quan trọng và nhiệm vụ chính trị"
                " của tỉnh năm 2025",
            "signer": "Huỳnh Thị Ngọc Diễm",
            "signer_title": "K/T Trưởng ban, Phó Trưởng ban",
            "addressees": [],
            "recipients": [
                "Ban Tuyên giáo Trung ương (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Các ban đảng, Văn phòng Tỉnh ủy",
                "Các huyện, thị, thành ủy, đảng ủy trực thuộc",
                "Ban Tuyên giáo các huyện, thị, thành ủy",
                "Sở VH-TT&DL, Sở TT&TT",
                "Lưu Văn phòng Ban",
            ],
        }),
        # A scan that reads 0 as O and 1 as l; a stamp "CÔNG VĂN ĐẾN Số: ..." under its receiver.
        ("so_ocr_letters_for_digits.txt", {
            "doc_type": "Công văn",
            "number": "1048/SYT-NVY",
            "system": "nha-nuoc",
            "province": "Kiên Giang",
            "date": "2021-10-18",
            "subject": "Tăng cường công tác phòng, chống dịch bệnh sốt xuất huyết và bệnh tay chân miệng",
            "signer": "Trần Minh Khoa",
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": [
                "Trung tâm Kiểm soát bệnh tật tỉnh",
                "Các bệnh viện tuyến tỉnh",
                "Trung tâm Y tế các huyện, thành phố",
            ],
            "recipients": [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Giám đốc, các PGĐ Sở",
                "Các phòng chức năng Sở",
                "UBND các huyện, thành phố",
                "Lưu: VT, NVY",
            ],
        }),
        # A converter's Markdown: a heading for each bold line, escaped dashes, comments, a picture.
        ("ubnd_converter_markdown.md", {
            "doc_type": "Quyết định",
            "number": "25/2020/QĐ-UBND",
            "issuer": "Ủy ban nhân dân tỉnh Đồng Tháp",
            "system": "nha-nuoc",
            "province": "Đồng Tháp",
            "date": "2020-10-30",
            "subject": "Ban hành Quy định về quản lý hoạt động thoát nước và xử lý nước thải trên địa"
                " bàn tỉnh Đồng Tháp",
            "signer": "Huỳnh Minh Tâm",
            "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [],
            "recipients": [
                "Như Điều 3",
                "Văn phòng Chính phủ",
                "Bộ Xây dựng",
                "Cục Kiểm tra VBQPPL - Bộ Tư pháp",
                "TT/TU, TT/HĐND tỉnh",
                "CT, các PCT/UBND tỉnh",
                "Sở Tư pháp",
                "Công báo tỉnh",
                "Lưu: VT, NC/ĐTXD",
            ],
        }),
        # Pandoc's Markdown: a backslash at a line's end breaks the line.
        ("qd_pandoc_hard_breaks.md", {
            "doc_type": "Quyết định",
            "number": "45/2023/QĐ-UBND",
            "issuer": "Ủy ban nhân dân tỉnh Bình Định",
            "system": "nha-nuoc",
            "province": "Bình Định",
            "date": "2023-09-15",
            "subject": "Ban hành Quy định phân cấp quản lý nhà nước về an toàn thực phẩm trên địa bàn"
                " tỉnh Bình Định",
            "signer": "Trần Kim Phụng",
            "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [],
            "recipients": [
                "Như Điều 3",
                "Bộ Y tế, Bộ NN&PTNT, Bộ Công Thương",
                "Cục Kiểm tra VBQPPL - Bộ Tư pháp",
                "TT Tỉnh ủy, TT HĐND tỉnh",
                "CT, các PCT UBND tỉnh",
                "Sở Tư pháp",
                "LĐVP, TT Tin học - Công báo",
                "Lưu: VT, K10",
            ],
        }),
        # A Party decision enacted by "BAN THƯỜNG VỤ TỈNH ỦY", its subject going on with a citation.
        ("qd_ban_thuong_vu_authority.txt", {
            "doc_type": "Quyết định",
            "number": "1587-QĐ/TU",
            "issuer": "Ban Thường vụ Tỉnh ủy Đắk Lắk",
            "system": "dang",
            "province": "Đắk Lắk",
            "date": "2024-12-09",
            "subject": "Về việc thành lập Ban Chỉ đạo tổng kết việc thực hiện Nghị quyết số 18-NQ/TW,"
                " ngày 25/10/2017 của Ban Chấp hành Trung ương Đảng khóa XII trong Đảng bộ tỉnh",
            "signer": "Lê Đình Thuận",
            "signer_title": "T/M Ban Thường vụ, Bí thư",
            "addressees": [],
            "recipients": [
                "Ban Tổ chức Trung ương (b/c)",
                "Thường trực Tỉnh ủy",
                "Các ban cán sự đảng, đảng đoàn",
                "Các ban đảng, UBKT, Văn phòng Tỉnh ủy",
                "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc",
                "Như Điều 1",
                "Lưu Văn phòng Tỉnh ủy",
            ],
        }),
        # A Party regulation from a PDF: the standing board enacts it, the closing run together.
        ("qdi_thanh_uy_pdf.txt", {
            "doc_type": "Quy định",
            "number": "15-QĐi/TU",
            "issuer": "Ban Thường vụ Thành ủy Đà Nẵng",
            "system": "dang",
            "province": "Đà Nẵng",
            "date": "2023-03-10",
            "subject": "Về trách nhiệm của người đứng đầu cấp ủy, chính quyền các cấp trong việc tiếp"
                " công dân, đối thoại trực tiếp với Nhân dân và xử lý phản ánh, kiến nghị của Nhân"
                " dân",
            "signer": "Huỳnh Thanh Lâm",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư Thường trực",
            "addressees": [],
            "recipients": [
                "Ban Bí thư Trung ương Đảng (để b/c)",
                "Ban Nội chính Trung ương",
                "Ban Tổ chức Trung ương",
                "Thường trực Thành ủy",
                "Các đồng chí Thành ủy viên",
                "Các ban, cơ quan, đơn vị Thành ủy",
                "Các quận ủy, huyện ủy, đảng ủy trực thuộc",
                "Ban cán sự đảng UBND thành phố",
                "Lưu Văn phòng Thành ủy",
            ],
        }),
        # A scan: a speck before a stamp's field, a seal drawn beside the recipients, a scrawl.
        ("ubkt_ocr_seal_drawn.txt", {
            "doc_type": "Quyết định",
            "number": "87-QĐ/UBKTTU",
            "issuer": "Ủy ban Kiểm tra Tỉnh ủy Bình Phước",
            "system": "dang",
            "province": "Bình Phước",
            "date": "2023-09-19",
            "subject": "Về việc thi hành kỷ luật đảng viên vi phạm",
            "signer": "Nguyễn Tiến Dũng",
            "signer_title": "T/M Ủy ban Kiểm tra, Chủ nhiệm",
            "addressees": [],
            "recipients": [
                "UBKT Trung ương (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Ban Tổ chức Tỉnh ủy",
                "Ban Thường vụ Huyện ủy Bù Đăng",
                "UBKT Huyện ủy Bù Đăng",
                "Đồng chí Trần Hữu Lộc",
                "Lưu hồ sơ kỷ luật, Văn phòng",
            ],
        }),
        # "BAN QUẢN LÝ DỰ ÁN" is a name, not the type; a caps subject beside the dateline.
        ("ttr_ban_quan_ly_du_an.txt", {
            "doc_type": "Tờ trình",
            "number": "618/TTr-BQLDA",
            "issuer": "Ban Quản lý dự án đầu tư xây dựng công trình giao thông tỉnh Nghệ An",
            "system": "nha-nuoc",
            "province": "Nghệ An",
            "date": "2019-08-15",
            "signer": "Trần Quốc Dũng",
            "signer_title": "Q. Giám đốc",
            "addressees": ["Ủy ban nhân dân tỉnh Nghệ An"],
            "recipients": [
                "Như trên",
                "Sở Kế hoạch và Đầu tư (thẩm định)",
                "Sở Giao thông vận tải",
                "Sở Tài chính",
                "UBND thành phố Vinh",
                "Lưu: VT, KHTH",
            ],
        }),
        # A department under "SỞ ... LÂM ĐỒNG", the province written without "tỉnh".
        ("chi_cuc_province_without_unit.txt", {
            "doc_type": "Báo cáo",
            "number": "156/BC-KL",
            "issuer": "Chi cục Kiểm lâm tỉnh Lâm Đồng",
            "system": "nha-nuoc",
            "province": "Lâm Đồng",
            "date": "2021-07-12",
            "subject": "Sơ kết công tác quản lý, bảo vệ rừng và phòng cháy, chữa cháy rừng 6 tháng đầu"
                " năm; nhiệm vụ trọng tâm 6 tháng cuối năm 2021",
            "signer": "Lương Văn Phước",
            "signer_title": "KT. Chi cục trưởng, Phó Chi cục trưởng",
            "addressees": ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Lâm Đồng"],
            "recipients": [
                "Như trên",
                "Cục Kiểm lâm (b/c)",
                "UBND tỉnh (b/c)",
                "Chi cục trưởng, các PCCT",
                "Các Hạt Kiểm lâm, Đội KLCĐ&PCCCR",
                "Lưu: VT, QLBVR",
            ],
        }),
        # A web copy: notes "[1] ..." after a rule, then the closing and an annex.
        ("bc_footnotes_before_closing_web.txt", {
            "doc_type": "Báo cáo",
            "number": "186-BC/BDVTU",
            "issuer": "Ban Dân vận Tỉnh ủy Thanh Hóa",
            "system": "dang",
            "province": "Thanh Hóa",
            "date": "2023-06-20",
            "subject": "Tổng kết 10 năm thực hiện Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW của"
                " Bộ Chính trị khóa XI",
            "signer": "Lê Thị Thanh Nhàn",
            "signer_title": "K/T Trưởng ban, Phó Trưởng ban Thường trực",
            "addressees": [],
            "recipients": [
                "Ban Dân vận Trung ương (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Ủy ban MTTQ tỉnh",
                "Các đồng chí Ủy viên Ban Thường vụ Tỉnh ủy",
                "Lưu Văn phòng Ban",
            ],
        }),
        # A scan: "Nơi nhận: A; B; C." on one line, a speck before a title.
        ("tb_recipients_on_one_line_ocr.txt", {
            "doc_type": "Thông báo",
            "number": "468/TB-VPUBND",
            "issuer": "Văn phòng Ủy ban nhân dân tỉnh Đồng Nai",
            "system": "nha-nuoc",
            "province": "Đồng Nai",
            "date": "2022-09-21",
            "subject": "Kết luận của Phó Chủ tịch UBND tỉnh Đặng Minh Khoa tại cuộc họp nghe báo cáo"
                " tiến độ bồi thường, giải phóng mặt bằng dự án đường Vành đai 3 - TP. Hồ Chí Minh"
                " đoạn qua tỉnh Đồng Nai",
            "signer": "Trần Thị Mỹ Duyên",
            "signer_title": "KT. Chánh Văn phòng, Phó Chánh Văn phòng",
            "addressees": [],
            "recipients": [
                "Chủ tịch, các PCT UBND tỉnh",
                "Sở GTVT, Sở TN&MT, Sở Tài chính, Sở KH&ĐT, Sở Xây dựng",
                "Ban QLDA ĐTXD tỉnh",
                "UBND huyện Nhơn Trạch",
                "Chánh, PCVP (KTN)",
                "Lưu: VT, KTN",
            ],
        }),
        # A web copy: the subject in italics over two lines of a cell, addressees after &nbsp;.
        ("ldld_web_italic_subject.txt", {
            "doc_type": "Công văn",
            "number": "412/LĐLĐ-CSPL",
            "issuer": "Liên đoàn Lao động tỉnh Đồng Nai",
            "province": "Đồng Nai",
            "date": "2023-08-18",
            "subject": "Triển khai thực hiện Chỉ thị số 16/CT-UBND ngày 10/8/2023 của UBND tỉnh",
            "signer": "Huỳnh Văn Lộc",
            "signer_title": "TM. Ban Thường vụ, Phó Chủ tịch",
            "addressees": [
                "Liên đoàn Lao động các huyện, thành phố",
                "Công đoàn ngành, Công đoàn các Khu công nghiệp",
                "Công đoàn cơ sở trực thuộc Liên đoàn Lao động tỉnh",
            ],
            "recipients": [
                "Như kính gửi",
                "Tổng LĐLĐ Việt Nam (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "UBND tỉnh (b/c)",
                "Sở LĐTBXH tỉnh",
                "Thường trực, UV BTV LĐLĐ tỉnh",
                "Lưu: VT, CSPL",
            ],
        }),
        # A news site's page: breadcrumb, title, the time it was published, the agency's lead.
        ("article_news_site.md", {
            "title": "Thanh Hóa: Tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an"
                " toàn giao thông",
            "doc_type": "Bài viết",
            "number": None,
            "issuer": "Báo điện tử Đảng Cộng sản Việt Nam",
            "province": None,
            "date": "2024-03-16",
            "subject": "Thanh Hóa: Tăng cường sự lãnh đạo của Đảng đối với công tác bảo đảm trật tự, an"
                " toàn giao thông",
            "signer_title": None,
            "addressees": [],
            "recipients": [],
        }),
        # A speech from a PDF: the speaker in the subject, its dateline in brackets.
        ("speech_pdf.txt", {
            "number": None,
            "issuer": "Ủy ban nhân dân tỉnh Quảng Bình",
            "system": "nha-nuoc",
            "province": "Quảng Bình",
            "date": "2024-07-18",
            "signer": "Đinh Văn Tường",
            "signer_title": "Phó Chủ tịch UBND tỉnh, Trưởng Ban đại diện Hội đồng quản trị Ngân hàng Chính"
                " sách xã hội tỉnh",
            "addressees": [],
            "recipients": [],
            "doc_type": "Bài phát biểu",
        }),
        # The President's appeal, dated over the signature, signed with the State's name.
        ("appeal_dated_at_the_end.txt", {
            "doc_type": "Lời kêu gọi",
            "number": None,
            "issuer": "Chủ tịch nước",
            "system": "nha-nuoc",
            "province": None,
            "date": "2024-09-11",
            "subject": "Toàn dân, toàn quân đoàn kết, chung tay khắc phục hậu quả bão số 3 và mưa lũ sau"
                " bão, sớm ổn định đời sống Nhân dân",
            "signer": "Nguyễn Minh Khang",
            "signer_title": "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam",
            "addressees": [],
            "recipients": [],
        }),
        # A press release whose lead gives its place and date.
        ("press_release_dated_lead.txt", {
            "number": None,
            "issuer": "Bộ Tài chính",
            "system": "nha-nuoc",
            "province": None,
            "date": "2024-03-15",
            "subject": "Bộ Tài chính ban hành Chỉ thị về tăng cường công tác quản lý thu, chống thất thu"
                " ngân sách nhà nước năm 2024",
            "signer": None,
            "signer_title": None,
            "addressees": [],
            "recipients": [],
            "doc_type": "Thông cáo",
        }),
        # A scan: the Youth Union's banner beside its body's name, a seal with stars.
        ("youth_union_ocr_banner_beside.txt", {
            # "BCH ĐOÀN TỈNH QUÁNG NAM": the province misspelt by the scan is spelt as it is.
            "issuer": "Ban Chấp hành Đoàn tỉnh Quảng Nam",
            "doc_type": "Hướng dẫn",
            "number": "12-HD/TĐTN-TG",
            "province": "Quảng Nam",
            "date": "2024-03-05",
            "subject": "Tổ chức các hoạt động kỷ niệm 93 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh"
                " (26/3/1931 - 26/3/2024) và Tháng Thanh niên năm 2024",
            "signer": "Nguyễn Thị Thu Hà",
            "signer_title": "TM. Ban Thường vụ Tỉnh đoàn, Phó Bí thư",
            "addressees": [],
            "recipients": [
                "TW Đoàn (b/c)",
                "Thường trực Tỉnh ủy (b/c)",
                "Ban Tuyên giáo Tỉnh ủy (b/c)",
                "Các ban, đơn vị Tỉnh đoàn",
                "Các huyện, thị, thành đoàn, đoàn trực thuộc",
                "Lưu: VP, TG",
            ],
        }),
        # "HỘI LHPN HUYỆN KIẾN XƯƠNG": a mass organisation named short, of no system.
        ("womens_union_short_name.md", {
            "doc_type": "Kế hoạch",
            "number": "07/KH-HPN",
            "issuer": "Hội Liên hiệp Phụ nữ huyện Kiến Xương",
            "province": "Thái Bình",
            "date": "2025-02",
            "subject": "Tổ chức các hoạt động kỷ niệm 115 năm Ngày Quốc tế Phụ nữ (08/3/1910 -"
                " 08/3/2025) và 1985 năm Khởi nghĩa Hai Bà Trưng",
            "signer": "Phạm Thị Minh Nguyệt",
            "signer_title": "TM. Ban Thường vụ, Chủ tịch",
            "addressees": [],
            "recipients": [
                "Hội LHPN tỉnh (b/c)",
                "Thường trực Huyện ủy (b/c)",
                "Ban Dân vận Huyện ủy",
                "UB MTTQ huyện",
                "Hội LHPN các xã, thị trấn",
                "Lưu: VP",
            ],
        }),
        # An unsigned draft: its closing in tabbed columns, notes after it.
        ("kh_draft_unsigned_tabs.txt", {
            "doc_type": "Kế hoạch",
            "issuer": "Sở Nội vụ tỉnh Hà Tĩnh",
            "system": "nha-nuoc",
            "province": "Hà Tĩnh",
            "date": "2023-03",
            "subject": "Kiểm tra công tác cải cách hành chính, văn thư, lưu trữ năm 2023",
            "signer": None,
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": [],
            "recipients": [
                "UBND tỉnh (b/c)",
                "Văn phòng UBND tỉnh",
                "Các sở, ban, ngành cấp tỉnh",
                "UBND các huyện, thành phố, thị xã",
                "Giám đốc, các PGĐ Sở",
                "Lưu: VT, CCHC",
            ],
        }),
        # A typewriter's spaced type line ("C H Ỉ   T H Ị"), a rule with its ornament, "Nơi gửi:".
        ("typewriter_spaced_type.txt", {
            "doc_type": "Chỉ thị",
            "number": "12/CT-UB",
            "issuer": "Ủy ban nhân dân tỉnh Hà Tây",
            "system": "nha-nuoc",
            "date": "1998-03-05",
            "subject": "Về việc tăng cường quản lý, bảo vệ đê điều và chuẩn bị công tác phòng chống lụt,"
                " bão, úng năm 1998",
            "signer": "Nguyễn Đình Khang",
            "signer_title": "T/M Ủy ban nhân dân, Chủ tịch",
            "addressees": [],
            "recipients": [
                "Bộ NN&PTNT",
                "Ban chỉ đạo PCLB TW",
                "TT Tỉnh uỷ, TT HĐND tỉnh",
                "Các Sở, ban, ngành",
                "UBND các huyện, thị xã",
                "Lưu VP",
            ],
        }),
        # A typewriter's spaced issuer ("U Ỷ  B A N  N H Â N  D Â N").
        ("typewriter_spaced_issuer.txt", {
            "doc_type": "Thông báo",
            "number": "86/TB-UB",
            "issuer": "Ủy ban nhân dân tỉnh Cần Thơ",
            "system": "nha-nuoc",
            "province": "Cần Thơ",
            "date": "2003-07-03",
            "subject": "Ý kiến kết luận của Phó Chủ tịch Thường trực UBND tỉnh tại cuộc họp về công tác"
                " bồi thường, giải phóng mặt bằng dự án cầu Cần Thơ",
            "signer_title": "T/L Chủ tịch, K/T Chánh Văn phòng, Phó Chánh Văn phòng",
            "addressees": [],
            "recipients": [
                "TT Tỉnh uỷ, TT HĐND tỉnh (b/c)",
                "CT, PCT UBND tỉnh",
                "Ban QLDA Mỹ Thuận",
                "Các Sở: ĐC, TC-VG, GTVT, XD",
                "UBND TP Cần Thơ, UBND H. Châu Thành",
                "Lưu VP (XDCB)",
            ],
        }),
        # A web copy that ran the header onto one line, rules and all, and the closing onto
        # another: the recipients, then the authority, titles and name.
        ("cv_header_and_closing_on_one_line.txt", {"number": "3862/UBND-KTN", "issuer": "Ủy ban nhân dân tỉnh Quảng Ngãi", "date": "2023-10-17", "subject": "Chủ động phòng, chống sạt lở bờ sông, bờ biển trong mùa mưa, bão năm 2023", "signer": "Lê Quang Định", "signer_title": "KT. Chủ tịch, Phó Chủ tịch", "addressees": ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Tài nguyên và Môi trường", "Sở Giao thông vận tải", "Bộ Chỉ huy Quân sự tỉnh", "Ủy ban nhân dân các huyện, thị xã, thành phố ven sông, ven biển"], "recipients": ["Như trên", "Ban Chỉ đạo quốc gia về PCTT (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh (b/c)", "CT, PCT UBND tỉnh", "Công an tỉnh", "Đài KTTV tỉnh", "Báo Quảng Ngãi, Đài PT-TH Quảng Ngãi", "VPUB: CVP, PCVP, CBTH", "Lưu: VT, KTN(tqh)"]}),
        # Recipients on one line, one of them with a dash of its own ("VBQPPL - Bộ Tư pháp");
        # the title run into the last item, the name alone below.
        ("nq_recipients_on_one_line_title_in_the_last.txt", {"signer": "Vũ Thanh Tùng", "signer_title": "Chủ tịch", "recipients": ["Ủy ban Thường vụ Quốc hội", "Chính phủ", "Bộ Y tế", "Bộ Tài chính", "Cục Kiểm tra VBQPPL - Bộ Tư pháp", "Ban Thường vụ Tỉnh ủy", "Thường trực HĐND tỉnh", "UBND tỉnh", "Đoàn ĐBQH tỉnh", "Các đại biểu HĐND tỉnh", "Các sở, ban, ngành thuộc tỉnh", "HĐND, UBND các huyện, thành phố", "Công báo tỉnh, Cổng TTĐT tỉnh", "Lưu: VT"]}),
        # The Party committee and its superior on one line; the signature, then "Nơi nhận",
        # all on the last line.
        ("cv_signature_then_recipients_on_one_line.txt", {"issuer": "Đảng ủy xã Xuân Đông", "province": "Đồng Nai", "signer": "Lâm Văn Sáu", "signer_title": "T/M Ban Thường vụ, Phó Bí thư", "recipients": ["Như kính gửi", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)", "Thường trực Đảng ủy", "Lưu VPĐU"]}),
        # Each header cell run onto a line with its rule; the closing on one line.
        ("kh_header_cells_run_together.txt", {"number": "142/KH-UBND", "issuer": "Ủy ban nhân dân huyện Thọ Xuân", "province": "Thanh Hóa", "signer": "Lê Đình Tuấn", "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch", "recipients": ["UBND tỉnh (b/c)", "Công an tỉnh (b/c)", "Sở Thông tin và Truyền thông", "TT Huyện ủy, TT HĐND huyện (b/c)", "Chủ tịch, các PCT UBND huyện", "Thành viên Tổ công tác Đề án 06 huyện", "Các phòng: Văn hóa và Thông tin, Lao động - TB&XH, Tư pháp", "UBND các xã, thị trấn", "Lưu: VT, CAH"]}),
        # A province that no longer exists: Hà Tây, dated at Hà Đông in 2004.
        ("typewritten_ha_tay_2004.txt", {"issuer": "Ủy ban nhân dân tỉnh Hà Tây", "place": "Hà Đông", "province": "Hà Tây", "date": "2004-12-20", "signer": "Nguyễn Quang Tuyến"}),
        # The town of Cà Mau in 1995 lay in Minh Hải.
        ("tt_town_of_minh_hai_1995.txt", {"issuer": "Ủy ban nhân dân thị xã Cà Mau", "place": "Cà Mau", "province": "Minh Hải", "date": "1995-08-14"}),
        # Vị Thanh in 2002, before Hậu Giang was formed, lay in the province of Cần Thơ.
        ("ctr_thi_uy_vi_thanh_2002.txt", {"issuer": "Thị ủy Vị Thanh", "place": "Vị Thanh", "province": "Cần Thơ", "date": "2002-06-20"}),
        # Tam Kỳ in 1995 lay in Quảng Nam - Đà Nẵng.
        ("qd_tam_ky_1995.txt", {"issuer": "Ủy ban nhân dân thị xã Tam Kỳ", "place": "Tam Kỳ", "province": "Quảng Nam - Đà Nẵng", "date": "1995-09-11"}),
        # A scan: "SỞ TƯ PHÁP NGHỆ AN" over "ĐẾN Số: lO57" is the receiving stamp; letters
        # for digits in the number, the date and the cited documents.
        ("ct_ocr_receiver_over_den_so.txt", {"issuer": "Ban Thường vụ Tỉnh ủy Nghệ An", "number": "09-CT/TU", "date": "2016-04-14"}),
        # A scan: the seal's rim read as a bar before its ring ("| ỦY BAN NHÂN DÂN"), the rest of
        # the ring with a star and a flourish, between the title and the name.
        ("ttr_ocr_seal_bar_and_unmarked_ring.txt", {"doc_type": "Tờ trình", "issuer": "Ủy ban nhân dân tỉnh Sóc Trăng", "date": "2025-04", "signer": "Trần Minh Khởi", "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch"}),
        # A scan: the seal's ring under the title, one line without a mark, one with a star.
        ("bc_ocr_seal_ring_under_title.txt", {"issuer": "Sở Giáo dục và Đào tạo tỉnh Bến Tre", "number": "108/BC-SGD&ĐT", "date": "2005-07-21", "signer": "Trần Văn Thạnh", "signer_title": "Giám đốc"}),
        # A scan: "SỚ Y TẾ", "l25/QĐ-SYT", "ngày O8 tháng 3 năm 2Ol2", and the seal's ring with
        # strokes and a backslash under the title.
        ("qd_ocr_letters_for_digits_seal.txt", {"issuer": "Sở Y tế tỉnh Ninh Bình", "number": "125/QĐ-SYT", "date": "2012-03-08", "signer": "Vũ Đức Hạnh", "signer_title": "KT. Giám đốc, Phó Giám đốc"}),
        # A scan: "CỘNG HÒA XÃ HỘl" (l for I) is the motto; "UY BAN NHAN DAN" without marks.
        ("cv_ocr_motto_with_l_for_i.txt", {"issuer": "Ủy ban nhân dân huyện Cam Lâm", "system": "nha-nuoc", "province": "Khánh Hòa", "number": "1456/UBND-KT", "date": "2019-06-21", "signer": "Nguyễn Tấn Lộc", "signer_title": "KT. Chủ tịch, Phó Chủ tịch"}),
        # A scan: "PHÁT TRIẾN" in the ministry's name, spelt as the document spells it.
        ("tb_ocr_misread_mark_in_ministry.txt", {"issuer": "Bộ Nông nghiệp và Phát triển nông thôn", "number": "2187/TB-BNN-VP", "date": "2006-08-04", "signer": "Lê Quang Hòa", "signer_title": "TL. Bộ trưởng, Chánh Văn phòng"}),
        # A scan: "HUYỆN UỶ BẢO THĂNG", spelt as the dateline spells the place.
        ("kh_ocr_district_spelt_by_dateline.txt", {"issuer": "Huyện ủy Bảo Thắng", "province": "Lào Cai", "number": "112-KH/HU", "date": "2020-02-03", "signer": "Lương Văn Quý", "signer_title": "T/M Ban Thường vụ, Phó Bí thư"}),
        # A scan: "ngày 1S tháng 4" is the 15th.
        ("ctr_ocr_day_with_s_for_5.txt", {"issuer": "Tỉnh ủy Thừa Thiên Huế", "place": "Huế", "date": "2018-04-15", "number": "31-CTr/TU"}),
        # Typewritten, Sông Bé 1994: the authority stands a line above "Nơi nhận:", its title
        # beside it.
        ("nq_typewritten_authority_above_recipients.txt", {"issuer": "Tỉnh ủy Sông Bé", "place": "Thủ Dầu Một", "province": "Sông Bé", "date": "1994-03-28", "signer": "Huỳnh Văn Tám", "signer_title": "T/M Ban Thường vụ Tỉnh ủy, Phó Bí thư"}),
        # A web copy of Hà Bắc (1993) whose cell broke a title inside its words ("KT. GIÁM" /
        # "ĐỐC").
        ("hd_web_cell_title_cut_inside.txt", {"issuer": "Sở Giáo dục và Đào tạo tỉnh Hà Bắc", "province": "Hà Bắc", "date": "1993-09-06", "signer": "Ngô Đức Thịnh", "signer_title": "KT. Giám đốc, Phó Giám đốc"}),
        # A ward of Việt Trì in 1995, in Vĩnh Phú; the authority over "Nơi nhận".
        ("tb_ward_of_viet_tri_1995.txt", {"issuer": "Ủy ban nhân dân phường Tiên Cát", "place": "Tiên Cát", "province": "Vĩnh Phú", "date": "1995-06-02", "signer": "Đỗ Thị Hằng", "signer_title": "T/M Ủy ban nhân dân phường, Chủ tịch"}),
        # A district committee of Hải Hưng (1995), with a receiving stamp labelled "Số đến" and
        # its day with no colon ("Ngày 18/3/95").
        ("bc_huyen_uy_hai_hung_so_den_stamp.txt", {"issuer": "Huyện ủy Chí Linh", "province": "Hải Hưng", "date": "1995-03", "number": "31-BC/HU", "subject": "Sơ kết 2 năm thực hiện Nghị quyết Trung ương 5 (khóa VII) về tiếp tục đổi mới và phát triển kinh tế - xã hội nông thôn"}),
        # A legal database's copy of a Standing Committee resolution: its name under the caps
        # subject enacts it; "Số e-PAS: 61870" under the recipients, tabbed beside the authority.
        ("nq_ubtvqh_legal_database_filing_code.txt", {"doc_type": "Nghị quyết", "number": "1094/NQ-UBTVQH15", "issuer": "Ủy ban Thường vụ Quốc hội", "system": "nha-nuoc", "subject": "Thành lập Đoàn giám sát chuyên đề “Việc thực hiện chính sách, pháp luật về quản lý, sử dụng Quỹ bảo hiểm y tế giai đoạn 2019 - 2024”", "signer": "Vương Đình Lộc", "signer_title": "TM. Ủy ban Thường vụ Quốc hội, KT. Chủ tịch, Phó Chủ tịch"}),
        # A joint plan of a court and a procuracy, stacked in the header ("KẾ HOẠCH LIÊN NGÀNH").
        ("khln_court_and_procuracy.txt", {"doc_type": "Kế hoạch", "number": "01/KHLN-TA-VKS", "issuer": "Tòa án nhân dân tỉnh Ninh Bình - Viện kiểm sát nhân dân tỉnh Ninh Bình", "subject": "Phối hợp tổ chức phiên tòa hình sự, dân sự rút kinh nghiệm và phiên tòa trực tuyến năm 2025", "signer": "Phạm Thị Thu Trang", "signer_title": "TM. Tòa án nhân dân tỉnh, KT. Chánh án, Phó Chánh án", "cosigners": [("Đinh Văn Hưởng", "TM. Viện kiểm sát nhân dân tỉnh, KT. Viện trưởng, Phó Viện trưởng")]}),
        # A hospital's letter signed by "BSCKII. Võ Thị Thanh Hương".
        ("cv_hospital_specialist_degree.txt", {"number": "1268/BVĐK-KHTH", "issuer": "Bệnh viện Đa khoa tỉnh Hà Tĩnh", "date": "2024-06-18", "signer": "Võ Thị Thanh Hương", "signer_title": "KT. Giám đốc, Phó Giám đốc"}),
        # A joint programme of the Front and the trade union ("CHƯƠNG TRÌNH PHỐI HỢP").
        ("ctrph_front_and_trade_union.md", {"doc_type": "Chương trình", "number": "07/CTrPH-MTTQ-LĐLĐ", "subject": "Về tuyên truyền, vận động đoàn viên, công nhân, viên chức, lao động thực hiện Cuộc vận động “Người Việt Nam ưu tiên dùng hàng Việt Nam” và xây dựng đời sống văn hóa tại khu công nghiệp, giai đoạn 2024 - 2029", "date": "2024-03-26"}),
        # A ward's Party committee of the two tiers ("ĐẢNG ỦY PHƯỜNG LÂM VIÊN - ĐÀ LẠT"), whose name
        # the body wraps across a line.
        ("bc_dang_uy_phuong_two_tiers_wrapped_name.txt", {"issuer": "Đảng ủy phường Lâm Viên - Đà Lạt", "province": "Lâm Đồng", "place": "Lâm Viên - Đà Lạt", "number": "21-BC/ĐU", "date": "2025-12-15", "signer": "Đặng Quốc Bảo"}),
        # Typewritten, Nam Hà 1993: "ngày 6 tháng Năm năm 1993", "T/M UBND TỈNH NAM HÀ".
        ("qd_typewritten_month_in_words.txt", {"issuer": "Ủy ban nhân dân tỉnh Nam Hà", "place": "Nam Định", "province": "Nam Hà", "date": "1993-05-06", "subject": "Kiện toàn Ban Chỉ huy phòng chống lụt bão tỉnh năm 1993", "signer_title": "T/M Ủy ban nhân dân tỉnh Nam Hà, Chủ tịch"}),
        # Typewritten, 1998: "Thanh Hoá, ngày 25 tháng bảy năm 1998".
        ("ct_typewritten_month_in_words_old_tone.txt", {"place": "Thanh Hóa", "province": "Thanh Hóa", "date": "1998-07-25", "subject": "Về lãnh đạo xây dựng và thực hiện Quy chế dân chủ ở cơ sở", "number": "21-CT/TU"}),
        # A district council of Hà Tây (2001): its session ("KHOÁ XV - KỲ HỌP THỨ 6") between
        # "CỦA HỘI ĐỒNG NHÂN DÂN ..." and the subject.
        ("nq_hdnd_session_line_ha_tay.txt", {"issuer": "Hội đồng nhân dân huyện Thạch Thất", "province": "Hà Tây", "date": "2001-12-28", "subject": "Về nhiệm vụ phát triển kinh tế - xã hội, quốc phòng - an ninh năm 2002", "number": "09/NQ-HĐ"}),
        # Minutes signed by the secretary and the chair side by side ("THƯ KÝ KỲ HỌP" /
        # "CHỦ TỌA KỲ HỌP"): titles no name holds.
        ("bb_chair_and_secretary_side_by_side.txt", {"doc_type": "Biên bản", "issuer": "Hội đồng nhân dân huyện Đức Trọng", "province": "Lâm Đồng", "date": "2022-07-15", "signer": "Nguyễn Trọng Hiếu", "signer_title": "Chủ tọa kỳ họp, Chủ tịch Hội đồng nhân dân huyện"}),
        # A letter with no recipients and a note under its signature.
        ("thu_note_under_the_signature.txt", {"doc_type": "Thư", "issuer": "Ủy ban nhân dân tỉnh Quảng Bình", "date": "2020-10-21", "signer": "Hoàng Minh Đức", "signer_title": "Chủ tịch"}),
        # Guidance whose annex holds forms ("Mẫu số 01", "Mẫu số 02"), one with a closing of
        # its own: the document's closing is the one before them.
        ("hd_forms_with_closings_after_signature.txt", {"doc_type": "Hướng dẫn", "number": "18-HD/BTCTU", "issuer": "Ban Tổ chức Tỉnh ủy Tây Ninh", "signer": "Huỳnh Thị Kim Loan", "signer_title": "K/T Trưởng ban, Phó Trưởng ban", "recipients": ["Thường trực Tỉnh ủy (b/c)", "Các cơ quan tham mưu, giúp việc Tỉnh ủy", "Các đảng đoàn, ban cán sự đảng", "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "Sở Nội vụ, Sở Tài chính", "Lưu Văn phòng Ban"]}),
        # A Markdown table whose cells lost their line breaks: bold and italic pieces, rules
        # and the list of recipients run together ("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG **SỞ Y TẾ**
        # -------- Số: 1876/BC-SYT"), the closing table above the header.
        ("bc_markdown_cells_without_breaks.md", {"number": "1876/BC-SYT", "issuer": "Sở Y tế tỉnh Lâm Đồng", "place": "Đà Lạt", "date": "2024-06-27", "subject": "Kết quả thực hiện nhiệm vụ y tế 6 tháng đầu năm và phương hướng, nhiệm vụ 6 tháng cuối năm 2024", "signer": "Phan Đình Khôi", "signer_title": "KT. Giám đốc, Phó Giám đốc", "recipients": ["Bộ Y tế (b/c)", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Các phòng chức năng Sở", "Các đơn vị trực thuộc", "Lưu: VT, KHTC"]}),
        # The Government Office's notice: the project's name ("Dự án") wrapped across the body's
        # lines, and the sentence that opens on it.
        ("tb_vpcp_project_name_wrapped.txt", {"issuer": "Văn phòng Chính phủ", "number": "312/TB-VPCP", "subject": "Kết luận của Phó Thủ tướng Chính phủ Phạm Minh Quang tại cuộc họp về tháo gỡ khó khăn, vướng mắc trong triển khai Dự án đường bộ cao tốc Tân Phú - Bảo Lộc", "signer": "Nguyễn Hữu Sơn"}),
        # A police department's guidance: "TRẬT TỰ" in its name, "TỰ" folding as the acronym
        # "TU" does.
        ("hd_cuc_word_folding_like_acronym.txt", {"issuer": "Cục Cảnh sát quản lý hành chính về trật tự xã hội", "number": "152/HD-C06-TTDLDC", "date": "2024-06-28", "signer": "Hoàng Minh Tuấn"}),
        # A legal database's copy whose cells wrapped the motto ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA
        # VIỆT NAM") and the dateline ("Hà Nội, ngày 18 tháng 11" / "năm 2019"), bars between cells.
        ("ttr_legal_database_cells_wrapped.txt", {"doc_type": "Tờ trình", "number": "1050/TTr-BGDĐT", "issuer": "Bộ Giáo dục và Đào tạo", "place": "Hà Nội", "date": "2019-11-18", "subject": "Về dự thảo Nghị định quy định cơ chế thu, quản lý học phí đối với cơ sở giáo dục thuộc hệ thống giáo dục quốc dân và chính sách miễn, giảm học phí, hỗ trợ chi phí học tập", "addressees": ["Chính phủ"], "signer": "Đặng Văn Lực"}),
        # A caps subject over its enacting line, the head's title and the issuer ("CHỦ TỊCH ỦY BAN
        # NHÂN DÂN TỈNH HÀ GIANG").
        ("qd_head_enacting_under_caps_subject.txt", {"doc_type": "Quyết định", "number": "1520/QĐ-UBND", "issuer": "Ủy ban nhân dân tỉnh Hà Giang", "subject": "Về việc công bố danh mục thủ tục hành chính được sửa đổi, bổ sung và bị bãi bỏ trong lĩnh vực hộ tịch thuộc phạm vi chức năng quản lý của Sở Tư pháp tỉnh Hà Giang"}),
        # A Party decision the standing board enacts after its grounds ("BAN THƯỜNG VỤ THÀNH ỦY
        # QUYẾT ĐỊNH"), the header naming the committee.
        ("qd_standing_board_enacting_after_grounds.md", {"doc_type": "Quyết định", "number": "1245-QĐ/TU", "issuer": "Ban Thường vụ Thành ủy Đà Lạt", "province": "Lâm Đồng", "date": "2024-04-03"}),
        # An invitation of a province's Youth Union committee, e-mailed ("BAN CHẤP HÀNH ĐOÀN").
        ("gm_youth_union_committee_email.txt", {"doc_type": "Giấy mời", "number": "245-GM/TĐTN-VP", "issuer": "Ban Chấp hành Đoàn tỉnh Bình Định", "system": None}),
        # A scan that hyphenated a syllable at a line's end in the subject ("Hội đồ-" / "ng"), its
        # seal's ring under the title.
        ("hd_ocr_syllable_hyphenated_in_subject.txt", {"issuer": "Ban Tuyên giáo Tỉnh ủy Gia Lai", "number": "21-HD/BTGTU", "date": "2011-02-28", "subject": "Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2011 - 2016", "signer": "Rah Lan Lâm", "signer_title": "K/T Trưởng ban, Phó Trưởng ban"}),
        # A PDF's text with no blank lines: the subject "Về việc ..." wraps, and the body opens
        # on a line with a capital; its first sentence ends inside a later line.
        ("ct_no_blank_lines_subject_then_body.txt", {"doc_type": "Chỉ thị", "number": "14/CT-UBND", "issuer": "Ủy ban nhân dân tỉnh Gia Lai", "date": "2016-12-02", "subject": "Về việc tăng cường các biện pháp cấp bách phòng cháy, chữa cháy rừng mùa khô năm 2016 - 2017"}),
        # A special zone's report of the two tiers (An Giang), a digital signature's box (its signer
        # and time) under the dateline.
        ("bc_special_zone_digital_signature_box.txt", {"doc_type": "Báo cáo", "number": "327/BC-UBND", "issuer": "Ủy ban nhân dân đặc khu Phú Quốc", "province": "An Giang", "date": "2025-09-29", "subject": "Kết quả 03 tháng vận hành chính quyền địa phương hai cấp trên địa bàn đặc khu Phú Quốc", "addressees": ["Ủy ban nhân dân tỉnh An Giang", "Sở Nội vụ tỉnh An Giang"]}),
        # A district's department named for a type's words ("PHÒNG TÀI CHÍNH - KẾ HOẠCH") beside
        # the motto, and a receiving stamp in a box.
        ("bc_department_named_for_a_type.txt", {"doc_type": "Báo cáo", "number": "62/BC-TCKH", "issuer": "Phòng Tài chính - Kế hoạch thành phố Điện Biên Phủ", "province": "Điện Biên", "subject": "Tình hình thực hiện dự toán thu, chi ngân sách 6 tháng đầu năm; nhiệm vụ, giải pháp 6 tháng cuối năm 2017", "addressees": ["Ủy ban nhân dân thành phố Điện Biên Phủ"]}),
        # A commune's Party resolution, scanned: one word of the caps header read in lower case
        # ("ĐẢNG Bộ HUYỆN THUẬN CHÂU"), "Sô", "ngàỵ", and the seal's ring ("ĐẢNG ỦY" / "( * XÃ
        # CHIỀNG") under the title.
        ("nq_dang_uy_xa_ocr_lower_case_word.txt", {"doc_type": "Nghị quyết", "number": "06-NQ/ĐU", "issuer": "Đảng ủy xã Chiềng Pha", "province": "Sơn La", "place": "Chiềng Pha", "date": "2021-03-18", "signer": "Lò Văn Thiết", "signer_title": "T/M Đảng ủy, Bí thư"}),
    ],
)
def test_documents_of_other_bodies_and_types(name, expected):
    meta = read_metadata(split_layout(decode_source((SHAPES / name).read_bytes(), name)))
    assert {key: getattr(meta, key) for key in expected} == expected


def test_signatures_side_by_side_are_the_signer_s_and_a_co_signer_s():
    name = "ttlt_ocr_signatures_side_by_side.txt"
    meta = read_metadata(split_layout(decode_source((SHAPES / name).read_bytes(), name)))
    assert meta.cosigners == [("Vũ Đình Tuấn", "KT. Bộ trưởng Bộ Tài chính, Thứ trưởng")]


def test_a_caps_subject_continued_in_lower_case_is_one_subject():
    meta = metadata_of(
        """
        ỦY BAN NHÂN DÂN HUYỆN ĐỨC TRỌNG
        Số: 12/KH-UBND
        KẾ HOẠCH
        TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 06-NQ/TU
        trên địa bàn huyện năm 2023
        Thực hiện Nghị quyết số 06-NQ/TU, Ủy ban nhân dân huyện ban hành Kế hoạch.
        """
    )
    assert meta.subject == "Triển khai thực hiện Nghị quyết số 06-NQ/TU trên địa bàn huyện năm 2023"


@pytest.mark.parametrize(
    "lines, title",
    [
        (["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch"),
        (["TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"], "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch"),
        (["KT. BỘ TRƯỞNG THỨ TRƯỞNG"], "KT. Bộ trưởng, Thứ trưởng"),
        (["K.T. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "(Đã ký)"], "K.T. Giám đốc, Phó Giám đốc"),
        (["KÝ THAY CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "KÝ THAY Chủ tịch, Phó Chủ tịch"),
        (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC"], "T/M Ban Thường vụ, Phó Bí thư Thường trực"),
        (["T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ"], "T/M Ban Thường vụ, Phó Bí thư"),
        (["T/M BAN BÍ THƯ"], "T/M Ban Bí thư"),
        (["TM. THƯỜNG TRỰC HĐND CHỦ TỊCH"], "TM. Thường trực Hội đồng nhân dân, Chủ tịch"),
        (["T/M UBND TỈNH MINH HẢI", "K/T CHỦ TỊCH", "PHÓ CHỦ TỊCH"], "T/M Ủy ban nhân dân tỉnh Minh Hải, K/T Chủ tịch, Phó Chủ tịch"),
        (["PHÓ CHỦ TỊCH"], "Phó Chủ tịch"),
    ],
)
def test_a_signature_keeps_each_authority_mark_and_title(lines, title):
    meta = metadata_of(
        "Số: 5/QĐ-UBND\nQUYẾT ĐỊNH\n\nĐiều 1. Nội dung.\n\nNơi nhận:\n- Như trên.\n\n"
        + "\n".join(lines) + "\n\nNguyễn Lộc Hà\n"
    )
    assert (meta.signer, meta.signer_title) == ("Nguyễn Lộc Hà", title)


@pytest.mark.parametrize(
    "header, name",
    [
        ("BỘ KẾ HOẠCH VÀ ĐẦU TƯ", "Bộ Kế hoạch và Đầu tư"),
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Bộ Lao động - Thương binh và Xã hội"),
        ("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG", "Sở Tài nguyên và Môi trường"),
        ("BAN CHỈ ĐẠO PHÒNG, CHỐNG THAM NHŨNG, TIÊU CỰC TỈNH", "Ban Chỉ đạo phòng, chống tham nhũng, tiêu cực tỉnh"),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh"),
        ("ỦY BAN NHÂN DÂN QUẬN HOÀN KIẾM", "Ủy ban nhân dân quận Hoàn Kiếm"),
        ("BAN TUYÊN GIÁO TRUNG ƯƠNG", "Ban Tuyên giáo Trung ương"),
    ],
)
def test_issuer_names_are_recased_by_their_own_letters(header, name):
    from vanban.issuers import canonical_name

    assert canonical_name(header) == name


@pytest.mark.parametrize(
    "closing, signer, title",
    [
        # A seal's ring of text, as a scan reads it: in brackets, or with marks and an O
        # read as a zero.
        (["T/M HUYỆN ỦY", "PHÓ BÍ THƯ", "(* HUY|N ỦY H.I H~U *)", "Trần Văn Lộc"], "Trần Văn Lộc",
         "T/M Huyện ủy, Phó Bí thư"),
        (["KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "~ TRƯ0NG ĐẠI H0C CẦN TH0 ®", "(Đã ký)", "Trương Minh Hiếu"],
         "Trương Minh Hiếu", "KT. Hiệu trưởng, Phó Hiệu trưởng"),
        # A seal drawn in text: its rim, the body's name and the Party's inside it.
        (["KT. BỘ TRƯỞNG", "THỨ TRƯỞNG", "(       ★       )", "BỘ NÔNG NGHIỆP VÀ", "MÔI TRƯỜNG", "Trần Quang Vĩnh"],
         "Trần Quang Vĩnh", "KT. Bộ trưởng, Thứ trưởng"),
        (["T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", ",-----------.", "( * QUẬN ỦY CẦU GIẤY * )", "`-- ĐẢNG CỘNG SẢN VN --'",
          "Phạm Quang Vinh"], "Phạm Quang Vinh", "T/M Ban Thường vụ, Phó Bí thư"),
        (["CHÁNH VĂN PHÒNG", "* ĐẢNG CỘNG SẢN VIỆT NAM *", "Nguyễn Thị Hằng"], "Nguyễn Thị Hằng", "Chánh Văn phòng"),
        # The President's title over two lines is one.
        (["CHỦ TỊCH", "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lương Cường"], "Lương Cường",
         "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        (["CHỦ TỊCH NƯỚC", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lương Cường"], "Lương Cường",
         "Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam"),
        # ... and the Vice President's for the President, two titles.
        (["KT. CHỦ TỊCH NƯỚC", "PHÓ CHỦ TỊCH NƯỚC", "Võ Thị Ánh Xuân"], "Võ Thị Ánh Xuân",
         "KT. Chủ tịch nước, Phó Chủ tịch nước"),
        # A rank or degree before the name.
        (["BỘ TRƯỞNG", "Đại tướng Lê Quang Thành"], "Lê Quang Thành", "Bộ trưởng"),
        (["GIÁM ĐỐC", "PGS.TS. Nguyễn Văn An"], "Nguyễn Văn An", "Giám đốc"),
        # A name from the Highlands, with no Kinh surname.
        (["KT. CHÁNH ÁN", "PHÓ CHÁNH ÁN", "H'LIÊN MLÔ"], "H'Liên Mlô", "KT. Chánh án, Phó Chánh án"),
    ],
)
def test_the_signer_is_read_past_seals_ranks_and_unfamiliar_names(closing, signer, title):
    meta = metadata_of(
        "Số: 5/QĐ-UBND\nQUYẾT ĐỊNH\n\nĐiều 1. Nội dung.\n\nNơi nhận:\n- Như trên.\n\n" + "\n".join(closing) + "\n"
    )
    assert (meta.signer, meta.signer_title) == (signer, title)


def test_the_signature_before_an_annex_is_the_documents():
    meta = metadata_of(
        """
        Số: 5/QĐ-UBND
        QUYẾT ĐỊNH
        Điều 1. Ban hành kèm theo Quyết định này Quy định về công tác văn thư.
        Nơi nhận:
        - Như Điều 1;
        - Lưu: VT.
        CHỦ TỊCH
        Nguyễn Văn Bình
        QUY ĐỊNH
        Về công tác văn thư
        Điều 1. Phạm vi điều chỉnh
        """
    )
    assert (meta.signer, meta.signer_title, meta.recipients) == ("Nguyễn Văn Bình", "Chủ tịch", ["Như Điều 1", "Lưu: VT"])


def test_a_receiving_stamp_under_the_dateline_names_no_issuer():
    meta = metadata_of(
        """
        BỘ CÔNG AN
        Số: 08/CT-BCA
        Hà Nội, ngày 22 tháng 8 năm 2023
        CÔNG AN TỈNH HÀ GIANG
        ĐẾN Số: 4127
        Ngày: 25/8/2023
        CHỈ THỊ
        Về công tác bảo đảm trật tự, an toàn giao thông

        Thời gian qua, lực lượng Công an đã triển khai nhiều giải pháp.
        """
    )
    assert (meta.issuer, meta.province) == ("Bộ Công an", None)
    assert meta.received == "CÔNG AN TỈNH HÀ GIANG ĐẾN Số: 4127 Ngày: 25/8/2023"


@pytest.mark.parametrize(
    "dateline, date",
    [("Hải Hậu, ngày 1O tháng 3 năm 2025", "2025-03-10"), ("Hải Hậu, ngày l5 tháng O3 năm 2025", "2025-03-15")],
)
def test_a_dateline_read_by_a_scan_takes_its_letters_for_digits(dateline, date):
    meta = metadata_of(f"HUYỆN ỦY HẢI HẬU\nSố 45-CTr/HU\n{dateline}\nCHƯƠNG TRÌNH\nhành động\n\nNội dung.\n")
    assert meta.date == date


def test_the_youth_unions_banner_is_no_part_of_the_issuer():
    meta = metadata_of(
        """
        TỈNH ĐOÀN THÁI BÌNH
        Số: 87-HD/TĐTN-TNTH
        ĐOÀN TNCS HỒ CHÍ MINH
        Thái Bình, ngày 10 tháng 5 năm 2024
        HƯỚNG DẪN
        Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2024

        Ban Thường vụ Tỉnh đoàn hướng dẫn như sau.
        """
    )
    assert (meta.issuer, meta.system) == ("Tỉnh đoàn Thái Bình", None)


@pytest.mark.parametrize(
    "lines, name",
    [
        # A name too long for its line goes on in the next, which opens with no body's word.
        (["UBND TỈNH QUẢNG NAM", "CÔNG TY TNHH MỘT THÀNH VIÊN", "KHAI THÁC THỦY LỢI QUẢNG NAM"],
         "Công ty TNHH một thành viên Khai thác thủy lợi Quảng Nam"),
        (["BỘ NÔNG NGHIỆP VÀ", "PHÁT TRIỂN NÔNG THÔN"], "Bộ Nông nghiệp và Phát triển nông thôn"),
        # A line that opens with a body's word is a body of its own, under its parent.
        (["UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ"], "Sở Nội vụ tỉnh Quảng Nam"),
        (["TỈNH ỦY NAM ĐỊNH", "BAN TỔ CHỨC"], "Ban Tổ chức Tỉnh ủy Nam Định"),
        # "Xã hội" names no commune: the department still takes its province.
        (["UBND TỈNH QUẢNG NAM", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"],
         "Sở Lao động - Thương binh và Xã hội tỉnh Quảng Nam"),
        # A Party cell is told apart by its parent's locality.
        (["ĐẢNG BỘ PHƯỜNG HẢI DƯƠNG", "CHI BỘ KHU DÂN CƯ SỐ 6"], "Chi bộ Khu dân cư số 6 phường Hải Dương"),
        # The locality is the nearest one above that names one; "Xã hội" names none.
        (["UBND TỈNH BÌNH ĐỊNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "CHI CỤC PHÒNG, CHỐNG TỆ NẠN XÃ HỘI"],
         "Chi cục Phòng, chống tệ nạn xã hội tỉnh Bình Định"),
        # A Youth Union's committee is a body of its own, as a Party committee is.
        (["TỈNH ĐOÀN THANH HÓA", "HUYỆN ĐOÀN NGA SƠN"], "Huyện đoàn Nga Sơn"),
    ],
)
def test_a_header_name_wrapped_over_lines_is_one_name(lines, name):
    from vanban.issuers import compose_header_issuer

    # Casing aside: without the document's text, the case of a company's own name is not known.
    assert compose_header_issuer(lines).casefold() == name.casefold()


def test_each_signature_of_a_joint_document_is_read_with_its_own_titles():
    meta = metadata_of(
        "Số: 5/TTLT-BTC-BNV\nTHÔNG TƯ LIÊN TỊCH\n\nĐiều 1. Nội dung.\n\nNơi nhận:\n- Như trên.\n\n"
        "KT. BỘ TRƯỞNG BỘ NỘI VỤ\nTHỨ TRƯỞNG\nLưu Quang Đạt\n"
        "KT. BỘ TRƯỞNG BỘ TÀI CHÍNH\nTHỨ TRƯỞNG\nHà Thị Thu Trang\n"
    )
    assert (meta.signer, meta.signer_title) == ("Hà Thị Thu Trang", "KT. Bộ trưởng Bộ Tài chính, Thứ trưởng")
    assert meta.cosigners == [("Lưu Quang Đạt", "KT. Bộ trưởng Bộ Nội vụ, Thứ trưởng")]


def test_a_title_in_capitals_is_no_name_even_where_it_opens_with_a_surname():
    # "Chu" is a surname; "CHỦ TỊCH" is a title, and signs for no one.
    meta = metadata_of(
        "Số: 5/QĐ-UBND\nQUYẾT ĐỊNH\n\nĐiều 1. Nội dung.\n\nNơi nhận:\n- Như trên.\n\n"
        "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Đức Trung\n"
    )
    assert (meta.signer, meta.signer_title, meta.cosigners) == ("Nguyễn Đức Trung", "TM. Ủy ban nhân dân, Chủ tịch", [])


def test_a_number_and_year_a_scan_read_with_letters_for_digits_are_read_as_issued():
    meta = metadata_of(
        """
        HỘI ĐÒNG NHÂN DÂN
        TỈNH QUÁNG NGÃI
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 3O/2O23/NQ-HÐND
        Quảng Ngãi, ngày l4 tháng 7 năm 2O23

        NGHỊ QUYẾT
        Quy định mức hỗ trợ đóng bảo hiểm y tế

        Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
        """
    )
    assert (meta.doc_type, meta.number, meta.date) == ("Nghị quyết", "30/2023/NQ-HĐND", "2023-07-14")
    assert meta.issuer == "Hội đồng nhân dân tỉnh Quảng Ngãi"


@pytest.mark.parametrize(
    "subject, read",
    [
        (["về đại biểu Hội đồ-", "ng nhân dân các cấp"], "Về đại biểu Hội đồng nhân dân các cấp"),
        # A word's own dash, or one before a syllable, is kept.
        (["về phát triển kinh tế-", "xã hội năm 2024"], "Về phát triển kinh tế- xã hội năm 2024"),
        (["về phòng, chống Covid-", "19"], "Về phòng, chống Covid- 19"),
    ],
)
def test_a_syllable_a_scan_hyphenated_at_a_line_s_end_is_joined(subject, read):
    meta = metadata_of("Số: 5/KH-UBND\nKẾ HOẠCH\n" + "\n".join(subject) + "\n\nCăn cứ Luật.\n")
    assert meta.subject == read


def test_a_number_and_dateline_whose_marks_a_scan_misread_are_read():
    meta = metadata_of(
        """
        ĐẢNG ỦY XÃ CHIỀNG PHA        ĐẢNG CỘNG SẢN VIỆT NAM
        Sô 06-NQ/ĐU                  Chiềng Pha, ngàỵ 18 tháng 3 năm 2021

        NGHỊ QUYẾT
        về phát triển cây ăn quả

        Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã.
        """
    )
    assert (meta.number, meta.place, meta.date) == ("06-NQ/ĐU", "Chiềng Pha", "2021-03-18")
