"""Build the site into a fresh folder and put it in place only when the build succeeded.

    python -m vanban.sitebuild [--config mkdocs.yml] [--site-dir site] [--workers N]

A strict build that fails (a broken link, a bad page) leaves the previous site as it was;
``make site`` uses this instead of ``mkdocs build``.

MkDocs renders one page at a time. With ``--workers N`` the generated pages are split
into N shards, built by N MkDocs processes at once (each renders its own pages and only
points to the others), and the shards are merged into one site, the same bytes as one
process would have written: the search index and the sitemap are put together in a
fixed order.
"""

from __future__ import annotations

import argparse
import gzip
import json
import logging
import os
import re
import shutil
import subprocess
import sys
import zlib
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

SHARD_VARIABLE = "PORTAL_SHARD"
_SEARCH_INDEX = Path("search/search_index.json")
_URL_ENTRY = re.compile(r"<url>.*?</url>", re.DOTALL)


def shard_of(src_uri: str, shards: int) -> int:
    """The shard that renders a generated page: stable across runs and machines."""
    return zlib.crc32(src_uri.encode("utf-8")) % shards


def parse_shard(value: str | None) -> tuple[int, int] | None:
    """"1/2" → (1, 2): this process renders shard 1 of 2."""
    if not value:
        return None
    index, _, count = value.partition("/")
    return int(index), int(count)


def _build_into(config_file: Path, site_dir: Path) -> None:
    config = load_config(str(config_file), site_dir=str(site_dir), strict=True)
    config.plugins.on_startup(command="build", dirty=False)
    try:
        build(config)
    finally:
        config.plugins.on_shutdown()


def _build_shards(config_file: Path, site_dir: Path, workers: int) -> None:
    processes = []
    for index in range(workers):
        env = {**os.environ, SHARD_VARIABLE: f"{index}/{workers}"}
        command = [sys.executable, "-m", "vanban.sitebuild", "--config", str(config_file),
                   "--site-dir", str(site_dir) + f".{index}", "--in-place"]
        processes.append(subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True))
    failures = []
    for process in processes:
        _, errors = process.communicate()
        if process.returncode != 0:
            failures.append(errors.strip())
    shards = [Path(str(site_dir) + f".{index}") for index in range(workers)]
    try:
        if failures:
            raise MkDocsException("\n".join(failures))
        _merge(shards, site_dir)
    finally:
        for shard in shards:
            shutil.rmtree(shard, ignore_errors=True)


def _merge(shards: list[Path], site_dir: Path) -> None:
    """One site from the shards: their pages side by side, one search index, one sitemap.

    The shards' files are moved, not copied (they are siblings of ``site_dir``). Each
    copies only its own files (``site.exclude_other_shards``); a file every shard writes
    (the 404 page, the feed) is the same in each.
    """
    indexes = [json.loads((shard / _SEARCH_INDEX).read_text(encoding="utf-8")) for shard in shards]
    sitemaps = [(shard / "sitemap.xml").read_text("utf-8") for shard in shards]
    shards[0].rename(site_dir)
    for shard in shards[1:]:
        for folder, _, names in os.walk(shard):
            target = site_dir / Path(folder).relative_to(shard)
            target.mkdir(exist_ok=True)
            for name in names:
                os.replace(os.path.join(folder, name), target / name)
    merged = indexes[0]
    from .searchindex import write_static_index
    from .site import merge_search_entries

    merged["docs"] = merge_search_entries([index["docs"] for index in indexes])
    write_static_index(site_dir, merged)
    (site_dir / _SEARCH_INDEX).write_text(
        json.dumps(merged, ensure_ascii=False, separators=(",", ":")), encoding="utf-8"
    )
    entries = [entry for sitemap in sitemaps for entry in _URL_ENTRY.findall(sitemap)]
    _write_sitemap(site_dir, sitemaps[0], entries)


def _write_sitemap(site_dir: Path, template: str, entries: list[str]) -> None:
    """The sitemap with its entries in address order, and its gzip copy, deterministically."""
    head = template.split("<url>", 1)[0].rstrip()
    body = "\n    ".join(sorted(set(entries)))
    text = f"{head}\n    {body}\n</urlset>\n" if entries else template
    (site_dir / "sitemap.xml").write_text(text, encoding="utf-8")
    compressed = site_dir / "sitemap.xml.gz"
    # Keep the time MkDocs stamped (from SOURCE_DATE_EPOCH), so builds stay identical.
    mtime = int.from_bytes(compressed.read_bytes()[4:8], "little") if compressed.is_file() else 0
    with compressed.open("wb") as file, gzip.GzipFile(
        fileobj=file, filename=str(compressed), mode="wb", mtime=mtime
    ) as archive:
        archive.write(text.encode("utf-8"))


def build_and_swap(config_file: Path, site_dir: Path, workers: int = 1) -> None:
    """Build strictly into ``site_dir``'s sibling, then swap it in; raise if the build fails."""
    site_dir = site_dir.resolve()
    fresh = site_dir.with_name(site_dir.name + ".new")
    previous = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        if workers > 1:
            _build_shards(config_file.resolve(), fresh, workers)
        else:
            _build_into(config_file, fresh)
            sitemap = (fresh / "sitemap.xml").read_text("utf-8")
            _write_sitemap(fresh, sitemap, _URL_ENTRY.findall(sitemap))
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    shutil.rmtree(previous, ignore_errors=True)
    if site_dir.exists():
        site_dir.rename(previous)
    fresh.rename(site_dir)
    shutil.rmtree(previous, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--config", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    parser.add_argument(
        "--workers", type=int, default=os.cpu_count() or 1,
        help="MkDocs processes to render with (default: one per core)",
    )
    parser.add_argument("--in-place", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    # MkDocs' warnings (a broken link, say) are what a failed strict build is about.
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.WARNING)
    try:
        if args.in_place:
            _build_into(args.config, args.site_dir)
        else:
            build_and_swap(args.config, args.site_dir, max(1, args.workers))
    except MkDocsException as error:
        print(f"{args.config}: the site was not built ({error}); the previous site is unchanged", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
