"""MkDocs hooks of the portal; the work is done in the vanban package."""

from __future__ import annotations

from mkdocs.structure.files import File

from vanban.site import FEED_PATH, feed_text


def on_files(files, config):
    feed = feed_text(config["docs_dir"], config.get("site_url"), config["site_name"])
    if feed is not None:
        files.append(File.generated(config, FEED_PATH, content=feed))
    return files
