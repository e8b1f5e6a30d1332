/*
 * The portal's search worker, in place of Material's (overrides/main.html points Material's
 * search box at it). It speaks Material's messages: SETUP brings the index's config and
 * entries, each QUERY a query as typed, and each answer is a RESULT of entries grouped by
 * page, best first, which Material shows as it shows its own.
 *
 * Nothing is indexed here: vanban/searchindex.py weighed every term of every entry at site
 * build time and wrote the terms into files named by their first two letters (folded),
 * listed in config.terms, and the entries into one file, config.entries. A query fetches
 * the files of the words typed, once each, and adds up their weights; the entries are
 * fetched with the first query.
 *
 * One folding, the pipeline's (vanban.text.fold, which the tests check this against):
 * case, tone and vowel marks, đ/d and old or new tone placement never matter, so
 * "cai cach" finds "cải cách", "dong ha" finds "Đông Hà" and "hoá" finds "hóa".
 */
(function (root) {
  "use strict";

  var SETUP = 0;
  var READY = 1;
  var QUERY = 2;
  var RESULT = 3;

  // As vanban/searchindex.py writes the files.
  var KEY_LENGTH = 2;
  var PAIR_JOINER = " ";

  // Each word typed finds the words it begins ("dong" finds "động" too), the word itself
  // more, its exact spelling when typed with marks more again, and the pair it makes with
  // the word typed before it most ("dong ha" finds Đông Hà before "hành động").
  var BEGINS = 1;
  var WHOLE_WORD = 30;
  var EXACT_SPELLING = 60;
  var PAIR = 100;

  // Material shows ten results, then four more at a time as the reader scrolls; a word as
  // common as "ha" is in thousands of entries, and marking them all would cost more than
  // the search. Results past these are shown unmarked.
  var MARKED_RESULTS = 100;

  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/[\u0300-\u036f]/g, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase();
  }

  /* The exact spelling, lower case and composed. */
  function exact(text) {
    return text.normalize("NFC").toLowerCase();
  }

  /* A word's edges lose everything but letters and digits, as the index's words did. */
  var EDGES = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

  function termKey(folded) {
    return Array.from(folded).slice(0, KEY_LENGTH).join("");
  }

  /* The words of a query, split where the index splits them ("124/KH-UBND" is "124", "kh"
   * and "ubnd"); Material's query syntax (+, -, *, quotes) falls away at the edges. */
  function queryWords(query, separator) {
    var words = [];
    query.split(separator).forEach(function (piece) {
      var word = piece.replace(EDGES, "");
      if (word) words.push({ folded: fold(word), spelt: exact(word) });
    });
    return words;
  }

  /* ---------------------------------------------------------------------------------
   * Marking the words found, in entries' values, which are HTML (escaped text, and the
   * hand-written pages' markup) */

  var ENTITIES = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#x27;": "'", "&#39;": "'" };
  // A piece between separators: what leads the word, the word, what trails it.
  var EDGE = "(?:&[#\\w]+;|[^\\p{L}\\p{N}])*";
  var PIECE = new RegExp("^(" + EDGE + ")(.*?)(" + EDGE + ")$", "su");

  function decode(text) {
    return text.replace(/&[#\w]+;/g, function (entity) {
      return ENTITIES[entity] || entity;
    });
  }

  // Words recur across entries (issuers, places, types); each is folded once.
  var foldedWords = new Map();

  function isFound(word, words) {
    var folded = foldedWords.get(word);
    if (folded === undefined) {
      folded = fold(decode(word));
      foldedWords.set(word, folded);
    }
    for (var i = 0; i < words.length; i++) {
      var typed = words[i].folded;
      if (folded === typed) return true;
      if (Array.from(typed).length >= KEY_LENGTH && folded.lastIndexOf(typed, 0) === 0) return true;
    }
    return false;
  }

  /* The value with each word that a typed word finds marked, as Material marks them. */
  function mark(value, words, splitter) {
    return value
      .split(/(<[^>]*>)/)
      .map(function (part, p) {
        if (p % 2) return part; // markup
        return part
          .split(splitter)
          .map(function (piece, k) {
            if (k % 2) return piece; // a separator
            var parts = PIECE.exec(piece);
            if (!parts[2] || !isFound(parts[2], words)) return piece;
            return parts[1] + "<mark>" + parts[2] + "</mark>" + parts[3];
          })
          .join("");
      })
      .join("")
      .replace(/<\/mark>(\s+)<mark>/g, "$1");
  }

  /* ---------------------------------------------------------------------------------
   * The search */

  /**
   * A search over the static index whose config (``data`` as Material's SETUP message
   * brings it) names the files; ``load(path)`` fetches one, by its path under
   * search/index/, resolving with it parsed. The entries come with the first query: a page
   * that is only read never fetches them.
   */
  function createSearch(data, load) {
    var manifest = data.config.terms || {};
    var separator = new RegExp(data.config.separator);
    var splitter = new RegExp("(" + data.config.separator + ")");
    var files = {};
    var docs = null;
    // A page's entry, by its address, for the results of its sections.
    var articles = {};

    function fetchOnce(key, path) {
      if (!(key in files)) {
        files[key] = Promise.resolve(load(path)).catch(function (error) {
          delete files[key]; // fetched again by the next query
          throw error;
        });
      }
      return files[key];
    }

    function termFile(key) {
      return key in manifest ? fetchOnce("terms:" + key, manifest[key]) : Promise.resolve({});
    }

    function entries() {
      if (docs) return Promise.resolve(docs);
      var found = data.config.entries ? fetchOnce("entries", data.config.entries) : Promise.resolve(data.docs);
      return found.then(function (loaded) {
        if (!docs) {
          docs = loaded;
          docs.forEach(function (doc, number) {
            var path = doc.location.split("#")[0];
            if (!(path in articles)) articles[path] = number;
          });
        }
        return docs;
      });
    }

    /* The result of a query, or null when ``isStale()`` says, once the files are in, that
     * a newer query has come: typed fast, a query's words arrive a key at a time, and only
     * the last one is worth ranking. */
    function search(query, isStale) {
      var words = queryWords(query, separator);
      if (!words.length) return Promise.resolve({ items: [] });
      var keys = {};
      words.forEach(function (word) {
        keys[termKey(word.folded)] = true;
      });
      var loaded = {};
      var fetched = Object.keys(keys).map(function (key) {
        return termFile(key).then(function (file) {
          loaded[key] = file;
        });
      });
      return Promise.all(fetched.concat([entries()])).then(function () {
        return isStale && isStale() ? null : rank(words, loaded);
      });
    }

    function rank(words, loaded) {
      var hits = new Map();

      function add(postings, boost, word) {
        if (!postings) return;
        for (var i = 0, number = 0; i < postings.length; i += 2) {
          number += postings[i];
          var hit = hits.get(number);
          if (!hit) hits.set(number, (hit = { score: 0, found: {} }));
          hit.score += boost * postings[i + 1];
          hit.found[word] = true;
        }
      }

      words.forEach(function (word, w) {
        var file = loaded[termKey(word.folded)];
        var folded = file.words || {};
        if (Array.from(word.folded).length >= KEY_LENGTH) {
          for (var term in folded) {
            if (term.lastIndexOf(word.folded, 0) === 0) {
              add(folded[term], term === word.folded ? BEGINS + WHOLE_WORD : BEGINS, w);
            }
          }
        } else {
          add(folded[word.folded], BEGINS + WHOLE_WORD, w);
        }
        if (word.spelt !== word.folded) add((file.spelt || {})[word.spelt], EXACT_SPELLING, w);
        if (w > 0) {
          var previous = words[w - 1].folded;
          var pairs = loaded[termKey(previous)].pairs || {};
          add(pairs[previous + PAIR_JOINER + word.folded], PAIR, w);
        }
      });

      // Material's own reranking: an entry that has every word typed counts most, and a
      // page's entry more than one of its sections.
      var ranked = [];
      hits.forEach(function (hit, number) {
        var doc = docs[number];
        var found = Object.keys(hit.found).length;
        var boost = (doc.location.indexOf("#") === -1 ? 1 : 0) + found / words.length;
        ranked.push({ number: number, score: hit.score * (1 + boost * boost), found: hit.found });
      });
      ranked.sort(function (a, b) {
        return b.score - a.score || a.number - b.number;
      });

      var groups = new Map();
      ranked.forEach(function (hit) {
        var doc = docs[hit.number];
        var path = doc.location.split("#")[0];
        if (!groups.has(path)) groups.set(path, []);
        var marked = groups.size <= MARKED_RESULTS;
        groups.get(path).push(item(doc, hit.score, hit.found, words, marked));
      });
      groups.forEach(function (items, path) {
        var hasArticle = items.some(function (it) {
          return it.location === path;
        });
        if (!hasArticle && path in articles) {
          items.push(Object.assign({}, docs[articles[path]], { score: 0, terms: {} }));
        }
      });
      return { items: Array.from(groups.values()) };
    }

    function item(doc, score, found, words, marked) {
      var terms = {};
      words.forEach(function (word, w) {
        terms[word.folded] = terms[word.folded] || w in found;
      });
      var result = Object.assign({}, doc, { score: score, terms: terms });
      if (marked) {
        result.title = mark(doc.title, words, splitter);
        result.text = mark(doc.text, words, splitter);
        if (doc.tags) {
          result.tags = doc.tags.map(function (tag) {
            return mark(tag, words, splitter);
          });
        }
      }
      return result;
    }

    return { search: search };
  }

  /* ---------------------------------------------------------------------------------
   * The worker */

  if (typeof importScripts === "function") {
    var active = null;
    var latest = 0;
    var indexFolder = new URL("../../../search/index/", root.location.href);
    var fetchJSON = function (path) {
      return fetch(new URL(path, indexFolder)).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url);
        return response.json();
      });
    };
    root.addEventListener("message", function (event) {
      var message = event.data;
      if (message.type === SETUP) {
        active = createSearch(message.data, fetchJSON);
        root.postMessage({ type: READY });
      } else if (message.type === QUERY && active) {
        // Queries come a key at a time; only the latest one is answered.
        var ticket = ++latest;
        var isStale = function () {
          return ticket !== latest;
        };
        active.search(message.data, isStale).then(
          function (result) {
            if (result && !isStale()) root.postMessage({ type: RESULT, data: result });
          },
          function (error) {
            console.warn("search: " + error);
            if (ticket === latest) root.postMessage({ type: RESULT, data: { items: [] } });
          }
        );
      }
    });
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { fold: fold, createSearch: createSearch };
  }
})(typeof self !== "undefined" ? self : this);
