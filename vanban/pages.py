"""Stage 7, write (the pages the corpus pass feeds): cited documents, people, issuers.

Each is a Markdown page under its own generated folder. Links between pages are relative
Markdown links to the target's ``.md`` file, so ``mkdocs build --strict`` checks every
one of them, and the site works from any folder or version prefix.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any, Iterable

from .body import escape_inline
from .citations import NUMBER_PATTERN, normalise_number, number_key
from .corpus import CitedDocument, Issuer, Person
from .model import Document, Reference

SYSTEM_NAMES = {"dang": "Đảng", "nha-nuoc": "Nhà nước"}


def relative_link(from_path: str, to_path: str) -> str:
    """The link from one Markdown file of docs/ to another.

    >>> relative_link("van-ban/a/2014/1.md", "dan-chieu/trung-uong/2010/82-kl-tw.md")
    '../../../dan-chieu/trung-uong/2010/82-kl-tw.md'
    """
    return posixpath.relpath(to_path, posixpath.dirname(from_path) or ".")


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
        url = targets.get(number_key(normalise_number(written)))
        if url is None:
            return match.group(0)
        start, end = match.start("number") - match.start(), match.end("number") - match.start()
        whole = match.group(0)
        target = relative_link(document.path, url_to_path(url))
        return f"{whole[:start]}[{written}]({target}){whole[end:]}"

    lines = []
    for line in document.body.split("\n"):
        # Attribute lists and footnote labels hold no citations; leave them as they are.
        lines.append(line if line.startswith("{:") else NUMBER_PATTERN.sub(link, line))
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
