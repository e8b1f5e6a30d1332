"""Search the way Vietnamese readers type: queries typed into the header search in Chromium.
The index, the worker's ranking and the one folding are tested in test_searchindex.py."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

import pytest

from .search import search

QUANG_TRI = "van-ban/ban-thuong-vu-tinh-uy-quang-tri/2014/27-ct-tu/"
HAI_PHONG_PLAN = "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2022/124-kh-ubnd/"
HAI_PHONG_LETTER = "van-ban/thanh-uy-hai-phong/2024/1407-cv-tu/"
DIGITAL_PLAN = "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2023/125-kh-ubnd/"
QUANG_NAM_PLAN = "van-ban/uy-ban-nhan-dan-tinh-quang-nam/2022/125-kh-ubnd/"
HUNG_YEN = "van-ban/ban-thuong-vu-tinh-uy-hung-yen/2021/chi-thi-ve-day-manh-cong-tac-cai-cach-hanh-chinh/"
ARTICLE = (
    "van-ban/tap-chi-cong-san/2019/"
    "bai-viet-de-cao-trach-nhiem-nguoi-dung-dau-gan-voi-hoan-thien-phuong-thuc-quan/"
)
THUY = {
    "nguoi-ky/nguyen-thi-thuy/",
    "van-ban/thanh-uy-hai-phong/2022/210-cv-tu/",
    DIGITAL_PLAN,
}

FIRST_RESULT = [
    # Numbers, as written, in lower case, or only the number.
    ("1407-CV/TU", {HAI_PHONG_LETTER}),
    ("1407-cv/tu", {HAI_PHONG_LETTER}),
    ("1407", {HAI_PHONG_LETTER}),
    ("27-CT/TU", {QUANG_TRI}),
    ("124/KH-UBND", {HAI_PHONG_PLAN}),
    ("nghi quyet 18-NQ/TW", {"dan-chieu/trung-uong/2017/18-nq-tw/"}),
    # Without diacritics, d for đ, any case.
    ("dong ha", {QUANG_TRI}),
    ("DONG HA", {QUANG_TRI}),
    ("Đông Hà", {QUANG_TRI}),
    (unicodedata.normalize("NFD", "Đông Hà"), {QUANG_TRI}),
    ("quang tri", {QUANG_TRI}),
    ("chuyen doi so", {DIGITAL_PLAN}),
    ("chuyển đổi số", {DIGITAL_PLAN}),
    ("tu chuyen hoa", {HAI_PHONG_PLAN}),
    ("tự chuyển hoá", {HAI_PHONG_PLAN}),
    ("de cao trach nhiem nguoi dung dau", {ARTICLE}),
    ("cai cach hanh chinh tinh hung yen", {HUNG_YEN}),
    ("ke hoach phat trien du lich", {QUANG_NAM_PLAN}),
    # People, with either tone placement.
    ("le huu phuc", {"nguoi-ky/le-huu-phuc/"}),
    ("nguyen thi thuy", THUY),
    ("Nguyễn Thị Thuỷ", THUY),
    ("Nguyễn Thị Thủy", THUY),
    # An issuer and a year narrow to that issuer's documents of the year.
    ("thanh uy hai phong 1407", {HAI_PHONG_LETTER}),
    (
        "ubnd hai phong 2022",
        {HAI_PHONG_PLAN, "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2022/125-kh-ubnd/"},
    ),
]


@pytest.fixture(scope="module")
def reader(browser, site_url):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(site_url)
    yield page
    page.close()


@pytest.mark.parametrize(
    "query, expected", FIRST_RESULT, ids=[ascii(q) for q, _ in FIRST_RESULT]
)
def test_the_first_result(reader, site_url, query, expected):
    results = search(reader, site_url, query)
    assert results, f"nothing found for {query!r}"
    assert results[0] in expected, results[:3]


def test_an_issuer_and_a_year_list_that_issuers_documents_of_the_year_first(reader, site_url):
    results = search(reader, site_url, "ubnd hai phong 2022")
    assert set(results[:2]) == {
        HAI_PHONG_PLAN,
        "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2022/125-kh-ubnd/",
    }


@pytest.mark.parametrize("spelling", ["hoá", "hóa"])
def test_a_query_typed_with_marks_ranks_its_exact_spelling_first(reader, site_url, built_site, spelling):
    results = search(reader, site_url, spelling)
    assert len(results) > 2  # both spellings are found
    first = (built_site / results[0] / "index.html").read_text(encoding="utf-8")
    assert spelling in first


def test_nothing_is_found_for_words_no_document_has(reader, site_url):
    assert search(reader, site_url, "xyzxyz") == []


def test_a_result_shows_title_type_date_and_issuer(reader, site_url):
    search(reader, site_url, "27-CT/TU")
    first = reader.locator(".md-search-result__list > li").first
    title = first.locator("h1")
    assert "Chỉ thị 27-CT/TU" in title.inner_text()
    # Each matched word is marked once, in the text as written.
    assert title.locator("mark").all_inner_texts() == ["27", "CT", "TU"]
    tags = first.locator(".md-tag").all_inner_texts()
    assert tags[:3] == ["Chỉ thị", "Đông Hà, 11/12/2014", "Ban Thường vụ Tỉnh ủy Quảng Trị"]


def test_a_search_fetches_the_files_of_the_words_typed_not_an_index_of_everything(browser, site_url):
    page = browser.new_page()
    requested: list[str] = []
    page.on("request", lambda request: requested.append(urlsplit(request.url).path))
    page.goto(site_url)
    page.wait_for_load_state("networkidle")
    # A page that is only read fetches none of the index; opening the search starts the
    # download of the entries, before a word is typed.
    assert not any("/search/index/" in path for path in requested)
    with page.expect_request(lambda request: "/search/index/entries." in request.url):
        page.locator("input.md-search__input").click()
    search(page, site_url, "dong ha")
    page.close()
    assert any(path.endswith("/assets/javascripts/workers/search.js") for path in requested)
    assert not any("lunr" in path for path in requested)
    keys = {path.rsplit("/", 1)[1].split(".")[0] for path in requested if "/search/index/terms/" in path}
    # Typed a letter at a time: "d", "do", ..., "dong h", "dong ha".
    assert {"do", "ha"} <= keys <= {"d", "do", "h", "ha"}


def test_search_works_on_a_phone(phone, site_url):
    assert search(phone, site_url, "dong ha")[0] == QUANG_TRI
