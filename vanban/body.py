"""Stage 4, body: the body's lines to Markdown with an outline, anchors and footnotes.

- Hard-wrapped lines, and paragraphs a page break cut in two, are joined again.
- The outline becomes headings and lists with stable anchor ids: Roman-numeral parts
  ("I." → ``phan-i``), chapters and articles ("Chương II", "Điều 3"), numbered sections
  ("1." → ``phan-i-muc-1``), decimal subsections ("2.1."), lettered points ("a)", "đ)")
  and "Một là, ..." enumerations. The level comes from the kind of marker, never from the
  source's own heading levels, so siblings always share a level.
- Footnote markers "(1)" that have a footnote become Markdown footnotes; a photo caption
  is marked as a caption.
- Source text is escaped: no character of it can become HTML or Markdown syntax; only the
  emphasis the source itself wrote (``*...*``, ``**...**``) is kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .layout import _FOOTNOTE_ITEM, is_caps, plain
from .model import Line
from .text import slugify

_TERMINAL = re.compile(r"[.;:!?…]['\"”’)\]]*$|\./\.?$")
_ROMAN = r"(?:X{0,3})(?:IX|IV|V?I{0,3})"
_OUTLINE = (
    ("chapter", re.compile(r"^(?:CHƯƠNG|Chương)\s+(?P<id>[IVXLC]+|\d+)\b[.:]?\s*")),
    ("part", re.compile(r"^(?:PHẦN|Phần)\s+(?P<id>[IVXLC]+|\d+|THỨ\s+\w+)\b[.:]?\s*")),
    ("article", re.compile(r"^(?:Điều|ĐIỀU)\s+(?P<id>\d+[a-z]?)\s*[.:]\s*")),
    ("roman", re.compile(rf"^(?P<id>(?=[IVX]){_ROMAN})\s*[.)/]\s+(?=\S)")),
    ("decimal", re.compile(r"^(?P<id>\d{1,2}(?:\.\d{1,2}){1,3})\.?\s+(?=\S)")),
    ("arabic", re.compile(r"^(?P<id>\d{1,2})\s*[.)]\s+(?=\S)")),
    ("ordinal", re.compile(
        r"^(?P<id>(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười(?:\s+(?:một|hai|ba|bốn|lăm))?)"
        r"\s+là|Thứ\s+(?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười))\s*[,:]\s*"
    )),
    ("letter", re.compile(r"^(?P<id>[a-zđ])\s*\)\s*(?=\S)")),
)
# Nesting of the kinds of markers, outermost first.
_RANK = {
    "part": 0, "chapter": 1, "roman": 2, "article": 3, "ordinal": 4, "arabic": 4,
    "decimal": 5, "letter": 6, "heading": 4,
}
_ID_WORD = {
    "part": "phan", "chapter": "chuong", "roman": "phan", "article": "dieu",
    "arabic": "muc", "decimal": "muc", "letter": "diem",
}
_HEADING_KINDS = {"part", "chapter", "roman", "article", "decimal", "arabic", "ordinal", "heading"}
_MAX_HEADING = 200
_CAPTION = re.compile(r"^(?P<caption>.*?)\s*[_(]?\s*(?P<credit>(?:Ảnh|Nguồn ảnh)\s*:\s*[^.()]{2,60}?)\)?\s*$")


@dataclass
class Paragraph:
    lines: list[Line]
    text: str = ""
    heading: int = 0
    bullet: bool = False
    bold: bool = False

    def __post_init__(self) -> None:
        first = self.lines[0]
        self.text = " ".join(line.text for line in self.lines)
        self.heading = first.heading
        self.bullet = first.bullet
        self.bold = all(line.bold for line in self.lines)

    @property
    def number(self) -> int:
        return self.lines[0].number


def paragraphs(lines: list[Line]) -> list[Paragraph]:
    """Join hard-wrapped lines, and paragraphs split by a page break, into paragraphs."""
    widths = sorted(len(line.text) for line in lines if line.text)
    wrap = widths[int(len(widths) * 0.9)] if widths else 0
    result: list[list[Line]] = []
    blank_before = False
    for line in lines:
        if not line.text:
            blank_before = True
            continue
        if result and _continues(result[-1], line, blank_before, wrap):
            result[-1].append(line)
        else:
            result.append([line])
        blank_before = False
    return [Paragraph(group) for group in result]


def _continues(previous: list[Line], line: Line, blank_before: bool, wrap: int) -> bool:
    last = previous[-1]
    text = plain(line.text)
    last_text = plain(last.text)
    if line.heading or line.bullet or last.heading or _outline_kind(text) or _FOOTNOTE_ITEM.match(text):
        return False
    if _TERMINAL.search(last_text):
        return False
    first = text[:1]
    if blank_before:
        # A page break cuts a sentence: no closing punctuation, and lower case after it.
        return first.islower()
    if first.islower() or not first.isalpha():
        return True
    if is_caps(last_text) and is_caps(text):
        return True
    return wrap > 0 and len(last.text) >= 0.8 * wrap and len(last.text) >= 40


def _outline_kind(text: str) -> tuple[str, re.Match[str]] | None:
    for kind, pattern in _OUTLINE:
        match = pattern.match(text)
        if match and (kind != "roman" or match.group("id")):
            return kind, match
    return None


# ---------------------------------------------------------------------------------------
# Escaping


_ESCAPE_CHARS = re.compile(r"([\\`*_{}\[\]<>#|!])")
_TO_ESCAPE = re.compile(r"[&<>\\`*_{}\[\]#|!]")
_BLOCK_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([-+=])(\s|$)")
_EMPHASIS = re.compile(r"(\*{1,3})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def escape_inline(text: str) -> str:
    """Escape every Markdown and HTML character; keep the source's own ``*emphasis*``.

    >>> escape_inline("<script>alert(1)</script> *nghiêm* {{ x }}")
    '&lt;script&gt;alert(1)&lt;/script&gt; *nghiêm* \\\\{\\\\{ x \\\\}\\\\}'
    """
    if "*" not in text:
        return _escape_plain(text)
    pieces = []
    previous = 0
    for match in _EMPHASIS.finditer(text):
        pieces.append(_escape_plain(text[previous : match.start()]))
        marks = match.group(1)
        pieces.append(f"{marks}{_escape_plain(match.group(2))}{marks}")
        previous = match.end()
    pieces.append(_escape_plain(text[previous:]))
    return "".join(pieces)


def _escape_plain(text: str) -> str:
    # Most lines hold nothing to escape, and a character class is searched fastest.
    if _TO_ESCAPE.search(text) is None:
        return text
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _ESCAPE_CHARS.sub(r"\\\1", text)


def escape_block(text: str) -> str:
    """``escape_inline`` plus what would start a list or heading at the start of a block."""
    escaped = escape_inline(text)
    return _BLOCK_START.sub(
        lambda m: f"{m.group(1)}{m.group(2)}\\{m.group(3)}{m.group(4)}"
        if m.group(2)
        else f"{m.group(5)}\\{m.group(6)}{m.group(7)}",
        escaped,
        count=1,
    )


# ---------------------------------------------------------------------------------------
# Rendering


@dataclass
class _Outline:
    stack: list[tuple[str, str]] = field(default_factory=list)
    used: set[str] = field(default_factory=set)

    def enter(self, kind: str, marker: str) -> tuple[int, str]:
        """Place a marker in the outline; return its depth and a unique anchor id."""
        rank = _RANK[kind]
        while self.stack and _RANK[self.stack[-1][0]] >= rank:
            self.stack.pop()
        self.stack.append((kind, marker))
        anchor = "-".join(
            f"{_ID_WORD[k]}-{_marker_slug(m)}" if k in _ID_WORD else _marker_slug(m)
            for k, m in self.stack
            if m
        )
        return len(self.stack), self.unique(anchor or "muc")

    def unique(self, anchor: str) -> str:
        candidate, counter = anchor, 2
        while candidate in self.used:
            candidate = f"{anchor}-{counter}"
            counter += 1
        self.used.add(candidate)
        return candidate


def _marker_slug(marker: str) -> str:
    """The marker in an id; "đ" is "dd", since point đ) follows point d) in the same list."""
    return "dd" if marker in ("đ", "Đ") else slugify(marker)


def render_body(lines: list[Line], footnotes: list[Line], annex: list[Line] = ()) -> str:
    """The Markdown of a document's body, then what is attached after its signature (a
    regulation a decision issues) after a rule, footnotes last."""
    notes = _footnote_texts(footnotes)
    referenced: set[str] = set()
    outline = _Outline()
    blocks: list[str] = []
    in_list = False
    attached = [None, *paragraphs(annex)] if annex else []
    for paragraph in [*paragraphs(lines), *attached]:
        if paragraph is None:
            blocks.append("\n***")
            in_list = False
            continue
        text = plain(paragraph.text) if paragraph.heading else paragraph.text
        body = _with_footnote_refs(escape_inline(text), notes, referenced)
        found = None if paragraph.bullet else _outline_kind(plain(text))
        if paragraph.bullet:
            blocks.append(("" if in_list else "\n") + f"- {body}")
            in_list = True
            continue
        in_list = False
        caption = _CAPTION.match(plain(text)) if "Ảnh" in text else None
        if caption and caption.group("caption"):
            blocks.append(
                f"\n{escape_block(caption.group('caption').rstrip(' _'))} — "
                f"*{escape_inline(caption.group('credit'))}*\n{{: .caption }}"
            )
            continue
        if found is None and paragraph.heading:
            depth, anchor = outline.enter("heading", "")
            anchor = outline.unique(slugify(text)[:60] or "muc")
            blocks.append(f"\n{'#' * min(6, depth + 1)} {escape_inline(text)} {{: #{anchor} }}")
            continue
        if found is None:
            blocks.append("\n" + _with_footnote_refs(escape_block(text), notes, referenced))
            continue
        kind, match = found
        marker = match.group("id")
        depth, anchor = outline.enter(kind, marker if kind != "ordinal" else slugify(marker))
        rest = plain(text)[match.end() :]
        short = len(rest) <= _MAX_HEADING and not re.search(r"[.;:]\s+\S", rest.rstrip(".;:"))
        if kind in _HEADING_KINDS and short:
            heading = _with_footnote_refs(escape_inline(plain(text)), notes, referenced)
            blocks.append(f"\n{'#' * min(6, depth + 1)} {heading} {{: #{anchor} }}")
        else:
            lead = escape_inline(text[: match.end()].rstrip())
            tail = _with_footnote_refs(escape_inline(text[match.end() :]), notes, referenced)
            blocks.append(f"\n**{lead}** {tail}\n{{: #{anchor} }}")
    unreferenced = [key for key in notes if key not in referenced]
    for key in unreferenced:
        blocks.append(f"\n({key}) {escape_inline(notes[key])}")
    for key in notes:
        if key in referenced:
            blocks.append(f"\n[^{key}]: {escape_inline(notes[key])}")
    return "\n".join(blocks).strip() + "\n"


def _footnote_texts(footnotes: list[Line]) -> dict[str, str]:
    notes: dict[str, str] = {}
    for line in footnotes:
        match = _FOOTNOTE_ITEM.match(line.text)
        if match:
            key = next(group for group in match.groups() if group)
            notes[key] = line.text[match.end() :].strip()
    return notes


def _with_footnote_refs(escaped: str, notes: dict[str, str], referenced: set[str]) -> str:
    """Turn "công chức(1)" into a footnote reference where footnote 1 exists."""
    if not notes:
        return escaped

    def link(match: re.Match[str]) -> str:
        key = match.group(2)
        if key not in notes:
            return match.group(0)
        referenced.add(key)
        return f"{match.group(1)}[^{key}]"

    return re.sub(r"(?<=[^\s(\[])()(?:\(|\\\[)(\d{1,3})(?:\)|\\\])", link, escaped)
