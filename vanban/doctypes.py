"""The kinds of documents the portal publishes, and the codes their symbols use.

Names follow Nghị định 30/2020/NĐ-CP (State documents, appendix III) and
Hướng dẫn 36-HD/VPTW (Party documents). The code is the part of a symbol that names the
type: "27-CT/TU" is a Chỉ thị, "124/KH-UBND" a Kế hoạch. State letters (công văn) carry
no type code: "123/UBND-VX" is a letter of the People's Committee.
"""

from __future__ import annotations

import re

from .text import fold

# Canonical name → symbol codes, most specific first. Party symbols put the code before
# the slash ("05-TT/TW"), State symbols after it ("05/2014/TT-BNV"); where one code means
# two types (TT), the side of the slash decides.
DOC_TYPES: dict[str, tuple[str, ...]] = {
    "Nghị quyết": ("NQ",),
    "Nghị quyết liên tịch": ("NQLT",),
    "Nghị định": ("NĐ",),
    "Quyết định": ("QĐ",),
    "Quy định": ("QĐi", "QyĐ"),
    "Quy chế": ("QC",),
    "Chỉ thị": ("CT",),
    "Kết luận": ("KL",),
    "Thông tư": ("TT",),
    "Thông tư liên tịch": ("TTLT",),
    "Thông tri": ("TT",),
    "Thông báo": ("TB",),
    "Thông cáo": ("TC",),
    "Hướng dẫn": ("HD",),
    "Chương trình": ("CTr",),
    "Kế hoạch": ("KH",),
    "Phương án": ("PA",),
    "Đề án": ("ĐA",),
    "Dự án": ("DA",),
    "Báo cáo": ("BC",),
    "Biên bản": ("BB",),
    "Tờ trình": ("TTr",),
    "Hợp đồng": ("HĐ",),
    "Công văn": ("CV",),
    "Công điện": ("CĐ",),
    "Bản ghi nhớ": ("GN",),
    "Bản thỏa thuận": ("TTh",),
    "Giấy ủy quyền": ("GUQ",),
    "Giấy mời": ("GM",),
    "Giấy giới thiệu": ("GGT",),
    "Giấy nghỉ phép": ("GNP",),
    "Phiếu gửi": ("PG",),
    "Phiếu chuyển": ("PC",),
    "Phiếu báo": ("PB",),
    "Văn bản hợp nhất": ("VBHN",),
    "Luật": (),
    "Bộ luật": (),
    "Pháp lệnh": ("PL",),
    "Lệnh": ("L",),
    "Hiến pháp": (),
    "Điều lệ": ("ĐL",),
    "Lời kêu gọi": (),
    # A leader's address at a conference, published beside the documents it speaks of.
    "Bài phát biểu": (),
    "Diễn văn": (),
    "Thư": (),
}

# Non-normative publications that reach the portal beside official documents.
ARTICLE = "Bài viết"

# A few types are spelt more than one way in real documents; bodies acting together name
# theirs "phối hợp", "liên ngành" or "liên tịch" ("CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH LIÊN
# NGÀNH"), which is no part of the subject under it.
_OTHER_SPELLINGS = {
    "Chương trình hành động": "Chương trình",
    "Thông cáo báo chí": "Thông cáo",
    **{
        f"{name} {joint}": name
        for name in ("Chương trình", "Kế hoạch", "Quy chế", "Hướng dẫn")
        for joint in ("phối hợp", "liên ngành", "liên tịch")
    },
}
_BY_FOLDED_NAME = {fold(name): name for name in DOC_TYPES}
_BY_FOLDED_NAME.update({fold(spelling): name for spelling, name in _OTHER_SPELLINGS.items()})

_CODE_TO_TYPES: dict[str, list[str]] = {}
for _name, _codes in DOC_TYPES.items():
    for _code in _codes:
        _CODE_TO_TYPES.setdefault(_code.casefold(), []).append(_name)

# Names longest first, so that "Nghị quyết liên tịch" wins over "Nghị quyết".
TYPE_NAMES_LONGEST_FIRST: tuple[str, ...] = tuple(sorted(DOC_TYPES, key=len, reverse=True))
# And every spelling, for finding a type line run into others: "CHƯƠNG TRÌNH HÀNH ĐỘNG"
# is one type, not "CHƯƠNG TRÌNH" and a subject.
TYPE_SPELLINGS_LONGEST_FIRST: tuple[str, ...] = tuple(
    sorted((*DOC_TYPES, *_OTHER_SPELLINGS), key=len, reverse=True)
)


def canonical_type(name: str) -> str | None:
    """The canonical name of a document type written in any case or tone placement.

    >>> canonical_type("CHỈ THỊ")
    'Chỉ thị'
    >>> canonical_type("nghi quyet")
    'Nghị quyết'
    >>> canonical_type("Hội nghị") is None
    True
    """
    return _BY_FOLDED_NAME.get(fold(" ".join(name.split())))


def type_from_symbol(number: str) -> str | None:
    """The document type a number and symbol names, or None when it names none.

    >>> type_from_symbol("27-CT/TU")
    'Chỉ thị'
    >>> type_from_symbol("124/KH-UBND")
    'Kế hoạch'
    >>> type_from_symbol("05-TT/TW")
    'Thông tri'
    >>> type_from_symbol("05/2014/TT-BNV")
    'Thông tư'
    >>> type_from_symbol("1407-CV/TU")
    'Công văn'
    >>> type_from_symbol("123/UBND-VX") is None
    True
    """
    party = re.match(r"^\s*\d+[a-zđ]*\s*-\s*([^/\s]+)\s*/", number, re.IGNORECASE)
    if party:
        code, party_style = party.group(1), True
    else:
        state = re.search(r"/\s*([^/\s-]+)\s*-", number)
        if state is None:
            state = re.search(r"/\s*((?:NĐ|QĐ|NQ|CT|TT|TTLT|PL|L)(?=-|$))", number)
        if state is None:
            return None
        code, party_style = state.group(1), False
    candidates = _CODE_TO_TYPES.get(code.casefold())
    if not candidates:
        return None
    if len(candidates) > 1:
        wanted = "Thông tri" if party_style else "Thông tư"
        return wanted if wanted in candidates else candidates[0]
    return candidates[0]
