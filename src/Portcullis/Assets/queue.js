// The work queue updates itself: every few seconds it asks whether anything changed, sending the
// stamp it shows; the server answers 204 while nothing did (and reads no names), or the new rows.
// No framework; nothing runs on other pages.
(function () {
  "use strict";
  var box = document.getElementById("queue");
  if (!box) { return; }
  var url = box.getAttribute("data-live");
  var every = 4000;

  function stamp() {
    var inner = box.querySelector("[data-stamp]");
    return inner ? inner.getAttribute("data-stamp") : "";
  }

  function refresh() {
    fetch(url + "&since=" + encodeURIComponent(stamp()), { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) { return response.status === 200 ? response.text() : null; })
      .then(function (html) {
        if (html !== null) { box.innerHTML = html; }
      })
      .catch(function () { /* offline for a moment: the next round tries again */ })
      .finally(function () { window.setTimeout(refresh, every); });
  }

  window.setTimeout(refresh, every);
})();
