"""Issuing bodies: one canonical name per body, its system (Party or State), its province.

"UBND tỉnh X", "ỦY BAN NHÂN DÂN TỈNH X" and "Uỷ ban nhân dân tỉnh X" are one issuer,
written "Ủy ban nhân dân tỉnh X" (full words, ordinary case, the tone placement of
Nghị định 30/2020/NĐ-CP). A name that leaves its locality to the header ("CỦA BAN THƯỜNG
VỤ TỈNH ỦY" under a Quảng Trị dateline) is completed from the document's province.
"""

from __future__ import annotations

import functools
import re

from . import gazetteer
from .casing import ADMIN_UNITS, recase
from .orthography import to_traditional
from .text import fold

# Names of bodies repeat across a corpus, and every document and citation asks after them:
# the functions of a name alone are cached.
_NAMES_CACHED = 1 << 14

# Abbreviations offices use in headers, and the words they stand for.
_ABBREVIATIONS: tuple[tuple[str, str], ...] = (
    (r"UBND", "Ủy ban nhân dân"),
    (r"HĐND", "Hội đồng nhân dân"),
    # "MTTQ" may be followed by the "VIỆT NAM" it stands for already.
    (r"UBMTTQ(?:VN|\s+VIỆT\s+NAM|\s+Việt\s+Nam)?", "Ủy ban Mặt trận Tổ quốc Việt Nam"),
    (r"MTTQ(?:VN|\s+VIỆT\s+NAM|\s+Việt\s+Nam)?", "Mặt trận Tổ quốc Việt Nam"),
    (r"BTV", "Ban Thường vụ"),
    (r"BCH", "Ban Chấp hành"),
    (r"BCĐ", "Ban Chỉ đạo"),
    (r"UBKT", "Ủy ban Kiểm tra"),
    (r"TP\.?", "thành phố"),
    # Departments named short: "SỞ NÔNG NGHIỆP VÀ PTNT", "SỞ GD&ĐT".
    (r"NN\s*&\s*PTNT", "Nông nghiệp và Phát triển nông thôn"),
    (r"PTNT", "Phát triển nông thôn"),
    (r"GD\s*&\s*ĐT|GDĐT", "Giáo dục và Đào tạo"),
    (r"TN\s*&\s*MT|TNMT", "Tài nguyên và Môi trường"),
    (r"KH\s*&\s*ĐT|KHĐT", "Kế hoạch và Đầu tư"),
    (r"KH\s*&\s*CN|KHCN", "Khoa học và Công nghệ"),
    (r"TT\s*&\s*TT", "Thông tin và Truyền thông"),
    (r"LĐ\s*-?\s*TB\s*&\s*XH|LĐTBXH", "Lao động - Thương binh và Xã hội"),
    (r"VH\s*,?\s*TT\s*&\s*DL|VHTTDL", "Văn hóa, Thể thao và Du lịch"),
    # Mass organisations: "HỘI LHPN HUYỆN KIẾN XƯƠNG", "LĐLĐ TỈNH ĐỒNG NAI".
    (r"LHPN", "Liên hiệp Phụ nữ"),
    (r"LĐLĐ", "Liên đoàn Lao động"),
    (r"CCB", "Cựu chiến binh"),
    # Schools: "TRƯỜNG THCS HẢI ĐÔNG".
    (r"THCS", "Trung học cơ sở"),
    (r"THPT", "Trung học phổ thông"),
    (r"PTDTNT", "Phổ thông dân tộc nội trú"),
    (r"PTDTBT", "Phổ thông dân tộc bán trú"),
    # Not a bare "TƯ": it is also the last syllable of "ĐẦU TƯ" (Bộ Kế hoạch và Đầu tư).
    (r"TW|T\.Ư", "Trung ương"),
)

# Journals and news agencies sign their articles with an abbreviation before the lead.
PUBLICATIONS: dict[str, str] = {
    "TCCS": "Tạp chí Cộng sản",
    "QĐND": "Báo Quân đội nhân dân",
    "TTXVN": "Thông tấn xã Việt Nam",
    "VOV": "Đài Tiếng nói Việt Nam",
    "VTV": "Đài Truyền hình Việt Nam",
    "ĐCSVN": "Báo điện tử Đảng Cộng sản Việt Nam",
}

# A Party committee, folded: "tỉnh ủy", "huyện ủy", "đảng ủy" ... (not "ủy ban").
_COMMITTEE = r"(?:tinh|thanh|huyen|quan|thi|dang) uy(?! ban)"
_PARTY = re.compile(
    # "Ủy ban Thường vụ Quốc hội" is the State's.
    rf"\b(?:{_COMMITTEE}|(?<!uy )ban thuong vu(?! quoc hoi)|bo chinh tri|"
    r"ban bi thu|ban chap hanh trung uong|dang doan|ban can su dang|dang bo|chi bo|"
    r"trung uong dang|dang cong san)\b"
)
_STATE = re.compile(
    r"^(?:uy ban nhan dan|hoi dong nhan dan|chinh phu|thu tuong|quoc hoi|chu tich nuoc|"
    r"bo |so |cuc |tong cuc |van phong chinh phu|van phong quoc hoi|toa an|vien kiem sat|"
    r"kiem toan nha nuoc|ngan hang nha nuoc|thanh tra|uy ban thuong vu quoc hoi|"
    r"chu tich uy ban nhan dan|ban quan ly|chi cuc|trung tam)"
)

# Units a name can end on when the header leaves out where the body sits.
_PROVINCE_LEVEL = re.compile(r"(?:\b(?:tinh|thanh) uy|\btinh)$")
_CITY_LEVEL = re.compile(r"(?:\bthanh pho)$")
_LOCAL_LEVEL = re.compile(r"(?:\b(?:huyen|quan|thi) uy|\bhuyen|\bquan|\bthi xa)$")

# Departments that sit under a committee and take its name to be told apart.
_DEPARTMENT = re.compile(
    r"^(?:so|ban|phong|van phong|chi cuc|cuc|trung tam|uy ban kiem tra|thanh tra|"
    # A procuracy ("Viện kiểm sát nhân dân") is a body of its own, no institute; a school
    # of general education is known by its own name ("Trường Tiểu học Lộc Phát").
    r"truong(?! (?:mam non|mau giao|tieu hoc|trung hoc|thcs|thpt|pho thong))|vien(?! kiem sat)|ban quan ly|doan)\b"
)
_COMMITTEE_START = re.compile(rf"^{_COMMITTEE}\b")
_COMMITTEE_NAMED = re.compile(rf"\b{_COMMITTEE} [a-z]")
# The Youth Union's committees are named by their place too: "HUYỆN ĐOÀN NGA SƠN".
_UNION_COMMITTEE_START = re.compile(r"^(?:tinh|thanh|huyen|quan|thi) doan\b")
# The words a body's name opens with; a header line that opens otherwise ("KHAI THÁC THỦY
# LỢI QUẢNG NAM" under "CÔNG TY TNHH MỘT THÀNH VIÊN") is the line above it wrapped.
_BODY_HEAD = re.compile(
    r"^(?:ban|bao|bao hiem|bao tang|bch|benh vien|bhxh|bo|btv|cang vu|canh sat|chi bo|chi cuc|"
    r"chi hoi|chi nhanh|chinh phu|chu tich|co quan|cong an|cong doan|cong ty|cuc|dai|dang|doan|"
    r"doi|don|hat|hdnd|hiep hoi|hoc vien|hoi|hop tac xa|huyen doan|kho bac|khoa|khoi|khu|"
    r"kiem toan|ky tuc xa|lien doan|lien hiep|lu doan|mat tran|mttq|ngan hang|nha may|"
    r"nha thieu nhi|nha van hoa|nha xuat ban|phan hieu|phan vien|phong|quan doan|quan khu|"
    r"quoc hoi|quy|so|su doan|tand|tap chi|tap doan|thanh doan|thanh tra|thi doan|thong tan xa|"
    r"thu tuong|thu vien|tieu doan|to|toa an|tong|tram|trung doan|trung tam|truong|ub|ubkt|"
    r"ubnd|uy ban|van phong|vien|vksnd|vu|xi nghiep)\b"
)
_ADMIN_START = re.compile(r"^(?:tinh|thanh pho|huyen|quan|thi xa|thi tran|xa|phuong|tp)\b")


@functools.lru_cache(maxsize=_NAMES_CACHED)
def expand_abbreviations(name: str) -> str:
    """Write out the abbreviations of a body's name.

    >>> expand_abbreviations("UBND TP. Hải Phòng")
    'Ủy ban nhân dân thành phố Hải Phòng'
    >>> expand_abbreviations("ỦY BAN MTTQ VIỆT NAM TỈNH QUẢNG BÌNH")
    'ỦY BAN Mặt trận Tổ quốc Việt Nam TỈNH QUẢNG BÌNH'
    """
    return " ".join(_ABBREVIATION.sub(_written_out, name).split())


# All abbreviations in one pattern, a group each: one pass over a name.
_ABBREVIATION = re.compile(
    "|".join(
        f"(?<![\\w.])(?P<a{index}>{pattern})(?![\\w])" for index, (pattern, _) in enumerate(_ABBREVIATIONS)
    )
)


def _written_out(match: re.Match[str]) -> str:
    return _ABBREVIATIONS[int(match.lastgroup[1:])][1]


def canonical_name(text: str, reference: str | None = None) -> str:
    """One body's name, written out, in ordinary case and traditional tone placement.

    >>> canonical_name("THÀNH ỦY HẢI PHÒNG")
    'Thành ủy Hải Phòng'
    >>> canonical_name("UBND tỉnh Quảng Nam")
    'Ủy ban nhân dân tỉnh Quảng Nam'
    """
    if reference is None:
        return _canonical_name_alone(text)
    return _canonical_name(text, reference)


@functools.lru_cache(maxsize=_NAMES_CACHED)
def _canonical_name_alone(text: str) -> str:
    return _canonical_name(text, None)


def _canonical_name(text: str, reference: str | None) -> str:
    name = to_traditional(" ".join(text.split()).strip(" .,;:*"))
    caps = name.isupper()
    name = expand_abbreviations(name)
    if caps:
        # The reference may spell a word with the new tone placement ("Tỉnh uỷ").
        name = to_traditional(recase(name.upper(), reference, names=True))
    return _capitalise_lexicon_words(name)


def _capitalise_lexicon_words(name: str) -> str:
    """Upper-case the institution words of a name typed in lower case ("tỉnh ủy" → "Tỉnh ủy")."""
    name = re.sub(
        r"\b(tỉnh|thành|huyện|quận|thị) ủy\b",
        lambda m: m.group(1).capitalize() + " ủy",
        name,
        flags=re.IGNORECASE,
    )
    return name[:1].upper() + name[1:]


# A university or college has a name of its own in the whole country.
_NAMED_IN_THE_WHOLE_COUNTRY = ("truong dai hoc", "truong cao dang", "hoc vien", "dai hoc")
# Boards named by the body they sit in, whose name follows theirs.
_NAMED_BY_THEIR_BODY = frozenset(("ban can su dang", "dang doan", "hoi dong tham phan"))


@functools.lru_cache(maxsize=_NAMES_CACHED)
def _superior_and_body(line: str) -> tuple[str, ...]:
    """A superior's name and its body's that a copy ran onto one line, apart: the
    superior ends on its province, the body opens with a body's head.

    >>> _superior_and_body("ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG SỞ Y TẾ")
    ('ỦY BAN NHÂN DÂN TỈNH LÂM ĐỒNG', 'SỞ Y TẾ')
    >>> _superior_and_body("ĐẢNG BỘ TỈNH ĐỒNG NAI ĐẢNG ỦY XÃ XUÂN ĐÔNG")
    ('ĐẢNG BỘ TỈNH ĐỒNG NAI', 'ĐẢNG ỦY XÃ XUÂN ĐÔNG')
    """
    words = line.split()
    if len(words) < 5 or not line.isupper():
        return (line,)
    for split in range(3, len(words) - 1):
        body = fold(" ".join(words[split:]))
        if _ADMIN_START.match(body) or not (_BODY_HEAD.match(body) or _COMMITTEE_START.match(body)):
            continue
        for size in range(1, 4):
            if split - size < 1:
                break
            # "TỈNH LÂM ĐỒNG", "THÀNH PHỐ HẢI PHÒNG", "TỈNH ỦY QUẢNG NAM".
            if gazetteer.canonical_province(" ".join(words[split - size : split])) and fold(
                words[split - size - 1]
            ) in ("tinh", "pho", "tp", "uy"):
                return (" ".join(words[:split]), " ".join(words[split:]))
    return (line,)


def compose_header_issuer(lines: list[str], reference: str | None = None, joint: bool = False) -> str | None:
    """The issuer named by the header's upper-case lines, parent body first.

    ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HẢI PHÒNG"] is one name on two lines;
    ["UBND TỈNH QUẢNG NAM", "SỞ NỘI VỤ"] is a department and takes the province;
    ["TỈNH ỦY QUẢNG NAM", "BAN TUYÊN GIÁO"] takes its committee's whole name.

    >>> compose_header_issuer(["ĐẢNG BỘ TỈNH BẮC NINH", "HUYỆN ỦY QUẾ VÕ"])
    'Huyện ủy Quế Võ'
    >>> compose_header_issuer(["BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN TUYÊN GIÁO"])
    'Ban Tuyên giáo Trung ương'
    >>> compose_header_issuer(["UỶ BAN NHÂN DÂN", "THÀNH PHỐ ĐÀ NẴNG", "VĂN PHÒNG"])
    'Văn phòng Ủy ban nhân dân thành phố Đà Nẵng'

    A ``joint`` document (signed by several) may stack its bodies, each of the same
    place: ["VIỆN KIỂM SÁT NHÂN DÂN TỈNH ĐẮK LẮK", "HỘI LIÊN HIỆP PHỤ NỮ TỈNH ĐẮK LẮK"] is
    both, as "Bộ Tài chính - Bộ Nội vụ" is.
    """
    names: list[str] = []
    for line in [part for line in lines for part in _superior_and_body(line)]:
        folded = fold(line)
        # "HUYỆN ỦY QUẾ VÕ" under "ĐẢNG BỘ TỈNH BẮC NINH" is a body of its own, not the
        # rest of its parent's name as "TỈNH BẮC NINH" would be.
        # Nor is "UBND TỈNH" under "BAN CÁN SỰ ĐẢNG": a board within a body is named by
        # that body ("HỘI ĐỒNG THẨM PHÁN" / "TÒA ÁN NHÂN DÂN TỐI CAO").
        continues = (
            _ADMIN_START.match(folded)
            or not _BODY_HEAD.match(folded)
            or (names and fold(names[-1]) in _NAMED_BY_THEIR_BODY)
        )
        if names and continues and not (_COMMITTEE_START.match(folded) or _UNION_COMMITTEE_START.match(folded)):
            names[-1] = f"{names[-1]} {line}"
        else:
            names.append(line)
    if not names:
        return None
    names = [canonical_name(name, reference) for name in names]
    own = names[-1]
    if len(names) == 1:
        return own
    parent = names[-2]
    own_key, parent_key = fold(own), fold(parent)
    independent = not _DEPARTMENT.match(own_key) and not _PARTY_ORGANISATION.match(parent_key)
    if joint and independent and _same_place(own, parent):
        return f"{parent} - {own}"
    # A Party board within a body ("Ban cán sự đảng Ủy ban nhân dân tỉnh") is no
    # department of the Party organisation above it.
    department = _DEPARTMENT.match(own_key) and not own_key.startswith("ban can su dang")
    if department and parent_key == "ban chap hanh trung uong":
        # The Central Committee's bodies are named for "Trung ương" alone ("Ban Tuyên
        # giáo Trung ương"), and its office for the Party ("Văn phòng Trung ương Đảng").
        return f"{own} Trung ương Đảng" if own_key == "van phong" else f"{own} Trung ương"
    # An office is its body's ("Văn phòng Ủy ban nhân dân thành phố Đà Nẵng"), not the
    # locality's: the council and the Party committee there have offices too.
    # A branch is its organisation's ("Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh ...").
    if own_key.startswith("chi nhanh "):
        return f"{parent} {own}"
    if own_key == "van phong" or own_key.startswith(("ban thuong vu", "ban thuong truc")) or (
        department and _PARTY.search(parent_key)
    ):
        return f"{own} {committee_of_party_organisation(parent)}"
    # A department, or a Party cell ("Chi bộ Khu dân cư số 6" under "Đảng bộ phường Hải
    # Dương"), is told apart by the locality of the nearest body above it that names one
    # ("Chi cục Kiểm lâm" under "Sở Nông nghiệp ..." under "Ủy ban nhân dân tỉnh Bình Định").
    national = own_key.startswith(_NAMED_IN_THE_WHOLE_COUNTRY)
    if (department or own_key.startswith("chi bo ")) and not national and not _names_locality(own):
        for above in reversed(names[:-1]):
            locality = _LOCALITY_TO_END.search(above)
            if locality:
                # "Chi bộ Trường THCS Hải Đông" under "Đảng bộ xã Hải Đông" is told
                # apart by its own name already.
                place_name = locality.group(0)[locality.end(1) - locality.start() :].strip()
                if place_name and fold(own).endswith(" " + fold(place_name)):
                    return own
                return f"{own} {locality.group(0)}"
    return own


_ORGANS = ("ban thuong vu", "ban thuong truc", "thuong truc", "ban chap hanh")


def organ_of(stated: str, header: str) -> str:
    """The board a document says it is "of", named in full after the header's body
    when it names that body short ("Ban Thường vụ Đảng ủy Khối" of "Đảng ủy Khối các cơ
    quan tỉnh").

    >>> organ_of("Ban Thường vụ Đảng ủy Khối", "Đảng ủy Khối các cơ quan tỉnh")
    'Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh'
    >>> organ_of("Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Nghệ An")
    'Ban Thường vụ Tỉnh ủy'
    """
    words = stated.split()
    folded = [fold(word) for word in words]
    whole = [fold(word) for word in header.split()]
    for organ in _ORGANS:
        size = organ.count(" ") + 1
        short = folded[size:]
        if " ".join(folded[:size]) == organ and short and len(whole) > len(short) and whole[: len(short)] == short:
            return f"{' '.join(words[:size])} {header}"
    return stated


def _same_place(name: str, other: str) -> bool:
    """Whether two bodies' names end on the same locality ("... tỉnh Đắk Lắk")."""
    place = _LOCALITY_TO_END.search(name)
    other_place = _LOCALITY_TO_END.search(other)
    return bool(place and other_place and fold(place.group(0)) == fold(other_place.group(0)))


def with_locality_of(stated: str, header: str) -> str:
    """A name that ends on a bare administrative unit ("Ban Chấp hành Đảng bộ phường"),
    completed by the place the header's body names for that unit ("Đảng ủy phường Thủ
    Dầu Một").

    >>> with_locality_of("Ban Chấp hành Đảng bộ phường", "Đảng ủy phường Thủ Dầu Một")
    'Ban Chấp hành Đảng bộ phường Thủ Dầu Một'
    >>> with_locality_of("Ban Thường vụ Huyện ủy", "Huyện ủy Quế Võ")
    'Ban Thường vụ Huyện ủy'
    """
    unit = _BARE_UNIT_AT_END.search(stated)
    if unit is None:
        return stated
    named = re.search(rf"\b{unit.group(1)} (\S.*)$", header)
    if named is None or _LOCALITY_WORD.search(named.group(1)):
        return stated
    return f"{stated} {named.group(1)}"


_BARE_UNIT_AT_END = re.compile(rf"\b({'|'.join(ADMIN_UNITS)})$")


# A Party organisation's committee at each level ("Đảng bộ tỉnh Nghệ An": "Tỉnh ủy Nghệ
# An"); below the district, and for a bloc ("Đảng bộ Khối ..."), its "Đảng ủy".
_COMMITTEE_OF_LEVEL = {
    "tinh": "Tỉnh ủy", "thanh pho": "Thành ủy", "huyen": "Huyện ủy", "quan": "Quận ủy", "thi xa": "Thị ủy",
}
_PARTY_ORGANISATION = re.compile(r"^dang bo (?:(tinh|thanh pho|huyen|quan|thi xa) (?=\S))?")


def committee_of_party_organisation(name: str) -> str:
    """The committee that acts for a Party organisation, whose departments, office and
    standing board are its committee's; any other name as it is.

    >>> committee_of_party_organisation("Đảng bộ tỉnh Nghệ An")
    'Tỉnh ủy Nghệ An'
    >>> committee_of_party_organisation("Đảng bộ xã An Hòa"), committee_of_party_organisation("Tỉnh ủy Nam Định")
    ('Đảng ủy xã An Hòa', 'Tỉnh ủy Nam Định')
    """
    match = _PARTY_ORGANISATION.match(fold(name))
    if match is None:
        return name
    level = match.group(1)
    # "Đảng bộ" and the level are two words, or three ("thành phố", "thị xã").
    words = name.split()
    if level is None:
        return " ".join(["Đảng ủy", *words[2:]])
    return " ".join([_COMMITTEE_OF_LEVEL[level], *words[3 + level.count(" ") :]])


def complete_locality(name: str, province: str | None, place: str | None, date: str | None) -> str:
    """Add the locality a name leaves to the header ("Ban Thường vụ Tỉnh ủy" + Quảng Trị).

    >>> complete_locality("Ban Thường vụ Tỉnh ủy", "Quảng Trị", "Đông Hà", "2014-12-11")
    'Ban Thường vụ Tỉnh ủy Quảng Trị'
    >>> complete_locality("Thành ủy Hải Phòng", "Hải Phòng", "Hải Phòng", None)
    'Thành ủy Hải Phòng'
    >>> complete_locality("Ủy ban nhân dân tỉnh Hà Tĩnh", "Hà Tĩnh", "Hà Tĩnh", "2020-01-02")
    'Ủy ban nhân dân tỉnh Hà Tĩnh'
    """
    folded = fold(name)
    # "Ủy ban nhân dân tỉnh Hà Tĩnh" ends on "tinh" but already names its province.
    if province_in_name(name):
        return name
    if _PROVINCE_LEVEL.search(folded) and province:
        return f"{name} {province}"
    if _CITY_LEVEL.search(folded) or folded.endswith("thanh uy"):
        if province and gazetteer.province_kind(province, date) == "thành phố":
            return f"{name} {province}"
        if place:
            return f"{name} {place}"
    if _LOCAL_LEVEL.search(folded) and place and place != province:
        return f"{name} {place}"
    if (
        province
        and _DEPARTMENT.match(folded)
        and not folded.startswith(_NAMED_IN_THE_WHOLE_COUNTRY)
        and not _names_locality(name)
        and not is_central(name)
        # A Party committee's board is named by its committee ("Ban Thường vụ Thành ủy Đà Lạt").
        and not _COMMITTEE_NAMED.search(folded)
    ):
        # A department whose header named its province without the unit ("SỞ NÔNG
        # NGHIỆP VÀ PTNT LÂM ĐỒNG" over "CHI CỤC KIỂM LÂM"): every province has one.
        kind = gazetteer.province_kind(province, date)
        if kind:
            return f"{name} {kind} {province}"
    return name


@functools.lru_cache(maxsize=_NAMES_CACHED)
def joint_parts(name: str) -> tuple[str, ...]:
    """The bodies a joint document's issuer names ("Bộ Tài chính - Bộ Nội vụ"), or none
    when the name is one body's ("Bộ Lao động - Thương binh và Xã hội").

    >>> joint_parts("Bộ Tài chính - Bộ Nội vụ"), joint_parts("Bộ Lao động - Thương binh và Xã hội")
    (('Bộ Tài chính', 'Bộ Nội vụ'), ())
    """
    parts = tuple(part.strip() for part in re.split(r"\s+[-–—]\s+", name))
    if len(parts) < 2 or not all(_BODY_HEAD.match(fold(part)) for part in parts):
        return ()
    return parts


@functools.lru_cache(maxsize=_NAMES_CACHED)
def province_in_name(name: str) -> str | None:
    """The province a body's name ends on ("Thành ủy Hải Phòng" → "Hải Phòng")."""
    words = name.split()
    for size in range(min(5, len(words)), 0, -1):
        tail = " ".join(words[-size:])
        province = gazetteer.canonical_province(tail)
        if province:
            # "Ủy ban nhân dân huyện Thanh Hóa" would name a district, not the province;
            # "Cục Hải quan Đồng Nai" names the province ("quan" as folded, not "quận").
            before = " ".join(words[:-size])
            if (_ENDS_ON_LOCAL_UNIT_FOLDED if before.isascii() else _ENDS_ON_LOCAL_UNIT).search(
                _spelt_or_folded(before)
            ):
                return None
            return province
    return None


_CENTRAL = re.compile(
    r"^(?:bo |chinh phu|thu tuong|quoc hoi|uy ban thuong vu quoc hoi|chu tich nuoc|"
    r"van phong (?:chinh phu|quoc hoi|chu tich nuoc|trung uong)|bo chinh tri|ban bi thu|"
    r"ban chap hanh trung uong|toa an nhan dan toi cao|vien kiem sat nhan dan toi cao|"
    r"kiem toan nha nuoc|ngan hang nha nuoc|tong cuc |cuc |vu |tap chi cong san|thong tan xa|"
    r"bao (?:nhan dan|quan doi nhan dan)|dai (?:tieng noi|truyen hinh) viet nam)"
    r"|\btrung uong$|\bnhan dan toi cao$"
)
# Told by its spelling where it can be: "Quân sự" and "cơ quan" name no district (all
# "quan" when folded); only a name typed without marks is judged folded. "Xã hội" is
# spelt as a commune is, and told by the word after it.
_LOCALITY_WORD = re.compile(r"\b(?:tỉnh|thành phố|huyện|quận|thị xã|xã(?! hội)|phường|thị trấn|đặc khu)\b")
_LOCALITY_WORD_FOLDED = re.compile(r"\b(?:tinh|thanh pho|huyen|quan|thi xa|xa(?! hoi)|phuong|thi tran|dac khu)\b")


# The locality a name ends with ("... tỉnh Bình Định"); "Xã hội" is none.
_LOCALITY_TO_END = re.compile(f"({_LOCALITY_WORD.pattern}).*$", re.IGNORECASE)
_ENDS_ON_LOCAL_UNIT = re.compile(r"\b(?:huyện|quận|thị xã|xã|phường|thị trấn)$")
_ENDS_ON_LOCAL_UNIT_FOLDED = re.compile(r"\b(?:huyen|quan|thi xa|xa|phuong|thi tran)$")


def _spelt_or_folded(name: str) -> str:
    """The name in lower case as spelt, or folded when typed without marks (where
    "quan" may be "quận")."""
    return fold(name) if name.isascii() else to_traditional(name.lower())


def _names_locality(name: str) -> bool:
    pattern = _LOCALITY_WORD_FOLDED if name.isascii() else _LOCALITY_WORD
    return pattern.search(_spelt_or_folded(name)) is not None


@functools.lru_cache(maxsize=_NAMES_CACHED)
def is_central(name: str | None) -> bool:
    """A body of the central Party or State, which has no province of its own.

    >>> is_central("Bộ Tài chính"), is_central("Ban Tuyên giáo Trung ương")
    (True, True)
    >>> is_central("Sở Tài chính tỉnh Sơn La"), is_central("Cục Thuế tỉnh Nghệ An")
    (False, False)
    >>> is_central("Cục Trồng trọt và Bảo vệ thực vật"), is_central("Cục Hải quan Đồng Nai")
    (True, False)
    >>> is_central("Bộ Lao động - Thương binh và Xã hội"), is_central("Bộ Chỉ huy Quân sự tỉnh Gia Lai")
    (True, False)
    """
    if not name:
        return False
    folded = fold(name)
    if _names_locality(name) or province_in_name(name):
        return False
    return bool(_CENTRAL.search(folded))


@functools.lru_cache(maxsize=_NAMES_CACHED)
def system_of(name: str | None) -> str | None:
    """"dang" for a Party body, "nha-nuoc" for a State body, None when neither is clear."""
    if not name:
        return None
    folded = fold(name)
    if _PARTY.search(folded):
        return "dang"
    if _STATE.match(folded):
        return "nha-nuoc"
    return None


# The Fatherland Front and the socio-political organisations: neither Party nor State,
# though their documents carry the State's motto or number as the Party does.
_MASS_ORGANISATION = re.compile(
    r"\b(?:mat tran to quoc|doan thanh nien|(?:tinh|thanh|huyen|quan|thi) doan|hoi lien hiep phu nu|"
    r"hoi nong dan|hoi cuu chien binh|lien doan lao dong|cong doan)\b"
)


def is_mass_organisation(name: str | None) -> bool:
    """A body of the Fatherland Front or a socio-political organisation.

    >>> is_mass_organisation("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Quảng Bình"), is_mass_organisation("Sở Y tế")
    (True, False)
    """
    return bool(name) and _MASS_ORGANISATION.search(fold(name)) is not None


def publication(abbreviation: str) -> str | None:
    return PUBLICATIONS.get(abbreviation.upper())
