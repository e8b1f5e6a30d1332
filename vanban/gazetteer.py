"""Provinces and centrally-run cities, and the places that appear in documents' datelines.

The data lives in ``data/gazetteer.json``: one record ("unit") per province-level name that
ever existed in the period covered: the 53 units of 1992–1996, the 61 of 1997–2003, the 64
of 2004–2008, the 63 in force until 30 June 2025, and "Huế", the centrally-run city that
replaced the province Thừa Thiên Huế on 1 January 2025. The divisions of 1991–1992 (Hà
Sơn Bình, Nghệ Tĩnh, Hậu Giang of before 1992, ...) are not covered: an earlier date gets
the layout of 1992. Each unit carries its kind ("tỉnh" or "thành phố"), its capital,
other spellings of its name, other towns seen in datelines, and what became of it:

* ``renamed_to``/``renamed_on``: the same territory under a new name (Thừa Thiên Huế → Huế).
  A rename keeps the unit's identity, so its kind follows the date.
* ``merged_into``/``merged_on``: the unit ended and its territory joined another (Hà Tây
  into Hà Nội in 2008; Nghị quyết 202/2025/QH15: 34 units from 1 July 2025). A merged unit
  has no kind after.
* ``split_on``/``split_into``: the unit ended and its territory was divided (Sông Bé into
  Bình Dương and Bình Phước in 1997). Its towns are the successors' places.
* ``since``: a unit that only exists from that date (Huế, Bình Dương), and ``formed_from``
  the unit its land belonged to before (Sông Bé), where that is not a rename.
* ``earlier_kind``: the kind a unit had until a date (Cần Thơ, a province until 2004).
* ``seat_after_merger``: where the unit's authorities sit from 1 July 2025, only where it is
  known; after that date the old towns are wards, so this is the former town's name.

Every lookup goes through :func:`~vanban.text.fold`, so case, diacritics, đ/d and old or new
tone placement do not matter; dashes and dots count as spaces ("TP.HCM", "Bà Rịa–Vũng Tàu"),
and a leading "tỉnh", "thành phố", "TP", "thị xã" is dropped when the bare name is known.

Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD". A partial date stands for the first day of
the period it names, so "2025" already falls under the Huế rename (1 January 2025) but
before the merger (1 July 2025).
"""

from __future__ import annotations

import datetime
import functools
import json
import re
import sys
from dataclasses import dataclass
from importlib import resources, util
from pathlib import Path

from .casing import ADMIN_UNITS
from .orthography import to_traditional
from .text import fold

__all__ = [
    "DIVISIONS_FILE",
    "TWO_TIER_DIVISIONS_FILE",
    "canonical_province",
    "merged_into",
    "province_kind",
    "province_of_localities",
    "province_of_place",
    "provinces",
    "provinces_of_superiors",
    "with_locality_marks",
]

_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")

# Tried only when the whole text is not a known name: "Tịnh Biên" must not lose "tinh".
_PREFIXES = ("thanh pho", "thu do", "thi xa", "tinh", "tp", "tx")


@dataclass(frozen=True)
class _Gazetteer:
    units: dict[str, dict]
    # folded key → unit name, for names and aliases of every unit of any era
    province_keys: dict[str, str]
    # folded key → the unit a place belonged to before any change the data records
    place_keys: dict[str, str]
    # new name → old name, to walk a rename backwards for dates before it
    renamed_from: dict[str, str]


def _key(text: str) -> str:
    return _NON_ALNUM.sub(" ", fold(text)).strip()


def _add(index: dict[str, str], text: str, target: str, what: str) -> None:
    key = _key(text)
    if index.setdefault(key, target) != target:
        raise ValueError(
            f"gazetteer.json: {what} {text!r} means both {index[key]!r} and {target!r}"
        )


@functools.cache
def _data() -> _Gazetteer:
    raw = resources.files("vanban").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    units = {unit["name"]: unit for unit in json.loads(raw)["units"]}
    province_keys: dict[str, str] = {}
    place_keys: dict[str, str] = {}
    renamed_from: dict[str, str] = {}
    for name, unit in units.items():
        for text in (name, *unit.get("aliases", ())):
            _add(province_keys, text, name, "province name")
        if "renamed_to" in unit:
            renamed_from[unit["renamed_to"]] = name
        # A unit renamed into covers land its old name already indexes ("Huế" is the
        # capital of Thừa Thiên Huế); the date walk reaches it from there. A unit split up
        # has its towns indexed by its successors ("Thủ Dầu Một" by Bình Dương), and the
        # walk goes back from them.
        if ("since" in unit and "formed_from" not in unit) or "split_on" in unit:
            continue
        for text in (name, *unit.get("aliases", ()), unit["capital"], *unit.get("places", ())):
            _add(place_keys, text, name, "place")
    return _Gazetteer(units, province_keys, place_keys, renamed_from)


def _lookup(index: dict[str, str], text: str) -> str | None:
    key = _key(text)
    if key in index:
        return index[key]
    for prefix in _PREFIXES:
        if key.startswith(prefix + " ") and key[len(prefix) + 1 :] in index:
            return index[key[len(prefix) + 1 :]]
    return None


def _day(on_date: str | None) -> str | None:
    """The ISO day a date names (its first day when partial), or None for no date."""
    if on_date is None:
        return None
    match = _DATE.fullmatch(on_date.strip())
    if match is None:
        raise ValueError(f"date {on_date!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year, month, day = match.group(1), match.group(2) or "01", match.group(3) or "01"
    try:
        return datetime.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        raise ValueError(f"date {on_date!r} is not a calendar date") from None


def _on(name: str, day: str, *, follow_mergers: bool) -> str | None:
    """The unit that ``name`` stands for on ``day``: renames are followed both ways, a unit
    not yet formed goes back to the one it was formed from, mergers are followed forwards
    only when asked (otherwise a merged unit is gone: None), and a unit split up is gone."""
    data = _data()
    for _ in range(len(data.units) + 1):
        unit = data.units[name]
        if "since" in unit and day < unit["since"]:
            earlier = unit.get("formed_from") or data.renamed_from.get(name)
            if earlier is None:
                return None
            name = earlier
        elif "renamed_on" in unit and day >= unit["renamed_on"]:
            name = unit["renamed_to"]
        elif "merged_on" in unit and day >= unit["merged_on"]:
            if not follow_mergers:
                return None
            name = unit["merged_into"]
        elif "split_on" in unit and day >= unit["split_on"]:
            return None
        else:
            return name
    raise ValueError(f"gazetteer.json: the changes of {name!r} go round in a circle")


@functools.lru_cache(maxsize=1 << 12)
def canonical_province(name: str) -> str | None:
    """The canonical spelling of a province or centrally-run city, of any era.

    >>> canonical_province("Thừa Thiên - Huế"), canonical_province("TP.HCM")
    ('Thừa Thiên Huế', 'Hồ Chí Minh')
    >>> canonical_province("thanh hoa"), canonical_province("Huế"), canonical_province("Vũng Tàu")
    ('Thanh Hóa', 'Huế', None)
    """
    return _lookup(_data().province_keys, name)


def province_of_place(place: str, on_date: str | None = None) -> str | None:
    """The province a dateline place belongs to, named as it was on ``on_date``.

    A document keeps the names it was issued under: "Hải Dương" is in Hải Dương on
    2025-06-30 and in Hải Phòng from 2025-07-01, when the province Hải Dương no longer
    exists; "Huế" is in Thừa Thiên Huế in 2024 and in Huế from 2025-01-01.

    Without a date nothing is known about changes, so the answer is the 63-unit layout,
    except that a name which is itself a province-level unit is that unit ("Huế" → "Huế",
    "Hải Dương" → "Hải Dương", "Hà Tây" → "Hà Tây").

    >>> province_of_place("Đông Hà"), province_of_place("TP. Hồ Chí Minh")
    ('Quảng Trị', 'Hồ Chí Minh')
    >>> province_of_place("Hải Dương", "2025-06-30"), province_of_place("Hải Dương", "2025-07-01")
    ('Hải Dương', 'Hải Phòng')
    >>> province_of_place("Thủ Dầu Một", "1996-05-02"), province_of_place("Hà Đông", "2005")
    ('Sông Bé', 'Hà Tây')
    """
    data = _data()
    day = _day(on_date)
    if day is None:
        named = _lookup(data.province_keys, place)
        if named:
            return named
        home = _lookup(data.place_keys, place)
        return None if home is None else _on(home, _LAST_DAY_OF_63, follow_mergers=True)
    home = _lookup(data.place_keys, place) or _lookup(data.province_keys, place)
    return None if home is None else _on(home, day, follow_mergers=True)


def province_on(name: str, on_date: str | None) -> str | None:
    """The province a province-level name stood for on ``on_date``: the unit its land
    belonged to before that unit was formed or renamed ("Đà Nẵng" in 1995 lay in Quảng
    Nam - Đà Nẵng; the city of "Huế" in 2020 in Thừa Thiên Huế); otherwise the name's own
    unit, even after it ended, as a document keeps the names it was issued under.

    >>> province_on("Đà Nẵng", "1995-03-01"), province_on("Huế", "2020"), province_on("Hà Tây", "2010")
    ('Quảng Nam - Đà Nẵng', 'Thừa Thiên Huế', 'Hà Tây')
    """
    canonical = canonical_province(name)
    if canonical is None or on_date is None or "since" not in (unit := _data().units[canonical]):
        return canonical
    day = _day(on_date)
    # Before the unit was formed, the date walk goes back to the one its land was in.
    return (_on(canonical, day, follow_mergers=False) or canonical) if day < unit["since"] else canonical


def capital(name: str) -> str | None:
    """The place a province's datelines are written in ("Quảng Trị" → "Đông Hà").

    >>> capital("Quảng Trị")
    'Đông Hà'
    """
    canonical = canonical_province(name)
    return None if canonical is None else _data().units[canonical].get("capital")


def province_kind(name: str, on_date: str | None = None) -> str | None:
    """The kind of unit: "tỉnh" or "thành phố" (centrally-run city); None if unknown.

    With a date, a renamed unit has the kind of that date ("Thừa Thiên Huế" and "Huế" are
    "tỉnh" before 2025-01-01 and "thành phố" from then on; Cần Thơ was a province until
    2004), and a unit merged into another or split up has none (None) from then on; the
    cities that absorbed provinces stay cities. Without a date, the kind the name itself
    stands for.

    >>> province_kind("Huế", "2024-12-31"), province_kind("Huế", "2025-01-01")
    ('tỉnh', 'thành phố')
    >>> province_kind("Cần Thơ", "2003-12-31"), province_kind("Cần Thơ", "2004-01-01")
    ('tỉnh', 'thành phố')
    """
    canonical = canonical_province(name)
    if canonical is None:
        return None
    day = _day(on_date)
    unit = canonical if day is None else _on(canonical, day, follow_mergers=False)
    if unit is None:
        return None
    record = _data().units[unit]
    earlier = record.get("earlier_kind")
    if day is not None and earlier and day < earlier["until"]:
        return earlier["kind"]
    return record["kind"]


def merged_into(name: str) -> tuple[str, str] | None:
    """(the unit it joined, the day it took effect) for a unit merged into another.

    None for units that survived (under their own name or a new one) and unknown names.

    >>> merged_into("Quảng Bình"), merged_into("Quảng Trị")
    (('Quảng Trị', '2025-07-01'), None)
    """
    canonical = canonical_province(name)
    if canonical is None:
        return None
    unit = _data().units[canonical]
    if "merged_into" not in unit:
        return None
    return unit["merged_into"], unit["merged_on"]


def provinces(on_date: str | None = None) -> list[str]:
    """The province-level units in force on ``on_date``, sorted by their folded names.

    Without a date, every name the gazetteer knows, of every era.
    """
    data = _data()
    day = _day(on_date)
    names = [
        name
        for name in data.units
        if day is None or _on(name, day, follow_mergers=False) == name
    ]
    return sorted(names, key=fold)


# ---------------------------------------------------------------------------------------
# Districts and communes
#
# The General Statistics Office's list of administrative units (danhmuchanhchinh.gso.gov.vn)
# as the package vietnam-provinces 0.6.0 converts it: the list of 2025-01-04, the last
# with districts before the two-tier reform of 1 July 2025. Its 696 districts and 10,051
# communes give a province to a district or commune body whose header names none.

def _divisions_file() -> Path:
    # Found without importing the package, whose enumerations the pipeline does not use.
    spec = util.find_spec("vietnam_provinces")
    if spec is None or not spec.submodule_search_locations:
        raise ModuleNotFoundError("vietnam_provinces: the list of districts and communes is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "nested-divisions.json"


DIVISIONS_FILE = _divisions_file()
# The list's layout, with districts: the 63 units as they were before 2025.
_LAST_DAY_OF_63 = "2024-12-31"
# Local government of two tiers (Luật Tổ chức chính quyền địa phương 2025): no districts.
_TWO_TIERS_FROM = "2025-07-01"

# The list of the 3,321 communes, wards and special zones of the 34 provinces from 1 July
# 2025, as vietnam-provinces 2025.10.1 converts it. One environment holds one version of
# a package, so the set-up (make) installs this one apart, under the environment's
# prefix; without it a commune of the two tiers gets no province from its name.
TWO_TIER_DIVISIONS_FILE = (
    Path(sys.prefix) / "two-tier-divisions" / "vietnam_provinces" / "data" / "nested-divisions.json"
)

# A locality a body's name ends on, as folded: "huyen duc trong", "xa tan hiep", or a
# Party committee's "huyen uy que vo" (the district Quế Võ).
_LOCALITY = re.compile(
    r"\b(?:(?P<committee>huyen|quan|thi|thanh) uy|(?P<kind>huyen|quan|thi xa|thanh pho|thi tran|xa|phuong|dac khu))"
    r" (?P<name>[a-z0-9][a-z0-9 ]*)$"
)
_COMMITTEE_KIND = {"huyen": "huyen", "quan": "quan", "thi": "thi xa", "thanh": "thanh pho"}
_DISTRICT_KINDS = frozenset(("huyen", "quan", "thi xa", "thanh pho"))
# A locality's kind, folded, and as the portal spells it before a name ("huyện Cam Lâm").
_KIND_SPELT = {fold(unit): unit for unit in ADMIN_UNITS}
_KIND = re.compile(rf"^({'|'.join(sorted(_KIND_SPELT, key=len, reverse=True))}) ")


# (province, the district's key in the list): where a district or commune lies
_Seat = tuple[str, str]


@dataclass(frozen=True)
class _Divisions:
    # "huyen duc trong" and "duc trong" → each district of that name. A district's kind
    # changes (the district Quế Võ is a town since 2024) and documents keep the kind of
    # their day, so the name alone is looked up when the kind does not fit.
    districts: dict[str, frozenset[_Seat]]
    # "xa tan hiep" and "tan hiep" → where each commune of that name lies
    communes: dict[str, frozenset[_Seat]]
    # "huyen cam lam" → (province, "Cam Lâm"): how the list spells each locality's name
    spellings: dict[str, frozenset[tuple[str, str]]]


def _with_and_without_kind(key: str) -> tuple[str, ...]:
    kind = _KIND.match(key)
    return (key, key[kind.end() :]) if kind else (key,)


@functools.cache
def _divisions() -> _Divisions:
    districts: dict[str, set[_Seat]] = {}
    communes: dict[str, set[_Seat]] = {}
    spellings: dict[str, set[tuple[str, str]]] = {}
    absorbed = {
        (unit["merged_into"], _key(place)): name
        for name, unit in _data().units.items()
        if unit.get("merged_on", _LAST_DAY_OF_63) < _LAST_DAY_OF_63
        for place in (unit["capital"], *unit.get("places", ()))
    }
    for unit in json.loads(DIVISIONS_FILE.read_bytes()):
        found = canonical_province(unit["name"])
        if found is None:
            raise ValueError(f"{DIVISIONS_FILE.name}: {unit['name']!r} is no province the gazetteer knows")
        # The list is of 2025-01-04, when Thừa Thiên Huế was already the city of Huế:
        # kept under the 63 units' names, as the rest of the gazetteer is.
        province = _on(found, _LAST_DAY_OF_63, follow_mergers=False) or found
        for district in unit["districts"]:
            district_key = _key(district["name"])
            # A district of a unit merged since into this one (Ba Vì, of Hà Tây until
            # 2008) is that unit's: the date walk brings it to this one.
            home = absorbed.get((province, _with_and_without_kind(district_key)[-1]), province)
            seat = (home, district_key)
            for key in _with_and_without_kind(seat[1]):
                districts.setdefault(key, set()).add(seat)
            for named_in in {province, home}:
                _add_spelling(spellings, district["name"], named_in)
            for commune in district["wards"]:
                for key in _with_and_without_kind(_key(commune["name"])):
                    communes.setdefault(key, set()).add(seat)
                for named_in in {province, home}:
                    _add_spelling(spellings, commune["name"], named_in)
    return _Divisions(
        {key: frozenset(seats) for key, seats in districts.items()},
        {key: frozenset(seats) for key, seats in communes.items()},
        {key: frozenset(spelt) for key, spelt in spellings.items()},
    )


def _add_spelling(spellings: dict[str, set[tuple[str, str]]], full_name: str, province: str) -> None:
    kind = _KIND.match(_key(full_name))
    if kind:
        # "Huyện Cam Lâm": the kind is one word or two, as its key is.
        bare = " ".join(full_name.split()[len(kind.group(1).split()) :])
        # The list mixes tone placements ("Hoà", "Hòa"); the portal writes the traditional.
        spellings.setdefault(_key(full_name), set()).add((province, to_traditional(bare)))


def _locality(name: str) -> tuple[str, str] | None:
    """The kind and name of the locality a body's name ends on (("huyen", "duc trong"))."""
    match = _LOCALITY.search(_key(name))
    if match is None:
        return None
    return _COMMITTEE_KIND[match["committee"]] if match["committee"] else match["kind"], match["name"]


def province_of_localities(names: list[str], on_date: str | None = None) -> str | None:
    """The one province where the districts and communes that bodies' names end on lie
    together, named as it was on ``on_date``; None when no name ends on one, or when they
    fit more than one province (ten provinces have a district named Châu Thành).

    A commune is placed by the district named with it ("Ủy ban nhân dân huyện Châu
    Thành" above "Ủy ban nhân dân xã Tân Hiệp"), or alone when its name is the country's
    only one. Provinces and their capitals are :func:`province_of_place`'s.

    >>> province_of_localities(["Ủy ban nhân dân huyện Đức Trọng"], "2023-04-14")
    'Lâm Đồng'
    >>> province_of_localities(["Huyện ủy Quế Võ"]), province_of_localities(["Huyện ủy Châu Thành"])
    ('Bắc Ninh', None)
    """
    day = _day(on_date)
    if day is not None and day >= _TWO_TIERS_FROM:
        # Districts are gone and communes merged and renamed: the two tiers' list places
        # a commune, ward or special zone.
        return _province_of_two_tier_communes(names)
    data = _divisions()
    seats_named: list[tuple[bool, frozenset[_Seat]]] = []
    for kind, name in filter(None, map(_locality, names)):
        index = data.districts if kind in _DISTRICT_KINDS else data.communes
        seats = index.get(f"{kind} {name}") or index.get(name)
        if seats:
            seats_named.append((kind in _DISTRICT_KINDS, seats))
    districts = {district for is_district, seats in seats_named if is_district for _, district in seats}
    candidates: set[str] | None = None
    for is_district, seats in seats_named:
        found = {province for province, district in seats if is_district or not districts or district in districts}
        if found:
            candidates = found if candidates is None else candidates & found
    if not candidates or len(candidates) > 1:
        return None
    home = next(iter(candidates))
    return _on(home, day or _LAST_DAY_OF_63, follow_mergers=True)


@functools.cache
def _two_tier_communes() -> dict[str, frozenset[str]]:
    """ "xa hoa vang" → the provinces of the two tiers that have a commune of that name."""
    if not TWO_TIER_DIVISIONS_FILE.is_file():
        return {}
    communes: dict[str, set[str]] = {}
    for unit in json.loads(TWO_TIER_DIVISIONS_FILE.read_bytes()):
        province = canonical_province(unit["name"])
        if province is None:
            raise ValueError(f"{TWO_TIER_DIVISIONS_FILE}: {unit['name']!r} is no province the gazetteer knows")
        for commune in unit["wards"]:
            communes.setdefault(_key(commune["name"]), set()).add(province)
    return {key: frozenset(provinces) for key, provinces in communes.items()}


def _province_of_two_tier_communes(names: list[str]) -> str | None:
    """The one province of the two tiers that has each commune the names end on."""
    communes = _two_tier_communes()
    candidates: set[str] | None = None
    for kind, name in filter(None, map(_locality, names)):
        if kind in _DISTRICT_KINDS:
            continue
        found = communes.get(f"{kind} {name}")
        if found:
            candidates = set(found) if candidates is None else candidates & found
    if not candidates or len(candidates) > 1:
        return None
    return next(iter(candidates))


# A province's People's Committee, Council or Party committee, as a district's or
# commune's document names its superiors ("Quyết định số ... của UBND tỉnh Bến Tre").
_SUPERIOR = re.compile(
    r"\b(?:Ủy ban nhân dân|Uỷ ban nhân dân|UBND|Hội đồng nhân dân|HĐND)\s+(?:tỉnh|thành phố|TP\.?)\s+"
    r"|\b(?:Tỉnh ủy|Tỉnh uỷ|Thành ủy|Thành uỷ)\s+(?=[A-ZĐ\u00c0-\u1ef8])"
)


def provinces_of_superiors(text: str, on_date: str | None = None) -> set[str]:
    """The provinces whose People's Committee, Council or Party committee a text names,
    each as it was named on ``on_date``.

    >>> sorted(provinces_of_superiors("theo Quyết định số 12/QĐ-UBND của UBND tỉnh Bến Tre và Tỉnh ủy Bến Tre"))
    ['Bến Tre']
    """
    day = _day(on_date)
    found: set[str] = set()
    for match in _SUPERIOR.finditer(text):
        words = text[match.end() : match.end() + 40].split()[:4]
        for size in range(len(words), 0, -1):
            name = " ".join(words[:size]).rstrip(",.;:)")
            province = canonical_province(name) if name[:1].isupper() else None
            if province:
                found.add(province if day is None else _on(province, day, follow_mergers=False) or province)
                break
    return found


@functools.lru_cache(maxsize=1 << 12)
def with_locality_marks(name: str, province: str | None) -> str:
    """A body's name whose locality was typed without marks ("Ủy ban nhân dân huyen Cam
    Lam"), ending on the locality as the list spells it ("huyện Cam Lâm"), when the list
    has one spelling for it (in ``province``, when known). Otherwise the name as it is.

    >>> with_locality_marks("Ủy ban nhân dân huyen Cam Lam", "Khánh Hòa")
    'Ủy ban nhân dân huyện Cam Lâm'
    """
    words = name.split()
    match = _LOCALITY.search(_key(name))
    if match is None or match["committee"]:
        return name
    kind, bare = match["kind"], match["name"]
    size = len(kind.split()) + len(bare.split())
    typed = words[-size:]
    # Only a locality typed without any mark, after a head that has them ("Ủy ban nhân
    # dân"): a locality typed with marks is as the issuer wrote it, and a name typed
    # with none at all is left whole rather than half marked.
    if (
        len(words) <= size
        or _key(" ".join(typed)) != f"{kind} {bare}"
        or not " ".join(typed).isascii()
        or " ".join(words[:-size]).isascii()
    ):
        return name
    spelt = {
        spelling
        for home, spelling in _divisions().spellings.get(f"{kind} {bare}", ())
        if province is None or home == province
    }
    if len(spelt) != 1:
        return name
    return " ".join([*words[:-size], _KIND_SPELT[kind], spelt.pop()])
