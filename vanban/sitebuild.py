"""Build the site into a fresh folder and put it in place only when the build succeeded.

    python -m vanban.sitebuild [--config mkdocs.yml] [--site-dir site]

A strict build that fails (a broken link, a bad page) leaves the previous site as it was;
``make site`` uses this instead of ``mkdocs build``.
"""

from __future__ import annotations

import argparse
import logging
import shutil
import sys
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException


def build_and_swap(config_file: Path, site_dir: Path) -> None:
    """Build strictly into ``site_dir``'s sibling, then swap it in; raise if the build fails."""
    site_dir = site_dir.resolve()
    fresh = site_dir.with_name(site_dir.name + ".new")
    previous = site_dir.with_name(site_dir.name + ".old")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        config = load_config(str(config_file), site_dir=str(fresh), strict=True)
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config)
        finally:
            config.plugins.on_shutdown()
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
    args = parser.parse_args(argv)
    # MkDocs' warnings (a broken link, say) are what a failed strict build is about.
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.WARNING)
    try:
        build_and_swap(args.config, args.site_dir)
    except MkDocsException as error:
        print(f"{args.config}: the site was not built ({error}); the previous site is unchanged", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
