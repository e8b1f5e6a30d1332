"""Stage 6, corpus: the whole set of converted documents, seen together before any page is written.

A document's identity is (issuer, number, year): "124/KH-UBND" is reused by every
People's Committee every year, so the number alone identifies nothing. Its page lives at
``van-ban/<issuer>/<year>/<number>/``, readable, ASCII and stable across rebuilds; a
document without a number is named by its type and subject instead.

The pass also links the corpus together: each citation resolves to the corpus document
with its identity, or else to one page per cited document (``dan-chieu/``) that gathers
every sentence citing it; and it gathers the people who signed or wrote the documents
(``nguoi-ky/``) and the bodies that issued them (``co-quan/``).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace

from . import issuers
from .citations import number_key
from .history import History
from .model import Citation, Document, Metadata, Reference
from .orthography import to_traditional
from .text import fold, slugify

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

# Central bodies number nationally, so their symbol alone names the document of a year:
# "45-NQ/TW", "36-HD/VPTW", "37/2014/NĐ-CP", "1557/QĐ-TTg", "15/2023/QH15".
_CENTRAL_CODE = re.compile(r"(?:[A-ZĐ]*TW|CP|TTg|CTN|(?:UBTV)?QH\d*)")
_YEAR_IN_NUMBER = re.compile(r"/((?:19|20)\d{2})/")
_CENTRAL_KEY = "trung-uong"
_UNKNOWN_ISSUER_OF = "khong-ro-co-quan"


def is_central_number(number: str) -> bool:
    """Whether a number's symbol is that of a central body.

    >>> is_central_number("45-NQ/TW"), is_central_number("93/2007/QĐ-TTg")
    (True, True)
    >>> is_central_number("124/KH-UBND"), is_central_number("56-CTr/TU")
    (False, False)
    """
    last = re.split(r"[-/]", number)[-1]
    return bool(_CENTRAL_CODE.fullmatch(last))


def citation_year(citation: Citation) -> str | None:
    if citation.date:
        return citation.date[:4]
    match = _YEAR_IN_NUMBER.search(citation.number)
    return match.group(1) if match else None


def cited_issuer(citation: Citation, citing: Metadata) -> str | None:
    """The cited body's full name; "của Ủy ban nhân dân thành phố" takes the citing locality."""
    if not citation.issuer:
        return None
    name = issuers.canonical_name(citation.issuer)
    if issuers.is_central(name) or issuers.province_in_name(name):
        return name
    return issuers.complete_locality(name, citing.province, citing.place, citing.date)


def _same_body(one: str, other: str) -> bool:
    """"Tỉnh ủy Quảng Trị" and "Ban Thường vụ Tỉnh ủy Quảng Trị" issue under one symbol."""
    a, b = fold(one), fold(other)
    return a == b or a.endswith(" " + b) or b.endswith(" " + a)


def _year_of(document: Document) -> str | None:
    return (document.metadata.date or "")[:4] or None


def _corpus_target(
    citation: Citation, citing: Document, by_number: dict[str, list[Document]]
) -> Document | None:
    """The one corpus document this citation names, when its identity allows just one."""
    year = citation_year(citation)
    issuer = cited_issuer(citation, citing.metadata)
    candidates = [doc for doc in by_number.get(number_key(citation.number), []) if doc is not citing]
    if year:
        candidates = [doc for doc in candidates if _year_of(doc) == year]
    if issuer:
        candidates = [
            doc for doc in candidates if doc.metadata.issuer and _same_body(doc.metadata.issuer, issuer)
        ]
    elif not is_central_number(citation.number):
        # A local symbol with no issuer named is the citing office's own locality's.
        province = citing.metadata.province
        candidates = [doc for doc in candidates if province and doc.metadata.province == province]
    return candidates[0] if len(candidates) == 1 else None


def _cited_key(citation: Citation, citing: Metadata) -> tuple[str, str, str]:
    year = citation_year(citation) or _UNKNOWN_YEAR
    name = slugify(citation.number)
    if is_central_number(citation.number):
        return _CENTRAL_KEY, year, name
    issuer = cited_issuer(citation, citing)
    if issuer:
        return slugify(issuer), year, name
    where = slugify(citing.province or "")
    return (f"{_UNKNOWN_ISSUER_OF}-{where}" if where else _UNKNOWN_ISSUER_OF), year, name


# Where a sentence ends: a stop and a space or a line's end, or a line's end.
_SENTENCE_OPENER = re.compile(r"[.;!?] |\n")
_SENTENCE_CLOSER = re.compile(r"[.;]\n|[.;!?] |\n")
# How far back the start of a sentence is looked for at first; twice as far each time after.
_LOOK_BACK = 512


def sentence_around(text: str, start: int, end: int) -> str:
    """The sentence of ``text`` that holds ``text[start:end]``.

    Each search stops at the nearest stop, so a document with hundreds of citations costs
    hundreds of short searches, not hundreds of scans of the whole text.

    >>> sentence_around("Một. Theo Chỉ thị số 5-CT/TU, làm ngay. Hai.", 10, 28)
    'Theo Chỉ thị số 5-CT/TU, làm ngay.'
    """
    opening = -1
    window = _LOOK_BACK
    while True:
        low = max(0, start - window)
        for stop in _SENTENCE_OPENER.finditer(text, low, start):
            opening = stop.start()
        if opening >= 0 or low == 0:
            break
        window *= 2
    begin = 0 if opening < 0 else opening + (1 if text[opening] == "\n" else 2)
    closing = _SENTENCE_CLOSER.search(text, end)
    if closing is None:
        finish = len(text)
    else:
        finish = closing.start() + (0 if text[closing.start()] == "\n" else 1)
    return " ".join(text[begin:finish].split())


def link_citations(documents: list[Document]) -> list[CitedDocument]:
    """Point every citation at its page; return the pages of cited documents not in the corpus."""
    by_number: dict[str, list[Document]] = defaultdict(list)
    for document in documents:
        if document.metadata.number:
            by_number[number_key(document.metadata.number)].append(document)
    cited: dict[tuple[str, str, str], CitedDocument] = {}
    undated: list[tuple[Document, int, Citation]] = []
    for document in documents:
        for index, citation in enumerate(document.metadata.cites):
            target = _corpus_target(citation, document, by_number)
            if target is not None:
                document.metadata.cites[index] = replace(citation, url=target.url, in_corpus=True)
                target.cited_by.append(_reference(document, document.metadata.cites[index]))
                continue
            if citation_year(citation) is None:
                undated.append((document, index, citation))
                continue
            _cite_outside(cited, _cited_key(citation, document.metadata), document, index, citation)
    # Without a year, a citation joins the one dated page of that number and issuer, if
    # there is exactly one; else it gets a page of its own.
    pages_of: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in cited:
        pages_of[key[0], key[2]].append(key)
    for document, index, citation in undated:
        issuer_key, _, name = _cited_key(citation, document.metadata)
        dated = pages_of[issuer_key, name]
        key = dated[0] if len(dated) == 1 else (issuer_key, _UNKNOWN_YEAR, name)
        if key not in cited:
            dated.append(key)
        _cite_outside(cited, key, document, index, citation)
    return [cited[key] for key in sorted(cited)]


def _reference(document: Document, citation: Citation) -> Reference:
    return Reference(document, citation, sentence_around(document.text, citation.start, citation.end))


def _cite_outside(
    cited: dict[tuple[str, str, str], CitedDocument],
    key: tuple[str, str, str],
    document: Document,
    index: int,
    citation: Citation,
) -> None:
    page = cited.get(key)
    if page is None:
        page = cited[key] = CitedDocument(
            key, citation.number, citation.doc_type, None, citation.date
        )
    page.issuer = page.issuer or cited_issuer(citation, document.metadata)
    page.date = page.date or citation.date
    page.doc_type = page.doc_type or citation.doc_type
    document.metadata.cites[index] = replace(citation, url=page.url)
    page.references.append(_reference(document, document.metadata.cites[index]))


# ---------------------------------------------------------------------------------------
# People and issuers


def person_key(name: str) -> str:
    """One person however the tone marks of their name were placed ("Thuỷ" = "Thủy")."""
    return slugify(to_traditional(name))


def gather_people(documents: list[Document]) -> list[Person]:
    """Everyone who signed or wrote a document, with the title they held in each."""
    people: dict[str, Person] = {}
    spellings: dict[str, Counter[str]] = defaultdict(Counter)
    for document in documents:
        name = document.metadata.signer
        if not name:
            continue
        key = person_key(name)
        spellings[key][to_traditional(name)] += 1
        person = people.setdefault(key, Person(name=name, slug=key))
        person.works.append(Work(document, document.metadata.signer_title))
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
    return [found[slug] for slug in sorted(found)]
