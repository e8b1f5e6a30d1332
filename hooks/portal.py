"""MkDocs hooks of the portal; the work is done in the vanban package."""

from __future__ import annotations

import os

from mkdocs.structure.files import File

from vanban.sitebuild import SHARD_VARIABLE, parse_shard

from vanban.site import (
    FEED_PATH,
    exclude_other_shards,
    feed_text,
    is_generated_page,
    search_entry,
    toc_titles,
    write_record,
    write_search_index,
)

# The search entries of this build's generated pages.
_entries: list[dict] = []


def on_pre_build(config):
    _entries.clear()


def _shard():
    return parse_shard(os.environ.get(SHARD_VARIABLE))


def on_files(files, config):
    exclude_other_shards(files, _shard())
    feed = feed_text(config["docs_dir"], config.get("site_url"), config["site_name"])
    if feed is not None:
        files.append(File.generated(config, FEED_PATH, content=feed))
    return files


def on_page_markdown(markdown, page, config, files):
    if is_generated_page(page.file.src_uri):
        write_record(config["site_dir"], page.url, page.meta)
        # Material's search would parse the whole page; it gets one compact entry instead.
        page.meta["search"] = {"exclude": True}
    return markdown


def on_page_content(html, page, config, files):
    if is_generated_page(page.file.src_uri):
        _entries.append(search_entry(page.url, page.title or "", page.meta, toc_titles(page.toc.items)))
    return html


def on_post_build(config):
    # A shard's entries are only part of the index: the merge writes the static index.
    write_search_index(config["site_dir"], _entries, with_static_index=_shard() is None)
