"""Stage 6, corpus: the whole set of converted documents, seen together before any page is written.

A document's identity is (issuer, number, year): "124/KH-UBND" is reused by every
People's Committee every year, so the number alone identifies nothing. Its page lives at
``van-ban/<issuer>/<year>/<number>/``, readable, ASCII and stable across rebuilds; a
document without a number is named by its type and subject instead.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .model import Document, Metadata
from .text import slugify

GENERATED_DIR = "van-ban"
_UNKNOWN_ISSUER = "khong-ro-co-quan"
_UNKNOWN_YEAR = "khong-ro-nam"
_MAX_NAME = 80


def identity(metadata: Metadata) -> tuple[str, str, str]:
    """The key two documents share only when they are the same document."""
    issuer = slugify(metadata.issuer or "") or _UNKNOWN_ISSUER
    year = (metadata.date or "")[:4] or _UNKNOWN_YEAR
    if metadata.number:
        name = slugify(metadata.number)
    else:
        name = _shorten(slugify(f"{metadata.doc_type or ''} {metadata.subject or metadata.title}"))
    return issuer, year, name or "van-ban"


def _shorten(slug: str) -> str:
    """Cut a long slug at a word boundary, so URLs stay readable."""
    if len(slug) <= _MAX_NAME:
        return slug
    cut = slug[:_MAX_NAME].rsplit("-", 1)[0]
    return cut or slug[:_MAX_NAME]


def page_path(key: tuple[str, str, str]) -> str:
    """The Markdown file of a document, relative to the docs directory."""
    issuer, year, name = key
    return f"{GENERATED_DIR}/{issuer}/{year}/{name}.md"


@dataclass
class Corpus:
    """Every published document, by identity, and the problems seen between them."""

    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def assemble(documents: list[Document]) -> Corpus:
    """Give every document its identity and page; refuse a second source of one identity."""
    corpus = Corpus()
    owners: dict[tuple[str, str, str], Document] = {}
    for document in sorted(documents, key=lambda doc: doc.metadata.source):
        key = identity(document.metadata)
        if key in owners:
            first = owners[key].metadata.source
            corpus.problems.append(
                f"{document.metadata.source}: has the same issuer, number and year as "
                f"{first} ({' / '.join(key)}); one of the two files is a duplicate"
            )
            continue
        owners[key] = document
        document.identity = key
        document.path = page_path(key)
        document.url = f"{GENERATED_DIR}/{key[0]}/{key[1]}/{key[2]}/"
        corpus.documents.append(document)
    return corpus
