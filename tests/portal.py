"""A scratch copy of the portal: its configuration, hand-written pages, hooks and theme."""

from __future__ import annotations

import shutil
from pathlib import Path

from vanban.corpus import GENERATED_DIRS, NEWEST_FILE

ROOT = Path(__file__).resolve().parent.parent
# What the site build needs besides the generated pages; absent ones are skipped.
SITE_INPUTS = ("mkdocs.yml", "docs", "hooks", "overrides")


def copy_site_inputs(root: Path) -> None:
    """Copy what the site build needs into ``root``, leaving the generated pages behind."""
    for name in SITE_INPUTS:
        origin = ROOT / name
        if origin.is_dir():
            shutil.copytree(
                origin, root / name,
                ignore=shutil.ignore_patterns(*GENERATED_DIRS, NEWEST_FILE, "__pycache__"),
            )
        elif origin.is_file():
            shutil.copy2(origin, root / name)
