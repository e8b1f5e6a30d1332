"""Stage 1, read: the bytes of a source file to normalised text.

``decode_source`` guarantees, for every text it returns:

- Unicode NFC (tone marks typed as combining characters are composed);
- ``\\n`` newlines only, no BOM, no zero-width characters, no-break spaces as spaces;
- no trailing white space on any line, and exactly one final newline;
- idempotence: decoding the UTF-8 bytes of its own output gives the same text.

Input that is not text (PDF, Office or image files renamed .txt, other binary data) or
that holds no text at all is refused with a ``SourceError`` naming the file and the reason.
"""

from __future__ import annotations

import codecs
import hashlib
import itertools
import re
import unicodedata

from .errors import SourceError
from .model import SourceText

# Signatures of files that offices send renamed as text; the reason names the real kind.
_BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file, not text"),
    (b"PK\x03\x04", "a ZIP container (a .docx, .xlsx or .odt file?), not text"),
    (b"\xd0\xcf\x11\xe0", "an old Microsoft Office document (.doc/.xls), not text"),
    (b"{\\rtf", "an RTF document, not plain text"),
    (b"\x89PNG", "a PNG image, not text"),
    (b"\xff\xd8\xff", "a JPEG image, not text"),
    (b"GIF8", "a GIF image, not text"),
    (b"II*\x00", "a TIFF image, not text"),
    (b"MM\x00*", "a TIFF image, not text"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

_INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_ODD_SPACE_CHARS = "\u00a0\u2000-\u200a\u202f\u205f\u3000"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
_ODD_SPACES = re.compile(f"[{_ODD_SPACE_CHARS}]")
_INVISIBLE_OR_ODD_SPACE = re.compile(f"[{_INVISIBLE_CHARS}{_ODD_SPACE_CHARS}]")
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_source(data: bytes, name: str) -> SourceText:
    """Decode the bytes of a source; see the module docstring for the guarantees."""
    if not data:
        raise SourceError(name, "the file is empty: there is no text to publish")
    if not data.strip():
        raise SourceError(name, "the file holds only white space: there is no text to publish")
    for signature, kind in _BINARY_SIGNATURES:
        if data.startswith(signature):
            raise SourceError(name, f"the file is {kind}; convert it to text first")
    text, encoding = _decode(data, name)
    legacy = legacy_font_encoding(text)
    if legacy:
        raise SourceError(
            name,
            f"the text is typed in the legacy {legacy} font encoding, which would publish as"
            " gibberish; convert it to Unicode first (for example with UniKey's converter)",
        )
    warnings: list[str] = []
    replacements = text.count("\ufffd")
    if replacements:
        warnings.append(
            f"{name}: {replacements} character(s) could not be decoded and show as \ufffd;"
            " check the original"
        )
    text = normalise_text(text)
    if _CONTROL.search(text):
        controls = len(_CONTROL.findall(text))
        if controls > max(8, len(text) // 100):
            raise SourceError(name, "the file looks like binary data, not text")
        text = _CONTROL.sub("", text)
    if not text.strip():
        raise SourceError(name, "the file holds only white space: there is no text to publish")
    return SourceText(
        name=name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        warnings=tuple(warnings),
    )


# Letters only Vietnamese writes (Latin-1's é, ó, õ ... appear in legacy text too).
_VIETNAMESE = re.compile("[\u1ea0-\u1ef9ăđơưĩũĂĐƠƯĨŨ]")
# Text typed with a TCVN3 (ABC) font and read as Windows code page: "®Õn", "cña", "ng­êi".
_TCVN3 = re.compile("[®«¬¨©ª\u00ad]|[a-zA-Z][µ¸¶·¹Ö×ÕÞ]|[¸µ¶·¹][a-z]")
# Text typed with a VNI font: "ñeán", "cuûa", "ngöôøi", "Vieät".
_VNI = re.compile("[aeiouyAEIOUY][øùûõïäåâ]|ñ[aeiou]|[oö][ôø]")
# Every marker holds one of these characters, so there are no more markers than them.
_MARKER_SIGNS = {"TCVN3 (ABC)": "®«¬¨©ª\u00adµ¸¶·¹Ö×ÕÞ", "VNI": "øùûõïäåâñô"}
# ... and every one of them is a Latin-1 character.
_MARKER_SIGN_BYTES = {encoding: signs.encode("latin-1") for encoding, signs in _MARKER_SIGNS.items()}


def _marker_signs(text: str) -> dict[str, int]:
    """How many characters of ``text`` are signs of each legacy encoding.

    Encoding to Latin-1 drops every other character in one pass, and deleting the signs
    from those bytes counts them: half the time of counting each sign in the text.

    >>> _marker_signs("Céng hßa ®éc lËp")
    {'TCVN3 (ABC)': 1, 'VNI': 0}
    """
    latin = text.encode("latin-1", "ignore")
    return {
        encoding: len(latin) - len(latin.translate(None, signs))
        for encoding, signs in _MARKER_SIGN_BYTES.items()
    }


def legacy_font_encoding(text: str) -> str | None:
    """"TCVN3 (ABC)" or "VNI" when the text was typed with a legacy Vietnamese font.

    Such text reads as Latin letters with stray symbols and almost no Vietnamese letters.

    >>> legacy_font_encoding("Céng hßa x· héi chñ nghÜa ViÖt Nam, ®éc lËp, cña c¸c ng­êi")
    'TCVN3 (ABC)'
    >>> legacy_font_encoding("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam, ñoäc laäp cuûa caùc")
    'VNI'
    >>> legacy_font_encoding("Cộng hòa xã hội chủ nghĩa Việt Nam") is None
    True
    """
    letters = None
    # Counting characters is far faster than counting the markers, and settles ordinary
    # text: it has Vietnamese letters to spare even for that many markers.
    sign_counts = _marker_signs(text)
    for encoding, pattern in (("TCVN3 (ABC)", _TCVN3), ("VNI", _VNI)):
        signs = sign_counts[encoding]
        if not signs or _has_at_least(_VIETNAMESE, text, (signs + 1) // 2):
            continue
        markers = len(pattern.findall(text))
        # Ordinary Vietnamese text stops here: it has Vietnamese letters to spare, and
        # only as many as half the markers are looked for.
        if not markers or _has_at_least(_VIETNAMESE, text, (markers + 1) // 2):
            continue
        if letters is None:
            letters = sum(map(str.isalpha, text))
            if letters < 20:
                return None
        if markers > letters * 0.03:
            return encoding
    return None


def _has_at_least(pattern: re.Pattern[str], text: str, count: int) -> bool:
    return next(itertools.islice(pattern.finditer(text), count - 1, None), None) is not None


def normalise_text(text: str) -> str:
    """NFC, ``\\n`` newlines, visible spaces only, no trailing spaces, one final newline."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Most texts hold neither: one scan tells, where each substitution is a scan.
    if _INVISIBLE_OR_ODD_SPACE.search(text):
        text = _INVISIBLE.sub("", text)
        text = _ODD_SPACES.sub(" ", text)
    text = unicodedata.normalize("NFC", text)
    # Line by line: a regex for the spaces at line ends tries every space of the text,
    # which took seven times as long.
    text = "\n".join([line.rstrip(" \t") for line in text.split("\n")])
    return text.strip("\n") + "\n"


def _decode(data: bytes, name: str) -> tuple[str, str]:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding), encoding
            except UnicodeDecodeError as error:
                raise SourceError(
                    name, f"the file starts with a {encoding} mark but is not valid {encoding}"
                ) from error
    if b"\x00" in data:
        utf16 = _guess_utf16_without_bom(data)
        if utf16 is None:
            raise SourceError(name, "the file holds NUL bytes: it is binary data, not text")
        return utf16
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # Windows-1258 is the code page Vietnamese Windows software saved plain text in; it
    # stores tone marks as combining characters, which NFC then composes.
    return data.decode("cp1258", errors="replace"), "cp1258"


def _guess_utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    even_zeros = data[0::2].count(0)
    odd_zeros = data[1::2].count(0)
    half = len(data) / 2
    if odd_zeros > half * 0.3 and even_zeros < half * 0.05:
        encoding = "utf-16-le"
    elif even_zeros > half * 0.3 and odd_zeros < half * 0.05:
        encoding = "utf-16-be"
    else:
        return None
    try:
        return data.decode(encoding), encoding
    except UnicodeDecodeError:
        return None
