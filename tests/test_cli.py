"""build_corpus.py: exit codes, messages, and what it writes and removes."""

from __future__ import annotations

import shutil
import subprocess
import sys

import frontmatter

from vanban.cli import main

from .conftest import ROOT, SOURCES, source_paths

GOOD = """ỦY BAN NHÂN DÂN
TỈNH SƠN LA
Số: 10/TB-UBND
Sơn La, ngày 2 tháng 3 năm 2024

THÔNG BÁO
Về lịch làm việc

Ủy ban nhân dân tỉnh thông báo lịch làm việc.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Quốc Khánh
"""


def copy_sources(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    for path in source_paths():
        shutil.copy(path, sources / path.name)
    return sources


def test_every_source_published_exits_0_and_writes_one_page_each(tmp_path, capsys):
    sources = copy_sources(tmp_path)
    docs = tmp_path / "docs"
    (docs).mkdir()
    (docs / "index.md").write_text("# Trang chủ\n", encoding="utf-8")
    assert main(["--sources", str(sources), "--out", str(docs)]) == 0
    out, err = capsys.readouterr()
    count = len(source_paths())
    generated = [p for p in docs.rglob("*") if p.is_file() and p != docs / "index.md"]
    assert out == f"{count} published, 0 refused, {len(generated)} files written\n"
    assert err == ""
    pages = sorted((docs / "van-ban").rglob("*.md"))
    assert len(pages) == count
    assert {frontmatter.load(page)["source"] for page in pages} == {p.name for p in source_paths()}
    assert (docs / "index.md").read_text(encoding="utf-8") == "# Trang chủ\n"


def test_a_refused_source_is_named_and_the_rest_still_written(tmp_path, capsys):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (sources / "b_empty.txt").write_bytes(b"")
    (sources / "c_scan.txt").write_bytes(b"%PDF-1.4 binary")
    (sources / "notes.yml").write_text("not a source\n", encoding="utf-8")
    docs = tmp_path / "docs"
    assert main(["--sources", str(sources), "--out", str(docs)]) == 1
    out, err = capsys.readouterr()
    assert err.splitlines() == [
        "b_empty.txt: the file is empty: there is no text to publish",
        "c_scan.txt: the file is a PDF file, not text; convert it to text first",
    ]
    generated = [p for p in (tmp_path / "docs").rglob("*") if p.is_file()]
    assert out == f"1 published, 2 refused, {len(generated)} files written\n"
    assert [p.name for p in (docs / "van-ban").rglob("*.md")] == ["10-tb-ubnd.md"]


def test_pages_whose_source_is_gone_are_removed_and_unchanged_pages_not_rewritten(tmp_path, capsys):
    sources = copy_sources(tmp_path)
    docs = tmp_path / "docs"
    assert main(["--sources", str(sources), "--out", str(docs)]) == 0
    before = {p: p.stat().st_mtime_ns for p in (docs / "van-ban").rglob("*.md")}
    removed = source_paths()[0].name
    (sources / removed).unlink()
    assert main(["--sources", str(sources), "--out", str(docs)]) == 0
    out, _ = capsys.readouterr()
    assert out.splitlines()[-1].startswith(f"{len(source_paths()) - 1} published, 0 refused, ")
    # The pages of the documents still there were not rewritten (none cited the removed one).
    after = {p: p.stat().st_mtime_ns for p in (docs / "van-ban").rglob("*.md")}
    assert after == {p: t for p, t in before.items() if p in after} and len(after) == len(before) - 1
    remaining = {frontmatter.load(p)["source"] for p in (docs / "van-ban").rglob("*.md")}
    assert removed not in remaining and len(remaining) == len(source_paths()) - 1


def test_two_sources_with_one_identity_name_both_files(tmp_path, capsys):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "first.txt").write_text(GOOD, encoding="utf-8")
    (sources / "second.txt").write_text(GOOD, encoding="utf-8")
    assert main(["--sources", str(sources), "--out", str(tmp_path / "docs")]) == 1
    _, err = capsys.readouterr()
    assert err == (
        "second.txt: has the same issuer, number and year as first.txt "
        "(uy-ban-nhan-dan-tinh-son-la / 2024 / 10-tb-ubnd); one of the two files is a duplicate\n"
    )


def test_missing_sources_folder_is_a_usage_error(tmp_path, capsys):
    assert main(["--sources", str(tmp_path / "nowhere")]) == 2
    assert capsys.readouterr().err == f"{tmp_path / 'nowhere'}: no such folder of sources\n"


def test_the_script_runs_from_the_command_line(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_corpus.py"), "--sources", str(SOURCES), "--out", str(tmp_path)],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(f"{len(source_paths())} published, 0 refused")
    help_text = subprocess.run(
        [sys.executable, str(ROOT / "build_corpus.py"), "--help"], capture_output=True, text=True, cwd=ROOT
    ).stdout
    assert "python build_corpus.py --sources sources --out docs" in help_text


def test_the_script_exits_1_with_the_reason_when_a_source_is_refused(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a_good.txt").write_text(GOOD, encoding="utf-8")
    (sources / "b_empty.txt").write_bytes(b"")
    result = subprocess.run(
        [sys.executable, str(ROOT / "build_corpus.py"), "--sources", str(sources), "--out", str(tmp_path / "docs")],
        capture_output=True, text=True, cwd=ROOT, check=False,
    )
    assert result.returncode == 1
    assert result.stdout.startswith("1 published, 1 refused")
    assert result.stderr.startswith("b_empty.txt: ")
