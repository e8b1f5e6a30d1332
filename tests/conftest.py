"""Shared fixtures: the sources directory and a helper that converts inline text."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from vanban.pipeline import convert_bytes

ROOT = Path(__file__).resolve().parent.parent
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
