"""Stage body: re-flow, outline, anchors, footnotes, captions and escaping."""

from __future__ import annotations

import html as html_module
from html.parser import HTMLParser

import markdown
import pytest

from vanban.body import escape_block, escape_inline, paragraphs, render_body
from vanban.layout import read_lines
from vanban.text import slugify


def render(text: str, footnotes: str = "") -> str:
    return render_body(read_lines(text), read_lines(footnotes) if footnotes else [])


def to_html(markdown_text: str) -> str:
    return markdown.markdown(
        markdown_text,
        extensions=["attr_list", "footnotes", "toc"],
        extension_configs={"toc": {"slugify": slugify}},
    )


def visible_text(html: str) -> str:
    """What a reader sees: the text nodes, entities decoded."""
    parts: list[str] = []
    parser = HTMLParser(convert_charrefs=True)
    parser.handle_data = parts.append
    parser.feed(html)
    return "".join(parts)


def test_hard_wrapped_lines_are_joined_and_short_lines_end_paragraphs():
    text = (
        "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị về đẩy mạnh\n"
        "xây dựng, chỉnh đốn Đảng và hệ thống chính trị, Ủy ban nhân dân tỉnh ban\n"
        "hành Kế hoạch thực hiện như sau:\n"
        "1. Tổ chức\n"
        "thực hiện thắng lợi mục tiêu.\n"
        "Các sở, ngành phối hợp chặt\n"
        "chẽ với cấp ủy.\n"
    )
    assert [p.text for p in paragraphs(read_lines(text))] == [
        "Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Bộ Chính trị về đẩy mạnh "
        "xây dựng, chỉnh đốn Đảng và hệ thống chính trị, Ủy ban nhân dân tỉnh ban "
        "hành Kế hoạch thực hiện như sau:",
        "1. Tổ chức thực hiện thắng lợi mục tiêu.",
        "Các sở, ngành phối hợp chặt chẽ với cấp ủy.",
    ]


def test_a_sentence_cut_by_a_page_break_is_joined_across_the_blank_line():
    text = "Công tác này chưa đáp\n\nứng yêu cầu.\n\nNăm 2024, tỉnh đạt kết quả.\n"
    assert [p.text for p in paragraphs(read_lines(text))] == [
        "Công tác này chưa đáp ứng yêu cầu.",
        "Năm 2024, tỉnh đạt kết quả.",
    ]


def test_siblings_share_a_level_whatever_the_source_heading_levels():
    markdown_text = render(
        "### 1. Về cải cách thể chế\n\nNội dung một.\n\n"
        "## 2. Về thủ tục hành chính\n\nNội dung hai.\n\n"
        "#### 3. Về tài chính công\n\nNội dung ba.\n"
    )
    headings = [line for line in markdown_text.splitlines() if line.startswith("#")]
    assert headings == [
        "## 1. Về cải cách thể chế {: #muc-1 }",
        "## 2. Về thủ tục hành chính {: #muc-2 }",
        "## 3. Về tài chính công {: #muc-3 }",
    ]


def test_outline_ids_are_hierarchical_and_stable():
    html = to_html(
        render(
            "I. MỤC ĐÍCH\n\n1. Nâng cao nhận thức\n\n"
            "a) Tuyên truyền rộng rãi trong cán bộ, đảng viên và Nhân dân về nội dung kế hoạch.\n\n"
            "d) Kiểm tra việc thực hiện.\n\nđ) Sơ kết, tổng kết.\n\n"
            "II. NHIỆM VỤ\n\n1.1. Rà soát\n\nMột là, đổi mới tư duy.\n"
        )
    )
    for anchor in ("phan-i", "phan-i-muc-1", "phan-i-muc-1-diem-a", "phan-i-muc-1-diem-d",
                   "phan-i-muc-1-diem-dd", "phan-ii", "phan-ii-muc-1-1", "phan-ii-mot-la"):
        assert f'id="{anchor}"' in html, anchor
    assert html.count('id="phan-i-muc-1-diem-d"') == 1


def test_lettered_points_and_dashes_are_list_like_not_headings():
    html = to_html(render("1. Nhiệm vụ\n\na) Rà soát văn bản.\n\n- Ý thứ nhất;\n- Ý thứ hai.\n"))
    assert "<h2" in html and "<h3" not in html
    assert "<li>Ý thứ nhất;</li>" in html
    assert "<strong>a)</strong> Rà soát văn bản." in html


def test_footnote_markers_with_a_footnote_become_footnotes():
    html = to_html(render("Đã ban hành văn bản(1). Xem thêm (2).\n", "(1) Gồm quy định về cán bộ.\n"))
    assert 'class="footnote-ref"' in html
    assert "Gồm quy định về cán bộ." in html
    assert "(2)" in html


def test_a_footnote_with_no_marker_is_kept_as_text():
    html = to_html(render("Văn bản không có dấu chú thích.\n", "(1) Ghi chú mồ côi.\n"))
    assert "(1) Ghi chú mồ côi." in html


def test_photo_caption_is_marked_as_a_caption():
    html = to_html(render("Quang cảnh hội nghị tổng kết_Ảnh: Trần Hùng\n"))
    assert '<p class="caption">Quang cảnh hội nghị tổng kết — <em>Ảnh: Trần Hùng</em></p>' in html


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert('x')</script>",
        '<img src=x onerror="alert(1)">',
        "[bấm vào đây](javascript:alert(1))",
        "{{ config.site_name }} {% include 'x' %}",
        "`code` <b>đậm</b> &amp; ![ảnh](http://example.invalid/a.png)",
        # Entities are read as their characters, which are then shown as text like the rest.
        "&lt;script&gt;alert(1)&lt;/script&gt; &#60;img src=x onerror=alert(1)&#62;",
        "# không phải tiêu đề",
        "1. không phải danh sách",
        "- không phải danh sách",
        "> không phải trích dẫn",
        "{: #injected .class }",
    ],
)
def test_hostile_text_reaches_the_page_as_visible_text(hostile):
    html = to_html(render(f"Văn bản có nội dung: {hostile}\n\n{hostile}\n"))
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert 'href="javascript' not in html and "<a " not in html and "<code>" not in html
    assert "<h1" not in html and "<ol>" not in html and "<blockquote>" not in html
    assert 'id="injected"' not in html
    assert html_module.unescape(hostile) in visible_text(html)


def test_escape_keeps_the_source_emphasis_only():
    assert escape_inline("(*Chương trình số 72-CTr/TU*)") == "(*Chương trình số 72-CTr/TU*)"
    assert escape_inline("a_b * c") == "a\\_b \\* c"
    assert escape_block("2. Nội dung") == "2\\. Nội dung"
