"""Shared fixtures: the sources directory and a helper that converts inline text."""

from __future__ import annotations

import os
import textwrap
from pathlib import Path

import pytest

from vanban.pipeline import convert_bytes

from .portal import ROOT, copy_site_inputs
SOURCES = ROOT / "sources"
GOLDEN = Path(__file__).resolve().parent / "golden"


def source_paths() -> list[Path]:
    return sorted(p for p in SOURCES.iterdir() if p.suffix in (".txt", ".md"))


def dedent(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


@pytest.fixture
def convert_text():
    """Convert a dedented inline source, as a file named ``inline.txt`` would be."""

    def run(text: str, name: str = "inline.txt"):
        return convert_bytes(dedent(text).encode("utf-8"), name)

    return run


FIXTURE_CORPUS = Path(__file__).resolve().parent / "fixtures" / "corpus"


def build_site(root: Path, sources: list[Path]) -> Path:
    """Build the portal from ``sources`` the way ``make site`` does, under ``root``."""
    import shutil
    import subprocess
    import sys

    from vanban.pipeline import build

    copy_site_inputs(root)
    source_dir = root / "sources"
    source_dir.mkdir()
    for path in sources:
        shutil.copy2(path, source_dir / path.name)
    report = build(source_dir, root / "docs")
    assert report.problems == [], report.problems
    completed = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f", str(root / "mkdocs.yml")],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONPATH": str(ROOT)},
    )
    assert completed.returncode == 0, completed.stderr
    return root / "site"


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """The portal built from the seeds and the fixture corpus (which cite each other)."""
    return build_site(
        tmp_path_factory.mktemp("portal"), source_paths() + sorted(FIXTURE_CORPUS.glob("*.txt"))
    )


@pytest.fixture(scope="session")
def site_url(built_site):
    from .browser import SiteServer

    with SiteServer(built_site) as server:
        yield server.url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    from .browser import CHROMIUM, CHROMIUM_ARGS

    if not Path(CHROMIUM).is_file():
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (Debian's chromium package)")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture
def phone(browser):
    """A 375 px wide page that records console errors and every host it contacts."""
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="vi-VN")
    page = context.new_page()
    page.console_errors = []
    page.hosts = set()
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    page.on("request", lambda request: page.hosts.add(request.url.split("/")[2]))
    yield page
    context.close()
