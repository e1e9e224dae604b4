/* briefing search: vanilla JS, no dependencies.
 *
 * The form carries the index URL in data-index. The index is a JSON array of
 * {title, summary, tags: [strings], source, date, url}. Every value from it is untrusted
 * text, so results are built with DOM APIs and textContent only, never innerHTML.
 */
(function () {
  "use strict";

  var MAX_RESULTS = 50;
  var WEIGHTS = { title: 10, tags: 5, source: 4, summary: 1 };

  // Letters that Unicode decomposition does not reduce to ASCII.
  var FOLD = { "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i" };

  function fold(text) {
    var s = String(text == null ? "" : text).toLowerCase();
    if (s.normalize) {
      s = s.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    }
    return s.replace(/[ßæœøłđðþı]/g, function (c) { return FOLD[c]; });
  }

  function terms(query) {
    return fold(query).split(/[\s.,;:!?"'“”‘’()\[\]{}<>\/\\|+*=~`^-]+/).filter(function (t) {
      return t.length > 0;
    });
  }

  function asText(v) {
    return typeof v === "string" ? v : (typeof v === "number" ? String(v) : "");
  }

  function prepare(raw) {
    if (!Array.isArray(raw)) return [];
    var out = [];
    for (var i = 0; i < raw.length; i++) {
      var e = raw[i];
      if (!e || typeof e !== "object") continue;
      var tags = Array.isArray(e.tags) ? e.tags.map(asText) : [];
      var item = {
        title: asText(e.title),
        summary: asText(e.summary),
        tags: tags,
        source: asText(e.source),
        date: asText(e.date),
        url: asText(e.url)
      };
      item.f = {
        title: fold(item.title),
        summary: fold(item.summary),
        tags: fold(tags.join(" \u0000 ")),
        source: fold(item.source)
      };
      out.push(item);
    }
    return out;
  }

  // A term at the start of a word scores a little more than one inside a word.
  function hit(haystack, term) {
    var at = haystack.indexOf(term);
    if (at < 0) return 0;
    if (at === 0 || /[^a-z0-9]/.test(haystack.charAt(at - 1))) return 1.5;
    return 1;
  }

  function search(index, query) {
    var ts = terms(query);
    if (!ts.length) return [];
    var found = [];
    for (var i = 0; i < index.length; i++) {
      var item = index[i];
      var score = 0;
      var all = true;
      for (var j = 0; j < ts.length; j++) {
        var t = ts[j];
        var s = 0;
        for (var field in WEIGHTS) {
          s += WEIGHTS[field] * hit(item.f[field], t);
        }
        if (s === 0) { all = false; break; }
        score += s;
      }
      if (all) found.push({ item: item, score: score });
    }
    found.sort(function (a, b) {
      if (b.score !== a.score) return b.score - a.score;
      return a.item.date < b.item.date ? 1 : (a.item.date > b.item.date ? -1 : 0);
    });
    return found;
  }

  // Only follow links that stay on the web (or on the same file:// preview).
  function safeHref(url) {
    try {
      var u = new URL(url, window.location.href);
      if (u.protocol === "http:" || u.protocol === "https:" || u.protocol === window.location.protocol) {
        return u.href;
      }
    } catch (e) { /* fall through */ }
    return null;
  }

  // "2025-11-18" as "18 November 2025", the way the site's own pages write dates.
  var MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December"];
  function humanDate(ymd) {
    var m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(ymd);
    if (!m || +m[2] < 1 || +m[2] > 12) return ymd;
    return (+m[3]) + " " + MONTHS[+m[2] - 1] + " " + m[1];
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = text;
    return node;
  }

  function init() {
    var form = document.querySelector("form[data-index]");
    if (!form) return;
    var input = form.querySelector("input[name=q]");
    var region = document.getElementById("search-results");
    if (!input || !region) return;
    var indexUrl = form.getAttribute("data-index");
    var index = null;
    var loading = null;
    var timer = null;

    function status(text) {
      var p = el("p", "search-status", text);
      region.textContent = "";
      region.appendChild(p);
      return p;
    }

    function load() {
      if (loading) return loading;
      loading = fetch(indexUrl, { credentials: "same-origin" })
        .then(function (r) {
          if (!r.ok) throw new Error("HTTP " + r.status);
          return r.json();
        })
        .then(function (raw) {
          index = prepare(raw);
          return index;
        });
      loading.catch(function () { loading = null; });
      return loading;
    }

    function render(query, found) {
      var shown = found.slice(0, MAX_RESULTS);
      var label = "“" + query.trim() + "”";
      var text;
      if (!found.length) {
        text = "No articles match " + label + ".";
      } else if (found.length > MAX_RESULTS) {
        text = "Showing the best " + MAX_RESULTS + " of " + found.length + " articles matching " + label + ".";
      } else {
        text = found.length + (found.length === 1 ? " article matches " : " articles match ") + label + ".";
      }
      status(text);
      if (!shown.length) return;
      var list = el("ol", "results");
      for (var i = 0; i < shown.length; i++) {
        var item = shown[i].item;
        var li = el("li", "result");
        var h = el("h2");
        var href = safeHref(item.url);
        var a;
        if (href) {
          a = el("a", null, item.title || item.url);
          a.setAttribute("href", href);
        } else {
          a = el("span", null, item.title);
        }
        h.appendChild(a);
        li.appendChild(h);
        if (item.source || item.date || item.tags.length) {
          var m = el("p", "meta");
          var parts = [];
          if (item.source) parts.push(document.createTextNode(item.source));
          if (item.date) {
            var time = el("time", null, humanDate(item.date));
            time.setAttribute("datetime", item.date);
            parts.push(time);
          }
          if (item.tags.length) parts.push(document.createTextNode(item.tags.join(", ")));
          for (var k = 0; k < parts.length; k++) {
            if (k) m.appendChild(document.createTextNode(" · "));
            m.appendChild(parts[k]);
          }
          li.appendChild(m);
        }
        if (item.summary) li.appendChild(el("p", "summary", item.summary));
        list.appendChild(li);
      }
      region.appendChild(list);
    }

    function remember(query) {
      if (!window.history || !window.history.replaceState) return;
      try {
        var u = new URL(window.location.href);
        if (query.trim()) u.searchParams.set("q", query.trim());
        else u.searchParams.delete("q");
        window.history.replaceState(null, "", u.href);
      } catch (e) { /* file:// or sandboxed: not worth failing over */ }
    }

    function run() {
      var query = input.value;
      remember(query);
      if (!terms(query).length) {
        region.textContent = "";
        return;
      }
      if (index) {
        render(query, search(index, query));
        return;
      }
      status("Loading the search index…");
      load().then(function () {
        if (input.value === query) render(query, search(index, query));
      }, function () {
        status("The search index could not be loaded. Browse by edition, source or tag instead.");
      });
    }

    form.addEventListener("submit", function (ev) {
      ev.preventDefault();
      clearTimeout(timer);
      run();
    });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(run, 150);
    });
    // Fetch the index as soon as the reader shows an interest.
    input.addEventListener("focus", function () { load().catch(function () {}); });

    var q = null;
    try { q = new URLSearchParams(window.location.search).get("q"); } catch (e) { q = null; }
    if (q) {
      input.value = q;
      run();
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
