"""Every source converts; the seeds give the metadata of expected.json and their golden pages.

Set UPDATE_GOLDEN=1 to rewrite the golden pages after a reviewed change; a missing golden
page fails.
"""

from __future__ import annotations

import functools
import html
import json
import os
import re
from collections import Counter

import frontmatter
import pytest

from vanban.corpus import assemble
from vanban.orthography import to_traditional
from vanban.pipeline import convert_bytes
from vanban.write import render_page

from .conftest import GOLDEN, source_paths

FIXTURES = GOLDEN.parent / "fixtures"
EXPECTED = {entry["source"]: entry for entry in json.loads((GOLDEN / "expected.json").read_text("utf-8"))}
CONTRACT_KEYS = [
    "title", "doc_type", "number", "issuer", "system", "place", "province", "date", "subject",
    "signer", "signer_title", "addressees", "recipients", "cites", "source",
]


@functools.lru_cache(maxsize=1)
def seed_pages() -> dict[str, str]:
    """Every source's page, converted together so citations between them resolve."""
    corpus = assemble([convert_bytes(p.read_bytes(), p.name) for p in source_paths()])
    return {document.metadata.source: render_page(document) for document in corpus.documents}


def page_of(path) -> str:
    return seed_pages()[path.name]


@pytest.mark.parametrize("path", [p for p in source_paths() if p.name in EXPECTED], ids=lambda p: p.name)
def test_seed_metadata_matches_expected(path):
    expected = EXPECTED[path.name]
    post = frontmatter.loads(page_of(path))
    for key, value in expected.items():
        if key == "notes":
            continue
        if key == "cites":
            assert [cite["number"] for cite in post["cites"]] == value
            continue
        assert post[key] == value, key


@pytest.mark.parametrize("path", source_paths(), ids=lambda p: p.name)
def test_front_matter_has_every_contract_key_in_order(path):
    post = frontmatter.loads(page_of(path))
    assert list(post.metadata)[: len(CONTRACT_KEYS)] == CONTRACT_KEYS
    for cite in post["cites"]:
        assert {"number", "doc_type"} <= set(cite)


@pytest.mark.parametrize("path", [p for p in source_paths() if p.name in EXPECTED], ids=lambda p: p.name)
def test_golden_page(path):
    golden = GOLDEN / (path.stem + ".md")
    page = page_of(path)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(page, encoding="utf-8")
    assert golden.is_file(), f"missing golden page {golden.name}: run with UPDATE_GOLDEN=1 and review it"
    assert page == golden.read_text(encoding="utf-8")


_WORD = re.compile(r"[^\W_]+")


def words(text: str) -> Counter[str]:
    """Words compared as one spelling: case and tone placement ("Uỷ" = "Ủy") aside."""
    return Counter(to_traditional(word).casefold() for word in _WORD.findall(text))


def strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for item in value.values() for s in strings(item)]
    if isinstance(value, list):
        return [s for item in value for s in strings(item)]
    return [str(value)] if value is not None else []


# A web copy's line breaks and entities are markup, as its pipes and asterisks are; so are
# the tags of a copy of a page's HTML, which has paragraphs or a table.
_LINE_BREAK_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_HTML_PAGE = re.compile(r"<(?:p|div|table|tr|td)\b", re.IGNORECASE)
_HTML_TAG = re.compile(r"</?[a-z][a-z0-9]*\b[^<>]*>", re.IGNORECASE)
_SPACED_OUT = re.compile(r"(?<!\S)[^\W\d_](?: [^\W\d_])+(?=  |\s*$)", re.MULTILINE)
_ENTITY = re.compile(r"&(?:#[0-9]+|#x[0-9a-f]+|[a-z][a-z0-9]+);", re.IGNORECASE)


def assert_nothing_lost(path, page: str) -> None:
    from vanban.read import decode_source

    text = _LINE_BREAK_TAG.sub(" ", decode_source(path.read_bytes(), path.name).text)
    if _HTML_PAGE.search(text):
        text = _HTML_TAG.sub(" ", text)
    # A rule's ornament ("-----o0o-----") is the rule's, as its dashes are.
    text = re.sub(r"[-_=]+\s*[oO][0oO][oO]\s*[-_=]+", " ", text)
    # Letters a typist spaced out ("C H Ỉ   T H Ị") are one word.
    text = _SPACED_OUT.sub(lambda spaced: spaced.group().replace(" ", ""), text)
    source_words = words(_ENTITY.sub(lambda entity: html.unescape(entity.group()), text))
    post = frontmatter.loads(page)
    page_words = words(post.content) + words(" ".join(strings(post.metadata)))
    missing = source_words - page_words
    assert not missing, f"{path.name} loses {sorted(missing.elements())[:20]}"


@pytest.mark.parametrize("path", source_paths(), ids=lambda p: p.name)
def test_nothing_a_source_says_is_lost(path):
    """Every word of the source is on its page: in the body or in the front matter."""
    assert_nothing_lost(path, page_of(path))


@pytest.mark.parametrize(
    "path", sorted(FIXTURES.glob("*/*.txt")) + sorted(FIXTURES.glob("*/*.md")), ids=lambda p: p.name
)
def test_nothing_a_document_of_another_shape_says_is_lost(path):
    """The same for the test documents of other bodies, types and raw shapes."""
    document = assemble([convert_bytes(path.read_bytes(), path.name)]).documents[0]
    assert_nothing_lost(path, render_page(document))
