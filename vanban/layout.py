"""Stage 2, layout: a source's text to the parts of an official document.

The parts follow the layout rules for State documents (Nghị định 30/2020/NĐ-CP) and Party
documents (Hướng dẫn 36-HD/VPTW): issuing body, national motto or Party banner, number
and symbol, place and date, type and subject (trích yếu), "Kính gửi", body, signature
block, "Nơi nhận", footnotes; plus what is not the document's own text (incoming-mail
stamps, table pipes, separator rules).

Raw shapes it reads: Markdown (headings, emphasis, escapes, lists), hard-wrapped text,
web copies with table pipes or grid tables (cells whose lines break at "<br>"),
tab-separated columns, headers flattened onto one line, closings set side by side, and
journal articles (title, author, dateline). Every line keeps its source
line number, and every header line its role, so later stages can explain what they read.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata

from .casing import ADMIN_UNITS
from .doctypes import TYPE_SPELLINGS_LONGEST_FIRST, canonical_type
from .model import Layout, Line, SourceText
from .text import fold

# ---------------------------------------------------------------------------------------
# Reading Markdown and table markup into plain lines

_GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]+\+)+\s*$")
_PIPE_ALIGNMENT = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*?)(?:\s+#+)?\s*$")
# A web copy breaks the lines of a table cell (a pipe table's cell is one line) with HTML.
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
# Copied without its breaks, a cell's lines run together, but each bold or italic line
# keeps its own markers: "**KT. CHỦ TỊCH PHÓ CHỦ TỊCH** **Nguyễn Lộc Hà**", "ỦY BAN NHÂN
# DÂN TỈNH LÂM ĐỒNG **SỞ Y TẾ** -------- Số: ...", "----- *Đà Lạt, ngày ...*".
_CELL_LINE_BREAK = re.compile(
    r"<br\s*/?>|(?<=\*\*)\s+(?=\*\*\S)"
    r"|(?<=[^\s*\\])\s+(?=\*{1,2}[^\s*])|(?<=[^\s*\\]\*)\s+(?=[^\s*])|(?<=[^\s*\\]\*\*)\s+(?=[^\s*])",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^([-*+•·▪◦–—])\s+(?=\S)")
# A line that is a converter's comment or a picture ("<!-- table -->", "![](image1.png)"):
# markup, no part of a header or a signature's titles.
MARKUP_ONLY = re.compile(r"^(?:<!--.*-->|!\[[^\]]*\]\([^)]*\))$")
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_BLOCKQUOTE = re.compile(r"^\s*>\s?")
_WRAPPERS = ("***", "**", "__", "*", "_")
# Spaces other than the plain one that a typed header aligns with.
_WIDE_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u3000"
_ALIGNMENT_SPACES = re.compile(f"[ {_WIDE_SPACE_CHARS}]{{2,}}")
_WIDE_SPACE = re.compile(f"[{_WIDE_SPACE_CHARS}]")


_BOX_SIDES = re.compile("[\u2502\u2503\u2551]")
_HTML_BLOCK_TAG = re.compile(r"</?(?:p|div|table|tbody|thead|tr|td|th|center)\b[^<>]*>", re.IGNORECASE)
_HTML_TAG = re.compile(
    r"</?(?:b|strong|i|em|u|span|font|p|div|table|tbody|thead|tr|td|th|center)\b[^<>]*>", re.IGNORECASE
)
_HTML_BREAK_AT_LINE_END = re.compile(r"<br\s*/?>[ \t]*(?=\n)", re.IGNORECASE)


def _without_html_tags(text: str) -> str:
    """The text of an HTML fragment: each block (paragraph, table cell) on lines of its
    own, apart from the next; inline tags (bold, italics, fonts) left out."""
    text = _HTML_BREAK_AT_LINE_END.sub("", text)
    text = _HTML_BLOCK_TAG.sub("\n\n", text)
    text = _HTML_TAG.sub("", text)
    return re.sub(r"\n{3,}", "\n\n", text)


def read_lines(text: str) -> list[Line]:
    """The source's lines with their Markdown and table markup read.

    Blank lines stay (as empty lines) because they separate paragraphs; a line of table
    pipes becomes a blank line, since it separates cells as a blank line would.
    """
    if "<" in text and _HTML_BLOCK_TAG.search(text):
        # A copy of a page's HTML (paragraphs, a table): its tags are markup. A tag in
        # a text that has none of these is shown as the text it is.
        text = _without_html_tags(text)
    if _BOX_SIDES.search(text):
        # A box drawn around a stamp or a table ("│ CÔNG VĂN ĐẾN │") is read as a table's
        # pipes are; its top and bottom ("┌───┐") are rules.
        text = _BOX_SIDES.sub("|", text)
    raw = text.split("\n")
    if raw and raw[-1] == "":
        raw.pop()
    # Each line's number in the source, where lines were taken out.
    origin = _single_spaced(raw) if text.count("\n\n") * 3 > text.count("\n") else None
    aligned = "\t" in text or "    " in text
    side_by_side = aligned and _SIDE_BY_SIDE_CLOSING.search(text)
    numbers = _closing_in_reading_order(raw, _has_annex_mark(text)) if side_by_side else None
    if aligned and numbers is None:
        numbers = _signatures_in_reading_order(raw)
    if origin is not None:
        numbers = [origin[number - 1] for number in numbers] if numbers else origin
    # A decoded source has only plain spaces; then a line's alignment is found by looking
    # for two spaces, not by scanning it with a pattern (a third of reading the lines).
    plain_spaces = _WIDE_SPACE.search(text) is None
    lines: list[Line] = []
    bold_open = False
    index = 0
    while index < len(raw):
        number = numbers[index] if numbers else index + 1
        current = raw[index]
        if "+" in current and _GRID_BORDER.match(current):
            index = _read_grid_table(raw, index, lines, plain_spaces)
            continue
        if "|" in current and _PIPE_ALIGNMENT.match(current):
            index += 1
            continue
        stripped = current.strip()
        if stripped.startswith("|") and not stripped.endswith("|") and (end := _open_row_end(raw, index)):
            index, bold_open = _read_open_row(raw, index, end, lines, bold_open, plain_spaces)
            continue
        if _is_pipe_row(stripped) and _lone_bar(raw, index):
            # "| ỦY BAN NHÂN DÂN" alone: a scan's stroke (a seal's rim), no table's row.
            current = stripped = stripped.strip("| ")
        if _is_pipe_row(stripped):
            cells = _pipe_cells(stripped)
            if len(cells) >= 2 and _NOI_NHAN.match(plain(cells[0]).lstrip("*_ ")):
                # "Nơi nhận" beside the signature, a row a line: read column after column.
                index, bold_open = _read_closing_table(raw, index, lines, bold_open, plain_spaces)
                continue
            cells = [cell for cell in cells if cell]
            lines.append(Line(number, ""))
            for cell in cells:
                for piece in _broken_lines(cell, _CELL_LINE_BREAK):
                    line, bold_open = _read_markup(piece, number, bold_open, plain_spaces)
                    lines.append(line)
            if cells:
                lines.append(Line(number, ""))
            index += 1
            continue
        cells = [cell.strip() for cell in current.split("\t")]
        cells = [cell for cell in cells if cell] or [""]
        if len(cells) > 1 and _LIST_MARK_ALONE.fullmatch(cells[0]):
            # Word's list: the tab after an item's dash or number is its indent, not a
            # column ("-\tUBND tỉnh (b/c);", "1.\tVăn phòng Sở ...").
            cells[0:2] = [f"{cells[0]} {cells[1]}"]
        for cell in cells:
            for piece in _broken_lines(cell) if "<" in cell else (cell,):
                line, bold_open = _read_markup(piece, number, bold_open, plain_spaces)
                lines.append(line)
        index += 1
    return lines


def _single_spaced(raw: list[str]) -> list[int] | None:
    """Take out, in place, the blank line that a double-spaced text puts after every
    line: there it parts no paragraphs, and a paragraph's lines would each read as one.
    Two blank lines in a row are kept as one. Returns each line's number in the source,
    or None when the text is not double-spaced."""
    nonblank = [index for index, line in enumerate(raw) if line.strip()]
    if len(nonblank) < 20:
        return None
    pairs = [(before, after) for before, after in zip(nonblank, nonblank[1:]) if after - before == 2]
    if len(pairs) < 0.85 * (len(nonblank) - 1):
        return None
    # Hard-wrapped lines: a sentence goes on in the next, which opens in lower case. A
    # text of a paragraph a line (Markdown's) never does.
    going_on = sum(1 for _, after in pairs if raw[after].lstrip()[:1].islower())
    if going_on < 0.25 * len(pairs):
        return None
    kept = [
        index
        for index, line in enumerate(raw)
        if line.strip() or (index > 0 and not raw[index - 1].strip())
    ]
    raw[:] = [raw[index] for index in kept]
    return [index + 1 for index in kept]


_LIST_MARK_ALONE = re.compile(r"[-+•–]|\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.")


def _is_pipe_row(stripped: str) -> bool:
    return "|" in stripped and (stripped.startswith("|") or stripped.endswith("|"))


def _lone_bar(raw: list[str], index: int) -> bool:
    """A line with one pipe at an end, between lines that are no table's rows."""
    stripped = raw[index].strip()
    return (
        stripped.count("|") == 1
        and not (index > 0 and _is_pipe_row(raw[index - 1].strip()))
        and not (index + 1 < len(raw) and _is_pipe_row(raw[index + 1].strip()))
    )


def _pipe_cells(row: str) -> list[str]:
    """A pipe table row's cells, between its outer pipes (either may be left out)."""
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def _open_row_end(raw: list[str], start: int) -> int | None:
    """Where a row that a web copy broke over lines ends: the first line after ``start``
    that closes it with a pipe, before any line that opens a row of its own (then it was
    a row that leaves out its closing pipe); None when none does within a closing's length."""
    for index in range(start + 1, min(len(raw), start + 40)):
        stripped = raw[index].strip()
        if stripped.startswith("|"):
            return None
        if stripped.endswith("|"):
            return index
    return None


def _read_open_row(
    raw: list[str], start: int, end: int, lines: list[Line], bold_open: bool, plain_spaces: bool
) -> tuple[int, bool]:
    """Read a row broken over the lines ``start`` to ``end`` ("| Nơi nhận:" ... "- Lưu:
    VT. | Q. GIÁM ĐỐC" ... "Huỳnh Tấn Lực |") cell after cell, each cell's lines in turn,
    each with its own line number; returns the index after the row."""
    cells: list[list[tuple[int, str]]] = [[]]
    for index in range(start, end + 1):
        text = raw[index].strip()
        if index == start:
            text = text[1:]
        if index == end:
            text = text[:-1]
        first, *others = text.split("|")
        cells[-1].append((index + 1, first.strip()))
        cells.extend([(index + 1, other.strip())] for other in others)
    for cell in cells:
        lines.append(Line(cell[0][0], ""))
        for number, piece in cell:
            line, bold_open = _read_markup(piece, number, bold_open, plain_spaces)
            lines.append(line)
    lines.append(Line(end + 1, ""))
    return end + 1, bold_open


def _read_closing_table(
    raw: list[str], index: int, lines: list[Line], bold_open: bool, plain_spaces: bool
) -> tuple[int, bool]:
    """Read the pipe table at ``index`` column after column, each piece with its row's line
    number; returns the index after the table (whose rows may leave out either outer
    pipe)."""
    rows = []
    while index < len(raw) and _is_pipe_row(raw[index].strip()):
        if not _PIPE_ALIGNMENT.match(raw[index]):
            rows.append((index + 1, _pipe_cells(raw[index])))
        index += 1
    for column in range(max(len(cells) for _, cells in rows)):
        lines.append(Line(rows[0][0], ""))
        for number, cells in rows:
            cell = cells[column] if column < len(cells) else ""
            for piece in _broken_lines(cell, _CELL_LINE_BREAK) if cell else ():
                line, bold_open = _read_markup(piece, number, bold_open, plain_spaces)
                lines.append(line)
    lines.append(Line(rows[-1][0], ""))
    return index, bold_open


# Where a scan's text or a PDF export keeps the page's layout, "Nơi nhận" and the
# signature stand side by side: a line holds both, parted by a tab or a run of spaces
# wider than any between words of a justified line.
_COLUMN_GAP = re.compile(rf"(?<=\S)(?:[ {_WIDE_SPACE_CHARS}]*\t[ \t{_WIDE_SPACE_CHARS}]*|[ {_WIDE_SPACE_CHARS}]{{4,}})(?=\S)")


# Whether any line starts "Nơi nhận" beside a second column, or with a second column in
# the lines just after it (the signer's name beside an item): one scan of the text spares
# looking at each line of the many that have no such closing.
_SIDE_BY_SIDE_CLOSING = re.compile(
    rf"(?im)^[ \t>*_]*n[ơo]i\s+nh[ậa]n(?:[^\n]*\n){{0,12}}?[^\n]*?(?:\t|[ {_WIDE_SPACE_CHARS}]{{4}})[^\s]"
)


def _side_by_side_start(raw: list[str], annexed: bool = False) -> tuple[int, int] | None:
    """The last "Nơi nhận" line with a second column beside it, and where that column
    starts; or, when the signature's titles stood above it, the "Nơi nhận" line whose
    items have the signer's name beside one of them. With ``annexed``, the document's
    own, before the forms of its annex."""
    labels = []
    for start in range(len(raw) - 1, -1, -1):
        line = raw[start]
        gap = _COLUMN_GAP.search(line) if "  " in line or "\t" in line else None
        if gap and _NOI_NHAN.match(plain(line[: gap.start()].strip())):
            if annexed:
                start = _label_before_annex([plain(text.strip()) for text in raw], start, 0)
                gap = _COLUMN_GAP.search(raw[start]) or gap
            return start, len(raw[start][: gap.end()].expandtabs())
        if gap is None and _NOI_NHAN.match(plain(line.strip())):
            labels.append(start)
    for start in labels[:1]:
        for line in raw[start + 1 : start + 12]:
            gap = _COLUMN_GAP.search(line)
            if gap and line.lstrip().startswith(("-", "+")) and is_person_name(line[gap.end() :].strip()):
                return start, len(line[: gap.end()].expandtabs())
    return None


# A line that opens an annex after the signature: "Mẫu số 01", "PHỤ LỤC II"; the text is
# searched for one line of it, each line held to it.
_ANNEX_WORDS = r"(?:m[ẫa]u(?:\s+s[ốo])?|ph[ụu]\s+l[ụu]c)"
_ANNEX_MARK_LINE = re.compile(rf"(?im)^[ \t]*{_ANNEX_WORDS}(?:[ \t]+[\w./-]+)?[ \t]*$")
_ANNEX_MARK = re.compile(rf"(?i){_ANNEX_WORDS}(?:\s+[\w./-]+)?")


def _has_annex_mark(text: str) -> bool:
    """Whether a line of ``text`` opens an annex; most texts are settled by their letters."""
    return ("ẫu" in text or "ẪU" in text or "ụ l" in text or "Ụ L" in text) and _ANNEX_MARK_LINE.search(text) is not None


def _label_before_annex(texts: list[str], last: int, start: int) -> int:
    """Of the "Nơi nhận" labels from ``start`` to ``last`` (the last one), the document's
    own: an annex after its signature ("Mẫu số 01") may be a form with a closing of its
    own, and a label before the annex's mark is the document's."""
    chosen = last
    marked = False
    for index in range(last - 1, start - 1, -1):
        text = texts[index]
        if _ANNEX_MARK.fullmatch(text):
            marked = True
        elif _NOI_NHAN.match(text):
            if not marked:
                break
            chosen, marked = index, False
    return chosen


def _signatures_in_reading_order(raw: list[str]) -> list[int] | None:
    """Put two signature blocks standing side by side (a joint document's, each body's
    authority, title and signer) in reading order, in place: the left block, a blank
    line, then the right one. They end on a line with a name in each column. Returns each
    line's source line number when lines were moved, else None."""
    for end in range(len(raw) - 1, max(-1, len(raw) - _CLOSING_LINES), -1):
        line = raw[end]
        gap = _COLUMN_GAP.search(line) if "  " in line or "\t" in line else None
        if gap and is_person_name(line[: gap.start()].strip()) and is_person_name(line[gap.end() :].strip()):
            break
    else:
        return None
    right_at = len(line[: gap.end()].expandtabs())
    start = end
    for index in range(end - 1, max(-1, end - 12), -1):
        text = raw[index]
        if not text.strip():
            continue
        gap = _COLUMN_GAP.search(text)
        parts = [text[: gap.start()], text[gap.end() :]] if gap else [text]
        if not all(_signature_like(Line(0, part.strip())) for part in parts):
            break
        start = index
    if start == end:
        return None
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    for index in range(start, end + 1):
        text = raw[index].rstrip()
        if not text.strip():
            continue
        gap = _COLUMN_GAP.search(text)
        if gap:
            left.append((index + 1, text[: gap.start()].strip()))
            right.append((index + 1, text[gap.end() :].strip()))
        else:
            indent = len(text.expandtabs()) - len(text.expandtabs().lstrip())
            (right if 2 * indent >= right_at else left).append((index + 1, text.strip()))
    return _columns_in_place(raw, start, end + 1, left, right)


# How far from a text's end its closing may stand.
_CLOSING_LINES = 80


# The stars a seal's ring of text is drawn with, on either side of its words.
SEAL_STARS = "*∗✱⁎★☆✪✯"


# A PDF's text may leave only two spaces between an item's end and the signer's name
# beside it ("- Các tổ chức đảng trực thuộc;  Đại tá Trần Văn Sơn").
_ITEM_END_GAP = re.compile(rf"(?<=[;,.])[ {_WIDE_SPACE_CHARS}]{{2,}}(?=\S)")


def _gap_before_name(line: str) -> re.Match[str] | None:
    """The gap before a signer's name, or before a seal's text starting with its star
    ("- Các huyện, ... trực thuộc;   ∗ ĐOÀN TNCS HỒ CHÍ MINH/")."""
    gap = _ITEM_END_GAP.search(line)
    if gap is None:
        return None
    beside = line[gap.end() :].strip()
    if beside[:1] in SEAL_STARS or is_person_name(without_rank(beside)):
        return gap
    return None


def _closing_in_reading_order(raw: list[str], annexed: bool = False) -> list[int] | None:
    """Put a side-by-side closing in reading order, in place: the left column ("Nơi
    nhận" and its items), a blank line, then the right one (the signature block). Returns
    each line's source line number when lines were moved, else None.

    The closing runs from the last line that starts "Nơi nhận" beside a second column to
    the last line holding two columns, and on through the lines standing in the right
    column alone (the signer's name, below the space left for signing). A line without
    a gap belongs to the column its indentation is nearer to.
    """
    found = _side_by_side_start(raw, annexed)
    if found is None:
        return None
    start, right_at = found
    left: list[tuple[int, str]] = []
    right: list[tuple[int, str]] = []
    end = start
    authority_above = _authority_above(raw, start, right_at)
    if authority_above is not None:
        # "T/M BAN THƯỜNG VỤ TỈNH ỦY" alone in the right column, a line above "Nơi nhận:"
        # and its title beside it: the signature's first line.
        right.append((authority_above + 1, raw[authority_above].strip()))
        raw[authority_above] = ""
    signed = False
    after_blank = False
    for index in range(start, len(raw)):
        line = raw[index].rstrip()
        if not line.strip():
            # After the signer's name, a blank line ends the closing: what follows in two
            # columns is an annex's own header.
            if signed:
                break
            after_blank = True
            continue
        left_text = not line[:1].isspace() and not line.startswith(("-", "+", "•"))
        if after_blank and left_text and not _COLUMN_GAP.search(line):
            # An unsigned closing (a draft's) ends at a blank line before text in the
            # left column: notes, an annex.
            break
        after_blank = False
        # A table is no closing; a "+" may start a recipient as well as a grid table.
        if line.lstrip().startswith("|") or _GRID_BORDER.match(line):
            break
        gap = _COLUMN_GAP.search(line) or _gap_before_name(line)
        indent = len(line.expandtabs()) - len(line.expandtabs().lstrip())
        if gap:
            left.append((index + 1, line[: gap.start()].strip()))
            right.append((index + 1, line[gap.end() :].strip()))
        elif 2 * indent >= right_at:
            if signed:
                # The signature ends with the name: a line alone on the right after it is
                # a page's running footer.
                break
            right.append((index + 1, line.strip()))
        else:
            left.append((index + 1, line.strip()))
            # The recipients may run on below the signer's name: an item, or an item's
            # indented rest. Other text there ("Phụ lục kèm theo") follows the closing.
            if not signed or indent or line.lstrip().startswith(("-", "+", "•")):
                end = index + 1
            continue
        signed = signed or is_person_name(right[-1][1])
        end = index + 1
    # Lines of the left column after the right one's last (an appendix, say) stay where
    # they were: the closing has ended.
    left = [(number, text) for number, text in left if number <= end]
    return _columns_in_place(raw, start, end, left, right)


def _authority_above(raw: list[str], start: int, right_at: int) -> int | None:
    """The line just above ``start`` (past blank lines) when it is an authority standing
    in the right column alone."""
    above = start - 1
    while above >= 0 and not raw[above].strip():
        above -= 1
    if above < 0 or start - above > 3:
        return None
    line = raw[above].expandtabs()
    indent = len(line) - len(line.lstrip())
    return above if 2 * indent >= right_at and AUTHORITY.match(line.strip()) else None


def _columns_in_place(
    raw: list[str], start: int, stop: int, left: list[tuple[int, str]], right: list[tuple[int, str]]
) -> list[int]:
    """Put the lines ``start`` to ``stop`` back as the left column, a blank line, then the
    right one (each line with its source line number); return every line's number."""
    moved = left + [(start + 1, "")] + right
    numbers = list(range(1, start + 1)) + [number for number, _ in moved] + list(range(stop + 1, len(raw) + 1))
    raw[start:stop] = [text for _, text in moved]
    return numbers


def _broken_lines(text: str, breaks: re.Pattern[str] = _LINE_BREAK_TAG) -> list[str]:
    """A line's pieces between HTML line breaks ("SỞ Y TẾ<br>Số: 15/SYT"), or the
    ``breaks`` given, a piece a line."""
    return [piece.strip() for piece in breaks.split(text)]


def _read_grid_table(raw: list[str], start: int, lines: list[Line], plain_spaces: bool) -> int:
    """Read a Pandoc grid table: each row's cells, column by column, as lines."""
    border = raw[start]
    edges = [pos for pos, char in enumerate(border) if char == "+"]
    index = start + 1
    row: list[list[tuple[int, str]]] = [[] for _ in edges[:-1]]

    def flush() -> None:
        for column in row:
            if any(text for _, text in column):
                lines.append(Line(column[0][0], ""))
                for number, text in column:
                    for piece in _broken_lines(text) if text else ():
                        line, _ = _read_markup(piece, number, False, plain_spaces)
                        lines.append(line)
            column.clear()
        lines.append(Line(index, ""))

    while index < len(raw):
        current = raw[index]
        if _GRID_BORDER.match(current):
            flush()
            index += 1
            continue
        if not current.strip().startswith("|"):
            break
        for column, (left, right) in enumerate(zip(edges, edges[1:])):
            cell = current[left + 1 : right].strip().strip("|").strip()
            row[column].append((index + 1, cell))
        index += 1
    flush()
    return index


# Not "____", a form's blank to fill in ("Họ và tên:      ________").
_RULE_BESIDE = re.compile(
    f"(?<=[^\\s:])[ {_WIDE_SPACE_CHARS}]{{2,}}[-=─━]{{3,}}$|^[-=─━]{{3,}}[ {_WIDE_SPACE_CHARS}]{{2,}}(?=\\S)"
)


# A typewriter's spaced capitals ("C H Ỉ   T H Ị", "U Ỷ  B A N  N H Â N  D Â N"): a space
# between the letters of a word, more between the words.
# Looked for on every aligned line: a letter, a space and a letter, tried letter by
# letter, before anything is looked back at.
_SPACED_LETTERS = re.compile(r"[^\W\d_] [^\W\d_](?: [^\W\d_])*(?:  |$)")
_SPACED_WORD = re.compile(r"[^\W\d_](?: [^\W\d_])+")


def _letters_closed_up(text: str) -> str:
    """
    >>> _letters_closed_up("C H Ỉ   T H Ị"), _letters_closed_up("U Ỷ  B A N  N H Â N       CỘNG HOÀ")
    ('CHỈ THỊ', 'UỶ BAN NHÂN       CỘNG HOÀ')
    """
    pieces = re.split(r"(\s{2,})", text.strip())
    words = pieces[0::2]
    spaced = [bool(_SPACED_WORD.fullmatch(word)) for word in words]
    if sum(spaced) < 2 and not any(spaced[i] and len(words[i]) >= 5 for i in range(len(words))):
        return text
    out = [words[0].replace(" ", "") if spaced[0] else words[0]]
    for index in range(1, len(words)):
        gap = pieces[2 * index - 1]
        word = words[index].replace(" ", "") if spaced[index] else words[index]
        # Spaced words in a row are one phrase: a single space between them.
        out.append(" " if spaced[index] and spaced[index - 1] else gap)
        out.append(word)
    return "".join(out)


def _read_markup(text: str, number: int, bold_open: bool, plain_spaces: bool) -> tuple[Line, bool]:
    if ">" in text:
        text = _BLOCKQUOTE.sub("", text)
    if "&" in text:
        # Before the marks are read: "&nbsp;&nbsp;- Công đoàn ngành;" is an item.
        text = _ENTITY.sub(_entity_text, text)
    text = text.strip()
    if text.endswith("\\") and not text.endswith("\\\\"):
        # Markdown's hard line break ("**TM. ỦY BAN NHÂN DÂN**\\"), as Pandoc writes it.
        text = text[:-1].rstrip()
    heading = 0
    match = _HEADING.match(text)
    if match:
        heading, text = len(match.group(1)), match.group(2)
    bullet = False
    if text.startswith("\\-"):
        # A converter's escaped dash ("\- Như Điều 3;") opens an item as a dash does.
        text = text[1:]
    match = _BULLET.match(text)
    if match and not _is_separator(text):
        bullet, text = True, text[match.end() :]
    bold = bold_open
    italic = False
    if bold_open:
        if text.endswith("**"):
            text, bold_open = text[:-2].rstrip(), False
    elif text.startswith("**") and text.count("**") == 1 and len(text) > 2:
        text, bold, bold_open = text[2:].lstrip(), True, True
    if text.count("_") == 1 and len(text) > 1 and (text[0] == "_" or text[-1] == "_"):
        # Italics opened on one line of a cell and closed on another ("_V/v triển khai
        # ...<br>ngày 10/8/2023 của UBND tỉnh_").
        text = text.strip("_").strip()
        italic = True
    # Only a line that starts with a wrapper's mark can be wrapped.
    changed = text[:1] in ("*", "_")
    while changed:
        changed = False
        for wrapper in _WRAPPERS:
            size = len(wrapper)
            if len(text) > 2 * size and text.startswith(wrapper) and text.endswith(wrapper):
                inner = text[size:-size]
                if wrapper not in inner and inner.strip() == inner:
                    text, changed = inner, True
                    bold = bold or wrapper in ("**", "__", "***")
                    italic = italic or wrapper in ("*", "_", "***")
                    break
    # Runs of spaces are alignment in a typed header ("ngày    tháng    năm"), not words.
    if "\\" in text:
        text = _ESCAPE.sub(r"\1", text)
    if "  " in text and _SPACED_LETTERS.search(text):
        text = _letters_closed_up(text)
    if "  " in text or not plain_spaces:
        # The rule under the other column's banner ("QUẬN ỦY CẦU GIẤY      -------")
        # stands beside a line, and is no part of it.
        if "---" in text or "===" in text or "─" in text or "━" in text:
            text = _RULE_BESIDE.sub("", text)
        text = _ALIGNMENT_SPACES.sub(" ", text)
    text = text.strip()
    return Line(number, text, heading=heading, bold=bold, italic=italic, bullet=bullet), bold_open


# A web copy may keep its HTML entities ("Số:&nbsp;2345", "&quot;"): escapes, as "\\*" is
# in Markdown, read as the characters they stand for. Only a whole entity, ";" and all.
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _entity_text(match: re.Match[str]) -> str:
    char = html.unescape(match.group())
    if char.isspace():
        return " "
    # An unknown name, or a code for no printable character, stays as written.
    if not char or char == match.group() or any(unicodedata.category(c).startswith("C") for c in char):
        return match.group()
    return char


_INLINE_EMPHASIS = re.compile(r"(\*{1,3}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def plain(text: str) -> str:
    """The text without inline Markdown emphasis: what a reader sees.

    >>> plain("(*Chương trình số 72-CTr/TU*) và **Báo cáo**")
    '(Chương trình số 72-CTr/TU) và Báo cáo'
    >>> plain("Hải Phòng_Ảnh: Vũ Dũng")
    'Hải Phòng_Ảnh: Vũ Dũng'
    """
    if "*" not in text and "_" not in text:
        return text
    previous = None
    while previous != text:
        previous = text
        text = _INLINE_EMPHASIS.sub(lambda m: m.group(2), text)
    return text


# ---------------------------------------------------------------------------------------
# Recognising header and closing lines

_LETTERS = re.compile(r"[^\W\d_]")


class _FoldEachCharacter(dict):
    """A ``str.translate`` table filled on first use: each character as ``fold`` writes it
    alone (a space for any white space), so the translation runs at C speed."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = folded = " " if char.isspace() else (fold(char) or char)
        return folded


_FOLD_EACH_CHARACTER = _FoldEachCharacter()


def fold_same_length(text: str) -> str:
    """``fold`` character by character, so positions in the result are positions in text.

    >>> fold_same_length("Số: 27-CT/TU  Đông Hà")
    'so: 27-ct/tu  dong ha'
    """
    return text.translate(_FOLD_EACH_CHARACTER)


def _is_separator(text: str) -> bool:
    if not text:
        return False
    if not _LETTERS.search(text) and not re.search(r"\d", text):
        return True
    # The typist's ornament in a rule: "---------o0o---------".
    if "o0o" in text or "oOo" in text:
        text = _ORNAMENT.sub("", text) or "-"
        return not _LETTERS.search(text) and not re.search(r"\d", text)
    return False


_ORNAMENT = re.compile(r"(?<![^\W\d_])[oO][0oO][oO](?![^\W\d_])")


def is_caps(text: str) -> bool:
    """Whether every letter is upper case (and there are at least two)."""
    # Asked of every line of a body, which its first lower-case letter settles.
    letters = 0
    for letter in _LETTERS.finditer(plain(text)):
        if letter.group().islower():
            return False
        letters += 1
    return letters >= 2


# A scan may read the motto's i as l ("XÃ HỘl").
_MOTTO = re.compile(r"cong\s*hoa\s+xa\s+ho[il1|]\s+chu\s+ngh[il1|]a\s+v[il1|]et\s+nam")
_MOTTO_2 = re.compile(r"doc\s+lap\s*[-–—]+\s*tu\s+do\s*[-–—]+\s*hanh\s+phuc")
_BANNER = re.compile(r"dang\s+cong\s+san\s+viet\s+nam")
# The Youth Union's banner stands where the Party's does ("ĐOÀN TNCS HỒ CHÍ MINH"); a
# line of its own only, as the Union's bodies are named after it ("BAN CHẤP HÀNH ĐOÀN
# TNCS HỒ CHÍ MINH TỈNH ...").
_UNION_BANNER = re.compile(r"doan\s+(?:tncs|thanh\s+nien\s+cong\s+san)\s+ho\s+chi\s+minh")
# So does a mass organisation's national name over its local body's ("HỘI NÔNG DÂN TỈNH
# SÓC TRĂNG" beside "HỘI NÔNG DÂN VIỆT NAM"): a banner only beside a body of its own kind.
_ORGANISATION_BANNER = re.compile(
    r"(?P<kind>hoi nong dan|hoi lien hiep phu nu|hoi cuu chien binh|tong lien doan lao dong|cong doan)"
    r" viet nam"
)




def _is_organisation_banner(folded: str, header: list[Line]) -> bool:
    banner = _ORGANISATION_BANNER.fullmatch(folded)
    kind = banner.group("kind") if banner else None
    return kind is not None and any(line.role == "issuer" and kind in fold(line.text) for line in header)


# How the document is to be handled, printed on a line of its own anywhere in the header:
# urgency ("HỎA TỐC", "KHẨN"), secrecy ("MẬT"), or a draft ("DỰ THẢO", "Dự thảo lần 2").
_HANDLING_MARK = re.compile(
    r"(?:hoa toc|thuong khan|khan|toi mat|tuyet mat|mat|(?:ban )?du thao(?: (?:lan )?\d+)?)"
)


def _is_handling_mark(folded: str) -> bool:
    return _HANDLING_MARK.fullmatch(folded.strip(" *_()[]")) is not None


_NUMBER_LINE = re.compile(
    # The year as a scan may read it too ("2O23").
    r"^(?:(?:bộ\s+luật|luật|pháp\s+lệnh|lệnh|nghị\s+quyết)\s+)?s[oốô]\s*[:.]?\s*(?P<number>(?:[\dA-Za-zĐđ.…_ ]*?)(?:\s*/\s*(?:19|2[0O])[\dOolI]{2})?"
    r"\s*[-/]\s*[A-Za-zĐđ][\wĐđ&/.-]*"
    r"(?:\s*-\s*[A-ZĐ][\wĐđ&]*)*)\s*[.,;]?$",
    re.IGNORECASE,
)
# A month written in words ("ngày 6 tháng Năm năm 1993", "tháng bảy"), the longest first.
MONTH_WORDS = r"(?:mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|năm|sáu|bảy|tám|chín|chạp)"
_DATELINE = re.compile(
    # A scan may drop or misplace a mark of "ngày" ("ngàỵ").
    r"^(?P<place>[^\W\d_][^,\n]{0,60}?)\s*,\s*ng[àaạ][yỵý]\s*"
    r"(?:(?P<day>\d{1,2}|[.…_\s]*?)\s*th[áa]ng\s*(?P<month>\d{1,2}|" + MONTH_WORDS + r"(?=\s+n[ăa]m\s*\d)|[.…_\s]*?)\s*n[ăa]m\s*"
    r"(?P<year>\d{4})|(?P<d>\d{1,2})\s*[/.-]\s*(?P<m>\d{1,2})\s*[/.-]\s*(?P<y>\d{4}))\s*\.?$",
    re.IGNORECASE,
)
# A scan reads a digit as the letter that looks like it ("ngày 1O tháng 3", "ngày 1S").
_LETTER_FOR_DIGIT = re.compile(r"(?<=\d)[OoIl|S]|[OoIl|S](?=\d)")
_DIGIT_READ_AS = {"O": "0", "o": "0", "S": "5"}


def match_dateline(text: str) -> re.Match[str] | None:
    """The dateline ``text`` is, read with a scan's letters for digits taken as digits."""
    match = _DATELINE.match(text)
    if match is None and "ng" in text:
        read = _LETTER_FOR_DIGIT.sub(lambda letter: _DIGIT_READ_AS.get(letter.group(), "1"), text)
        match = _DATELINE.match(read) if read != text else None
    return match


_ARTICLE_DATELINE = re.compile(
    r"^(?:(?P<time>\d{1,2}[:h]\d{2})\s*,?\s*)?(?:ng[àa]y\s*)?"
    r"(?P<day>\d{1,2})\s*[-/.]\s*(?P<month>\d{1,2})\s*[-/.]\s*(?P<year>\d{4})"
    r"(?:\s*,?\s*(?P<time2>\d{1,2}[:h]\d{2}))?$",
    re.IGNORECASE,
)
_STAMP_HEAD = re.compile(r"^(?:c[ôo]ng\s+v[ăa]n\s+|v[ăa]n\s+b[ảa]n\s+)?Đ[ẾE]N\b", re.IGNORECASE)
_STAMP_FIELD = re.compile(
    r"^(?:s[ốo]|ng[àa]y|chuy[ểêe]n|l[ưu]u\s+h[ồo]\s+s[ơo](?:\s+s[ốo])?|gi[ờo])\s*[:.]"
    # "Ngày 18/3/95": a stamp's day with no colon.
    r"|^ng[àa]y\s*\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}$",
    re.IGNORECASE,
)
# A stamp's "Số" stands near its "ĐẾN": "Đến ngày 30/9/2023, toàn tỉnh có ... Nghị định
# số 60/2021/NĐ-CP" opens a paragraph. Some stamps label it "Số đến: 1276". Its number
# as a scan may read it ("lO57").
_STAMP_INLINE = re.compile(
    r"^(?:(?:c[ôo]ng\s+v[ăa]n\s+|v[ăa]n\s+b[ảa]n\s+)?Đ[ẾE]N\b.{0,24}?\bS[ốỐ]\s*:?|S[ốỐ]\s+đ[ếe]n\s*:?)"
    r"\s*[OolI]*\d[\dOolI]*(?!\s*[-/]\s*[A-Za-z])",
    re.IGNORECASE,
)
# "Kính gửi:", or a dispatch's own label: "THỦ TƯỚNG CHÍNH PHỦ điện:" (Công điện).
_KINH_GUI = re.compile(
    # Possessive: on the many header lines that are no label, the words are not tried
    # again shorter.
    r"^(?:k[íi]nh\s+g[ửu]i\s*[:.]?|[^\W\d_]++(?:\s++(?!đi[ệe]n\s*:)[^\W\d_]++){0,8}+\s++đi[ệe]n\s*:)\s*",
    re.IGNORECASE,
)
# "Nơi gửi:" in older documents.
_NOI_NHAN = re.compile(r"^n[ơo]i\s+(?:nh[ậa]n|g[ửu]i)\s*[:.]?\s*", re.IGNORECASE)
_VV = re.compile(r"^(?:V/v|V\.v|Về\s+việc)\s*[:.]?\s*", re.IGNORECASE)
_OF_BODY = re.compile(r"^C[ỦU]A\s+\S", re.IGNORECASE)
AUTHORITY = re.compile(
    r"^(?P<mark>T/M|T\.M\.?|TM[./]?|K/T|K\.T\.?|KT[./]?|T/L|T\.L\.?|TL[./]?|TUQ\.?|Q\.|"
    r"THAY\s+MẶT|KÝ\s+THAY|THỪA\s+LỆNH|THỪA\s+ỦY\s+QUYỀN|THỪA\s+UỶ\s+QUYỀN)(?=\s|$)\s*",
)
# "(Đã ký)", "[ký]", and "/ký/" as a copy of a signed paper marks it.
_SIGNED = re.compile(
    r"^[(\[/]?\s*(?:đã\s+ký|ký(?:\s+tên)?|ký,\s*ghi\s+rõ\s+họ\s+tên|ký\s+và\s+đóng\s+dấu|"
    r"đã\s+ký\s+và\s+đóng\s+dấu|ký\s+tên\s+và\s+đóng\s+dấu|ký,\s*đóng\s+dấu)"
    r"[^)\]/]{0,30}[)\]/]?$",
    re.IGNORECASE,
)
_ROMAN_START = re.compile(r"^[IVXLC]+\s*[.)/]\s")
_FOOTNOTE_ITEM = re.compile(r"^(?:\((\d{1,3})\)|\[(\d{1,3})\]|\[\^(\d{1,3})\]:)\s*")

# The first syllables of Vietnamese family names, to tell an upper-case signer's name
# ("NGUYỄN VĂN A") from an upper-case title ("PHÓ CHỦ TỊCH").
_SURNAMES = {
    fold(name)
    for name in (
        "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Đinh Đào "
        "Trịnh Mai Trương Lâm Hà Cao Lương Tạ Tô Thái Châu Kiều Quách Văn Lưu Chu Triệu "
        "Đoàn Khúc Mạc Nông Phùng Vương Lại Từ Tăng Giang Doãn Hứa Thân Tôn Bạch Cù Âu "
        "Đàm Hầu Kim Lò Lục Mã Nghiêm Ninh Quan Quản Thạch Thiều Tống Viên Yên La Lã Cấn "
        "Diệp Khổng Khương Lữ Phí Ông Sầm Tiêu Trà Trang Ung Vi Y Hoàng"
    ).split()
}


# Closings repeat from one document to the next ("BÍ THƯ", the same signers); a line is
# asked after by the closing's reading several times.
@functools.lru_cache(maxsize=1 << 14)
def is_person_name(text: str) -> bool:
    """Two to six words, each capitalised (or all upper case with a known surname), after
    any rank or degree (``without_rank``).

    The Central Highlands' names open with a prefix and an apostrophe and have no Kinh
    surname ("H'Liên Mlô", "K'Bình"): such a first word stands for one.
    """
    words = without_rank(plain(text).strip(" .,;")).split()
    if not 2 <= len(words) <= 6:
        return False
    if _TITLE_PHRASE.search(" ".join(words).lower()):
        # "CHỦ TỊCH" would otherwise pass, "Chu" being a surname.
        return False
    parts = [part for word in words for part in _APOSTROPHE.split(word)]
    if not all(part.isalpha() for part in parts):
        return False
    known_start = fold(words[0]) in _SURNAMES or _APOSTROPHE.search(words[0]) is not None
    if all(part[0].isupper() and (len(part) == 1 or part[1:].islower()) for part in parts):
        return known_start or len(words) >= 3
    if all(word.isupper() for word in words):
        return known_start
    return False


_APOSTROPHE = re.compile(r"['’]")
# Titles of two words or more, which no name holds ("Chánh", "Phó" alone may be names),
_TITLE_PHRASE = re.compile(
    r"\b(?:chủ tịch|bí thư|giám đốc|bộ trưởng|thứ trưởng|[uủ][yỷ] viên|thường trực|chủ nhiệm|"
    r"tổng biên tập|kế toán trưởng|người lập|hiệu trưởng|viện trưởng|chánh án|chánh văn phòng|"
    r"trưởng ban|trưởng phòng|cục trưởng|vụ trưởng|tổng giám đốc|chủ tọa|chủ toạ|chủ trì|thư ký|"
    # nor a body's ("VĂN PHÒNG CHÍNH PHỦ": "Văn" is a surname)
    r"văn phòng|chính phủ|[uủ][yỷ] ban|hội đồng|quốc hội|trung ương|cục|sở|công an|quân sự|"
    # nor a Party committee's ("ĐẢNG ỦY": "Đảng" folds as the surname "Đặng" does)
    r"(?:đảng|tỉnh|huyện|thành|quận|thị) [uủ][yỷ]|"
    r"kiểm sát|ngân hàng|kho bạc|bảo hiểm)\b"
)


# A rank or degree printed before the signer's name ("Đại tướng Lê Quang Thành", "PGS.TS.
# Nguyễn Văn A"): the name is what follows it.
_RANK = re.compile(
    # A specialist's degree runs into the title: "BSCKII.", "BS.CKI", "DSCK1".
    r"^(?:(?:đại|thượng|trung|thiếu)\s+(?:tướng|tá|úy|uý)|(?:gs|pgs|ts|ths|bs|ks|ds)\.?(?:\s*(?:ts|ths|bs)\.?)*"
    r"(?:\.?\s*ck\s*(?:ii|i|1|2))?\.?"
    r"|bác\s+sĩ|luật\s+sư|kỹ\s+sư|nhà\s+giáo\s+(?:ưu\s+tú|nhân\s+dân))\s+",
    re.IGNORECASE,
)


def without_rank(text: str) -> str:
    """A name without the rank or degree printed before it."""
    rank = _RANK.match(text) if " " in text else None
    return text[rank.end() :] if rank else text


def type_of_line(line: Line) -> str | None:
    """The document type a header line names on its own ("KẾ HOẠCH", "**CHỈ THỊ**")."""
    text = plain(line.text).strip().rstrip(":").strip()
    if not (is_caps(text) or line.bold or line.heading):
        return None
    return canonical_type(text)


# ---------------------------------------------------------------------------------------
# Splitting a header that arrives flattened onto one line

_ANCHORS = (
    ("motto", _MOTTO),
    ("motto", _MOTTO_2),
    ("banner", _BANNER),
    ("kinh_gui", re.compile(r"\bkinh\s+gui\b")),
)
# "Số" typed without its mark ("So: 356/BC-UBND") counts only with its colon: "so" is a word.
_NUMBER_INSIDE = re.compile(
    r"\bS(?:[ốỐôÔ]\s*[:.]?|[oO]\s*[:.])\s*[\dA-Za-z.…_ ]*?(?:\s*/\s*(?:19|20)\d{2})?\s*[-/]\s*[A-ZĐ]\S*"
)
# A rule a header's cell drew under its text, run onto the line after it, or before the
# cell's next line ("-------- Số: 1876/BC-SYT").
_RULE_AFTER_TEXT = re.compile(r"(?<=\S)\s+[-_=]{3,}(?=\s|$)|^[-_=]{3,}(?=\s+\S)")
_CAPS_TYPE = re.compile(
    r"(?<![\w])(" + "|".join(re.escape(name.upper()) for name in TYPE_SPELLINGS_LONGEST_FIRST) + r")(?![\w])"
)
# The place: one to five words, each starting with a capital, before the comma. Words are
# parted by white space only, so an upper-case line ("ỦY BAN NHÂN DÂN") is not also tried
# as every way of cutting its letters into five words; this pattern is tried on every
# header line, and that backtracking was most of the header's reading time.
_DATELINE_INSIDE = re.compile(
    r"(?:(?<=\s)|^)([A-ZĐÂĂÊÔƠƯ][^\s,]*(?:\s+[A-ZĐÂĂÊÔƠƯ][^\s,]*){0,4}\s*),\s*ng[àaạ][yỵý]\s*"
    r"(?:\d{1,2}|[.…_\s]*)\s*th[áa]ng\s*(?:\d{1,2}|[.…_\s]*)\s*n[ăa]m\s*\d{4}"
)


def _place_start(match: re.Match[str]) -> int:
    """Where the dateline's place begins: upper-case words before it belong to the banner
    ("ĐẢNG CỘNG SẢN VIỆT NAM Lào Cai, ngày ..."); a place is written in ordinary case,
    or abbreviated ("TP. Hồ Chí Minh")."""
    start = match.start(1)
    for word in re.finditer(r"\S+\s*", match.group(1)):
        token = word.group().strip()
        if token.isupper() and not token.endswith(".") and len(token) > 1:
            start = match.start(1) + word.end()
            continue
        break
    return start


def _union_banner_beside(folded: str) -> int | None:
    """Where the Youth Union's banner starts, when it ends a line that a local body's
    name begins ("BCH ĐOÀN TỈNH QUẢNG NAM    ĐOÀN TNCS HỒ CHÍ MINH"); a name that ends
    on it ("BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH") is none."""
    if "ho chi minh" not in folded:
        return None
    banner = _UNION_BANNER.search(folded)
    if banner is None or not banner.start() or folded[banner.end() :].strip():
        return None
    return banner.start() if _LOCALITY_IN_FOLDED.search(folded, 0, banner.start()) else None


_LOCALITY_IN_FOLDED = re.compile(rf"\b(?:{'|'.join(fold(unit) for unit in ADMIN_UNITS)}) [a-z]")
# ... or a department named for a type's words ("SỞ KẾ HOẠCH VÀ ĐẦU TƯ", "PHÒNG TÀI
# CHÍNH - KẾ HOẠCH").
_NAME_GOES_ON_INTO_TYPE = re.compile(r"(?:QUẢN LÝ|CHỈ ĐẠO(?: CÁC)?|ĐIỀU HÀNH|THỰC HIỆN|\bSỞ|\bPHÒNG|\S\s+[-–])\s+$")


# Every header line is asked, and most repeat from document to document (the motto, the
# banner, a body's name, the type).
@functools.lru_cache(maxsize=1 << 12)
def split_flattened(text: str) -> tuple[str, ...]:
    """Split a header line that holds several header parts into one part per line.

    >>> split_flattened("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc")
    ('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc')
    """
    folded = fold_same_length(text)
    # A header writes the State's and the Party's names in capitals; "Căn cứ Điều lệ Đảng
    # Cộng sản Việt Nam;" is a sentence. Every name but the motto's second line ends on
    # "viet nam": most lines are passed by looking for the words, not by a pattern each.
    has_motto = ("phuc" in folded and _MOTTO_2.search(folded) is not None) or _union_banner_beside(folded) or (
        "viet nam" in folded
        and any(
            text[found.start() : found.end()].isupper()
            for p in (_MOTTO, _BANNER, _ORGANISATION_BANNER)
            if (found := p.search(folded))
        )
    )
    rules = list(_RULE_AFTER_TEXT.finditer(text)) if ("---" in text or "___" in text or "===" in text) else []
    starts_as_header = bool(
        _NUMBER_INSIDE.match(text)
        # A copy that ran the header's cells together, rules and all ("ỦY BAN NHÂN DÂN
        # HUYỆN THỌ XUÂN ------- Số: 142/KH-UBND").
        or (rules and (_NUMBER_INSIDE.search(text) or _DATELINE_INSIDE.search(text)))
        or _CAPS_TYPE.match(text)
        or _DATELINE_INSIDE.match(text)
        # "V/v ĐỀ NGHỊ PHÊ DUYỆT ĐIỀU CHỈNH    Vinh, ngày ...": the subject beside the dateline.
        or (_VV.match(text) and _DATELINE_INSIDE.search(text))
    )
    if not (has_motto or starts_as_header) or _STAMP_HEAD.fullmatch(text.strip()) or _STAMP_INLINE.match(text):
        # "CÔNG VĂN ĐẾN" is a receiving stamp's head, not a type and its subject.
        return (text,)
    cuts: set[int] = set()
    for _kind, pattern in _ANCHORS:
        for match in pattern.finditer(folded):
            if pattern in (_MOTTO, _BANNER) and not text[match.start() : match.end()].isupper():
                continue
            cuts.add(match.start())
            if pattern in (_MOTTO, _MOTTO_2, _BANNER):
                cuts.add(match.end())
    for match in _ORGANISATION_BANNER.finditer(folded):
        if match.start() and match.group("kind") in folded[: match.start()]:
            cuts.add(match.start())
    union = _union_banner_beside(folded)
    if union is not None:
        cuts.add(union)
    for rule in rules:
        cuts.add(rule.start())
        cuts.add(rule.end())
    for match in _DATELINE_INSIDE.finditer(text):
        cuts.add(_place_start(match))
        cuts.add(match.end())
    for number in _NUMBER_INSIDE.finditer(text):
        cuts.add(number.start())
        cuts.add(number.end())
    for match in _CAPS_TYPE.finditer(text):
        rest = text[match.end() :].strip()
        if _NAME_GOES_ON_INTO_TYPE.search(text, 0, match.start()):
            # "BAN QUẢN LÝ DỰ ÁN ...", "BAN CHỈ ĐẠO CÁC CHƯƠNG TRÌNH ...": a body's name.
            continue
        if match.start() > 0 or rest:
            cuts.add(match.start())
            cuts.add(match.end())
    pieces = []
    previous = 0
    for cut in sorted(cuts | {len(text)}):
        piece = text[previous:cut].strip()
        if piece:
            pieces.append(piece)
        previous = cut
    return tuple(pieces) or (text,)


# ---------------------------------------------------------------------------------------
# The layout


class _Cursor:
    """The lines being read, with the index of the next one."""

    def __init__(self, lines: list[Line]) -> None:
        self.lines = lines
        self.index = 0

    def peek_nonblank(self, start: int | None = None) -> int | None:
        index = self.index if start is None else start
        while index < len(self.lines) and not self.lines[index].text:
            index += 1
        return index if index < len(self.lines) else None


def split_layout(source: SourceText) -> Layout:
    """Split a decoded source into the parts of an official document."""
    lines = read_lines(source.text)
    layout = Layout(source=source)
    body_start = _read_header(lines, layout)
    if body_start == 0 and not layout.header:
        body_start = _read_article_header(lines, layout) or _read_web_article_header(lines, layout)
    if body_start == 0 and not layout.header:
        # Reading the header rewrote lines in place: they are read afresh.
        fresh = read_lines(source.text)
        start = _header_further_down(fresh)
        if start:
            lines = fresh
            body_start = _read_header(lines, layout, start)
    # Footnotes may follow the signature; take them off first so the closing is found.
    main, layout.footnotes = _split_footnotes(lines[body_start:])
    lines = lines[:body_start] + main
    trailer_start = _read_closing(lines, body_start, layout)
    body = lines[body_start:trailer_start]
    body = _take_stamps(body, layout)
    if not any(line.role == "dateline" for line in layout.header):
        # An appeal or a letter dates itself at its end, over the signature.
        last = next((index for index in range(len(body) - 1, -1, -1) if body[index].text), None)
        if last is not None and _DATELINE.match(plain(body[last].text)) and match_dateline(plain(body[last].text)):
            layout.header.append(body.pop(last)._replace(role="dateline"))
    if not layout.footnotes:
        body, layout.footnotes = _split_footnotes(body)
    layout.body = _trim_blank(body)
    return layout


def _trim_blank(lines: list[Line]) -> list[Line]:
    start, end = 0, len(lines)
    while start < end and (not lines[start].text or _is_separator(lines[start].text)):
        start += 1
    while end > start and (not lines[end - 1].text or _is_separator(lines[end - 1].text)):
        end -= 1
    return lines[start:end]


def _joinable_fragment(line: Line, following: Line | None) -> bool:
    """A header part a web copy wrapped onto two lines: a one- or two-word piece off its
    start, or the motto or a dateline cut anywhere.

    "CỘNG" + "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and "CỘNG HÒA XÃ HỘI CHỦ" + "NGHĨA VIỆT NAM"
    are the motto; "Hải" + "Phòng, ngày ..." and "Hà Nội, ngày 18 tháng 11" + "năm 2019"
    the dateline. An upper-case fragment only joins a motto (it may be an issuer, "CHÍNH
    PHỦ").
    """
    if following is None or not following.text:
        return False
    if len(line.text.split()) > 2:
        return _wrapped_motto_or_dateline(line.text, following.text)
    if re.search(r"[,.:;\d/]", line.text) or _NUMBER_LINE.match(line.text):
        return False
    joined = f"{line.text} {following.text}"
    if is_caps(line.text):
        return bool(_MOTTO.match(fold_same_length(joined))) and not _MOTTO.match(
            fold_same_length(following.text)
        )
    return bool(_DATELINE.match(joined))


def _wrapped_motto_or_dateline(text: str, following: str) -> bool:
    """Whether ``text`` and the line after it are the motto or a dateline, and ``text``
    alone is not."""
    if "ng" in text and re.match(r"(?i)(?:th[áa]ng|n[ăa]m)\s", following):
        return not _DATELINE.match(text) and _DATELINE.match(f"{text} {following}") is not None
    # Every header line is asked: the motto's first word is looked for before its case.
    folded = fold_same_length(text)
    if "cong" not in folded or "viet nam" in folded or not (is_caps(text) and is_caps(following)):
        return False
    return _MOTTO.fullmatch(fold_same_length(f"{text} {following}")) is not None


# Marks a scan leaves as specks; a dash, bracket or quote may open real text.
_STRAY_MARKS = frozenset(".,;:'`*~^_|°•·")
_STRAY_MARKS_BEFORE = re.compile(r"^[.,;:'`*~^_|°•·]+(?:\s+[.,;:'`*~^_|°•·]+)*\s+")


# A web page's trail of links above the document ("Trang chủ > Văn bản > Công văn").
_BREADCRUMB = re.compile(r"^\[?(?:trang chủ|home)\b|\S\s+[>»›]\s+\S.*\s[>»›]\s+\S", re.IGNORECASE)


def _after_breadcrumb(lines: list[Line], start: int, header: list[Line]) -> int:
    """Where the document starts after a web page's breadcrumb above it, kept first in
    the header (role "preamble") as no part of the document."""
    first = next((index for index in range(start, len(lines)) if lines[index].text), None)
    if first is None or not _BREADCRUMB.search(plain(lines[first].text)):
        return start
    header.append(lines[first]._replace(role="preamble"))
    return first + 1


_APPROVAL = re.compile(r"(?:phe )?duyet:?")


def _after_approval(lines: list[Line], start: int, header: list[Line]) -> int:
    """Where the document starts after a superior's approval above it ("PHÊ DUYỆT" / the
    date / "KT. CHỦ TỊCH UBND TỈNH" / ... / the approver's name), kept first in the
    header (role "approval") as no part of the document's own header."""
    first = next((index for index in range(start, len(lines)) if lines[index].text), None)
    if first is None or not _APPROVAL.fullmatch(fold(plain(lines[first].text))):
        return start
    for index in range(first + 1, min(len(lines), first + 10)):
        if is_person_name(lines[index].text):
            header.extend(line._replace(role="approval") for line in lines[first : index + 1] if line.text)
            return index + 1
    return start


def _header_further_down(lines: list[Line]) -> int | None:
    """Where a header starts below what a copy put above it (an e-mail's or a chat's
    message, a legal database's card, a gazette's page head, a digital signature's
    box): the first line with the motto, the Party's banner, the number or the type,
    or the upper-case lines of the issuer's name just above it."""
    anchor = None
    for index, line in enumerate(lines[:_HEADER_SEARCHED]):
        text = plain(line.text)
        folded = fold_same_length(text)
        named = next((found for p in (_MOTTO, _BANNER) if (found := p.search(folded))), None)
        following = lines[index + 1] if index + 1 < len(lines) else None
        if (
            (named and text[named.start() : named.end()].isupper())
            or (following is not None and _wrapped_motto_or_dateline(text, following.text))
            or _NUMBER_LINE.match(text)
            or (is_caps(text) and type_of_line(line))
        ):
            anchor = index
            break
    # A closing above it is a document's own (the header is then its annex's).
    if not anchor or any(_NOI_NHAN.match(plain(line.text)) for line in lines[:anchor]):
        return None
    start = anchor
    taken = 0
    index = anchor - 1
    # A table's empty cell ("&nbsp;") leaves a blank line between the columns.
    while index >= 0 and taken < 3:
        if not lines[index].text:
            if index == 0 or not lines[index - 1].text:
                break
            index -= 1
            continue
        above = plain(lines[index].text)
        if not (is_caps(above) or _is_separator(above)):
            break
        start = index
        taken += 1
        index -= 1
    return start


# How far down a header may start below what a copy put above it.
_HEADER_SEARCHED = 80


def _read_header(lines: list[Line], layout: Layout, start: int = 0) -> int:
    """Read the header lines into ``layout.header`` with roles; return where the body
    starts. With ``start``, the lines above it are kept first in the header (role
    "preamble") as no part of the document."""
    cursor = _Cursor(lines)
    found_type = found_subject = False
    header: list[Line] = layout.header
    if start:
        header.extend(line._replace(role="preamble") for line in lines[:start] if line.text)
        cursor.index = start
    else:
        cursor.index = _after_front_matter(lines, header)
        cursor.index = _after_breadcrumb(lines, cursor.index, header)
        cursor.index = _after_approval(lines, cursor.index, header)
    # A header is at most a few dozen lines; past that, what is left is body.
    limit = min(len(lines), cursor.index + 80)
    # Joining and splitting rewrite lines in place; bound the steps so no line can be
    # rewritten forever.
    steps_left = 8 * limit + 16
    while cursor.index < limit and steps_left:
        steps_left -= 1
        line = lines[cursor.index]
        if not line.text:
            cursor.index += 1
            continue
        following = lines[cursor.index + 1] if cursor.index + 1 < len(lines) else None
        if _joinable_fragment(line, following):
            assert following is not None
            lines[cursor.index + 1] = following._replace(text=f"{line.text} {following.text}")
            cursor.index += 1
            continue
        pieces = split_flattened(line.text)
        if len(pieces) > 1:
            lines[cursor.index : cursor.index + 1] = [line._replace(text=p) for p in pieces]
            limit = min(len(lines), limit + len(pieces))
            continue
        text = plain(line.text)
        if text[:1] in _STRAY_MARKS and (kept := _STRAY_MARKS_BEFORE.sub("", text)) != text and kept:
            # A scan's specks before a header line (". Nam Định, ngày ...") hide its role.
            line = lines[cursor.index] = line._replace(text=kept)
            text = kept
        if _caps_but_one_word(text):
            # A scan read one word of a caps line in lower case ("ĐẢNG Bộ HUYỆN THUẬN CHÂU").
            line = lines[cursor.index] = line._replace(text=text.upper())
            text = line.text
        folded = fold(text)
        if MARKUP_ONLY.match(text):
            header.append(line._replace(role="markup"))
        elif _is_separator(text):
            header.append(line._replace(role="separator"))
        elif _MOTTO.fullmatch(folded) or _MOTTO_2.fullmatch(folded):
            header.append(line._replace(role="motto"))
        elif _BANNER.fullmatch(folded):
            header.append(line._replace(role="banner"))
        elif _UNION_BANNER.fullmatch(folded) or _is_organisation_banner(folded, header):
            header.append(line._replace(role="union_banner"))
        elif _is_handling_mark(folded) or (
            # "DỰ THẢO" / "(lần 2, ngày 14/5/2024)": which draft it is.
            header and header[-1].role == "handling_mark" and text.startswith("(") and text.endswith(")")
        ):
            header.append(line._replace(role="handling_mark"))
        elif _STAMP_INLINE.match(text) or (_STAMP_HEAD.fullmatch(text.strip()) is not None):
            _read_stamp(cursor, layout)
            continue
        elif (signed_at := _signed_at(lines, cursor.index)) is not None:
            # A digital signature's box, its signer and time ("Ủy ban nhân dân đặc khu Phú
            # Quốc" / "29.09.2025 10:14:52 +07:00"): no part of the header.
            header.extend(signed._replace(role="digital_signature") for signed in lines[cursor.index : signed_at + 1])
            cursor.index = signed_at + 1
            continue
        elif _NUMBER_LINE.match(text) and not re.fullmatch(r"(?i)s[ốo]\s*[:.]?\s*\d+", text):
            header.append(line._replace(role="number"))
        elif match_dateline(text):
            header.append(line._replace(role="dateline"))
        elif _KINH_GUI.match(text):
            _read_addressees(cursor, layout)
            continue
        elif _VV.match(text) and not found_subject:
            _read_subject(cursor, header, caps=False)
            found_subject = True
            continue
        elif not found_type and type_of_line(line):
            header.append(line._replace(role="type"))
            found_type = True
            cursor.index += 1
            found_subject = _read_after_type(cursor, header) or found_subject
            continue
        elif (
            is_caps(text)
            and (not found_type and not found_subject or _stamp_follows(cursor))
            and not _ROMAN_START.match(text)
            and len(text) <= 120
        ):
            # Past the subject, only a receiving stamp's name ("UBND XÃ ĐỨC TRỌNG" over
            # "ĐẾN"), which the stamp then takes.
            header.append(line._replace(role="issuer"))
        else:
            break
        cursor.index += 1
    if not any(line.role in ("type", "number", "dateline", "motto", "banner") for line in header):
        layout.header.clear()
        layout.addressees.clear()
        return 0
    return cursor.index


# A copy exported from a publishing system may open with that system's YAML front matter
# ("---" / "title: ..." / "layout: post" / "---").
_FRONT_MATTER_FIELD = re.compile(r"[A-Za-z_][\w-]*\s*:(?:\s|$)")


def _after_front_matter(lines: list[Line], header: list[Line]) -> int:
    """Where the document starts after a front matter block opening the source; its
    fields are kept first in the header (role "preamble"), read as no part of it."""
    first = next((index for index, line in enumerate(lines) if line.text), None)
    if first is None or lines[first].text != "---":
        return 0
    for index in range(first + 1, min(len(lines), first + 60)):
        line = lines[index]
        if line.text in ("---", "...") and index > first + 1:
            header.extend(field._replace(role="preamble") for field in lines[first + 1 : index] if field.text)
            return index + 1
        if line.text and not (_FRONT_MATTER_FIELD.match(line.text) or line.bullet):
            return 0
    return 0


def _is_stamp_field(text: str) -> bool:
    return bool(
        (_STAMP_FIELD.match(text) and not _NUMBER_LINE.match(text))
        or re.fullmatch(r"(?i)s[ốo]\s*[:.]?\s*\d+", text)
    )


def _read_stamp(cursor: _Cursor, layout: Layout) -> None:
    lines = cursor.lines
    layout.stamps.extend(_receiver_above_stamp(layout.header))
    layout.stamps.append(lines[cursor.index]._replace(role="stamp"))
    cursor.index += 1
    while cursor.index < len(lines):
        line = lines[cursor.index]
        # A scan's specks before a field (". '   Ngày: 22/9") hide it.
        text = _STRAY_MARKS_BEFORE.sub("", plain(line.text))
        if not text:
            # A PDF's text blocks come apart with blank lines; the stamp goes on if its
            # next field follows.
            following = cursor.peek_nonblank()
            if following is None or not _is_stamp_field(plain(lines[following].text)):
                break
            cursor.index = following
            continue
        if _STAMP_FIELD.match(text) and not _NUMBER_LINE.match(text):
            layout.stamps.append(line._replace(role="stamp"))
            cursor.index += 1
        elif re.fullmatch(r"(?i)s[ốo]\s*[:.]?\s*\d+", text):
            layout.stamps.append(line._replace(role="stamp"))
            cursor.index += 1
        else:
            break


# The time a digital signature was made: "29.09.2025 10:14:52 +07:00".
_SIGNED_TIME = re.compile(r"^\d{1,2}[./-]\d{1,2}[./-]\d{4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[+-]\d{2}:?\d{2})?$")


def _signed_at(lines: list[Line], index: int) -> int | None:
    """Where a digital signature's box that starts at ``index`` ends: its time, on this
    line or the next (under the signer's name)."""
    for at in (index, index + 1):
        if at < len(lines) and lines[at].text[:1].isdigit() and _SIGNED_TIME.match(plain(lines[at].text)):
            # The signer's name is in ordinary case; a header's caps line is no signer's.
            return at if at == index or not is_caps(lines[index].text) else None
    return None


def _caps_but_one_word(text: str) -> bool:
    """A line in capitals but for one short word after its first, in title case."""
    # Every header line is asked: the string's own case methods settle most.
    if text.upper() == text:
        return False
    words = text.split()
    if len(words) < 3:
        return False
    lower = [index for index, word in enumerate(words) if word.upper() != word]
    if len(lower) != 1 or lower[0] == 0:
        return False
    word = words[lower[0]]
    return 2 <= len(word) <= 3 and word.isalpha() and word[0].isupper() and is_caps(" ".join(words[: lower[0]]))


def _stamp_follows(cursor: _Cursor) -> bool:
    """Whether a receiving stamp's "ĐẾN" follows, under at most two more lines of its
    receiver's name ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG" / "TỈNH ĐỒNG THÁP")."""
    following = cursor.index
    for _ in range(3):
        following = cursor.peek_nonblank(following + 1)
        if following is None:
            return False
        text = plain(cursor.lines[following].text)
        if _STAMP_INLINE.match(text) or _STAMP_HEAD.fullmatch(text.strip()) is not None:
            return True
        if not is_caps(text):
            return False
    return False


def _receiver_above_stamp(header: list[Line]) -> list[Line]:
    """The receiving body's name a stamp carries above its "ĐẾN" ("CÔNG AN TỈNH HÀ
    GIANG"), taken off the header's end, where it was read as an issuer: only when the
    issuer's own lines came before it, and the number or dateline that follow them."""
    end = len(header)
    start = end
    while start > 0 and header[start - 1].role == "issuer":
        start -= 1
    before = header[:start]
    issuer_before = any(line.role == "issuer" for line in before)
    if start == end or not issuer_before or not any(line.role in ("number", "dateline") for line in before):
        return []
    receiver = [line._replace(role="stamp") for line in header[start:]]
    del header[start:]
    return receiver


# A list a copy ran onto one line ("- Như trên; - Chính phủ; - Cục Kiểm tra VBQPPL - Bộ
# Tư pháp; - Lưu: VT."): a dash after a stop parts its items; a dash after a word is the
# item's own ("VBQPPL - Bộ Tư pháp", "Lao động - TB&XH").
_ITEM_DASH_AFTER_STOP = re.compile(r"[;,.]\s*[-+–]\s")
_ITEM_DASHES = re.compile(r"(?:^|(?<=[;,.]))\s*[-+–]\s+")


def _items_on_one_line(rest: str) -> list[str]:
    """The items of a dashed list run onto one line, or none when ``rest`` is no such list.

    >>> _items_on_one_line("- Như trên; - Cục Kiểm tra VBQPPL - Bộ Tư pháp; - Lưu: VT.")
    ['Như trên;', 'Cục Kiểm tra VBQPPL - Bộ Tư pháp;', 'Lưu: VT.']
    """
    if not rest.startswith(("-", "+", "–")) or not _ITEM_DASH_AFTER_STOP.search(rest):
        return []
    return [item.strip() for item in _ITEM_DASHES.split(rest) if item.strip()]


def _read_addressees(cursor: _Cursor, layout: Layout) -> None:
    """``Kính gửi:`` (or a dispatch's "... điện:") and the addressees after it, inline or
    as a list."""
    lines = cursor.lines
    label = lines[cursor.index]
    layout.header.append(label._replace(role="addressees_label"))
    rest = _KINH_GUI.sub("", plain(label.text)).strip()
    cursor.index += 1
    listed = _items_on_one_line(rest)
    if listed:
        layout.addressees.extend(label._replace(text=item, role="addressee", bullet=True) for item in listed)
    elif rest:
        # "Kính gửi: - Các huyện ủy, ..." opens a list of dashed items on its own line.
        bullet = _BULLET.match(rest)
        if bullet:
            rest = rest[bullet.end() :]
        layout.addressees.append(label._replace(text=rest, role="addressee", bullet=bool(bullet)))
    while cursor.index < len(lines):
        line = lines[cursor.index]
        text = plain(line.text)
        if not text:
            after = cursor.peek_nonblank(cursor.index)
            if after is not None and lines[after].bullet and not layout.addressees:
                cursor.index = after
                continue
            if after is not None and lines[after].bullet and layout.addressees and all(
                item.bullet for item in layout.addressees
            ):
                cursor.index = after
                continue
            break
        if line.bullet:
            layout.addressees.append(line._replace(text=text, role="addressee"))
        elif layout.addressees and (
            # An item that ends on a comma or a colon goes on ("... thành phố: Đắk Lắk,
            # Lâm Đồng," / "Gia Lai, ...").
            layout.addressees[-1].text.endswith((",", ":"))
            or not re.search(r"[.;,:]$", layout.addressees[-1].text)
            and (
                # In a list of dashed items, a line without a dash is the last item
                # wrapped ("- Các huyện ủy, ... trực thuộc" / "Tỉnh ủy;").
                text[:1].islower() or all(item.bullet for item in layout.addressees)
            )
        ):
            last = layout.addressees[-1]
            layout.addressees[-1] = last._replace(text=f"{last.text} {text}")
        else:
            break
        cursor.index += 1


# A note in brackets under the subject says where the document is presented or what it
# goes with; a bracket that goes on with the subject ("(7/5/1954 - 7/5/2024)", "(sửa
# đổi, bổ sung)") opens otherwise.
_SUBJECT_NOTE = re.compile(
    r"\((?:Trình|Báo cáo tại|Phát biểu tại|Ban hành kèm theo|Kèm theo|Dự thảo|Tài liệu|Lưu hành nội bộ)\b"
)


def _read_subject(cursor: _Cursor, header: list[Line], caps: bool) -> None:
    """The subject: upper-case lines in a row, or lines up to the next blank line."""
    lines = cursor.lines
    continued_in_lower_case = False
    # A subject "về ..." under its type is one sentence: in a double-spaced text, whose
    # blank lines were taken out (its lines stand two apart in the source), a line that
    # opens with a capital starts the body.
    opens_with_ve = not caps and re.match(r"v[ềe]\s", plain(lines[cursor.index].text)) is not None
    first = cursor.index
    # The places of the lines taken for the subject, and the lines as taken.
    taken: list[tuple[int, Line]] = []
    while cursor.index < len(lines):
        line = lines[cursor.index]
        text = plain(line.text)
        if not text and header and header[-1].role == "subject":
            # A table's rows part the lines of a subject a Word header wrapped into two
            # ("| V/v tăng cường ... |" / "| mùa mưa bão năm 2019 |"), and Word's
            # paragraphs a caps subject from its matter ("về tiến độ ..."): it goes on
            # in the next when that opens in lower case.
            following = cursor.peek_nonblank(cursor.index)
            after = plain(lines[following].text) if following is not None else ""
            if (
                following is not None
                and following - cursor.index <= 2
                and after[:1].islower()
                and (not caps or re.match(r"v[ềe]\s", after))
                and not plain(header[-1].text).endswith((".", ":", ";"))
            ):
                cursor.index = following
                continue
        if not text or _is_separator(text):
            break
        double_spaced = cursor.index > first and line.number - lines[cursor.index - 1].number == 2
        if (
            (continued_in_lower_case or (opens_with_ve and double_spaced))
            and text[:1].isupper()
            and not _ends_subject_block(lines, cursor.index)
        ):
            break
        if caps and not is_caps(text):
            # "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY" / "về công tác chuyển đổi số": the
            # matter of a caps subject may follow in ordinary case, directly under it, as
            # may the rest of its sentence ("... NGHỊ QUYẾT SỐ 06-NQ/TU" / "trên địa bàn
            # huyện"); a sentence of the body starts with a capital.
            continues = (
                header
                and header[-1].role == "subject"
                and (re.match(r"(?i)^v[ềe]\s", text) or text[:1].islower())
                and not text.rstrip().endswith((".", ":", ";"))
            )
            if not continues:
                break
            caps = False
            # The rest of a sentence ends where one starts; "về ..." reads on as before.
            continued_in_lower_case = not re.match(r"(?i)^v[ềe]\s", text)
        if header and header[-1].role == "subject":
            if _SUBJECT_NOTE.match(text) and text.endswith(")"):
                # "(Trình tại Kỳ họp thứ Tám ...)": how the document is used, not its matter.
                header.append(line._replace(role="subject_note"))
                cursor.index += 1
                break
            if text.startswith("(") and text.endswith(")") and match_dateline(text[1:-1]):
                # "(Đồng Hới, ngày 18 tháng 7 năm 2024)" under a speech's subject.
                header.append(line._replace(text=text[1:-1], role="dateline"))
                cursor.index += 1
                break
            if _DATELINE.match(text) and line.number == lines[cursor.index - 1].number:
                # The dateline beside the subject's first line, cut from it: the
                # subject goes on below.
                header.append(line._replace(role="dateline"))
                cursor.index += 1
                following = cursor.peek_nonblank(cursor.index)
                if following is not None and _opens_a_part(plain(lines[following].text)):
                    # A flattened copy's next line: "Kính gửi: ...", the body.
                    break
                continue
            if _KINH_GUI.match(text) or _DATELINE.match(text) or _NUMBER_LINE.match(text):
                break
            if not caps and _BODY_OPENING.match(text):
                break
            if _MOTTO.match(fold(text)) or _BANNER.match(fold(text)):
                break
            if _is_handling_mark(fold(text)):
                break
            if not caps and is_caps(text) and not is_caps(_VV.sub("", plain(header[-1].text))):
                break
            if caps and _names_the_issuer(text, header):
                # "ỦY BAN THƯỜNG VỤ QUỐC HỘI" under a caps subject: the body enacting it.
                break
        if not caps and cursor.index > first and _SENTENCE_BREAK.search(text):
            # A sentence ends inside the line ("... rất cao. Toàn tỉnh hiện có"): a text
            # with no blank lines went on from the subject into the body, whose paragraph
            # opened on the last line that starts with a capital.
            places = [at for at, _ in taken] + [cursor.index]
            opened = next((at for at in reversed(places) if plain(lines[at].text)[:1].isupper()), None)
            if opened is not None and opened > first:
                gone = {id(subject) for at, subject in taken if at >= opened}
                header[:] = [kept for kept in header if id(kept) not in gone]
                cursor.index = opened
                break
        subject = line._replace(role="subject")
        header.append(subject)
        taken.append((cursor.index, subject))
        cursor.index += 1


# A sentence's end within a line: a stop after a word in lower case, then a capital; an
# abbreviation ("TP. Hồ Chí Minh", "ThS. Lê") ends on a capital.
_SENTENCE_BREAK = re.compile(r"[a-zđ\u00e0-\u1ef9]{2}[.!?]\s+[A-ZĐ\u00c0-\u1ef8]")


def _names_the_issuer(text: str, header: list[Line]) -> bool:
    """Whether ``text`` is the header's issuer, written on one of its lines or all, or its
    head's title and the issuer ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ GIANG")."""
    issuer_lines = [fold(plain(line.text)) for line in header if line.role == "issuer"]
    if not issuer_lines:
        return False
    folded, whole = fold(text), " ".join(issuer_lines)
    return (
        folded in issuer_lines
        or folded == whole
        or (folded.endswith(" " + whole) and _TITLE_PHRASE.match(text.lower()) is not None)
    )


def _opens_a_part(text: str) -> bool:
    """A line that opens the addressees or the body, never a subject's."""
    return bool(_KINH_GUI.match(text) or _BODY_OPENING.match(text))


def _ends_subject_block(lines: list[Line], index: int) -> bool:
    """A line that may go on a subject's sentence though it starts with a capital
    ("COVID-19 và ...", "Hà Nội ..."): the last of its paragraph, and no sentence."""
    text = plain(lines[index].text)
    following = plain(lines[index + 1].text) if index + 1 < len(lines) else ""
    return (not following or _is_separator(following)) and not text.rstrip().endswith((".", ":", ";"))


_BODY_OPENING = re.compile(r"(?:Căn cứ|Thực hiện|Kính gửi|Xét đề nghị|Theo đề nghị)\b")


_SESSION = re.compile(r"^(?:KH[OÓ][AÁ]\s+[IVXLC\d]+\s*[-–,.]?\s*)?K[ỲY]\s+H[ỌO]P\s+TH[ỨU]\s+\S+$")
_OF_BODY_THEN_MATTER = re.compile(r"\s+(?=về\s)")


def _read_after_type(cursor: _Cursor, header: list[Line]) -> bool:
    """After the type line: "CỦA <body>", the subject, the enacting authority."""
    lines = cursor.lines
    found_subject = False
    while True:
        index = cursor.peek_nonblank()
        if index is None:
            return found_subject
        line = lines[index]
        text = plain(line.text)
        if _is_separator(text):
            header.append(line._replace(role="separator"))
            cursor.index = index + 1
            continue
        cut = _OF_BODY_THEN_MATTER.search(text) if not found_subject and _OF_BODY.match(text) else None
        if cut and not is_caps(text):
            # "của Đảng ủy xã về phát triển ...": the body, then the subject, on one line.
            lines[index : index + 1] = [line._replace(text=text[: cut.start()]), line._replace(text=text[cut.end() :])]
            continue
        if not found_subject and _SESSION.match(text):
            # "KHÓA XV - KỲ HỌP THỨ 6" under a council's resolution: when it was passed.
            header.append(line._replace(role="session"))
            cursor.index = index + 1
            continue
        if not found_subject and _OF_BODY.match(text) and (is_caps(text) or _subject_follows(cursor, index)):
            # "CỦA BAN THƯỜNG VỤ TỈNH ỦY", or in ordinary case over the subject's "về ...".
            header.append(line._replace(role="issuing_body"))
            cursor.index = index + 1
            continue
        if not found_subject:
            caps = is_caps(text)
            # A Party subject may be plain lower case ("thể thức văn bản của Đảng") when it
            # follows the type line directly; a sentence of the body would end with a stop.
            # So may a short plain sentence-case paragraph directly under the type, up to
            # four lines standing before a blank line ("THÔNG BÁO" / "Ý kiến kết luận
            # của Phó Chủ tịch ..." / "tại cuộc họp ..." / "").
            paragraph_end = index
            while paragraph_end < len(lines) and lines[paragraph_end].text and (
                # A text with no blank lines: a rule ends the subject, or the body opens
                # with its grounds.
                paragraph_end == index
                or not (_BODY_OPENING.match(text_at := plain(lines[paragraph_end].text)) or _is_separator(text_at))
            ):
                paragraph_end += 1
            paragraph = [plain(line.text) for line in lines[index:paragraph_end]]
            stops = (".", ":", ";")
            # The paragraph may stand one blank line below the type, as a copy spaces it.
            directly_under = index == cursor.index or (index == cursor.index + 1 and not lines[cursor.index].text)
            lower_case_subject = directly_under and (
                (text[:1].islower() and len(text) <= 200 and not text.rstrip().endswith(stops))
                or (
                    len(paragraph) <= 4
                    and sum(map(len, paragraph)) <= 360
                    and not paragraph[-1].rstrip().endswith(stops)
                )
            )
            if (
                caps
                or line.bold
                or line.heading
                or lower_case_subject
                or re.match(r"(?i)^(v[ềe]|v/v)\b", text)
            ):
                cursor.index = index
                _read_subject(cursor, header, caps=caps)
                found_subject = True
                continue
            return False
        if is_caps(text) and not _ROMAN_START.match(text) and len(text) <= 150:
            if _KINH_GUI.match(text) or _NOI_NHAN.match(text):
                return True
            header.append(line._replace(role="authority"))
            cursor.index = index + 1
            continue
        return True


def _subject_follows(cursor: _Cursor, index: int) -> bool:
    following = cursor.peek_nonblank(index + 1)
    return following == index + 1 and re.match(r"(?i)^v[ềe]\s", plain(cursor.lines[following].text)) is not None


# When a web page published the article: "Thứ Bảy, 16/03/2024 08:12 | In bài".
PUBLISHED = re.compile(r"(?<!\d)(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>(?:19|20)\d{2})(?!\d)")


def _read_web_article_header(lines: list[Line], layout: Layout) -> int:
    """A news site's page: its breadcrumb, the article's title as a heading, and the
    line that says when it was published, which stands for the dateline."""
    nonblank = [index for index, line in enumerate(lines[:20]) if line.text]
    if nonblank and _BREADCRUMB.search(plain(lines[nonblank[0]].text)):
        preamble, nonblank = nonblank[:1], nonblank[1:]
    else:
        preamble = []
    if len(nonblank) < 2 or not (lines[nonblank[0]].heading or lines[nonblank[0]].bold):
        return 0
    title, stamp = nonblank[0], nonblank[1]
    if not PUBLISHED.search(plain(lines[stamp].text)) or len(plain(lines[stamp].text)) > 120:
        return 0
    layout.header.extend(lines[index]._replace(role="preamble") for index in preamble)
    layout.header.append(lines[title]._replace(text=plain(lines[title].text), role="title"))
    layout.header.append(lines[stamp]._replace(role="article_dateline"))
    return stamp + 1


def _read_article_header(lines: list[Line], layout: Layout) -> int:
    """A journal or news article: title, author, the author's titles, a dateline."""
    nonblank = [i for i, line in enumerate(lines[:12]) if line.text]
    dateline_at = next(
        (i for i in nonblank[:6] if _ARTICLE_DATELINE.match(plain(lines[i].text))), None
    )
    if dateline_at is None or not nonblank or nonblank[0] == dateline_at:
        return 0
    before = [i for i in nonblank if i < dateline_at]
    if len(before) == 1:
        roles = ["title"]
    else:
        # The title may wrap onto a few lines (a PDF's, say); the author's name follows it.
        author = next((k for k in range(1, min(len(before), 5)) if is_person_name(lines[before[k]].text)), None)
        if author is None or len(before) - author - 1 > 2:
            return 0
        roles = ["title"] * author + ["author"] + ["author_title"] * (len(before) - author - 1)
    for role, index in zip(roles, before):
        layout.header.append(lines[index]._replace(text=plain(lines[index].text), role=role))
    layout.header.append(lines[dateline_at]._replace(role="article_dateline"))
    return dateline_at + 1


# A signature's scrawl as a scan reads it ("~/√ʃ~"): marks, no word nor number.
_SCRAWL = re.compile(r"(?:[^\w\s]|[^\W\d_](?![^\W\d_]))+(?:\s+(?:[^\w\s]|[^\W\d_](?![^\W\d_]))+)*")


# What a scan of a seal leaves on a line beside its ring's words: strokes, stars and the
# long s it reads for a flourish ("~ TỈNH SÓC TRĂNG * ſ").
_SEAL_SIGNS = re.compile(f"[~|\\\\ſ®©°{SEAL_STARS}]")


def _signature_like(line: Line) -> bool:
    text = plain(line.text).strip()
    if _SEAL_SIGNS.search(text):
        text = " ".join(_SEAL_SIGNS.sub(" ", text).split()) or "~"
    if not text or _is_separator(text) or MARKUP_ONLY.match(text) or _SCRAWL.fullmatch(text):
        return True
    if AUTHORITY.match(text) or _SIGNED.match(text) or is_person_name(text):
        return True
    # A title ends with no ";" or ",": "TW;" is the rest of a recipient.
    return is_caps(text) and len(text) <= 80 and not _ROMAN_START.match(text) and not text.endswith((";", ","))


# Where a PDF's text ran the signature's column into the recipients' lines, what follows
# an item's last comma ("- Bộ Chính trị, Ban Bí thư (b/c), PHÓ BÍ THƯ THƯỜNG TRỰC").
_ITEM_TAIL = re.compile(r"^(?P<item>.*[,;).])\s+(?P<tail>[^,;]+)$")
# An authority run into an item starts the signature there ("...; KT. CHÁNH VĂN PHÒNG").
_ITEM_TAIL_AUTHORITY = re.compile(rf"^(?P<item>.*?[,;).])\s+(?P<tail>{AUTHORITY.pattern[1:]}.*)$")


def _authority_or_title(text: str) -> bool:
    """"KT. CHÁNH VĂN PHÒNG", or a title in capitals ("PHÓ CHÁNH VĂN PHÒNG")."""
    return bool(AUTHORITY.match(text)) or (is_caps(text) and _TITLE_PHRASE.search(text.lower()) is not None)


def _signature_piece(text: str) -> bool:
    return _authority_or_title(text) or bool(_SIGNED.fullmatch(text)) or is_person_name(without_rank(text))


def _take_signature_run_into_items(layout: Layout) -> None:
    """Take the signature back out of the recipients' lines it was run into, when the
    pieces found there end on the signer's name, or are the titles over a name that
    stands alone below the list; else leave the items as they are."""
    items: list[Line] = []
    pieces: list[Line] = []
    for item in layout.recipients:
        text = item.text.strip()
        # An item that is an authority or a title in capitals ("Nơi nhận: GIÁM ĐỐC").
        if _authority_or_title(text):
            pieces.extend(item._replace(text=part, role="signature") for part in titles_and_name(text))
            continue
        tail = _ITEM_TAIL_AUTHORITY.match(text) or _ITEM_TAIL.match(text)
        if tail and _signature_piece(tail.group("tail").strip()):
            pieces.extend(
                item._replace(text=part, role="signature") for part in titles_and_name(tail.group("tail").strip())
            )
            text = tail.group("item").rstrip(",; ")
        items.append(item if text == item.text else item._replace(text=text))
    named_below = bool(layout.signature) and is_person_name(layout.signature[0].text)
    if not pieces or not (is_person_name(without_rank(pieces[-1].text)) or named_below):
        return
    layout.recipients = items
    layout.signature = pieces + layout.signature


def titles_and_name(text: str) -> list[str]:
    """A signature's titles in capitals and the signer's name that a copy ran onto their
    line, apart; otherwise the line alone.

    >>> titles_and_name("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Quang Định")
    ['KT. CHỦ TỊCH PHÓ CHỦ TỊCH', 'Lê Quang Định']
    """
    words = text.split()
    for size in range(min(len(words) - 1, 6), 1, -1):
        titles, name = " ".join(words[:-size]), " ".join(words[-size:])
        if not name.isupper() and is_person_name(name) and _authority_or_title(titles):
            return [titles, name]
    return [text]


# A PDF page's running footer: its page ("Trang 2/2", "1/1", "2"), or the document's
# symbol and the page's number ("Quy định số 05-QĐi/ĐU    2").
_PAGE_FOOTER = re.compile(
    r"(?i)\btrang\s+\d{1,3}(?:\s*/\s*\d{1,3})?$|\d+[-/]\S*[A-ZĐ]\S*\s+\d{1,3}$|^\d{1,3}(?:\s*/\s*\d{1,3})?$"
)


def _is_page_footer(text: str) -> bool:
    return len(text) <= 120 and _PAGE_FOOTER.search(plain(text)) is not None


def _read_closing(lines: list[Line], body_start: int, layout: Layout) -> int:
    """Find the signature block and "Nơi nhận"; return where the body ends."""
    _closing_apart(lines, body_start)
    end = len(lines)
    recipients_at = None
    for index in range(end - 1, body_start - 1, -1):
        if _NOI_NHAN.match(plain(lines[index].text)):
            recipients_at = index
            break
    if recipients_at is not None and _has_annex_mark(layout.source.text):
        texts = [plain(line.text) for line in lines]
        recipients_at = _label_before_annex(texts, recipients_at, body_start)
    if recipients_at is not None:
        after = _read_recipients(lines, recipients_at, layout)
        tail_at = [index for index in range(after, len(lines)) if lines[index].text]
        if tail_at and _FILING_CODE.match(plain(lines[tail_at[0]].text)):
            # "Số e-PAS: 61870" under the list: the office's filing code, no signature's.
            layout.trailer.append(lines[tail_at.pop(0)]._replace(role="filing_code"))
        signed = _leading_signature([lines[index] for index in tail_at])
        layout.signature = [lines[index]._replace(role="signature") for index in tail_at[:signed]]
        # The rest is the annex, its blank lines kept: they part its paragraphs.
        layout.annex = _trim_blank(lines[tail_at[signed - 1] + 1 if signed else after :])
        if not any(is_person_name(line.text) for line in layout.signature) or not any(
            _authority_or_title(plain(line.text)) for line in layout.signature
        ):
            _take_signature_run_into_items(layout)
        if layout.annex and all(_is_page_footer(line.text) for line in layout.annex if line.text):
            layout.trailer.extend(line._replace(role="page_footer") for line in layout.annex if line.text)
            layout.annex = []
        start = recipients_at
        if not any(AUTHORITY.match(plain(line.text)) or not is_person_name(line.text) for line in layout.signature):
            # No titles after "Nơi nhận", at most the name: the titles stand above it.
            start = _signature_before(lines, body_start, recipients_at, layout)
        return start
    start = _signature_before(lines, body_start, end, layout)
    if start == end and (name_at := _signed_name_before_note(lines, body_start)) is not None:
        # A letter's note under its signature ("Thông tin tiếp nhận ủng hộ: ..."): the
        # signature ends on the name, the note follows it.
        start = _signature_before(lines, body_start, name_at + 1, layout)
        if start <= name_at:
            layout.annex = _trim_blank(lines[name_at + 1 :])
    return start


def _signed_name_before_note(lines: list[Line], body_start: int) -> int | None:
    """The last of the closing lines that is a name under a title in capitals."""
    for index in range(len(lines) - 1, max(body_start, len(lines) - 15), -1):
        if not is_person_name(lines[index].text):
            continue
        above = index - 1
        while above > body_start and not lines[above].text:
            above -= 1
        return index if above > body_start and _authority_or_title(plain(lines[above].text)) else None
    return None


# A code an office files its copy under, printed under the recipients: a short label and
# digits ("Số e-PAS: 61870").
_FILING_CODE = re.compile(r"^[^\W\d][\w .-]{0,20}:\s*\d[\d./-]*$")
_NOI_NHAN_INSIDE = re.compile(r"\s(?=n[ơo]i\s+nh[ậa]n\s*:)", re.IGNORECASE)


def _closing_apart(lines: list[Line], body_start: int) -> None:
    """A signature and "Nơi nhận" that a copy ran onto one line ("T/M BAN THƯỜNG VỤ PHÓ
    BÍ THƯ Lâm Văn Sáu Nơi nhận: - Như kính gửi, ..."), put on lines of their own, in place."""
    for index in range(len(lines) - 1, max(body_start, len(lines) - 12) - 1, -1):
        if "nhận" not in lines[index].text and "nhan" not in lines[index].text:
            continue
        text = plain(lines[index].text)
        found = _NOI_NHAN_INSIDE.search(text)
        if found is None:
            # The label opens its own line: nothing ran into it.
            return
        signature = titles_and_name(text[: found.start()].strip())
        if len(signature) == 2:
            lines[index : index + 1] = [lines[index]._replace(text=part) for part in (*signature, text[found.end() :])]
        return


def _leading_signature(tail: list[Line]) -> int:
    """How many of the lines after "Nơi nhận" are the signature: all, when all look like
    one; otherwise those up to the signer's name, when an annex follows it ("QUY ĐỊNH
    ... (Ban hành kèm theo Quyết định số ...)"); none when no name closes them."""
    # A rule after the signer's name ("* * *") parts the closing from what follows it.
    named = next((index for index, line in enumerate(tail) if is_person_name(line.text)), None)
    rule = named is not None and next(
        (index for index in range(named + 1, len(tail)) if _is_separator(plain(tail[index].text).strip())), None
    )
    if rule:
        tail = tail[:rule]
    if all(_signature_like(line) for line in tail):
        return len(tail)
    run = next(index for index, line in enumerate(tail) if not _signature_like(line))
    names = [index for index in range(run) if is_person_name(tail[index].text)]
    if names:
        return names[-1] + 1
    # An unsigned draft's signature: its authority, its title, the place for the name.
    return run if run and AUTHORITY.match(plain(tail[0].text)) else 0


def _signature_before(lines: list[Line], body_start: int, end: int, layout: Layout) -> int:
    """A signature block that ends at ``end``: read backwards while lines look like one."""
    start = end
    while start > body_start and _signature_like(lines[start - 1]):
        start -= 1
    block = [line for line in lines[start:end] if line.text and not _is_separator(line.text)]
    # A signature names a person or an authority; upper-case lines alone may be a heading.
    if not any(
        is_person_name(line.text) or AUTHORITY.match(plain(line.text)) for line in block
    ):
        return end
    # The block must not swallow a heading of the body followed by nothing.
    layout.signature = [line._replace(role="signature") for line in block] + layout.signature
    return start


def _read_recipients(lines: list[Line], start: int, layout: Layout) -> int:
    """"Nơi nhận:" and its items; return the index after the last one."""
    label = lines[start]
    rest = _NOI_NHAN.sub("", plain(label.text)).strip()
    items: list[Line] = []
    if rest:
        pieces = _items_on_one_line(rest) or re.split(r"\s+[-+–]\s+", " " + rest)
        if len(pieces) == 1 and rest.count(";") >= 2:
            # "Nơi nhận: Chủ tịch, các PCT UBND tỉnh; Sở GTVT, ...; Lưu: VT." on one line.
            pieces = [f"{piece};" for piece in rest.split(";")]
        for piece in pieces:
            piece = piece.strip(" -+–")
            if piece.strip(";"):
                items.append(label._replace(text=piece, role="recipient"))
    index = start + 1
    while index < len(lines):
        line = lines[index]
        text = plain(line.text)
        if not text:
            following = next((l for l in lines[index + 1 :] if l.text), None)
            if following is not None and following.bullet and not AUTHORITY.match(following.text):
                index += 1
                continue
            break
        if line.bullet:
            # A cell's list run onto one line after its label's line: "- A; - B; - C".
            listed = _items_on_one_line(f"- {text}") if "-" in text else []
            items.extend(line._replace(text=item, role="recipient") for item in listed or [text])
        elif items and (_unfinished_item(items, text) or _between_items(lines, index, items)):
            items[-1] = items[-1]._replace(text=f"{items[-1].text} {text}")
        else:
            break
        index += 1
    layout.recipients = items
    layout.trailer.insert(0, label._replace(role="recipients_label"))
    return index


# A word an item cannot end on: the item goes on in the next line ("Các sở: Tài chính,
# Tài nguyên và" / "Môi trường;").
_ITEM_GOES_ON = re.compile(r"\b(?:và|của|các|về|với|trong|cho|tại|thuộc)$", re.IGNORECASE)


def _between_items(lines: list[Line], index: int, items: list[Line]) -> bool:
    """Whether a line with no dash stands inside a dashed list, the next item's dash
    right after it: the last item's rest ("- VPCP: ..., KGVX;" / "Cổng TTĐT Chính phủ;"
    / "- Lưu: VT.")."""
    following = lines[index + 1] if index + 1 < len(lines) else None
    return (
        items[-1].bullet
        and following is not None
        and following.bullet
        and not _signature_like(lines[index])
    )


def _unfinished_item(items: list[Line], following: str) -> bool:
    """Whether the last recipient runs on into ``following``, a line with no dash that
    does not look like a signature: an archive's list of places ending on a comma, or an
    item that ends with no stop when the next line opens in lower case, or the item
    stops short on a word no item ends on, or the items before it each end with a stop."""
    last = items[-1].text
    if _signature_like(Line(0, following)):
        return False
    if last.endswith(",") and (
        re.match(r"(?i)l[ưu]u\b", last) or following[:1].islower() or items[-1].bullet
    ):
        # Where the archive's places run on ("Lưu Vụ Cơ sở đảng, đảng viên," / "Văn phòng
        # Ban."), or a list whose items end on commas goes on in lower case, or a dashed
        # item goes on in a line with no dash ("- VPCP: BTCN, các PCN, Trợ lý TTg," /
        # "TGĐ Cổng TTĐT, các Vụ: KTTH, CN, QHĐP;").
        return True
    if re.search(r"[.;,]$", last):
        return False
    if following[:1].islower() or _ITEM_GOES_ON.search(last):
        return True
    return len(items) > 1 and all(re.search(r"[.;,]$", item.text) for item in items[:-1])


# A stamp's line is short; a longer one is a paragraph that opens with "Đến".
_STAMP_LONGEST = 80


def _take_stamps(body: list[Line], layout: Layout) -> list[Line]:
    kept = []
    for line in body:
        text = plain(line.text)
        if len(text) <= _STAMP_LONGEST and _STAMP_INLINE.match(text):
            layout.stamps.append(line._replace(role="stamp"))
        else:
            kept.append(line)
    return kept


def _split_footnotes(body: list[Line]) -> tuple[list[Line], list[Line]]:
    """Footnotes after a rule at the end of the body: "(1) ...", "[1] ...", "[^1]: ..."."""
    for index in range(len(body) - 1, -1, -1):
        if not _is_separator(body[index].text) or len(body[index].text) < 3:
            continue
        rest = body[index + 1 :]
        first = next((line for line in rest if line.text), None)
        if first is not None and _FOOTNOTE_ITEM.match(first.text):
            notes: list[Line] = []
            end = len(rest)
            for position, line in enumerate(rest):
                if not line.text:
                    continue
                if _FOOTNOTE_ITEM.match(line.text) or not notes:
                    notes.append(line._replace(role="footnote"))
                elif not rest[position - 1].text or _NOI_NHAN.match(plain(line.text)):
                    # The notes end at a blank line or at "Nơi nhận": the closing may
                    # follow them.
                    end = position
                    break
                else:
                    notes[-1] = notes[-1]._replace(text=f"{notes[-1].text} {line.text}")
            return body[:index] + rest[end:], notes
        break
    return body, []
