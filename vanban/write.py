"""Stage 7, write: each document as a Markdown page with YAML front matter, and the pages
the corpus pass feeds (cited documents, people, issuers).

Pages go only under the generated folders of docs/ (``corpus.GENERATED_DIRS``);
hand-written pages elsewhere in docs/ are never touched. Output is deterministic: a fixed
key order, Unicode kept, one final newline, and a file is rewritten only when its bytes
change. Pages whose source is gone are removed.
"""

from __future__ import annotations

import contextlib
import functools
import json
import multiprocessing
import multiprocessing.context
import os
import re
import shutil
from collections import defaultdict
from concurrent.futures import ProcessPoolExecutor, wait
from pathlib import Path
from typing import Any, Callable


from . import catalogue, pages
from .corpus import (
    CATALOGUE_DIR,
    CHANGES_DIR,
    GENERATED_DIRS,
    ISSUERS_DIR,
    NEWEST_FILE,
    PEOPLE_DIR,
    TYPES_DIR,
    YEARS_DIR,
    Corpus,
)
from .identities import person_key
from .model import Citation, Document, Metadata
from .text import slugify


def front_matter(document: Document) -> dict[str, Any]:
    """The front matter of a page, keys in the order of the contract (DESIGN.md)."""
    meta: Metadata = document.metadata
    layout = document.layout
    data: dict[str, Any] = {
        "title": meta.title,
        "doc_type": meta.doc_type,
        "number": meta.number,
        "issuer": meta.issuer,
        "system": meta.system,
        "place": meta.place,
        "province": meta.province,
        "date": meta.date,
        "subject": meta.subject,
        "signer": meta.signer,
        "signer_title": meta.signer_title,
        "addressees": list(meta.addressees),
        "recipients": list(meta.recipients),
        "cites": [_citation(citation) for citation in meta.cites],
        "source": meta.source,
        # A joint document's other signers, each linked to their page as the signer is.
        "cosigners": [
            {"signer": name, "signer_title": title or None, "signer_url": f"{PEOPLE_DIR}/{person_key(name)}/"}
            for name, title in meta.cosigners
        ],
        "cited_by": [
            {"title": reference.citing.metadata.title, "url": reference.citing.url}
            for reference in document.cited_by
        ],
        "received": meta.received,
        "corrected": list(meta.corrected),
        "source_kind": meta.source_kind,
        # The header and closing as printed, so a reader (or an editor correcting a field)
        # can compare what was read with what the document says.
        "header_lines": [line.text for line in layout.header if line.role != "separator"],
        "closing_lines": [line.text for line in layout.trailer + layout.signature],
        "sha256": layout.source.sha256,
        # What the document page's metadata panel shows and links to.
        "dateline": pages.vietnamese_dateline(meta.place, meta.date),
        "issuer_url": f"{ISSUERS_DIR}/{document.identity[0]}/" if meta.issuer and document.identity else None,
        "signer_url": f"{PEOPLE_DIR}/{person_key(meta.signer)}/" if meta.signer else None,
        "source_url": catalogue.source_path(document),
        "record_url": catalogue.record_path(document),
        # When the source last changed and how, from git (absent outside a checkout).
        "updated": document.history[0].date if document.history else None,
        "history": [
            {
                "date": change.date,
                "commit": change.commit,
                "message": change.message,
                "added_lines": change.added_lines,
                "removed_lines": change.removed_lines,
            }
            for change in document.history
        ],
    }
    return data


def _citation(citation: Citation) -> dict[str, Any]:
    entry: dict[str, Any] = {"number": citation.number, "doc_type": citation.doc_type}
    if citation.issuer:
        entry["issuer"] = citation.issuer
    if citation.date:
        entry["date"] = citation.date
    if citation.url:
        entry["url"] = citation.url
        entry["in_corpus"] = citation.in_corpus
    return entry


def render_page(document: Document, meta: dict[str, Any] | None = None) -> str:
    """The whole page: front matter (``meta``, when made already), then the Markdown body,
    ending in one newline."""
    body = pages.link_citations_in_body(document) + pages.cited_by_section(document)
    return _dump(front_matter(document) if meta is None else meta, body)


def _dump(meta: dict[str, Any], body: str) -> str:
    """Front matter and body as python-frontmatter reads them back."""
    return f"---\n{yaml_block(meta)}---\n\n{body}".rstrip("\n") + "\n"


def yaml_block(data: dict[str, Any], indent: str = "") -> str:
    """A mapping as block YAML that PyYAML (and so MkDocs) reads back as the same data.

    PyYAML's own dumper builds a node for every value and asks its resolver about every
    string, which was most of the time spent writing pages; front matter holds only
    strings, numbers, booleans, None, lists and mappings, which need far less. A string
    is written plain only when it starts with a letter or digit, holds no character YAML
    gives a meaning to and is no YAML 1.1 boolean, null or number; any other is
    double-quoted.

    >>> print(yaml_block({"title": "Chỉ thị 27-CT/TU", "date": "2014-12-11", "cites": [
    ...     {"number": "18-NQ/TW", "in_corpus": False}], "recipients": [], "signer": None}), end="")
    title: Chỉ thị 27-CT/TU
    date: "2014-12-11"
    cites:
    - number: 18-NQ/TW
      in_corpus: false
    recipients: []
    signer: null
    """
    return "".join(
        [f"{indent}{_yaml_scalar(str(key))}:{_yaml_value(value, indent)}" for key, value in data.items()]
    )


def _yaml_value(value: Any, indent: str) -> str:
    """A mapping's value, from just after its key's colon to the end of its last line."""
    # Most values are strings: they are asked about first.
    if isinstance(value, str) or not isinstance(value, (dict, list, tuple)):
        return f" {_yaml_scalar(value)}\n"
    if isinstance(value, dict):
        return f"\n{yaml_block(value, indent + '  ')}" if value else " {}\n"
    if not value:
        return " []\n"
    items = []
    for item in value:
        if isinstance(item, str):
            items.append(f"{indent}- {_yaml_scalar(item)}\n")
        elif isinstance(item, dict) and item:
            # The item's first key shares the line with its dash, the rest line up with it.
            block = yaml_block(item, indent + "  ")
            items.append(f"{indent}- {block[len(indent) + 2:]}")
        elif isinstance(item, (list, tuple, dict)):
            raise TypeError(f"front matter holds a nested {type(item).__name__} in a list")
        else:
            items.append(f"{indent}- {_yaml_scalar(item)}\n")
    return "\n" + "".join(items)


# Plain only: a letter or digit first, then letters, digits, single spaces and punctuation
# that means nothing to YAML there (no ':', '#', brackets, quotes or indicators)...
_PLAIN = re.compile(r"[^\W_](?:[\w.,;()/&+\-–—%“”‘’]| (?! |$))*")
# ...and, when a digit comes first, a letter no number, date or time can hold
# ("18-NQ/TW", never "2014-12-11", "1e5" or "0x1F").
_NOT_A_NUMBER = re.compile(r"[^\W\d_a-fA-FoOxX]")
# YAML 1.1 reads these words as booleans or null.
_RESERVED = frozenset(
    "y Y yes Yes YES n N no No NO true True TRUE false False FALSE on On ON off Off OFF "
    "null Null NULL".split()
)
# What JSON leaves as it is but YAML must have escaped: what PyYAML refuses to read even
# quoted, and YAML 1.1's other line breaks and the byte order mark.
_MUST_ESCAPE = re.compile(
    "[^\x09\x0a\x0d\x20-\x7e\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]|[\u2028\u2029\ufeff]"
)


# Names, types, places and titles repeat from page to page.
@functools.lru_cache(maxsize=1 << 16, typed=True)
def _yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if value is True or value is False:
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if not isinstance(value, str):
        raise TypeError(f"front matter holds a {type(value).__name__}: {value!r}")
    if (
        _PLAIN.fullmatch(value)
        and value not in _RESERVED
        and (not value[0].isdigit() or _NOT_A_NUMBER.search(value))
    ):
        return value
    # JSON's escapes (\\ \" \n \t \uXXXX ...) are YAML's too.
    quoted = json.dumps(value, ensure_ascii=False)
    return _MUST_ESCAPE.sub(_escape, quoted)


def _escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def site_pages(corpus: Corpus, share: int = 0, shares: int = 1) -> dict[str, str | bytes]:
    """Every generated file of the corpus: its path under docs/ and its text.

    With ``shares``, only one share of them: the pages of each kind are dealt out by their
    place in the corpus. Each page depends on the corpus alone, so the shares together are
    the whole site, however many there are.
    """
    documents = corpus.documents
    rendered: dict[str, str | bytes] = {}
    for document in documents[share::shares]:
        meta = front_matter(document)
        rendered[document.path] = render_page(document, meta)
        rendered[catalogue.source_path(document)] = (
            document.original if document.original is not None else document.layout.source.text
        )
    for cited in corpus.cited[share::shares]:
        rendered[cited.path] = _dump(*pages.cited_document_page(cited))
    for person in corpus.people[share::shares]:
        rendered[person.path] = _dump(*pages.person_page(person))
    for issuer in corpus.issuers[share::shares]:
        rendered[issuer.path] = _dump(*pages.issuer_page(issuer))
    for path, make in _listing_pages(documents, corpus)[share::shares]:
        rendered[path] = make()
    return rendered


def _listing_pages(documents: list[Document], corpus: Corpus) -> list[tuple[str, Callable[[], str]]]:
    """The fixed ways in (by issuer, year, type and signer; the catalogue; the newest), each
    as its path and what makes it, so that the shares can deal them out."""
    by_year: dict[str, list[Document]] = defaultdict(list)
    by_type: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        by_year[(document.metadata.date or "")[:4]].append(document)
        by_type[document.metadata.doc_type or "Khác"].append(document)

    def year_path(year: str) -> str:
        return f"{YEARS_DIR}/{year or 'khong-ro-nam'}.md"

    def type_path(name: str) -> str:
        return f"{TYPES_DIR}/{slugify(name)}.md"

    def page(path: str, make: Callable[..., tuple[dict[str, Any], str]], *args: Any):
        return path, lambda: _dump(*make(*args, path))

    history = corpus.history
    changed = [doc for doc in documents if doc.metadata.source in history.changed_since_version]
    return [
        (catalogue.CATALOGUE_PATH, lambda: catalogue.dumps(catalogue.catalogue(documents))),
        page(f"{CATALOGUE_DIR}/index.md", pages.catalogue_page, documents),
        page(f"{ISSUERS_DIR}/index.md", pages.issuers_index, corpus.issuers),
        page(f"{PEOPLE_DIR}/index.md", pages.people_index, corpus.people),
        (f"{YEARS_DIR}/index.md",
         lambda: _dump(*pages.years_index(by_year, f"{YEARS_DIR}/index.md", year_path))),
        *(page(year_path(year), pages.year_page, year, listed) for year, listed in by_year.items()),
        (f"{TYPES_DIR}/index.md",
         lambda: _dump(*pages.types_index(by_type, f"{TYPES_DIR}/index.md", type_path))),
        *(page(type_path(name), pages.type_page, name, listed) for name, listed in by_type.items()),
        (NEWEST_FILE, lambda: pages.newest_list(documents, "index.md")),
        page(f"{CHANGES_DIR}/index.md", pages.changes_page, changed, history.previous_version),
    ]


# Below this many documents, starting worker processes costs more than it saves.
_PARALLEL_FROM = 64


def worker_context() -> multiprocessing.context.BaseContext | None:
    """Forked workers start with the parent's memory (the corpus, warm caches) instead of
    pickling it across; where fork is not offered, the platform's default start method."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    return None


def write_pages(
    corpus: Corpus, docs_dir: Path, *, workers: int = 1
) -> tuple[list[Path], dict[str, FileStamp]]:
    """Write every page and remove stale generated pages.

    Everything is rendered before the disk is touched, and every changed file is first
    written beside its place and only then moved into it: a build that fails on the way
    leaves the previous pages as they were, even when a worker is killed. A generated
    folder that does not exist yet (a first build) is written whole as a hidden folder
    beside its place and moved in with one rename. With several ``workers`` (and fork),
    each renders and stages a share of the pages.

    Returns the files written anew, and every generated file (relative to ``docs_dir``,
    sorted) with its size and modification time as the workers left it, so that the next
    run can tell whether anyone changed it without looking at each again.
    """
    root = str(docs_dir)
    # Only a name nothing holds is new: a stray file in a folder's place fails the staging
    # below, before anything is replaced.
    new_folders = frozenset(
        folder for folder in GENERATED_DIRS if not os.path.lexists(os.path.join(root, folder))
    )
    existing = [folder for folder in GENERATED_DIRS if folder not in new_folders]
    # What a build killed on the way left.
    _remove_staging(root, frozenset(GENERATED_DIRS))
    shares = workers if len(corpus.documents) >= _PARALLEL_FROM else 1
    context = worker_context()
    try:
        if shares <= 1 or context is None:
            staged_shares = [_stage_share(corpus, docs_dir, 0, 1, new_folders)]
        else:
            staged_shares = _stage_in_workers(corpus, docs_dir, shares, new_folders, context)
    except BaseException:
        _remove_staging(root, new_folders)
        raise
    generated = dict(sorted(item for stamps, _ in staged_shares for item in stamps.items()))
    staged = sorted(pair for _, pairs in staged_shares for pair in pairs)
    # New folders first: moving one in replaces nothing, so the previous pages are still
    # all there if it fails. A move keeps the files' sizes and modification times: the
    # stamps stay true.
    for folder in sorted(new_folders):
        staging = _staging_folder(root, folder)
        if os.path.isdir(staging):
            os.rename(staging, os.path.join(root, folder))
    for temporary, path in staged:
        os.replace(temporary, path)
    # A generated folder made by this run holds only this run's files: none is stale, and
    # a first build need not list the tens of thousands it wrote.
    if existing:
        wanted = {os.path.join(root, relative) for relative in generated}
        for folder in existing:
            _remove_stale(os.path.join(root, folder), wanted)
    # Every file of a new folder was written anew.
    written = [path for _, path in staged] + [
        os.path.join(root, relative) for relative in generated if _new_folder_of(relative, new_folders)
    ]
    return [Path(path) for path in sorted(written)], generated


def _new_folder_of(relative: str, new_folders: frozenset[str]) -> str | None:
    """The new generated folder a file (relative to docs/) goes into, if it goes into one."""
    top, inside, _ = relative.partition("/")
    return top if inside and top in new_folders else None


def _staging_folder(root: str, folder: str) -> str:
    """Where a new generated folder is written before it is moved into place; MkDocs
    leaves hidden folders out of the site."""
    return os.path.join(root, f".{folder}.new")


def _remove_staging(root: str, folders: frozenset[str]) -> None:
    for folder in folders:
        shutil.rmtree(_staging_folder(root, folder), ignore_errors=True)


# A file's size and modification time (ns), as the manifest of a run records them.
FileStamp = tuple[int, int]
# A share's generated files (relative to docs/) with their stamps, and its changed files
# in existing folders staged beside their places (temporary, place). Plain strings, not
# Paths: there are tens of thousands, made in the workers, pickled to the parent and
# sorted there.
_Staged = tuple[dict[str, FileStamp], list[tuple[str, str]]]
# What forked workers read: set only while they run.
_SHARED_FOR_WORKERS: tuple[Corpus, Path, frozenset[str]] | None = None


def _stage_in_workers(
    corpus: Corpus,
    docs_dir: Path,
    shares: int,
    new_folders: frozenset[str],
    context: multiprocessing.context.BaseContext,
) -> list[_Staged]:
    global _SHARED_FOR_WORKERS
    _SHARED_FOR_WORKERS = (corpus, docs_dir, new_folders)
    done: list[_Staged] = []
    try:
        # This process renders the first share itself instead of waiting for the workers:
        # one fork fewer.
        with ProcessPoolExecutor(max_workers=shares - 1, mp_context=context) as pool:
            futures = [pool.submit(_stage_shared, share, shares) for share in range(1, shares)]
            failure: BaseException | None = None
            try:
                done.append(_stage_share(corpus, docs_dir, 0, shares, new_folders))
            except BaseException as error:  # noqa: BLE001 - re-raised once all are in
                failure = error
            for future in futures:
                try:
                    future.result()
                except BaseException as error:  # noqa: BLE001 - re-raised once all are in
                    failure = failure or error
            # An interrupt can cut short the wait for a worker, which then stages its share
            # all the same: every worker is waited for before its share is taken.
            wait(futures)
            done.extend(f.result() for f in futures if not f.cancelled() and f.exception() is None)
            if failure is not None:
                for _, staged in done:
                    _undo(staged)
                raise failure
    finally:
        _SHARED_FOR_WORKERS = None
    return done


def _stage_shared(share: int, shares: int) -> _Staged:
    assert _SHARED_FOR_WORKERS is not None, "run only in a worker forked by _stage_in_workers"
    corpus, docs_dir, new_folders = _SHARED_FOR_WORKERS
    return _stage_share(corpus, docs_dir, share, shares, new_folders)


def _stage_share(
    corpus: Corpus, docs_dir: Path, share: int, shares: int, new_folders: frozenset[str]
) -> _Staged:
    """Render one share of the pages and stage those whose bytes changed."""
    rendered = site_pages(corpus, share, shares)
    root = str(docs_dir)
    stamps: dict[str, FileStamp] = {}
    staged: list[tuple[str, str]] = []
    folders: set[str] = set()
    try:
        for relative, text in rendered.items():
            content = text if isinstance(text, bytes) else text.encode("utf-8")
            new_folder = _new_folder_of(relative, new_folders)
            if new_folder is not None:
                # A new folder: nothing is there to compare with or to keep.
                path = os.path.join(_staging_folder(root, new_folder), relative.partition("/")[2])
            else:
                place = os.path.join(root, relative)
                kept = _stamp_if_same(place, content)
                if kept is not None:
                    stamps[relative] = kept
                    continue
                folder, name = os.path.split(place)
                path = os.path.join(folder, f".{name}.new")
                staged.append((path, place))
            folder = os.path.dirname(path)
            if folder not in folders:
                os.makedirs(folder, exist_ok=True)
                folders.add(folder)
            stamps[relative] = write_file(path, content)
    except BaseException:
        _undo(staged)
        raise
    return stamps, staged


def _undo(staged: list[tuple[str, str]]) -> None:
    for temporary, _ in staged:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _stamp_if_same(path: str, content: bytes) -> FileStamp | None:
    """The stamp of the file at ``path`` when it holds ``content``; None when it holds
    other bytes or there is no file."""
    try:
        descriptor = os.open(path, os.O_RDONLY)
    except OSError:
        return None
    try:
        status = os.fstat(descriptor)
        if status.st_size != len(content) or os.read(descriptor, len(content) + 1) != content:
            return None
        return status.st_size, status.st_mtime_ns
    except OSError:
        return None
    finally:
        os.close(descriptor)


def write_file(path: Path | str, content: bytes) -> FileStamp:
    """Create or replace a file with ``content``; returns its size and modification time.
    A build writes tens of thousands of files; a buffered file object costs two more
    system calls (and objects) per file than the file descriptor needs."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)
    try:
        view = memoryview(content)
        while view:
            view = view[os.write(descriptor, view):]
        status = os.fstat(descriptor)
        return status.st_size, status.st_mtime_ns
    finally:
        os.close(descriptor)


def _remove_stale(root: str, wanted: set[str]) -> None:
    """Remove the files under ``root`` that are not ``wanted``, then the folders left empty."""
    for folder, _, files in os.walk(root, topdown=False):
        for name in files:
            path = os.path.join(folder, name)
            if path not in wanted:
                os.unlink(path)
        if folder != root and not os.listdir(folder):
            os.rmdir(folder)
