"""Stage 6, corpus: the whole set of converted documents, seen together before any page is written.

Each document has its identity, (issuer, year, number), and the keys of what it cites
already (``identities``). Its page lives at ``van-ban/<issuer>/<year>/<number>/``,
readable, ASCII and stable across rebuilds; a second source of one identity is refused.

The pass also links the corpus together: each citation resolves to the corpus document
with its identity, or else to one page per cited document (``dan-chieu/``) that gathers
every sentence citing it; and it gathers the people who signed or wrote the documents
(``nguoi-ky/``) and the bodies that issued them (``co-quan/``).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from . import issuers
from .history import History
from .identities import UNKNOWN_YEAR, document_keys, person_key
from .model import CitationKeys, Document, DocumentKeys, Reference
from .text import slugify

GENERATED_DIR = "van-ban"
CITED_DIR = "dan-chieu"
PEOPLE_DIR = "nguoi-ky"
ISSUERS_DIR = "co-quan"
# Every folder under docs/ that the build owns; everything else in docs/ is hand-written.
YEARS_DIR = "nam"
TYPES_DIR = "loai"
CATALOGUE_DIR = "tra-cuu"
CHANGES_DIR = "thay-doi"
API_DIR = "api"
SOURCES_DIR = "nguon"
GENERATED_DIRS = (
    GENERATED_DIR, CITED_DIR, PEOPLE_DIR, ISSUERS_DIR, YEARS_DIR, TYPES_DIR, CATALOGUE_DIR,
    CHANGES_DIR, API_DIR, SOURCES_DIR,
)
# The home page's list of newest documents, included by docs/index.md; MkDocs skips
# files whose names start with a dot, so it is never a page of its own.
NEWEST_FILE = ".moi-nhat.md"


def page_location(folder: str, *parts: str) -> str:
    """A generated page's place: its Markdown file is this plus ".md" under docs/, its
    address this plus "/" on the site."""
    return "/".join((folder, *parts))


def page_path(key: tuple[str, str, str]) -> str:
    """The Markdown file of a document, relative to the docs directory."""
    return page_location(GENERATED_DIR, *key) + ".md"


class _GeneratedPage:
    """The Markdown file and the address of a page, both from its ``location``."""

    location: str

    @property
    def path(self) -> str:
        return f"{self.location}.md"

    @property
    def url(self) -> str:
        return f"{self.location}/"


@dataclass
class CitedDocument(_GeneratedPage):
    """A document that corpus documents cite but the corpus does not hold."""

    key: tuple[str, str, str]
    number: str
    doc_type: str | None
    issuer: str | None
    date: str | None
    references: list[Reference] = field(default_factory=list)

    @property
    def location(self) -> str:
        return page_location(CITED_DIR, *self.key)

    @property
    def title(self) -> str:
        return f"{self.doc_type} {self.number}" if self.doc_type else self.number


@dataclass
class Work:
    """A document as one person's: signed by them, or written by them, with their title."""

    document: Document
    title: str | None


@dataclass
class Person(_GeneratedPage):
    name: str
    slug: str
    works: list[Work] = field(default_factory=list)

    @property
    def location(self) -> str:
        return page_location(PEOPLE_DIR, self.slug)


@dataclass
class Issuer(_GeneratedPage):
    name: str
    slug: str
    system: str | None
    province: str | None
    documents: list[Document] = field(default_factory=list)

    @property
    def location(self) -> str:
        return page_location(ISSUERS_DIR, self.slug)


@dataclass
class Corpus:
    """Every published document, by identity, and the problems seen between them."""

    documents: list[Document] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    cited: list[CitedDocument] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    issuers: list[Issuer] = field(default_factory=list)
    history: History = field(default_factory=History)


def assemble(documents: list[Document], history: History | None = None) -> Corpus:
    """Give every document its identity and page; refuse a second source of one identity."""
    corpus = Corpus(history=history or History())
    owners: dict[tuple[str, str, str], Document] = {}
    for document in sorted(documents, key=lambda doc: doc.metadata.source):
        if document.keys is None:
            document.keys = document_keys(document)
        key = document.keys.identity
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
        document.url = page_location(GENERATED_DIR, *key) + "/"
        corpus.documents.append(document)
    corpus.documents.sort(key=_newest_first)
    corpus.cited = link_citations(corpus.documents)
    corpus.people = gather_people(corpus.documents)
    corpus.issuers = gather_issuers(corpus.documents)
    return corpus


def _newest_first(document: Document) -> tuple:
    # Dates of any precision sort as text ("2021" < "2021-05" < "2021-05-02"); ties and
    # undated documents fall back to the path, so the order never depends on the input.
    return (_invert(document.metadata.date or ""), document.path)


def _invert(text: str) -> str:
    return "".join(chr(0x10FFFF - ord(char)) for char in text)


# ---------------------------------------------------------------------------------------
# Citations: to the corpus document with that identity, or to a page of the cited document

def _same_body(one: str, other: str) -> bool:
    """"Tỉnh ủy Quảng Trị" and "Ban Thường vụ Tỉnh ủy Quảng Trị" issue under one symbol
    (both names folded)."""
    return one == other or one.endswith(" " + other) or other.endswith(" " + one)


def _year_of(document: Document) -> str | None:
    return (document.metadata.date or "")[:4] or None


def _keys(document: Document) -> DocumentKeys:
    assert document.keys is not None, "assemble gives every document its keys"
    return document.keys


def _corpus_target(
    keys: CitationKeys, citing: Document, by_number: dict[str, list[Document]]
) -> Document | None:
    """The one corpus document a citation names, when its identity allows just one."""
    candidates = [doc for doc in by_number.get(keys.number, []) if doc is not citing]
    if keys.year:
        candidates = [doc for doc in candidates if _year_of(doc) == keys.year]
    if keys.folded_issuer is not None:
        candidates = [
            doc for doc in candidates
            if (issuer := _keys(doc).folded_issuer) is not None and _same_body(issuer, keys.folded_issuer)
        ]
    elif not keys.central:
        # A local symbol with no issuer named is the citing office's own locality's.
        province = citing.metadata.province
        candidates = [doc for doc in candidates if province and doc.metadata.province == province]
    return candidates[0] if len(candidates) == 1 else None


def link_citations(documents: list[Document]) -> list[CitedDocument]:
    """Point every citation at its page; return the pages of cited documents not in the corpus."""
    by_number: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        number = _keys(document).number
        if number:
            by_number[number].append(document)
    cited: dict[tuple[str, str, str], CitedDocument] = {}
    undated: list[tuple[Document, int, CitationKeys]] = []
    for document in documents:
        cites = document.metadata.cites
        for index, keys in enumerate(_keys(document).citations):
            target = _corpus_target(keys, document, by_number)
            if target is not None:
                cites[index] = replace(cites[index], url=target.url, in_corpus=True)
                target.cited_by.append(Reference(document, cites[index], keys.sentence))
                continue
            if keys.year is None:
                undated.append((document, index, keys))
                continue
            _cite_outside(cited, keys.page, document, index, keys)
    # Without a year, a citation joins the one dated page of that number and issuer, if
    # there is exactly one; else it gets a page of its own.
    pages_of: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in cited:
        pages_of[key[0], key[2]].append(key)
    for document, index, keys in undated:
        issuer_key, _, name = keys.page
        dated = pages_of[issuer_key, name]
        key = dated[0] if len(dated) == 1 else (issuer_key, UNKNOWN_YEAR, name)
        if key not in cited:
            dated.append(key)
        _cite_outside(cited, key, document, index, keys)
    return [cited[key] for key in sorted(cited)]


def _cite_outside(
    cited: dict[tuple[str, str, str], CitedDocument],
    key: tuple[str, str, str],
    document: Document,
    index: int,
    keys: CitationKeys,
) -> None:
    citation = document.metadata.cites[index]
    page = cited.get(key)
    if page is None:
        page = cited[key] = CitedDocument(
            key, citation.number, citation.doc_type, None, citation.date
        )
    page.issuer = page.issuer or keys.issuer
    page.date = page.date or citation.date
    page.doc_type = page.doc_type or citation.doc_type
    document.metadata.cites[index] = replace(citation, url=page.url)
    page.references.append(Reference(document, document.metadata.cites[index], keys.sentence))


# ---------------------------------------------------------------------------------------
# People and issuers


def gather_people(documents: list[Document]) -> list[Person]:
    """Everyone who signed or wrote a document, with the title they held in each."""
    people: dict[str, Person] = {}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        meta = document.metadata
        keys = _keys(document)
        signed = [(keys.person, keys.signer_spelling or meta.signer, meta.signer_title)] if meta.signer else []
        # A joint document's co-signers are few and rare: their keys are made here.
        signed += [(person_key(name), name, title) for name, title in meta.cosigners]
        for key, name, title in signed:
            if key is None:
                continue
            spellings[key][name] += 1
            people.setdefault(key, Person(name=name, slug=key)).works.append(Work(document, title))
    for key, person in people.items():
        person.name = max(spellings[key].items(), key=lambda item: (item[1], item[0]))[0]
    return [people[key] for key in sorted(people)]


def gather_issuers(documents: list[Document]) -> list[Issuer]:
    """Every issuing body with its documents, newest first."""
    found: dict[str, Issuer] = {}
    for document in documents:
        meta = document.metadata
        if not meta.issuer or document.identity is None:
            continue
        slug = document.identity[0]
        issuer = found.setdefault(slug, Issuer(meta.issuer, slug, meta.system, meta.province))
        issuer.documents.append(document)
        # A joint document is each of its bodies' too: a circular of two ministries is
        # listed with each ministry's own documents.
        for part in issuers.joint_parts(meta.issuer):
            part_slug = slugify(part)
            own = found.setdefault(part_slug, Issuer(part, part_slug, issuers.system_of(part), meta.province))
            own.documents.append(document)
    return [found[slug] for slug in sorted(found)]
