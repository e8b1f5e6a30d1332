"""Stage 7, write (open data): the JSON catalogue, one JSON record per document, the feed.

``api/van-ban.json`` lists every document's metadata and address. Each document also has
its own record (``api/van-ban/<issuer>/<year>/<number>.json``) with everything its front
matter says; the site build writes it from the page's front matter as MkDocs read it, so
build_corpus writes (and MkDocs copies) no file for it. The Atom feed is made from the
catalogue at site build time too (it needs the site's own address), by the hook in hooks/.
"""

from __future__ import annotations

import html
import json
from typing import Any

from .model import Document

CATALOGUE_PATH = "api/van-ban.json"
FEED_ENTRIES = 50


def record_path(document: Document) -> str:
    """Where a document's JSON record is published in the site."""
    return "api/" + document.url.rstrip("/") + ".json"


def source_path(document: Document) -> str:
    """Where the source is published: a Word or PDF file as received, a text source as
    ``.txt`` (so that no source ever becomes a page of the site)."""
    name = document.metadata.source
    if document.original is not None or name.lower().endswith(".txt"):
        return f"nguon/{name}"
    return f"nguon/{name}.txt"


def summary(document: Document) -> dict[str, Any]:
    """A document's line in the catalogue."""
    meta = document.metadata
    return {
        "title": meta.title,
        "doc_type": meta.doc_type,
        "number": meta.number,
        "issuer": meta.issuer,
        "system": meta.system,
        "province": meta.province,
        "place": meta.place,
        "date": meta.date,
        "subject": meta.subject,
        "signer": meta.signer,
        "signer_title": meta.signer_title,
        "url": document.url,
        "record": record_path(document),
        "source": source_path(document),
    }


def record(url: str, front_matter: dict[str, Any]) -> dict[str, Any]:
    """A document's JSON record: its page's front matter, its address and its record's."""
    return {**front_matter, "url": url, "record": front_matter["record_url"]}


def dumps(value: Any) -> str:
    """JSON as the site serves it: UTF-8 text, stable key order, no white space between
    values (the catalogue is downloaded whole), one final newline."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":")) + "\n"


def catalogue(documents: list[Document]) -> dict[str, Any]:
    return {"count": len(documents), "documents": [summary(document) for document in documents]}


def escape(text: str) -> str:
    """"&", "<" and ">" escaped for XML, as ``xml.sax.saxutils.escape`` does; importing that
    module pulls in urllib's HTTP client, a twentieth of a second of every build."""
    return html.escape(text, quote=False)


def atom_feed(catalogue_data: dict[str, Any], site_url: str, site_name: str) -> str:
    """An Atom feed of the newest documents, with absolute links under ``site_url``.

    Entries carry the document's own date (not the build's), so the same corpus always
    gives the same feed.
    """
    base = site_url if site_url.endswith("/") else site_url + "/"
    entries = catalogue_data["documents"][:FEED_ENTRIES]
    updated = _timestamp(entries[0]["date"]) if entries else "1970-01-01T00:00:00Z"
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        f"  <title>{escape(site_name)}</title>",
        f"  <id>{escape(base)}</id>",
        f'  <link rel="alternate" href="{escape(base)}"/>',
        f'  <link rel="self" href="{escape(base)}feed.xml"/>',
        f"  <updated>{updated}</updated>",
    ]
    for entry in entries:
        url = escape(base + entry["url"])
        details = " — ".join(
            part for part in (entry.get("issuer"), entry.get("number"), entry.get("subject")) if part
        )
        lines += [
            "  <entry>",
            f"    <title>{escape(entry['title'])}</title>",
            f"    <id>{url}</id>",
            f'    <link rel="alternate" href="{url}"/>',
            f"    <updated>{_timestamp(entry.get('date'))}</updated>",
            f"    <author><name>{escape(entry.get('issuer') or entry.get('signer') or site_name)}</name></author>",
            f"    <summary>{escape(details)}</summary>",
            "  </entry>",
        ]
    lines.append("</feed>")
    return "\n".join(lines) + "\n"


def _timestamp(date: str | None) -> str:
    """An Atom date from a date of any precision ("2021" is 2021-01-01)."""
    if not date:
        return "1970-01-01T00:00:00Z"
    parts = (date.split("-") + ["01", "01"])[:3]
    return f"{parts[0]}-{parts[1]}-{parts[2]}T00:00:00Z"
