"""The built portal: every page the corpus needs exists and every internal link resolves."""

from __future__ import annotations

import json
import posixpath
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from vanban.site import write_record

from .conftest import FIXTURE_CORPUS, source_paths


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag, attrs):
        values = dict(attrs)
        for name in ("href", "src"):
            if values.get(name):
                self.links.append(values[name])
        if values.get("id"):
            self.ids.add(values["id"])


def parse(page: Path) -> _Links:
    parser = _Links()
    parser.feed(page.read_text(encoding="utf-8"))
    return parser


def page_url(site: Path, page: Path) -> str:
    relative = page.relative_to(site).as_posix()
    return relative[: -len("index.html")] if relative.endswith("index.html") else relative


def resolve(site: Path, page: Path, link: str) -> Path | None:
    """The file an internal link points to, or None for links to other hosts."""
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith("#") or not parts.path:
        return None
    base = posixpath.dirname(page_url(site, page) + "x")
    # Only 404.html links from the root, as it is served at any address.
    target = posixpath.normpath(posixpath.join(base, unquote(parts.path))).lstrip("/")
    path = site / target
    return path / "index.html" if link.split("#")[0].split("?")[0].endswith("/") or path.is_dir() else path


def test_every_internal_link_of_the_built_site_resolves(built_site):
    broken = []
    checked = 0
    for page in sorted(built_site.rglob("*.html")):
        for link in parse(page).links:
            target = resolve(built_site, page, link)
            if target is None:
                continue
            checked += 1
            if not target.is_file():
                broken.append(f"{page.relative_to(built_site)} → {link}")
    assert broken == []
    assert checked > 500


def test_every_source_has_its_page_with_anchors_and_footnotes(built_site):
    pages = list((built_site / "van-ban").rglob("index.html"))
    assert len(pages) == len(source_paths()) + len(list(FIXTURE_CORPUS.glob("*.txt")))
    article = next(p for p in pages if "tap-chi-cong-san" in p.as_posix())
    html = article.read_text(encoding="utf-8")
    assert 'class="footnote"' in html and 'class="caption"' in html
    directive = built_site / "van-ban/ban-thuong-vu-tinh-uy-quang-tri/2014/27-ct-tu/index.html"
    assert {"muc-1", "muc-2", "muc-2-muc-2-2"} <= parse(directive).ids


def test_cited_documents_people_and_issuers_have_pages(built_site, tmp_path):
    # The seed plan 124/KH-UBND, cited by a fixture letter of the city's Party committee.
    plan = built_site / "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2022/124-kh-ubnd/index.html"
    html = plan.read_text(encoding="utf-8")
    assert "Văn bản dẫn chiếu đến văn bản này" in html
    assert "../../../thanh-uy-hai-phong/2022/210-cv-tu/" in html
    assert (built_site / "dan-chieu/trung-uong/2017/18-nq-tw/index.html").is_file()
    person = (built_site / "nguoi-ky/nguyen-van-tung/index.html").read_text(encoding="utf-8")
    # He signs the 2022 plan as chairman and writes the 2019 article.
    assert "TM. Ủy ban nhân dân, Chủ tịch" in person and "Phó Bí thư Thành ủy" in person
    assert (built_site / "co-quan/thanh-uy-hai-phong/index.html").is_file()


def test_a_record_is_written_from_the_front_matter_and_only_for_a_document(tmp_path):
    meta = {"title": "Chỉ thị 27-CT/TU", "number": "27-CT/TU", "record_url": "api/van-ban/x/2014/27.json"}
    write_record(tmp_path, "van-ban/x/2014/27/", meta)
    record = json.loads((tmp_path / "api/van-ban/x/2014/27.json").read_text(encoding="utf-8"))
    assert record == {**meta, "url": "van-ban/x/2014/27/", "record": "api/van-ban/x/2014/27.json"}
    write_record(tmp_path, "co-quan/x/", {"title": "Ủy ban nhân dân"})
    assert sorted(path.name for path in tmp_path.rglob("*") if path.is_file()) == ["27.json"]
    with pytest.raises(ValueError, match="outside the site"):
        write_record(tmp_path / "site", "van-ban/y/", {"record_url": "../outside.json"})
    assert not (tmp_path / "outside.json").exists()
