"""The command line of build_corpus.py: convert sources/ into pages under docs/."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from .pipeline import BuildReport, build

_EXAMPLE = """example:
  python build_corpus.py --sources sources --out docs

Each problem is printed as 'FILE: reason'. Exit status: 0 when every source was
published, 1 when some were refused (the others are still written), 2 on bad usage."""


def parser() -> argparse.ArgumentParser:
    result = argparse.ArgumentParser(
        prog="build_corpus.py",
        description=(
            "Convert every source (.txt, .md, .docx, .pdf) into a Markdown page with front matter."
        ),
        epilog=_EXAMPLE,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    result.add_argument(
        "--sources", type=Path, default=Path("sources"), help="folder of sources (default: sources)"
    )
    result.add_argument(
        "--out", type=Path, default=Path("docs"), help="docs folder to write into (default: docs)"
    )
    result.add_argument(
        "--no-cache",
        action="store_true",
        help="convert every source again instead of reusing unchanged ones from .cache/",
    )
    return result


def main(argv: list[str] | None = None) -> int:
    return run(argv)[0]


def run(argv: list[str] | None = None) -> tuple[int, BuildReport | None]:
    """The exit status, and the report of the build when there was one."""
    args = parser().parse_args(argv)
    if not args.sources.is_dir():
        print(f"{args.sources}: no such folder of sources", file=sys.stderr)
        return 2, None
    cache = None if args.no_cache else args.out.resolve().parent / ".cache" / "vanban"
    report = build(args.sources, args.out, cache_dir=cache)
    for warning in report.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    for problem in report.problems:
        print(problem, file=sys.stderr)
    published = report.published
    refused = len(report.problems)
    print(f"{published} published, {refused} refused, {len(report.written)} files written")
    return (0 if report.ok else 1), report
