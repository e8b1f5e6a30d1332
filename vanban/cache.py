"""The conversion cache: a source is converted again only when its bytes or the converter change.

Each entry is keyed by the converter's own digest (the code a conversion runs and the
package's data), the source's name and the source's bytes, so a stale entry is never
used: it is simply never asked for.
The manifest of the last run records its inputs and outputs; when neither has changed,
the run does nothing.
"""

from __future__ import annotations

import ast
import functools
import hashlib
import json
import os
import pickle
from pathlib import Path
from typing import Any

from .write import write_file

_PACKAGE = Path(__file__).resolve().parent


def conversion_files(package: Path = _PACKAGE) -> list[Path]:
    """The files a conversion's result depends on: the ``convert`` module, every package
    module it imports (at any depth, from any function), and the package's data."""
    found: set[Path] = set()
    waiting = [package / "convert.py"]
    while waiting:
        path = waiting.pop()
        if path in found or not path.is_file():
            continue
        found.add(path)
        for node in ast.walk(ast.parse(path.read_bytes(), filename=str(path))):
            waiting.extend(package / f"{name}.py" for name in _package_modules(node, package.name))
    return sorted(found | set((package / "data").glob("*.json")))


def _package_modules(node: ast.AST, package: str) -> list[str]:
    """The package's modules an import statement names ("from .layout import x",
    "from . import text", "import vanban.read", "from vanban import casing")."""
    if isinstance(node, ast.ImportFrom):
        if node.level == 1 or node.module == package:
            if node.module and node.module != package:
                return [node.module.split(".")[0]]
            return [alias.name for alias in node.names]
        if node.level == 0 and node.module and node.module.startswith(f"{package}."):
            return [node.module.split(".")[1]]
    if isinstance(node, ast.Import):
        return [alias.name.split(".")[1] for alias in node.names if alias.name.startswith(f"{package}.")]
    return []


def _digest(files: list[Path]) -> str:
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.relative_to(_PACKAGE).as_posix().encode())
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
    """Converted documents (or the reason a source was refused) by source content."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.hits = 0
        self.misses = 0

    def key(self, name: str, data: bytes, sidecar: tuple[str, bytes] | None = None) -> str:
        digest = hashlib.sha256()
        extra = (sidecar[0].encode("utf-8"), sidecar[1]) if sidecar else ()
        for part in (converter_digest().encode(), name.encode("utf-8"), data, *extra):
            digest.update(len(part).to_bytes(8, "big"))
            digest.update(part)
        return digest.hexdigest()

    def _path(self, key: str) -> Path:
        return self.folder / "documents" / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        path = self._path(key)
        try:
            with path.open("rb") as file:
                value = pickle.load(file)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, pickled: bytes) -> None:
        """Keep a value, pickled already by the worker process that made it."""
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_name(path.name + f".{os.getpid()}.tmp")
        write_file(temporary, pickled)
        os.replace(temporary, path)

    # The manifest of the last run ------------------------------------------------------

    @property
    def _manifest(self) -> Path:
        return self.folder / "manifest.json"

    def unchanged_run(self, inputs: str, docs_dir: Path) -> dict | None:
        """The last run's report, if it had these inputs and its outputs are as it left them."""
        try:
            manifest = json.loads(self._manifest.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if manifest.get("inputs") != inputs or manifest.get("docs") != str(docs_dir.resolve()):
            return None
        for relative, (size, mtime) in manifest["outputs"].items():
            try:
                stat = (docs_dir / relative).stat()
            except OSError:
                return None
            if stat.st_size != size or stat.st_mtime_ns != mtime:
                return None
        return manifest["report"]

    def record_run(self, inputs: str, docs_dir: Path, outputs: list[str], report: dict) -> None:
        entries = {}
        for relative in outputs:
            stat = (docs_dir / relative).stat()
            entries[relative] = [stat.st_size, stat.st_mtime_ns]
        self.folder.mkdir(parents=True, exist_ok=True)
        data = {"inputs": inputs, "docs": str(docs_dir.resolve()), "outputs": entries, "report": report}
        temporary = self._manifest.with_name("manifest.json.tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(self._manifest)
