"""Identities: the keys a document, and each document it cites, are known by, read from
the document alone.

A document's identity is (issuer, number, year): "124/KH-UBND" is reused by every
People's Committee every year, so the number alone identifies nothing; a document without
a number is named by its type and subject instead. A cited document is known by its
number's key, its year and the full name of the body that issued it, and a page of its
own when the corpus does not hold it; a signer by their name however its tone marks
were placed.

All of it is worked out where a source is converted, in parallel and cached with the
document (``document_keys``), so the corpus pass over thousands of documents only
compares keys.
"""

from __future__ import annotations

import re

from . import issuers
from .citations import number_key
from .model import Citation, CitationKeys, Document, DocumentKeys, Metadata
from .orthography import to_traditional
from .text import fold, slugify

UNKNOWN_YEAR = "khong-ro-nam"
_UNKNOWN_ISSUER = "khong-ro-co-quan"
_MAX_NAME = 80


def document_keys(document: Document) -> DocumentKeys:
    """What the corpus pass needs of a document beyond its metadata, worked out from the
    document alone; a corpus of thousands then only compares them."""
    meta = document.metadata
    return DocumentKeys(
        identity=identity(meta),
        number=number_key(meta.number) if meta.number else None,
        folded_issuer=fold(meta.issuer) if meta.issuer else None,
        person=person_key(meta.signer) if meta.signer else None,
        signer_spelling=to_traditional(meta.signer) if meta.signer else None,
        citations=tuple(_citation_keys(citation, document) for citation in meta.cites),
    )


def _citation_keys(citation: Citation, citing: Document) -> CitationKeys:
    year = citation_year(citation)
    issuer = cited_issuer(citation, citing.metadata)
    central = is_central_number(citation.number)
    return CitationKeys(
        number=number_key(citation.number),
        year=year,
        issuer=issuer,
        folded_issuer=fold(issuer) if issuer else None,
        central=central,
        page=_cited_key(citation.number, year, central, issuer, citing.metadata.province),
        sentence=sentence_around(citing.text, citation.start, citation.end),
    )


def identity(metadata: Metadata) -> tuple[str, str, str]:
    """The key two documents share only when they are the same document."""
    issuer = slugify(metadata.issuer or "") or _UNKNOWN_ISSUER
    year = (metadata.date or "")[:4] or UNKNOWN_YEAR
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


def _cited_key(
    number: str, year: str | None, central: bool, issuer: str | None, province: str | None
) -> tuple[str, str, str]:
    """The page of a cited document the corpus does not hold: by its issuer (the central
    bodies share one), year and number."""
    name = slugify(number)
    year = year or UNKNOWN_YEAR
    if central:
        return _CENTRAL_KEY, year, name
    if issuer:
        return slugify(issuer), year, name
    where = slugify(province or "")
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


def person_key(name: str) -> str:
    """One person however the tone marks of their name were placed ("Thuỷ" = "Thủy")."""
    return slugify(to_traditional(name))
