// briefing serve: live reload. Injected into served pages only, never into output/.
(function () {
  "use strict";
  var OVERLAY = "briefing-error-overlay";
  function hide() {
    var el = document.getElementById(OVERLAY);
    if (el) el.remove();
  }
  function show(lines) {
    hide();
    var box = document.createElement("div");
    box.id = OVERLAY;
    box.setAttribute("role", "alert");
    box.style.cssText = "position:fixed;inset:0 0 auto 0;z-index:2147483647;max-height:60vh;overflow:auto;" +
      "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#ffd9d9;border-bottom:3px solid #ff5c5c;" +
      "font:14px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace";
    var head = document.createElement("strong");
    head.style.cssText = "display:block;color:#fff;margin-bottom:.4rem";
    head.textContent = "Build failed: showing the last good version";
    var list = document.createElement("ul");
    list.style.cssText = "margin:0;padding-left:1.2rem";
    lines.forEach(function (line) {
      var li = document.createElement("li");
      li.textContent = line;
      list.appendChild(li);
    });
    box.appendChild(head);
    box.appendChild(list);
    document.body.appendChild(box);
  }
  var source = new EventSource("/__briefing/events");
  // Marks the page as connected (handy for tools and tests that drive the preview).
  source.addEventListener("open", function () {
    document.documentElement.setAttribute("data-briefing-live", "connected");
  });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("css", function () {
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("reload", Date.now().toString());
      link.href = url.toString();
    });
  });
  source.addEventListener("build-error", function (e) {
    try { show(JSON.parse(e.data)); } catch (_) { show([String(e.data)]); }
  });
})();
