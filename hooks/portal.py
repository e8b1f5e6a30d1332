"""MkDocs hooks of the portal; the work is done in the vanban package."""

from __future__ import annotations

from mkdocs.structure.files import File

from vanban.site import FEED_PATH, enrich_search_index, feed_text

# Front matter of the document pages of this build, by URL, for the search index.
_documents: dict[str, dict] = {}


def on_pre_build(config):
    _documents.clear()


def on_files(files, config):
    feed = feed_text(config["docs_dir"], config.get("site_url"), config["site_name"])
    if feed is not None:
        files.append(File.generated(config, FEED_PATH, content=feed))
    return files


def on_page_markdown(markdown, page, config, files):
    if page.meta.get("source_url"):
        _documents[page.url] = page.meta
    return markdown


def on_post_build(config):
    enrich_search_index(config["site_dir"], _documents)
