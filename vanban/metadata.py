"""Stage 3, metadata: a document's layout to its front matter (DESIGN.md's contract).

Every field is read from what the document states, and is None (or an empty list) when
it states nothing: a blank number ("Số: /TB-UBND") is None, and a date keeps the
precision written ("ngày tháng năm 2021" is "2021", never an invented day).
"""

from __future__ import annotations

import functools
import re

from . import gazetteer, issuers
from .casing import case_model, recase
from .citations import read_as_scanned, tighten_separators
from .doctypes import ARTICLE, canonical_type, type_from_symbol
from .errors import SourceError
from .layout import (
    _ARTICLE_DATELINE,
    _VV,
    AUTHORITY,
    MARKUP_ONLY,
    PUBLISHED,
    SEAL_STARS,
    _SIGNED,
    _TITLE_PHRASE,
    is_caps,
    is_person_name,
    match_dateline,
    plain,
    without_rank,
)
from .model import Layout, Line, Metadata
from .orthography import to_traditional
from .text import fold, sentence_case_start

_VV_ABBREVIATION = re.compile(r"^(?:V/v|V\.v)\s*[:.]?\s*", re.IGNORECASE)
# "Số:", or a law's "Luật số:" (a code's, an ordinance's, an order's, a resolution's).
_NUMBER_PREFIX = re.compile(
    r"^(?:(?:bộ\s+luật|luật|pháp\s+lệnh|lệnh|nghị\s+quyết)\s+)?s[ốoô]\s*[:.]?\s*", re.IGNORECASE
)
_WORD_CHARACTER = re.compile(r"[^\W_]")
_SEAL_READ = re.compile(r"[~®©|°\\ſ]|[^\W\d_]0(?!\d)|\s[*∗✱⁎★☆✪✯](?:\s|$)")
# The Party's or the State's name in a signature is the ring of the seal over it
# ("* ĐẢNG CỘNG SẢN VIỆT NAM *", "`-- ĐẢNG CỘNG SẢN VN --'"), as are words between stars.
# The President signs as "CHỦ TỊCH" / "NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", a title.
_DATED_LEAD = re.compile(
    r"(?P<place>[A-ZĐ][^\W\d_]*(?: [A-ZĐ][^\W\d_]*){0,3}),\s*ngày\s*"
    r"(?P<day>\d{1,2})\s*/\s*(?P<month>\d{1,2})\s*/\s*(?P<year>\d{4})\s*[-–—]\s"
)
_SPOKEN = ("Bài phát biểu", "Diễn văn")
_SPEAKER = re.compile(
    r"(?i:của)\s+(?i:đồng chí|ông|bà)\s+(?P<name>[^,]+?)(?:,\s*(?P<titles>.+?))?\s+(?=tại\s)"
)
_PARTY_ORGAN = re.compile(
    r"BAN (?:THƯỜNG VỤ|THƯỜNG TRỰC|CHẤP HÀNH) (?:TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) (?:ỦY|UỶ)\b"
)
_PARTY_ORGAN_ENACTING = re.compile(
    rf"^(?P<organ>{_PARTY_ORGAN.pattern})\s+(?:QUYẾT ĐỊNH|QUY ĐỊNH|KẾT LUẬN|CHỈ THỊ|QUYẾT NGHỊ)\s*:?\s*$",
    re.MULTILINE,
)
_SEAL_RING = re.compile(r"\bdang cong san\b|^(?!nuoc\b).*\bcong hoa xa hoi chu nghia\b")
# A news agency's or paper's lead: "TTXVN - ...", "(ĐCSVN) - ...".
_LEAD_SIGNATURE = re.compile(r"^\s*\(?(?P<abbr>[A-ZĐ]{2,8})\)?\s*[-–—]\s+\S")


def read_metadata(layout: Layout) -> Metadata:
    """Read the front matter of one document from its layout."""
    name = layout.source.name
    roles = _lines_by_role(layout.header)
    body_text = "\n".join(plain(line.text) for line in layout.body)
    if "article_dateline" in roles:
        return _article_metadata(layout, roles, body_text)

    number, symbol_type = _read_number(roles.get("number", []))
    type_line = roles.get("type", [])
    doc_type = canonical_type(plain(type_line[0].text).rstrip(":")) if type_line else None
    subject_lines = roles.get("subject", [])
    subject_from_vv = bool(subject_lines) and bool(_VV.match(plain(subject_lines[0].text)))
    if doc_type is None:
        doc_type = symbol_type
    if doc_type is None and subject_from_vv:
        doc_type = "Công văn"
    if doc_type is None:
        raise SourceError(
            name,
            "no document type found: the header names none (such as 'CHỈ THỊ' or "
            "'KẾ HOẠCH') and the number's symbol names none either",
            layout.header[0].number if layout.header else None,
        )

    place, date = _read_dateline(roles.get("dateline", []))
    lead = _DATED_LEAD.match(body_text) if date is None and place is None else None
    if lead:
        # A press release dates its lead: "Hà Nội, ngày 15/3/2024 - Ngày 13/3/2024, ...".
        place, date = lead.group("place"), _date(lead.group("year"), lead.group("month"), lead.group("day"))
    if date is None:
        date = _date_passed(body_text)
    header_issuer_lines = [plain(line.text) for line in roles.get("issuer", [])]
    stated_body = [
        re.sub(r"^C[ỦU]A\s+", "", plain(line.text), flags=re.IGNORECASE)
        for line in roles.get("issuing_body", [])
    ] or [
        # A Party decision enacted by its committee's standing board ("BAN THƯỜNG VỤ
        # TỈNH ỦY" over its grounds) is the board's, as "CỦA BAN THƯỜNG VỤ" says.
        plain(line.text)
        for line in roles.get("authority", [])[:1]
        if _PARTY_ORGAN.match(plain(line.text))
    ] or _enacting_organ(body_text)
    # The dateline's place is written in ordinary case: a caps name or subject that names
    # it ("HUYỆN ỦY BẢO THẮNG", "... HUYỆN THĂNG BÌNH") learns its case there when the body
    # never writes it so. Set within a line, as the case model takes no word at a line's
    # start for a name. Every part of the header is cased from this one text, so that one
    # case model serves them all.
    spelling = f"tại {place},\n{body_text}" if place else body_text
    signer, signer_title, cosigners = _read_signature(layout.signature, spelling)
    if signer is None and subject_lines and doc_type in _SPOKEN:
        # "BÀI PHÁT BIỂU" / "của đồng chí Đinh Văn Tường, Phó Chủ tịch UBND tỉnh, ... tại
        # Hội nghị ...": the speaker signs no closing; the subject names them.
        speaker = _SPEAKER.match(" ".join(plain(line.text) for line in subject_lines))
        if speaker:
            signer, signer_title = speaker.group("name"), speaker.group("titles") or None
    issuer = _read_issuer(header_issuer_lines, stated_body, place, date, spelling, joint=bool(cosigners))
    named = issuers.province_in_name(issuer) if issuer else None
    # The city of Đà Nẵng of 1995 lay in the province Quảng Nam - Đà Nẵng.
    province = gazetteer.province_on(named, date) if named else None
    # A ministry's dateline says where it sits (Hà Nội), not a province it belongs to.
    if province is None and place and not issuers.is_central(issuer):
        province = gazetteer.province_of_place(place, date)
    if province is None and not issuers.is_central(issuer):
        # A superior body above the issuer may name the province ("ĐẢNG BỘ TỈNH BẮC NINH").
        province = next(
            (
                found
                for line in header_issuer_lines
                if (found := issuers.province_in_name(issuers.canonical_name(line)))
            ),
            None,
        )
    if province is None and issuer and not issuers.is_central(issuer):
        # A district's or commune's body: its province is where that locality lies, or
        # the one whose committee or council its document names as its superior. The
        # lists are of one day, and a commune merged since may stand for another of its
        # name: the superior named says more.
        province = gazetteer.province_of_localities([*header_issuer_lines, issuer], date)
        superiors = gazetteer.provinces_of_superiors(body_text, date)
        if len(superiors) == 1:
            province = superiors.pop()
    if issuer:
        issuer = issuers.complete_locality(issuer, province, place, date)
        if not issuers.is_central(issuer):
            issuer = gazetteer.with_locality_marks(issuer, province)

    system = issuers.system_of(issuer)
    if system is None and not issuers.is_mass_organisation(issuer):
        system = _system_from_header(roles, number)

    subject = _read_subject(subject_lines, spelling)
    return Metadata(
        title=_title(doc_type, number, subject, subject_from_vv, spelling),
        doc_type=doc_type,
        number=number,
        issuer=issuer,
        system=system,
        place=place,
        province=province,
        date=date,
        subject=subject,
        signer=signer,
        signer_title=signer_title,
        cosigners=cosigners,
        addressees=_items(layout.addressees) or _invited(layout.body),
        recipients=_items(layout.recipients),
        cites=[],
        source=name,
        received=" ".join(plain(line.text) for line in layout.stamps) or None,
    )


def _lines_by_role(lines: list[Line]) -> dict[str, list[Line]]:
    roles: dict[str, list[Line]] = {}
    for line in lines:
        roles.setdefault(line.role, []).append(line)
    return roles


def _read_number(lines: list[Line]) -> tuple[str | None, str | None]:
    """The number and symbol, and the type its symbol names; a blank number is None."""
    if not lines:
        return None, None
    raw = _NUMBER_PREFIX.sub("", plain(lines[0].text)).strip().rstrip(".,;")
    raw = tighten_separators(raw).replace("–", "-").replace("—", "-")
    # A scan's letters for digits: "1O48/SYT-NVY", "3O/2O23/NQ-HÐND".
    raw = read_as_scanned(raw)
    symbol_type = type_from_symbol(raw if raw[:1].isdigit() else "0" + raw.lstrip(".…_ "))
    # What the pattern \d matches in a str: a decimal digit.
    if not raw[:1].isdecimal():
        return None, symbol_type
    return raw, symbol_type


def _read_dateline(lines: list[Line]) -> tuple[str | None, str | None]:
    if not lines:
        return None, None
    match = match_dateline(plain(lines[0].text))
    if match is None:
        return None, None
    # In the one tone placement names are written in ("Thanh Hoá" is "Thanh Hóa").
    place = to_traditional(" ".join(match.group("place").split()).strip(" *_"))
    if match.group("year"):
        year, month, day = match.group("year"), match.group("month"), match.group("day")
    else:
        year, month, day = match.group("y"), match.group("m"), match.group("d")
    return place or None, _date(year, month, day)


# A law has no dateline: it says itself when it was passed ("Luật này được Quốc hội ...
# khóa XV, kỳ họp thứ 4 thông qua ngày 09 tháng 01 năm 2023"), as ordinances and the
# National Assembly's resolutions do.
_PASSED_ON = re.compile(
    r"\b(?:Hiến pháp|Bộ luật|Luật|Pháp lệnh|Nghị quyết) này\b[^.]{0,300}?\bthông qua ngày\s+"
    r"(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>\d{4})"
)


def _date_passed(body_text: str) -> str | None:
    """The date a document without a dateline says it was passed, if it says so."""
    found = list(_PASSED_ON.finditer(body_text)) if "thông qua" in body_text else []
    if not found:
        return None
    # The last: the closing formula, not a passage quoting another law.
    return _date(found[-1]["year"], found[-1]["month"], found[-1]["day"])


# The months in words, folded: "tháng Giêng" is the first, "tháng Chạp" the twelfth.
_MONTH_BY_WORD = {
    word: str(number)
    for number, words in enumerate(
        (("mot", "gieng"), ("hai",), ("ba",), ("tu", "bon"), ("nam",), ("sau",), ("bay",), ("tam",),
         ("chin",), ("muoi",), ("muoi mot",), ("muoi hai", "chap")),
        start=1,
    )
    for word in words
}


def _date(year: str, month: str | None, day: str | None) -> str:
    """An ISO date with the precision written: "2021", "2021-05" or "2021-05-20"."""
    month = (month or "").strip(" .…_")
    month = _MONTH_BY_WORD.get(fold(" ".join(month.split())), month)
    day = (day or "").strip(" .…_")
    if not month.isdigit() or not 1 <= int(month) <= 12:
        return year
    if not day.isdigit() or not 1 <= int(day) <= 31:
        return f"{year}-{int(month):02d}"
    return f"{year}-{int(month):02d}-{int(day):02d}"


def _read_issuer(
    header_lines: list[str],
    stated_body: list[str],
    place: str | None,
    date: str | None,
    reference: str,
    joint: bool = False,
) -> str | None:
    """The issuing body: "CỦA <body>" under the type is the most specific statement."""
    if stated_body:
        stated = issuers.canonical_name(" ".join(stated_body), reference)
        header = issuers.compose_header_issuer(header_lines, reference)
        if header:
            stated = issuers.with_locality_of(issuers.organ_of(stated, header), header)
        if header and issuers.province_in_name(header):
            province = issuers.province_in_name(header)
            return issuers.complete_locality(stated, province, place, date)
        return stated
    return issuers.compose_header_issuer(header_lines, reference, joint=joint)


def _system_from_header(roles: dict[str, list[Line]], number: str | None) -> str | None:
    if "banner" in roles:
        return "dang"
    if "union_banner" in roles:
        # The Youth Union numbers its documents as the Party does, but is neither system.
        return None
    if "motto" in roles:
        return "nha-nuoc"
    if number and re.match(r"^\d+[a-zđ]*-", number, re.IGNORECASE):
        return "dang"
    return None


# Only a piece with no vowel, which no syllable is ("ng", "nh"): "kinh tế- xã hội" is two.
_SYLLABLE_HYPHENATED = re.compile(r"(?<=[^\W\d_])- (?=[bcdđghklmnpqrstvx]{1,3}\b)")
_SUBJECT_STOP = re.compile(r"(?<=[^\W_])\.$")


def _read_subject(lines: list[Line], reference: str) -> str | None:
    if not lines:
        return None
    texts = [" ".join(plain(line.text).split()) for line in lines]
    # "V/v" is shorthand the title spells out; a written-out "Về việc" is the subject's
    # own. Taken off first, so that a caps subject after it is recased as caps.
    texts[0] = _VV_ABBREVIATION.sub("", texts[0], count=1).strip()
    # A caps subject may go on in ordinary case ("KẾT LUẬN ..." / "về công tác ..."): the
    # caps lines are recased together, as one phrase may wrap from one to the next.
    parts: list[str] = []
    caps_run: list[str] = []
    for text in [*texts, ""]:
        if text and is_caps(text):
            caps_run.append(text)
            continue
        if caps_run:
            parts.append(recase(" ".join(caps_run), reference, capitalise_first=not parts))
            caps_run = []
        if text:
            parts.append(text)
    # A scan's letters for digits ("nhiệm kỳ 2O2O - 2025"); the header's lines keep the
    # text as scanned.
    text = read_as_scanned(" ".join(parts).strip())
    if "- " in text:
        # A scan's text hyphenates a word at a line's end ("Hội đồ-" / "ng nhân dân"),
        # where Vietnamese writes no hyphen inside a syllable.
        text = _SYLLABLE_HYPHENATED.sub("", text)
    # A subject is a title, which ends with no stop ("... năm 2007 - 2008.").
    text = _SUBJECT_STOP.sub("", text)
    if not text:
        return None
    return sentence_case_start(text)


def _read_signature(lines: list[Line], reference: str) -> tuple[str | None, str | None, list[tuple[str, str]]]:
    """The signer's name, the authority and titles they signed with, and the others who
    signed beside them (a joint document's), each with theirs.

    "T/M BAN THƯỜNG VỤ" / "BÍ THƯ" / "Lê Hữu Phúc" is signed by Lê Hữu Phúc as
    "T/M Ban Thường vụ, Bí thư": the authority mark as written, then the titles. Where
    several blocks each end on a name ("KT. BỘ TRƯỞNG BỘ NỘI VỤ" / "THỨ TRƯỞNG" / "Lưu
    Quang Đạt", then the Ministry of Finance's), the last is the signer's, as a single
    signature is read, and each block before it a co-signer's.
    """
    # A line of marks alone ("~", "__ ._") is a scan's speck or a rule, not a title.
    texts = [
        _without_speck(text)
        for line in _without_seal(lines)
        if _WORD_CHARACTER.search(text := plain(line.text).strip())
    ]
    # "(Đã ký)" is a note, "KÝ THAY CHỦ TỊCH" an authority; a line wholly in brackets is
    # a note, or a seal's ring of text as a scan reads it ("(* HUY|N ỦY H.I H~U *)"), as
    # is a line with a scan's marks or an O read as a zero ("~ TRƯ0NG ĐẠI H0C ®"), or
    # with the Party's or State's name, or starting or ending with a star.
    dropped = [
        (_SIGNED.match(text) and not AUTHORITY.match(text))
        or (text[0] == "(" and text[-1] == ")")
        or _SEAL_READ.search(text)
        # "CHỦ TỊCH NƯỚC" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" is the President's title.
        or (_SEAL_RING.search(fold(text)) and not (index and fold(texts[index - 1]).endswith(" nuoc")))
        or MARKUP_ONLY.match(text)
        or text[0] in SEAL_STARS
        or text[-1] in SEAL_STARS
        for index, text in enumerate(texts)
    ]
    texts = [text for text, seal in zip(texts, _with_ring_under_title(texts, dropped)) if not seal]
    names = [index for index, text in enumerate(texts) if is_person_name(text)]
    if not names:
        # A draft or a copy left unsigned still says with what authority it is signed.
        signed_as = texts and AUTHORITY.match(texts[0]) and _signature_title(texts)
        return None, signed_as or None, []
    blocks = []
    start = 0
    for at in names:
        blocks.append((texts[start:at], _person(without_rank(texts[at]))))
        start = at + 1
    *others, (titles, signer) = blocks
    # A name with no title of its own above it signs with no authority: not a co-signer.
    cosigners = [(name, _signature_title(own)) for own, name in others if own]
    return signer, _signature_title(titles) or None, cosigners




def _enacting_organ(body_text: str) -> list[str]:
    """The committee's board that enacts a Party decision after its grounds, in capitals
    ("BAN THƯỜNG VỤ THÀNH ỦY QUYẾT ĐỊNH:"); the body is searched only when it has one."""
    if "BAN THƯỜNG" not in body_text and "BAN CHẤP" not in body_text:
        return []
    enacting = _PARTY_ORGAN_ENACTING.search(body_text)
    return [enacting.group("organ")] if enacting else []


def _with_ring_under_title(texts: list[str], seal: list[object]) -> list[bool]:
    """Which lines are the seal's: those already known, and the rest of its ring of text
    between the last title and the name, the body's name a scan read without a mark
    ("PHÓ CHỦ TỊCH" / "ỦY BAN NHÂN DÂN" / "~ TỈNH SÓC TRĂNG * ſ" / "Trần Minh Khởi")."""
    marked = [bool(flag) for flag in seal]
    index = 0
    while index < len(texts):
        end = index
        while end < len(texts) and _in_ring(texts[end], marked[end]):
            end += 1
        if end > index and any(marked[index:end]) and index and _holds_office(texts[index - 1]):
            marked[index:end] = [True] * (end - index)
        index = end + 1
    return marked


def _in_ring(text: str, seal: bool) -> bool:
    return not _holds_office(text) and not is_person_name(text) and (seal or is_caps(text))


def _holds_office(text: str) -> bool:
    return bool(AUTHORITY.match(text) or _OFFICE_HELD.search(text.lower()))


# A scan's speck run into a title's line ("/ƠV- PHÓ CHÁNH VĂN PHÒNG"): a short token
# of marks and at most three letters.
_SPECK_BEFORE = re.compile(r"^(?=\S*[^\w\s(])[^\s(]{1,6}\s+(?=\S)")


def _without_speck(text: str) -> str:
    """
    >>> _without_speck("/ƠV- PHÓ CHÁNH VĂN PHÒNG"), _without_speck("T/M BAN THƯỜNG VỤ")
    ('PHÓ CHÁNH VĂN PHÒNG', 'T/M BAN THƯỜNG VỤ')
    """
    speck = _SPECK_BEFORE.match(text)
    if speck is None or AUTHORITY.match(text) or sum(char.isalpha() for char in speck.group()) > 3:
        return text
    rest = text[speck.end() :]
    return rest if is_caps(rest) else text


# Words of an office held, which a seal's ring of text (a body's name) does not hold.
_OFFICE_HELD = re.compile(
    r"trưởng|chủ tịch|giám đốc|bí thư|[uủ][yỷ] viên|chủ nhiệm|chánh|thủ tướng|phó|thư ký"
)


def _without_ring_above_star(lines: list[Line]) -> list[Line]:
    """The signature without a seal's ring of text typed as lines of a body's name over
    the line its star ends or opens ("VĂN PHÒNG" / "ỦY BAN NHÂN DÂN" / "TỈNH ĐỒNG THÁP  *",
    "ĐẢNG ỦY" / "( * XÃ CHIỀNG")."""
    texts = [plain(line.text).strip() for line in lines]
    ring: set[int] = set()
    for index, text in enumerate(texts):
        # The star may stand inside the seal's bracket: "( * XÃ CHIỀNG".
        inner = text.strip("() ")
        if not inner or not (inner[0] in SEAL_STARS or inner[-1] in SEAL_STARS):
            continue
        above = index - 1
        while above >= 0 and index - above <= 3:
            if not texts[above]:
                above -= 1
                continue
            office = _OFFICE_HELD.search(texts[above].lower())
            if not is_caps(texts[above]) or AUTHORITY.match(texts[above]) or office:
                break
            ring.add(above)
            above -= 1
    return [line for index, line in enumerate(lines) if index not in ring]


def _without_seal(lines: list[Line]) -> list[Line]:
    """The signature without the seal a scan or a copy draws over it: from a line that
    draws one ("( ★ )", "( * QUẬN ỦY CẦU GIẤY * )", ",-----.") to the signer's name, the
    capitals are the ring's text ("BỘ NÔNG NGHIỆP VÀ" / "MÔI TRƯỜNG"), not titles."""
    kept: list[Line] = []
    in_seal = False
    lines = _without_ring_above_star(lines)
    for line in lines:
        text = plain(line.text).strip()
        if _SEAL_DRAWN.search(text) and not AUTHORITY.match(text):
            in_seal = True
            continue
        if in_seal and is_caps(text) and not AUTHORITY.match(text) and not is_person_name(text):
            continue
        in_seal = in_seal and not is_person_name(text)
        kept.append(line)
    return kept


# A seal as drawn in text: a star, a line wholly in brackets (or opening one that a
# later line closes) or between stars, or the rim of a circle (",-------.",
# "`-------'"); a rule under a title ("-----") is none.
_SEAL_DRAWN = re.compile(f"[{SEAL_STARS[1:]}]" r"|^\(.*\)$|^\([^)]*$|^\*.*\*$|^[,.`'][-_~,.`'\"\s]{2,}[,.`']$")


def _wrapped_titles_joined(lines: list[str]) -> list[str]:
    """A title wrapped over two lines as one line, so that it is read whole: inside its
    words ("KT. GIÁM" / "ĐỐC"), after a dash or "và" ("KT. BỘ TRƯỞNG BỘ LAO ĐỘNG -" /
    "THƯƠNG BINH VÀ XÃ HỘI"), before "nước", "của" or "và" ("CHỦ TỊCH" / "NƯỚC CỘNG HÒA
    ..."), or the State's name after "nước" ("CHỦ TỊCH NƯỚC" / "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT NAM")."""
    joined: list[str] = []
    for line in lines:
        if joined and (
            _TITLE_WRAPPED.search(joined[-1])
            # A cell's line broke inside a title's words ("KT. GIÁM" / "ĐỐC").
            or (is_caps(line) and _TITLE_PHRASE.fullmatch(f"{joined[-1].split()[-1]} {line.split()[0]}".lower()))
            or (_TITLE_GOES_ON.match(line) and not AUTHORITY.match(line))
            or (fold(joined[-1]).endswith(" nuoc") and fold(line).startswith("cong hoa "))
        ):
            joined[-1] = f"{joined[-1]} {line}"
        else:
            joined.append(line)
    return joined


_TITLE_WRAPPED = re.compile(r"(?:\s[-–]|\s(?:VÀ|và))$")
_TITLE_GOES_ON = re.compile(r"(?i)(?:nước|của|và)\s")


def _signature_title(titles: list[str]) -> str:
    parts: list[str] = []
    mark = None
    for text in _wrapped_titles_joined([piece for title in titles for piece in _title_lines(title)]):
        match = AUTHORITY.match(text)
        rest = text[match.end() :].strip() if match else text
        if is_caps(rest):
            # "T/M UBND TỈNH" is signed for the Ủy ban nhân dân, as the issuer is named.
            written_out = issuers.expand_abbreviations(rest)
            rest = recase(written_out.upper() if written_out != rest else rest, names=True)
        if match and mark is None:
            mark = match.group("mark")
            if rest:
                parts.append(rest)
        elif match:
            # A second authority ("TM. ỦY BAN NHÂN DÂN" / "KT. CHỦ TỊCH") keeps its mark.
            parts.append(f"{match.group('mark')} {rest}".strip())
        else:
            parts.append(rest)
    title = ", ".join(part for part in parts if part)
    if mark:
        title = f"{mark} {title}" if title else mark
    return to_traditional(title)


# Where a copy ran a signature's lines together ("TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ
# CHỦ TỊCH"), each authority mark starts a line, and so does the deputy's own title
# after the head's that "KT." signs for.
_INNER_AUTHORITY = re.compile(r"\s+(?=(?:T/M|TM\.|K/T|KT\.|T/L|TL\.|TUQ\.)\s)")
_DEPUTY_TITLE = re.compile(r"\s+(?=(?:PHÓ|THỨ TRƯỞNG)\s|THỨ TRƯỞNG$)")
# ... and the title of the one who signs on behalf of a body, after the body's name
# ("T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ").
_TITLE_AFTER_BODY = re.compile(
    r"\s+(?=(?:PHÓ\s+)?(?:BÍ THƯ|CHỦ TỊCH|TRƯỞNG BAN|GIÁM ĐỐC|CHÁNH ÁN|VIỆN TRƯỞNG|HIỆU TRƯỞNG)(?:\s|$))"
)


# Titles repeat from one document to the next ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH").
@functools.lru_cache(maxsize=1 << 12)
def _title_lines(text: str) -> tuple[str, ...]:
    """A signature's title line, or the lines run together in it."""
    if not is_caps(text):
        return (text,)
    lines: list[str] = []
    for piece in _INNER_AUTHORITY.split(text):
        match = AUTHORITY.match(piece)
        mark = re.sub(r"[./\s]", "", match.group("mark")) if match else ""
        parting = _DEPUTY_TITLE if mark in ("KT", "KÝTHAY") else _TITLE_AFTER_BODY if mark in ("TM", "THAYMẶT") else None
        if match and parting:
            head, *title = parting.split(piece[match.end() :], maxsplit=1)
            # "T/M BAN BÍ THƯ" is the body's name alone.
            if title and head and (parting is _DEPUTY_TITLE or len(head.split()) > 1):
                lines += [piece[: match.end()] + head, *title]
                continue
        lines.append(piece)
    return tuple(lines)


def _person(text: str) -> str:
    words = text.strip(" .,;").split()
    if all(word.isupper() for word in words):
        # "H'LIÊN" is "H'Liên": each part after an apostrophe starts with a capital.
        words = [re.sub(r"[^\W\d_]+", lambda part: part.group().capitalize(), word) for word in words]
    return to_traditional(" ".join(words))


_INVITING = re.compile(r"(?i)\bkính mời\s*:$")


def _invited(body: list[Line]) -> list[str]:
    """Whom an invitation invites: the dashed items after its "... trân trọng kính
    mời:", which stand for its addressees (and stay in its text)."""
    for index, line in enumerate(body):
        # Most lines hold no "mời": they are passed without reading their markup.
        if ("mời" in line.text or "MỜI" in line.text) and _INVITING.search(plain(line.text)):
            items = []
            for item in body[index + 1 :]:
                if item.bullet:
                    items.append(item)
                elif item.text or items:
                    break
            return _items(items)
    return []


def _items(lines: list[Line]) -> list[str]:
    items = []
    for line in lines:
        text = " ".join(plain(line.text).split()).strip()
        text = re.sub(r"^[-+•*–]\s*", "", text)
        text = re.sub(r"\s*[,;.]+$", "", text).strip()
        if text.endswith("./"):
            text = text[:-2].strip()
        if text:
            items.append(text)
    return items


def make_title(metadata: Metadata, reference: str) -> str:
    """The display title from the type, number and subject (after a correction, say)."""
    return _title(metadata.doc_type or "Văn bản", metadata.number, metadata.subject, False, reference)


def _title(
    doc_type: str, number: str | None, subject: str | None, from_vv: bool, reference: str
) -> str:
    """"Chỉ thị 27-CT/TU về ...": type, number, then the subject as it reads mid-sentence."""
    head = f"{doc_type} {number}" if number else doc_type
    if not subject:
        return head
    lead = subject
    first = subject.split(" ", 1)[0]
    # The first word is lower-cased unless the document itself capitalises it mid-sentence
    # (a proper noun such as "Đảng") or it is an acronym.
    spelt = case_model(reference).casing_of_run([fold(first)]) if reference else None
    proper = spelt is not None and spelt[0][:1].isupper()
    acronym = first.isupper() and len(first) > 1
    if first[:1].isupper() and not acronym and not proper:
        lead = subject[:1].lower() + subject[1:]
    if from_vv and not fold(lead).startswith("ve "):
        return f"{head} về việc {lead}"
    return f"{head} {lead}"


def _article_metadata(layout: Layout, roles: dict[str, list[Line]], body_text: str) -> Metadata:
    """A journal or news article: its author is the signer, its journal the issuer."""
    title = " ".join(plain(line.text) for line in roles["title"])
    author = roles.get("author", [])
    author_title = roles.get("author_title", [])
    stamp = plain(roles["article_dateline"][0].text)
    dateline = _ARTICLE_DATELINE.match(stamp) or PUBLISHED.search(stamp)
    date = None
    if dateline:
        date = _date(dateline.group("year"), dateline.group("month"), dateline.group("day"))
    issuer = None
    lead = _LEAD_SIGNATURE.match(body_text)
    if lead:
        issuer = issuers.publication(lead.group("abbr"))
    return Metadata(
        title=title,
        doc_type=ARTICLE,
        number=None,
        issuer=issuer,
        system=None,
        place=None,
        province=None,
        date=date,
        subject=title,
        signer=_person(plain(author[0].text)) if author else None,
        signer_title=plain(author_title[0].text) if author_title else None,
        addressees=[],
        recipients=[],
        cites=[],
        source=layout.source.name,
    )
