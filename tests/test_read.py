"""Stage read: decoding, normalisation and refusals."""

from __future__ import annotations

import codecs
import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vanban.errors import SourceError
from vanban.read import decode_source, normalise_text

TEXT = "Hải Phòng, ngày 29 tháng 7 năm 2024\nỦy ban nhân dân\n"


@pytest.mark.parametrize(
    "data",
    [
        TEXT.encode("utf-8"),
        codecs.BOM_UTF8 + TEXT.encode("utf-8"),
        TEXT.encode("utf-16"),
        TEXT.encode("utf-16-le"),
        unicodedata.normalize("NFD", TEXT).encode("utf-8"),
        TEXT.replace("\n", "\r\n").encode("utf-8"),
        TEXT.replace("\n", "   \n").encode("utf-8"),
    ],
    ids=["utf8", "utf8-bom", "utf16-bom", "utf16-le-no-bom", "nfd", "crlf", "trailing-spaces"],
)
def test_every_encoding_reads_as_the_same_text(data):
    assert decode_source(data, "a.txt").text == TEXT


def test_windows_1258_with_combining_tone_marks_reads_as_nfc():
    # Windows-1258 stores "ả" as "a" + a combining hook; the reader composes it.
    data = unicodedata.normalize("NFD", "Hải Phòng").encode("cp1258")
    source = decode_source(data, "old.txt")
    assert source.text == "Hải Phòng\n"
    assert source.encoding == "cp1258"


@given(st.text(alphabet=st.sampled_from("a Ủ\t\n\r\u00a0\u2003\u3000\u200b\u00ad\ufeffo\u0302\u0301"), max_size=40))
def test_normalisation_is_its_definition(text):
    by_definition = re.sub("[\u200b\u200c\u200d\u2060\ufeff\u00ad]", "", text.replace("\r\n", "\n").replace("\r", "\n"))
    by_definition = re.sub("[\u00a0\u2000-\u200a\u202f\u205f\u3000]", " ", by_definition)
    by_definition = re.sub(r"[ \t]+$", "", unicodedata.normalize("NFC", by_definition), flags=re.MULTILINE)
    assert normalise_text(text) == by_definition.strip("\n") + "\n"


def test_normalisation_is_idempotent():
    once = normalise_text("\ufeffA\u00a0b\u200b \r\n\r\n\nc  ")
    assert once == "A b\n\n\nc\n"
    assert normalise_text(once) == once


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"", "empty"),
        (b"  \n\t\n", "only white space"),
        (b"%PDF-1.7\n...", "a PDF file"),
        (b"PK\x03\x04rest-of-docx", "ZIP container"),
        (b"\x89PNG\r\n\x1a\n", "PNG image"),
        (bytes(range(256)) * 4, "binary"),
    ],
)
def test_unusable_input_is_refused_with_the_file_and_reason(data, reason):
    with pytest.raises(SourceError) as error:
        decode_source(data, "bad.txt")
    message = str(error.value)
    assert message.startswith("bad.txt: ")
    assert reason in message


def test_replacement_characters_are_counted_in_a_warning():
    source = decode_source("Hải \ufffd Phòng \ufffd\n".encode("utf-8"), "lossy.txt")
    assert source.warnings == (
        "lossy.txt: 2 character(s) could not be decoded and show as \ufffd; check the original",
    )


def test_sha256_is_of_the_bytes_as_received():
    import hashlib

    data = codecs.BOM_UTF8 + TEXT.encode("utf-8")
    assert decode_source(data, "a.txt").sha256 == hashlib.sha256(data).hexdigest()


@given(st.text(alphabet=st.sampled_from("®«¬¨©ª\u00adµ¸¶·¹Ö×ÕÞøùûõïäåâñôaÔỦđ \n\u0302😀") | st.characters()))
def test_legacy_signs_are_counted_as_counting_each_sign_would(text):
    from vanban.read import _MARKER_SIGNS, _marker_signs

    assert _marker_signs(text) == {
        encoding: sum(map(text.count, signs)) for encoding, signs in _MARKER_SIGNS.items()
    }
