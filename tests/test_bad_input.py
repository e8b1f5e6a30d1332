"""Bad input: what can be read is read, the rest is refused clearly, nothing runs or is lost."""

from __future__ import annotations

import codecs
import shutil
import subprocess
import sys
import unicodedata
from html.parser import HTMLParser

import frontmatter
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vanban import write
from vanban.cli import main
from vanban.errors import SourceError
from vanban.pipeline import MAX_SOURCE_BYTES, build, convert_bytes
from vanban.sitebuild import build_and_swap

from .conftest import FIXTURE_CORPUS, ROOT
from .portal import copy_site_inputs

NOTICE = (FIXTURE_CORPUS / "qn_thong_bao.txt").read_text(encoding="utf-8")


def page(data: bytes, name: str = "a.txt") -> tuple[dict, str]:
    """The front matter (less the source's digest) and body a source's bytes publish as."""
    from vanban.corpus import assemble

    document = convert_bytes(data, name)
    assemble([document])
    post = frontmatter.loads(write.render_page(document))
    meta = {key: value for key, value in post.metadata.items() if key != "sha256"}
    return meta, post.content


# ---------------------------------------------------------------------------------------
# Encodings


TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def windows_1258(text: str) -> bytes:
    """Text as Vietnamese Windows saved it: letters with their vowel marks composed, the
    tone mark a combining character after them."""
    out = []
    for char in text:
        decomposed = unicodedata.normalize("NFD", char)
        tones = "".join(mark for mark in decomposed if mark in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(mark for mark in decomposed if mark not in TONE_MARKS))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: codecs.BOM_UTF8 + text.encode("utf-8"),
        lambda text: text.encode("utf-16"),  # with its byte order mark
        lambda text: unicodedata.normalize("NFD", text).encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
        lambda text: windows_1258(text),
        lambda text: text.replace("\n", "  \n").replace("\nCác sở", "\n\tCác sở").encode("utf-8"),
    ],
    ids=["utf-8 BOM", "utf-16 BOM", "NFD", "CRLF", "windows-1258 combining", "tab indent, trailing spaces"],
)
def test_every_encoding_publishes_as_utf8_nfc_would(encode):
    expected = page(NOTICE.encode("utf-8"))
    assert page(encode(NOTICE)) == expected


@pytest.mark.parametrize(
    "legacy, name",
    [
        ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM\n®éc lËp - Tù do - H¹nh phóc\nTh«ng b¸o vÒ c¸c ng­êi cña tØnh", "TCVN3 (ABC)"),
        ("COÄNG HOØA XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc laäp - Töï do - Haïnh phuùc\nThoâng baùo veà caùc ngöôøi cuûa tænh", "VNI"),
    ],
)
@pytest.mark.parametrize("codec", ["cp1252", "utf-8"])
def test_legacy_font_encodings_are_refused_naming_the_encoding(legacy, name, codec):
    text = legacy + "\n" + legacy.lower() * 3
    with pytest.raises(SourceError) as error:
        convert_bytes(text.encode(codec), "cu.txt")
    assert str(error.value).startswith("cu.txt: ")
    assert f"legacy {name} font encoding" in str(error.value)


def test_replacement_characters_publish_with_a_warning_naming_file_and_count(tmp_path, capsys):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "hong.txt").write_text(NOTICE.replace("du lịch", "du l\ufffdch").replace("Tam Kỳ,", "Tam K\ufffd,"), encoding="utf-8")
    assert main(["--sources", str(sources), "--out", str(tmp_path / "docs"), "--no-cache"]) == 0
    err = capsys.readouterr().err
    assert "warning: hong.txt: 2 character(s) could not be decoded" in err


# ---------------------------------------------------------------------------------------
# What is refused, and the rest still builds


REFUSED = {
    "empty.txt": (b"", "the file is empty"),
    "blank.txt": (b" \n\t\n\r\n", "only white space"),
    "scan.txt": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "a PDF file"),
    "letter.txt": (b"PK\x03\x04\x14\x00\x06\x00word/document.xml", "a ZIP container"),
    "photo.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "a PNG image"),
    "recipe.txt": ("Phở bò\n\nNấu nước dùng trong sáu giờ, thêm hành và gừng.\n".encode(), "no document type found"),
}


def test_unusable_files_are_refused_and_the_rest_of_the_corpus_still_builds(tmp_path, capsys):
    root = tmp_path / "portal"
    root.mkdir()
    copy_site_inputs(root)
    sources = root / "sources"
    sources.mkdir()
    (sources / "good.txt").write_text(NOTICE, encoding="utf-8")
    for name, (data, _) in REFUSED.items():
        (sources / name).write_bytes(data)
    assert main(["--sources", str(sources), "--out", str(root / "docs"), "--no-cache"]) == 1
    lines = capsys.readouterr().err.splitlines()
    for name, (_, reason) in REFUSED.items():
        assert any(line.startswith(f"{name}: ") and reason in line for line in lines), name
    build_and_swap(root / "mkdocs.yml", root / "site")
    assert (root / "site/van-ban/uy-ban-nhan-dan-tinh-quang-nam/2022/45-tb-ubnd/index.html").is_file()


def test_a_source_over_the_size_limit_is_refused_naming_the_limit(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "good.txt").write_text(NOTICE, encoding="utf-8")
    with (sources / "huge.txt").open("w", encoding="utf-8") as file:
        line = "Ủy ban nhân dân tỉnh thông báo lịch làm việc của các sở, ban, ngành.\n"
        while file.tell() < 20 * 2**20:
            file.write(line * 1000)
    report = build(sources, tmp_path / "docs")
    assert report.published == 1
    [problem] = report.problems
    assert problem.startswith("huge.txt: the file is 20.")
    assert f"over the {MAX_SOURCE_BYTES // 2**20} MB limit" in problem


# ---------------------------------------------------------------------------------------
# Hostile content reaches the page as text


class Elements(HTMLParser):
    """Every element of a page with its attributes, the scripts' text, and the visible text."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[tuple[str, list]] = []
        self.scripts: list[str] = []
        self._text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        (self.scripts if self._in_script else self._text).append(data)

    def text(self) -> str:
        return " ".join("".join(self._text).split())


HOSTILE = NOTICE.replace(
    "Kết luận về phát triển du lịch",
    "Kết luận <script>alert('tieu-de')</script> {{ config.site_name }} {% raw %}",
).replace(
    "Các sở, ngành triển khai",
    "<img src=x onerror=\"alert('than')\"> [bấm](javascript:alert('lien-ket')) "
    "<a href=\"javascript:alert(1)\">xem</a> {{ page.title }} {% if true %}x{% endif %} Các sở, ngành triển khai",
)


def test_hostile_html_and_template_syntax_reach_the_page_as_visible_text(tmp_path):
    from .conftest import build_site

    source = tmp_path / "hostile.txt"
    source.write_text(HOSTILE, encoding="utf-8")
    (tmp_path / "portal").mkdir()
    site = build_site(tmp_path / "portal", [source])
    html = next((site / "van-ban").rglob("index.html")).read_text(encoding="utf-8")
    elements = Elements()
    elements.feed(html)
    for tag, attrs in elements.found:
        for attribute, value in attrs:
            assert not attribute.startswith("on"), (tag, attribute, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, attribute, value)
        assert tag != "img" or dict(attrs).get("src") != "x"
    assert not any("alert(" in script for script in elements.scripts)
    text = elements.text()
    for visible in ("<script>alert('tieu-de')</script>", "<img src=x onerror=\"alert('than')\">",
                    "[bấm](javascript:alert('lien-ket'))", "{{ config.site_name }}", "{{ page.title }}",
                    "{% if true %}x{% endif %}", "{% raw %}"):
        assert visible in text, visible
    entries = next((site / "search/index").glob("entries.*.json")).read_text(encoding="utf-8")
    assert "<script>" not in entries and "&lt;script&gt;" in entries


# ---------------------------------------------------------------------------------------
# Corrections in a sidecar


def corrected_build(tmp_path, sidecar: str):
    sources = tmp_path / "sources"
    sources.mkdir(exist_ok=True)
    (sources / "tb.txt").write_text(NOTICE, encoding="utf-8")
    (sources / "tb.meta.yml").write_text(sidecar, encoding="utf-8")
    return build(sources, tmp_path / "docs", cache_dir=tmp_path / "cache")


def test_a_sidecar_correction_wins_and_survives_rebuilds(tmp_path):
    sidecar = "number: 46/TB-UBND\nsigner: Nguyễn Văn Hải\ndate: 2022-04-11\n"
    for _ in range(2):
        report = corrected_build(tmp_path, sidecar)
        assert report.problems == []
        [path] = (tmp_path / "docs/van-ban").rglob("*.md")
        post = frontmatter.load(path)
        assert (post["number"], post["signer"], post["date"]) == ("46/TB-UBND", "Nguyễn Văn Hải", "2022-04-11")
        assert post["title"].startswith("Thông báo 46/TB-UBND ")
        assert post["corrected"] == ["date", "number", "signer"]
        assert path.name == "46-tb-ubnd.md"


def test_a_sidecar_gives_a_joint_documents_other_signers(tmp_path):
    sidecar = "cosigners:\n- signer: Lưu Quang Đạt\n  signer_title: KT. Bộ trưởng Bộ Nội vụ, Thứ trưởng\n"
    report = corrected_build(tmp_path, sidecar)
    assert report.problems == []
    [path] = (tmp_path / "docs/van-ban").rglob("*.md")
    post = frontmatter.load(path)
    assert post["cosigners"] == [{"signer": "Lưu Quang Đạt", "signer_title": "KT. Bộ trưởng Bộ Nội vụ, Thứ trưởng",
                                  "signer_url": "nguoi-ky/luu-quang-dat/"}]
    assert post["corrected"] == ["cosigners"]


@pytest.mark.parametrize(
    "sidecar, message",
    [
        ("number: 46/TB-UBND\nnguoi_ky: A\n", "tb.meta.yml:2: unknown key 'nguoi_ky'"),
        ("date: 2022-13-40\n", "tb.meta.yml:1: date '2022-13-40' is not a date"),
        ("recipients: Bộ Nội vụ\n", "tb.meta.yml:1: recipients must be a list"),
        ("system: party\n", "tb.meta.yml:1: system 'party' must be one of"),
        ("number: [1, 2\n", "tb.meta.yml"),
        ("signer: A\ncosigners:\n- Lưu Quang Đạt\n", "tb.meta.yml:2: cosigners must be a list of signers"),
        ("cosigners:\n- signer: A\n  title: B\n", "tb.meta.yml:1: cosigners must be a list of signers"),
    ],
)
def test_an_invalid_sidecar_is_refused_with_file_line_and_reason(tmp_path, sidecar, message):
    report = corrected_build(tmp_path, sidecar)
    assert report.published == 0
    [problem] = report.problems
    assert problem.startswith(message)


# ---------------------------------------------------------------------------------------
# A failed build leaves the previous docs and site as they were


def test_a_build_that_fails_while_writing_leaves_the_previous_pages(tmp_path, monkeypatch):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "tb.txt").write_text(NOTICE, encoding="utf-8")
    docs = tmp_path / "docs"
    build(sources, docs)
    before = {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()}
    (sources / "tb.txt").write_text(NOTICE.replace("đúng tiến độ", "ngay"), encoding="utf-8")
    (sources / "kh.txt").write_bytes((FIXTURE_CORPUS / "qn_ke_hoach_2022.txt").read_bytes())
    calls = {"count": 0}
    real_write = write.write_file

    def failing_write(path, content):
        calls["count"] += 1
        # Past the changed pages staged and the new document's first files written.
        if calls["count"] == 6:
            raise OSError(28, "No space left on device")
        return real_write(path, content)

    monkeypatch.setattr(write, "write_file", failing_write)
    with pytest.raises(OSError):
        build(sources, docs)
    assert {p: p.read_bytes() for p in docs.rglob("*") if p.is_file()} == before
    assert calls["count"] == 6


def test_a_site_build_that_fails_leaves_the_previous_site(tmp_path):
    root = tmp_path / "portal"
    root.mkdir()
    shutil.copy2(ROOT / "mkdocs.yml", root / "mkdocs.yml")
    shutil.copytree(ROOT / "overrides", root / "overrides")
    shutil.copytree(ROOT / "hooks", root / "hooks")
    (root / "docs").mkdir()
    shutil.copytree(ROOT / "docs/assets", root / "docs/assets")
    (root / "docs/index.md").write_text("# Trang chủ\n", encoding="utf-8")
    for folder in ("co-quan", "nam", "loai", "nguoi-ky", "tra-cuu"):
        (root / "docs" / folder).mkdir()
        (root / "docs" / folder / "index.md").write_text(f"# {folder}\n", encoding="utf-8")
    build_and_swap(root / "mkdocs.yml", root / "site")
    before = (root / "site/index.html").read_bytes()
    (root / "docs/index.md").write_text("# Trang chủ\n\n[hỏng](khong-co.md)\n", encoding="utf-8")
    completed = subprocess.run(
        [sys.executable, "-m", "vanban.sitebuild"], cwd=root, capture_output=True, text=True,
        env={**__import__("os").environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"},
    )
    assert completed.returncode == 1
    assert "khong-co.md" in completed.stderr and "previous site is unchanged" in completed.stderr
    assert (root / "site/index.html").read_bytes() == before
    assert not (root / "site.new").exists()


# ---------------------------------------------------------------------------------------
# Random input never breaks the pipeline


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.binary(max_size=3000), st.text(max_size=3000).map(lambda t: t.encode("utf-8"))))
def test_random_bytes_are_converted_or_refused_never_crash(data):
    try:
        convert_bytes(data, "ngau-nhien.txt")
    except SourceError as error:
        assert str(error).startswith("ngau-nhien.txt")


WORDS = st.sampled_from(
    NOTICE.split() + ["ỦY", "BAN", "Số:", "/KH-UBND", "ngày", "tháng", "năm", "\n", "\n\n", "|", "*", "#",
                      "I.", "1.", "a)", "Nơi nhận:", "T/M", "KT.", "<b>", "{{", "}}", "---", "(1)"]
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(WORDS, max_size=400))
def test_random_document_like_text_is_converted_or_refused_never_crash(words):
    data = " ".join(words).encode("utf-8")
    try:
        document = convert_bytes(data, "tron.txt")
    except SourceError:
        return
    from vanban.corpus import assemble

    assemble([document])
    frontmatter.loads(write.render_page(document))
