// The work queue updates itself: every few seconds it asks for its rows again and redraws them when
// anything changed (the server's stamp differs). No framework; nothing runs on other pages.
(function () {
  "use strict";
  var box = document.getElementById("queue");
  if (!box) { return; }
  var url = box.getAttribute("data-live");
  var every = 4000;

  function stampOf(element) {
    var inner = element.querySelector("[data-stamp]");
    return inner ? inner.getAttribute("data-stamp") : null;
  }

  function refresh() {
    fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (html === null) { return; }
        var next = document.createElement("div");
        next.innerHTML = html;
        if (stampOf(next) !== stampOf(box)) {
          box.innerHTML = next.innerHTML;
        }
      })
      .catch(function () { /* offline for a moment: the next round tries again */ })
      .finally(function () { window.setTimeout(refresh, every); });
  }

  window.setTimeout(refresh, every);
})();
