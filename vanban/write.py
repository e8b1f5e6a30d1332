"""Stage 7, write: each document as a Markdown page with YAML front matter.

Pages go only under ``<docs>/van-ban/``; hand-written pages elsewhere in docs/ are never
touched. Output is deterministic: a fixed key order, Unicode kept, one final newline, and a
file is rewritten only when its bytes change. Pages whose source is gone are removed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import frontmatter

from .corpus import GENERATED_DIR
from .model import Citation, Document, Metadata


def front_matter(document: Document) -> dict[str, Any]:
    """The front matter of a page, keys in the order of the contract (DESIGN.md)."""
    meta: Metadata = document.metadata
    layout = document.layout
    data: dict[str, Any] = {
        "title": meta.title,
        "doc_type": meta.doc_type,
        "number": meta.number,
        "issuer": meta.issuer,
        "system": meta.system,
        "place": meta.place,
        "province": meta.province,
        "date": meta.date,
        "subject": meta.subject,
        "signer": meta.signer,
        "signer_title": meta.signer_title,
        "addressees": list(meta.addressees),
        "recipients": list(meta.recipients),
        "cites": [_citation(citation) for citation in meta.cites],
        "source": meta.source,
        "received": meta.received,
        # The header and closing as printed, so a reader (or an editor correcting a field)
        # can compare what was read with what the document says.
        "header_lines": [line.text for line in layout.header if line.role != "separator"],
        "closing_lines": [line.text for line in layout.trailer + layout.signature],
        "sha256": layout.source.sha256,
    }
    return data


def _citation(citation: Citation) -> dict[str, Any]:
    entry: dict[str, Any] = {"number": citation.number, "doc_type": citation.doc_type}
    if citation.issuer:
        entry["issuer"] = citation.issuer
    if citation.date:
        entry["date"] = citation.date
    return entry


def render_page(document: Document) -> str:
    """The whole page: front matter, then the Markdown body, ending in one newline."""
    post = frontmatter.Post(document.body, **front_matter(document))
    return frontmatter.dumps(post, sort_keys=False).rstrip("\n") + "\n"


def write_pages(documents: list[Document], docs_dir: Path) -> list[Path]:
    """Write every page, remove stale generated pages; return the paths written anew."""
    root = docs_dir / GENERATED_DIR
    wanted: set[Path] = set()
    written: list[Path] = []
    for document in documents:
        path = docs_dir / document.path
        wanted.add(path)
        content = render_page(document).encode("utf-8")
        if path.is_file() and path.read_bytes() == content:
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".md.tmp")
        temporary.write_bytes(content)
        temporary.replace(path)
        written.append(path)
    if root.is_dir():
        for stale in sorted(root.rglob("*")):
            if stale.is_file() and stale not in wanted:
                stale.unlink()
        for folder in sorted((p for p in root.rglob("*") if p.is_dir()), reverse=True):
            if not any(folder.iterdir()):
                folder.rmdir()
    return written
