"""The static search index: every search entry's words, weighed once at site build time and
split into small files by the first letters of the (folded) word.

Material's search downloads every entry and builds a lunr index in the reader's browser on
each visit: 1.5 s for 1,000 documents, over 10 s for 10,000, before the first result. The
portal's search worker (``overrides/assets/javascripts/workers/search.js``) answers
Material's search box from these files instead: for each word typed it fetches the one
file of the word's first two letters, adds up the weights written here, and shows the
entries, which it fetches once, at the first query. What a query costs then grows with the
words typed more than with the corpus.

Each entry is indexed by field (title, tags, text) as Material would: every word folded
("dong" for "Đông"), as spelt when it has marks ("đông", so a query typed with marks ranks
its spelling first) and paired with the next word in the same field ("dong ha": most
Vietnamese words are two syllables). A term's weight in an entry is lunr's BM25 (k1 1.2, no
length normalisation, as Material sets ``b(0)``) times the field's boost, summed over the
fields.
"""

from __future__ import annotations

import hashlib
import html
import json
import math
import re
import shutil
import unicodedata
from collections import defaultdict
from pathlib import Path

INDEX_DIR = "search/index"
# A term's file is named by its first two letters (folded): one word typed fetches one file.
KEY_LENGTH = 2
# What joins the two words of a pair: a query's words never hold a space.
PAIR_JOINER = " "
# lunr's BM25 saturation.
_K1 = 1.2
_TAG = re.compile(r"<[^>]*>")
# A word's edges lose everything but letters and digits ('"cải' is "cải"), as lunr's trimmer.
_EDGES = re.compile(r"^[\W_]+|[\W_]+$")
_SAFE_FILE_CHARACTER = re.compile(r"[a-z0-9]")


def search_fold(text: str) -> str:
    """A word as the search matches it: lower case, without marks of any script, đ as d;
    ``fold`` of the pipeline on Vietnamese, and, unlike it, what the worker's ``fold``
    reproduces exactly on any text (which the tests check), since a word's file is named
    by it."""
    if text.isascii():
        return text.lower()
    bare = "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.category(ch).startswith("M"))
    return unicodedata.normalize("NFC", bare.replace("đ", "d").replace("Đ", "D").lower())


class _Words:
    """Splits entries' values into words, remembering each piece's spelling and folding:
    the same words recur across thousands of entries."""

    def __init__(self, separator: re.Pattern[str]):
        self._split = separator.split
        self._known: dict[str, tuple[str, str] | None] = {}

    def __call__(self, value: str) -> list[tuple[str, str]]:
        """The words of an entry's HTML value: each in lower case and composed, as spelt,
        and folded."""
        if "<" in value:
            value = _TAG.sub(" ", value)
        if "&" in value:
            value = html.unescape(value)
        # Composed before the edges are trimmed, so a word keeps a mark on its last letter.
        value = unicodedata.normalize("NFC", value)
        found = []
        known = self._known
        for piece in self._split(value):
            forms = known.get(piece, False)
            if forms is False:
                word = _EDGES.sub("", piece)
                if word:
                    spelt = word.lower()
                    forms = (spelt, search_fold(spelt))
                else:
                    forms = None
                known[piece] = forms
            if forms is not None:
                found.append(forms)
        return found


def words(value: str, separator: re.Pattern[str]) -> list[str]:
    """The words of an entry's HTML value, in lower case and composed, as spelt."""
    return [spelt for spelt, _ in _Words(separator)(value)]


def _count_terms(found: list[tuple[str, str]], counts: dict[str, int]) -> None:
    last = len(found) - 1
    for position, (spelt, plain) in enumerate(found):
        counts[plain] += 1
        if spelt != plain:
            counts[spelt] += 1
        if position < last:
            counts[plain + PAIR_JOINER + found[position + 1][1]] += 1


class _FieldTerms:
    """How often each term occurs in a field's value (one string, or a list of tags; pairs
    are of neighbours in the same string), remembering each string's terms: tags, issuers'
    and signers' names recur across thousands of entries."""

    def __init__(self, separator: re.Pattern[str]):
        self._split = _Words(separator)
        self._of_string: dict[str, list[tuple[str, int]]] = {}

    def _terms_of(self, value: str) -> list[tuple[str, int]]:
        found = self._of_string.get(value)
        if found is None:
            counts: dict[str, int] = defaultdict(int)
            _count_terms(self._split(value), counts)
            found = self._of_string[value] = list(counts.items())
        return found

    def __call__(self, value: str | list[str]) -> list[tuple[str, int]]:
        if isinstance(value, str):
            return self._terms_of(value)
        counts: dict[str, int] = defaultdict(int)
        for part in value:
            for term, count in self._terms_of(part):
                counts[term] += count
        return list(counts.items())


def entry_terms(values: list[str], separator: re.Pattern[str]) -> dict[str, int]:
    """How often each term occurs in a field's values (one string, or a list of tags);
    pairs are of neighbours in the same value."""
    return dict(_FieldTerms(separator)(values))


def _saturated(count: int) -> float:
    return count * (_K1 + 1) / (_K1 + count)


def term_weights(docs: list[dict], config: dict) -> dict[str, dict[int, int]]:
    """Each term's weight in each entry (by its place in ``docs``) that holds it."""
    field_terms = _FieldTerms(re.compile(config["separator"]))
    boosts = [(name, float(spec.get("boost", 1.0))) for name, spec in config["fields"].items()]
    # Before the inverse document frequency: a term's boosted, saturated counts, per entry.
    sums: dict[str, dict[int, float]] = defaultdict(dict)
    # A field's boosted, saturated weight of a term it holds a few times, looked up.
    tables = [(field, boost, [boost * _saturated(count) for count in range(64)]) for field, boost in boosts]
    for number, doc in enumerate(docs):
        for field, boost, table in tables:
            value = doc.get(field)
            if not value:
                continue
            for term, count in field_terms(value):
                held = sums[term]
                held[number] = held.get(number, 0.0) + (
                    table[count] if count < 64 else boost * _saturated(count)
                )
    total = len(docs)
    weights: dict[str, dict[int, int]] = {}
    for term, held in sums.items():
        frequency = len(held)
        idf = math.log(1 + (total - frequency + 0.5) / (frequency + 0.5))
        weights[term] = {number: round(idf * value) or 1 for number, value in held.items()}
    return weights


def term_key(term: str) -> str:
    """The file a term is kept in: the first letters of its (first) word, folded; a pair
    is looked up in the file of the word typed before."""
    return search_fold(term.split(PAIR_JOINER, 1)[0])[:KEY_LENGTH]


def term_kind(term: str) -> str:
    """Which part of its file a term goes in: a word folded, a word as spelt, or a pair."""
    if PAIR_JOINER in term:
        return "pairs"
    return "words" if search_fold(term) == term else "spelt"


def _file_stem(key: str) -> str:
    """A file name for a key, in ASCII: letters other than a–z and digits by code point."""
    return "".join(ch if _SAFE_FILE_CHARACTER.fullmatch(ch) else f"_{ord(ch):x}_" for ch in key)


def term_files(weights: dict[str, dict[int, int]]) -> tuple[dict[str, str], dict[str, bytes]]:
    """The files of the index, by name, and the manifest the worker reads: each key's file,
    named with a digest of its content so a browser never mixes files of two builds.

    A file holds its words folded, its words as spelt and its pairs apart (a word typed
    finds the folded words it begins, but only the spelling and the pair it is), each term
    with ``[entry, weight, entry, weight, ...]``, entries in ascending order, each written
    as the difference from the one before.
    """
    by_key: dict[str, dict[str, dict[str, list[int]]]] = defaultdict(
        lambda: {"words": {}, "spelt": {}, "pairs": {}}
    )
    for term in sorted(weights):
        postings: list[int] = []
        previous = 0
        for number, weight in sorted(weights[term].items()):
            postings += [number - previous, weight]
            previous = number
        by_key[term_key(term)][term_kind(term)][term] = postings
    manifest: dict[str, str] = {}
    files: dict[str, bytes] = {}
    for key in sorted(by_key):
        content = json.dumps(by_key[key], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        name = _named(_file_stem(key), content)
        manifest[key] = name
        files[name] = content
    return manifest, files


def _named(stem: str, content: bytes) -> str:
    return f"{stem}.{hashlib.sha256(content).hexdigest()[:10]}.json"


def write_static_index(site_dir: str | Path, index: dict) -> None:
    """Write the index's entries and term files under ``search/index/``, record their
    names in the index's ``config`` (which Material hands to the search worker) and leave
    the entries out of the index itself.

    Material fetches ``search_index.json`` on every page load; a reader who never searches
    then downloads a few kilobytes of config, not every entry, and the worker fetches the
    entries on the first query.
    """
    folder = Path(site_dir) / INDEX_DIR
    shutil.rmtree(folder, ignore_errors=True)
    (folder / "terms").mkdir(parents=True)
    manifest, files = term_files(term_weights(index["docs"], index["config"]))
    for name, content in files.items():
        (folder / "terms" / name).write_bytes(content)
    entries = json.dumps(index["docs"], ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    entries_name = _named("entries", entries)
    (folder / entries_name).write_bytes(entries)
    index["config"]["entries"] = entries_name
    index["config"]["terms"] = {key: f"terms/{name}" for key, name in manifest.items()}
    index["docs"] = []
