"""Stages corpus and write: identities, paths, front matter round trips, determinism."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import frontmatter
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.corpus import assemble, page_path
from vanban.identities import identity
from vanban.model import Citation
from vanban.pipeline import convert_bytes
from vanban.write import front_matter, render_page, write_pages

from .conftest import source_paths

NOTICE = """ỦY BAN NHÂN DÂN
THÀNH PHỐ HẢI PHÒNG
Số: 124/KH-UBND
Hải Phòng, ngày 20 tháng 5 năm 2022

KẾ HOẠCH
Về cải cách hành chính

Ủy ban nhân dân thành phố ban hành Kế hoạch.
"""


def document(text: str = NOTICE, name: str = "a.txt"):
    doc = convert_bytes(text.encode("utf-8"), name)
    assemble([doc])
    return doc


def test_identity_is_issuer_year_and_number_and_the_url_is_ascii():
    doc = document()
    assert identity(doc.metadata) == ("uy-ban-nhan-dan-thanh-pho-hai-phong", "2022", "124-kh-ubnd")
    assert doc.path == page_path(doc.identity) == "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2022/124-kh-ubnd.md"
    assert doc.url.isascii()


def test_the_same_number_from_another_year_or_province_is_another_document():
    other_year = document(NOTICE.replace("2022", "2023"), "b.txt")
    other_city = document(NOTICE.replace("HẢI PHÒNG", "ĐÀ NẴNG").replace("Hải Phòng", "Đà Nẵng"), "c.txt")
    corpus = assemble([document(), other_year, other_city])
    assert corpus.problems == []
    assert len({doc.path for doc in corpus.documents}) == 3


def test_a_document_without_number_is_named_by_type_and_subject():
    doc = document(NOTICE.replace("Số: 124/KH-UBND", "Số: /KH-UBND"))
    assert doc.identity[2] == "ke-hoach-ve-cai-cach-hanh-chinh"


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=40))
def test_any_characters_in_any_field_round_trip_through_the_front_matter(value):
    doc = document()
    doc.metadata.subject = value
    doc.metadata.signer = value
    doc.metadata.recipients = [value, "Lưu: VT."]
    doc.metadata.cites = [Citation(number=value, doc_type="Nghị quyết", issuer=value)]
    post = frontmatter.loads(render_page(doc))
    expected = front_matter(doc)
    assert post["subject"] == expected["subject"]
    assert post["signer"] == value
    assert post["recipients"] == [value, "Lưu: VT."]
    assert post["cites"] == [{"number": value, "doc_type": "Nghị quyết", "issuer": value}]


def test_two_builds_write_the_same_bytes(tmp_path):
    documents = []
    for path in source_paths():
        documents.append(convert_bytes(path.read_bytes(), path.name))
    corpus = assemble(documents)
    write_pages(corpus, tmp_path / "one")
    again = assemble([convert_bytes(p.read_bytes(), p.name) for p in reversed(source_paths())])
    write_pages(again, tmp_path / "two")
    first = {p.relative_to(tmp_path / "one"): p.read_bytes() for p in (tmp_path / "one").rglob("*.md")}
    second = {p.relative_to(tmp_path / "two"): p.read_bytes() for p in (tmp_path / "two").rglob("*.md")}
    assert first == second
    assert len([p for p in first if p.parts[0] == "van-ban"]) == len(source_paths())


def test_writing_touches_only_the_generated_tree(tmp_path):
    (tmp_path / "index.md").write_text("trang chủ\n", encoding="utf-8")
    (tmp_path / "van-ban").mkdir()
    (tmp_path / "van-ban" / "old.md").write_text("cũ\n", encoding="utf-8")
    (tmp_path / "nguoi-ky").mkdir()
    (tmp_path / "nguoi-ky" / "gone.md").write_text("cũ\n", encoding="utf-8")
    write_pages(assemble([document()]), tmp_path)
    assert (tmp_path / "index.md").read_text(encoding="utf-8") == "trang chủ\n"
    assert not (tmp_path / "van-ban" / "old.md").exists()
    assert not (tmp_path / "nguoi-ky" / "gone.md").exists()


def _tree(root):
    return {p.relative_to(root): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _fixture_corpus():
    from .conftest import FIXTURE_CORPUS

    paths = source_paths() + sorted(FIXTURE_CORPUS.glob("*.txt"))
    return assemble([convert_bytes(path.read_bytes(), path.name) for path in paths])


def _fixture_corpus_with_every_body_changed():
    corpus = _fixture_corpus()
    for document in corpus.documents:
        document.body += "\n\nĐoạn mới."
    return corpus


def _assert_stamps_are_the_files(root, generated):
    """Each file's stamp is the file's as left: new, replaced, or kept as it was."""
    for relative, (size, modified) in generated.items():
        status = (root / relative).stat()
        assert (status.st_size, status.st_mtime_ns) == (size, modified)


def test_pages_written_by_several_processes_are_the_pages_one_process_writes(tmp_path, monkeypatch):
    import vanban.write

    write_pages(_fixture_corpus(), tmp_path / "one")
    monkeypatch.setattr(vanban.write, "_PARALLEL_FROM", 1)
    written, generated = write_pages(_fixture_corpus(), tmp_path / "three", workers=3)
    assert _tree(tmp_path / "three") == _tree(tmp_path / "one")
    assert sorted(str(path.relative_to(tmp_path / "three")) for path in written) == list(generated)
    corpus = _fixture_corpus()
    corpus.documents[0].body += "\n\nĐoạn mới."
    written, generated = write_pages(corpus, tmp_path / "three", workers=3)
    assert 0 < len(written) < len(generated)
    _assert_stamps_are_the_files(tmp_path / "three", generated)


def _everything(root):
    """Every file and folder under ``root``, hidden ones too, with the files' bytes."""
    return {p.relative_to(root): p.read_bytes() if p.is_file() else None for p in root.rglob("*")}


@pytest.mark.parametrize("first_build", [False, True], ids=["over earlier pages", "first build"])
@pytest.mark.parametrize("failing", ["every process", "the forked worker", "the building process"])
def test_a_failing_worker_leaves_the_previous_pages_and_no_staged_files(
    tmp_path, monkeypatch, failing, first_build
):
    import vanban.pages
    import vanban.write

    (tmp_path / "index.md").write_text("trang chủ\n", encoding="utf-8")
    if not first_build:
        write_pages(_fixture_corpus(), tmp_path)
    before = _everything(tmp_path)
    # Every share has pages to stage, whichever process fails.
    corpus = _fixture_corpus_with_every_body_changed()
    building_process = os.getpid()
    person_page = vanban.pages.person_page

    def broken(person):
        in_worker = os.getpid() != building_process
        if failing == "every process" or (failing == "the forked worker") == in_worker:
            raise RuntimeError(f"cannot render {person.name}")
        return person_page(person)

    monkeypatch.setattr(vanban.write, "_PARALLEL_FROM", 1)
    monkeypatch.setattr(vanban.pages, "person_page", broken)
    try:
        write_pages(corpus, tmp_path, workers=2)
    except RuntimeError as error:
        assert "cannot render" in str(error)
    else:
        raise AssertionError("the worker's failure was not raised")
    assert _everything(tmp_path) == before


def test_a_file_in_a_generated_folders_place_fails_the_build_before_any_page_changes(tmp_path):
    write_pages(_fixture_corpus(), tmp_path)
    shutil.rmtree(tmp_path / "nam")
    (tmp_path / "nam").write_text("không phải thư mục\n", encoding="utf-8")
    shutil.rmtree(tmp_path / "loai")
    before = _everything(tmp_path)
    corpus = _fixture_corpus_with_every_body_changed()
    with pytest.raises(OSError):
        write_pages(corpus, tmp_path)
    assert _everything(tmp_path) == before


def test_a_killed_builds_hidden_folder_is_cleared_beside_an_existing_folder(tmp_path):
    write_pages(_fixture_corpus(), tmp_path)
    left = tmp_path / ".van-ban.new" / "dang-do.md"
    left.parent.mkdir()
    left.write_text("dở dang\n", encoding="utf-8")
    write_pages(_fixture_corpus(), tmp_path)
    assert not left.parent.exists()


def test_a_first_build_moves_its_folders_in_whole_and_clears_what_a_killed_one_left(tmp_path, monkeypatch):
    import vanban.write

    left = tmp_path / ".van-ban.new" / "so-noi-vu" / "2020" / "1-kh.md"
    left.parent.mkdir(parents=True)
    left.write_text("một trang dở dang\n", encoding="utf-8")
    monkeypatch.setattr(vanban.write, "_PARALLEL_FROM", 1)
    written, generated = write_pages(_fixture_corpus(), tmp_path, workers=2)
    assert not [p for p in tmp_path.rglob(".*") if p.name != ".moi-nhat.md"]
    assert sorted(str(path.relative_to(tmp_path)) for path in written) == list(generated)
    assert _tree(tmp_path) == {Path(relative): (tmp_path / relative).read_bytes() for relative in generated}
    _assert_stamps_are_the_files(tmp_path, generated)


@pytest.mark.parametrize("first_build", [False, True], ids=["over earlier pages", "first build"])
def test_an_interrupt_while_waiting_for_a_worker_leaves_no_staged_files(tmp_path, monkeypatch, first_build):
    """Ctrl-C in the building process while a worker stages its share: the worker finishes
    staging all the same, and what it staged is undone too."""
    import concurrent.futures

    import vanban.write

    if not first_build:
        write_pages(_fixture_corpus(), tmp_path)
    before = _everything(tmp_path)
    corpus = _fixture_corpus_with_every_body_changed()
    result = concurrent.futures.Future.result
    interrupted = []

    def interrupted_once(future, timeout=None):
        if not interrupted:
            interrupted.append(future)
            raise KeyboardInterrupt
        return result(future, timeout)

    monkeypatch.setattr(vanban.write, "_PARALLEL_FROM", 1)
    monkeypatch.setattr(concurrent.futures.Future, "result", interrupted_once)
    with pytest.raises(KeyboardInterrupt):
        write_pages(corpus, tmp_path, workers=2)
    assert interrupted and _everything(tmp_path) == before


_SCALARS = st.none() | st.booleans() | st.integers() | st.text() | st.sampled_from(
    ["yes", "No", "null", "~", "2014-12-11", "1e5", "0x1F", "12:30", "18-NQ/TW", "- a", "a: b",
     "# a", "a #b", "&a", "*a", "!a", "|", ">", "%a", "@a", "`a", "'a'", '"a"', "{a}", "[a]",
     "a\x85b", "a\u2028b", "\ufeffa", "a\x7fb", "---", "...", " a", "a ", ".inf", "+1", "0o17"]
)
_ENTRIES = st.dictionaries(st.text(min_size=1), _SCALARS, min_size=1, max_size=4)
_VALUES = _SCALARS | st.lists(_SCALARS | _ENTRIES, max_size=4) | _ENTRIES | st.just({})


@settings(max_examples=400)
@given(st.dictionaries(st.text(min_size=1), _VALUES, min_size=1, max_size=6))
def test_front_matter_reads_back_as_the_data_it_was_written_from(data):
    import yaml

    from vanban.write import yaml_block

    text = yaml_block(data)
    assert yaml.load(text, Loader=yaml.SafeLoader) == data
    assert yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)) == data
    post = frontmatter.loads(f"---\n{text}---\n\nNội dung.\n")
    assert dict(post.metadata) == data and post.content == "Nội dung."
