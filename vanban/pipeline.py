"""The conversion, top to bottom: read every source, see the corpus whole, then write.

read → layout → metadata → body → citations, one source at a time; then the corpus pass
over every document (identities, duplicates); then the pages. A source that cannot be
published is reported as ``FILE: reason`` and the rest of the corpus still builds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .body import render_body
from .citations import find_citations
from .corpus import Corpus, assemble
from .errors import SourceError
from .layout import plain, split_layout
from .metadata import read_metadata
from .model import Document, SourceText
from .read import decode_source
from .write import write_pages

SOURCE_SUFFIXES = (".txt", ".md")


@dataclass
class BuildReport:
    corpus: Corpus
    problems: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

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


def build(sources_dir: Path, docs_dir: Path) -> BuildReport:
    """Convert every source under ``sources_dir`` into pages under ``docs_dir``."""
    documents: list[Document] = []
    problems: list[str] = []
    warnings: list[str] = []
    for path in source_files(sources_dir):
        try:
            source = decode_source(path.read_bytes(), path.name)
            warnings.extend(source.warnings)
            documents.append(convert(source))
        except SourceError as error:
            problems.append(str(error))
        except OSError as error:
            problems.append(f"{path.name}: cannot be read ({error.strerror})")
        except Exception as error:  # noqa: BLE001 - one bad source must not stop the corpus
            problems.append(
                f"{path.name}: could not be converted ({type(error).__name__}: {error});"
                " this is a bug in the converter, please report it with the file"
            )
    corpus = assemble(documents)
    problems.extend(corpus.problems)
    written = write_pages(corpus, docs_dir)
    return BuildReport(corpus=corpus, problems=problems, warnings=warnings, written=written)
