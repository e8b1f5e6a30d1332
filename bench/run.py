"""The benchmark: a synthetic corpus of N documents from sources to site, measured.

    python -m bench.run N [--search] [--keep DIR] [--repeat K]

Times build_corpus and the MkDocs build separately (each in its own process, with its
CPU time and peak memory), and reports documents per second, the site's size, bytes per
document page and the search index's size, raw and gzip-compressed. With --search, it also opens the
built site in Debian's chromium and measures what a reader downloads before the first
search result and how long that result takes. Last, it says which of the targets below
the measured sizes met.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from bench.generate import generate

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Run:
    """One command's wall time and CPU time (its own and its workers', user and kernel),
    the kernel's part of that time, in seconds, and its peak memory in bytes."""

    seconds: float
    cpu_seconds: float
    kernel_seconds: float
    peak_bytes: int


def run_measured(command: list[str], cwd: Path) -> Run:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.DEVNULL)
    # The usage wait4 reports includes the workers the command waited for.
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status) not in (0, 1):
        raise SystemExit(f"{' '.join(command)} failed with status {status}")
    return Run(elapsed, usage.ru_utime + usage.ru_stime, usage.ru_stime, usage.ru_maxrss * 1024)


def prepare(root: Path, count: int) -> None:
    """The site's inputs and ``count`` sources, in a git checkout as CI builds them: the
    first half released (tagged), the rest added since, so every page has a history."""
    from tests.portal import copy_site_inputs

    copy_site_inputs(root)
    sources = generate(count, root / "sources")
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "bench", "GIT_AUTHOR_EMAIL": "bench@example.invalid",
        "GIT_COMMITTER_NAME": "bench", "GIT_COMMITTER_EMAIL": "bench@example.invalid",
        "GIT_AUTHOR_DATE": "2026-01-05T08:00:00+07:00", "GIT_COMMITTER_DATE": "2026-01-05T08:00:00+07:00",
    }

    def git(*args: str) -> None:
        # Whatever the user's configuration says about signing, these commits are not signed.
        # Past a few thousand loose objects a commit starts `git gc` in the background, which
        # then took seconds of CPU from the first timed build; the checkout is packed below,
        # in the foreground, as a clone is.
        command = ["git", "-c", "commit.gpgSign=false", "-c", "tag.gpgSign=false", "-c", "gc.auto=0", *args]
        subprocess.run(command, cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)

    git("init", "-q", "-b", "main")
    half = len(sources) // 2
    for batch, message, tag in (
        (sources[:half], "Nhận văn bản đợt một", "v2026.01"),
        (sources[half:], "Nhận văn bản đợt hai", None),
    ):
        for start in range(0, len(batch), 1000):
            git("add", "--", *(str(path.relative_to(root)) for path in batch[start:start + 1000]))
        git("commit", "-q", "-m", message)
        if tag:
            git("tag", tag)
    git("gc", "--quiet")


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def fastest(commands: list[list[str]], cwd: Path) -> Run:
    """The fastest of the runs (wall, CPU and kernel time each), and the largest peak memory: the
    host's load only ever slows a run down."""
    runs = [run_measured(command, cwd) for command in commands]
    return Run(
        min(run.seconds for run in runs),
        min(run.cpu_seconds for run in runs),
        min(run.kernel_seconds for run in runs),
        max(run.peak_bytes for run in runs),
    )


def measure(count: int, root: Path, with_search: bool, repeat: int = 1) -> dict:
    prepare(root, count)
    build_corpus = [sys.executable, str(ROOT / "build_corpus.py"), "--sources", "sources", "--out"]
    # Each repeat writes into a folder of its own (the last into docs/ and site/), and none
    # is removed before the benchmark ends: a tree of tens of thousands of files deleted
    # just before a build makes ext4 step over the freed inodes for every file the build
    # creates (seconds of kernel time), which a fresh checkout never pays.
    earlier = [f"repeat-{index}" for index in range(1, repeat)]
    convert = fastest(
        [build_corpus + [f"{folder}/docs"] for folder in earlier] + [build_corpus + ["docs"]], root
    )
    # The incremental cache: a run with nothing changed, then one with one source changed.
    unchanged = run_measured(build_corpus + ["docs"], root)
    first = sorted((root / "sources").iterdir())[0]
    first.write_text(first.read_text(encoding="utf-8") + "\nĐã sửa đổi.\n", encoding="utf-8")
    one_changed = run_measured(build_corpus + ["docs"], root)
    site_build = fastest(
        [[sys.executable, "-m", "vanban.sitebuild", "--site-dir", f"{folder}/site"] for folder in earlier]
        + [[sys.executable, "-m", "vanban.sitebuild"]],
        root,
    )
    site = root / "site"
    pages = [p for p in (site / "van-ban").rglob("index.html")]
    entries = next((site / "search/index").glob("entries.*.json")).read_bytes()
    report = {
        "documents": count,
        "build_corpus_s": round(convert.seconds, 2),
        "build_corpus_docs_per_s": round(count / convert.seconds, 1),
        # Less moved by the host's load than the wall time, so fitter to compare changes.
        "build_corpus_cpu_ms_per_doc": round(1000 * convert.cpu_seconds / count, 2),
        # Mostly creating files and folders, and what it costs is the file system's state
        # as much as the build's: the same pages cost 0.2 s in one minute, 1.3 s in another.
        "build_corpus_kernel_s": round(convert.kernel_seconds, 2),
        "build_corpus_peak_mb": round(convert.peak_bytes / 2**20),
        "build_corpus_nothing_changed_s": round(unchanged.seconds, 2),
        "build_corpus_one_source_changed_s": round(one_changed.seconds, 2),
        "site_build_s": round(site_build.seconds, 2),
        "site_build_cpu_s": round(site_build.cpu_seconds, 2),
        "site_build_peak_mb": round(site_build.peak_bytes / 2**20),
        "total_s": round(convert.seconds + site_build.seconds, 2),
        "site_mb": round(tree_size(site) / 2**20, 1),
        "document_pages": len(pages),
        "kb_per_document_page": round(sum(p.stat().st_size for p in pages) / max(len(pages), 1) / 1024, 1),
        "search_entries_mb": round(len(entries) / 2**20, 2),
        "search_entries_gzip_mb": round(len(gzip.compress(entries, 6)) / 2**20, 2),
        **term_file_sizes(site),
    }
    if with_search:
        report.update(measure_search(site))
    return report


def term_file_sizes(site: Path) -> dict:
    """The static search index's term files: all of them, and the largest as sent."""
    files = [path.read_bytes() for path in sorted((site / "search/index/terms").glob("*.json"))]
    return {
        "search_term_files": len(files),
        "search_terms_mb": round(sum(map(len, files)) / 2**20, 2),
        "search_largest_term_file_kb_gzip": round(
            max((len(gzip.compress(content, 6)) for content in files), default=0) / 1024
        ),
    }


def measure_search(site: Path) -> dict:
    """Bytes (gzip-compressed, as a server would send them) and time to the first result:
    typed as soon as the page is there, and typed once it has loaded, as a reader would."""
    sys.path.insert(0, str(ROOT))
    from playwright.sync_api import sync_playwright

    from tests.browser import CHROMIUM, CHROMIUM_ARGS, SiteServer

    with SiteServer(site) as server, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        _, from_request, _ = _first_result(browser, server.url, site, after_load=False)
        fetched, _, from_typing = _first_result(browser, server.url, site, after_load=True)
        browser.close()
    return {
        "search_kb_before_first_result_gzip": round(sum(fetched.values()) / 1024),
        "search_s_from_page_load_to_first_result": round(from_request, 2),
        "search_s_from_typing_to_first_result": round(from_typing, 2),
    }


def _first_result(browser, url: str, site: Path, after_load: bool) -> tuple[dict[str, int], float, float]:
    """One visit, in a browser context of its own (nothing cached): what it fetched (gzip
    bytes by path), and the seconds from the page's request and from the first key to the
    first result."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fetched: dict[str, int] = {}

    def record(response):
        path = response.url[len(url):].split("?")[0] or "index.html"
        local = site / path
        if local.is_dir():
            local = local / "index.html"
        if local.is_file():
            fetched[path] = len(gzip.compress(local.read_bytes(), 6))

    page.on("response", record)
    started = time.perf_counter()
    page.goto(url, wait_until="networkidle" if after_load else "commit")
    box = page.locator("input.md-search__input")
    box.click()
    typed = time.perf_counter()
    box.press_sequentially("cai cach hanh chinh")
    page.wait_for_selector(".md-search-result__list > li", timeout=120_000)
    done = time.perf_counter()
    context.close()
    return fetched, done - started, done - typed


# The targets of this machine (2 cores): sources to site per corpus size, and for any size.
SOURCES_TO_SITE_S = {1000: 15, 10000: 150}
BUILD_CORPUS_DOCS_PER_S = 500
KB_PER_DOCUMENT_PAGE = 60
PEAK_MB = 2048
# Ten times the documents may take at most this many times as long.
LINEAR_FACTOR = 11
# A reader typing a query sees the first result within this many seconds, at any size.
FIRST_RESULT_S = 1.0


def targets(reports: list[dict]) -> dict[str, bool]:
    """Each target the reports can judge, and whether it was met."""
    verdicts: dict[str, bool] = {}
    for report in reports:
        count = report["documents"]
        if count in SOURCES_TO_SITE_S:
            limit = SOURCES_TO_SITE_S[count]
            verdicts[f"{count} documents from sources to site in {limit} s"] = report["total_s"] <= limit
        verdicts[f"build_corpus at {BUILD_CORPUS_DOCS_PER_S} documents/s ({count})"] = (
            report["build_corpus_docs_per_s"] >= BUILD_CORPUS_DOCS_PER_S
        )
        verdicts[f"{KB_PER_DOCUMENT_PAGE} KB per document page ({count})"] = (
            report["kb_per_document_page"] <= KB_PER_DOCUMENT_PAGE
        )
        verdicts[f"peak memory under {PEAK_MB} MB ({count})"] = (
            max(report["build_corpus_peak_mb"], report["site_build_peak_mb"]) < PEAK_MB
        )
        if "search_s_from_typing_to_first_result" in report:
            verdicts[f"first search result within {FIRST_RESULT_S:g} s of typing ({count})"] = (
                report["search_s_from_typing_to_first_result"] <= FIRST_RESULT_S
            )
    by_count = {report["documents"]: report for report in reports}
    for count, report in by_count.items():
        larger = by_count.get(count * 10)
        if larger is not None:
            factor = larger["total_s"] / report["total_s"]
            verdicts[f"{count * 10} documents in at most {LINEAR_FACTOR} × the time of {count}"
                     f" ({factor:.1f} ×)"] = factor <= LINEAR_FACTOR
    return verdicts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int, nargs="+")
    parser.add_argument("--search", action="store_true", help="also measure search in chromium")
    parser.add_argument("--keep", type=Path, help="build under this folder and keep it")
    parser.add_argument(
        "--repeat", type=int, default=1,
        help="time the full conversion and the site build this many times, keep the fastest",
    )
    args = parser.parse_args()
    reports = []
    # Nothing is deleted until every count is measured (see measure()).
    previous: list[Path] = []
    try:
        with tempfile.TemporaryDirectory() as scratch:
            for count in args.count:
                if args.keep:
                    root = args.keep / str(count)
                    if root.exists():
                        aside = Path(tempfile.mkdtemp(dir=args.keep, prefix=f".{count}.previous-"))
                        root.rename(aside / "tree")
                        previous.append(aside)
                    root.mkdir(parents=True)
                else:
                    root = Path(scratch) / str(count)
                    root.mkdir()
                report = measure(count, root, args.search, args.repeat)
                print(json.dumps(report, ensure_ascii=False), flush=True)
                reports.append(report)
    finally:
        for aside in previous:
            shutil.rmtree(aside)
    for target, met in targets(reports).items():
        print(f"{'met' if met else 'NOT MET'}: {target}")


if __name__ == "__main__":
    main()
