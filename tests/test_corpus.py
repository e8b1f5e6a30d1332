"""The corpus pass: citations resolve by identity, cited-by lists, people and issuers.

The fixture corpus holds three plans numbered 125/KH-UBND (Hải Phòng 2022, Hải Phòng
2023, Quảng Nam 2022), a Party letter citing one of them by "của Ủy ban nhân dân thành
phố", a notice citing another with no issuer at all, and central resolutions cited from
several documents.
"""

from __future__ import annotations

import copy
import posixpath
import re
from pathlib import Path
from unittest import mock

import frontmatter
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from vanban import pages
from vanban.corpus import assemble
from vanban.identities import is_central_number, sentence_around
from vanban.pages import relative_link
from vanban.pipeline import build, convert_bytes
from vanban.write import render_page

FIXTURES = Path(__file__).resolve().parent / "fixtures" / "corpus"


@pytest.fixture(scope="module")
def corpus():
    documents = [convert_bytes(path.read_bytes(), path.name) for path in sorted(FIXTURES.glob("*.txt"))]
    result = assemble(documents)
    assert result.problems == []
    return result


def by_source(corpus, name):
    return next(doc for doc in corpus.documents if doc.metadata.source == name)


def cite(document, number):
    return next(c for c in document.metadata.cites if c.number == number)


def test_a_citation_naming_the_city_resolves_to_that_citys_plan_of_that_year(corpus):
    letter = by_source(corpus, "hp_cong_van_thanh_uy.txt")
    plan = by_source(corpus, "hp_ke_hoach_2022.txt")
    citation = cite(letter, "125/KH-UBND")
    assert citation.in_corpus and citation.url == plan.url
    assert plan.url == "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2022/125-kh-ubnd/"


def test_same_number_of_another_year_or_province_is_not_linked(corpus):
    later = by_source(corpus, "hp_ke_hoach_2023.txt")
    quang_nam = by_source(corpus, "qn_ke_hoach_2022.txt")
    cited_by_hai_phong = {ref.citing.metadata.source for ref in later.cited_by}
    assert cited_by_hai_phong == set()
    assert {ref.citing.metadata.source for ref in quang_nam.cited_by} == {"qn_thong_bao.txt"}


def test_a_citation_naming_no_issuer_resolves_within_the_citing_province(corpus):
    notice = by_source(corpus, "qn_thong_bao.txt")
    plan = by_source(corpus, "qn_ke_hoach_2022.txt")
    assert cite(notice, "125/KH-UBND").url == plan.url


def test_cited_by_keeps_the_sentence_that_cites(corpus):
    plan = by_source(corpus, "hp_ke_hoach_2022.txt")
    [reference] = plan.cited_by
    assert reference.citing.metadata.source == "hp_cong_van_thanh_uy.txt"
    assert reference.sentence.startswith("Ban Thường vụ Thành ủy đề nghị triển khai Kế hoạch số 125/KH-UBND")
    assert reference.sentence.endswith("về cải cách hành chính.")


def test_a_central_document_cited_by_several_documents_has_one_shared_page(corpus):
    pages = [page for page in corpus.cited if page.number == "18-NQ/TW"]
    assert len(pages) == 1
    [page] = pages
    assert page.key == ("trung-uong", "2017", "18-nq-tw")
    assert page.date == "2017-10-25"
    assert sorted(ref.citing.metadata.source for ref in page.references) == [
        "hp_cong_van_thanh_uy.txt",
        "hp_ke_hoach_2022.txt",
        "qn_thong_bao.txt",
    ]
    # The undated mention in the letter joined the one dated page of that number.
    letter = by_source(corpus, "hp_cong_van_thanh_uy.txt")
    assert cite(letter, "18-NQ/TW").url == page.url
    assert cite(letter, "19-NQ/TW").url == "dan-chieu/trung-uong/khong-ro-nam/19-nq-tw/"


def test_body_citations_become_relative_links_to_existing_pages(corpus, tmp_path):
    letter = by_source(corpus, "hp_cong_van_thanh_uy.txt")
    page = frontmatter.loads(render_page(letter)).content
    assert "Kế hoạch số [125/KH-UBND](../../uy-ban-nhan-dan-thanh-pho-hai-phong/2022/125-kh-ubnd.md)" in page
    assert "[18-NQ/TW](../../../dan-chieu/trung-uong/2017/18-nq-tw.md)" in page
    assert "[19-NQ/TW](../../../dan-chieu/trung-uong/khong-ro-nam/19-nq-tw.md)" in page


def test_every_link_of_every_written_page_points_to_a_written_page(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    for path in FIXTURES.glob("*.txt"):
        (sources / path.name).write_bytes(path.read_bytes())
    docs = tmp_path / "docs"
    report = build(sources, docs)
    assert report.problems == []
    links = 0
    for page in docs.rglob("*.md"):
        for target in re.findall(r"\]\(([^)#]+\.md)\)", page.read_text(encoding="utf-8")):
            links += 1
            assert (page.parent / target).resolve().is_file(), f"{page}: {target}"
    assert links > 20


def test_the_cited_page_lists_the_citing_documents_with_their_sentences(corpus):
    from vanban.pages import cited_document_page

    page = next(page for page in corpus.cited if page.number == "18-NQ/TW")
    meta, body = cited_document_page(page)
    assert meta["title"] == "Nghị quyết 18-NQ/TW"
    assert body.count("](../../") == 3
    assert "Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017 về sắp xếp bộ máy." in body


def test_a_person_written_with_either_tone_placement_is_one_person(corpus):
    [person] = [p for p in corpus.people if p.slug == "nguyen-thi-thuy"]
    assert person.name == "Nguyễn Thị Thủy"
    titles = {work.document.metadata.source: work.title for work in person.works}
    assert titles == {
        "hp_ke_hoach_2023.txt": "KT. Chủ tịch, Phó Chủ tịch",
        "hp_cong_van_thanh_uy.txt": "T/M Ban Thường vụ, Phó Bí thư",
    }


def test_each_issuer_lists_its_documents_newest_first(corpus):
    issuer = next(i for i in corpus.issuers if i.slug == "uy-ban-nhan-dan-thanh-pho-hai-phong")
    assert issuer.name == "Ủy ban nhân dân thành phố Hải Phòng"
    assert [doc.metadata.date for doc in issuer.documents] == ["2023-06-02", "2022-05-20"]
    assert {i.slug for i in corpus.issuers} == {
        "uy-ban-nhan-dan-thanh-pho-hai-phong",
        "uy-ban-nhan-dan-tinh-quang-nam",
        "thanh-uy-hai-phong",
        # A joint circular: listed under the pair, and under each ministry.
        "bo-tai-chinh-bo-noi-vu",
        "bo-tai-chinh",
        "bo-noi-vu",
    }
    for slug in ("bo-tai-chinh", "bo-noi-vu"):
        [joint] = next(i for i in corpus.issuers if i.slug == slug).documents
        assert joint.metadata.number == "26/2015/TTLT-BTC-BNV"


@pytest.mark.parametrize(
    "number, central",
    [("45-NQ/TW", True), ("36-HD/VPTW", True), ("37/2014/NĐ-CP", True), ("15/2023/QH15", True),
     ("125/KH-UBND", False), ("56-CTr/TU", False), ("3456/BTC-NSNN", False)],
)
def test_central_symbols(number, central):
    assert is_central_number(number) is central


def test_sentence_around_stops_at_the_sentence_not_at_a_date():
    text = "Mở đầu. Căn cứ Quyết định số 5/QĐ-UBND ngày 2/3/2020, làm ngay; tiếp theo."
    start = text.index("Quyết")
    assert sentence_around(text, start, start + 30) == "Căn cứ Quyết định số 5/QĐ-UBND ngày 2/3/2020, làm ngay;"


def sentence_by_definition(text: str, start: int, end: int) -> str:
    """From just after the last stop before ``start`` to the first stop after ``end``."""
    opening = max(text.rfind(stop, 0, start) for stop in (". ", "; ", "\n", "! ", "? "))
    begin = 0 if opening < 0 else opening + (1 if text[opening] == "\n" else 2)
    closing = [at for stop in (". ", ".\n", "; ", ";\n", "\n", "! ", "? ") if (at := text.find(stop, end)) >= 0]
    finish = min(closing) + (0 if text[min(closing)] == "\n" else 1) if closing else len(text)
    return " ".join(text[begin:finish].split())


@settings(max_examples=300)
@given(
    st.lists(st.one_of(st.sampled_from([". ", ".\n", "; ", "! ", "? ", "\n", ".", ";"]),
                       st.text(alphabet="ab ", min_size=0, max_size=700)), max_size=12),
    st.data(),
)
def test_sentence_around_is_the_sentence_between_the_nearest_stops(parts, data):
    text = "".join(parts)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert sentence_around(text, start, end) == sentence_by_definition(text, start, end)


@given(
    st.lists(st.sampled_from(["van-ban", "dan-chieu", "a", "2014", "1.md", "index.md"]), min_size=1, max_size=4),
    st.lists(st.sampled_from(["van-ban", "dan-chieu", "a", "2014", "1.md", "index.md"]), min_size=1, max_size=4),
)
def test_relative_links_are_the_links_posixpath_would_write(source, target):
    from_path, to_path = "/".join(source), "/".join(target)
    assert relative_link(from_path, to_path) == posixpath.relpath(
        to_path, posixpath.dirname(from_path) or "."
    )


_BODY_PIECES = [
    "Kế hoạch số 125/KH-UBND", "Nghị quyết 18 - NQ/TW", "18-nq/tw", "số 118-NQ/TW", "Số: 19–NQ/TW",
    "124 /KH-UBND", "ngày 18/5/2022", "Điều 1.", "{: #dieu-1 }", "[^1]: 125/KH-UBND", "1", "25", " ", "\n",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_BODY_PIECES), max_size=30))
@example(["Nghị quyết 18 - NQ/TW"])
@example(["Số: 19–NQ/TW", "\n", "Kế hoạch số 125/KH-UBND"])
def test_lines_left_unscanned_for_citations_hold_no_number_to_link(corpus, pieces):
    """Linking skips the lines that hold none of the cited numbers' first digits; scanning
    every line (the empty string stands in every line) links the same numbers."""
    letter = copy.copy(by_source(corpus, "hp_cong_van_thanh_uy.txt"))
    letter.body = "".join(pieces)
    linked = pages.link_citations_in_body(letter)
    with mock.patch.object(pages, "_first_digits", lambda keys: {""}):
        assert pages.link_citations_in_body(letter) == linked


def test_a_joint_documents_co_signer_has_the_work_on_their_page():
    path = Path(__file__).resolve().parent / "fixtures" / "shapes" / "ttlt_web_two_signatures.md"
    corpus = assemble([convert_bytes(path.read_bytes(), path.name)])
    works = {person.name: [work.title for work in person.works] for person in corpus.people}
    assert works == {
        "Hà Thị Thu Trang": ["KT. Bộ trưởng Bộ Tài chính, Thứ trưởng"],
        "Lưu Quang Đạt": ["KT. Bộ trưởng Bộ Nội vụ, Thứ trưởng"],
    }
