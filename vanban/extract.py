"""Stage extract: the text of a Word document or a PDF, laid out as the text stages expect.

- ``.docx`` (python-docx): paragraphs in order, with Word's automatic numbering written
  out ("1.", "a)", "II."), whole-paragraph bold and italic as Markdown, tables as pipe
  rows (the header table, issuer on the left and motto on the right, reads cell by
  cell), and footnotes as "(N)" markers with their texts after a rule at the end.
- ``.pdf`` with a text layer (pdfminer.six): the pages' text, without page numbers and the
  running headers and footers repeated on most pages; the body stage re-flows the lines.
- A scanned ``.pdf`` (no text layer) is read by OCR when Debian's tesseract-ocr and its
  Vietnamese data are installed (its page images taken out with pypdf), and refused with
  a clear message when they are not.

The result is plain text that goes on through the same stages as a ``.txt`` source.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .errors import SourceError

EXTRACTED_SUFFIXES = (".docx", ".pdf")


def source_suffix(name: str) -> str:
    """A source's kind as its name gives it ("Chi-thi.PDF" → ".pdf"); one rule for finding
    sources, choosing how to read them and reading them."""
    return os.path.splitext(name)[1].lower()


_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# A page with fewer letters than this has no usable text layer.
_MIN_LETTERS_PER_PAGE = 40


@dataclass(frozen=True)
class Extracted:
    text: str
    method: str  # "docx", "pdf" or "ocr"


def extract(data: bytes, name: str) -> Extracted:
    suffix = source_suffix(name)
    if suffix == ".docx":
        return Extracted(docx_text(data, name), "docx")
    if suffix == ".pdf":
        return pdf_text(data, name)
    raise SourceError(name, f"cannot read {suffix} files")


# ---------------------------------------------------------------------------------------
# Word


def docx_text(data: bytes, name: str) -> str:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise SourceError(name, f"is not a readable Word (.docx) document ({error})") from error
    except Exception as error:  # noqa: BLE001 - zip and XML errors of a damaged file
        raise SourceError(name, f"is a damaged Word (.docx) document ({type(error).__name__})") from error
    numbering = _Numbering(document)
    footnotes = _footnotes(document)
    lines: list[str] = []
    cited_notes: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{_W}p":
            lines.append(_paragraph_line(block, numbering, footnotes, cited_notes))
            lines.append("")
        elif block.tag == f"{_W}tbl":
            lines.extend(_table_lines(block, numbering, footnotes, cited_notes))
            lines.append("")
    if cited_notes:
        lines += ["", "----------"]
        lines += [f"({number}) {footnotes[number]}" for number in cited_notes]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip() + "\n"


def _runs_text(paragraph, footnotes: dict[str, str], cited: list[str]) -> list[tuple[str, bool, bool]]:
    """(text, bold, italic) pieces of a paragraph, footnote references as "(N)"."""
    pieces = []
    for run in paragraph.iter(f"{_W}r"):
        properties = run.find(f"{_W}rPr")
        bold = _on(properties, "b")
        italic = _on(properties, "i")
        superscript = _superscript(properties)
        for child in run:
            if child.tag == f"{_W}t":
                text = child.text or ""
                if superscript and _NOTE_MARK.fullmatch(text) and not _after_unit(pieces):
                    # A note's mark typed as a raised digit, not a Word footnote: set
                    # apart as a reference is ("59/2022/NĐ-CP²" is no number "...CP2").
                    text = f"({text})"
                pieces.append((text, bold, italic))
            elif child.tag == f"{_W}tab":
                pieces.append(("\t", bold, italic))
            elif child.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append(("\n", bold, italic))
            elif child.tag == f"{_W}footnoteReference":
                number = child.get(f"{_W}id")
                if number in footnotes:
                    if number not in cited:
                        cited.append(number)
                    pieces.append((f"({number})", False, False))
    return pieces


_NOTE_MARK = re.compile(r"\d{1,3}|\*{1,3}")
# Raised digits after a unit are powers: m², km², m³.
_UNIT_BEFORE = re.compile(r"(?<![^\W\d_])(?:k|c|d|m)?m$")


def _superscript(properties) -> bool:
    if properties is None:
        return False
    align = properties.find(f"{_W}vertAlign")
    return align is not None and align.get(f"{_W}val") == "superscript"


def _after_unit(pieces: list[tuple[str, bool, bool]]) -> bool:
    before = "".join(piece for piece, _, _ in pieces[-3:])
    return _UNIT_BEFORE.search(before) is not None


def _on(properties, name: str) -> bool:
    if properties is None:
        return False
    element = properties.find(f"{_W}{name}")
    return element is not None and element.get(f"{_W}val") not in ("0", "false", "off")


def _paragraph_line(paragraph, numbering: "_Numbering", footnotes, cited) -> str:
    pieces = _runs_text(paragraph, footnotes, cited)
    text = "".join(piece for piece, _, _ in pieces).strip()
    if not text:
        return ""
    letters = [(piece, bold, italic) for piece, bold, italic in pieces if piece.strip()]
    label = numbering.label(paragraph)
    if label:
        text = f"{label} {text}"
    if letters and all(bold for _, bold, _ in letters):
        text = "\n".join(f"**{line.strip()}**" for line in text.split("\n") if line.strip())
    elif letters and all(italic for _, _, italic in letters):
        text = "\n".join(f"*{line.strip()}*" for line in text.split("\n") if line.strip())
    return text


def _table_lines(table, numbering, footnotes, cited) -> list[str]:
    """A table as pipe rows; a cell's paragraphs are its lines."""
    lines = []
    for row in table.iter(f"{_W}tr"):
        cells = []
        for cell in row.iter(f"{_W}tc"):
            paragraphs = [_paragraph_line(p, numbering, footnotes, cited) for p in cell.iter(f"{_W}p")]
            cells.append("\n".join(p for p in paragraphs if p))
        height = max((cell.count("\n") + 1 for cell in cells), default=0)
        # Each line of the row's cells is a row of its own, cell by cell.
        for index in range(height):
            parts = [(cell.split("\n") + [""] * height)[index] for cell in cells]
            if any(part.strip() for part in parts):
                lines.append("| " + " | ".join(part.replace("|", "/") for part in parts) + " |")
    return lines


def _footnotes(document) -> dict[str, str]:
    from lxml import etree

    for part in document.part.package.iter_parts():
        if str(part.partname).endswith("/footnotes.xml"):
            root = etree.fromstring(part.blob)
            notes = {}
            for note in root.iter(f"{_W}footnote"):
                identifier = note.get(f"{_W}id")
                text = " ".join("".join(t.text or "" for t in p.iter(f"{_W}t")) for p in note.iter(f"{_W}p"))
                if text.strip() and identifier not in ("-1", "0"):
                    notes[identifier] = " ".join(text.split())
            return notes
    return {}


class _Numbering:
    """Word's automatic paragraph numbers, written out as the reader sees them."""

    def __init__(self, document) -> None:
        self.formats: dict[tuple[str, int], tuple[str, str, int]] = {}
        self.counters: dict[str, list[int]] = {}
        # Paragraph styles that number their paragraphs ("List Number"): style → (numId, level).
        self.styles: dict[str, tuple[str, int]] = {}
        try:
            numbering = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {}
        for node in numbering.iter(f"{_W}abstractNum"):
            levels = {}
            for level in node.iter(f"{_W}lvl"):
                ilvl = int(level.get(f"{_W}ilvl", "0"))
                fmt = level.find(f"{_W}numFmt")
                text = level.find(f"{_W}lvlText")
                start = level.find(f"{_W}start")
                levels[ilvl] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else f"%{ilvl + 1}.",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[node.get(f"{_W}abstractNumId")] = levels
        for num in numbering.iter(f"{_W}num"):
            reference = num.find(f"{_W}abstractNumId")
            if reference is None:
                continue
            for ilvl, spec in abstract.get(reference.get(f"{_W}val"), {}).items():
                self.formats[(num.get(f"{_W}numId"), ilvl)] = spec
        for style in document.styles.element.iter(f"{_W}style"):
            num_pr = style.find(f"{_W}pPr/{_W}numPr")
            if num_pr is not None:
                num_id = num_pr.find(f"{_W}numId")
                ilvl = num_pr.find(f"{_W}ilvl")
                if num_id is not None:
                    self.styles[style.get(f"{_W}styleId")] = (
                        num_id.get(f"{_W}val"),
                        int(ilvl.get(f"{_W}val")) if ilvl is not None else 0,
                    )

    def label(self, paragraph) -> str | None:
        properties = paragraph.find(f"{_W}pPr")
        if properties is None:
            return None
        num_pr = properties.find(f"{_W}numPr")
        if num_pr is not None and num_pr.find(f"{_W}numId") is not None:
            num_id = num_pr.find(f"{_W}numId").get(f"{_W}val")
            ilvl_node = num_pr.find(f"{_W}ilvl")
            ilvl = int(ilvl_node.get(f"{_W}val")) if ilvl_node is not None else 0
        else:
            style = properties.find(f"{_W}pStyle")
            if style is None or style.get(f"{_W}val") not in self.styles:
                return None
            num_id, ilvl = self.styles[style.get(f"{_W}val")]
        if num_id == "0" or (num_id, ilvl) not in self.formats:
            return None
        fmt, template, start = self.formats[(num_id, ilvl)]
        if fmt == "bullet":
            return "-"
        counters = self.counters.setdefault(num_id, [])
        while len(counters) <= ilvl:
            counters.append(0)
        del counters[ilvl + 1 :]
        counters[ilvl] = counters[ilvl] + 1 if counters[ilvl] else start
        label = template
        for level in range(ilvl + 1):
            level_fmt = self.formats.get((num_id, level), ("decimal", "", 1))[0]
            value = counters[level] if level < len(counters) and counters[level] else 1
            label = label.replace(f"%{level + 1}", _format_number(value, level_fmt))
        return label.strip() or None


def _format_number(value: int, fmt: str) -> str:
    if fmt in ("lowerLetter", "upperLetter"):
        letters = "abcdđeghiklmnopqrstuvxy"
        letter = letters[(value - 1) % len(letters)]
        return letter.upper() if fmt == "upperLetter" else letter
    if fmt in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman.lower() if fmt == "lowerRoman" else roman
    return str(value)


def _roman(value: int) -> str:
    numerals = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
    out = ""
    for number, numeral in numerals:
        while value >= number:
            out += numeral
            value -= number
    return out


# ---------------------------------------------------------------------------------------
# PDF


def pdf_text(data: bytes, name: str) -> Extracted:
    pages = _pdf_pages(data, name)
    if not pages:
        raise SourceError(name, "is a PDF without pages")
    letters = sum(1 for page in pages for char in page if char.isalpha())
    if letters < _MIN_LETTERS_PER_PAGE * len(pages):
        return Extracted(_ocr(data, name), "ocr")
    return Extracted(without_page_furniture(pages), "pdf")


def _pdf_pages(data: bytes, name: str) -> list[str]:
    """Each page's text, a blank line between its text blocks.

    pdfminer.six places characters by their positions, so the syllables of Vietnamese
    words come out whole where simpler extraction splits them around stacked marks.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextContainer
    from pdfminer.pdfparser import PDFSyntaxError

    try:
        return [
            "\n".join(element.get_text() for element in layout if isinstance(element, LTTextContainer))
            for layout in extract_pages(io.BytesIO(data), laparams=LAParams())
        ]
    except PDFSyntaxError as error:
        raise SourceError(name, f"is not a readable PDF ({error})") from error
    except Exception as error:  # noqa: BLE001 - malformed PDFs fail in many ways
        raise SourceError(name, f"is a damaged PDF ({type(error).__name__}: {error})") from error


_PAGE_NUMBER = re.compile(r"^\s*(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*/\s*\d{1,4})?(?:\s*[-–—])?\s*$", re.IGNORECASE)


def without_page_furniture(pages: list[str]) -> str:
    """The pages' text as one, without page numbers and repeated running lines.

    >>> without_page_furniture(["CÔNG BÁO\\nMột\\n\\nhai\\n1", "CÔNG BÁO\\nBa\\nTrang 2"])
    'Một\\n\\nhai\\nBa\\n'
    """
    split = [page.splitlines() for page in pages]
    edges: Counter[str] = Counter()
    for lines in split:
        content = [line.strip() for line in lines if line.strip()]
        for line in set(content[:2] + content[-2:]):
            edges[line] += 1
    running = {line for line, count in edges.items() if len(pages) > 1 and count > len(pages) / 2}
    kept: list[str] = []
    for lines in split:
        content = [index for index, line in enumerate(lines) if line.strip()]
        edge = set(content[:2] + content[-2:])
        for index, line in enumerate(lines):
            if index in edge and (line.strip() in running or _PAGE_NUMBER.match(line)):
                continue
            kept.append(line.rstrip())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip() + "\n"


def ocr_available() -> bool:
    tesseract = shutil.which("tesseract")
    if tesseract is None:
        return False
    listed = subprocess.run([tesseract, "--list-langs"], capture_output=True, text=True, check=False)
    return "vie" in listed.stdout.split()


def _ocr(data: bytes, name: str) -> str:
    if not ocr_available():
        raise SourceError(
            name,
            "is a scanned PDF with no text layer; it can be read only by OCR, which needs"
            " Debian's tesseract-ocr and tesseract-ocr-vie packages",
        )
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    texts = []
    with tempfile.TemporaryDirectory() as folder:
        for number, page in enumerate(reader.pages, start=1):
            images = list(page.images)
            if not images:
                continue
            for index, image in enumerate(images):
                path = Path(folder) / f"page-{number}-{index}{Path(image.name).suffix or '.png'}"
                path.write_bytes(image.data)
                completed = subprocess.run(
                    ["tesseract", str(path), "stdout", "-l", "vie", "--psm", "4"],
                    capture_output=True,
                    text=True,
                    check=False,
                )
                texts.append(completed.stdout)
    text = "\n".join(texts)
    if sum(1 for char in text if char.isalpha()) < _MIN_LETTERS_PER_PAGE:
        raise SourceError(name, "is a scanned PDF in which OCR found no text")
    return text.strip() + "\n"
