"""The portal in headless Chromium: browse pages, document pages, catalogue, open data."""

from __future__ import annotations

import json
import os
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import frontmatter
import pytest

from .conftest import FIXTURE_CORPUS, ROOT, source_paths

BROWSE = ["co-quan/", "nam/", "loai/", "nguoi-ky/"]
AXE_JS = Path(os.environ.get("AXE_JS", ROOT / "tests/.npm/node_modules/axe-core/axe.min.js"))
ATOM = "{http://www.w3.org/2005/Atom}"


def document_count() -> int:
    return len(source_paths()) + len(list(FIXTURE_CORPUS.glob("*.txt")))


def links(page) -> list[str]:
    return page.eval_on_selector_all("article a[href]", "nodes => nodes.map(n => n.href)")


def visit(page, url: str) -> None:
    page.goto(url)
    page.wait_for_load_state("networkidle")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"{url} is {width} px wide on a 375 px phone"
    assert page.console_errors == [], f"{url}: {page.console_errors}"


def document_urls(site_url: str, hrefs: list[str]) -> set[str]:
    return {urlsplit(h).path for h in hrefs if urlsplit(h).path.startswith("/van-ban/")}


@pytest.mark.parametrize("section", BROWSE)
def test_every_browse_page_reaches_every_document(phone, site_url, section):
    visit(phone, site_url + section)
    found = document_urls(site_url, links(phone))
    for sub in sorted({h for h in links(phone) if urlsplit(h).path.startswith("/" + section)}):
        visit(phone, sub)
        found |= document_urls(site_url, links(phone))
    assert len(found) == document_count()


def test_document_pages_fit_a_phone_and_load_nothing_from_other_hosts(phone, site_url):
    catalogue = json.loads(urlopen_text(site_url + "api/van-ban.json"))
    for entry in catalogue["documents"]:
        visit(phone, site_url + entry["url"])
    assert phone.hosts == {urlsplit(site_url).netloc}


def urlopen_text(url: str) -> str:
    from urllib.request import urlopen

    with urlopen(url) as response:
        return response.read().decode("utf-8")


def test_the_metadata_panel_shows_the_documents_fields(phone, site_url):
    visit(phone, site_url + "van-ban/ban-thuong-vu-tinh-uy-quang-tri/2014/27-ct-tu/")
    rows = phone.eval_on_selector_all(
        ".van-ban-panel__list > div",
        "rows => rows.map(r => [r.querySelector('dt').innerText, r.querySelector('dd').innerText])",
    )
    panel = dict(rows)
    assert panel["Số, ký hiệu"] == "27-CT/TU"
    assert panel["Loại văn bản"] == "Chỉ thị"
    assert panel["Cơ quan ban hành"] == "Ban Thường vụ Tỉnh ủy Quảng Trị"
    assert panel["Nơi, ngày ban hành"] == "Đông Hà, ngày 11 tháng 12 năm 2014"
    assert panel["Người ký"].split("\n") == ["Lê Hữu Phúc", "T/M Ban Thường vụ, Bí thư"]
    assert panel["Trích yếu"].startswith("Về tăng cường sự lãnh đạo")
    recipients = phone.locator(".van-ban-panel__recipients")
    assert recipients.get_attribute("open") is None
    recipients.locator("summary").click()
    assert "Bộ Nội vụ" in recipients.inner_text()
    # The source text and the JSON record are one click away and load.
    for name in ("Văn bản gốc (.txt)", "Bản ghi JSON"):
        href = phone.get_by_role("link", name=name).get_attribute("href")
        assert urlopen_text(urljoin(phone.url, href))


def test_a_joint_documents_signers_are_each_shown_and_each_lists_it(phone, site_url):
    visit(phone, site_url + "van-ban/bo-tai-chinh-bo-noi-vu/2015/26-2015-ttlt-btc-bnv/")
    signed = phone.locator(".van-ban-panel__list > div", has_text="Người ký").locator("dd")
    assert [line for line in signed.inner_text().split("\n") if line] == [
        "Lưu Quang Đạt", "KT. Bộ trưởng Bộ Nội vụ, Thứ trưởng",
        "Hà Thị Thu Trang", "KT. Bộ trưởng Bộ Tài chính, Thứ trưởng",
    ]
    signed.get_by_role("link", name="Lưu Quang Đạt").click()
    phone.wait_for_load_state("networkidle")
    assert urlsplit(phone.url).path == "/nguoi-ky/luu-quang-dat/"
    assert "26/2015/TTLT-BTC-BNV" in phone.locator("article").inner_text()
    # Each ministry lists it with its own documents.
    for ministry in ("bo-tai-chinh", "bo-noi-vu"):
        visit(phone, f"{site_url}co-quan/{ministry}/")
        assert "/van-ban/bo-tai-chinh-bo-noi-vu/2015/26-2015-ttlt-btc-bnv/" in {urlsplit(h).path for h in links(phone)}


def test_printing_gives_metadata_and_text_without_the_sites_chrome(phone, site_url):
    visit(phone, site_url + "van-ban/ban-thuong-vu-tinh-uy-quang-tri/2014/27-ct-tu/")
    phone.emulate_media(media="print")
    assert not phone.locator(".md-header").is_visible()
    assert not phone.locator(".md-footer").is_visible()
    assert phone.locator(".van-ban-panel__recipients-print").is_visible()
    assert "Văn phòng Trung ương (b/c)" in phone.locator(".van-ban-panel__recipients-print").inner_text()
    assert phone.locator("article").inner_text().count("Cải cách hành chính là một trong") == 1


def test_the_catalogue_filters_by_several_criteria_at_once(phone, site_url):
    visit(phone, site_url + "tra-cuu/")
    rows = phone.locator(".tra-cuu tbody tr")
    assert rows.count() == document_count()
    phone.select_option("select[name=issuer]", "Ủy ban nhân dân thành phố Hải Phòng")
    phone.select_option("select[name=year]", "2023")
    assert phone.locator(".tra-cuu tbody tr:visible").count() == 1
    assert "Chuyển đổi số năm 2023" in phone.locator(".tra-cuu tbody tr:visible").inner_text()
    phone.select_option("select[name=year]", "")
    phone.fill("input[name=q]", "chuyen doi so")
    assert phone.locator(".tra-cuu tbody tr:visible").count() == 1
    phone.fill("input[name=q]", "125/KH-UBND")
    assert phone.locator(".tra-cuu tbody tr:visible").count() == 2


def test_the_catalogue_works_from_the_keyboard(phone, site_url):
    visit(phone, site_url + "tra-cuu/")
    phone.focus("select[name=doc_type]")
    phone.keyboard.press("ArrowDown")
    chosen = phone.eval_on_selector("select[name=doc_type]", "s => s.value")
    assert chosen
    visible = phone.locator(".tra-cuu tbody tr:visible")
    assert 0 < visible.count() < document_count()
    assert all(chosen in text for text in visible.all_inner_texts())


def test_the_catalogue_shows_every_document_without_javascript(browser, site_url):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(site_url + "tra-cuu/")
    assert page.locator(".tra-cuu tbody tr:visible").count() == document_count()
    context.close()


@pytest.mark.parametrize(
    "path",
    ["", "co-quan/", "nam/", "loai/", "nguoi-ky/", "tra-cuu/",
     "van-ban/ban-thuong-vu-tinh-uy-quang-tri/2014/27-ct-tu/", "nguoi-ky/nguyen-van-tung/"],
)
def test_axe_finds_no_serious_or_critical_violation(phone, site_url, path):
    assert AXE_JS.is_file(), "axe-core is missing: run `make browser`"
    visit(phone, site_url + path)
    phone.add_script_tag(path=str(AXE_JS))
    result = phone.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    serious = [
        f"{v['id']}: {v['help']} ({len(v['nodes'])})"
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert serious == []


def test_no_english_left_in_the_interface(phone, site_url):
    visit(phone, site_url)
    text = phone.content()
    for english in ("Initializing search", "Contributors", "Back to top", "Table of contents"):
        assert english not in text
    assert phone.get_attribute("html", "lang") == "vi"


def test_the_json_catalogue_records_and_feed_list_every_document(built_site):
    data = json.loads((built_site / "api/van-ban.json").read_text(encoding="utf-8"))
    assert data["count"] == len(data["documents"]) == document_count()
    for entry in data["documents"]:
        assert (built_site / entry["url"] / "index.html").is_file()
        # The record is everything the page's front matter says, and where both are.
        record = json.loads((built_site / entry["record"]).read_text(encoding="utf-8"))
        page = frontmatter.load(str(built_site.parent / "docs" / entry["url"].rstrip("/")) + ".md")
        assert record == {**page.metadata, "url": entry["url"], "record": entry["record"]}
        assert record["number"] == entry["number"] and record["title"] == entry["title"]
        assert (built_site / entry["source"]).is_file()
    feed = ET.parse(built_site / "feed.xml").getroot()
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == document_count()
    assert [e.find(f"{ATOM}title").text for e in entries] == [d["title"] for d in data["documents"]]
    sitemap = (built_site / "sitemap.xml").read_text(encoding="utf-8")
    assert all(entry["url"] in sitemap for entry in data["documents"])


def test_home_page_lists_the_newest_documents_and_the_ways_in(phone, site_url):
    visit(phone, site_url)
    newest = document_urls(site_url, links(phone))
    assert len(newest) == min(10, document_count())
    for section in BROWSE + ["tra-cuu/"]:
        assert any(urlsplit(h).path == "/" + section for h in links(phone))
