// The preview's live reload, served by `handbook serve` only: it listens to the server's event
// stream, reloads the page after each re-bake (coming back to the same place on it), and shows the
// bake's problems in a banner until the next good save clears them.
(function () {
  var key = "handbook-preview-scroll:" + location.pathname;
  var saved = sessionStorage.getItem(key);
  if (saved !== null) {
    sessionStorage.removeItem(key);
    window.addEventListener("load", function () { window.scrollTo(0, Number(saved)); });
  }

  function banner(problems) {
    var old = document.getElementById("handbook-preview-problems");
    if (old) { old.remove(); }
    if (problems.length === 0) { return; }
    var box = document.createElement("div");
    box.id = "handbook-preview-problems";
    box.setAttribute("role", "alert");
    var title = document.createElement("p");
    title.textContent = problems.length === 1 ? "1 problem" : problems.length + " problems";
    box.appendChild(title);
    var list = document.createElement("ul");
    problems.forEach(function (line) {
      var item = document.createElement("li");
      item.textContent = line;
      list.appendChild(item);
    });
    box.appendChild(list);
    document.body.prepend(box);
  }

  var events = new EventSource("/_preview/events");
  events.addEventListener("reload", function () {
    sessionStorage.setItem(key, String(window.scrollY));
    location.reload();
  });
  events.addEventListener("problems", function (event) {
    var problems = JSON.parse(event.data);
    if (document.body) { banner(problems); }
    else { document.addEventListener("DOMContentLoaded", function () { banner(problems); }); }
  });
})();
