"""The conversion, top to bottom: read every source, see the corpus whole, then write.

read → layout → metadata → body → citations, one source at a time (in parallel, and only
for sources the cache has not seen); the history of each source from git; then the corpus
pass over every document (identities, duplicates, links); then the pages. A source that cannot be
published is reported as ``FILE: reason`` and the rest of the corpus still builds.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import itertools
import os
import pickle
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterator

from .body import render_body
from .cache import ConversionCache, converter_digest
from .citations import find_citations
from .corrections import apply_corrections, load_corrections, sidecar_path
from .corpus import Corpus, assemble
from .errors import SourceError
from .extract import EXTRACTED_SUFFIXES, extract
from .history import History, read_history
from .layout import plain, split_layout
from .metadata import make_title, read_metadata
from .model import Document, SourceText
from .read import decode_source
from .write import worker_context, write_pages

SOURCE_SUFFIXES = (".txt", ".md", *EXTRACTED_SUFFIXES)
# A directive is a few pages; a larger file is a bundle or not a document, and reading it
# whole would cost memory for nothing.
MAX_SOURCE_BYTES = 8 * 2**20
# A source's name, its bytes, and its corrections sidecar (name and bytes) if it has one.
_Item = tuple[str, bytes, "tuple[str, bytes] | None"]
# ("ok", document, warnings) or ("refused", reason, warnings).
_Result = tuple[str, object, tuple[str, ...]]


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


def convert(source: SourceText) -> Document:
    """One decoded source to a document: its metadata, body and citations."""
    layout = split_layout(source)
    metadata = read_metadata(layout)
    if not layout.body:
        raise SourceError(source.name, "no body text found after the header")
    body = render_body(layout.body, layout.footnotes)
    text = "\n".join(plain(line.text) for line in layout.body + layout.footnotes)
    metadata.cites = find_citations(text, own_number=metadata.number)
    return Document(metadata=metadata, body=body, layout=layout, text=text)


def convert_bytes(data: bytes, name: str) -> Document:
    return convert(decode_source(data, name))


def source_files(sources_dir: Path) -> list[Path]:
    """The sources to convert, in a fixed order (correction sidecars are not sources)."""
    return sorted(
        path
        for path in sources_dir.iterdir()
        if path.is_file() and path.suffix.lower() in SOURCE_SUFFIXES
    )


# Below this many sources to convert, starting worker processes costs more than it saves.
_PARALLEL_FROM = 64


def _convert_one(name: str, data: bytes, sidecar: tuple[str, bytes] | None = None) -> _Result:
    """("ok", document, warnings) or ("refused", reason, warnings); never raises."""
    warnings: tuple[str, ...] = ()
    try:
        original = None
        kind = "text"
        if Path(name).suffix.lower() in EXTRACTED_SUFFIXES:
            extracted = extract(data, name)
            # The page offers the file as received; its digest is of those bytes.
            original, kind = data, extracted.method
            source = replace(decode_source(extracted.text.encode("utf-8"), name),
                             sha256=hashlib.sha256(data).hexdigest(), encoding=kind)
        else:
            source = decode_source(data, name)
        warnings = source.warnings
        document = convert(source)
        document.original = original
        document.metadata.source_kind = kind
        if sidecar is not None:
            corrections = load_corrections(*sidecar)
            document.metadata = apply_corrections(
                document.metadata, corrections, lambda meta: make_title(meta, document.text)
            )
            document.metadata.corrected = sorted(corrections)
        return "ok", document, warnings
    except SourceError as error:
        return "refused", str(error), warnings
    except Exception as error:  # noqa: BLE001 - one bad source must not stop the corpus
        return (
            "refused",
            f"{name}: could not be converted ({type(error).__name__}: {error});"
            " this is a bug in the converter, please report it with the file",
            warnings,
        )


def _convert_and_store(item: _Item, key: str, cache: ConversionCache | None) -> bytes:
    """Convert one source and keep the result in the cache; returns it pickled, since the
    pickle is what both the cache and the parent process need."""
    blob = pickle.dumps(_convert_one(*item), protocol=pickle.HIGHEST_PROTOCOL)
    if cache is not None:
        cache.put(key, blob)
    return blob


def _convert_all(
    items: list[_Item], keys: list[str], cache: ConversionCache | None, workers: int
) -> list[_Result]:
    if not items:
        return []
    # The first conversion fills the lexicon, gazetteer and pattern caches, which the
    # forked workers then start with instead of each filling its own.
    first = pickle.loads(_convert_and_store(items[0], keys[0], cache))
    items, keys = items[1:], keys[1:]
    if workers <= 1 or len(items) < _PARALLEL_FROM:
        return [first, *(pickle.loads(_convert_and_store(*job, cache)) for job in zip(items, keys))]
    chunk = max(1, len(items) // (workers * 8))
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context()) as pool:
        blobs = pool.map(_convert_and_store, items, keys, itertools.repeat(cache), chunksize=chunk)
        return [first, *map(pickle.loads, blobs)]


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
    problems: list[str] = []
    items: list[_Item] = []
    for path in source_files(sources_dir):
        try:
            size = path.stat().st_size
            if size > MAX_SOURCE_BYTES:
                problems.append(
                    f"{path.name}: the file is {size / 2**20:.1f} MB, over the"
                    f" {MAX_SOURCE_BYTES // 2**20} MB limit for one source document;"
                    " split it into the documents it holds"
                )
                continue
            corrections = sidecar_path(path)
            sidecar = (corrections.name, corrections.read_bytes()) if corrections.is_file() else None
            items.append((path.name, path.read_bytes(), sidecar))
        except OSError as error:
            problems.append(f"{path.name}: cannot be read ({error.strerror})")
    history = read_history(sources_dir)
    cache = ConversionCache(cache_dir) if cache_dir else None
    inputs = _inputs_digest(items, history, problems)
    if cache is not None:
        previous = cache.unchanged_run(inputs, docs_dir)
        if previous is not None:
            return BuildReport(
                published=previous["published"],
                problems=previous["problems"],
                warnings=previous["warnings"],
                reused=len(items),
            )

    results: list[_Result | None] = [None] * len(items)
    keys = [cache.key(name, data, sidecar) if cache else "" for name, data, sidecar in items]
    missing = []
    for index, key in enumerate(keys):
        cached = cache.get(key) if cache else None
        if cached is not None:
            results[index] = cached
        else:
            missing.append(index)
    converted = _convert_all([items[i] for i in missing], [keys[i] for i in missing], cache, workers)
    for index, result in zip(missing, converted):
        results[index] = result

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
            inputs,
            docs_dir,
            outputs,
            {"published": report.published, "problems": problems, "warnings": warnings},
        )
    return report


def _inputs_digest(items: list[_Item], history: History, problems: list[str]) -> str:
    """What a run's output depends on: the converter, every source, their history."""
    digest = hashlib.sha256(converter_digest().encode())
    for name, data, sidecar in items:
        digest.update(name.encode("utf-8") + b"\0" + hashlib.sha256(data).digest())
        if sidecar is not None:
            digest.update(sidecar[0].encode("utf-8") + b"\0" + hashlib.sha256(sidecar[1]).digest())
    digest.update(repr((sorted(history.changes.items()), history.previous_version,
                        sorted(history.changed_since_version), problems)).encode("utf-8"))
    return digest.hexdigest()
