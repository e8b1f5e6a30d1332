/* The portal's script: the catalogue's filters, and the search entries' download started
 * when the search opens. Every page works without it: the catalogue then shows its whole
 * table, and the search worker fetches what it needs itself. */

/* Case, diacritics, đ and tone placement never matter when filtering. */
function foldText(text) {
  return (text || "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function setUpCatalogue(root) {
  var table = root.querySelector("table");
  var rows = Array.prototype.slice.call(table.tBodies[0].rows);
  var url = new URL(root.dataset.catalogue, document.baseURI);
  fetch(url)
    .then(function (response) { return response.json(); })
    .then(function (data) {
      var documents = data.documents;
      if (documents.length !== rows.length) return;
      var fields = [
        { key: "issuer", label: "Cơ quan ban hành" },
        { key: "doc_type", label: "Loại văn bản" },
        { key: "year", label: "Năm" },
        { key: "signer", label: "Người ký" },
      ];
      documents.forEach(function (entry) { entry.year = (entry.date || "").slice(0, 4); });
      var form = document.createElement("form");
      form.className = "tra-cuu__loc";
      form.setAttribute("role", "search");
      form.addEventListener("submit", function (event) { event.preventDefault(); });
      var controls = {};
      fields.forEach(function (field) {
        var values = Array.from(new Set(documents.map(function (d) { return d[field.key]; })))
          .filter(Boolean)
          .sort(function (a, b) { return field.key === "year" ? b.localeCompare(a) : a.localeCompare(b, "vi"); });
        var label = document.createElement("label");
        label.textContent = field.label;
        var select = document.createElement("select");
        select.name = field.key;
        select.add(new Option("Tất cả", ""));
        values.forEach(function (value) { select.add(new Option(value, value)); });
        label.appendChild(select);
        form.appendChild(label);
        controls[field.key] = select;
      });
      var label = document.createElement("label");
      label.textContent = "Số, ký hiệu hoặc trích yếu";
      var input = document.createElement("input");
      input.type = "search";
      input.name = "q";
      label.appendChild(input);
      form.appendChild(label);
      var count = document.createElement("p");
      count.className = "tra-cuu__dem";
      count.setAttribute("aria-live", "polite");
      root.insertBefore(count, table);
      root.insertBefore(form, count);

      function apply() {
        var words = foldText(input.value).split(" ").filter(Boolean);
        var shown = 0;
        documents.forEach(function (entry, index) {
          var match = fields.every(function (field) {
            var wanted = controls[field.key].value;
            return !wanted || entry[field.key] === wanted;
          });
          if (match && words.length) {
            var text = foldText([entry.number, entry.subject, entry.title].join(" "));
            match = words.every(function (word) { return text.indexOf(word) !== -1; });
          }
          rows[index].hidden = !match;
          if (match) shown += 1;
        });
        count.textContent = shown + " / " + documents.length + " văn bản";
      }
      form.addEventListener("input", apply);
      form.addEventListener("change", apply);
      apply();
    })
    .catch(function () { /* Without the catalogue the whole table stays, as without scripts. */ });
}

/* The search worker fetches the search entries with the first query, so that a page that
 * is only read downloads none of them. Opening the search starts that download here: by
 * the time a word is typed it is done, or under way, and the worker's request is answered
 * from the browser's cache. */
function prefetchSearchEntries() {
  var base = new URL(JSON.parse(document.getElementById("__config").textContent).base + "/", location.href);
  fetch(new URL("search/search_index.json", base))
    .then(function (response) { return response.json(); })
    .then(function (index) {
      if (!index.config.entries) return;
      // Read to the end: a body left unread may stop downloading, and never be cached.
      return fetch(new URL("search/index/" + index.config.entries, base)).then(function (response) {
        return response.arrayBuffer();
      });
    })
    .catch(function () { /* The worker fetches them itself. */ });
}

function setUpSearch() {
  var input = document.querySelector("input.md-search__input");
  if (input) input.addEventListener("focus", prefetchSearchEntries, { once: true });
}

function setUpPage() {
  document.querySelectorAll(".tra-cuu[data-catalogue]").forEach(function (root) {
    if (!root.dataset.ready) {
      root.dataset.ready = "1";
      setUpCatalogue(root);
    }
  });
}

if (window.document$) {
  window.document$.subscribe(setUpPage);
} else {
  document.addEventListener("DOMContentLoaded", setUpPage);
}
setUpSearch();
