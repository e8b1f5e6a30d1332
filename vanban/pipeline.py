"""The conversion, top to bottom: read every source, see the corpus whole, then write.

read → layout → metadata → body → citations (``convert``), one source at a time, in
worker processes and only for sources the cache has not seen; the history of each source
from git; then the corpus pass over every document (identities, duplicates, links); then
the pages, rendered in worker processes too. A source that cannot be published is
reported as ``FILE: reason`` and the rest of the corpus still builds.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from .cache import ConversionCache, package_digest
from .convert import Result, convert, convert_bytes, convert_source
from .corrections import sidecar_name
from .corpus import Corpus, assemble
from .errors import SourceError
from .extract import EXTRACTED_SUFFIXES, source_suffix
from .history import PendingHistory
from .model import Document
from .write import worker_context, write_pages

__all__ = ["BuildReport", "build", "convert", "convert_bytes", "source_files"]

SOURCE_SUFFIXES = (".txt", ".md", *EXTRACTED_SUFFIXES)
# A directive is a few pages; a larger file is a bundle or not a document, and reading it
# whole would cost memory for nothing.
MAX_SOURCE_BYTES = 8 * 2**20
# A source's name, its bytes, and its corrections sidecar (name and bytes) if it has one.
_Item = tuple[str, bytes, "tuple[str, bytes] | None"]


@dataclass
class BuildReport:
    published: int = 0
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    corpus: Corpus | None = None
    # Sources taken from the conversion cache, and converted anew.
    reused: int = 0
    converted: int = 0

    @property
    def ok(self) -> bool:
        return not self.problems


def source_files(sources_dir: Path) -> list[Path]:
    """The sources to convert, in a fixed order (correction sidecars are not sources)."""
    return [sources_dir / name for name in _source_names(_file_names(sources_dir))]


def _file_names(folder: Path) -> set[str]:
    # The directory listing says which entries are files, so tens of thousands of sources
    # need no stat each.
    with os.scandir(folder) as entries:
        return {entry.name for entry in entries if entry.is_file()}


def _source_names(file_names: set[str]) -> list[str]:
    # Sorted as strings: the same order as their paths in one folder, at a fraction of
    # the cost of comparing paths.
    return sorted(name for name in file_names if source_suffix(name) in SOURCE_SUFFIXES)


def _read_source(folder: Path, name: str) -> bytes:
    """A source's bytes; its size is checked on the open file before anything is read."""
    with open(os.path.join(folder, name), "rb", buffering=0) as file:
        size = os.fstat(file.fileno()).st_size
        if size > MAX_SOURCE_BYTES:
            raise SourceError(
                name,
                f"the file is {size / 2**20:.1f} MB, over the {MAX_SOURCE_BYTES // 2**20} MB"
                " limit for one source document; split it into the documents it holds",
            )
        return file.readall()


# Below this many sources to convert, starting worker processes costs more than it saves.
_PARALLEL_FROM = 64
_MOST_IN_A_CHUNK = 48


def _convert_pickled(item: _Item) -> bytes:
    """Convert one source in a worker; returned pickled, which is what both the parent
    and the cache take."""
    return pickle.dumps(_kept_for_the_build(convert_source(*item)), protocol=pickle.HIGHEST_PROTOCOL)


def _convert_here(item: _Item, key: str, cache: ConversionCache | None) -> Result:
    """Convert one source in this process; pickled only when the cache keeps it."""
    result = _kept_for_the_build(convert_source(*item))
    if cache is not None:
        cache.put(key, pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
    return result


def _kept_for_the_build(result: Result) -> Result:
    """What the rest of a build reads of a conversion. The body lives on as the document's
    Markdown, so the layout's body and footnote lines, most of the objects to pickle and
    unpickle, are left behind; so is the plain text, once the keys hold the sentences
    around its citations (a quarter of the bytes)."""
    status, document, warnings = result
    if isinstance(document, Document):
        document.layout = replace(document.layout, body=[], footnotes=[])
        if document.keys is not None:
            document.text = ""
    return status, document, warnings


def _convert_all(
    items: list[_Item], keys: list[str], cache: ConversionCache | None, workers: int
) -> list[Result]:
    if not items:
        return []
    if workers <= 1 or len(items) <= _PARALLEL_FROM:
        return [_convert_here(*job, cache) for job in zip(items, keys)]
    # The first conversion fills the lexicon, gazetteer and pattern caches, which the
    # forked workers then start with instead of each filling its own.
    first = _convert_here(items[0], keys[0], cache)
    items, keys = items[1:], keys[1:]
    # Workers take chunks as they come free, so the last chunk decides how long the other
    # workers wait at the end: a few dozen documents, a fraction of a second.
    chunk = max(1, min(len(items) // (workers * 8), _MOST_IN_A_CHUNK))
    results = [first]
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context()) as pool:
        for key, blob in zip(keys, pool.map(_convert_pickled, items, chunksize=chunk)):
            if cache is not None:
                cache.put(key, blob)
            results.append(pickle.loads(blob))
    return results


@contextlib.contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """A build allocates millions of small objects that all live until it ends; the cyclic
    collector's repeated passes over them cost a third of a large build's time and free
    nothing."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def build(
    sources_dir: Path,
    docs_dir: Path,
    *,
    cache_dir: Path | None = None,
    workers: int | None = None,
) -> BuildReport:
    """Convert every source under ``sources_dir`` into pages under ``docs_dir``.

    With ``cache_dir``, a source whose bytes (and the converter) are unchanged is not
    converted again, and a run whose inputs and outputs are all unchanged writes nothing.
    """
    with _without_cycle_collection():
        return _build(sources_dir, docs_dir, cache_dir, workers or os.cpu_count() or 1)


def _build(sources_dir: Path, docs_dir: Path, cache_dir: Path | None, workers: int) -> BuildReport:
    # git reads the sources' history (half a second at 10,000 sources in a checkout) while
    # the sources are read and converted, and is waited for once the conversion is done. A
    # run that changes nothing is known from the history's fingerprint, and stops git.
    history_read = PendingHistory(sources_dir, fingerprinted=cache_dir is not None)
    try:
        return _build_with_history(sources_dir, docs_dir, cache_dir, workers, history_read)
    finally:
        history_read.close()


def _build_with_history(
    sources_dir: Path, docs_dir: Path, cache_dir: Path | None, workers: int, history_read: PendingHistory
) -> BuildReport:
    problems: list[str] = []
    items: list[_Item] = []
    file_names = _file_names(sources_dir)
    for name in _source_names(file_names):
        try:
            data = _read_source(sources_dir, name)
            corrections = sidecar_name(name)
            # The listing tells whether there is a sidecar: no failed stat for each source.
            sidecar = None
            if corrections in file_names:
                sidecar = (corrections, (sources_dir / corrections).read_bytes())
            items.append((name, data, sidecar))
        except SourceError as error:
            problems.append(str(error))
        except OSError as error:
            problems.append(f"{name}: cannot be read ({error.strerror})")
    cache = ConversionCache(cache_dir) if cache_dir else None
    # A source's key covers its name, bytes and sidecar, and the converter.
    keys = [cache.key(name, data, sidecar) if cache else "" for name, data, sidecar in items]
    sources = _sources_digest(keys, problems) if cache is not None else ""
    if cache is not None:
        previous = cache.unchanged_run(
            sources, lambda: _inputs_digest(sources, history_read.fingerprint()), docs_dir
        )
        if previous is not None:
            return BuildReport(
                published=previous["published"],
                problems=previous["problems"],
                warnings=previous["warnings"],
                reused=len(items),
            )

    results: list[Result | None] = [None] * len(items)
    missing = []
    for index, key in enumerate(keys):
        cached = cache.get(key) if cache else None
        if cached is not None:
            results[index] = cached
        else:
            missing.append(index)
    try:
        converted = _convert_all([items[i] for i in missing], [keys[i] for i in missing], cache, workers)
    finally:
        # What was converted is kept, even when the build stops here.
        if cache is not None:
            cache.save()
            cache.close()
    for index, result in zip(missing, converted):
        results[index] = result
    history = history_read.result()

    documents: list[Document] = []
    warnings: list[str] = []
    for result in results:
        assert result is not None
        status, value, source_warnings = result
        warnings.extend(source_warnings)
        if status == "ok":
            assert isinstance(value, Document)
            value.history = history.of(value.metadata.source)
            documents.append(value)
        else:
            problems.append(str(value))
    corpus = assemble(documents, history)
    problems.extend(corpus.problems)
    written, outputs = write_pages(corpus, docs_dir, workers=workers)
    report = BuildReport(
        published=len(corpus.documents),
        problems=problems,
        warnings=warnings,
        written=written,
        corpus=corpus,
        reused=len(items) - len(missing),
        converted=len(missing),
    )
    if cache is not None:
        cache.record_run(
            sources,
            _inputs_digest(sources, history_read.fingerprint()),
            docs_dir,
            outputs,
            {"published": report.published, "problems": problems, "warnings": warnings},
        )
    return report


def _sources_digest(keys: list[str], problems: list[str]) -> str:
    """What a run's output depends on besides the history: the package, every source (by
    its cache key), the sources that could not be read."""
    digest = hashlib.sha256(package_digest().encode())
    digest.update("\0".join(keys).encode())
    digest.update(repr(problems).encode("utf-8"))
    return digest.hexdigest()


def _inputs_digest(sources: str, history_fingerprint: str) -> str:
    """Everything a run's output depends on: the sources' digest and what their history
    is made from."""
    return hashlib.sha256(f"{sources}\0{history_fingerprint}".encode()).hexdigest()
