// The theme toggle: without JavaScript the page follows the system's light or dark preference;
// with it, the reader's choice is kept in localStorage and applied before the page paints.
(function () {
  var key = "handbook-theme";
  var root = document.documentElement;
  var stored = null;
  try { stored = localStorage.getItem(key); } catch (e) { /* storage may be off for file:// */ }
  if (stored === "light" || stored === "dark") { root.dataset.theme = stored; }
  // Scripts run: the stylesheet keeps room for the search box and this toggle until they show.
  root.classList.add("js");

  function current() {
    if (root.dataset.theme) { return root.dataset.theme; }
    return window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light";
  }

  document.addEventListener("DOMContentLoaded", function () {
    var button = document.querySelector("[data-theme-toggle]");
    if (!button) { return; }
    function show() {
      // The label says what a press does, in either theme.
      button.textContent = current() === "dark" ? "Switch to light theme" : "Switch to dark theme";
    }
    button.addEventListener("click", function () {
      root.dataset.theme = current() === "dark" ? "light" : "dark";
      try { localStorage.setItem(key, root.dataset.theme); } catch (e) { /* keep it for this page only */ }
      show();
    });
    show();
    button.hidden = false;
  });
})();
