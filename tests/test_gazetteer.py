"""The gazetteer, checked against tables written out here rather than read from the data,
so that an edit to gazetteer.json that breaks a fact fails a test."""

from __future__ import annotations

import json
import unicodedata
from importlib import resources

import pytest

from vanban.gazetteer import (
    canonical_province,
    merged_into,
    province_kind,
    province_of_localities,
    province_of_place,
    province_on,
    provinces,
    with_locality_marks,
)
from vanban.text import fold

# The 63 units until 30 June 2025 and their capitals.
CAPITALS = {
    "An Giang": "Long Xuyên",
    "Bà Rịa - Vũng Tàu": "Bà Rịa",
    "Bắc Giang": "Bắc Giang",
    "Bắc Kạn": "Bắc Kạn",
    "Bạc Liêu": "Bạc Liêu",
    "Bắc Ninh": "Bắc Ninh",
    "Bến Tre": "Bến Tre",
    "Bình Định": "Quy Nhơn",
    "Bình Dương": "Thủ Dầu Một",
    "Bình Phước": "Đồng Xoài",
    "Bình Thuận": "Phan Thiết",
    "Cà Mau": "Cà Mau",
    "Cao Bằng": "Cao Bằng",
    "Cần Thơ": "Cần Thơ",
    "Đà Nẵng": "Đà Nẵng",
    "Đắk Lắk": "Buôn Ma Thuột",
    "Đắk Nông": "Gia Nghĩa",
    "Điện Biên": "Điện Biên Phủ",
    "Đồng Nai": "Biên Hòa",
    "Đồng Tháp": "Cao Lãnh",
    "Gia Lai": "Pleiku",
    "Hà Giang": "Hà Giang",
    "Hà Nam": "Phủ Lý",
    "Hà Nội": "Hà Nội",
    "Hà Tĩnh": "Hà Tĩnh",
    "Hải Dương": "Hải Dương",
    "Hải Phòng": "Hải Phòng",
    "Hậu Giang": "Vị Thanh",
    "Hòa Bình": "Hòa Bình",
    "Hồ Chí Minh": "Hồ Chí Minh",
    "Hưng Yên": "Hưng Yên",
    "Khánh Hòa": "Nha Trang",
    "Kiên Giang": "Rạch Giá",
    "Kon Tum": "Kon Tum",
    "Lai Châu": "Lai Châu",
    "Lâm Đồng": "Đà Lạt",
    "Lạng Sơn": "Lạng Sơn",
    "Lào Cai": "Lào Cai",
    "Long An": "Tân An",
    "Nam Định": "Nam Định",
    "Nghệ An": "Vinh",
    "Ninh Bình": "Ninh Bình",
    "Ninh Thuận": "Phan Rang - Tháp Chàm",
    "Phú Thọ": "Việt Trì",
    "Phú Yên": "Tuy Hòa",
    "Quảng Bình": "Đồng Hới",
    "Quảng Nam": "Tam Kỳ",
    "Quảng Ngãi": "Quảng Ngãi",
    "Quảng Ninh": "Hạ Long",
    "Quảng Trị": "Đông Hà",
    "Sóc Trăng": "Sóc Trăng",
    "Sơn La": "Sơn La",
    "Tây Ninh": "Tây Ninh",
    "Thái Bình": "Thái Bình",
    "Thái Nguyên": "Thái Nguyên",
    "Thanh Hóa": "Thanh Hóa",
    "Thừa Thiên Huế": "Huế",
    "Tiền Giang": "Mỹ Tho",
    "Trà Vinh": "Trà Vinh",
    "Tuyên Quang": "Tuyên Quang",
    "Vĩnh Long": "Vĩnh Long",
    "Vĩnh Phúc": "Vĩnh Yên",
    "Yên Bái": "Yên Bái",
}

CITIES_BEFORE_2025 = {"Hà Nội", "Hải Phòng", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}

# Nghị quyết 202/2025/QH15: survivor → the units merged into it.
MERGERS = {
    "Tuyên Quang": ["Hà Giang"],
    "Lào Cai": ["Yên Bái"],
    "Thái Nguyên": ["Bắc Kạn"],
    "Phú Thọ": ["Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Giang"],
    "Hưng Yên": ["Thái Bình"],
    "Hải Phòng": ["Hải Dương"],
    "Ninh Bình": ["Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Bình"],
    "Đà Nẵng": ["Quảng Nam"],
    "Quảng Ngãi": ["Kon Tum"],
    "Gia Lai": ["Bình Định"],
    "Khánh Hòa": ["Ninh Thuận"],
    "Lâm Đồng": ["Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Phú Yên"],
    "Đồng Nai": ["Bình Phước"],
    "Hồ Chí Minh": ["Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Tây Ninh": ["Long An"],
    "Cần Thơ": ["Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Tiền Giang"],
    "Cà Mau": ["Bạc Liêu"],
    "An Giang": ["Kiên Giang"],
}
UNCHANGED = [
    "Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn",
    "Quảng Ninh", "Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Cao Bằng",
]  # fmt: skip
CITIES_AFTER_MERGER = {"Hà Nội", "Hải Phòng", "Huế", "Đà Nẵng", "Hồ Chí Minh", "Cần Thơ"}
MERGED = {old: new for new, olds in MERGERS.items() for old in olds}

BEFORE, AFTER = "2025-06-30", "2025-07-01"

# The divisions of 1 January 1997: the province split → its successors (capital of each).
SPLITS_1997 = {
    "Bắc Thái": {"Bắc Kạn": "Bắc Kạn", "Thái Nguyên": "Thái Nguyên"},
    "Hà Bắc": {"Bắc Giang": "Bắc Giang", "Bắc Ninh": "Bắc Ninh"},
    "Hải Hưng": {"Hải Dương": "Hải Dương", "Hưng Yên": "Hưng Yên"},
    "Minh Hải": {"Bạc Liêu": "Bạc Liêu", "Cà Mau": "Cà Mau"},
    "Nam Hà": {"Nam Định": "Nam Định", "Hà Nam": "Phủ Lý"},
    "Quảng Nam - Đà Nẵng": {"Quảng Nam": "Tam Kỳ", "Đà Nẵng": "Đà Nẵng"},
    "Sông Bé": {"Bình Dương": "Thủ Dầu Một", "Bình Phước": "Đồng Xoài"},
    "Vĩnh Phú": {"Vĩnh Phúc": "Vĩnh Yên", "Phú Thọ": "Việt Trì"},
}
# Nghị quyết 22/2003/QH11, from 1 January 2004: the unit divided → the unit formed beside it.
SPLITS_2004 = {"Cần Thơ": "Hậu Giang", "Lai Châu": "Điện Biên", "Đắk Lắk": "Đắk Nông"}
ENDED_BEFORE_2025 = set(SPLITS_1997) | {"Hà Tây"}


def _raw() -> dict:
    text = resources.files("vanban").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    return json.loads(text)


# --- the data file --------------------------------------------------------------------


def test_json_is_valid_nfc_sorted_and_written_the_one_way() -> None:
    text = resources.files("vanban").joinpath("data/gazetteer.json").read_text(encoding="utf-8")
    assert text == unicodedata.normalize("NFC", text)
    data = json.loads(text)
    # Written the way the file is kept, so a hand edit that drifts shows up in review.
    assert text == json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    names = [unit["name"] for unit in data["units"]]
    assert names == sorted(names, key=fold)


def test_each_province_name_appears_exactly_once() -> None:
    names = [unit["name"] for unit in _raw()["units"]]
    assert len(names) == len(set(names)) == 73
    assert set(names) == set(CAPITALS) | {"Huế"} | ENDED_BEFORE_2025
    assert len({fold(name) for name in names}) == len(names)


def test_every_unit_record_is_well_formed() -> None:
    names = {unit["name"] for unit in _raw()["units"]}
    for unit in _raw()["units"]:
        assert unit["kind"] in {"tỉnh", "thành phố"}, unit["name"]
        assert ("merged_into" in unit) == ("merged_on" in unit), unit["name"]
        assert ("renamed_to" in unit) == ("renamed_on" in unit), unit["name"]
        assert ("split_on" in unit) == ("split_into" in unit), unit["name"]
        assert "formed_from" not in unit or "since" in unit, unit["name"]
        for key in ("merged_into", "renamed_to", "formed_from"):
            if key in unit:
                assert unit[key] in names, unit["name"]
        for successor in unit.get("split_into", ()):
            assert successor in names, unit["name"]


# --- places ---------------------------------------------------------------------------


@pytest.mark.parametrize(("province", "capital"), sorted(CAPITALS.items()))
def test_every_capital_maps_to_its_province(province: str, capital: str) -> None:
    expected = "Huế" if capital == "Huế" else province  # "Huế" is itself a unit's name
    assert province_of_place(capital) == expected
    assert province_of_place(capital, "2020-05-01") == province
    assert province_of_place(fold(capital).upper(), "2020") == province


@pytest.mark.parametrize("province", sorted(CAPITALS))
def test_a_province_name_is_a_place_in_that_province(province: str) -> None:
    assert province_of_place(province) == province
    assert province_of_place(province, "2024-12-31") == province


@pytest.mark.parametrize(
    ("place", "province"),
    [
        ("Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Hạ Long", "Quảng Ninh"),
        ("Cẩm Phả", "Quảng Ninh"),
        ("Móng Cái", "Quảng Ninh"),
        ("Uông Bí", "Quảng Ninh"),
        ("Nha Trang", "Khánh Hòa"),
        ("Cam Ranh", "Khánh Hòa"),
        ("Đà Lạt", "Lâm Đồng"),
        ("Bảo Lộc", "Lâm Đồng"),
        ("Quy Nhơn", "Bình Định"),
        ("Qui Nhơn", "Bình Định"),
        ("Phan Thiết", "Bình Thuận"),
        ("Biên Hòa", "Đồng Nai"),
        ("Thủ Dầu Một", "Bình Dương"),
        ("Vinh", "Nghệ An"),
        ("Sầm Sơn", "Thanh Hóa"),
        ("Việt Trì", "Phú Thọ"),
        ("Hà Đông", "Hà Nội"),
        ("Sơn Tây", "Hà Nội"),
        ("Hội An", "Quảng Nam"),
        ("Buôn Mê Thuột", "Đắk Lắk"),
        ("Phan Rang", "Ninh Thuận"),
        ("Sapa", "Lào Cai"),
        ("Tịnh Biên", "An Giang"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Thành phố Vinh", "Nghệ An"),
        ("TP. Đà Lạt", "Lâm Đồng"),
        ("Thị xã Sơn Tây", "Hà Nội"),
        ("Tỉnh Quảng Trị", "Quảng Trị"),
    ],
)
def test_towns_and_spellings(place: str, province: str) -> None:
    assert province_of_place(place) == province
    assert province_of_place(fold(place)) == province


@pytest.mark.parametrize(
    "spelling",
    [
        "Buôn Ma Thuột",
        "buôn ma thuột",
        "BUÔN MA THUỘT",
        "Buon Ma Thuot",
        unicodedata.normalize("NFD", "Buôn Ma Thuột"),
        "  Buôn   Ma Thuột ",
    ],
)
def test_case_diacritics_and_normal_form_do_not_matter(spelling: str) -> None:
    assert province_of_place(spelling) == "Đắk Lắk"


def test_old_and_new_tone_placement() -> None:
    assert province_of_place("Biên Hoà") == province_of_place("Biên Hòa") == "Đồng Nai"
    assert canonical_province("Khánh Hoà") == "Khánh Hòa"
    assert canonical_province("Thanh Hoá") == "Thanh Hóa"


@pytest.mark.parametrize("place", ["", "   ", "Paris", "Hà", "Ủy ban nhân dân", "TP.", "Tỉnh"])
def test_unknown_places(place: str) -> None:
    assert province_of_place(place) is None
    assert province_of_place(place, AFTER) is None


def test_a_prefix_is_only_dropped_when_the_rest_is_known() -> None:
    # "Tịnh Biên" folds to "tinh bien": it must not be read as "tỉnh Biên".
    assert province_of_place("Tịnh Biên") == "An Giang"
    assert canonical_province("Tịnh Biên") is None


# --- dates ----------------------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), sorted(MERGED.items()))
def test_places_follow_the_merger_from_its_day(old: str, new: str) -> None:
    capital = CAPITALS[old]
    assert province_of_place(capital, BEFORE) == old
    assert province_of_place(capital, AFTER) == new
    assert province_of_place(old, BEFORE) == old
    assert province_of_place(old, AFTER) == new
    assert province_of_place(old) == old


def test_the_examples_of_the_dateline_rule() -> None:
    assert province_of_place("Hải Dương", "2025-06-30") == "Hải Dương"
    assert province_of_place("Hải Dương", "2025-07-01") == "Hải Phòng"
    assert province_of_place("Hải Dương", "2025-06") == "Hải Dương"
    assert province_of_place("Hải Dương", "2025-07") == "Hải Phòng"
    assert province_of_place("Hải Dương", "2026") == "Hải Phòng"
    assert province_of_place("Đông Hà", AFTER) == "Quảng Trị"
    assert province_of_place("Đồng Hới", AFTER) == "Quảng Trị"
    assert province_of_place("Vũng Tàu", BEFORE) == "Bà Rịa - Vũng Tàu"
    assert province_of_place("Vũng Tàu", AFTER) == "Hồ Chí Minh"
    assert province_of_place("Hưng Yên", AFTER) == "Hưng Yên"


def test_hue_follows_the_2025_rename() -> None:
    for place in ("Huế", "Thừa Thiên Huế", "THỪA THIÊN - HUẾ", "Thua Thien Hue", "Hương Thủy"):
        assert province_of_place(place, "2024-12-31") == "Thừa Thiên Huế", place
        assert province_of_place(place, "2025-01-01") == "Huế", place
        assert province_of_place(place, AFTER) == "Huế", place
    assert province_of_place("Huế") == "Huế"
    assert province_of_place("Thừa Thiên Huế") == "Thừa Thiên Huế"
    assert province_of_place("Hương Thủy") == "Thừa Thiên Huế"


@pytest.mark.parametrize("bad", ["2025-13-01", "2025-02-30", "25", "2025/07/01", "July 2025", ""])
def test_bad_dates_are_refused(bad: str) -> None:
    with pytest.raises(ValueError):
        province_of_place("Đông Hà", bad)
    with pytest.raises(ValueError):
        provinces(bad)


# --- province names -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "canonical"),
    [
        ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("THỪA THIÊN - HUẾ", "Thừa Thiên Huế"),
        ("Thua Thien Hue", "Thừa Thiên Huế"),
        ("Tỉnh Thừa Thiên Huế", "Thừa Thiên Huế"),
        ("Huế", "Huế"),
        ("Thành phố Huế", "Huế"),
        ("Bà Rịa–Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
        ("ba ria vung tau", "Bà Rịa - Vũng Tàu"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
        ("TP.HCM", "Hồ Chí Minh"),
        ("TP HCM", "Hồ Chí Minh"),
        ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("Sài Gòn", "Hồ Chí Minh"),
        ("Đắc Lắc", "Đắk Lắk"),
        ("Đắk Lắk", "Đắk Lắk"),
        ("Dak Lak", "Đắk Lắk"),
        ("Đắk Nông", "Đắk Nông"),
        ("Đắc Nông", "Đắk Nông"),
        ("Kon Tum", "Kon Tum"),
        ("Kontum", "Kon Tum"),
        ("thanh hoa", "Thanh Hóa"),
        ("Hoà Bình", "Hòa Bình"),
        ("Bắc Cạn", "Bắc Kạn"),
    ],
)
def test_canonical_province(spelling: str, canonical: str) -> None:
    assert canonical_province(spelling) == canonical


@pytest.mark.parametrize("name", ["Đông Hà", "Vũng Tàu", "Bà Rịa", "Hà Sơn Bình", "Paris", ""])
def test_non_provinces_have_no_canonical_name(name: str) -> None:
    assert canonical_province(name) is None


@pytest.mark.parametrize("province", sorted(CAPITALS))
def test_every_province_is_its_own_canonical_name(province: str) -> None:
    assert canonical_province(province) == province
    assert canonical_province(fold(province)) == province


# --- kinds ----------------------------------------------------------------------------


@pytest.mark.parametrize("province", sorted(CAPITALS))
def test_kinds_before_2025(province: str) -> None:
    expected = "thành phố" if province in CITIES_BEFORE_2025 else "tỉnh"
    assert province_kind(province) == expected
    assert province_kind(province, "2024-12-31") == expected


def test_kinds_after_the_merger() -> None:
    for name in provinces(AFTER):
        expected = "thành phố" if name in CITIES_AFTER_MERGER else "tỉnh"
        assert province_kind(name, AFTER) == expected, name


def test_hue_became_a_city_on_2025_01_01() -> None:
    assert province_kind("Thừa Thiên Huế") == "tỉnh"
    assert province_kind("Huế") == "thành phố"
    for name in ("Huế", "Thừa Thiên - Huế"):
        assert province_kind(name, "2024-12-31") == "tỉnh", name
        assert province_kind(name, "2025-01-01") == "thành phố", name
        assert province_kind(name, "2025") == "thành phố", name
        assert province_kind(name, AFTER) == "thành phố", name


def test_a_merged_unit_has_no_kind_after_the_merger() -> None:
    assert province_kind("Hải Dương", BEFORE) == "tỉnh"
    assert province_kind("Hải Dương", AFTER) is None
    assert province_kind("Hải Phòng", AFTER) == "thành phố"
    assert province_kind("Paris") is None
    assert province_kind("Đông Hà") is None


# --- the merger table -----------------------------------------------------------------


@pytest.mark.parametrize(("old", "new"), sorted(MERGED.items()))
def test_merged_into(old: str, new: str) -> None:
    assert merged_into(old) == (new, "2025-07-01")
    assert merged_into(fold(old)) == (new, "2025-07-01")


@pytest.mark.parametrize("name", sorted(set(MERGERS) | set(UNCHANGED) | {"Thừa Thiên Huế"}))
def test_survivors_were_not_merged(name: str) -> None:
    assert merged_into(name) is None


def test_unknown_names_were_not_merged() -> None:
    assert merged_into("Hà Sơn Bình") is None
    assert merged_into("Đông Hà") is None


def test_every_merged_unit_points_to_a_survivor() -> None:
    survivors = set(provinces(AFTER))
    merged = [name for name in provinces() if merged_into(name)]
    assert len(merged) == 30
    assert merged_into("Hà Tây") == ("Hà Nội", "2008-08-01")
    for name in merged:
        target, _ = merged_into(name)
        assert target in survivors, name
        assert merged_into(target) is None, name


def test_63_before_and_34_after() -> None:
    before = provinces(BEFORE)
    assert len(before) == len(provinces("2024-12-31")) == len(provinces("2008-08-01")) == 63
    assert set(provinces("2024-12-31")) == set(CAPITALS)
    assert set(before) == set(CAPITALS) - {"Thừa Thiên Huế"} | {"Huế"}
    after = provinces(AFTER)
    assert len(after) == 34
    assert set(after) == set(MERGERS) | set(UNCHANGED)
    assert sum(province_kind(name, AFTER) == "thành phố" for name in after) == 6
    assert provinces("2030-01-01") == after


def test_without_a_date_every_name_is_listed() -> None:
    every = provinces()
    assert len(every) == 73
    assert set(every) == set(CAPITALS) | {"Huế"} | ENDED_BEFORE_2025


def test_lists_are_sorted_by_folded_name() -> None:
    for on_date in (None, BEFORE, AFTER):
        names = provinces(on_date)
        assert names == sorted(names, key=fold)
    assert provinces(AFTER)[:3] == ["An Giang", "Bắc Ninh", "Cà Mau"]


def test_seats_after_the_merger() -> None:
    seats = {unit["name"]: unit.get("seat_after_merger") for unit in _raw()["units"]}
    expected = {
        "Tuyên Quang": "Tuyên Quang",
        "Lào Cai": "Yên Bái",
        "Thái Nguyên": "Thái Nguyên",
        "Phú Thọ": "Việt Trì",
        "Bắc Ninh": "Bắc Giang",
        "Hưng Yên": "Hưng Yên",
        "Quảng Trị": "Đồng Hới",
        "Gia Lai": "Quy Nhơn",
        "Khánh Hòa": "Nha Trang",
        "Lâm Đồng": "Đà Lạt",
        "Đắk Lắk": "Buôn Ma Thuột",
        "Đồng Nai": "Biên Hòa",
        "Tây Ninh": "Tân An",
        "Đồng Tháp": "Mỹ Tho",
        "An Giang": "Rạch Giá",
    }
    for name, seat in expected.items():
        assert seats[name] == seat, name
    for name, seat in seats.items():
        if seat is not None:
            assert name in provinces(AFTER), name
            # The seat was a town of one of the units that went into the survivor.
            assert province_of_place(seat, AFTER) == name, name


@pytest.mark.parametrize(
    "names, on_date, province",
    [
        (["Ủy ban nhân dân huyện Đức Trọng"], "2023-04-14", "Lâm Đồng"),
        # Typed without marks, or in capitals as a header line gives it.
        (["Uy ban nhan dan huyen Cam Lam"], "2024-10-08", "Khánh Hòa"),
        (["ỦY BAN NHÂN DÂN", "HUYỆN CAN LỘC"], "2023-02-06", "Hà Tĩnh"),
        # A Party committee names its district by the committee: "Thị ủy" is a town's.
        (["Huyện ủy Đức Trọng"], None, "Lâm Đồng"),
        (["Thị ủy Hương Thủy"], "2024-05-01", "Thừa Thiên Huế"),
        (["Quận ủy Hoàn Kiếm"], None, "Hà Nội"),
        # Quế Võ was a district until it became a town in 2024; its old name still places it.
        (["Huyện ủy Quế Võ"], "2023-01-01", "Bắc Ninh"),
        # A city under a province.
        (["Ủy ban nhân dân thành phố Đà Lạt"], None, "Lâm Đồng"),
        # Named as the province was on the day (Thừa Thiên Huế is Huế from 2025).
        (["Thị ủy Hương Thủy"], "2025-03-01", "Huế"),
        (["Ủy ban nhân dân huyện Vị Xuyên"], "2025-06-30", "Hà Giang"),
        # From 1 July 2025 there are no districts, and the communes are new ones, placed
        # by the two tiers' list: Hòa Vang, a district of Đà Nẵng before, is a commune.
        (["Ủy ban nhân dân xã Hòa Vang"], "2025-10-28", "Đà Nẵng"),
        (["ĐẢNG ỦY PHƯỜNG HÀ GIANG 1"], "2025-09-01", "Tuyên Quang"),
        (["Ủy ban nhân dân đặc khu Phú Quý"], "2025-11-04", "Lâm Đồng"),
        (["Ủy ban nhân dân huyện Hóc Môn"], "2025-07-01", None),
        # Three provinces of the two tiers have a commune Tân Hội.
        (["Ủy ban nhân dân xã Tân Hội"], "2025-12-01", None),
        # Before the reform Hòa Vang was a district, and no commune had its name.
        (["Ủy ban nhân dân xã Hòa Vang"], "2025-06-30", None),
        # Ten provinces have a district named Châu Thành: the name alone places it nowhere.
        (["Ủy ban nhân dân huyện Châu Thành"], None, None),
        # A commune is placed by its district, or alone when its name is the only one.
        (["Ủy ban nhân dân xã Tân Hiệp"], None, None),
        (["Ủy ban nhân dân huyện Hóc Môn", "Ủy ban nhân dân xã Tân Hiệp"], None, "Hồ Chí Minh"),
        (["Ủy ban nhân dân huyện Châu Thành", "Ủy ban nhân dân xã An Khánh"], None, "Đồng Tháp"),
        # No locality at all.
        (["Sở Y tế"], None, None),
        (["Ủy ban nhân dân huyện Không Có Thật"], None, None),
    ],
)
def test_a_district_or_commune_body_lies_in_one_province(names, on_date, province) -> None:
    assert province_of_localities(names, on_date) == province


@pytest.mark.parametrize(
    "name, province, spelt",
    [
        ("Ủy ban nhân dân huyen Cam Lam", "Khánh Hòa", "Ủy ban nhân dân huyện Cam Lâm"),
        ("Ủy ban nhân dân thi xa Huong Thuy", None, "Ủy ban nhân dân thị xã Hương Thủy"),
        # The same spelling wherever the commune lies.
        ("Ủy ban nhân dân xa Tan Hiep", None, "Ủy ban nhân dân xã Tân Hiệp"),
        # Typed with marks: as written, even where the list spells it otherwise.
        ("Ủy ban nhân dân huyện Cam Lam", None, "Ủy ban nhân dân huyện Cam Lam"),
        # Typed with none at all: left whole rather than half marked.
        ("Uy ban nhan dan huyen Cam Lam", None, "Uy ban nhan dan huyen Cam Lam"),
        # Not in the list, or in another province than the one the document gives.
        ("Ủy ban nhân dân huyen Khong Co", None, "Ủy ban nhân dân huyen Khong Co"),
        ("Ủy ban nhân dân huyen Cam Lam", "Lâm Đồng", "Ủy ban nhân dân huyen Cam Lam"),
        # A Party committee's name is the committee's, not the locality's.
        ("Ban Thường vụ Huyen uy Cam Lam", None, "Ban Thường vụ Huyen uy Cam Lam"),
    ],
)
def test_a_locality_typed_without_marks_is_spelt_as_the_list_spells_it(name, province, spelt) -> None:
    assert with_locality_marks(name, province) == spelt


# --- before 2008 ----------------------------------------------------------------------


def test_the_units_of_each_era() -> None:
    assert len(provinces("1992-06-01")) == len(provinces("1996-12-31")) == 53
    assert len(provinces("1997-01-01")) == len(provinces("2003-12-31")) == 61
    assert len(provinces("2004-01-01")) == len(provinces("2008-07-31")) == 64
    assert set(provinces("1996")) - set(provinces("1997")) == set(SPLITS_1997)
    assert set(provinces("1997")) - set(provinces("1996")) == {
        successor for successors in SPLITS_1997.values() for successor in successors
    }
    assert set(provinces("2004")) - set(provinces("2003")) == set(SPLITS_2004.values())
    assert set(provinces("2008-07-31")) - set(provinces("2008-08-01")) == {"Hà Tây"}


@pytest.mark.parametrize("province", sorted(SPLITS_1997))
def test_the_towns_of_a_province_split_in_1997_are_its_own_until_then(province: str) -> None:
    for successor, capital in SPLITS_1997[province].items():
        assert province_of_place(capital, "1996-12-31") == province
        assert province_of_place(capital, "1997-01-01") == successor
        assert province_kind(province, "1996") == "tỉnh"
        assert province_kind(province, "1997") is None
    assert canonical_province(fold(province).upper()) == province


@pytest.mark.parametrize(("divided", "formed"), sorted(SPLITS_2004.items()))
def test_the_units_formed_in_2004_were_part_of_the_one_divided(divided: str, formed: str) -> None:
    assert province_of_place(CAPITALS[formed], "2003-12-31") == divided
    assert province_of_place(CAPITALS[formed], "2004-01-01") == formed
    assert province_of_place(CAPITALS[divided], "2003") == divided
    assert province_kind(formed, "2003") == "tỉnh"  # the divided unit's kind


def test_can_tho_was_a_province_until_2004() -> None:
    assert province_kind("Cần Thơ", "2003-12-31") == "tỉnh"
    assert province_kind("Cần Thơ", "2004-01-01") == province_kind("Cần Thơ") == "thành phố"


def test_ha_tay_until_its_merger_into_ha_noi_in_2008() -> None:
    for place in ("Hà Đông", "Sơn Tây", "Ba Vì", "Ứng Hòa"):
        assert province_of_place(place, "2005-10-10") == "Hà Tây", place
        assert province_of_place(place, "2008-08-01") == "Hà Nội", place
        assert province_of_place(place, AFTER) == "Hà Nội", place
        # Undated: the 63 units' layout.
        assert province_of_place(place) == "Hà Nội", place
    assert province_of_place("Hà Tây") == province_of_place("Hà Tây", "2001") == "Hà Tây"
    assert province_of_place("Hà Nội", "2005") == "Hà Nội"


def test_a_district_of_ha_tay_is_placed_by_the_date() -> None:
    names = ["Ủy ban nhân dân huyện Ba Vì"]
    assert province_of_localities(names, "2006-03-01") == "Hà Tây"
    assert province_of_localities(names, "2010-03-01") == province_of_localities(names) == "Hà Nội"
    assert province_of_localities(["Ủy ban nhân dân quận Cầu Giấy"], "2006") == "Hà Nội"
    # A commune of it, placed by its district.
    assert province_of_localities(["Ủy ban nhân dân huyện Thạch Thất", "Ủy ban nhân dân xã Bình Yên"], "2007") == "Hà Tây"
    assert with_locality_marks("Ủy ban nhân dân huyen Ba Vi", "Hà Tây") == "Ủy ban nhân dân huyện Ba Vì"
    assert with_locality_marks("Ủy ban nhân dân huyen Ba Vi", "Hà Nội") == "Ủy ban nhân dân huyện Ba Vì"


def test_a_district_of_a_province_split_in_1997_is_placed_by_the_date() -> None:
    assert province_of_localities(["Huyện ủy Quế Võ"], "1995") == "Hà Bắc"
    assert province_of_localities(["Huyện ủy Quế Võ"], "1997-01-01") == "Bắc Ninh"


def test_a_province_name_stands_for_the_unit_of_its_date() -> None:
    assert province_on("Đà Nẵng", "1996-12-31") == "Quảng Nam - Đà Nẵng"
    assert province_on("Đà Nẵng", "1997-01-01") == "Đà Nẵng"
    assert province_on("Huế", "2020-02-02") == "Thừa Thiên Huế"
    assert province_on("Huế", "2025") == "Huế"
    assert province_on("Hậu Giang", "2003") == "Cần Thơ"
    # Ended units keep their names: a document keeps the names it was issued under.
    assert province_on("Sông Bé", "1998") == "Sông Bé"
    assert province_on("Hải Dương", AFTER) == "Hải Dương"
    assert province_on("Hải Dương", None) == "Hải Dương"
    assert province_on("Atlantis", "2000") is None
