// Search: a box in the header, hidden when JavaScript is off. The first time the reader focuses
// it, lunr and the site's index are loaded with <script> elements (a page opened from disk cannot
// fetch a file beside it) and the index is built; each keystroke then lists the best sections.
(function () {
  var MAX_RESULTS = 10;
  var SNIPPET = 160;

  document.addEventListener("DOMContentLoaded", function () {
    var box = document.querySelector("[data-search]");
    if (!box) { return; }
    var root = box.getAttribute("data-root") || "";
    var input = box.querySelector("input");
    var panel = box.querySelector("[data-search-panel]");
    var status = box.querySelector("[data-search-status]");
    var list = box.querySelector("ol");
    var index = null;
    var entries = null;
    var waiting = [];

    function loadScript(src, done) {
      var script = document.createElement("script");
      script.src = root + src;
      script.onload = done;
      script.onerror = function () { say("Search could not load " + src + "."); };
      document.head.appendChild(script);
    }

    // Loads and builds the index once; callers queue until it is ready.
    function ready(callback) {
      if (index) { callback(); return; }
      waiting.push(callback);
      if (waiting.length > 1) { return; }
      say("Loading the search index\u2026");
      loadScript("js/lunr.min.js", function () {
        loadScript("js/search-index.js", function () {
          entries = window.handbookSearchIndex || [];
          index = window.lunr(function () {
            this.ref("i");
            this.field("p", { boost: 8 });
            this.field("h", { boost: 4 });
            this.field("x");
            for (var i = 0; i < entries.length; i++) {
              this.add({ i: String(i), p: entries[i].p, h: entries[i].h, x: entries[i].x });
            }
          });
          var queued = waiting;
          waiting = [];
          queued.forEach(function (run) { run(); });
        });
      });
    }

    function say(text) { status.textContent = text; }

    // Every word must match, as a whole word or as the start of one, so typing narrows the list.
    // Built with the query API rather than parsed, so characters such as ':' or '~' are just text.
    function search(text) {
      var words = window.lunr.tokenizer(text).map(function (token) {
        return window.lunr.stopWordFilter(window.lunr.trimmer(token));
      }).filter(function (token) { return token && token.toString(); });
      if (words.length === 0) { return []; }
      return index.query(function (query) {
        words.forEach(function (token) {
          var stem = window.lunr.stemmer(token.clone()).toString();
          query.term(stem, { usePipeline: false, boost: 10 });
          query.term(stem, {
            usePipeline: false,
            wildcard: window.lunr.Query.wildcard.TRAILING,
            presence: window.lunr.Query.presence.REQUIRED
          });
        });
      });
    }

    // A piece of the text around the first match, appended to `into` with each match in <mark>.
    function snippet(into, text, words) {
      var lower = text.toLowerCase();
      var at = -1;
      for (var i = 0; i < words.length && at < 0; i++) { at = lower.indexOf(words[i]); }
      var start = Math.max(0, at - SNIPPET / 4);
      if (start > 0) { start = text.indexOf(" ", start) + 1 || start; }
      var piece = (start > 0 ? "\u2026" : "") + text.slice(start, start + SNIPPET) +
          (start + SNIPPET < text.length ? "\u2026" : "");
      var pattern = new RegExp("(" + words.map(function (word) {
        return word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      }).join("|") + ")", "gi");
      piece.split(pattern).forEach(function (part, index) {
        if (index % 2 === 1) {
          var mark = document.createElement("mark");
          mark.textContent = part;
          into.appendChild(mark);
        } else if (part) {
          into.appendChild(document.createTextNode(part));
        }
      });
    }

    function show() {
      var text = input.value.trim();
      list.textContent = "";
      if (!text) { panel.hidden = true; say(""); return; }
      var results = search(text);
      var words = text.toLowerCase().split(/\s+/).filter(function (word) { return word; });
      results.slice(0, MAX_RESULTS).forEach(function (result) {
        var entry = entries[Number(result.ref)];
        var item = document.createElement("li");
        var link = document.createElement("a");
        link.href = root + entry.u;
        var title = document.createElement("span");
        title.className = "search-result-title";
        title.textContent = entry.h ? entry.p + " \u203a " + entry.h : entry.p;
        var where = document.createElement("span");
        where.className = "search-result-section";
        where.textContent = entry.s;
        var excerpt = document.createElement("span");
        excerpt.className = "search-result-snippet";
        snippet(excerpt, entry.x, words);
        link.appendChild(title);
        if (entry.s) { link.appendChild(where); }
        link.appendChild(excerpt);
        item.appendChild(link);
        list.appendChild(item);
      });
      var count = results.length;
      say(count === 0 ? "No results for \u201c" + text + "\u201d." :
          count === 1 ? "1 result." :
          count > MAX_RESULTS ? count + " results; the best " + MAX_RESULTS + " are shown." : count + " results.");
      panel.hidden = false;
    }

    function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

    input.addEventListener("focus", function () { ready(function () {}); });
    input.addEventListener("input", function () { ready(show); });
    input.addEventListener("keydown", function (event) {
      var first = links()[0];
      if (event.key === "Enter" && first) { event.preventDefault(); first.click(); }
      if (event.key === "ArrowDown" && first) { event.preventDefault(); first.focus(); }
      if (event.key === "Escape") { input.value = ""; show(); }
    });
    list.addEventListener("keydown", function (event) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && at < all.length - 1) { event.preventDefault(); all[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? all[at - 1] : input).focus(); }
      if (event.key === "Escape") { input.focus(); }
    });
    // "/" anywhere but in a text field jumps to the search box, as on many documentation sites.
    document.addEventListener("keydown", function (event) {
      var target = event.target;
      var typing = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName);
      if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        input.focus();
      }
    });
    box.hidden = false;
  });
})();
