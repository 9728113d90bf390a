// Hover, focus or click a number or name in the English: its evidence lights up in the Urdu.
// Served as a file (the Content-Security-Policy allows no inline script).
(function () {
  "use strict";
  function light(id, on) {
    document.querySelectorAll(".ev." + id).forEach(function (el) { el.classList.toggle("hl", on); });
  }
  var pinned = null;
  function pin(id) {
    if (pinned) { light(pinned, false); document.querySelectorAll(".claim.active").forEach(function (c) { c.classList.remove("active"); }); }
    pinned = id;
    if (id) {
      light(id, true);
      document.querySelectorAll('.claim[data-link="' + id + '"]').forEach(function (c) { c.classList.add("active"); });
    }
  }
  function linkOf(target) {
    var el = target && target.closest ? target.closest("[data-link]") : null;
    var id = el ? el.getAttribute("data-link") : null;
    return id && /^c\d+$/.test(id) ? id : null;
  }
  document.addEventListener("mouseover", function (e) { var id = linkOf(e.target); if (id) light(id, true); });
  document.addEventListener("mouseout", function (e) { var id = linkOf(e.target); if (id && id !== pinned) light(id, false); });
  document.addEventListener("focusin", function (e) { var id = linkOf(e.target); if (id) pin(id); });
  document.addEventListener("click", function (e) {
    var id = linkOf(e.target);
    if (!id) return;
    pin(id);
    var first = document.getElementById("ev-" + id);
    if (first) {
      e.preventDefault();
      first.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  });
})();
