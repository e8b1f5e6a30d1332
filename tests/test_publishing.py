"""Publishing: document history from git, the incremental cache, reproducible builds, mike."""

from __future__ import annotations

import ast
import contextlib
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import frontmatter
import pytest

from vanban import cache as cache_module
from vanban.cache import conversion_files, imported_modules
from vanban import pipeline
from vanban.corpus import assemble
from vanban.history import COMMIT_LENGTH, PendingHistory
from vanban.pipeline import build, convert_bytes, source_files
from vanban.write import write_pages

from .conftest import FIXTURE_CORPUS, ROOT, build_site, source_paths
from .portal import copy_site_inputs


def git(cwd: Path, *args: str, date: str | None = None) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "Văn phòng",
        "GIT_AUTHOR_EMAIL": "vanphong@example.invalid",
        "GIT_COMMITTER_NAME": "Văn phòng",
        "GIT_COMMITTER_EMAIL": "vanphong@example.invalid",
    }
    if date:
        env["GIT_AUTHOR_DATE"] = env["GIT_COMMITTER_DATE"] = date
    return subprocess.run(
        ["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True
    ).stdout


def fixture(name: str) -> bytes:
    return (FIXTURE_CORPUS / name).read_bytes()


@pytest.fixture
def repository(tmp_path):
    """A checkout whose sources have a history: one release tag, then changes after it."""
    sources = tmp_path / "sources"
    sources.mkdir()
    git(tmp_path, "init", "-q", "-b", "main")
    (sources / "a.txt").write_bytes(fixture("hp_ke_hoach_2022.txt"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "Nhận kế hoạch cải cách hành chính", date="2022-05-21T08:00:00+07:00")
    git(tmp_path, "tag", "v2022.05")
    text = fixture("hp_ke_hoach_2022.txt").decode("utf-8")
    (sources / "a.txt").write_text(text.replace("Nơi nhận:", "Đơn vị báo cáo kết quả hằng quý.\n\nNơi nhận:"), encoding="utf-8")
    (sources / "b.txt").write_bytes(fixture("qn_thong_bao.txt"))
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "Bổ sung yêu cầu báo cáo; nhận thông báo", date="2022-06-02T09:00:00+07:00")
    return tmp_path


def files_under(root: Path, *folders: str) -> dict[Path, bytes]:
    """The bytes of every file under ``root`` (or under its ``folders`` only), by its path
    relative to ``root``."""
    tops = [root / folder for folder in folders] or [root]
    return {path.relative_to(root): path.read_bytes() for top in tops for path in top.rglob("*") if path.is_file()}


def page_of(docs: Path, source: str):
    for path in (docs / "van-ban").rglob("*.md"):
        post = frontmatter.load(path)
        if post["source"] == source:
            return post
    raise AssertionError(f"no page for {source}")


def test_each_document_carries_when_and_how_its_source_changed(repository):
    docs = repository / "docs"
    build(repository / "sources", docs)
    plan = page_of(docs, "a.txt")
    assert plan["updated"] == "2022-06-02"
    assert [(c["date"], c["message"]) for c in plan["history"]] == [
        ("2022-06-02", "Bổ sung yêu cầu báo cáo; nhận thông báo"),
        ("2022-05-21", "Nhận kế hoạch cải cách hành chính"),
    ]
    assert plan["history"][0]["added_lines"] == 2 and plan["history"][0]["removed_lines"] == 0
    notice = page_of(docs, "b.txt")
    assert [c["date"] for c in notice["history"]] == ["2022-06-02"]


def test_a_source_named_in_vietnamese_has_its_history(repository):
    # git quotes such names in its usual output ("Th\303\264ng b\303\241o"); the history
    # is filed under the names as the folder holds them.
    git(repository, "mv", "sources", "nguồn")
    git(repository, "mv", "nguồn/b.txt", "nguồn/Thông báo 45.txt")
    git(repository, "commit", "-q", "-m", "Đặt tên theo số", date="2022-06-03T09:00:00+07:00")
    docs = repository / "docs"
    build(repository / "nguồn", docs)
    notice = page_of(docs, "Thông báo 45.txt")
    assert [(change["date"], change["message"]) for change in notice["history"]] == [
        ("2022-06-03", "Đặt tên theo số")
    ]
    assert "Thông báo 45/TB-UBND" in (docs / "thay-doi/index.md").read_text(encoding="utf-8")


def test_a_commit_is_named_alike_in_every_clone(repository):
    # git's short hash grows with a clone's objects (here, as a large clone would have it);
    # pages name commits by a fixed number of characters, so every clone writes the same.
    git(repository, "config", "core.abbrev", "20")
    build(repository / "sources", repository / "docs")
    newest = git(repository, "rev-parse", "HEAD").strip()
    assert page_of(repository / "docs", "b.txt")["history"][0]["commit"] == newest[:COMMIT_LENGTH]


def test_a_page_lists_what_changed_since_the_last_release(repository):
    docs = repository / "docs"
    build(repository / "sources", docs)
    page = (docs / "thay-doi/index.md").read_text(encoding="utf-8")
    assert "kể từ phiên bản v2022.05" in page
    assert "Kế hoạch 125/KH-UBND" in page and "Thông báo 45/TB-UBND" in page
    git(repository, "tag", "v2022.06")
    build(repository / "sources", docs)
    page = (docs / "thay-doi/index.md").read_text(encoding="utf-8")
    assert "0 văn bản được thêm hoặc sửa đổi kể từ phiên bản v2022.06" in page


def test_a_release_tag_alone_makes_the_pages_again(repository):
    # No source changed, so every conversion is reused; the history did, so the run is not
    # one that can be skipped.
    docs, cache = repository / "docs", repository / "cache"
    build(repository / "sources", docs, cache_dir=cache)
    assert build(repository / "sources", docs, cache_dir=cache).written == []
    git(repository, "tag", "v2022.06")
    after_tag = build(repository / "sources", docs, cache_dir=cache)
    assert after_tag.converted == 0 and docs / "thay-doi/index.md" in after_tag.written
    page = (docs / "thay-doi/index.md").read_text(encoding="utf-8")
    assert "0 văn bản được thêm hoặc sửa đổi kể từ phiên bản v2022.06" in page


def test_a_run_is_skipped_exactly_when_the_history_is_as_it_was(repository):
    """The run that changes nothing is told by a fingerprint of what the history is made
    from, not by the history itself; each change to the checkout either leaves the history
    as it was, and the next run is skipped, or changes it, and the pages are made again."""
    sources, docs, cache = repository / "sources", repository / "docs", repository / "cache"
    a_source = sources / "a.txt"
    original = a_source.read_bytes()

    def reword_the_last_commit():
        git(repository, "commit", "-q", "--amend", "-m", "Bổ sung yêu cầu báo cáo hằng quý")

    def commit_outside_the_sources():
        (repository / "README.md").write_text("Cổng văn bản\n", encoding="utf-8")
        git(repository, "add", "README.md")
        git(repository, "commit", "-q", "-m", "Giới thiệu")

    def change_a_source_and_change_it_back():
        a_source.write_bytes(original + "Dòng tạm.\n".encode("utf-8"))
        git(repository, "commit", "-q", "-a", "-m", "Thêm dòng tạm")
        a_source.write_bytes(original)
        git(repository, "commit", "-q", "-a", "-m", "Bỏ dòng tạm")

    changes = {
        "nothing": lambda: None,
        "the last commit reworded": reword_the_last_commit,
        "a commit outside the sources": commit_outside_the_sources,
        "a release tag": lambda: git(repository, "tag", "v2022.06"),
        "a source changed and changed back": change_a_source_and_change_it_back,
    }
    build(sources, docs, cache_dir=cache)
    skipped = {}
    for change, make in changes.items():
        before = PendingHistory(sources).result()
        make()
        history_as_it_was = PendingHistory(sources).result() == before
        skipped[change] = build(sources, docs, cache_dir=cache).corpus is None
        assert skipped[change] == history_as_it_was, change
    assert skipped == {
        "nothing": True,
        "the last commit reworded": False,
        "a commit outside the sources": True,
        "a release tag": False,
        "a source changed and changed back": False,
    }
    assert page_of(docs, "a.txt")["history"][0]["message"] == "Bỏ dòng tạm"


def test_outside_a_checkout_there_is_no_history(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "a.txt").write_bytes(fixture("qn_thong_bao.txt"))
    build(sources, tmp_path / "docs")
    page = page_of(tmp_path / "docs", "a.txt")
    assert page["history"] == [] and page["updated"] is None


# ---------------------------------------------------------------------------------------
# The incremental cache


def copy_corpus(target: Path) -> Path:
    target.mkdir()
    for path in source_paths() + sorted(FIXTURE_CORPUS.glob("*.txt")):
        shutil.copy2(path, target / path.name)
    return target


def test_only_changed_sources_are_converted_again(tmp_path):
    sources = copy_corpus(tmp_path / "sources")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    count = len(list(sources.iterdir()))
    first = build(sources, docs, cache_dir=cache)
    assert (first.converted, first.reused, first.problems) == (count, 0, [])

    again = build(sources, docs, cache_dir=cache)
    assert (again.converted, again.written) == (0, [])
    assert again.published == count

    changed = sources / "qn_thong_bao.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("đúng tiến độ", "trước ngày 30/6"), encoding="utf-8")
    after_change = build(sources, docs, cache_dir=cache)
    assert (after_change.converted, after_change.reused) == (1, count - 1)
    assert "trước ngày 30/6" in page_of(docs, "qn_thong_bao.txt").content

    (sources / "hp_ke_hoach_2023.txt").unlink()
    after_delete = build(sources, docs, cache_dir=cache)
    assert after_delete.converted == 0 and after_delete.published == count - 1
    assert not (docs / "van-ban/uy-ban-nhan-dan-thanh-pho-hai-phong/2023").exists()


def test_pages_made_from_the_cache_are_the_pages_made_from_fresh_conversions(tmp_path):
    # A build keeps less of each conversion than the converter makes (not the plain text,
    # for one); what it keeps must still make every page, cited-by sentences included.
    sources = copy_corpus(tmp_path / "sources")
    converted = build(sources, tmp_path / "converted", cache_dir=tmp_path / "cache")
    reused = build(sources, tmp_path / "reused", cache_dir=tmp_path / "cache")
    assert (converted.reused, reused.converted) == (0, 0)
    documents = [convert_bytes(path.read_bytes(), path.name) for path in source_files(sources)]
    write_pages(assemble(documents), tmp_path / "direct")

    def pages(docs: Path) -> dict[Path, bytes]:
        return files_under(docs, "van-ban", "dan-chieu")

    direct = pages(tmp_path / "direct")
    assert any("## Văn bản dẫn chiếu đến văn bản này" in page.decode() for page in direct.values())
    assert pages(tmp_path / "converted") == direct
    assert pages(tmp_path / "reused") == direct


def test_sources_converted_by_worker_processes_make_the_pages_of_one_process(tmp_path, monkeypatch):
    sources = copy_corpus(tmp_path / "sources")
    alone = build(sources, tmp_path / "alone", workers=1)
    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 1)
    shared = build(sources, tmp_path / "shared", cache_dir=tmp_path / "cache", workers=2)
    assert (shared.published, shared.problems) == (alone.published, alone.problems)
    assert files_under(tmp_path / "shared") == files_under(tmp_path / "alone")
    # Each conversion was kept under its own source's key: with one source gone, the
    # others come from the cache and make the pages one process makes of them.
    source_files(sources)[-1].unlink()
    reused = build(sources, tmp_path / "reused", cache_dir=tmp_path / "cache", workers=2)
    assert reused.converted == 0
    build(sources, tmp_path / "fewer", workers=1)
    assert files_under(tmp_path / "reused") == files_under(tmp_path / "fewer")


def test_a_page_edited_by_hand_is_rewritten_even_when_no_source_changed(tmp_path):
    sources = copy_corpus(tmp_path / "sources")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    build(sources, docs, cache_dir=cache)
    page = next((docs / "van-ban").rglob("*.md"))
    original = page.read_bytes()
    page.write_bytes(b"edited")
    report = build(sources, docs, cache_dir=cache)
    assert page.read_bytes() == original and report.written == [page]


def test_a_damaged_cache_is_started_afresh(tmp_path):
    sources = copy_corpus(tmp_path / "sources")
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "documents.sqlite").write_bytes(b"not a database, " * 100)
    count = len(list(sources.iterdir()))
    first = build(sources, tmp_path / "docs", cache_dir=cache)
    assert (first.converted, first.problems) == (count, [])
    # Another docs folder, so the run is not skipped as unchanged: every source is reused.
    again = build(sources, tmp_path / "other-docs", cache_dir=cache)
    assert (again.converted, again.reused) == (0, count)


def test_a_cache_damaged_past_its_header_is_started_afresh(tmp_path):
    sources = copy_corpus(tmp_path / "sources")
    cache = tmp_path / "cache"
    count = len(list(sources.iterdir()))
    build(sources, tmp_path / "docs", cache_dir=cache)
    damaged = bytearray((cache / "documents.sqlite").read_bytes())
    for page in range(1, len(damaged) // 4096):
        damaged[page * 4096 : page * 4096 + 64] = b"\xff" * 64
    (cache / "documents.sqlite").write_bytes(bytes(damaged))
    assert build(sources, tmp_path / "docs-2", cache_dir=cache).problems == []
    again = build(sources, tmp_path / "docs-3", cache_dir=cache)
    assert (again.converted, again.reused) == (0, count)


def test_a_build_stopped_while_converting_keeps_what_it_converted(tmp_path, monkeypatch):
    sources = copy_corpus(tmp_path / "sources")
    cache = tmp_path / "cache"
    count = len(list(sources.iterdir()))
    calls = {"count": 0}
    real_convert = pipeline.convert_source

    def stopped_at_the_fifth(*arguments):
        calls["count"] += 1
        if calls["count"] == 5:
            raise KeyboardInterrupt
        return real_convert(*arguments)

    with monkeypatch.context() as patched:
        patched.setattr(pipeline, "convert_source", stopped_at_the_fifth)
        with pytest.raises(KeyboardInterrupt):
            build(sources, tmp_path / "docs", cache_dir=cache)
    again = build(sources, tmp_path / "docs", cache_dir=cache)
    assert (again.reused, again.converted) == (4, count - 4)


def test_a_build_goes_on_without_a_cache_another_build_holds(tmp_path, monkeypatch):
    sources = copy_corpus(tmp_path / "sources")
    cache = tmp_path / "cache"
    count = len(list(sources.iterdir()))
    build(sources, tmp_path / "docs", cache_dir=cache)
    monkeypatch.setattr(cache_module, "BUSY_SECONDS", 0.05)
    held = (cache / "documents.sqlite").stat().st_ino
    holder = sqlite3.connect(cache / "documents.sqlite")
    holder.execute("BEGIN EXCLUSIVE")
    try:
        report = build(sources, tmp_path / "other-docs", cache_dir=cache)
    finally:
        holder.rollback()
        holder.close()
    assert (report.converted, report.problems) == (count, [])
    assert page_of(tmp_path / "other-docs", "qn_thong_bao.txt").content
    # The other build's cache is left as it was.
    assert (cache / "documents.sqlite").stat().st_ino == held
    with contextlib.closing(sqlite3.connect(cache / "documents.sqlite")) as database:
        assert database.execute("SELECT count(*) FROM documents").fetchone() == (count,)


def test_a_run_keeps_only_its_own_converters_entries(tmp_path, monkeypatch):
    sources = copy_corpus(tmp_path / "sources")
    cache = tmp_path / "cache"
    count = len(list(sources.iterdir()))
    with monkeypatch.context() as patched:
        patched.setattr(cache_module, "converter_digest", lambda: "an earlier converter")
        build(sources, tmp_path / "docs", cache_dir=cache)
    report = build(sources, tmp_path / "other-docs", cache_dir=cache)
    assert report.converted == count
    with contextlib.closing(sqlite3.connect(cache / "documents.sqlite")) as database:
        kept = database.execute("SELECT converter, count(*) FROM documents GROUP BY converter").fetchall()
    assert kept == [(cache_module.converter_digest(), count)]


def test_the_cache_digest_covers_what_conversion_imports_and_not_the_writing():
    names = {path.name for path in conversion_files()}
    # convert.py and every stage it runs, the helpers they import (the case model imports
    # the gazetteer only inside a function), and the package's data.
    assert {"convert.py", "read.py", "layout.py", "metadata.py", "body.py", "citations.py",
            "casing.py", "gazetteer.py", "model.py", "gazetteer.json", "nested-divisions.json"} <= names
    assert not names & {"write.py", "pages.py", "catalogue.py", "corpus.py", "site.py",
                        "sitebuild.py", "pipeline.py", "cli.py"}


def test_the_cache_digest_follows_every_form_of_import(tmp_path):
    package = tmp_path / "vanban"
    (package / "data").mkdir(parents=True)
    (package / "data" / "lexicon.json").write_text("{}")
    modules = {
        "convert": (
            "from .layout import split\nfrom . import text\nimport vanban.read\n"
            "from . import (  # the stages (in order)\n    body,  # markup (see below)\n    model as m,\n)\n"
            "from . import errors, \\\n    folding\n"
            "import os; import vanban.issuers as issuers\n"
            "try: from .doctypes import TYPES\nexcept ImportError: pass\n"
        ),
        "layout": "def split():\n    from vanban import casing\n",
        "text": "", "read": "from vanban.orthography import x\n", "casing": "", "orthography": "",
        "body": "", "model": "", "errors": "", "folding": "", "issuers": "", "doctypes": "",
        "write": "from .layout import split\n", "site": "", "pages": "import vanban\n",
    }
    for name, source in modules.items():
        (package / f"{name}.py").write_text(source)
    assert [path.name for path in conversion_files(package, other_data=())] == [
        "body.py", "casing.py", "convert.py", "lexicon.json", "doctypes.py", "errors.py", "folding.py",
        "issuers.py", "layout.py", "model.py", "orthography.py", "read.py", "text.py",
    ]


def _imported_by_syntax_tree(source: str, package: str) -> set[str]:
    """The package's modules a module imports, as Python's own parser reads it."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.ImportFrom) and node.level == 1 and node.module:
            found.add(node.module.split(".")[0])
        elif isinstance(node, ast.ImportFrom) and (node.level == 1 or node.module == package):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module.startswith(f"{package}."):
                found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names if alias.name.startswith(f"{package}."))
    return found


def test_the_import_scan_reads_each_module_of_the_package_as_python_does():
    package = Path(cache_module.__file__).parent
    for path in sorted(package.glob("*.py")):
        source = path.read_text(encoding="utf-8")
        assert set(imported_modules(source, package.name)) == _imported_by_syntax_tree(source, package.name), path.name


def test_a_change_to_the_writing_keeps_the_conversions_but_makes_the_pages_again(tmp_path, monkeypatch):
    sources = copy_corpus(tmp_path / "sources")
    docs, cache = tmp_path / "docs", tmp_path / "cache"
    count = len(list(sources.iterdir()))
    build(sources, docs, cache_dir=cache)
    assert build(sources, docs, cache_dir=cache).corpus is None  # nothing to do
    # The writing code changed: the package's digest, not the converter's.
    monkeypatch.setattr("vanban.pipeline.package_digest", lambda: "another version")
    report = build(sources, docs, cache_dir=cache)
    assert report.corpus is not None
    assert (report.converted, report.reused) == (0, count)


# ---------------------------------------------------------------------------------------
# Reproducible builds


def test_two_builds_of_one_commit_are_byte_identical(tmp_path, monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")  # 2023-11-14, not today
    sources = source_paths() + sorted(FIXTURE_CORPUS.glob("*.txt"))
    (tmp_path / "one").mkdir()
    first = build_site(tmp_path / "one", sources)
    time.sleep(1.1)
    (tmp_path / "two").mkdir()
    second = build_site(tmp_path / "two", list(reversed(sources)))
    files_one = files_under(first)
    files_two = files_under(second)
    assert files_one.keys() == files_two.keys()
    assert [name for name in files_one if files_one[name] != files_two[name]] == []
    assert "<lastmod>2023-11-14</lastmod>" in (first / "sitemap.xml").read_text(encoding="utf-8")


def test_a_site_built_in_shards_is_the_site_built_in_one_process(tmp_path, monkeypatch):
    from vanban.sitebuild import build_and_swap

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    (tmp_path / "portal").mkdir()
    single = build_site(tmp_path / "portal", source_paths() + sorted(FIXTURE_CORPUS.glob("*.txt")))
    root = single.parent
    monkeypatch.setenv("PYTHONPATH", str(ROOT))
    build_and_swap(root / "mkdocs.yml", root / "one", workers=1)
    build_and_swap(root / "mkdocs.yml", root / "three", workers=3)
    one = files_under(root / "one")
    three = files_under(root / "three")
    assert one.keys() == three.keys()
    assert [name for name in one if one[name] != three[name]] == []
    assert len([name for name in one if name.parts[0] == "van-ban"]) == len(source_paths()) + len(
        list(FIXTURE_CORPUS.glob("*.txt"))
    )


# ---------------------------------------------------------------------------------------
# Versions with mike


def mike(root: Path, *args: str) -> None:
    bin_dir = str(Path(sys.executable).parent)
    env = {
        **os.environ,
        "PATH": bin_dir + os.pathsep + os.environ.get("PATH", ""),  # mike runs `mkdocs`
        "PORTAL_VERSION_PROVIDER": "mike",
        "NO_MKDOCS_2_WARNING": "1",
        "PYTHONPATH": str(ROOT),
    }
    completed = subprocess.run([str(Path(sys.executable).parent / "mike"), *args], cwd=root, env=env, capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr


def test_mike_keeps_versions_moves_latest_and_sets_the_default(tmp_path):
    root = tmp_path / "portal"
    root.mkdir()
    copy_site_inputs(root)
    sources = copy_corpus(root / "sources")
    build(sources, root / "docs")
    git(root, "init", "-q", "-b", "main")
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "Cổng văn bản")

    mike(root, "deploy", "--alias-type=redirect", "--update-aliases", "2026.10", "latest")
    mike(root, "set-default", "latest")
    mike(root, "deploy", "--alias-type=redirect", "--update-aliases", "2026.11", "latest")
    mike(root, "deploy", "dev")

    versions = json.loads(git(root, "show", "gh-pages:versions.json"))
    by_name = {entry["version"]: entry["aliases"] for entry in versions}
    assert by_name == {"2026.11": ["latest"], "2026.10": [], "dev": []}
    files = git(root, "ls-tree", "-r", "--name-only", "gh-pages").splitlines()
    for version in ("2026.10", "2026.11", "dev"):
        assert f"{version}/index.html" in files
        assert f"{version}/van-ban/thanh-uy-hai-phong/2024/1407-cv-tu/index.html" in files
    # "latest" leads to 2026.11, and the site's root to "latest".
    assert "2026.11" in git(root, "show", "gh-pages:latest/index.html")
    assert "latest" in git(root, "show", "gh-pages:index.html")
    # The version selector is on: the published pages read versions.json.
    page = git(root, "show", "gh-pages:2026.11/index.html")
    assert '"provider": "mike"' in page or '"provider":"mike"' in page
