"""A synthetic corpus of realistic sources, for the benchmark.

Documents vary the way real ones do: State and Party issuers of every province, the
common types, numbers reused across provinces and years, blank numbers and dates, headers
in several raw shapes (plain, table pipes, one flattened line), citations between the
generated documents and to central ones, and body text drawn from the seed documents.
The same ``count`` and ``seed`` always give the same files.
"""

from __future__ import annotations

import argparse
import random
import re
from pathlib import Path

from vanban import gazetteer
from vanban.layout import split_layout
from vanban.pipeline import source_files
from vanban.read import decode_source

ROOT = Path(__file__).resolve().parent.parent

STATE_TYPES = [("KẾ HOẠCH", "KH"), ("QUYẾT ĐỊNH", "QĐ"), ("THÔNG BÁO", "TB"), ("CHỈ THỊ", "CT"), ("BÁO CÁO", "BC")]
PARTY_TYPES = [("CHỈ THỊ", "CT"), ("NGHỊ QUYẾT", "NQ"), ("KẾT LUẬN", "KL"), ("KẾ HOẠCH", "KH"), ("HƯỚNG DẪN", "HD")]
CENTRAL = ["18-NQ/TW", "19-NQ/TW", "26-NQ/TW", "45-NQ/TW", "21-KL/TW", "76/NQ-CP", "30c/NQ-CP", "1557/QĐ-TTg"]
SURNAMES = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Thuỷ"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hùng", "Lan", "Long", "Nam", "Phúc", "Quang",
         "Sơn", "Thảo", "Thủy", "Trung", "Tùng", "Vinh", "Yến", "Hoà"]
SUBJECTS = ["tăng cường cải cách hành chính", "chuyển đổi số", "phòng, chống tham nhũng, tiêu cực",
            "phát triển du lịch", "xây dựng chính quyền điện tử", "nâng cao chỉ số năng lực cạnh tranh",
            "thực hiện quy chế dân chủ ở cơ sở", "công tác dân vận", "bảo vệ môi trường",
            "phòng, chống thiên tai", "tinh giản biên chế", "cải cách thủ tục hành chính"]


def seed_paragraphs() -> list[str]:
    """Body paragraphs of the seed documents, as text to draw from."""
    paragraphs = []
    for path in source_files(ROOT / "sources"):
        layout = split_layout(decode_source(path.read_bytes(), path.name))
        for line in layout.body:
            text = re.sub(r"[*_#|\\]", "", line.text).strip()
            if len(text) > 80:
                paragraphs.append(text)
    return paragraphs


def person(rng: random.Random) -> str:
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def generate(count: int, out: Path, seed: int = 1) -> list[Path]:
    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    provinces = gazetteer.provinces("2024-01-01")
    out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    issued: list[tuple[str, str, str, str]] = []  # number, type word, date, issuer phrase
    used: set[tuple[str, bool, int, str]] = set()  # one identity per document
    for index in range(count):
        province = rng.choice(provinces)
        place = gazetteer.capital(province) or province
        year = rng.randint(2014, 2025)
        month, day = rng.randint(1, 12), rng.randint(1, 28)
        party = rng.random() < 0.4
        kind = "tỉnh" if gazetteer.province_kind(province) != "thành phố" else "thành phố"
        if party:
            type_word, code = rng.choice(PARTY_TYPES)
            committee = "TỈNH ỦY" if kind == "tỉnh" else "THÀNH ỦY"
            header = [f"{committee} {province.upper()}", "*"]
            number = f"{rng.randint(1, 400)}-{code}/TU"
            number_line = f"Số {number}"
            motto = ["ĐẢNG CỘNG SẢN VIỆT NAM"]
            authority, title = "T/M BAN THƯỜNG VỤ", rng.choice(["BÍ THƯ", "PHÓ BÍ THƯ"])
            issuer_phrase = "Ban Thường vụ Tỉnh ủy" if kind == "tỉnh" else "Ban Thường vụ Thành ủy"
        else:
            type_word, code = rng.choice(STATE_TYPES)
            header = ["ỦY BAN NHÂN DÂN", f"{kind.upper()} {province.upper()}"]
            number = f"{rng.randint(1, 400)}/{code}-UBND"
            number_line = f"Số: {number}"
            motto = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
            authority, title = rng.choice([("TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"), ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")])
            issuer_phrase = f"Ủy ban nhân dân {kind}"
        subject = rng.choice(SUBJECTS)
        if rng.random() < 0.05:
            # A draft without its number is named by type and subject: keep those apart.
            number_line = number_line.replace(number, re.sub(r"^\d+", "", number))
            subject = f"{subject} đợt {index + 1}"
        identity = (province, party, year, number)
        while identity in used:
            number = re.sub(r"^\d+", lambda m: str(int(m.group()) + 400), number)
            number_line = ("Số " if party else "Số: ") + number
            identity = (province, party, year, number)
        used.add(identity)
        dateline = f"{place}, ngày {day} tháng {month} năm {year}"
        if rng.random() < 0.05:
            dateline = f"{place}, ngày    tháng {month} năm {year}"
        body = []
        for _ in range(rng.randint(3, 12)):
            body.append(rng.choice(paragraphs))
        if issued and rng.random() < 0.7:
            cited_number, cited_type, cited_date, cited_issuer = rng.choice(issued)
            body.insert(0, f"Thực hiện {cited_type} số {cited_number} ngày {cited_date} của {cited_issuer}, "
                           f"{issuer_phrase} yêu cầu như sau:")
        if rng.random() < 0.5:
            body.insert(1, f"Quán triệt Nghị quyết số {rng.choice(CENTRAL)} của Trung ương.")
        for item, text in enumerate(body[2:6], start=1):
            body[body.index(text)] = f"{item}. {text}"
        shape = rng.random()
        lines = header + [number_line] + motto + [dateline, "", type_word, f"Về {subject}", ""]
        if shape < 0.15:
            lines = [" ".join(header + [number_line] + motto + [dateline]), "", type_word, f"Về {subject}", ""]
        elif shape < 0.3:
            lines = [f"| {header[0]} | {motto[0]} |", f"| {header[1]} | {motto[-1]} |", f"| {number_line} | {dateline} |",
                     "", type_word, f"Về {subject}", ""]
        text = "\n".join(lines + [*(p for para in body for p in (para, "")),
                                  "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "", authority, title, person(rng), ""])
        path = out / f"gen_{index:06d}.txt"
        path.write_text(text, encoding="utf-8")
        written.append(path)
        type_name = type_word.capitalize() if type_word != "CHỈ THỊ" else "Chỉ thị"
        issuer_name = f"{'Tỉnh ủy' if kind == 'tỉnh' else 'Thành ủy'} {province}" if party else (
            f"Ủy ban nhân dân {kind} {province}")
        issued.append((number, type_name[:1] + type_name[1:].lower(), f"{day}/{month}/{year}", issuer_name))
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    generate(args.count, args.out, args.seed)


if __name__ == "__main__":
    main()
