"""The static search index (vanban.searchindex) and the portal's search worker that reads it
(overrides/assets/javascripts/workers/search.js), run in Node on indexes built here."""

from __future__ import annotations

import json
import re
import subprocess
import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vanban.searchindex import (
    INDEX_DIR,
    PAIR_JOINER,
    entry_terms,
    search_fold,
    term_files,
    term_key,
    term_weights,
    words,
    write_static_index,
)
from vanban.site import SEARCH_FIELDS, SEARCH_SEPARATOR
from vanban.text import fold

from .conftest import ROOT

SEARCH_WORKER = ROOT / "overrides/assets/javascripts/workers/search.js"
SEPARATOR = re.compile(SEARCH_SEPARATOR)
CONFIG = {"separator": SEARCH_SEPARATOR, "fields": SEARCH_FIELDS}


def entry(location: str, title: str, text: str = "", tags: list[str] | None = None) -> dict:
    found = {"location": location, "title": title, "text": text}
    if tags is not None:
        found["tags"] = tags
    return found


def decoded(postings: list[int]) -> dict[int, int]:
    weights, number = {}, 0
    for position in range(0, len(postings), 2):
        number += postings[position]
        weights[number] = postings[position + 1]
    return weights


# ---------------------------------------------------------------------------------------
# Terms and weights


def test_words_are_read_from_the_text_not_the_markup():
    assert words("<p>Số &quot;124/KH-UBND&quot; của <em>Hải Phòng</em></p>", SEPARATOR) == [
        "số", "124", "kh", "ubnd", "của", "hải", "phòng",
    ]


def test_a_field_is_indexed_folded_as_spelt_and_in_pairs_within_each_value():
    counts = entry_terms(["Đông Hà", "Quảng Trị"], SEPARATOR)
    assert counts == {
        "dong": 1, "đông": 1, "ha": 1, "hà": 1, "dong" + PAIR_JOINER + "ha": 1,
        "quang": 1, "quảng": 1, "tri": 1, "trị": 1, "quang" + PAIR_JOINER + "tri": 1,
    }  # no pair "ha quang": the two tags are not one phrase


def test_a_word_without_marks_is_indexed_once():
    assert entry_terms(["ubnd 2022"], SEPARATOR) == {"ubnd": 1, "2022": 1, "ubnd" + PAIR_JOINER + "2022": 1}


def test_titles_and_tags_outweigh_the_text_and_rare_words_outweigh_common_ones():
    docs = [
        entry("a/", "Chỉ thị về thuế", "cải cách"),
        entry("b/", "Chỉ thị về cải cách", "thuế"),
        entry("c/", "Chỉ thị về đất đai", tags=["Cải cách"]),
    ]
    weights = term_weights(docs, CONFIG)
    assert weights["cai"][1] > 100 * weights["cai"][0]
    assert weights["cai"][2] == weights["cai"][1]
    assert weights["thue"][0] > weights["chi"][0]  # in two entries against all three


def test_each_term_is_filed_under_its_first_two_letters_folded_with_its_weights():
    docs = [entry("a/", "Đông Hà"), entry("b/", "Ủy ban nhân dân Đông Hà"), entry("c/", "Hà Nội")]
    weights = term_weights(docs, CONFIG)
    manifest, files = term_files(weights)
    found = {}
    for key, name in manifest.items():
        content = json.loads(files[name])
        assert set(content) <= {"words", "spelt", "pairs"}
        for kind, terms in content.items():
            for term, postings in terms.items():
                first_word = term.split(PAIR_JOINER)[0]
                assert key == search_fold(first_word)[:2]
                found[term] = decoded(postings)
                kinds = ("pairs" if PAIR_JOINER in term else "words" if search_fold(term) == term else "spelt")
                assert kind == kinds
    assert found == weights
    # A pair is filed under its first word, which the worker has fetched for that word.
    assert term_key("a" + PAIR_JOINER + "khoản") == "a"
    assert term_key("Đông" + PAIR_JOINER + "Hà") == "do"


def test_a_files_name_changes_with_its_content_and_a_build_is_repeatable():
    first = term_files(term_weights([entry("a/", "Đông Hà")], CONFIG))
    assert term_files(term_weights([entry("a/", "Đông Hà")], CONFIG)) == first
    second = term_files(term_weights([entry("a/", "Đông Hà"), entry("b/", "Đông Triều")], CONFIG))
    assert first[0]["do"] != second[0]["do"]


def test_file_names_are_ascii_whatever_the_letters():
    manifest, files = term_files(term_weights([entry("a/", "Ωμέγα 北京 ñu")], CONFIG))
    assert all(re.fullmatch(r"[a-z0-9_]+\.[0-9a-f]{10}\.json", name) for name in files)
    assert set(manifest.values()) == set(files)


def test_the_entries_leave_the_index_for_a_file_of_their_own_and_an_earlier_build_goes(tmp_path):
    folder = tmp_path / INDEX_DIR
    (folder / "terms").mkdir(parents=True)
    (folder / "terms" / "stale.0000000000.json").write_text("{}")
    (folder / "entries.0000000000.json").write_text("[]")
    docs = [entry("a/", "Đông Hà")]
    index = {"config": dict(CONFIG), "docs": list(docs)}
    write_static_index(tmp_path, index)
    assert index["docs"] == []
    config = index["config"]
    assert json.loads((folder / config["entries"]).read_text(encoding="utf-8")) == docs
    written = sorted(path.relative_to(folder).as_posix() for path in folder.rglob("*.json"))
    assert written == sorted([config["entries"], *config["terms"].values()])


# ---------------------------------------------------------------------------------------
# The worker, in Node, on an index built here


def run_in_node(folder, index: dict, program: str, **inputs) -> object:
    """Run ``program`` in Node with ``search``, the worker's search over the static index
    written under ``folder``, and ``input`` (``inputs``); it writes its answer as JSON."""
    script = (
        f"const {{createSearch}} = require({json.dumps(str(SEARCH_WORKER))});"
        "const fs = require('fs');"
        "const input = JSON.parse(fs.readFileSync(0, 'utf8'));"
        "const loaded = [];"
        "const search = createSearch(input.index, path => {"
        "  loaded.push(path); return JSON.parse(fs.readFileSync(input.folder + '/' + path, 'utf8')); });"
        f"(async () => {{ process.stdout.write(JSON.stringify(await (async () => {{ {program} }})())); }})();"
    )
    payload = {"index": index, "folder": str(folder / INDEX_DIR), **inputs}
    completed = subprocess.run(
        ["node", "-e", script], input=json.dumps(payload), capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


def run_worker(folder, docs: list[dict], queries: list[str]) -> list[dict]:
    """Each query's result, as the worker posts it to Material's search box, with the files
    it fetched for it."""
    index = {"config": dict(CONFIG), "docs": docs}
    write_static_index(folder, index)
    results = run_in_node(
        folder, index,
        "const results = [];"
        "for (const query of input.queries) { loaded.length = 0;"
        "  results.push({...await search.search(query), loaded: [...loaded]}); }"
        "return results;",
        queries=queries,
    )
    terms = index["config"]["terms"]
    for result in results:
        result["keys"] = {key for key, path in terms.items() if path in result["loaded"]}
        result["entries"] = index["config"]["entries"] in result["loaded"]
    return results


def locations(result: dict) -> list[str]:
    return [group[0]["location"] for group in result["items"]]


CORPUS = [
    entry("javascript/", "Constructor, valueOf và hasOwnProperty"),
    entry("khoan-a/", "Phụ lục a khoản 2"),
    entry("khoan/", "Khoản a"),
    entry("quang-tri/", "Chỉ thị 27-CT/TU về cải cách hành chính", tags=["Đông Hà, 11/12/2014"]),
    entry("hanh-dong/", "Chương trình hành động về cải cách", "Ban hành động lực"),
    entry("hoa-1/", "Kế hoạch tự chuyển hóa"),
    entry("hoa-2/", "Kế hoạch chống tự chuyển hoá"),
    entry("hai-phong-2022/", "Kế hoạch 124/KH-UBND", tags=["Hải Phòng, 20/05/2022", "Ủy ban nhân dân thành phố Hải Phòng"]),
    entry("hai-phong-2023/", "Kế hoạch 125/KH-UBND", tags=["Hải Phòng, 20/05/2023", "Ủy ban nhân dân thành phố Hải Phòng"]),
    entry("ha-noi-2022/", "Kế hoạch 7/KH-UBND", tags=["Hà Nội, 02/01/2022", "Ủy ban nhân dân thành phố Hà Nội"]),
    entry("gioi-thieu/", "Giới thiệu", "<p>Cổng văn bản.</p>"),
    entry("gioi-thieu/#tim-kiem", "Tìm kiếm", "<p>Gõ không dấu: dong ha.</p>"),
    entry("unsafe/", "&lt;img src=x onerror=alert(1)&gt; về &quot;an toàn&quot;"),
]


@pytest.fixture(scope="module")
def answers(tmp_path_factory) -> dict[str, dict]:
    queries = ["", "dong ha", "Đông Hà", "hoá", "hóa", "hai phong 2022", "27-CT/TU", "cai cach",
               "xyzxyz", "d", "dong", "tim kiem", "img", "an toan", "  +-*  ", "a khoan",
               unicodedata.normalize("NFD", "hoá"), "constructor", "valueOf", "hasOwnProperty"]
    return dict(zip(queries, run_worker(tmp_path_factory.mktemp("search"), CORPUS, queries)))


def test_a_query_fetches_only_the_files_of_its_words_each_once(answers):
    assert answers[""]["loaded"] == [] and answers[""]["items"] == []
    assert answers["dong ha"]["keys"] == {"do", "ha"} and answers["dong ha"]["entries"]
    assert answers["Đông Hà"]["loaded"] == []
    assert answers["hai phong 2022"]["keys"] == {"ph", "20"}
    assert not answers["hai phong 2022"]["entries"]
    assert answers["  +-*  "]["items"] == []


def test_words_typed_without_marks_find_the_pair_before_the_syllables_elsewhere(answers):
    assert locations(answers["dong ha"])[0] == "quang-tri/"
    assert "hanh-dong/" in locations(answers["dong ha"])  # "động", "hành": found, below
    assert locations(answers["Đông Hà"])[0] == "quang-tri/"


@pytest.mark.parametrize("typed, first", [("hoá", "hoa-2/"), ("hóa", "hoa-1/")])
def test_a_word_typed_with_marks_ranks_its_own_spelling_first(answers, typed, first):
    found = locations(answers[typed])
    assert found[0] == first and set(found[:2]) == {"hoa-1/", "hoa-2/"}


def test_an_entry_with_every_word_typed_ranks_first(answers):
    assert locations(answers["hai phong 2022"])[:1] == ["hai-phong-2022/"]
    assert set(locations(answers["hai phong 2022"])) >= {"hai-phong-2023/", "ha-noi-2022/"}


def test_a_number_is_found_by_its_parts_and_each_part_is_marked_once(answers):
    first = answers["27-CT/TU"]["items"][0][0]
    assert first["location"] == "quang-tri/"
    assert re.findall(r"<mark>(.*?)</mark>", first["title"]) == ["27", "CT", "TU"]
    assert first["terms"] == {"27": True, "ct": True, "tu": True}


def test_words_next_to_each_other_are_marked_as_one(answers):
    first = answers["cai cach"]["items"][0][0]
    assert "<mark>cải cách</mark>" in first["title"]


def test_one_letter_finds_only_that_word_and_longer_words_find_what_they_begin(answers):
    assert answers["d"]["items"] == []
    assert set(locations(answers["dong"])) >= {"quang-tri/", "hanh-dong/"}


def test_nothing_is_found_for_words_no_entry_has(answers):
    assert answers["xyzxyz"]["items"] == []


def test_a_section_is_shown_under_its_page(answers):
    group = next(g for g in answers["tim kiem"]["items"] if g[0]["location"].startswith("gioi-thieu/"))
    assert [item["location"] for item in group] == ["gioi-thieu/#tim-kiem", "gioi-thieu/"]
    assert group[1]["score"] == 0


def test_marking_never_turns_escaped_source_text_into_markup(answers):
    for query in ("img", "an toan"):
        title = answers[query]["items"][0][0]["title"]
        assert "<img" not in title and re.sub(r"</?mark>", "", title) == CORPUS[-1]["title"]
    assert "&lt;<mark>img</mark>" in answers["img"]["items"][0][0]["title"]
    assert "&quot;<mark>an toàn</mark>&quot;" in answers["an toan"]["items"][0][0]["title"]


def test_a_pair_starting_with_a_one_letter_word_counts(answers):
    assert locations(answers["a khoan"])[0] == "khoan-a/"


def test_a_query_typed_in_decomposed_letters_is_the_same_query(answers):
    assert answers[unicodedata.normalize("NFD", "hoá")]["items"] == answers["hoá"]["items"]


@pytest.mark.parametrize("query", ["constructor", "valueOf", "hasOwnProperty"])
def test_words_that_name_javascripts_own_properties_are_words_like_any(answers, query):
    found = answers[query]["items"]
    assert [group[0]["location"] for group in found] == ["javascript/"]
    assert found[0][0]["terms"] == {search_fold(query): True}


def test_a_word_missing_from_a_result_is_reported(answers):
    third = next(g[0] for g in answers["hai phong 2022"]["items"] if g[0]["location"] == "hai-phong-2023/")
    assert third["terms"] == {"hai": True, "phong": True, "2022": False}


def test_a_query_overtaken_by_a_newer_one_is_not_ranked(tmp_path):
    index = {"config": dict(CONFIG), "docs": list(CORPUS)}
    write_static_index(tmp_path, index)
    stale, found = run_in_node(
        tmp_path, index,
        "return [await search.search('dong ha', () => true),"
        " (await search.search('dong ha', () => false)).items.length];",
    )
    assert stale is None and found > 0


# ---------------------------------------------------------------------------------------
# One folding on both sides: the pipeline's on Vietnamese, the index's on any text (a
# word's file is named by it)


def js_fold(texts: list[str]) -> list[str]:
    script = (
        f"const {{fold}} = require({json.dumps(str(SEARCH_WORKER))});"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "process.stdout.write(JSON.stringify(input.map(fold)));"
    )
    completed = subprocess.run(
        ["node", "-e", script], input=json.dumps(texts), capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
WORDS = st.text(alphabet=VIETNAMESE + VIETNAMESE.upper() + "0123456789/-.", min_size=1, max_size=12)


@settings(max_examples=40, deadline=None)
@given(st.lists(WORDS, min_size=1, max_size=30))
def test_the_browsers_folding_is_the_pipelines_on_vietnamese(words):
    assert js_fold(words) == [fold(word) for word in words] == [search_fold(word) for word in words]


# Characters this Python's Unicode tables assign: a newer engine's tables may give a
# case to a letter added since (Beria Erfe, Unicode 16), which this one cannot fold.
ASSIGNED = st.characters(exclude_categories=("Cn", "Cs"))


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(ASSIGNED, min_size=1, max_size=12), min_size=1, max_size=30))
def test_the_browsers_folding_is_the_indexs_on_any_text(texts):
    assert js_fold(texts) == [search_fold(text) for text in texts]


@pytest.mark.parametrize(
    "typed, folded",
    [("Cải cách hành chính", "cai cach hanh chinh"), ("ĐÔNG HÀ", "dong ha"), ("hoá", "hoa"),
     ("hóa", "hoa"), ("Uỷ", "uy"), ("thuỷ", "thuy"), ("124/KH-UBND", "124/kh-ubnd")],
)
def test_folding_examples(typed, folded):
    assert js_fold([typed]) == [fold(typed)] == [folded]


@pytest.mark.parametrize("text", ["µg/m³", "Straße", "ΛΌΓΟΣ", "한국", "ﬁ"])
def test_folding_examples_beyond_vietnamese(text):
    assert js_fold([text]) == [search_fold(text)]


def test_nfd_text_folds_like_nfc():
    text = "Cải cách hành chính Đông Hà thuỷ"
    assert js_fold([unicodedata.normalize("NFD", text)]) == js_fold([text])


# ---------------------------------------------------------------------------------------
# The worker's messages, in Node with a worker's globals


WORKER_HARNESS = """
const fs = require('fs');
const input = JSON.parse(fs.readFileSync(0, 'utf8'));
const posted = [];
let listener = null;
let fail = new Set(input.fail || []);
globalThis.importScripts = () => {};
globalThis.self = globalThis;
self.location = {href: 'http://portal.test/assets/javascripts/workers/search.js'};
self.addEventListener = (type, handler) => { listener = handler; };
self.postMessage = message => posted.push(JSON.parse(JSON.stringify(message)));
globalThis.fetch = async url => {
  const path = new URL(url).pathname.replace(/^\\/search\\//, '');
  if (fail.has(path) || !(path in input.files)) return {ok: false, status: 404, url: String(url)};
  return {ok: true, json: async () => JSON.parse(input.files[path])};
};
console.warn = () => {};
require(input.worker);
const settle = () => new Promise(resolve => setTimeout(resolve, 20));
(async () => {
  listener({data: {type: 0, data: input.setup}});
  for (const step of input.steps) {
    if (step.files) { input.files = step.files; fail = new Set(); }
    if (step.heal) fail = new Set();
    for (const query of step.queries) listener({data: {type: 2, data: query}});
    await settle();
  }
  process.stdout.write(JSON.stringify(posted));
})();
"""


def run_worker_messages(tmp_path, builds: list[list[dict]], steps: list[dict], fail=()) -> list[dict]:
    """What the worker posts for each step's queries (typed one after the other), with
    the site as it was first built, or built again (``steps[i]["build"]``)."""
    sites = []
    for number, docs in enumerate(builds):
        folder = tmp_path / str(number)
        index = {"config": dict(CONFIG), "docs": list(docs)}
        write_static_index(folder, index)
        files = {
            path.relative_to(folder / "search").as_posix(): path.read_text(encoding="utf-8")
            for path in (folder / INDEX_DIR).rglob("*.json")
        }
        files["search_index.json"] = json.dumps(index)
        sites.append((index, files))
    for step in steps:
        if "build" in step:
            step["files"] = sites[step.pop("build")][1]
    payload = {"worker": str(SEARCH_WORKER), "setup": sites[0][0], "files": sites[0][1],
               "steps": steps, "fail": list(fail)}
    completed = subprocess.run(
        ["node", "-e", WORKER_HARNESS], input=json.dumps(payload), capture_output=True, text=True, check=True
    )
    return json.loads(completed.stdout)


def test_the_worker_answers_the_last_of_quickly_typed_queries_only(tmp_path):
    posted = run_worker_messages(tmp_path, [CORPUS], [{"queries": ["d", "do", "don", "dong", "dong ", "dong h", "dong ha"]}])
    assert posted[0] == {"type": 1}  # ready
    answers = posted[1:]
    assert len(answers) == 1 and answers[0]["type"] == 3
    assert answers[0]["data"]["items"][0][0]["location"] == "quang-tri/"


def test_a_failed_download_gives_no_result_and_the_next_query_tries_again(tmp_path):
    first = sorted(CORPUS, key=lambda doc: doc["location"])
    index = {"config": dict(CONFIG), "docs": list(first)}
    write_static_index(tmp_path / "probe", index)
    entries = "index/" + index["config"]["entries"]
    posted = run_worker_messages(
        tmp_path, [first], [{"queries": ["dong ha"]}, {"heal": True, "queries": ["dong ha"]}], fail=[entries]
    )
    assert [message["data"]["items"] == [] for message in posted[1:]] == [True, False]


def test_a_site_published_again_while_the_page_is_open_is_searched_as_it_is_now(tmp_path):
    # The files fetched before stay consistent with each other; a file of the old names
    # that is gone tells the worker to read the new config.
    after = [entry("moi/", "Chỉ thị về đổi mới", tags=["Đông Hà, 01/01/2026"]), *CORPUS]
    posted = run_worker_messages(
        tmp_path, [CORPUS, after], [{"queries": ["hai phong"]}, {"build": 1, "queries": ["doi moi"]}]
    )
    assert posted[1]["data"]["items"][0][0]["location"] == "hai-phong-2022/"
    assert posted[2]["data"]["items"][0][0]["location"] == "moi/"
