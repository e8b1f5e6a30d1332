"""Stage 7, write (the pages the corpus pass feeds): cited documents, people, issuers.

Each is a Markdown page under its own generated folder. Links between pages are relative
Markdown links to the target's ``.md`` file, so ``mkdocs build --strict`` checks every
one of them, and the site works from any folder or version prefix.
"""

from __future__ import annotations

import html
import posixpath
import re
from typing import Any, Iterable

from .body import escape_inline
from .catalogue import CATALOGUE_PATH
from .citations import NUMBER_PATTERN, number_key
from .corpus import CitedDocument, Issuer, Person
from .model import Document, Reference
from .text import fold, slugify

SYSTEM_NAMES = {"dang": "Đảng", "nha-nuoc": "Nhà nước"}


def relative_link(from_path: str, to_path: str) -> str:
    """The link from one Markdown file of docs/ to another.

    >>> relative_link("van-ban/a/2014/1.md", "dan-chieu/trung-uong/2010/82-kl-tw.md")
    '../../../dan-chieu/trung-uong/2010/82-kl-tw.md'
    """
    # posixpath.relpath would ask the working directory for every link; these paths are
    # already relative to one root.
    start = posixpath.dirname(from_path).split("/") if "/" in from_path else []
    target = to_path.split("/")
    common = 0
    for here, there in zip(start, target):
        if here != there:
            break
        common += 1
    return "/".join([".."] * (len(start) - common) + target[common:]) or "."


def url_to_path(url: str) -> str:
    """The Markdown file behind a page's site-relative URL ("van-ban/a/2014/1/" → "van-ban/a/2014/1.md")."""
    return url.rstrip("/") + ".md"


def display_date(date: str | None) -> str:
    """A date as Vietnamese readers write it, with the precision the document gives.

    >>> display_date("2014-12-11"), display_date("2021-05"), display_date("2021"), display_date(None)
    ('11/12/2014', '05/2021', '2021', '')
    """
    if not date:
        return ""
    parts = date.split("-")
    return "/".join(reversed(parts))


_LEADING_DIGITS = re.compile(r"\d+")


def _first_digits(keys: Iterable[str]) -> set[str]:
    """The digits every spelling of each number starts with, as written: the number
    pattern starts at a digit, and keys keep the digits (a key without them names nothing
    the pattern finds)."""
    return {digits.group() for digits in map(_LEADING_DIGITS.match, keys) if digits}


def link_citations_in_body(document: Document) -> str:
    """The body with every cited number and symbol a link to the cited document's page."""
    targets = {
        number_key(citation.number): citation.url
        for citation in document.metadata.cites
        if citation.url
    }
    if not targets:
        return document.body

    def link(match: re.Match[str]) -> str:
        written = match.group("number")
        url = targets.get(number_key(written))
        if url is None:
            return match.group(0)
        start, end = match.start("number") - match.start(), match.end("number") - match.start()
        whole = match.group(0)
        target = relative_link(document.path, url_to_path(url))
        return f"{whole[:start]}[{written}]({target}){whole[end:]}"

    # A line that holds none of the numbers' first digits is not scanned.
    first_digits = _first_digits(targets)
    lines = []
    for line in document.body.split("\n"):
        # Attribute lists and footnote labels hold no citations; leave them as they are.
        if line.startswith("{:") or not any(digits in line for digits in first_digits):
            lines.append(line)
        else:
            lines.append(NUMBER_PATTERN.sub(link, line))
    return "\n".join(lines)


def cited_by_section(document: Document) -> str:
    """The list of corpus documents that cite this one, as a closing section."""
    if not document.cited_by:
        return ""
    items = "\n".join(_reference_item(reference, document.path) for reference in document.cited_by)
    return f"\n\n## Văn bản dẫn chiếu đến văn bản này {{: #van-ban-dan-chieu-den }}\n\n{items}\n"


def _reference_item(reference: Reference, from_path: str) -> str:
    citing = reference.citing
    link = f"[{escape_inline(citing.metadata.title)}]({relative_link(from_path, citing.path)})"
    when = display_date(citing.metadata.date)
    lead = f"{link} ({escape_inline(when)})" if when else link
    return f"- {lead}: “{escape_inline(reference.sentence)}”"


def document_table(documents: Iterable[Document], from_path: str, titles: dict[int, str] | None = None) -> str:
    """A table of documents with date, number, type and subject, each linked to its page."""
    header = "| Ngày | Số, ký hiệu | Loại | Trích yếu |"
    rule = "| --- | --- | --- | --- |"
    if titles is not None:
        header = "| Ngày | Số, ký hiệu | Loại | Trích yếu | Chức vụ khi ký |"
        rule = "| --- | --- | --- | --- | --- |"
    rows = [header, rule]
    for document in documents:
        meta = document.metadata
        subject = meta.subject or meta.title
        cells = [
            escape_inline(display_date(meta.date)),
            escape_inline(meta.number or "—"),
            escape_inline(meta.doc_type or ""),
            f"[{escape_inline(subject)}]({relative_link(from_path, document.path)})",
        ]
        if titles is not None:
            cells.append(escape_inline(titles.get(id(document)) or ""))
        rows.append("| " + " | ".join(cells) + " |")
    return "\n".join(rows)


def cited_document_page(page: CitedDocument) -> tuple[dict[str, Any], str]:
    """A cited document the corpus does not hold: what is known of it, and who cites it."""
    facts = [
        ("Số, ký hiệu", page.number),
        ("Loại văn bản", page.doc_type),
        ("Cơ quan ban hành", page.issuer),
        ("Ngày ban hành", display_date(page.date)),
    ]
    lines = [
        "Văn bản này không có trong kho; các thông tin dưới đây lấy từ những văn bản dẫn chiếu đến nó.",
        "",
    ]
    lines += [f"- **{label}:** {escape_inline(value)}" for label, value in facts if value]
    lines += ["", "## Văn bản dẫn chiếu đến văn bản này {: #van-ban-dan-chieu-den }", ""]
    lines += [_reference_item(reference, page.path) for reference in page.references]
    meta = {
        "title": page.title,
        "kind": "van-ban-duoc-dan-chieu",
        "number": page.number,
        "doc_type": page.doc_type,
        "issuer": page.issuer,
        "date": page.date,
    }
    return meta, "\n".join(lines)


def person_page(person: Person) -> tuple[dict[str, Any], str]:
    documents = [work.document for work in person.works]
    titles = {id(work.document): work.title or "" for work in person.works}
    count = len(documents)
    body = f"{count} văn bản do {escape_inline(person.name)} ký hoặc là tác giả.\n\n"
    body += document_table(documents, person.path, titles)
    return {"title": person.name, "kind": "nguoi-ky"}, body


def issuer_page(issuer: Issuer) -> tuple[dict[str, Any], str]:
    facts = []
    if issuer.system:
        facts.append(f"- **Hệ thống:** {SYSTEM_NAMES.get(issuer.system, issuer.system)}")
    if issuer.province:
        facts.append(f"- **Tỉnh, thành phố:** {escape_inline(issuer.province)}")
    body = "\n".join(facts)
    body += f"\n\n{len(issuer.documents)} văn bản.\n\n" if body else f"{len(issuer.documents)} văn bản.\n\n"
    body += document_table(issuer.documents, issuer.path)
    meta = {"title": issuer.name, "kind": "co-quan", "system": issuer.system, "province": issuer.province}
    return meta, body


# ---------------------------------------------------------------------------------------
# The browse pages: by issuer, year, type and signer; the catalogue; the home page's list


def vietnamese_dateline(place: str | None, date: str | None) -> str | None:
    """"Đông Hà, ngày 11 tháng 12 năm 2014", with only the parts the document gives.

    >>> vietnamese_dateline("Đông Hà", "2014-12-11")
    'Đông Hà, ngày 11 tháng 12 năm 2014'
    >>> vietnamese_dateline("Hưng Yên", "2021"), vietnamese_dateline(None, "2021-05")
    ('Hưng Yên, năm 2021', 'tháng 5 năm 2021')
    """
    if not date:
        return place
    parts = date.split("-")
    words = []
    if len(parts) == 3:
        words.append(f"ngày {int(parts[2])}")
    if len(parts) >= 2:
        words.append(f"tháng {int(parts[1])}")
    words.append(f"năm {parts[0]}")
    when = " ".join(words)
    return f"{place}, {when}" if place else when


def _count(documents: list[Document]) -> str:
    return f"{len(documents)} văn bản"


def _page(title: str, body: str, kind: str) -> tuple[dict[str, Any], str]:
    return {"title": title, "kind": kind}, body


def issuers_index(issuers: list[Issuer], path: str) -> tuple[dict[str, Any], str]:
    """Issuers grouped Party / State, then by province (central bodies first)."""
    groups: dict[str, dict[str, list[Issuer]]] = {}
    for issuer in issuers:
        system = SYSTEM_NAMES.get(issuer.system or "", "Cơ quan khác")
        groups.setdefault(system, {}).setdefault(issuer.province or "Trung ương", []).append(issuer)
    order = [*SYSTEM_NAMES.values(), "Cơ quan khác"]
    total = sum(len(issuer.documents) for issuer in issuers)
    lines = [f"{len(issuers)} cơ quan ban hành, {total} văn bản.", ""]
    for system in order:
        if system not in groups:
            continue
        provinces = groups[system]
        lines += [f"## {system} {{: #{slugify(system)} }}", ""]
        for province in sorted(provinces, key=lambda name: (name != "Trung ương", fold_key(name))):
            lines += [f"### {escape_inline(province)}", ""]
            for issuer in sorted(provinces[province], key=lambda item: fold_key(item.name)):
                link = relative_link(path, issuer.path)
                lines.append(f"- [{escape_inline(issuer.name)}]({link}) — {_count(issuer.documents)}")
            lines.append("")
    return _page("Cơ quan ban hành", "\n".join(lines), "duyet")


def people_index(people: list[Person], path: str) -> tuple[dict[str, Any], str]:
    lines = [f"{len(people)} người ký và tác giả.", ""]
    for person in sorted(people, key=lambda item: fold_key(item.name)):
        link = relative_link(path, person.path)
        lines.append(f"- [{escape_inline(person.name)}]({link}) — {len(person.works)} văn bản")
    return _page("Người ký", "\n".join(lines), "duyet")


def years_index(by_year: dict[str, list[Document]], path: str, year_path) -> tuple[dict[str, Any], str]:
    lines = ["Văn bản theo năm ban hành, mới nhất trước.", ""]
    for year in sorted(by_year, reverse=True):
        label = "Không rõ năm" if not year else f"Năm {year}"
        lines.append(f"- [{label}]({relative_link(path, year_path(year))}) — {_count(by_year[year])}")
    return _page("Theo năm", "\n".join(lines), "duyet")


def year_page(year: str, documents: list[Document], path: str) -> tuple[dict[str, Any], str]:
    """One year's documents, month by month, newest first."""
    months: dict[str, list[Document]] = {}
    for document in documents:
        date = document.metadata.date or ""
        months.setdefault(date[5:7], []).append(document)
    lines = [f"{_count(documents)}.", ""]
    for month in sorted(months, reverse=True):
        title = f"Tháng {int(month)}/{year}" if month else "Không rõ tháng"
        anchor = f"thang-{month}" if month else "khong-ro-thang"
        lines += [f"## {title} {{: #{anchor} }}", "", f"{_count(months[month])}.", ""]
        lines += [document_table(months[month], path), ""]
    title = f"Năm {year}" if year else "Không rõ năm"
    return _page(title, "\n".join(lines), "duyet")


def types_index(by_type: dict[str, list[Document]], path: str, type_path) -> tuple[dict[str, Any], str]:
    lines = ["Văn bản theo loại.", ""]
    for name in sorted(by_type, key=fold_key):
        lines.append(f"- [{escape_inline(name)}]({relative_link(path, type_path(name))}) — {_count(by_type[name])}")
    return _page("Loại văn bản", "\n".join(lines), "duyet")


def type_page(name: str, documents: list[Document], path: str) -> tuple[dict[str, Any], str]:
    return _page(name, f"{_count(documents)}.\n\n" + document_table(documents, path), "duyet")


def newest_list(documents: list[Document], path: str, count: int = 10) -> str:
    """The newest documents, for the home page."""
    lines = []
    for document in documents[:count]:
        meta = document.metadata
        when = display_date(meta.date)
        link = f"[{escape_inline(meta.title)}]({relative_link(path, document.path)})"
        issuer = f" — {escape_inline(meta.issuer)}" if meta.issuer else ""
        lines.append(f"- {link}{issuer}" + (f" ({escape_inline(when)})" if when else ""))
    return "\n".join(lines) + "\n"


def catalogue_page(documents: list[Document], path: str) -> tuple[dict[str, Any], str]:
    """Every document in one table, which filters in the browser and reads without scripts."""
    rows = []
    for document in documents:
        meta = document.metadata
        # Raw HTML links to the built address, which for "x.md" is "x/".
        link = html.escape(relative_link(path, document.path).removesuffix(".md") + "/")
        cells = [
            html.escape(display_date(meta.date)),
            html.escape(meta.number or "—"),
            html.escape(meta.doc_type or ""),
            f'<a href="{link}">{html.escape(meta.subject or meta.title)}</a>',
            html.escape(meta.issuer or ""),
            html.escape(meta.signer or ""),
        ]
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    table = "\n".join(
        [
            f'<div class="tra-cuu" data-catalogue="{html.escape(relative_link(path, CATALOGUE_PATH))}">',
            '<table class="tra-cuu__bang">',
            "<thead><tr><th>Ngày</th><th>Số, ký hiệu</th><th>Loại</th><th>Trích yếu</th>"
            "<th>Cơ quan ban hành</th><th>Người ký</th></tr></thead>",
            "<tbody>",
            *rows,
            "</tbody>",
            "</table>",
            "</div>",
        ]
    )
    intro = (
        f"{_count(documents)}. Lọc theo cơ quan, loại, năm, người ký và số, ký hiệu hoặc trích yếu; "
        f"dữ liệu mở: [danh mục JSON]({relative_link(path, CATALOGUE_PATH)})."
    )
    return _page("Tra cứu văn bản", f"{intro}\n\n{table}\n", "tra-cuu")


def changes_page(documents: list[Document], previous_version: str | None, path: str) -> tuple[dict[str, Any], str]:
    """The documents added or changed since the last published version."""
    if previous_version:
        intro = f"{_count(documents)} được thêm hoặc sửa đổi kể từ phiên bản {escape_inline(previous_version)}."
    else:
        intro = f"Chưa có phiên bản nào được công bố; cả {_count(documents)} đều mới."
    lines = [intro, ""]
    if documents:
        lines += ["| Cập nhật | Văn bản | Thay đổi |", "| --- | --- | --- |"]
        for document in sorted(documents, key=lambda doc: (doc.history[0].date if doc.history else "", doc.path), reverse=True):
            change = document.history[0] if document.history else None
            link = f"[{escape_inline(document.metadata.title)}]({relative_link(path, document.path)})"
            what = escape_inline(change.message) if change else ""
            when = escape_inline(display_date(change.date)) if change else ""
            lines.append(f"| {when} | {link} | {what} |")
    return _page("Văn bản mới và sửa đổi", "\n".join(lines) + "\n", "duyet")


def fold_key(text: str) -> tuple[str, str]:
    """Sort Vietnamese names by their letters first, then as written, so order is total."""
    return fold(text), text
