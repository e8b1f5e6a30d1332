"""What the MkDocs build adds to the generated pages, called from hooks/portal.py.

The Atom feed needs the site's own address (``site_url``), which only the MkDocs
configuration knows, so it is made during the site build from the JSON catalogue that
build_corpus wrote.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .catalogue import CATALOGUE_PATH, atom_feed
from .corpus import GENERATED_DIRS

FEED_PATH = "feed.xml"


def feed_text(docs_dir: str | Path, site_url: str | None, site_name: str) -> str | None:
    """The feed of the newest documents, or None when no catalogue was generated."""
    catalogue_file = Path(docs_dir) / CATALOGUE_PATH
    if not catalogue_file.is_file():
        return None
    data = json.loads(catalogue_file.read_text(encoding="utf-8"))
    return atom_feed(data, site_url or "/", site_name)


# ---------------------------------------------------------------------------------------
# Search: what a result shows and what weighs most

SEARCH_INDEX_PATH = "search/search_index.json"
# Document numbers split at "-" and "/" so "1407", "CV" and "TU" are each found, and a
# date "20/05/2022" gives its year.
SEARCH_SEPARATOR = r"[\s\-/]+"
# The title (type, number, subject) and the tags (type, place and date, issuer, signer)
# weigh alike, far over the body text.
SEARCH_FIELDS = {"title": {"boost": 1000.0}, "text": {"boost": 1.0}, "tags": {"boost": 1000.0}}
# Generated listings are found by their titles; their lists are the documents' own entries.
GENERATED_LISTINGS = frozenset(GENERATED_DIRS) - {"van-ban"}
_ABBREVIATIONS = (("Ủy ban nhân dân", "UBND"), ("Hội đồng nhân dân", "HĐND"))


def search_tags(meta: dict) -> list[str]:
    """What a search result shows of a document besides its title: type, place and date,
    issuer, signer."""
    from .pages import display_date

    when = display_date(meta.get("date"))
    if meta.get("place"):
        when = f"{meta['place']}, {when}" if when else meta["place"]
    tags = [meta.get("doc_type"), when, meta.get("issuer"), meta.get("signer")]
    return [str(tag) for tag in tags if tag]


def search_aliases(meta: dict) -> str:
    """Short forms readers type for the issuer ("UBND thành phố Hải Phòng")."""
    issuer = meta.get("issuer") or ""
    forms = [issuer.replace(long, short) for long, short in _ABBREVIATIONS if long in issuer]
    return " ".join(forms)


def enrich_search_index(site_dir: str | Path, documents: dict[str, dict]) -> None:
    """Make the search index the portal's: one compact entry per page, tags, settings.

    ``documents`` maps a document page's URL (as in the index's ``location``) to its front
    matter. Material's index holds every section's full text, which the browser downloads
    and indexes on every visit (3 s for 1,000 documents in lunr, before any folding); so a
    document is indexed by its title, its tags, its subject and the titles of its
    sections, and a generated listing by its title alone. Body text is read on the page.
    """
    path = Path(site_dir) / SEARCH_INDEX_PATH
    if not path.is_file():
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    data["config"]["separator"] = SEARCH_SEPARATOR
    data["config"]["fields"] = SEARCH_FIELDS
    entries: list[dict] = []
    headings: dict[str, list[str]] = {}
    for entry in data["docs"]:
        page, _, section = entry["location"].partition("#")
        if page in documents:
            if section:
                headings.setdefault(page, []).append(_plain(entry["title"]))
                continue
            meta = documents[page]
            entry["tags"] = search_tags(meta)
            entry["text"] = ""
        elif page.split("/", 1)[0] in GENERATED_LISTINGS:
            if section:
                continue
            entry["text"] = ""
        entries.append(entry)
    for entry in entries:
        meta = documents.get(entry["location"])
        if meta is None:
            continue
        parts = [meta.get("subject") or "", *headings.get(entry["location"], []), search_aliases(meta)]
        entry["text"] = " · ".join(part for part in parts if part)
    data["docs"] = entries
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def _plain(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).strip()
