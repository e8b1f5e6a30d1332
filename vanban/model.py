"""Plain data passed between the pipeline stages.

Every stage is a function from these records to these records, so each one can be
tested alone and the corpus pass sees every document before any page is written.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple


@dataclass(frozen=True)
class SourceText:
    """A source file decoded to text (stage ``read``).

    ``text`` is NFC, uses ``\\n`` newlines, has no BOM and ends with one newline.
    """

    name: str
    text: str
    sha256: str
    encoding: str
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Citation:
    """A document cited in another document's text (stage ``citations``).

    ``number`` is the number and symbol as issued, with stray spaces removed
    ("119- KH/TU" → "119-KH/TU") and the letters kept as written ("18-Ctr/TU").
    ``date`` keeps the precision the sentence gives: "YYYY-MM-DD", "YYYY-MM" or "YYYY".
    """

    number: str
    doc_type: str | None = None
    issuer: str | None = None
    date: str | None = None
    text: str = ""
    start: int = 0
    end: int = 0
    # Set by the corpus pass: the page the citation links to, relative to the site root.
    url: str | None = None
    in_corpus: bool = False


class Line(NamedTuple):
    """One logical line of a source, with its markup read and removed (stage ``layout``).

    ``number`` is the 1-based line in the source text, so errors and tests can point at it.
    ``heading`` is the Markdown heading level the source gave (0 for none); ``bold`` and
    ``italic`` say the whole line was emphasised; ``bullet`` that it was a list item (the
    marker is removed from ``text``). ``role`` is what the layout stage read the line as
    ("issuer", "number", "dateline", "subject", ...); empty for body text.

    A named tuple, not a frozen dataclass: a document makes a few dozen lines and copies
    of them with a role or a text changed, and building and copying a tuple costs less
    than half what a frozen dataclass does (about a twentieth of a conversion).
    """

    number: int
    text: str
    heading: int = 0
    bold: bool = False
    italic: bool = False
    bullet: bool = False
    role: str = ""


@dataclass
class Layout:
    """A source split into the parts of an official document (stage ``layout``)."""

    source: SourceText
    header: list[Line] = field(default_factory=list)
    addressees: list[Line] = field(default_factory=list)
    body: list[Line] = field(default_factory=list)
    signature: list[Line] = field(default_factory=list)
    recipients: list[Line] = field(default_factory=list)
    footnotes: list[Line] = field(default_factory=list)
    stamps: list[Line] = field(default_factory=list)
    trailer: list[Line] = field(default_factory=list)
    # What follows the signature: a regulation or list the document attaches.
    annex: list[Line] = field(default_factory=list)


@dataclass
class Metadata:
    """The front matter of a document page (stage ``metadata``); DESIGN.md's contract."""

    title: str
    doc_type: str | None
    number: str | None
    issuer: str | None
    system: str | None
    place: str | None
    province: str | None
    date: str | None
    subject: str | None
    signer: str | None
    signer_title: str | None
    addressees: list[str]
    recipients: list[str]
    cites: list[Citation]
    source: str
    received: str | None = None
    author_note: str | None = None
    # The others who signed a joint document beside the signer: (name, title), in the
    # order their blocks are read.
    cosigners: list[tuple[str, str]] = field(default_factory=list)
    # Fields staff corrected in the source's sidecar (stage ``corrections``).
    corrected: list[str] = field(default_factory=list)
    # How the text was had: "text", or extracted from "docx", "pdf", or by "ocr".
    source_kind: str = "text"


@dataclass(frozen=True)
class CitationKeys:
    """What the corpus pass matches one citation by, read from its citing document alone
    (``identities.document_keys``): the number's key, the year, the cited body's full name
    (and folded), whether the symbol is a central body's, the page of the cited document
    when the corpus does not hold it, and the sentence that cites it."""

    number: str
    year: str | None
    issuer: str | None
    folded_issuer: str | None
    central: bool
    page: tuple[str, str, str]
    sentence: str


@dataclass(frozen=True)
class DocumentKeys:
    """What the corpus pass reads of a document apart from its metadata, all from the
    document alone: worked out where it is converted, in parallel and cached with it, so
    that the pass over the whole corpus only compares."""

    identity: tuple[str, str, str]
    number: str | None
    folded_issuer: str | None
    person: str | None
    signer_spelling: str | None
    citations: tuple[CitationKeys, ...]


@dataclass
class Document:
    """One converted source: its metadata and its Markdown body."""

    metadata: Metadata
    body: str
    layout: Layout
    identity: tuple[str, str, str] | None = None
    url: str = ""
    path: str = ""
    # What the citations were found in, which ``Citation.start``/``end`` point into: the
    # subject, then the body's plain text.
    text: str = ""
    # Set by the corpus pass: the corpus documents that cite this one.
    cited_by: list["Reference"] = field(default_factory=list)
    # The source's changes from git, newest first (``history.Change``).
    history: list = field(default_factory=list)
    # The file as received, when its text was extracted from it (a .docx or .pdf).
    original: bytes | None = None
    # Set from the final metadata when the document is converted (or else by the corpus
    # pass): ``identities.document_keys``.
    keys: DocumentKeys | None = None


@dataclass
class Reference:
    """One corpus document citing another document, with the sentence that cites it."""

    citing: Document
    citation: Citation
    sentence: str
