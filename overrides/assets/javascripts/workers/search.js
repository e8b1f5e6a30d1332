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

  /* As vanban.searchindex.search_fold: lower case, no marks of any script, đ as d. */
  function fold(text) {
    return text
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .toLowerCase()
      .normalize("NFC");
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
   * and "ubnd"); Material's query syntax (+, -, *, quotes) falls away at the edges. A word
   * of one letter finds only itself, a longer one the words it begins too. */
  function queryWords(query, separator) {
    var words = [];
    // Composed before the edges are trimmed, so a word keeps a mark on its last letter.
    query.normalize("NFC").split(separator).forEach(function (piece) {
      var word = piece.replace(EDGES, "");
      if (!word) return;
      var folded = fold(word);
      words.push({ folded: folded, spelt: exact(word), begins: Array.from(folded).length >= KEY_LENGTH });
    });
    return words;
  }

  /* ---------------------------------------------------------------------------------
   * Marking the words found, in entries' values, which are HTML (escaped text, and the
   * hand-written pages' markup) */

  var ENTITIES = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
  // A piece between separators: what leads the word, the word, what trails it.
  var EDGE = "(?:&[#\\w]+;|[^\\p{L}\\p{N}])*";
  var PIECE = new RegExp("^(" + EDGE + ")(.*?)(" + EDGE + ")$", "su");

  function decode(text) {
    return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, function (entity, name) {
      if (name[0] === "#") {
        var code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
      }
      return own(ENTITIES, name) || entity;
    });
  }

  /* An object's own value for a key: a word typed may be "constructor" or "__proto__". */
  function own(object, key) {
    return object && Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
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
      if (folded === typed || (words[i].begins && folded.lastIndexOf(typed, 0) === 0)) return true;
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
    var fetchedFiles = new Map();
    var separator = new RegExp(data.config.separator);
    var splitter = new RegExp("(" + data.config.separator + ")");
    var docs = null;
    // A page's entry, by its address, for the results of its sections.
    var articles = new Map();

    function fetchOnce(path) {
      if (!fetchedFiles.has(path)) {
        fetchedFiles.set(
          path,
          Promise.resolve(load(path)).catch(function (error) {
            fetchedFiles.delete(path); // fetched again by the next query
            throw error;
          })
        );
      }
      return fetchedFiles.get(path);
    }

    function termFile(key) {
      var path = own(manifest, key);
      return path ? fetchOnce(path) : Promise.resolve({});
    }

    function entries() {
      if (docs) return Promise.resolve(docs);
      var found = data.config.entries ? fetchOnce(data.config.entries) : Promise.resolve(data.docs);
      return found.then(function (loaded) {
        if (!docs) {
          docs = loaded;
          docs.forEach(function (doc, number) {
            if (doc.location.indexOf("#") === -1 && !articles.has(doc.location)) {
              articles.set(doc.location, number);
            }
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
      var loaded = new Map();
      words.forEach(function (word) {
        loaded.set(termKey(word.folded), null);
      });
      var fetched = Array.from(loaded.keys()).map(function (key) {
        return termFile(key).then(function (file) {
          loaded.set(key, file);
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
        var file = loaded.get(termKey(word.folded));
        var folded = own(file, "words") || {};
        if (word.begins) {
          Object.keys(folded).forEach(function (term) {
            if (term.lastIndexOf(word.folded, 0) === 0) {
              add(folded[term], term === word.folded ? BEGINS + WHOLE_WORD : BEGINS, w);
            }
          });
        } else {
          add(own(folded, word.folded), BEGINS + WHOLE_WORD, w);
        }
        if (word.spelt !== word.folded) add(own(own(file, "spelt"), word.spelt), EXACT_SPELLING, w);
        if (w > 0) {
          // A pair is filed under the word typed before.
          var previous = words[w - 1].folded;
          add(own(own(loaded.get(termKey(previous)), "pairs"), previous + PAIR_JOINER + word.folded), PAIR, w);
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
        if (!hasArticle && articles.has(path)) {
          items.push(Object.assign({}, docs[articles.get(path)], { score: 0, terms: {} }));
        }
      });
      return { items: Array.from(groups.values()) };
    }

    function item(doc, score, found, words, marked) {
      var terms = Object.create(null);
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
    var searchFolder = new URL("../../../search/", root.location.href);
    var indexFolder = new URL("index/", searchFolder);

    var fetchJSON = function (url) {
      return fetch(url).then(function (response) {
        if (!response.ok) {
          var error = new Error(response.status + " " + response.url);
          error.missing = response.status === 404;
          throw error;
        }
        return response.json();
      });
    };
    var loadIndexFile = function (path) {
      return fetchJSON(new URL(path, indexFolder));
    };

    /* A file of the index gone missing means the site was published again while this
     * page was open, with files of other names: the new config names them. */
    var searchAgain = function (query, isStale) {
      return fetchJSON(new URL("search_index.json", searchFolder)).then(function (index) {
        active = createSearch(index, loadIndexFile);
        return active.search(query, isStale);
      });
    };

    var answer = function (ticket, result) {
      if (ticket !== latest) return;
      try {
        root.postMessage({ type: RESULT, data: result });
      } catch (error) {
        console.warn("search: " + error);
        root.postMessage({ type: RESULT, data: { items: [] } });
      }
    };

    root.addEventListener("message", function (event) {
      var message = event.data;
      if (message.type === SETUP) {
        active = createSearch(message.data, loadIndexFile);
        root.postMessage({ type: READY });
      } else if (message.type === QUERY && active) {
        // Queries come a key at a time; only the latest one is answered.
        var ticket = ++latest;
        var isStale = function () {
          return ticket !== latest;
        };
        active
          .search(message.data, isStale)
          .catch(function (error) {
            if (error && error.missing) return searchAgain(message.data, isStale);
            throw error;
          })
          .then(
            function (result) {
              if (result) answer(ticket, result);
            },
            function (error) {
              console.warn("search: " + error);
              answer(ticket, { items: [] });
            }
          );
      }
    });
  }

  if (typeof module !== "undefined" && module.exports) {
    module.exports = { fold: fold, createSearch: createSearch };
  }
})(typeof self !== "undefined" ? self : this);
