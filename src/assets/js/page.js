// Small enhancements of a page that reads fine without them: a link to itself beside each
// heading, a copy button on each code listing, and the heading in view marked in the contents.
(function () {
  document.addEventListener("DOMContentLoaded", function () {
    var body = document.querySelector(".page-body");

    // The 404 page has a <base> at the site root, which would send "#…" links to the home page.
    if (document.querySelector("base")) {
      var here = location.href.split("#")[0];
      document.querySelectorAll("a[href^='#']").forEach(function (link) {
        link.href = here + link.getAttribute("href");
      });
    }

    if (body) {
      body.querySelectorAll("h2[id], h3[id], h4[id]").forEach(function (heading) {
        var link = document.createElement("a");
        link.className = "heading-link";
        link.href = "#" + heading.id;
        link.textContent = "#";
        link.setAttribute("aria-label", "Link to this section");
        heading.appendChild(link);
      });

      body.querySelectorAll(".listingblock pre").forEach(function (pre) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "copy-button";
        button.textContent = "Copy";
        button.setAttribute("aria-label", "Copy the code");
        button.addEventListener("click", function () {
          copy(pre.textContent, function (done) {
            button.textContent = done ? "Copied" : "Press Ctrl+C";
            if (!done) { window.getSelection().selectAllChildren(pre); }
            setTimeout(function () { button.textContent = "Copy"; }, 2000);
          });
        });
        pre.parentNode.appendChild(button);
      });
    }

    var toc = document.querySelector("[data-toc]");
    if (toc && "IntersectionObserver" in window) {
      var links = {};
      toc.querySelectorAll("a").forEach(function (link) { links[link.hash.slice(1)] = link; });
      var headings = Object.keys(links).map(function (id) { return document.getElementById(id); })
        .filter(Boolean);
      var visible = {};
      var observer = new IntersectionObserver(function (changes) {
        changes.forEach(function (change) { visible[change.target.id] = change.isIntersecting; });
        // The first heading in view; when none is, the last one scrolled past.
        var current = null;
        for (var i = 0; i < headings.length; i++) {
          if (visible[headings[i].id]) { current = headings[i]; break; }
          if (headings[i].getBoundingClientRect().top < 0) { current = headings[i]; }
        }
        Object.keys(links).forEach(function (id) { links[id].removeAttribute("aria-current"); });
        if (current) { links[current.id].setAttribute("aria-current", "true"); }
      });
      headings.forEach(function (heading) { observer.observe(heading); });
    }
  });

  // The clipboard API needs a secure context; a page opened from disk may fall back to execCommand.
  function copy(text, done) {
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(text).then(function () { done(true); }, function () { done(fallback(text)); });
    } else {
      done(fallback(text));
    }
  }

  function fallback(text) {
    var area = document.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.className = "visually-hidden";
    document.body.appendChild(area);
    area.select();
    var ok = false;
    try { ok = document.execCommand("copy"); } catch (e) { ok = false; }
    document.body.removeChild(area);
    return ok;
  }
})();
