"""The conversion cache: a source is converted again only when its bytes or the converter change.

Each entry is keyed by the converter's own digest (the code a conversion runs and the
package's data), the source's name and the source's bytes, so a stale entry is never
used: it is simply never asked for. The entries live in one SQLite file, written by the
build's own process a few hundred entries at a time: a corpus of 10,000 documents is one
file to keep between CI runs, not 10,000, and a cold build creates no file per document
for it. Entries of other converters are dropped at the end of a run, since no run of
this converter can ask for them.
The manifest of the last run records its inputs and outputs; when neither has changed,
the run does nothing.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import pickle
import re
import shutil
import sqlite3
from pathlib import Path
from typing import Any, Callable

from .gazetteer import DIVISIONS_FILE, TWO_TIER_DIVISIONS_FILE

_PACKAGE = Path(__file__).resolve().parent
# How long a build waits for another that holds the cache before going on without it.
BUSY_SECONDS = 5.0
# Entries written between commits.
_COMMIT_EVERY = 256


def conversion_files(
    package: Path = _PACKAGE, other_data: tuple[Path, ...] = (DIVISIONS_FILE, TWO_TIER_DIVISIONS_FILE)
) -> list[Path]:
    """The files a conversion's result depends on: the ``convert`` module, every package
    module it imports (at any depth, from any function), the package's data and the data
    it reads from other packages."""
    found: set[Path] = set()
    waiting = [package / "convert.py"]
    while waiting:
        path = waiting.pop()
        if path in found or not path.is_file():
            continue
        found.add(path)
        source = path.read_text(encoding="utf-8")
        waiting.extend(package / f"{name}.py" for name in imported_modules(source, package.name))
    # The two tiers' list is installed apart, and may be missing: then it places nothing.
    return sorted(found | set((package / "data").glob("*.json"))) + [path for path in other_data if path.is_file()]


# An import statement, where a line, a ";" or a ":" starts one: "from X import" with its
# names (a bracketed list may span lines and hold comments; a backslash continues a line),
# or "import" with its modules. Parsing the modules' syntax trees took 80 ms, in every
# build, before the first source could be converted; reading them and this scan take 8.
# Text that only looks like an import (in a docstring, say) can only add a module to the
# digest, never leave one out.
_CONTINUED = r"(?:[^\n;#\\]|\\\n)*"
_IMPORT_STATEMENT = re.compile(
    rf"(?:^|[;:])[ \t]*(?:from[ \t]+([\w.]+)[ \t]+import\b[ \t]*(\((?:[^)#]|#[^\n]*)*\)|{_CONTINUED})"
    rf"|import[ \t]+({_CONTINUED}))",
    re.MULTILINE,
)


def imported_modules(source: str, package: str) -> list[str]:
    """The package's modules a module's source imports ("from .layout import x",
    "from . import text", "import vanban.read", "from vanban import casing")."""
    found: list[str] = []
    for origin, names, modules in _IMPORT_STATEMENT.findall(source):
        if origin:
            if origin in (".", package):
                found.extend(_names(names))
            elif origin.startswith(".") and not origin.startswith(".."):
                found.append(origin[1:].split(".")[0])
            elif origin.startswith(f"{package}."):
                found.append(origin.split(".")[1])
        else:
            found.extend(
                name.split(".")[1] for name in _names(modules) if name.startswith(f"{package}.")
            )
    return found


def _names(listed: str) -> list[str]:
    """The names of an import's list, without brackets, comments, continuations or aliases."""
    listed = re.sub(r"#[^\n]*", "", listed).translate(str.maketrans("()\\", "   "))
    return [item.split()[0] for item in listed.split(",") if item.strip()]


def _digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        # Data from another package is named by its file alone: the same on every machine.
        name = path.relative_to(_PACKAGE).as_posix() if path.is_relative_to(_PACKAGE) else path.name
        digest.update(name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


@functools.lru_cache(maxsize=1)
def converter_digest() -> str:
    """A digest of what conversion runs and reads: a change to it invalidates the cache,
    a change to the writing or the site does not."""
    return _digest(conversion_files())


@functools.lru_cache(maxsize=1)
def package_digest() -> str:
    """A digest of the whole package, code and data: what a run's pages depend on."""
    return _digest(sorted(p for p in _PACKAGE.rglob("*") if p.is_file() and p.suffix in (".py", ".json")))


class ConversionCache:
    """Converted documents (or the reason a source was refused) by source content.

    An unreadable or damaged file is started afresh; a cache another build holds is
    waited for, then done without. Either way the build converts what it must.
    """

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._database: sqlite3.Connection | None = None
        self._usable = True
        self._uncommitted = 0

    def key(self, name: str, data: bytes, sidecar: tuple[str, bytes] | None = None) -> str:
        digest = hashlib.sha256()
        extra = (sidecar[0].encode("utf-8"), sidecar[1]) if sidecar else ()
        for part in (converter_digest().encode(), name.encode("utf-8"), data, *extra):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    @property
    def _file(self) -> Path:
        return self.folder / "documents.sqlite"

    def _open(self) -> sqlite3.Connection | None:
        if self._database is None and self._usable:
            try:
                self._database = self._connect()
            except sqlite3.Error as error:
                self._failed(error)
                # A damaged file is gone now: one more try, with a new one.
                if self._usable:
                    try:
                        self._database = self._connect()
                    except sqlite3.Error:
                        self._usable = False
        return self._database

    def _connect(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        # Entries kept one file each, in folders named by their first two hex digits.
        shutil.rmtree(self.folder / "documents", ignore_errors=True)
        database = sqlite3.connect(self._file, timeout=BUSY_SECONDS)
        try:
            database.execute("PRAGMA synchronous = NORMAL")
            database.execute(
                "CREATE TABLE IF NOT EXISTS documents"
                " (key TEXT PRIMARY KEY, converter TEXT NOT NULL, value BLOB NOT NULL)"
            )
            database.commit()
        except sqlite3.Error:
            database.close()
            raise
        return database

    def get(self, key: str) -> Any | None:
        database = self._open()
        if database is None:
            return None
        try:
            row = database.execute("SELECT value FROM documents WHERE key = ?", (key,)).fetchone()
            return None if row is None else pickle.loads(row[0])
        except sqlite3.Error as error:
            self._failed(error)
        except (pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass
        return None

    def put(self, key: str, pickled: bytes) -> None:
        """Keep a value, pickled already. Entries are committed a few hundred at a time, so
        a build stopped halfway keeps most of what it converted."""
        database = self._open()
        if database is None:
            return
        try:
            database.execute(
                "INSERT OR REPLACE INTO documents (key, converter, value) VALUES (?, ?, ?)",
                (key, converter_digest(), pickled),
            )
            self._uncommitted += 1
            if self._uncommitted >= _COMMIT_EVERY:
                database.commit()
                self._uncommitted = 0
        except sqlite3.Error as error:
            self._failed(error)

    def save(self) -> None:
        """Keep what was put, and drop the entries of other converters."""
        database = self._database
        if database is None:
            return
        try:
            database.execute("DELETE FROM documents WHERE converter != ?", (converter_digest(),))
            database.commit()
            self._uncommitted = 0
        except sqlite3.Error as error:
            self._failed(error)

    def close(self) -> None:
        if self._database is not None:
            self._database.close()
            self._database = None

    def _failed(self, error: sqlite3.Error) -> None:
        """A locked or refusing database is done without for this run; a damaged one (its
        pages malformed) is replaced."""
        if isinstance(error, sqlite3.DatabaseError) and not isinstance(error, sqlite3.OperationalError):
            self._start_afresh()
        else:
            self._give_up()

    def _start_afresh(self) -> None:
        """A file damaged past its header reads as malformed pages: drop it and go on with
        a new one, rather than miss every entry in every run to come."""
        self.close()
        self._file.unlink(missing_ok=True)
        self._uncommitted = 0

    def _give_up(self) -> None:
        """Another build holds the cache, or the disk refused: go on without it."""
        if self._database is not None:
            with contextlib.suppress(sqlite3.Error):
                self._database.rollback()
            self.close()
        self._usable = False

    # The manifest of the last run ------------------------------------------------------

    @property
    def _manifest(self) -> Path:
        return self.folder / "manifest.json"

    def unchanged_run(self, sources: str, inputs: Callable[[], str], docs_dir: Path) -> dict | None:
        """The last run's report, if it had these inputs and its outputs are as it left them.

        ``sources`` digests the sources and the code; ``inputs`` makes the digest of all a
        run depends on, and is called only when ``sources`` matches, since it may wait.
        """
        try:
            manifest = json.loads(self._manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if manifest.get("sources") != sources or manifest.get("docs") != str(docs_dir.resolve()):
            return None
        if manifest.get("inputs") != inputs():
            return None
        root = str(docs_dir)
        for relative, (size, mtime) in manifest["outputs"].items():
            try:
                stat = os.stat(os.path.join(root, relative))
            except OSError:
                return None
            if stat.st_size != size or stat.st_mtime_ns != mtime:
                return None
        return manifest["report"]

    def record_run(
        self, sources: str, inputs: str, docs_dir: Path, outputs: dict[str, tuple[int, int]], report: dict
    ) -> None:
        """Record a run: its inputs, and each output (relative to ``docs_dir``) with the size
        and modification time it was left with."""
        self.folder.mkdir(parents=True, exist_ok=True)
        entries = {relative: list(stamp) for relative, stamp in outputs.items()}
        data = {
            "sources": sources,
            "inputs": inputs,
            "docs": str(docs_dir.resolve()),
            "outputs": entries,
            "report": report,
        }
        temporary = self._manifest.with_name("manifest.json.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self._manifest)
