"""Word documents and PDFs, made by the tests from the seeds' text, read like the seeds."""

from __future__ import annotations

import base64
import html
import io
import json

import frontmatter
import pytest

from vanban import extract
from vanban.corpus import assemble
from vanban.errors import SourceError
from vanban.convert import convert_source
from vanban.pipeline import build, convert_bytes
from vanban.write import render_page

from .conftest import GOLDEN, source_paths

EXPECTED = {entry["source"]: entry for entry in json.loads((GOLDEN / "expected.json").read_text("utf-8"))}
FIELDS = ["doc_type", "number", "issuer", "system", "place", "province", "date", "subject", "signer", "signer_title"]


def converted(data: bytes, name: str):
    status, document, _ = convert_source(name, data)
    assert status == "ok", document
    return document


def seed_metadata(path) -> dict:
    document = convert_bytes(path.read_bytes(), path.name)
    return {field: getattr(document.metadata, field) for field in FIELDS}


def metadata_of(document) -> dict:
    return {field: getattr(document.metadata, field) for field in FIELDS}


# ---------------------------------------------------------------------------------------
# Word


def docx_from_text(text: str) -> bytes:
    """A Word document of a text: a paragraph per block, its lines as line breaks."""
    import docx

    document = docx.Document()
    for block in text.split("\n\n"):
        lines = [line for line in block.split("\n")]
        if not any(line.strip() for line in lines):
            continue
        paragraph = document.add_paragraph()
        for index, line in enumerate(lines):
            run = paragraph.add_run(line)
            if index < len(lines) - 1:
                run.add_break()
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("path", source_paths(), ids=lambda p: p.name)
def test_a_word_copy_of_each_seed_gives_the_seeds_metadata(path):
    data = docx_from_text(path.read_text(encoding="utf-8"))
    document = converted(data, path.stem + ".docx")
    assert metadata_of(document) == seed_metadata(path)
    assert document.metadata.source_kind == "docx"


def rich_docx() -> bytes:
    """A State plan as offices type it in Word: header table, automatic numbering, bold
    type and subject, a body table and a footnote."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "ỦY BAN NHÂN DÂN\nTỈNH NGHỆ AN"
    table.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    table.cell(1, 0).text = "Số: 88/KH-UBND"
    table.cell(1, 1).text = "Nghệ An, ngày 9 tháng 3 năm 2023"
    for text in ("KẾ HOẠCH", "Chuyển đổi số năm 2023"):
        document.add_paragraph().add_run(text).bold = True
    intro = document.add_paragraph("Thực hiện Nghị quyết số 52-NQ/TW ngày 27/9/2019 của Bộ Chính trị")
    # A footnote, as Word writes it: a reference in the text, its text in footnotes.xml.
    intro.add_run()._r.append(parse_xml(f'<w:footnoteReference {nsdecls("w")} w:id="1"/>'))
    intro.add_run(", Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:")
    _add_footnotes_part(document, {"1": "Về một số chủ trương, chính sách chủ động tham gia cách mạng công nghiệp lần thứ tư."})
    for text in ("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ"):
        document.add_paragraph(text, style="List Number")
    body = document.add_table(rows=2, cols=2)
    body.cell(0, 0).text = "Nhiệm vụ"
    body.cell(0, 1).text = "Thời hạn"
    body.cell(1, 0).text = "Số hóa hồ sơ"
    body.cell(1, 1).text = "Quý IV"
    for text in ("Nơi nhận:", "- Các sở, ban, ngành;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Đức Trung"):
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_footnotes_part(document, notes: dict[str, str]) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    body = "".join(
        f'<w:footnote w:id="{key}"><w:p><w:r><w:t>{html.escape(text)}</w:t></w:r></w:p></w:footnote>'
        for key, text in notes.items()
    )
    xml = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        f"{body}</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        xml.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RELATIONSHIP_TYPE.FOOTNOTES)


def test_a_word_document_with_header_table_numbering_and_footnote():
    document = converted(rich_docx(), "ke-hoach.docx")
    meta = document.metadata
    assert (meta.doc_type, meta.number, meta.issuer, meta.date) == (
        "Kế hoạch", "88/KH-UBND", "Ủy ban nhân dân tỉnh Nghệ An", "2023-03-09")
    assert meta.subject == "Chuyển đổi số năm 2023"
    assert (meta.signer, meta.signer_title) == ("Nguyễn Đức Trung", "TM. Ủy ban nhân dân, Chủ tịch")
    assert [c.number for c in meta.cites] == ["52-NQ/TW"]
    text = extract.docx_text(rich_docx(), "ke-hoach.docx")
    assert "1. MỤC ĐÍCH, YÊU CẦU" in text and "2. NHIỆM VỤ" in text
    assert "**KẾ HOẠCH**" in text
    assert "| Số hóa hồ sơ | Quý IV |" in text
    assert "Bộ Chính trị(1), Ủy ban" in text
    assert text.rstrip().endswith("(1) Về một số chủ trương, chính sách chủ động tham gia cách mạng công nghiệp lần thứ tư.")
    assemble([document])
    page = render_page(document)
    assert "[^1]" in page and "## 1. MỤC ĐÍCH, YÊU CẦU" in page


def test_a_raised_digit_is_a_note_s_mark_except_after_a_unit():
    from docx import Document as WordDocument

    document = WordDocument()
    paragraph = document.add_paragraph("Theo Nghị định số 59/2022/NĐ-CP")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(", diện tích 120 m")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(".")
    buffer = io.BytesIO()
    document.save(buffer)
    text = extract.docx_text(buffer.getvalue(), "ghi-chu.docx")
    assert "59/2022/NĐ-CP(2), diện tích 120 m2." in text


def test_a_damaged_word_file_is_refused_clearly():
    with pytest.raises(SourceError, match=r"^hong\.docx: is (not a readable|a damaged) Word"):
        extract.extract(b"PK\x03\x04 not really a zip", "hong.docx")


# ---------------------------------------------------------------------------------------
# PDF, made by Chromium from the seed's text, with running headers and page numbers


def pdf_of(browser, body_html: str) -> bytes:
    page = browser.new_page()
    page.set_content(
        "<html><head><meta charset='utf-8'><style>body{font-family:'Liberation Serif',serif;"
        "font-size:13px} pre{white-space:pre-wrap;font-family:inherit}</style></head>"
        f"<body>{body_html}</body></html>"
    )
    data = page.pdf(
        format="A4",
        display_header_footer=True,
        header_template="<div style='font-size:9px;width:100%;text-align:center'>CÔNG BÁO ĐIỆN TỬ</div>",
        footer_template="<div style='font-size:9px;width:100%;text-align:center'><span class='pageNumber'></span></div>",
        margin={"top": "60px", "bottom": "60px", "left": "50px", "right": "50px"},
    )
    page.close()
    return data


@pytest.mark.parametrize("path", source_paths(), ids=lambda p: p.name)
def test_a_pdf_of_each_seed_gives_the_seeds_metadata(browser, path):
    text = path.read_text(encoding="utf-8")
    data = pdf_of(browser, f"<pre>{html.escape(text)}</pre>")
    document = converted(data, path.stem + ".pdf")
    assert document.metadata.source_kind == "pdf"
    assert metadata_of(document) == seed_metadata(path)
    extracted = extract.pdf_text(data, path.stem + ".pdf").text
    assert "CÔNG BÁO ĐIỆN TỬ" not in extracted


def test_a_scanned_pdf_is_refused_without_ocr(browser, monkeypatch):
    data = scanned_pdf(browser, source_paths()[0].read_text(encoding="utf-8"))
    monkeypatch.setattr(extract, "ocr_available", lambda: False)
    with pytest.raises(SourceError, match=r"^quet\.pdf: is a scanned PDF with no text layer.*tesseract-ocr-vie"):
        extract.extract(data, "quet.pdf")


def scanned_pdf(browser, text: str) -> bytes:
    page = browser.new_page(viewport={"width": 900, "height": 1300}, device_scale_factor=2)
    page.set_content(
        "<html><body style='margin:40px;font:16px \"Liberation Serif\",serif'>"
        f"<pre style='white-space:pre-wrap;font:inherit'>{html.escape(text[:1400])}</pre></body></html>"
    )
    picture = page.screenshot(full_page=True)
    page.close()
    return pdf_of(browser, f"<img style='width:100%' src='data:image/png;base64,{base64.b64encode(picture).decode()}'>")


@pytest.mark.skipif(not extract.ocr_available(), reason="needs Debian's tesseract-ocr and tesseract-ocr-vie (make test installs them)")
def test_a_scanned_pdf_is_read_by_ocr_and_says_so(browser, tmp_path):
    path = source_paths()[1]
    data = scanned_pdf(browser, path.read_text(encoding="utf-8"))
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "quet.pdf").write_bytes(data)
    report = build(sources, tmp_path / "docs")
    assert report.problems == []
    [page_path] = (tmp_path / "docs/van-ban").rglob("*.md")
    post = frontmatter.load(page_path)
    expected = seed_metadata(path)
    assert post["source_kind"] == "ocr"
    assert (post["doc_type"], post["number"], post["date"]) == (expected["doc_type"], expected["number"], expected["date"])
    # The original scan is published as received, for download.
    assert (tmp_path / "docs" / post["source_url"]).read_bytes() == data



FILES = GOLDEN.parent / "fixtures" / "files"


# Word and PDF files laid out as offices lay them out: header and closing as borderless
# tables, Word's automatic numbering, notes, a PDF's pages with their furniture.
@pytest.mark.parametrize(
    "name, expected",
    [
        # Word: the subject over two rows of the header's table, addressees after a tab.
        ("word_subject_over_two_rows.docx", {
            "doc_type": "Công văn",
            "number": "1785/SGTVT-QLVT",
            "issuer": "Sở Giao thông vận tải tỉnh Kiên Giang",
            "system": "nha-nuoc",
            "province": "Kiên Giang",
            "date": "2019-10-08",
            "subject": "Tăng cường bảo đảm trật tự, an toàn giao thông đường thủy nội địa mùa mưa bão"
                " năm 2019",
            "signer": "Lâm Thanh Nhựt",
            "signer_title": "KT. Giám đốc, Phó Giám đốc",
            "addressees": [
                "Ủy ban nhân dân các huyện, thành phố",
                "Cảng vụ Đường thủy nội địa tỉnh Kiên Giang",
                "Phòng Cảnh sát đường thủy Công an tỉnh",
                "Các doanh nghiệp, hợp tác xã kinh doanh vận tải hành khách đường thủy nội địa",
            ],
            "recipients": [
                "Như trên",
                "UBND tỉnh (b/c)",
                "Cục Đường thủy nội địa VN (b/c)",
                "Ban An toàn giao thông tỉnh",
                "GĐ, các PGĐ Sở",
                "Website Sở",
                "Lưu: VT, QLVT",
            ],
        }),
        # A PDF with a text layer: the header and closing come out cell by cell, a footnote across a page.
        ("pdf_tinh_uy_footnote.pdf", {
            "doc_type": "Chỉ thị",
            "number": "18-CT/TU",
            "issuer": "Ban Thường vụ Tỉnh ủy Lâm Đồng",
            "system": "dang",
            "province": "Lâm Đồng",
            "date": "2022-06-14",
            "subject": "Về tăng cường sự lãnh đạo của Đảng đối với công tác phòng, chống và kiểm soát ma"
                " túy trên địa bàn tỉnh trong tình hình mới",
            "signer": "Hà Văn Khải",
            "signer_title": "T/M Ban Thường vụ, Phó Bí thư Thường trực",
            "addressees": [],
            "recipients": [
                "Ban Bí thư (b/c)",
                "Văn phòng Trung ương Đảng",
                "Ban Nội chính Trung ương",
                "Bộ Công an",
                "Các đ/c Tỉnh ủy viên",
                "Các ban cán sự đảng, đảng đoàn",
                "Các huyện ủy, thành ủy, đảng ủy trực thuộc",
                "Các sở, ban, ngành, MTTQ và các đoàn thể tỉnh",
                "Lưu Văn phòng Tỉnh ủy",
            ],
        }),
        # A PDF: a recipient wrapped onto "TW;", a digital signature's box, an annex.
        ("pdf_bo_quyet_dinh_annex.pdf", {
            "doc_type": "Quyết định",
            "number": "1286/QĐ-BVHTTDL",
            "issuer": "Bộ Văn hóa, Thể thao và Du lịch",
            "system": "nha-nuoc",
            "province": None,
            "date": "2024-04-22",
            "subject": "Về việc ban hành Kế hoạch triển khai thực hiện Chỉ thị số 08/CT-TTg ngày 23"
                " tháng 02 năm 2024 của Thủ tướng Chính phủ về phát triển du lịch toàn diện, nhanh"
                " và bền vững thời gian tới",
            "signer": "Lương Quốc Trung",
            "signer_title": "KT. Bộ trưởng, Thứ trưởng",
            "addressees": [],
            "recipients": [
                "Như Điều 3",
                "Thủ tướng Chính phủ (để b/c)",
                "Văn phòng Chính phủ",
                "Bộ trưởng (để b/c)",
                "Các Thứ trưởng",
                "Sở VHTTDL, Sở DL các tỉnh, TP trực thuộc TW",
                "Cổng TTĐT Bộ VHTTDL",
                "Lưu: VT, TCDL, NTH (80)",
            ],
        }),
        # Word's automatic numbering of articles and clauses; a council's session lines.
        ("word_hdnd_numbering.docx", {
            "doc_type": "Nghị quyết",
            "number": "12/2020/NQ-HĐND",
            "issuer": "Hội đồng nhân dân tỉnh Gia Lai",
            "system": "nha-nuoc",
            "province": "Gia Lai",
            "date": "2020-12-10",
            "subject": "Quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ"
                " cao trên địa bàn tỉnh Gia Lai giai đoạn 2021 - 2025",
            "signer": "Rơ Mah Tuân",
            "signer_title": "Chủ tịch",
            "addressees": [],
            "recipients": [
                "Ủy ban Thường vụ Quốc hội",
                "Chính phủ",
                "Văn phòng Quốc hội",
                "Văn phòng Chính phủ",
                "Bộ Tư pháp (Cục Kiểm tra VBQPPL)",
                "Bộ Nông nghiệp và PTNT",
                "Thường trực Tỉnh ủy",
                "TT HĐND, UBND, UBMTTQVN tỉnh",
                "Đại biểu HĐND tỉnh",
                "Các sở, ban, ngành của tỉnh",
                "TT HĐND, UBND các huyện, thị xã, thành phố",
                "Báo Gia Lai, Đài PT-TH tỉnh",
                "Cổng TTĐT tỉnh, Cổng TTĐT Đoàn ĐBQH và HĐND tỉnh",
                "Lưu: VT, KTNS",
            ],
        }),
        # A PDF of a commune's Party committee, the day left blank.
        ("pdf_dang_uy_xa.pdf", {
            "doc_type": "Nghị quyết",
            "number": "12-NQ/ĐU",
            "issuer": "Đảng ủy xã Triệu Độ",
            "system": "dang",
            "province": "Quảng Trị",
            "date": "2021-04",
            "subject": "Về lãnh đạo chuyển đổi cơ cấu cây trồng, phát triển vùng sản xuất lúa hữu cơ"
                " giai đoạn 2021 - 2025",
            "signer": "Nguyễn Đăng Khoa",
            "signer_title": "T/M Đảng ủy, Bí thư",
            "addressees": [],
            "recipients": [
                "Ban Thường vụ Huyện ủy (b/c)",
                "Phòng Nông nghiệp và PTNT huyện",
                "Các đ/c Đảng ủy viên",
                "HĐND, UBND, UBMTTQ xã",
                "Các chi bộ trực thuộc",
                "Lưu VP Đảng ủy",
            ],
        }),
        # Word: notes' marks typed as raised digits after numbers, the notes in a section.
        ("word_raised_note_marks.docx", {
            "doc_type": "Kế hoạch",
            "number": "87/KH-UBND",
            "issuer": "Ủy ban nhân dân tỉnh Thừa Thiên Huế",
            "system": "nha-nuoc",
            "province": "Thừa Thiên Huế",
            "date": "2023-04-17",
            "subject": "Triển khai thực hiện Đề án phát triển ứng dụng dữ liệu về dân cư, định danh và"
                " xác thực điện tử phục vụ chuyển đổi số quốc gia giai đoạn 2022 - 2025, tầm nhìn"
                " đến năm 2030 trên địa bàn tỉnh Thừa Thiên Huế năm 2023",
            "signer": "Tôn Thất Quỳnh",
            "signer_title": "TM. Ủy ban nhân dân, KT. Chủ tịch, Phó Chủ tịch",
            "addressees": [],
            "recipients": [
                "Tổ công tác triển khai Đề án 06 Chính phủ (b/c)",
                "Bộ Công an (C06) (b/c)",
                "TT Tỉnh ủy, TT HĐND tỉnh",
                "CT và các PCT UBND tỉnh",
                "Các sở, ban, ngành cấp tỉnh",
                "UBND các huyện, thị xã và thành phố Huế",
                "VP: CVP, các PCVP",
                "Lưu: VT, NC",
            ],
        }),
        # Word in decomposed Unicode: a caps subject and its matter in two paragraphs.
        ("word_nfd_caps_subject_paragraphs.docx", {
            "doc_type": "Thông báo",
            "number": "245-TB/HU",
            "issuer": "Huyện ủy Diễn Châu",
            "system": "dang",
            "province": "Nghệ An",
            "date": "2024-11-06",
            "subject": "Kết luận của Ban Thường vụ Huyện ủy về tiến độ sắp xếp đơn vị hành chính cấp xã"
                " và một số nhiệm vụ trọng tâm những tháng cuối năm 2024",
            "signer": "Hồ Sỹ Tường",
            "signer_title": "T/L Ban Thường vụ, Chánh Văn phòng",
            "addressees": [],
            "recipients": [
                "Thường trực Tỉnh ủy (b/c)",
                "Ban Tổ chức Tỉnh ủy",
                "Các đồng chí Huyện ủy viên",
                "Các ban, văn phòng Huyện ủy",
                "Đảng ủy các xã, thị trấn",
                "Lưu VPHU",
            ],
        }),
    ],
)
def test_word_and_pdf_files_of_other_shapes(name, expected):
    status, document, _ = convert_source(name, (FILES / name).read_bytes())
    assert status == "ok", document
    assert {key: getattr(document.metadata, key) for key in expected} == expected
