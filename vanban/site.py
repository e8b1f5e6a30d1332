"""What the MkDocs build adds to the generated pages, called from hooks/portal.py.

The Atom feed needs the site's own address (``site_url``), which only the MkDocs
configuration knows, so it is made during the site build from the JSON catalogue that
build_corpus wrote. Each document's JSON record is its page's front matter, so it is
written as MkDocs reads the page, straight into the site: a file fewer per document for
build_corpus to write and for MkDocs to copy.
"""

from __future__ import annotations

import html
import json
import os
from pathlib import Path

from .catalogue import CATALOGUE_PATH, atom_feed, dumps, record
from .corpus import GENERATED_DIRS
from .searchindex import write_static_index

FEED_PATH = "feed.xml"


def feed_text(docs_dir: str | Path, site_url: str | None, site_name: str) -> str | None:
    """The feed of the newest documents, or None when no catalogue was generated."""
    catalogue_file = Path(docs_dir) / CATALOGUE_PATH
    if not catalogue_file.is_file():
        return None
    data = json.loads(catalogue_file.read_text(encoding="utf-8"))
    return atom_feed(data, site_url or "/", site_name)


def write_record(site_dir: str | Path, url: str, meta: dict) -> None:
    """Write a document page's JSON record into the site, from the front matter as MkDocs
    read it (before any hook adds to it); a page that is not a document has none."""
    relative = meta.get("record_url")
    if not isinstance(relative, str) or not relative.endswith(".json"):
        return
    path = os.path.normpath(os.path.join(site_dir, relative))
    if not path.startswith(os.path.join(os.path.normpath(site_dir), "")):
        raise ValueError(f"{url}: record_url {relative!r} points outside the site")
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="\n") as file:
        file.write(dumps(record(url, meta)))


# ---------------------------------------------------------------------------------------
# Search: what a result shows and what weighs most

SEARCH_INDEX_PATH = "search/search_index.json"
CITED_BY_ID = "van-ban-dan-chieu-den"
# Document numbers split at "-" and "/" so "1407", "CV" and "TU" are each found, and a
# date "20/05/2022" gives its year. The two spaces named are spaces to one of Python's and
# JavaScript's "\s" and not to the other; the index and the worker split alike.
SEARCH_SEPARATOR = r"[\s\u0085\ufeff\-/]+"
# The title (type, number, subject) and the tags (type, place and date, issuer, signer)
# weigh alike, far over the body text.
SEARCH_FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000.0}}
_ABBREVIATIONS = (("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"))


def search_tags(meta: dict) -> list[str]:
    """What a search result shows of a document besides its title: type, place and date,
    issuer, signer."""
    from .pages import display_date

    when = display_date(meta.get("date"))
    if meta.get("place"):
        when = f"{meta['place']}, {when}" if when else meta["place"]
    cosigners = [other.get("signer") for other in meta.get("cosigners") or []]
    tags = [meta.get("doc_type"), when, meta.get("issuer"), *cosigners, meta.get("signer")]
    return [str(tag) for tag in tags if tag]


def search_aliases(meta: dict) -> str:
    """Short forms readers type for the issuer ("UBND thành phố Hải Phòng")."""
    issuer = meta.get("issuer") or ""
    forms = [issuer.replace(long, short) for long, short in _ABBREVIATIONS if long in issuer]
    return " ".join(forms)


def search_entry(url: str, title: str, meta: dict, headings: list[str]) -> dict:
    """The one search entry of a generated page, as Material's index holds entries (HTML).

    A document is found by its title, its tags, its subject and the titles of its
    sections; a listing by its title. Every value is escaped: Material shows them as HTML.
    """
    entry: dict = {"location": url, "title": html.escape(title), "text": ""}
    if meta.get("source_url"):
        entry["tags"] = [html.escape(tag) for tag in search_tags(meta)]
        parts = [meta.get("subject") or "", *headings, search_aliases(meta)]
        entry["text"] = html.escape(" · ".join(part for part in parts if part))
    return entry


def toc_titles(items) -> list[str]:
    """The titles of a page's table of contents, every level, in order."""
    titles: list[str] = []
    for item in items:
        if item.id == CITED_BY_ID:  # the portal's own section, not the document's
            continue
        titles.append(item.title)
        titles.extend(toc_titles(item.children))
    return titles


def is_generated_page(path: str) -> bool:
    """Whether a page (by its source path or its URL) is one build_corpus generated."""
    return path.split("/", 1)[0].split("#", 1)[0] in GENERATED_DIRS


def merge_search_entries(shards: list[list[dict]]) -> list[dict]:
    """The entries of several shards' indexes as one build would list them: Material's
    entries for the hand-written pages first, in their order, then the generated pages'
    entries in address order."""
    entries = [entry for shard in shards for entry in shard]
    handwritten = [entry for entry in entries if not is_generated_page(entry["location"])]
    generated = [entry for entry in entries if is_generated_page(entry["location"])]
    return handwritten + sorted(generated, key=lambda entry: entry["location"])


def exclude_other_shards(files, shard: tuple[int, int] | None) -> None:
    """In a sharded build, leave to the other shards the files that are theirs to render
    or copy: they stay known (links to them resolve), but are not built here. The first
    shard takes the hand-written pages and the theme's files; a generated file (a page, a
    published source) goes to the shard its path hashes to, so no file is copied twice."""
    if shard is None:
        return
    from mkdocs.structure.files import InclusionLevel

    from .sitebuild import shard_of

    index, count = shard
    for file in files:
        owner = shard_of(file.src_uri, count) if is_generated_page(file.src_uri) else 0
        if owner != index:
            file.inclusion = InclusionLevel.EXCLUDED


def write_search_index(site_dir: str | Path, entries: list[dict], with_static_index: bool = True) -> None:
    """Add the generated pages' entries to the index Material wrote for the hand-written
    pages, with the portal's separator and weights, and (unless a sharded build leaves it
    to the merge) write the static index the portal's search worker reads.

    Material's index would hold every section's full text, and parsing every page for it
    is a fifth of the site build; generated pages are excluded from it and given one
    compact entry each instead.
    """
    path = Path(site_dir) / SEARCH_INDEX_PATH
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    data["config"]["separator"] = SEARCH_SEPARATOR
    data["config"]["fields"] = SEARCH_FIELDS
    data["docs"].extend(sorted(entries, key=lambda entry: entry["location"]))
    if with_static_index:
        write_static_index(site_dir, data)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
