"""Stages 1 to 5 for one source: its bytes (or a Word or PDF file's text) to a document
with metadata, body and citations, and the corrections of its sidecar applied.

Only what this module imports decides what a conversion gives, so the conversion cache's
digest covers this module and those it imports, not the writing or the site
(``cache.conversion_files``).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from .body import render_body
from .citations import find_citations
from .identities import document_keys
from .corrections import apply_corrections, load_corrections
from .errors import SourceError
from .extract import EXTRACTED_SUFFIXES, extract, source_suffix
from .layout import plain, split_layout
from .metadata import make_title, read_metadata
from .model import Document, SourceText
from .read import decode_source

# ("ok", document, warnings) or ("refused", reason, warnings).
Result = tuple[str, object, tuple[str, ...]]


def convert(source: SourceText) -> Document:
    """One decoded source to a document: its metadata, body and citations."""
    layout = split_layout(source)
    metadata = read_metadata(layout)
    if not layout.body:
        raise SourceError(source.name, "no body text found after the header")
    body = render_body(layout.body, layout.footnotes, layout.annex)
    text = "\n".join(plain(line.text) for line in layout.body + layout.annex + layout.footnotes)
    # A subject often names what the document answers in full ("V/v triển khai Kế hoạch
    # số 58/KH-UBND ngày 02/3/2023 của UBND tỉnh"), and the body then gives the number
    # alone; read first, the subject also stands as the citing sentence. So may the note
    # under it ("(Ban hành kèm theo Quyết định số ...)").
    notes = [plain(line.text) for line in layout.header if line.role == "subject_note"]
    if metadata.subject or notes:
        text = "\n\n".join([*filter(None, [metadata.subject]), *notes, text])
    metadata.cites = find_citations(
        text, own_number=metadata.number, own_year=metadata.date[:4] if metadata.date else None
    )
    return Document(metadata=metadata, body=body, layout=layout, text=text)


def convert_bytes(data: bytes, name: str) -> Document:
    return convert(decode_source(data, name))


def convert_source(name: str, data: bytes, sidecar: tuple[str, bytes] | None = None) -> Result:
    """("ok", document, warnings) or ("refused", reason, warnings); never raises."""
    warnings: tuple[str, ...] = ()
    try:
        original = None
        kind = "text"
        if source_suffix(name) in EXTRACTED_SUFFIXES:
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
        # Here, in the worker that converts the source, and cached with the document.
        document.keys = document_keys(document)
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
