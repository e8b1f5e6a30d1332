"""What the MkDocs build adds to the generated pages, called from hooks/portal.py.

The Atom feed needs the site's own address (``site_url``), which only the MkDocs
configuration knows, so it is made during the site build from the JSON catalogue that
build_corpus wrote.
"""

from __future__ import annotations

import json
from pathlib import Path

from .catalogue import CATALOGUE_PATH, atom_feed

FEED_PATH = "feed.xml"


def feed_text(docs_dir: str | Path, site_url: str | None, site_name: str) -> str | None:
    """The feed of the newest documents, or None when no catalogue was generated."""
    catalogue_file = Path(docs_dir) / CATALOGUE_PATH
    if not catalogue_file.is_file():
        return None
    data = json.loads(catalogue_file.read_text(encoding="utf-8"))
    return atom_feed(data, site_url or "/", site_name)
